"""The OpenSearch build with 1 and 2 worker processes beside the embedded build, in one run.

    nice .venv/bin/python -m bench.opensearch_workers [--size 2000] [--workers 1,2]

Builds the bench corpus of ``--size`` Bundestag speeches (``bench.corpora``) with the embedded
engine and into a local OpenSearch node (started for the run, ``tools/opensearch_node.py``),
once per worker count (``PRESSESUCHE_WORKERS``); then corrects 1 % of the releases and updates
both in place. Prints wall seconds and CPU seconds (this process, its worker processes, the
node): on a loaded machine the CPU seconds say more than the wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench import corpora

ROOT = Path(__file__).resolve().parents[1]


def _cpu_of(pid: int, children: bool = False) -> float:
    """CPU seconds of process ``pid`` (user + system; with ``children``: and of its children
    it has reaped) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(n) for n in fields[11 : 15 if children else 13])
    return ticks / os.sysconf("SC_CLK_TCK")


def _cpu(node_pid: int) -> tuple[float, float, float]:
    """CPU seconds of this process, of its other children and theirs (the forkserver and the
    worker processes it started and reaped), and of the node."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    others = kids.ru_utime + kids.ru_stime
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            if int(pid) != node_pid:
                others += _cpu_of(int(pid), children=True)
    return own.ru_utime + own.ru_stime, others, _cpu_of(node_pid)


def measured(run, node_pid: int) -> dict:
    """Run ``run()``; its report, wall seconds and CPU seconds by process."""
    before = _cpu(node_pid)
    started = time.perf_counter()
    report = run()
    wall = time.perf_counter() - started
    own, workers, node = (b - a for a, b in zip(before, _cpu(node_pid), strict=True))
    return {
        "documents": report.documents,
        "added": report.added,
        "updated": report.updated,
        "rebuilt": report.rebuilt,
        "wall_s": round(wall, 1),
        "cpu_main_s": round(own, 1),
        "cpu_workers_s": round(workers, 1),
        "cpu_node_s": round(node, 1),
    }


def one_count(count: int, source: Path, work: Path, node) -> list[dict]:
    """Build both engines with ``count`` workers, correct 1 %, update both in place."""
    from indexer.build.indexing import index_corpus
    from indexer.opensearch.writing import index_corpus as index_into

    corpus = corpora.link_copy(source, work / f"corpus-{count}")
    root, alias = work / f"index-{count}", f"bench-{count}"
    rows = []

    def row(name: str, run, **extra) -> None:
        rows.append({"run": name, "workers": count, **measured(run, node.pid), **extra})
        print(json.dumps(rows[-1]), flush=True)

    row("embedded build", lambda: index_corpus(corpus, root, rebuild=True))
    row("opensearch build", lambda: index_into(corpus, node.url, alias, rebuild=True))
    change = corpora.apply_update(corpus, "jsonl", 0.01)["changed_documents"]
    row("embedded update", lambda: index_corpus(corpus, root), changed=change)
    row("opensearch update", lambda: index_into(corpus, node.url, alias), changed=change)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--heap", default="512m")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tools"))
    import opensearch_node as launcher

    from indexer.opensearch import connect

    source = corpora.corpus_dir(args.size)
    rows = []
    with tempfile.TemporaryDirectory(prefix="os-workers-") as tmp:
        work = Path(tmp)
        node = launcher.start(work / "node", launcher.free_port(), heap=args.heap)
        try:
            client = connect(node.url)
            for count in [int(n) for n in args.workers.split(",")]:
                os.environ["PRESSESUCHE_WORKERS"] = str(count)
                rows += one_count(count, source, work, node)
                client.indices.delete(index=f"bench-{count}-*")
        finally:
            launcher.stop(work / "node")
    print("\n| run | workers | wall s | CPU main s | CPU workers s | CPU node s |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['run']} | {row['workers']} | {row['wall_s']} | {row['cpu_main_s']} "
            f"| {row['cpu_workers_s']} | {row['cpu_node_s']} |"
        )


if __name__ == "__main__":
    main()
