"""What the benchmark runs in child processes, so that each build and each searcher has its
own memory: ``python -m bench.tasks TASK ...`` prints one ``BENCH-RESULT {json}`` line."""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from bench.queries import BenchQuery, read_queries

MARK = "BENCH-RESULT "


def rss_mb() -> dict:
    """Memory of this process: its high-water mark (VmHWM, which unlike ``ru_maxrss`` does not
    inherit the parent's peak across fork and exec), its current RSS, and the largest
    ``ru_maxrss`` of its waited-for children (worker processes)."""
    status = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                status[key] = int(value.split()[0]) / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "peak_rss_mb": round(status.get("VmHWM", 0), 1),
        "rss_mb": round(status.get("VmRSS", 0), 1),
        "children_peak_rss_mb": round(kids, 1),
    }


def tree_cpu_s() -> float:
    """User + system seconds of this process, of its children it has waited for, and of every
    live descendant with the children each of those has waited for: the forkserver's workers
    (children of the forkserver, not of this process) count once they have been reaped there."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        # after the name: state ppid … utime stime cutime cstime (fields 14–17 of stat)
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = sum(map(int, fields[11:15]))
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    tree, found = {os.getpid()}, True
    while found:
        found = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                total += times[pid] / tick
                found = True
    return total


def build_ours(corpus: Path, root: Path, rebuild: bool) -> dict:
    """Index ``corpus`` into ``root`` with the whole pipeline; the report and the wall time."""
    from indexer.build.indexing import index_corpus

    started = time.perf_counter()
    report = index_corpus(corpus, root, rebuild=rebuild)
    wall = time.perf_counter() - started
    data = report.to_json()
    data["rebuilt"] = report.rebuilt  # an incremental run rebuilds when the schema changed
    data["skipped"] = len(report.skipped)
    data["skipped_examples"] = [s.reason for s in report.skipped[:5]]
    return {**data, "wall_s": round(wall, 3)}


def build_opensearch(corpus: Path, alias: str) -> dict:
    """Index ``corpus`` into the cluster of ``PRESSESUCHE_OPENSEARCH`` behind ``alias``."""
    from indexer.opensearch import configured_url
    from indexer.opensearch.writing import index_corpus

    started = time.perf_counter()
    report = index_corpus(corpus, configured_url() or "", alias, rebuild=True)
    wall = time.perf_counter() - started
    data = report.to_json()
    data["skipped"] = len(report.skipped)
    data["skipped_examples"] = [s.reason for s in report.skipped[:5]]
    return {**data, "wall_s": round(wall, 3)}


def build_baseline(engine: str, corpus: Path, root: Path) -> dict:
    """Index the records of ``corpus`` with stock Whoosh or tantivy."""
    from bench import baselines
    from bench.corpora import corpus_records

    build = baselines.build_stock if engine == "stock" else baselines.build_tantivy
    started = time.perf_counter()
    data = build(corpus_records(corpus), root)
    return {**data, "wall_s": round(time.perf_counter() - started, 3)}


class OursSearcher:
    """Our search function, in process, answering as the JSON API would."""

    def __init__(self, root: Path) -> None:
        from indexer.search.searcher import Engine

        self.engine = Engine(root)
        self.engine.searcher()

    def run(self, bq: BenchQuery, page: bool = True) -> dict:
        from indexer.search.query import Filters
        from indexer.search.searcher import search

        filters = Filters(persons=list(bq.persons), years=list(bq.years))
        result = search(self.engine, bq.text, filters=filters, limit=10)
        json.dumps(result.to_json(), ensure_ascii=False)  # the API's serialisation
        return {"total": result.total, "ids": [h.id for h in result.hits]}

    def close(self) -> None:
        self.engine.close()


class OpenSearchSearcher(OursSearcher):
    """Our search function on the cluster of ``PRESSESUCHE_OPENSEARCH`` (alias ``root``)."""

    def __init__(self, root: Path) -> None:
        from indexer.opensearch import configured_url
        from indexer.opensearch.engine import OpenSearchEngine

        self.engine = OpenSearchEngine(configured_url() or "", str(root))

    def run(self, bq: BenchQuery, page: bool = True) -> dict:
        from indexer.search.query import Filters

        filters = Filters(persons=list(bq.persons), years=list(bq.years))
        result = self.engine.search(bq.text, filters=filters, limit=10)
        json.dumps(result.to_json(), ensure_ascii=False)  # the API's serialisation
        return {"total": result.total, "ids": [h.id for h in result.hits]}


def open_searcher(engine: str, root: Path):
    """Open the searcher of one engine."""
    from bench import baselines

    if engine == "ours":
        return OursSearcher(root)
    if engine == "opensearch":
        return OpenSearchSearcher(root)
    if engine == "stock":
        return baselines.StockSearcher(root)
    return baselines.TantivySearcher(root)


def timed_queries(run, queries: list[BenchQuery], rounds: int) -> dict:
    """Run every query ``rounds`` times; the first round is the cold one, reported apart."""
    cold: list[float] = []
    warm: list[float] = []
    answers: list[dict] = []
    errors: list[str] = []
    for n in range(rounds):
        for bq in queries:
            started = time.perf_counter()
            try:
                answer = run(bq)
            except Exception as exc:  # a failing query is reported, the run goes on
                answer = {"total": None, "ids": [], "error": repr(exc)[:200]}
                errors.append(f"{bq.line()!r}: {exc!r}"[:300])
            ms = (time.perf_counter() - started) * 1000
            (cold if n == 0 else warm).append(ms)
            if n == 0:
                answers.append(answer)
    return {"cold_ms": cold, "warm_ms": warm, "answers": answers, "errors": errors[:10]}


def query(engine: str, root: Path, queries_file: Path, rounds: int, modes: list[str]) -> dict:
    """Open an index, time its opening, then time the queries in each mode."""
    started = time.perf_counter()
    searcher = open_searcher(engine, root)
    opened = time.perf_counter() - started
    out: dict = {"open_s": round(opened, 3)}
    queries = read_queries(queries_file)
    for mode in modes:
        out[mode] = timed_queries(lambda bq, m=mode: searcher.run(bq, m == "page"), queries, rounds)
    out["memory"] = rss_mb()
    searcher.close()
    return out


def main(argv: list[str] | None = None) -> None:
    """Parse the task and print its result as one marked JSON line."""
    parser = argparse.ArgumentParser(prog="python -m bench.tasks")
    sub = parser.add_subparsers(dest="task", required=True)
    build = sub.add_parser("build")
    build.add_argument("engine", choices=["ours", "stock", "tantivy", "opensearch"])
    build.add_argument("corpus", type=Path)
    build.add_argument("root", type=Path)
    build.add_argument("--incremental", action="store_true")
    ask = sub.add_parser("query")
    ask.add_argument("engine", choices=["ours", "stock", "tantivy", "opensearch"])
    ask.add_argument("root", type=Path)
    ask.add_argument("queries", type=Path)
    ask.add_argument("--rounds", type=int, default=5)
    ask.add_argument("--modes", default="page")
    args = parser.parse_args(argv)
    if args.task == "build":
        cpu = tree_cpu_s()
        if args.engine == "ours":
            result = build_ours(args.corpus, args.root, rebuild=not args.incremental)
        elif args.engine == "opensearch":
            result = build_opensearch(args.corpus, str(args.root))
        else:
            result = build_baseline(args.engine, args.corpus, args.root)
        result["cpu_s"] = round(tree_cpu_s() - cpu, 2)
    else:
        result = query(args.engine, args.root, args.queries, args.rounds, args.modes.split(","))
    result.setdefault("memory", rss_mb())
    sys.stdout.write(MARK + json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
