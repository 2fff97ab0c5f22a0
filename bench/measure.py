"""Measuring from the outside: child processes with their peak memory, the HTTP server and
client, disk usage and latency statistics."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from bench import BENCH
from bench.queries import BenchQuery
from bench.tasks import MARK

REPO = BENCH.parent
# Children run from here: a snapshot of the code taken when the run started (see bench.run),
# so that edits made to the tree during a long run do not mix two versions in one result.
CODE = REPO
WORKER_HEADER = "X-Pressesuche-Worker"  # webapp/server.py: the pid of the worker that answered

try:
    import psutil
except ImportError:  # the bench extra is not installed: no polled tree memory
    psutil = None


def _tree_rss(pid: int) -> int:
    if psutil is None:
        return 0
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_task(args: list[str], log: Path, timeout: float | None = None) -> dict:
    """Run ``python -m bench.tasks ARGS`` and return its result with the polled peak memory
    of its whole process tree (worker processes included)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "bench.tasks", *map(str, args)]
    started = time.perf_counter()
    peak = 0
    with log.open("w") as err, log.with_suffix(".out").open("w+") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=CODE)
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            if timeout and time.perf_counter() - started > timeout:
                proc.kill()
            time.sleep(0.2)
        out.seek(0)
        lines = [line for line in out.read().splitlines() if line.startswith(MARK)]
    elapsed = time.perf_counter() - started
    if proc.returncode != 0 or not lines:
        tail = log.read_text(errors="replace").strip().splitlines()[-8:]
        return {"error": f"exit {proc.returncode}: " + " | ".join(tail)[-1500:]}
    result = json.loads(lines[-1][len(MARK) :])
    result["process_s"] = round(elapsed, 3)
    result.setdefault("memory", {})["tree_peak_rss_mb"] = round(peak / 2**20, 1)
    return result


def du_mb(path: Path | None) -> float | None:
    """Bytes of the files below ``path``, in MB."""
    if path is None or not path.exists():
        return None
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 2**20, 1)


def live_generation(root: Path) -> Path | None:
    """The generation the ``current`` link of our index folder points at."""
    try:
        return (root / os.readlink(root / "current")).resolve()
    except OSError:
        return None


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def _server_memory(pid: int) -> dict:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[{"VmRSS": "rss_mb", "VmHWM": "peak_rss_mb"}[key]] = round(
                        int(value.split()[0]) / 1024, 1
                    )
    except OSError:
        pass
    return out


