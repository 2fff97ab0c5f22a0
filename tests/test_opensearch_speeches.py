"""Both engines answer the benchmark queries alike on real Bundestag speeches (../shared).

200 speeches dressed as releases (``bench.corpora``) go into the embedded index and into a real
local OpenSearch node; every query of ``bench/queries.txt`` must give the same total, the same
hits (where all fit on the page) and the same facets. ``tools/opensearch_compare.py --size 2000``
runs the same comparison on 2,000 speeches and measures both engines.
"""

from __future__ import annotations

import pytest

from bench import shared_dir

SPEECHES = shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"

pytestmark = pytest.mark.skipif(not SPEECHES.is_file(), reason="../shared is not available")


@pytest.fixture(scope="module")
def stats(opensearch_client, tmp_path_factory):
    from opensearch_compare import compare

    from bench import corpora

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRESSESUCHE_SHARED", str(shared_dir()))
        work = tmp_path_factory.mktemp("speeches")
        corpora.write_corpus(corpora.build_records(200), work / "corpus", "jsonl")
        yield compare(work / "corpus", work / "index", opensearch_client, "speeches", limit=100)


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
