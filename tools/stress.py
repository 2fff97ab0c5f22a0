"""Rebuilds under load: the server answers a steady stream of requests while the index changes.

Builds a corpus of generated German releases in a temporary folder, starts ``pressesuche serve``
(waitress with ``--production``, or Flask's server) on 127.0.0.1 at a free port, sends requests
from a few client threads for ``--seconds``, and meanwhile runs ``pressesuche index --rebuild``
twice and one incremental update. Before each run a new release is added; right after the run
a search must find it. Reports requests served, failures (the goal is zero) and latencies.

Then hostile load (issue 21): the same ordinary requests for ``--hostile-seconds`` alone, then as
long again with ``--hostile-threads`` clients sending slow and hostile queries (unbounded fuzzy
terms, giant words, ``*``, wide ranges, exports of them) in turn. Reports the p50/p95 of the
ordinary requests alone and beside the hostile ones, and the hostile ones' own latencies.

    make stress                       # or: .venv/bin/python tools/stress.py --seconds 60
    make stress STRESS_ARGS="--server werkzeug --threads 8 --releases 1000"
    make stress STRESS_ARGS="--seconds 10 --hostile-seconds 30 --releases 5000"
    make stress STRESS_ARGS="--speeches 5000 --work /tmp/s5k"           # keeps the index
    make stress STRESS_ARGS="--work /tmp/s5k --index-runs 0"            # hostile load on it again

Exit status 1 when a request failed (any 5xx or a lost connection, hostile ones included) or a
new release was not served right after its run.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from sample_releases import REQUESTS, release_text  # tools/ is on sys.path as a script

ROOT = Path(__file__).resolve().parents[1]
CLI = "from indexer.cli import main; main()"


def make_corpus(path: Path, size: int, speeches: int = 0) -> None:
    path.mkdir(parents=True)
    for seed in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copy(seed, path / seed.name)
    for n in range(size):
        (path / f"pm-{n:05d}.txt").write_text(release_text(n), "utf-8")
    if speeches:  # real Bundestag speeches from ../shared: a real vocabulary for fuzzy terms
        sys.path.insert(0, str(ROOT))
        from bench import corpora

        corpora.write_corpus(corpora.build_records(speeches), path / "reden", "jsonl")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pressesuche(*args: str, log: Path | None = None) -> subprocess.CompletedProcess:
    out = log.open("ab") if log else subprocess.DEVNULL
    try:
        return subprocess.run(
            [sys.executable, "-c", CLI, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=out
        )
    finally:
        if log:
            out.close()


class Load:
    """Client threads, each sending one request after another with a short pause."""

    def __init__(
        self,
        base: str,
        threads: int,
        pause: float,
        paths: tuple[str, ...] = REQUESTS,
        timeout: float = 30,
    ) -> None:
        self.base, self.pause, self.paths, self.timeout = base, pause, paths, timeout
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.by_path: dict[str, list[float]] = {}  # seconds of each answered request, by path
        self.failures: list[str] = []
        self.failed_after: list[float] = []  # seconds until each failure (a timeout: its limit)
        self.during_index = 0
        self.indexing = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(threads)]

    def run(self, n: int) -> None:
        k = n
        while not self.stop.is_set():
            path = self.paths[k % len(self.paths)]
            k += 1
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.base + path, timeout=self.timeout) as resp:
                    resp.read()
                    error = None if resp.status == 200 else f"HTTP {resp.status}"
            except urllib.error.HTTPError as exc:  # a 4xx refusal is an answer, a 5xx is not
                error = f"HTTP {exc.code}" if exc.code >= 500 else None
            except (urllib.error.URLError, OSError) as exc:
                error = repr(exc)
            elapsed = time.perf_counter() - started
            with self.lock:
                if error:
                    self.failures.append(f"{path}: {error}")
                    self.failed_after.append(elapsed)
                else:
                    self.latencies.append(elapsed)
                    self.by_path.setdefault(path, []).append(elapsed)
                    self.during_index += self.indexing.is_set()
            time.sleep(self.pause)

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def finish(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()


def total_for(base: str, word: str) -> int:
    query = urllib.parse.urlencode({"q": word})
    with urllib.request.urlopen(f"{base}/api/search?{query}", timeout=30) as resp:
        return json.loads(resp.read())["total"]


def wait_until_up(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server ended with status {server.returncode}")
        try:
            total_for(base, "Rathaus")
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise SystemExit("the server did not answer within a minute")


def run(args: argparse.Namespace, work: Path) -> dict:
    corpus, index, log = work / "corpus", work / "index", work / "server.log"
    if not (index / "current").exists():  # a kept folder (``--work``) is served as it is
        make_corpus(corpus, args.releases, args.speeches)
        built = pressesuche("index", "--corpus", str(corpus), "--index", str(index), "--json")
        if built.returncode:
            raise SystemExit("the first index run failed")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = ["serve", "--index", str(index), "--port", str(port)]
    if args.server == "waitress":
        serve.append("--production")
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-c", CLI, *serve], cwd=ROOT, stdout=out, stderr=out
        )
    runs = []
    load = Load(base, args.threads, args.pause)
    started = time.monotonic()
    try:
        wait_until_up(base, server)
        load.start()
        time.sleep(min(2.0, args.seconds / 10))
        for step, rebuild in enumerate((True, True, False)[: args.index_runs]):
            marker = f"Lasttestmarke{step}x{random.randrange(10**6)}"
            text = f"Neue Mitteilung {step}\n\nDie Stadt meldet die {marker} im Rathaus.\n"
            (corpus / f"neu-{step}.txt").write_text(text, "utf-8")
            before = total_for(base, marker)
            load.indexing.set()
            t0 = time.monotonic()
            index_args = ["index", "--corpus", str(corpus), "--index", str(index), "--json"]
            done = pressesuche(*index_args, *(["--rebuild"] if rebuild else []), log=log)
            seconds = time.monotonic() - t0
            after = total_for(base, marker)  # the very next request after the run
            load.indexing.clear()
            report = json.loads(done.stdout or b"{}")
            runs.append(
                {
                    "run": "rebuild" if rebuild else "update",
                    "status": done.returncode,
                    "seconds": round(seconds, 2),
                    "documents": report.get("documents"),
                    "new release found before": before,
                    "new release found right after": after,
                }
            )
            time.sleep(0.5)
        remaining = args.seconds - (time.monotonic() - started)
        time.sleep(max(0.0, remaining))
        load.finish()
        hostile = hostile_run(base, args) if args.hostile_seconds > 0 else None
    finally:
        load.finish()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    lat = sorted(load.latencies)

    def pct(p: float) -> float:
        return percentile(lat, p)

    return {
        "server": args.server,
        "client": f"{args.threads} threads of urllib",
        "seconds": round(time.monotonic() - started, 1),
        "requests served": len(lat),
        "served while indexing": load.during_index,
        "failures": len(load.failures),
        "first failures": load.failures[:5],
        "latency ms p50/p95/max": [pct(0.5), pct(0.95), pct(1.0)],
        "mean ms": round(1000 * statistics.fmean(lat), 1) if lat else 0.0,
        "index runs": runs,
        "hostile": hostile,
        "server log": str(log),
    }


# Slow and hostile requests from the attack of issue 21, sent in turn by the hostile clients.
LONG_WORD = "Bundestagsabgeordnetenversammlungsgeschäftsordnung" * 10  # 500 characters
HOSTILE = tuple(
    f"{route}?{urllib.parse.urlencode({'q': q})}"
    for route, q in (
        ("/api/search", "Bundestag~5"),
        ("/api/search", "Bundestag~2"),
        ("/export.csv", "Bundestag~5"),
        ("/api/search", "Bundestagsabgeordneterinnenversammlung~6"),
        ("/api/search", LONG_WORD),
        ("/api/search", "*"),
        ("/api/search", "*a*"),
        ("/api/search", "a* b* c* d* e* f* g* h*"),
        ("/api/search", "titel:[a TO z]"),
        ("/export.csv", "Rathaus~2"),
        ("/api/search", " ".join(["(Rathaus"] * 30 + [")"] * 30)),
        ("/api/search", " ODER ".join(f"Wort{n}~2" for n in range(40))),
        ("/api/quotes", "freuen~3 NICHT Rathaus*"),
        ("/", LONG_WORD[:499] + "~2"),
    )
)


def percentile(values: list[float], p: float) -> float:
    """The ``p`` quantile of sorted seconds, in ms."""
    if not values:
        return 0.0
    return round(1000 * values[min(len(values) - 1, int(p * len(values)))], 1)


def hostile_run(base: str, args: argparse.Namespace) -> dict:
    """Ordinary load alone, then beside hostile clients: the ordinary latencies of both."""
    alone = Load(base, args.threads, args.pause)
    alone.start()
    time.sleep(args.hostile_seconds)
    alone.finish()
    ordinary = Load(base, args.threads, args.pause)
    hostile = Load(base, args.hostile_threads, 0.0, HOSTILE, timeout=args.hostile_timeout)
    ordinary.start()
    hostile.start()
    time.sleep(args.hostile_seconds)
    ordinary.finish()
    hostile.finish()
    loads = (alone, ordinary, hostile)
    return {
        "seconds each": args.hostile_seconds,
        "ordinary alone: requests, failed, p50/p95/max ms": summary(alone),
        "ordinary beside hostile: requests, failed, p50/p95/max ms": summary(ordinary),
        "hostile: requests, failed, p50/p95/max ms": summary(hostile),
        "hostile by query: requests, max ms": {
            urllib.parse.unquote_plus(path)[:80]: [len(times), percentile(sorted(times), 1.0)]
            for path, times in hostile.by_path.items()
        },
        "failures": sum(len(x.failures) for x in loads),
        "first failures": [f for x in loads for f in x.failures][:5],
    }


def summary(load: Load) -> list:
    """Requests, failures and latency quantiles; a failed request counts with the time it took
    (a timeout: the client's limit), so that a stalled server cannot look fast."""
    times = sorted(load.latencies + load.failed_after)
    quantiles = [percentile(times, p) for p in (0.5, 0.95, 1.0)]
    return [len(times), len(load.failures), *quantiles]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="length of the load (s)")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--pause", type=float, default=0.01, help="pause between requests (s)")
    parser.add_argument("--releases", type=int, default=300, help="generated releases")
    parser.add_argument(
        "--speeches", type=int, default=0, help="also index this many real speeches (../shared)"
    )
    parser.add_argument("--server", choices=["waitress", "werkzeug"], default="waitress")
    parser.add_argument(
        "--hostile-seconds",
        type=float,
        default=15,
        help="length of each hostile-load phase (ordinary alone, then mixed); 0 skips them",
    )
    parser.add_argument("--hostile-threads", type=int, default=1, help="hostile clients")
    parser.add_argument(
        "--hostile-timeout", type=float, default=120, help="client timeout of a hostile request (s)"
    )
    parser.add_argument(
        "--index-runs", type=int, default=3, help="index runs under load (rebuild, rebuild, update)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--work", type=Path, help="work in (and keep) this folder; an index there is reused"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="pressesuche-stress-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(args, work)
    finally:
        if not (args.keep or args.work):
            shutil.rmtree(work, ignore_errors=True)
    hostile_failures = (result["hostile"] or {}).get("failures", 0)
    ok = (
        result["failures"] == 0
        and hostile_failures == 0
        and all(
            r["status"] == 0 and r["new release found right after"] == 1
            for r in result["index runs"]
        )
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            if key not in ("index runs", "hostile"):
                print(f"{key}: {value}")
        for r in result["index runs"]:
            print("  " + ", ".join(f"{k}: {v}" for k, v in r.items()))
        if result["hostile"]:
            print("hostile load:")
            for key, value in result["hostile"].items():
                if isinstance(value, dict):
                    print(f"  {key}:")
                    for path, numbers in value.items():
                        print(f"    {path}: {numbers}")
                else:
                    print(f"  {key}: {value}")
        print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
