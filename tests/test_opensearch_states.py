"""An update in place on OpenSearch regroups the versions, and what a server process keeps of an
index (version groups, name labels) follows the index's state, not its name (issue 20).

A rebuild makes a new physical index; an update in place changes the one the alias names. On a
real local node, an app that has already answered keeps running while files are added and
removed by updates (not rebuilds): it must answer as an embedded app over the same corpus after
the same updates, with the new version groups and name labels.
"""

from __future__ import annotations

import time

import pytest
from conftest import BulkRecorder, copy_seeds
from test_opensearch_webapp import SEED_COPY, _same_json

from indexer.build import indexing
from indexer.opensearch import documents, state, writing
from indexer.opensearch import quotes as remote_quotes
from indexer.opensearch import searching as remote
from indexer.opensearch.engine import OpenSearchEngine
from webapp import ENGINE, create_app

ALIAS = "states"  # and the relink setting
SPELLED = "Zülfiye Kaykın"  # the seeds write "Zülfiye Kaykin" in four releases
TOPICS = [
    "eröffnete in Bielefeld ein neues Beratungszentrum für zugewanderte Pflegekräfte.",
    "besuchte in Gelsenkirchen eine Berufsschule und sprach mit Auszubildenden über Sprachkurse.",
    "stellte in Köln den Jahresbericht der Landesstelle für Einbürgerung vor.",
    "übergab in Münster Fördermittel an drei Sportvereine, die Geflüchtete aufnehmen.",
    "diskutierte in Aachen mit Unternehmen über die Anerkennung ausländischer Abschlüsse.",
]
NEW_PERSON = "Henrike Vosswinkel"
SEARCHES = [
    {}, {"fassungen": "alle"}, {"q": "Kaykin"}, {"q": "Kaykin", "fassungen": "alle"},
    {"q": "Unterzeichner"}, {"q": "Unterzeichner", "fassungen": "alle"},
    {"q": "", "sort": "date", "fassungen": "alle"}, {"person": SPELLED},
    {"q": "Vosswinkel"},
]  # fmt: skip


def _add_releases(corpus) -> None:
    """A seed re-sent with a word changed (a version), and five releases that spell the
    Staatssekretärin with a dotless ı, the first also naming a new person."""
    seed = (corpus / SEED_COPY).read_text("utf-8")
    changed = seed.replace("Erstunterzeichner", "erste Unterzeichner", 1)
    assert changed != seed
    (corpus / "005_erneut.txt").write_text(changed, "utf-8")
    for n, topic in enumerate(TOPICS):
        other = f" Begleitet wurde sie von Staatssekretär {NEW_PERSON}." if n == 0 else ""
        text = f"Integration vor Ort {n}\n\nStaatssekretärin {SPELLED} {topic}{other}\n"
        (corpus / f"006_kaykin_{n}.txt").write_text(text, "utf-8")


def _grouped(client, index: str) -> int:
    body = {"query": {"exists": {"field": documents.GROUP}}}
    return client.count(index=index, body=body)["count"]


def _embedded(root):
    return create_app({"TESTING": True, "INDEX_DIR": str(root)})


def _answers_alike(here_app, there) -> dict:
    here = here_app.test_client()
    found = {}
    for args in SEARCHES:
        found[repr(args)] = _same_json(here, there, "/api/search", args)
    for name in ("person", "source"):
        for args in ({}, {"fassungen": "alle"}, {"q": "Integration"}):
            found[f"{name} {args}"] = _same_json(here, there, f"/api/facets/{name}", args)
    found["document"] = _same_json(here, there, f"/api/documents/{SEED_COPY}")
    here_app.extensions[ENGINE].close()
    return found


def _past_the_bound() -> None:
    """Wait until every process has read the state token again (``state.SECONDS``)."""
    time.sleep(state.SECONDS + 0.1)


def _labels(facet: dict) -> set[str]:
    return {value["value"] for value in facet["values"]}


