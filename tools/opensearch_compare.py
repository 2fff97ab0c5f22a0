"""Hold the OpenSearch backend against the embedded engine on Bundestag speeches (issue 20).

Builds ``--size`` speeches dressed as releases (``bench.corpora``, from ../shared) into both
engines and runs the benchmark queries (``bench/queries.txt``) against both: totals and whether
the query was relaxed, hit sets (where all hits fit on the page), top-``--limit`` overlap, equal
snippets of common hits, equal facets, and the latency of each engine through our search
function. Without ``--url`` a local node is started for the run (``tools/opensearch_node.py``).

    PRESSESUCHE_SHARED=../shared .venv/bin/python tools/opensearch_compare.py --size 2000
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]


def compare(corpus: Path, root: Path, client, alias: str, *, limit: int = 100) -> dict:
    """Index ``corpus`` into both engines and compare their answers to the bench queries."""
    from bench.queries import read_queries
    from indexer.build.indexing import index_corpus
    from indexer.opensearch import searching, writing
    from indexer.search.query import Filters
    from indexer.search.searcher import Engine, search

    began = time.monotonic()
    embedded = index_corpus(corpus, root, rebuild=True)
    built_embedded = time.monotonic() - began
    began = time.monotonic()
    remote = writing.index_corpus(corpus, "", alias, client=client, rebuild=True)
    built_remote = time.monotonic() - began
    stats = {
        "releases": embedded.documents,
        "releases_opensearch": remote.documents,
        "build_seconds": {
            "embedded": round(built_embedded, 1),
            "opensearch": round(built_remote, 1),
        },
        "queries": 0,
        "compared": 0,
        "person_selected": 0,  # of those, queries with a person selected
        "same_total": 0,
        "same_hits": 0,
        "same_facets": 0,  # persons, organisations and years
        "same_order": 0,  # the page's hits in the same order
        "overlap": [0, 0],
        "same_snippets": [0, 0],
        "differences": [],
        "snippet_differences": [],
    }
    latency: dict[str, list[float]] = {"embedded": [], "opensearch": []}
    engine = Engine(root)
    try:
        for bq in read_queries():
            filters = Filters(persons=list(bq.persons), years=list(bq.years))
            began = time.monotonic()
            ours = search(engine, bq.text, filters=filters, limit=limit)
            latency["embedded"].append(time.monotonic() - began)
            began = time.monotonic()
            theirs = searching.search(client, alias, bq.text, filters=filters, limit=limit)
            latency["opensearch"].append(time.monotonic() - began)
            _tally(stats, bq, ours, theirs, limit)
    finally:
        engine.close()
    stats["latency_ms"] = {name: _percentiles(values) for name, values in latency.items()}
    return stats


def _tally(stats: dict, bq, ours, theirs, limit: int) -> None:
    stats["queries"] += 1
    stats["compared"] += 1
    stats["person_selected"] += bool(bq.persons)
    mine, other = {h.id for h in ours.hits}, {h.id for h in theirs.hits}
    same_total = (ours.total, ours.relaxed) == (theirs.total, theirs.relaxed)
    same_hits = mine == other if ours.total <= limit else True
    # every facet, the persons too: both builds link the persons across the index (relink)
    same_facets = ours.to_json()["facets"] == theirs.to_json()["facets"]
    stats["same_order"] += [h.id for h in ours.hits] == [h.id for h in theirs.hits]
    stats["same_total"] += same_total
    stats["same_hits"] += same_hits
    stats["same_facets"] += same_facets
    stats["overlap"][0] += len(mine & other)
    stats["overlap"][1] += len(mine)
    snippets = {h.id: h.snippet for h in ours.hits}
    for hit in theirs.hits:
        if hit.id in snippets:
            stats["same_snippets"][0] += snippets[hit.id] == hit.snippet
            stats["same_snippets"][1] += 1
            if snippets[hit.id] != hit.snippet and len(stats["snippet_differences"]) < 5:
                stats["snippet_differences"].append([bq.text, snippets[hit.id], hit.snippet])
    if not (same_total and same_hits and same_facets):
        stats["differences"].append([bq.kind, bq.line(), ours.total, theirs.total])


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"p50": round(statistics.median(ordered) * 1000, 1), "p95": round(p95 * 1000, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--url", help="a running cluster; without it a local node is started")
    args = parser.parse_args(argv)
    import opensearch_node

    from bench import corpora
    from indexer.opensearch import connect

    work = Path(tempfile.mkdtemp(prefix="os-compare-"))
    node = None
    try:
        corpus = work / "corpus"
        corpora.write_corpus(corpora.build_records(args.size), corpus, "jsonl")
        if args.url is None:
            node = opensearch_node.start(work / "node", opensearch_node.free_port())
            print(f"Knoten bereit nach {node.start_seconds:.1f} s, RSS {node.rss_mb():.0f} MB")
        client = connect(args.url or node.url)
        stats = compare(corpus, work / "index", client, "compare", limit=args.limit)
        if node is not None:
            stats["node_rss_mb_after"] = round(node.rss_mb() or 0)
            stats["node_start_seconds"] = round(node.start_seconds, 1)
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    finally:
        if node is not None:
            opensearch_node.stop(node.home)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
