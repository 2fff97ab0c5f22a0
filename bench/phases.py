"""``python -m bench.phases CORPUS ROOT``: a rebuild of our index, phase by phase.

For each phase (preparing in the workers, linking in the main process, writing the segments,
committing, counting, swapping in, the vocabulary file) the wall time and the CPU seconds of
the main process and of its workers (user + system, read from /proc at each phase's end), how
long the main process waited for its workers, what its cyclic collector took, and the peak
memory of the whole process tree (polled). CPU seconds, unlike wall time, say what a build
costs on a loaded machine. ``--stock`` builds the same corpus with stock Whoosh instead (one
process: CPU seconds and wall time).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import threading
import time
from pathlib import Path

import psutil


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


class Phases:
    """Marks the end of each phase: wall seconds, main and worker CPU seconds since the last."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.started = time.monotonic()
        self.last = (self.started, _cpu(self.me), 0.0)
        self.workers: dict[int, float] = {}  # pid -> CPU seconds last seen
        self.rows: list[dict] = []
        self.waited = 0.0
        self.gc_seconds = 0.0
        self.gc_runs = 0
        self.peak = 0
        self.child_peak = 0  # the largest resident size of one child process (a worker)
        self._gc_start = 0.0
        self._stop = threading.Event()
        gc.callbacks.append(self._gc)
        threading.Thread(target=self._poll, daemon=True).start()

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gc_seconds += time.perf_counter() - self._gc_start
            self.gc_runs += 1

    def _tree(self) -> list[psutil.Process]:
        try:
            return self.me.children(recursive=True)
        except psutil.Error:
            return []

    def _poll(self) -> None:
        while not self._stop.wait(0.5):
            total = self.me.memory_info().rss
            for child in self._tree():
                try:
                    rss = child.memory_info().rss
                    total += rss
                    self.child_peak = max(self.child_peak, rss)
                    self.workers[child.pid] = max(self.workers.get(child.pid, 0.0), _cpu(child))
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)

    def worker_cpu(self) -> float:
        for child in self._tree():
            try:
                self.workers[child.pid] = max(self.workers.get(child.pid, 0.0), _cpu(child))
            except psutil.Error:
                continue
        return sum(self.workers.values())

    def mark(self, name: str) -> None:
        now, main, workers = time.monotonic(), _cpu(self.me), self.worker_cpu()
        then, main0, workers0 = self.last
        self.rows.append(
            {
                "phase": name,
                "wall_s": round(now - then, 2),
                "main_cpu_s": round(main - main0, 2),
                "workers_cpu_s": round(workers - workers0, 2),
                "main_waited_s": round(self.waited, 2),
                "main_gc_s": round(self.gc_seconds, 2),
            }
        )
        self.waited = self.gc_seconds = 0.0
        self.last = (now, main, workers)

    def stop(self) -> dict:
        self._stop.set()
        total = {
            key: round(sum(row[key] for row in self.rows), 2)
            for key in ("wall_s", "main_cpu_s", "workers_cpu_s", "main_waited_s", "main_gc_s")
        }
        total["tree_cpu_s"] = round(total["main_cpu_s"] + total["workers_cpu_s"], 2)
        total["tree_peak_rss_mb"] = round(self.peak / 2**20)
        total["worker_peak_rss_mb"] = round(self.child_peak / 2**20)
        total["main_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        total["load_1min"] = round(os.getloadavg()[0], 2)
        return {"phases": self.rows, "total": total}


def _after(owner, name: str, mark) -> None:
    """Call ``mark`` after each call of ``owner.name``."""
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        mark()
        return result

    setattr(owner, name, wrapped)


def _before(owner, name: str, mark) -> None:
    """Call ``mark`` before each call of ``owner.name``."""
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        mark()
        return original(*args, **kwargs)

    setattr(owner, name, wrapped)


def build_ours(corpus: Path, root: Path) -> dict:
    """Rebuild ``root`` from ``corpus`` with the phases marked."""
    from indexer.build import indexing, pipeline
    from indexer.engine import store
    from indexer.engine.writer import Writer
    from indexer.search import vocabulary

    phases = Phases()
    receive = pipeline.Workers._receive

    def timed_receive(self, expected):
        started = time.monotonic()
        try:
            return receive(self, expected)
        finally:
            phases.waited += time.monotonic() - started

    pipeline.Workers._receive = timed_receive
    _before(indexing, "_carry_over", lambda: phases.mark("prepare (workers) + hold (main)"))
    _before(indexing, "relink", lambda: phases.mark("carry over"))
    _after(indexing, "relink", lambda: phases.mark("link (main)"))
    _after(indexing._Batch, "_write_pending", lambda: phases.mark("decisions sent"))
    _after(pipeline.Workers, "finish", lambda: phases.mark("write segments (workers)"))
    _after(Writer, "commit_with", lambda: phases.mark("commit (main)"))
    _before(store, "finish_generation", lambda: phases.mark("count, close"))
    _after(store, "swap_in", lambda: phases.mark("finish, swap"))
    _before(vocabulary, "write_live", lambda: phases.mark("workers closed"))
    report = indexing.index_corpus(corpus, root, rebuild=True)
    phases.mark("vocabulary file")
    out = phases.stop()
    out["documents"] = report.documents
    return out


def build_stock(corpus: Path, root: Path) -> dict:
    """Build the stock Whoosh baseline of ``corpus`` (one process)."""
    from bench.baselines import build_stock as build
    from bench.corpora import corpus_records

    shutil.rmtree(root, ignore_errors=True)
    phases = Phases()
    data = build(corpus_records(corpus), root)
    phases.mark("stock build")
    return {**phases.stop(), "documents": data["documents"]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.phases", description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("root", type=Path)
    parser.add_argument("--stock", action="store_true")
    args = parser.parse_args(argv)
    out = build_stock(args.corpus, args.root) if args.stock else build_ours(args.corpus, args.root)
    width = max(len(row["phase"]) for row in out["phases"])
    for row in out["phases"]:
        cells = "  ".join(f"{k} {v:7.2f}" for k, v in row.items() if k != "phase")
        print(f"{row['phase']:<{width}}  {cells}")
    print(json.dumps(out["total"]))


if __name__ == "__main__":
    main()