@pytest.mark.parametrize("relink", ["1", "0"], ids=["relinked", "as-written"])
def test_a_running_app_answers_after_updates_in_place_with_new_groups_and_labels(
    opensearch_node, opensearch_client, tmp_path, monkeypatch, relink
):
    """Linked across the index, the seeds' persons are sent again in the new spelling (and the
    grouped seed keeps its group while it is re-sent); left as written, both spellings stay in
    the index and the label read of the running app decides which is shown."""
    monkeypatch.setenv("PRESSESUCHE_RELINK", relink)
    corpus, root = copy_seeds(tmp_path / "corpus"), tmp_path / "index"
    alias = f"{ALIAS}-{relink}"
    writing.index_corpus(corpus, opensearch_node.url, alias, client=opensearch_client)
    indexing.index_corpus(corpus, root)
    (physical,) = opensearch_client.indices.get_alias(name=alias)
    config = {"TESTING": True, "INDEX_DIR": str(tmp_path / "nichts")}
    app = create_app(config | {"OPENSEARCH": opensearch_node.url, "OPENSEARCH_INDEX": alias})
    assert isinstance(app.extensions[ENGINE], OpenSearchEngine)
    there = app.test_client()
    before = _answers_alike(_embedded(root), there)  # the app has read groups and labels
    assert "Zülfiye Kaykin" in _labels(before["person {}"])
    assert before["document"]["versions"] == []

    _add_releases(corpus)
    report = writing.index_corpus(corpus, opensearch_node.url, alias, client=opensearch_client)
    assert not report.rebuilt and report.added == 6
    assert set(opensearch_client.indices.get_alias(name=alias)) == {physical}  # in place
    indexing.index_corpus(corpus, root)
    assert _grouped(opensearch_client, physical) == 2
    _past_the_bound()
    after = _answers_alike(_embedded(root), there)
    # the embedded engine shows what changed: a new label, a new person, a seed's version
    assert SPELLED in _labels(after["person {}"]) and "Zülfiye Kaykin" not in _labels(
        after["person {}"]
    )
    assert NEW_PERSON in _labels(after["person {'fassungen': 'alle'}"])
    assert after["document"]["versions"] == ["005_erneut.txt"]  # the seed's new version
    every = after["{'q': 'Unterzeichner', 'fassungen': 'alle'}"]["total"]
    assert after["{'q': 'Unterzeichner'}"]["total"] == every - 1

    (corpus / "005_erneut.txt").unlink()  # the version removed: its seed is ungrouped
    report = writing.index_corpus(corpus, opensearch_node.url, alias, client=opensearch_client)
    assert not report.rebuilt and report.removed == 1
    indexing.index_corpus(corpus, root)
    assert _grouped(opensearch_client, physical) == 0
    _past_the_bound()
    removed = _answers_alike(_embedded(root), there)
    assert removed["document"]["versions"] == []
    app.extensions[ENGINE].close()


class _Counting:
    """The client, counting the mapping requests (the state token's reads)."""

    def __init__(self, client) -> None:
        self._client = client
        self.mappings = 0
        self.indices = self

    def get_mapping(self, **options):
        self.mappings += 1
        return self._client.indices.get_mapping(**options)

    def __getattr__(self, name):
        return getattr(self._client.indices, name)


def test_the_state_is_read_at_most_once_per_bound(opensearch_client, tmp_path, monkeypatch):
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, "", "bound-state", client=opensearch_client)
    (physical,) = opensearch_client.indices.get_alias(name="bound-state")
    counting = _Counting(opensearch_client)
    monkeypatch.setattr(state, "SECONDS", 3600.0)
    first = state.token(counting, physical)
    assert first and [state.token(counting, physical) for _ in range(5)] == [first] * 5
    assert counting.mappings <= 1  # none when an earlier search of this process read it
    monkeypatch.setattr(state, "SECONDS", 0.0)
    assert state.token(counting, physical) == first and counting.mappings >= 1
    # every build and update writes a new one
    (corpus / "neu.txt").write_text("Neue Mitteilung\n\nDie Stadt baut eine Brücke.\n", "utf-8")
    writing.index_corpus(corpus, "", "bound-state", client=opensearch_client)
    assert state.token(counting, physical) != first


class _Sources:
    """The client, keeping the ``_source`` of every hit its searches return."""

    def __init__(self, client) -> None:
        self._client = client
        self.sources: list[dict] = []

    def search(self, **options):
        found = self._client.search(**options)
        self.sources += [hit["_source"] for hit in found["hits"]["hits"] if "_source" in hit]
        return found

    def __getattr__(self, name):
        return getattr(self._client, name)


def test_hits_leave_out_what_only_an_update_reads(opensearch_client, tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, "", "unshown", client=opensearch_client)
    sources = _Sources(opensearch_client)
    assert remote.search(sources, "unshown", "Integration", limit=100).total > 0
    assert remote_quotes.get_release(sources, "unshown", SEED_COPY) is not None
    assert sources.sources
    for source in sources.sources:
        assert not set(source) & {"person_links", "source_key", documents.TERMS["body"]}
    # the updater still reads them: an unchanged corpus is read again as unchanged
    again = writing.index_corpus(corpus, "", "unshown", client=opensearch_client)
    assert not again.rebuilt and again.unchanged == again.documents == 5


def test_grouped_releases_sent_again_by_the_relink_keep_their_group(opensearch_client, tmp_path):
    """The seed and its version name the Staatssekretärin; the new releases spell her name
    otherwise, so the relink sends both again, read back from ``_source``: they keep their group
    while the update runs, and the regrouping at its end has nothing to write for them."""
    corpus = copy_seeds(tmp_path / "corpus")
    _add_releases(corpus)
    for path in corpus.glob("006_*.txt"):
        path.unlink()
    writing.index_corpus(corpus, "", "kept-groups", client=opensearch_client)
    (physical,) = opensearch_client.indices.get_alias(name="kept-groups")
    assert _grouped(opensearch_client, physical) == 2
    _add_releases(corpus)
    bulks = BulkRecorder(opensearch_client)
    report = writing.index_corpus(corpus, "", "kept-groups", client=bulks)
    assert report.added == 5 and report.relinked >= 2
    assert _grouped(opensearch_client, physical) == 2
    assert not {SEED_COPY, "005_erneut.txt"} & set(bulks.ids.get("update", []))
