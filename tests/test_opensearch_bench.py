"""``make bench`` with the OpenSearch backend (issue 20), on a tiny corpus and the session's node:
the build, our search function in process and our API on the cluster are measured and reported.
"""

from __future__ import annotations

from test_bench import tiny_queries


def test_the_bench_measures_the_opensearch_backend(opensearch_node, tmp_path):
    from bench import run

    queries = tiny_queries(tmp_path)
    argv = ["--sizes", "50", "--rounds", "2", "--queries", str(queries), "--out", str(tmp_path)]
    argv += ["--engines", "opensearch", "--no-publish", "--opensearch-url", opensearch_node.url]
    size = run.main(argv)["sizes"][0]
    remote = size["opensearch"]
    assert remote["build"]["documents"] == 50 and remote["index_mb"] > 0
    assert remote["query"]["warm"]["n"] == 4 and not remote["query"]["errors"]
    assert remote["http"]["status"] == {"200": 8}
    markdown = next(tmp_path.glob("results-*.md")).read_text()
    assert "| OpenSearch (node) | " in markdown
