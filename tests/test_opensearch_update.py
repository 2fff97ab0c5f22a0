"""Updates in place on OpenSearch (issue 20): a plain ``index`` reads again only what changed.

On a real local node, the seeds and releases whose persons link across files are built, then
files are added, changed, removed and copied (an exact duplicate), and ``index`` runs again
without ``--rebuild``: the live index must give the hits, facets and quote results of a fresh
rebuild of the same corpus and of the embedded engine after the same update; the summary must be
the embedded one, and only the changed releases (and the kept ones whose links change) are sent.
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import BulkRecorder, copy_seeds
from test_build_bounds import NEW, TINY
from test_person_linking import QUOTED, put

from indexer.build import indexing
from indexer.opensearch import documents, writing
from indexer.opensearch import quotes as remote_quotes
from indexer.opensearch import searching as remote
from indexer.opensearch.updating import UpdateWriter
from indexer.search.query import Filters
from indexer.search.quotes import search_quotes
from indexer.search.searcher import Engine, search

QUERIES = ["", "Heil", "Gauland", "Grundrente", "Kaykin", "Migrantinnen", "Haushalt", "Düsseldorf"]
FILTERS = [Filters(persons=["Hubertus Heil"]), Filters(persons=["Alexander Gauland"])]
QUOTE_QUERIES = [("", ()), ("Grundrente", ()), ("", ("Heil",)), ("Haushalt", ("Gauland",))]
FIRST = (1, 2, 3, 4, 7, 8)  # of QUOTED: bare "Heil" and "Gauland", no Hubertus Heil in full


def first_corpus(corpus):
    copy_seeds(corpus)
    for n in FIRST:
        put(corpus, f"{n:02d}", QUOTED[n])


def change(corpus) -> None:
    """Add, change, remove and copy files (as the embedded update test does)."""
    put(corpus, "00", QUOTED[0])  # Hubertus Heil in full: the bare "Heil" kept are relinked
    put(corpus, "05", QUOTED[5])  # Mechthild Heil
    put(corpus, "04", QUOTED[4] + " Er sprach auch über den Haushalt.")  # changed
    (corpus / "03.txt").unlink()  # removed
    next(corpus.glob("004_*.txt")).unlink()  # a seed removed
    shutil.copy(corpus / "02.txt", corpus / "dup.txt")  # an exact duplicate: skipped


def _norm(data: dict) -> dict:
    for hit in data.get("hits", ()):
        hit.pop("score", None)
    data["hits"] = sorted(data.get("hits", ()), key=lambda hit: hit["id"])
    return data


def _quotes_norm(result) -> tuple:
    shown = [(q.doc_id, q.text, q.speaker, q.date) for q in result.quotes]
    return result.total, sorted(shown)


def remote_state(client, alias: str) -> dict:
    state = {}
    for text in QUERIES:
        state[text] = _norm(remote.search(client, alias, text, limit=100).to_json())
    for filters in FILTERS:
        found = remote.search(client, alias, "", filters=filters, limit=100)
        state[repr(filters)] = _norm(found.to_json())
    for text, speaker in QUOTE_QUERIES:
        found = remote_quotes.search_quotes(client, alias, text, speaker=speaker, limit=100)
        state[f"quotes {text} {speaker}"] = _quotes_norm(found)
    return state


def embedded_state(root) -> dict:
    engine = Engine(root)
    state = {}
    try:
        for text in QUERIES:
            state[text] = _norm(search(engine, text, limit=100).to_json())
        for filters in FILTERS:
            found = search(engine, "", filters=filters, limit=100)
            state[repr(filters)] = _norm(found.to_json())
        for text, speaker in QUOTE_QUERIES:
            found = search_quotes(engine, text, speaker=speaker, limit=100)
            state[f"quotes {text} {speaker}"] = _quotes_norm(found)
    finally:
        engine.close()
    return state


def summary(report) -> dict:
    data = report.to_json()
    del data["seconds"]
    data["skipped"] = sorted((s["path"], s["reason"]) for s in data["skipped"])
    return data


@pytest.fixture
def counting(opensearch_client):
    return BulkRecorder(opensearch_client)


def test_an_update_gives_what_a_rebuild_and_the_embedded_engine_give(
    opensearch_node, opensearch_client, counting, tmp_path
):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    first_corpus(corpus)
    built = writing.index_corpus(corpus, "", "upd", client=counting)
    embedded_built = indexing.index_corpus(corpus, root)
    assert summary(built) == summary(embedded_built)
    physical = set(opensearch_client.indices.get_alias(name="upd"))

    change(corpus)
    counting.ids.clear()
    updated = writing.index_corpus(corpus, "", "upd", client=counting)
    embedded = indexing.index_corpus(corpus, root)
    assert not updated.rebuilt and set(opensearch_client.indices.get_alias(name="upd")) == physical
    assert summary(updated) == summary(embedded)
    assert (updated.added, updated.updated, updated.removed) == (2, 1, 2)
    assert updated.relinked == embedded.relinked > 0  # the bare "Heil" of 01 and 07
    # only the new, the changed and the relinked releases (with their quotes) were sent
    body = {"size": 1000, "_source": ["kind", "source"], "query": {"match_all": {}}}
    records = opensearch_client.search(index="upd", body=body)["hits"]["hits"]
    releases = {r["_id"] for r in records if r["_source"]["kind"] == "release"}
    changed = {
        r["_id"] for r in records if r["_source"]["source"] in {"00.txt", "04.txt", "05.txt"}
    }
    assert len(set(counting.sent)) == len(counting.sent)
    assert changed <= set(counting.sent)
    sent = [i for i in counting.sent if i in releases]
    assert len(sent) == updated.added + updated.updated + updated.relinked < len(releases)
    fresh = writing.index_corpus(corpus, "", "upd-fresh", client=opensearch_client, rebuild=True)
    assert fresh.documents == updated.documents == embedded.documents
    state = remote_state(opensearch_client, "upd")
    assert state == remote_state(opensearch_client, "upd-fresh")
    assert state == embedded_state(root)
    # a second run reads nothing and sends nothing
    counting.ids.clear()
    again = writing.index_corpus(corpus, "", "upd", client=counting)
    assert counting.sent == [] and again.unchanged == again.documents == updated.documents


def test_an_index_of_another_layout_is_rebuilt(opensearch_client, tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, "", "layout", client=opensearch_client)
    (old,) = opensearch_client.indices.get_alias(name="layout")
    opensearch_client.indices.put_mapping(index=old, body={"_meta": {"layout": 1}})
    report = writing.index_corpus(corpus, "", "layout", client=opensearch_client)
    assert report.rebuilt and report.documents == 5
    assert set(opensearch_client.indices.get_alias(name="layout")) != {old}


def test_an_update_stopped_before_its_deletions_is_finished_by_the_next_run(
    opensearch_client, tmp_path, monkeypatch
):
    corpus = tmp_path / "corpus"
    first_corpus(corpus)
    writing.index_corpus(corpus, "", "stopped", client=opensearch_client)
    before = remote_state(opensearch_client, "stopped")
    change(corpus)

    def stop(self):
        raise KeyboardInterrupt  # as a kill after the writes, before the deletions

    with monkeypatch.context() as patched:
        patched.setattr(UpdateWriter, "delete_replaced", stop)
        with pytest.raises(KeyboardInterrupt):
            writing.index_corpus(corpus, "", "stopped", client=opensearch_client)
    (name,) = opensearch_client.indices.get_alias(name="stopped")
    found = writing.live_meta(opensearch_client, name)
    assert "04.txt" in found["unfinished"] and "00.txt" in found["unfinished"]
    # nothing searchable before is lost: every release found before is found still
    opensearch_client.indices.refresh(index=name)
    now = remote_state(opensearch_client, "stopped")
    assert {h["id"] for h in before[""]["hits"]} <= {h["id"] for h in now[""]["hits"]}

    writing.index_corpus(corpus, "", "stopped", client=opensearch_client)
    assert writing.live_meta(opensearch_client, name)["unfinished"] == []
    writing.index_corpus(corpus, "", "stopped-fresh", client=opensearch_client, rebuild=True)
    assert remote_state(opensearch_client, "stopped") == remote_state(
        opensearch_client, "stopped-fresh"
    )


def test_workers_prepare_and_send_the_releases(opensearch_client, tmp_path, monkeypatch):
    """``PRESSESUCHE_WORKERS`` worker processes prepare and send, in a rebuild and an update:
    the same index as one process."""
    corpus = tmp_path / "corpus"
    first_corpus(corpus)
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "2")
    writing.index_corpus(corpus, "", "workers", client=opensearch_client)
    last = {"size": 0, "aggs": {"seq": {"max": {"field": documents.SEQ}}}}
    found = opensearch_client.search(index="workers", body=last)["aggregations"]["seq"]["value"]
    assert found >= writing.STRIDE  # numbered by a worker: the workers sent the releases
    change(corpus)
    report = writing.index_corpus(corpus, "", "workers", client=opensearch_client)
    assert (report.added, report.updated, report.removed) == (2, 1, 2)
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "0")
    writing.index_corpus(corpus, "", "workers-one", client=opensearch_client, rebuild=True)
    assert remote_state(opensearch_client, "workers") == remote_state(
        opensearch_client, "workers-one"
    )


def test_the_mapping_says_its_layout():
    found = documents.build_mapping()["mappings"]["_meta"]
    assert writing.compatible(found) and found["unfinished"] == []


def test_a_release_over_the_bound_is_not_retried_until_changed(
    opensearch_client, tmp_path, monkeypatch
):
    """As ``tests/test_build_bounds.py`` on the embedded index: remembered in ``_meta``."""
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, "", "bound", client=opensearch_client)
    (corpus / "neu.txt").write_text(NEW, "utf-8")
    monkeypatch.setenv("PRESSESUCHE_DOC_SECONDS", TINY)
    slow = writing.index_corpus(corpus, "", "bound", client=opensearch_client)
    assert slow.documents == 5 and [s.path for s in slow.skipped] == ["neu.txt"]
    assert slow.skipped[0].reason.startswith("Zeitlimit überschritten")
    monkeypatch.delenv("PRESSESUCHE_DOC_SECONDS")
    for rebuild in (False, True):  # the unchanged file is not tried again
        again = writing.index_corpus(corpus, "", "bound", client=opensearch_client, rebuild=rebuild)
        assert again.documents == 5 and [s.path for s in again.skipped] == ["neu.txt"]
        assert "nicht erneut versucht" in again.skipped[0].reason
    (name,) = opensearch_client.indices.get_alias(name="bound")
    assert "neu.txt" in writing.live_meta(opensearch_client, name)["timed_out"]
    (corpus / "neu.txt").write_text(NEW + "\nMit einem Nachtrag.\n", "utf-8")
    changed = writing.index_corpus(corpus, "", "bound", client=opensearch_client)
    assert changed.documents == 6 and changed.added == 1 and changed.skipped == []
    assert writing.live_meta(opensearch_client, name)["timed_out"] == {}


def test_a_refused_release_keeps_its_old_version(opensearch_client, tmp_path):
    """A bulk item the node refuses is reported with its path and the node's reason; the
    release's old version stays searchable and the file is read again by the next run. (The
    node refuses here because this index maps ``url`` as a number.)"""
    mapping = documents.build_mapping()
    mapping["mappings"]["properties"]["url"] = {"type": "integer"}
    opensearch_client.indices.create(index="refusing-1", body=mapping)
    actions = [{"add": {"index": "refusing-1", "alias": "refusing"}}]
    opensearch_client.indices.update_aliases(body={"actions": actions})
    corpus = copy_seeds(tmp_path / "corpus")
    record = {"id": "m1", "title": "Alte Fassung", "text": "Die Stadt baut eine Brücke."}
    (corpus / "m.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    first = writing.index_corpus(corpus, "", "refusing", client=opensearch_client)
    assert not first.rebuilt and first.added == first.documents == 6

    record |= {"title": "Neue Fassung", "url": "https://example.org/bruecke"}
    (corpus / "m.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    report = writing.index_corpus(corpus, "", "refusing", client=opensearch_client)
    (skip,) = report.skipped
    assert skip.path.startswith("m.jsonl") and "OpenSearch lehnt Mitteilung ab" in skip.reason
    assert "url" in skip.reason  # the node's reason
    assert report.updated == 0 and report.documents == 6
    found = remote.search(opensearch_client, "refusing", "Brücke").hits
    assert [hit.title for hit in found] == ["Alte Fassung"]
    again = writing.index_corpus(corpus, "", "refusing", client=opensearch_client)
    assert [s.path for s in again.skipped] == [skip.path]  # tried again, not forgotten
