"""The OpenSearch backend against a real local node: the seeds give the embedded engine's hits.

``pressesuche index`` with ``--opensearch`` writes our analysed terms into a new physical index
behind an alias; ``search`` parses with our parser and sends terms. Both engines must find the
same releases for the same queries, with the same facet values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_seeds
from test_search import S000, S001, S002, S004

from indexer.cli import main
from indexer.opensearch import OpenSearchError, documents, searching, writing
from indexer.search.query import Filters
from indexer.search.searcher import search

ALIAS = "seeds"
# the queries of tests/test_search.py and issue 9's operators, field filters and patterns
QUERIES = [
    "Migrantinnen", "Migranten", "Ministerium", "Kaykin", "Kaykın", "KAYKIN", "Duesseldorf",
    "Dusseldorf", "Düsseldorf", '"interkulturelle Öffnung"', "Bürger*innen", "Migrant*",
    "Vereinbarung", "besonders", "Fürstenwall", "0211", "kontakt:Fürstenwall",
    "Duisburg Hüllhorst", "Duisburg ODER Hüllhorst", "Duisburg OR Hüllhorst",
    "Kaykin -Wellhausen", "Kaykin NICHT Wellhausen", "titel:Volkshochschulen", "Volkshochschulen",
    "datum:2012-11-28", "Vielfalt", "Migrantinnen Düsseldorf", "Kaykni~", "person:Kaykin",
    "organisation:Duisburg", "jahr:2012", "Integration UND (Duisburg ODER Düsseldorf)",
    "Corona-Pandemie", "Kaykin ANDNOT Düsseldorf", "", "der die das",
    '"Konzept der Stadt Düsseldorf"', '"Stadt Düsseldorf"~3', '"Migrantinnen und Migranten"',
    "Integration ANDMAYBE Duisburg", "Volks*", "titel:Kaykin text:Düsseldorf",
    '"Interkulturelle Öffnung der Verwaltung"', '"Volkshochschulen"',
]  # fmt: skip
FILTERS = [
    Filters(date_from="2013-01-01"),
    Filters(date_to="2012-12-31"),
    Filters(years=["2012", "2024"]),
    Filters(persons=["Zülfiye Kaykın"]),
    Filters(organisations=["Stadt Duisburg"]),
]


@pytest.fixture(scope="module")
def client(opensearch_client):
    return opensearch_client


@pytest.fixture(scope="module")
def built(client, opensearch_node, tmp_path_factory) -> str:
    corpus = copy_seeds(tmp_path_factory.mktemp("os-corpus") / "corpus")
    report = writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=client)
    assert report.documents == 5 and not report.skipped
    return ALIAS


def _ids(result) -> set[str]:
    return {hit.id for hit in result.hits}


@pytest.mark.parametrize("text", QUERIES)
def test_both_engines_find_the_same_releases(client, built, engine, text):
    ours = search(engine, text, limit=100)
    theirs = searching.search(client, built, text, limit=100)
    assert _ids(theirs) == _ids(ours)
    assert theirs.total == ours.total
    assert theirs.notes == ours.notes
    assert theirs.relaxed == ours.relaxed
    shown = {hit.id: (hit.title, hit.date, hit.persons, hit.organisations) for hit in ours.hits}
    for hit in theirs.hits:  # names in the spelling most used in the index, as here
        assert (hit.title, hit.date, hit.persons, hit.organisations) == shown[hit.id]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: repr(f)[8:60])
def test_facet_filters_select_the_same_releases(client, built, engine, filters):
    ours = search(engine, "", filters=filters, limit=100)
    theirs = searching.search(client, built, "", filters=filters, limit=100)
    assert _ids(theirs) == _ids(ours)


@pytest.mark.parametrize("text", ["", "Kaykin", "Migranten", "Integration"])
def test_facets_have_the_same_values_and_counts(client, built, engine, text):
    ours = search(engine, text, limit=100).to_json()["facets"]
    theirs = searching.search(client, built, text, limit=100).to_json()["facets"]
    assert theirs == ours


SELECTED = [
    Filters(persons=["Zülfiye Kaykın"]),
    Filters(persons=["Zülfiye Kaykin", "Friedel Heuwinkel"]),
    Filters(years=["2012"]),
    Filters(years=["2012"], organisations=["Stadt Duisburg"]),
    Filters(persons=["Zülfiye Kaykın"], years=["2012", "2024"], date_from="2012-01-01"),
]


@pytest.mark.parametrize("filters", SELECTED, ids=lambda f: repr(f)[8:60])
@pytest.mark.parametrize("text", ["", "Integration"])
def test_a_selected_facet_is_counted_without_its_own_selection_there_too(
    client, built, engine, text, filters
):
    ours = search(engine, text, filters=filters, limit=100)
    theirs = searching.search(client, built, text, filters=filters, limit=100)
    assert (_ids(theirs), theirs.total) == (_ids(ours), ours.total)
    assert theirs.to_json()["facets"] == ours.to_json()["facets"]
    assert any(v.selected for values in theirs.facets.values() for v in values)


def test_a_selected_value_beyond_the_buckets_returned_is_counted(
    client, built, engine, monkeypatch
):
    monkeypatch.setattr(searching, "FACET_BUCKETS", 1)  # only the most frequent person comes
    chosen = Filters(persons=["Friedel Heuwinkel"])
    ours = {v.value: v for v in search(engine, "", filters=chosen).facets["person"]}
    theirs = searching.search(client, built, "", filters=chosen).facets["person"]
    assert [v.value for v in theirs] == ["Zülfiye Kaykin", "Friedel Heuwinkel"]
    assert theirs == [ours["Zülfiye Kaykin"], ours["Friedel Heuwinkel"]]
    assert theirs[1].selected


def test_a_selected_value_beyond_the_cap_stays_listed_there_too():
    buckets = [{"key": "Anna Abel", "doc_count": 3}, {"key": "Bernd Bode", "doc_count": 1}]
    capped = searching.facet_values("persons", buckets, ["BERND BODE"], cap=1)
    assert [v.to_json() for v in capped] == [
        {"value": "Anna Abel", "count": 3, "selected": False},
        {"value": "Bernd Bode", "count": 1, "selected": True},
    ]
    assert searching.facet_values("persons", buckets, [], cap=1) == capped[:1]


def test_the_json_has_the_embedded_shape_and_snippets(client, built, engine):
    ours = search(engine, "Migranten", limit=100).to_json()
    theirs = searching.search(client, built, "Migranten", limit=100).to_json()
    assert list(theirs) == list(ours)
    assert list(theirs["hits"][0]) == list(ours["hits"][0])
    snippets = {hit["id"]: hit["snippet"] for hit in ours["hits"]}
    for hit in theirs["hits"]:
        assert hit["snippet"] == snippets[hit["id"]]
        assert "<mark>" in hit["snippet"]


def test_empty_query_lists_newest_first_as_here(client, built, engine):
    ours = [hit.id for hit in search(engine, "", limit=100).hits]
    theirs = [hit.id for hit in searching.search(client, built, "", limit=100).hits]
    assert theirs == ours


def test_exact_spelling_ranks_first_there_too(client, built):
    hits = searching.search(client, built, "Kaykın").hits
    assert hits[0].id == S002  # the release that spells it with ı


def test_cli_indexes_and_searches_through_the_alias(opensearch_node, client, tmp_path, monkeypatch):
    corpus = copy_seeds(tmp_path / "corpus")
    monkeypatch.setenv("PRESSESUCHE_OPENSEARCH_INDEX", "cli-seeds")
    runner = CliRunner()
    url = opensearch_node.url
    first = runner.invoke(main, ["index", "--corpus", str(corpus), "--opensearch", url, "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["documents"] == 5
    old = set(client.indices.get_alias(name="cli-seeds"))
    monkeypatch.setenv("PRESSESUCHE_OPENSEARCH", url)
    again = runner.invoke(main, ["index", "--corpus", str(corpus), "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.output) | {"seconds": 0} == {
        "documents": 5,
        "added": 0,
        "updated": 0,
        "removed": 0,
        "unchanged": 5,
        "skipped": [],
        "seconds": 0,
    }
    assert set(client.indices.get_alias(name="cli-seeds")) == old  # updated in place
    again = runner.invoke(main, ["index", "--corpus", str(corpus), "--rebuild"])
    assert again.exit_code == 0, again.output
    new = set(client.indices.get_alias(name="cli-seeds"))
    assert len(new) == 1 and new != old  # a new physical index per rebuild
    # the replaced index stays for requests that began on it, until the next run begins
    assert all(client.indices.exists(index=name) for name in old)
    third = runner.invoke(main, ["index", "--corpus", str(corpus)])
    assert third.exit_code == 0, third.output
    assert not any(client.indices.exists(index=name) for name in old)  # the old one removed
    found = runner.invoke(main, ["search", "Kaykın", "--json"])
    assert found.exit_code == 0, found.output
    assert {hit["id"] for hit in json.loads(found.output)["hits"]} == {S000, S001, S002, S004}


def test_a_killed_rebuild_leaves_the_alias_serving(client, built, opensearch_node, tmp_path):
    """A run killed after creating its index leaves the alias alone; the next run cleans up."""
    serving = set(client.indices.get_alias(name=ALIAS))
    unfinished = writing.physical_name(ALIAS)
    client.indices.create(index=unfinished, body=documents.build_mapping())
    assert len(searching.search(client, ALIAS, "Kaykin").hits) == 4  # still the old index
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=client, rebuild=True)
    assert not client.indices.exists(index=unfinished)
    assert set(client.indices.get_alias(name=ALIAS)).isdisjoint(serving | {unfinished})
    assert len(searching.search(client, ALIAS, "Kaykin").hits) == 4


def test_a_refused_release_is_reported_with_path_and_reason(client, opensearch_node, tmp_path):
    """A URL longer than a Lucene term may be (32,766 bytes) once made the node refuse one item;
    the reading of the corpus now refuses it first, and the OpenSearch build reports that too."""
    corpus = copy_seeds(tmp_path / "corpus")
    record = {"title": "Lange Adresse", "text": "Eine Mitteilung mit sehr langer Adresse.\n" * 3}
    record["url"] = "https://example.org/" + "a" * 40_000
    (corpus / "lang.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    report = writing.index_corpus(corpus, opensearch_node.url, "refused", client=client)
    assert report.documents == 5  # the seeds
    (skip,) = [s for s in report.skipped if s.path.startswith("lang.jsonl")]
    assert "zu lang" in skip.reason


def test_an_index_of_the_alias_name_is_refused_in_german(client, opensearch_node, tmp_path):
    client.indices.create(index="taken")
    corpus = copy_seeds(tmp_path / "corpus")
    with pytest.raises(OpenSearchError, match="kein Alias"):
        writing.index_corpus(corpus, opensearch_node.url, "taken", client=client)


def test_no_cluster_is_a_german_error_not_a_traceback(corpus: Path):
    result = CliRunner().invoke(
        main, ["search", "Kaykin", "--opensearch", "http://127.0.0.1:9"], catch_exceptions=False
    )
    assert result.exit_code == 1
    assert "OpenSearch konnte nicht suchen" in result.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bürger*innen", ["burg"]),
        ("Corona-Pandemie in Düsseldorf", ["corona", "pandemi coronapandemi", "dusseldorf"]),
        ("am letzten Wochenende", ["letzt", "wochen end woch"]),
    ],
    ids=["stopword-first", "hyphen-compound", "compound-parts"],
)
def test_term_text_puts_one_word_per_position(text, expected):
    field = searching.schema()["body"]
    placed = documents.term_text(field, text).split(" ")
    assert [word.replace(documents.ALT, " ") for word in placed] == expected


def test_the_node_puts_the_terms_of_one_position_together(client, built):
    text = documents.term_text(searching.schema()["body"], "am letzten Wochenende")
    body = {"field": documents.TERMS["body"], "text": text}
    tokens = client.indices.analyze(index=built, body=body)["tokens"]
    positions = [(t["token"], t["position"]) for t in tokens]
    assert positions == [("letzt", 0), ("wochen", 1), ("end", 1), ("woch", 1)]


def _positions(text: str) -> list[set[str]]:
    return [set(word.split(documents.ALT)) for word in text.split(" ")]


@pytest.mark.parametrize("name", ["title", "body", "exact"])
def test_the_workers_postings_give_the_terms_of_a_second_analysis(name):
    from indexer.engine.postings import field_postings

    field = searching.schema()[name]
    for path in sorted(Path(__file__).resolve().parents[1].glob("corpus/*.txt")):
        text = path.read_text("utf-8")
        from_postings = documents.postings_text(field, field_postings(field, text))
        analysed = documents.term_text(field, text)
        if name == "exact":  # no positions: the same terms as often
            assert sorted(from_postings.split(" ")) == sorted(analysed.split(" "))
        else:
            assert _positions(from_postings) == _positions(analysed)


QUOTE_QUERIES = [
    ("", {}),
    ("Vielfalt", {}),
    ("Integration", {}),
    ('"interkulturelle Öffnung"', {}),
    ("", {"speaker": ["Zülfiye Kaykin"]}),
    ("", {"speaker": ["Kaykın"]}),
    ("", {"speaker": ["Kaykin", "Heuwinkel"]}),
    ("", {"date_from": "2013-01-01"}),
    ("Migranten", {"date_to": "2012-12-31"}),
]


@pytest.mark.parametrize(("text", "options"), QUOTE_QUERIES, ids=lambda v: str(v) or "empty")
def test_quote_search_gives_the_same_quotes(client, built, engine, text, options):
    from indexer.opensearch.quotes import search_quotes as remote_quotes
    from indexer.search.quotes import search_quotes

    ours = search_quotes(engine, text, limit=100, **options)
    theirs = remote_quotes(client, built, text, limit=100, **options)
    assert theirs.total == ours.total
    mine = {hit.id: hit for hit in ours.quotes}
    assert set(mine) == {hit.id for hit in theirs.quotes}
    for hit in theirs.quotes:
        assert (hit.text, hit.start, hit.end, hit.highlighted, hit.confidence) == (
            mine[hit.id].text, mine[hit.id].start, mine[hit.id].end, mine[hit.id].highlighted,
            mine[hit.id].confidence,
        )  # fmt: skip
    if not text:  # newest first, as here
        assert [h.id for h in theirs.quotes] == [h.id for h in ours.quotes]
    assert theirs.to_json()["facets"] == ours.to_json()["facets"]


@pytest.mark.parametrize("key", [S002, S002.replace(".txt", ".txt")])
def test_show_gives_the_release_as_here(client, built, engine, key):
    from indexer.opensearch.quotes import get_release as remote_release
    from indexer.search.searcher import get_release

    assert remote_release(client, built, key).to_json() == get_release(engine, key).to_json()
    assert remote_release(client, built, "nicht-da.txt") is None


def test_cli_show_and_quotes_read_the_cluster(opensearch_node, built, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_OPENSEARCH", opensearch_node.url)
    monkeypatch.setenv("PRESSESUCHE_OPENSEARCH_INDEX", built)
    runner = CliRunner()
    shown = runner.invoke(main, ["show", S002, "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == S002
    missing = runner.invoke(main, ["show", "nicht-da.txt"])
    assert missing.exit_code == 1 and "Kein Dokument" in missing.output
    quotes = runner.invoke(main, ["quotes", "Vielfalt", "--json"])
    assert quotes.exit_code == 0, quotes.output
    assert json.loads(quotes.output)["total"] >= 1
