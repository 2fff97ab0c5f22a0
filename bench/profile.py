"""``python -m bench.profile``: py-spy over a 2k-document build and 200 queries of our pipeline,
with the hotspots (own time and total time per function) printed and saved.

The collapsed stacks (``bench/out/profile-*.txt``) can be drawn as flame graphs with inferno or
flamegraph.pl; ``--svg`` makes py-spy draw them itself (a second, separate recording).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench import OUT, corpora, measure
from bench.queries import QUERIES, read_queries, write_queries

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")
# Frames that say how a process was started, not where its time goes.
_SKIP = (
    "runpy.py",
    "bench/tasks.py",
    "<frozen ",
    "multiprocessing/",
    "concurrent/futures/",
    "threading.py",
    "<string>",
)


def _frame(raw: str) -> str:
    match = _FRAME.match(raw.strip())
    if not match:
        return raw.strip()
    path = match["file"]
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{match['func']} ({path})"


def hotspots(collapsed: Path, top: int = 15) -> dict:
    """Own and total share of samples per function from py-spy's collapsed (raw) stacks."""
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    samples = 0
    for line in collapsed.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = [
            _frame(f)
            for f in stack.split(";")
            if _FRAME.match(f.strip()) and not any(s in f for s in _SKIP)
        ]
        if not frames:
            continue
        samples += n
        own[frames[-1]] += n
        for name in set(frames):
            total[name] += n

    def share(counter: Counter[str]) -> list[tuple[str, float]]:
        return [(name, round(100 * c / samples, 1)) for name, c in counter.most_common(top)]

    return {"samples": samples, "own": share(own), "total": share(total)}


def record(name: str, task: list[str], out: Path, rate: int, svg: bool) -> Path:
    """Run ``python -m bench.tasks TASK`` under py-spy; return the collapsed stacks file."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    target = [sys.executable, "-m", "bench.tasks", *map(str, task)]
    collapsed = out / f"profile-{name}.txt"
    base = [spy, "record", "--subprocesses", "--rate", str(rate), "--nonblocking"]
    cmd = [*base, "--format", "raw", "-o", str(collapsed), "--", *target]
    subprocess.run(cmd, check=True, cwd=measure.REPO, stdout=subprocess.DEVNULL)
    if svg:
        cmd = [*base, "-o", str(out / f"profile-{name}.svg"), "--", *target]
        subprocess.run(cmd, check=True, cwd=measure.REPO, stdout=subprocess.DEVNULL)
    return collapsed


def render(reports: dict) -> str:
    """The hotspots of each recording as plain text."""
    lines = []
    for name, rep in reports.items():
        lines.append(f"## {name}: {rep['samples']} samples")
        for kind in ("own", "total"):
            lines.append(f"### {kind} time")
            lines += [f"{pct:5.1f} %  {func}" for func, pct in rep[kind]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Profile a build and a query run; print the top functions."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--svg", action="store_true", help="also draw flame graphs")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    work = args.out / "profile"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    source = corpora.corpus_dir(args.docs, "jsonl")
    corpus = corpora.link_copy(source, work / "corpus")
    root = work / "index"
    queries = read_queries(QUERIES)
    cycled = [queries[i % len(queries)] for i in range(args.queries)]
    qfile = work / "queries.txt"
    write_queries(cycled, qfile)
    reports = {}
    build = record("build", ["build", "ours", corpus, root], args.out, args.rate, args.svg)
    reports["build"] = hotspots(build, args.top)
    ask = ["query", "ours", root, qfile, "--rounds", "1"]
    reports["query"] = hotspots(record("query", ask, args.out, args.rate, args.svg), args.top)
    text = render(reports)
    (args.out / "profile.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