@contextlib.contextmanager
def _serving(root: Path, log: Path, workers: int = 1, extra: tuple[str, ...] = ()):
    """A waitress server on the index (``workers`` processes, then warmed before serving;
    ``extra``: more ``bench.serve`` options, e.g. a cluster): yields its port and process (None
    when it did not start: the log says why); terminated afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "bench.serve", str(root), str(port), *extra]
    if workers > 1:
        cmd += ["--workers", str(workers), "--warm"]
    with log.open("w") as err:
        server = subprocess.Popen(cmd, stdout=err, stderr=err, cwd=CODE)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(conn, "/api/search?q=")
                break
            except OSError:
                conn.close()
                if server.poll() is not None or time.monotonic() > deadline:
                    yield None, server
                    return
                time.sleep(0.2)
        if workers > 1 and not _all_up(port, workers, deadline):
            yield None, server
            return
        yield port, server
    finally:
        conn.close()
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def _all_up(port: int, workers: int, deadline: float) -> bool:
    """Wait until every worker process answers (each warms up before it accepts): ``workers``
    connections held open at once are spread over the workers that accept."""
    while time.monotonic() < deadline:
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in range(workers)]
        try:
            seen = set()
            for conn in conns:
                conn.request("GET", "/api/search?q=")
                response = conn.getresponse()
                response.read()
                seen.add(response.getheader(WORKER_HEADER))
        finally:
            for conn in conns:
                conn.close()
        if len(seen) == workers:
            return True
        time.sleep(0.5)
    return False


def concurrent_queries(
    root: Path,
    queries: list[BenchQuery],
    clients: tuple[int, ...],
    rounds: int,
    log: Path,
    workers: int = 1,
) -> dict:
    """Throughput of one server of ``workers`` processes for 1, 2, … clients sending the queries
    at once (each client its own connection, ``rounds`` passes starting at a different query),
    after a warm pass; per run also how many answers each worker process gave."""
    import threading

    paths = ["/api/search?" + urllib.parse.urlencode(bq.params()) for bq in queries]
    with _serving(root, log, workers) as (port, _server):
        if port is None:
            return {"error": "server did not start: " + log.read_text()[-1500:]}
        out: dict = {}
        for count in (1, *clients):  # the first pass warms the server
            samples: list[float] = []
            failed: list[int] = []
            answered: dict[str, int] = {}

            def client(n: int, count=count, samples=samples, failed=failed, by=answered) -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                start = n * len(paths) // count
                order = paths[start:] + paths[:start]
                for path in order * rounds:
                    started = time.perf_counter()
                    conn.request("GET", path)
                    response = conn.getresponse()
                    response.read()
                    samples.append((time.perf_counter() - started) * 1000)
                    worker = response.getheader(WORKER_HEADER) or "?"
                    by[worker] = by.get(worker, 0) + 1
                    if response.status != 200:
                        failed.append(response.status)
                conn.close()

            threads = [threading.Thread(target=client, args=(n,)) for n in range(count)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - started
            out[str(count)] = {
                "requests": len(samples),
                "seconds": round(seconds, 2),
                "per_s": round(len(samples) / seconds, 1),
                "latency": latency(samples),
                "failed": len(failed),
                "per_worker": sorted(answered.values(), reverse=True),
            }
        return out


def http_queries(
    root: Path, queries: list[BenchQuery], rounds: int, log: Path, extra: tuple[str, ...] = ()
) -> dict:
    """Start one waitress server on the index and send the queries to ``/api/search``, one at
    a time (``rounds`` passes, the first one cold); stop it after reading its memory."""
    with _serving(root, log, extra=extra) as (port, server):
        if port is None:
            return {"error": "server did not start: " + log.read_text()[-1500:]}
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        cold, warm, answers, statuses = [], [], [], {}
        for n in range(rounds):
            for bq in queries:
                path = "/api/search?" + urllib.parse.urlencode(bq.params())
                started = time.perf_counter()
                status, body = _get(conn, path)
                ms = (time.perf_counter() - started) * 1000
                (cold if n == 0 else warm).append(ms)
                statuses[str(status)] = statuses.get(str(status), 0) + 1
                if n == 0:
                    answers.append(_answer(status, body))
        memory = _server_memory(server.pid)
        conn.close()
        return {
            "cold_ms": cold,
            "warm_ms": warm,
            "answers": answers,
            "status": statuses,
            "memory": memory,
            "errors": [],
        }


def _answer(status: int, body: bytes) -> dict:
    if status != 200:
        return {"total": None, "ids": [], "error": f"HTTP {status}"}
    try:
        data = json.loads(body)
        return {"total": data.get("total"), "ids": [h.get("id") for h in data.get("hits", [])]}
    except (ValueError, AttributeError):
        return {"total": None, "ids": [], "error": "no JSON"}


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile with linear interpolation (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def latency(samples: list[float]) -> dict:
    """p50/p95/p99/mean/max of samples in ms, rounded."""
    if not samples:
        return {}
    stats = {f"p{p}": percentile(samples, p) for p in (50, 95, 99)}
    stats.update(mean=sum(samples) / len(samples), max=max(samples), n=len(samples))
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in stats.items()}


def overlap(a: list[dict], b: list[dict]) -> float | None:
    """Mean share of common ids in the top 10 of two engines, over the queries both answered."""
    shares = []
    for x, y in zip(a, b, strict=False):
        ids_x, ids_y = set(x.get("ids") or []), set(y.get("ids") or [])
        if ids_x or ids_y:
            shares.append(len(ids_x & ids_y) / max(len(ids_x), len(ids_y)))
    return round(sum(shares) / len(shares), 3) if shares else None
