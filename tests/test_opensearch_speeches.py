"""Both engines answer the benchmark queries alike on real Bundestag speeches (../shared).

200 speeches dressed as releases (``bench.corpora``) go into the embedded index and into a real
local OpenSearch node; every query of ``bench/queries.txt`` must give the same total, the same
hits (where all fit on the page) and the same facets. ``tools/opensearch_compare.py --size 2000``
runs the same comparison on 2,000 speeches and measures both engines.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from bench import shared_dir

SPEECHES = shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"

pytestmark = pytest.mark.skipif(not SPEECHES.is_file(), reason="../shared is not available")
ALIAS = "speeches"


@pytest.fixture(scope="module")
def built(opensearch_client, tmp_path_factory):
    """The comparison's figures and the folder of the embedded index (alias ``speeches``)."""
    from opensearch_compare import compare

    from bench import corpora

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRESSESUCHE_SHARED", str(shared_dir()))
        # no time bound per release: on a loaded machine it skipped speeches in one build only
        patch.setenv("PRESSESUCHE_DOC_SECONDS", "0")
        work = tmp_path_factory.mktemp("speeches")
        corpora.write_corpus(corpora.build_records(200), work / "corpus", "jsonl")
        found = compare(work / "corpus", work / "index", opensearch_client, ALIAS, limit=100)
        yield found, work / "index"


@pytest.fixture(scope="module")
def stats(built):
    return built[0]


@pytest.fixture(scope="module")
def apps(built, opensearch_node):
    """Test clients of the web app on the embedded index and on the cluster."""
    from webapp import ENGINE, create_app

    made = [
        create_app({"TESTING": True, "INDEX_DIR": str(built[1])}),
        create_app(
            {"TESTING": True, "INDEX_DIR": str(built[1].parent / "nothing"),
             "OPENSEARCH": opensearch_node.url, "OPENSEARCH_INDEX": ALIAS}
        ),
    ]  # fmt: skip
    yield [app.test_client() for app in made]
    for app in made:
        app.extensions[ENGINE].close()


def test_the_speeches_are_all_indexed_in_both(stats):
    assert stats["releases"] == stats["releases_opensearch"] == 200


def test_every_bench_query_finds_the_same_releases(stats):
    # with the queries that select a person: both builds link the persons across the index
    # after writing (a bare "Scheuer" becomes Andreas Scheuer in both)
    assert stats["queries"] >= 60 and stats["compared"] == stats["queries"]
    assert stats["person_selected"] >= 10
    assert stats["differences"] == []
    assert stats["same_total"] == stats["same_hits"] == stats["compared"]


def test_facets_and_snippets_agree(stats):
    assert stats["same_facets"] == stats["compared"]  # the person facet too
    equal, compared = stats["same_snippets"]
    assert compared > 0 and equal == compared


def _alike(mine: dict, theirs: dict) -> None:
    """The same answer apart from the scores and the order of equally found hits: the same
    hits with the same fields; Lucene's BM25 and our BM25F may order them differently."""
    if "hits" in mine:
        ours = {hit["id"]: hit | {"score": 0} for hit in mine.pop("hits")}
        other = {hit["id"]: hit | {"score": 0} for hit in theirs.pop("hits")}
        shared = ours.keys() & other.keys()
        assert [ours[k] for k in sorted(shared)] == [other[k] for k in sorted(shared)]
        if mine["total"] <= 100:
            assert ours.keys() == other.keys()
    assert theirs == mine


def test_the_web_api_answers_alike_on_the_speeches(apps):
    from bench.queries import read_queries

    here, there = apps
    for bq in read_queries():
        args = [*bq.params(), ("limit", "100")]
        mine, theirs = (
            here.get("/api/search", query_string=args),
            there.get("/api/search", query_string=args),
        )
        assert theirs.status_code == mine.status_code == 200, bq.line()
        _alike(mine.get_json(), theirs.get_json())
        for url in ("/api/facets/person", "/api/facets/organisation"):
            mine, theirs = here.get(url, query_string=args), there.get(url, query_string=args)
            assert theirs.status_code == mine.status_code == 200, (url, bq.line())
            assert theirs.get_json() == mine.get_json(), (url, bq.line())
        said = [("q", bq.text), ("limit", "100")]
        mine, theirs = (
            here.get("/api/quotes", query_string=said),
            there.get("/api/quotes", query_string=said),
        )
        assert theirs.status_code == mine.status_code == 200, bq.line()
        mine, theirs = mine.get_json(), theirs.get_json()
        ours = sorted(mine.pop("quotes"), key=lambda x: x["id"])
        other = sorted(theirs.pop("quotes"), key=lambda x: x["id"])
        assert theirs == mine, bq.line()  # total and speakers
        if mine["total"] <= 100:
            assert other == ours, bq.line()


def test_pages_of_the_most_named_persons_and_organisations_agree(apps):
    here, there = apps
    facets = here.get("/api/search").get_json()["facets"]
    for name, route in (("person", "persons"), ("organisation", "organisations")):
        for value in [v["value"] for v in facets[name][:5]]:
            url = f"/api/{route}/{quote(value, safe='')}"
            mine, theirs = here.get(url), there.get(url)
            assert theirs.status_code == mine.status_code == 200, url
            assert theirs.get_json() == mine.get_json(), url
    for typed in ("sch", "bund", "mer"):
        args = {"q": typed}
        assert (
            there.get("/api/suggest", query_string=args).get_json()
            == here.get("/api/suggest", query_string=args).get_json()
        )
