"""Rebuilds under load: the server answers a steady stream of requests while the index changes.

Builds a corpus of generated German releases in a temporary folder, starts ``pressesuche serve``
(waitress with ``--production``, or Flask's server) on 127.0.0.1 at a free port, sends requests
from a few client threads for ``--seconds``, and meanwhile runs ``pressesuche index --rebuild``
twice and one incremental update. Before each run a new release is added; right after the run
a search must find it. Reports requests served, failures (the goal is zero) and latencies.

    make stress                       # or: .venv/bin/python tools/stress.py --seconds 60
    make stress STRESS_ARGS="--server werkzeug --threads 8 --releases 1000"

Exit status 1 when a request failed or a new release was not served right after its run.
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


def make_corpus(path: Path, size: int) -> None:
    path.mkdir(parents=True)
    for seed in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copy(seed, path / seed.name)
    for n in range(size):
        (path / f"pm-{n:05d}.txt").write_text(release_text(n), "utf-8")


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

    def __init__(self, base: str, threads: int, pause: float) -> None:
        self.base, self.pause = base, pause
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.during_index = 0
        self.indexing = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(threads)]

    def run(self, n: int) -> None:
        k = n
        while not self.stop.is_set():
            path = REQUESTS[k % len(REQUESTS)]
            k += 1
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as resp:
                    resp.read()
                    error = None if resp.status == 200 else f"HTTP {resp.status}"
            except urllib.error.HTTPError as exc:
                error = f"HTTP {exc.code}"
            except (urllib.error.URLError, OSError) as exc:
                error = repr(exc)
            elapsed = time.perf_counter() - started
            with self.lock:
                if error:
                    self.failures.append(f"{path}: {error}")
                else:
                    self.latencies.append(elapsed)
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
    make_corpus(corpus, args.releases)
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
        for step, rebuild in enumerate((True, True, False)):
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
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0

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
        "server log": str(log),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="length of the load (s)")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--pause", type=float, default=0.01, help="pause between requests (s)")
    parser.add_argument("--releases", type=int, default=300, help="generated releases")
    parser.add_argument("--server", choices=["waitress", "werkzeug"], default="waitress")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="pressesuche-stress-"))
    try:
        result = run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    ok = result["failures"] == 0 and all(
        r["status"] == 0 and r["new release found right after"] == 1 for r in result["index runs"]
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            if key != "index runs":
                print(f"{key}: {value}")
        for r in result["index runs"]:
            print("  " + ", ".join(f"{k}: {v}" for k, v in r.items()))
        print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
