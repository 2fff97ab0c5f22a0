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
    # Queries with a person selection are left out: the embedded build links persons across the
    # whole index after writing (a bare "Scheuer" becomes Andreas Scheuer), the OpenSearch build
    # does not yet, so such a selection can find more releases in the embedded index.
    assert stats["queries"] >= 60 and stats["compared"] >= 40
    assert stats["differences"] == []
    assert stats["same_total"] == stats["same_hits"] == stats["compared"]


def test_facets_and_snippets_agree(stats):
    # the person facet is not compared: the embedded index links persons across all releases
    # after a build, the OpenSearch build does not yet (issue 20's note)
    assert stats["same_facets"] == stats["compared"]
    equal, compared = stats["same_snippets"]
    assert compared > 0 and equal == compared
