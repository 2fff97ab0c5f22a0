"""Crashes and load: ``kill -9`` of the index command, and rebuilds while the server answers.

After every kill the live index opens and holds exactly the old or the new corpus (never a part
of it), search works, and the next normal run finishes the job without a stale lock. Delays come
from a seeded RNG scaled to the measured length of a run; the test asserts on counts only.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from sample_releases import REQUESTS, release_text  # tools/ is on pytest's pythonpath
from werkzeug.serving import make_server

from indexer.build.indexing import index_corpus
from indexer.engine import store
from indexer.search.searcher import Engine, search
from webapp import ENGINE, create_app

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and SIGKILL")

ROOT = Path(__file__).resolve().parents[1]
CLI = "from indexer.cli import main; main()"  # `python -m indexer.cli` has no __main__ guard
RELEASES = 300
KILLS = 20
SEED = 7_2026


class Corpus:
    """A folder of generated releases whose expected document count is always known."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.versions: dict[int, int] = {}
        for n in range(size):
            self.write(n)
        self.next = size

    def write(self, n: int, version: int = 0) -> None:
        self.versions[n] = version
        (self.path / f"pm-{n:05d}.txt").write_text(release_text(n, version), "utf-8")

    @property
    def count(self) -> int:
        return len(self.versions)

    def change(self, rng: random.Random, added: int, changed: int, deleted: int) -> None:
        """Add, change and delete releases: the count moves by ``added - deleted``."""
        for n in rng.sample(sorted(self.versions), deleted):
            (self.path / f"pm-{n:05d}.txt").unlink()
            del self.versions[n]
        for n in rng.sample(sorted(self.versions), changed):
            self.write(n, self.versions[n] + 1)
        for _ in range(added):
            self.write(self.next)
            self.next += 1


def index_command(corpus: Path, root: Path, *args: str, workers: int = 0) -> subprocess.Popen:
    env = {**os.environ, "PRESSESUCHE_WORKERS": str(workers)}
    cmd = [sys.executable, "-c", CLI, "index", "--corpus", str(corpus), "--index", str(root)]
    return subprocess.Popen(
        [*cmd, "--json", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def descendants(pid: int) -> list[int]:
    """The processes started by ``pid`` (worker processes), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def kill_now(proc: subprocess.Popen) -> list[int]:
    """``kill -9`` the command; return the worker processes it leaves running."""
    workers = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(0.2)
    workers += [k for pid in workers for k in descendants(pid)]
    return [pid for pid in dict.fromkeys(workers) if alive(pid)]


def end_orphans(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def live_count(root: Path) -> int:
    """Open the live index as a server would, count its releases and run a search."""
    engine = Engine(root)
    try:
        total = search(engine, "").total
        assert search(engine, "Rathaus").total == total  # every generated release says it
        assert search(engine, "Ausschuss Montag").total == total
        return total
    finally:
        engine.close()


def assert_clean(root: Path) -> None:
    """After a normal run: only the live generation and the one before it are left."""
    gens = sorted((root / store.GENERATIONS).iterdir())
    assert store.live_path(root) in gens and len(gens) <= 2, gens
    assert all((g / store.META).is_file() for g in gens)


def timed_run(corpus: Path, root: Path, *args: str) -> float:
    started = time.monotonic()
    proc = index_command(corpus, root, *args)
    assert proc.wait(timeout=120) == 0
    return time.monotonic() - started


def test_kill_9_at_random_moments_never_breaks_the_live_index(tmp_path):
    rng = random.Random(SEED)
    corpus = Corpus(tmp_path / "corpus", RELEASES)
    root = tmp_path / "index"
    durations = {"rebuild": timed_run(corpus.path, root, "--rebuild")}
    corpus.change(rng, added=20, changed=10, deleted=5)
    durations["update"] = timed_run(corpus.path, root)
    assert live_count(root) == corpus.count

    outcomes: Counter[str] = Counter()
    orphans: list[int] = []
    try:
        for attempt in range(3 * KILLS):
            if outcomes["killed"] >= KILLS:
                break
            kind = ("rebuild", "update")[attempt % 2]
            workers = 2 if attempt % 5 == 4 else 0
            before = corpus.count
            corpus.change(rng, added=rng.randint(5, 20), changed=10, deleted=rng.randint(0, 4))
            assert corpus.count != before
            args = ("--rebuild",) if kind == "rebuild" else ()
            proc = index_command(corpus.path, root, *args, workers=workers)
            try:
                proc.wait(timeout=durations[kind] * rng.uniform(0.05, 1.1))
                outcomes["finished before the kill"] += 1
            except subprocess.TimeoutExpired:
                orphans += kill_now(proc)
                outcomes["killed"] += 1
            found = live_count(root)
            assert found in {before, corpus.count}, (kind, attempt, before, corpus.count, found)
            outcomes[f"{kind}: {'old' if found == before else 'new'} index live"] += 1
            # the next normal run takes the lock, finishes the job and tidies up
            report = index_corpus(corpus.path, root)
            assert report.documents == corpus.count == live_count(root)
            assert_clean(root)
    finally:
        end_orphans(orphans)
    print(f"\nkill -9: {dict(outcomes)}")
    assert outcomes["killed"] >= KILLS


def _killing(point: str) -> str:
    """A command that runs an index run and kills itself with SIGKILL at ``point``."""
    module, name, when = point.split(":")
    owner, _, attr = name.rpartition(".")
    return f"""
import functools, os, signal
import {module} as module
from indexer.cli import main
owner = module{"." + owner if owner else ""}
real = getattr(owner, "{attr}")
@functools.wraps(real)
def hook(*args, **kwargs):
    if {when == "before"}:
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
setattr(owner, "{attr}", hook)
main()
"""


# Each step of writing and swapping in; "before" kills on entry, "after" once it returned.
STEPS = [
    ("rebuild", "whoosh.writing:SegmentWriter.commit:after"),
    ("rebuild", "indexer.engine.store:finish_generation:before"),
    ("rebuild", "indexer.engine.store:fsync_tree:before"),
    ("rebuild", "indexer.engine.store:fsync_tree:after"),
    ("rebuild", "indexer.engine.store:_fsync_dir:after"),
    ("rebuild", "indexer.engine.store:prune:before"),
    ("rebuild", "shutil:rmtree:after"),
    ("update", "whoosh.index:TOC.write:before"),
    ("update", "whoosh.index:TOC.write:after"),
    ("update", "whoosh.writing:SegmentWriter.commit:after"),
    ("update", "indexer.engine.store:finish_generation:before"),
    ("update", "indexer.engine.store:fsync_tree:before"),
]


@pytest.mark.parametrize(("kind", "point"), STEPS, ids=[f"{k}-{p}" for k, p in STEPS])
def test_kill_9_at_each_step_of_writing_and_swapping(tmp_path, kind, point):
    corpus = Corpus(tmp_path / "corpus", 30)
    root = tmp_path / "index"
    index_corpus(corpus.path, root)
    index_corpus(corpus.path, root, rebuild=True)  # a previous generation, for prune to remove
    before = corpus.count
    corpus.change(random.Random(point), added=6, changed=3, deleted=2)
    cmd = [sys.executable, "-c", _killing(point), "index", "--corpus", str(corpus.path)]
    args = ["--index", str(root), *(["--rebuild"] if kind == "rebuild" else [])]
    env = {**os.environ, "PRESSESUCHE_WORKERS": "0"}
    done = subprocess.run([*cmd, *args], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert live_count(root) in {before, corpus.count}
    report = index_corpus(corpus.path, root)
    assert report.documents == corpus.count == live_count(root)
    assert_clean(root)


def test_worker_processes_end_with_a_killed_index_command(tmp_path):
    corpus = Corpus(tmp_path / "corpus", 200)
    proc = index_command(corpus.path, tmp_path / "index", "--rebuild", workers=2)
    deadline = time.monotonic() + 30
    while len(descendants(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    left = kill_now(proc)
    deadline = time.monotonic() + 20  # a hang guard: they end within a second on an idle machine
    while any(alive(pid) for pid in left) and time.monotonic() < deadline:
        time.sleep(0.1)
    still = [pid for pid in left if alive(pid)]
    end_orphans(still)
    assert still == []


# --- rebuilds under load ---------------------------------------------------------------------


class Load:
    """Client threads sending a steady, bounded stream of API and page requests."""

    def __init__(self, base: str, threads: int = 4) -> None:
        self.base = base
        self.stop = threading.Event()
        self.served = 0
        self.failures: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(threads)]

    def run(self, n: int) -> None:
        k = n
        while not self.stop.is_set():
            path = REQUESTS[k % len(REQUESTS)]
            k += 1
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as resp:
                    resp.read()
                    ok = resp.status == 200
            except (urllib.error.URLError, OSError) as exc:
                ok, path = False, f"{path}: {exc}"
            with self.lock:
                self.served += ok
                if not ok:
                    self.failures.append(path)
            time.sleep(0.005)

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()


def found(base: str, word: str) -> int:
    with urllib.request.urlopen(f"{base}/api/search?q={word}", timeout=30) as resp:
        return json.loads(resp.read())["total"]


def test_rebuilds_under_load_fail_no_request_and_serve_the_new_index(tmp_path):
    corpus = Corpus(tmp_path / "corpus", 60)
    root = tmp_path / "index"
    index_corpus(corpus.path, root)
    app = create_app({"TESTING": True, "INDEX_DIR": str(root)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    serving = threading.Thread(target=server.serve_forever)
    serving.start()
    try:
        with Load(base) as load:
            for step, rebuild in enumerate((True, True, False)):
                marker = f"Stresstestmarke{step}"
                text = f"Neue Mitteilung {step}\n\nDie Stadt meldet das {marker} im Rathaus.\n"
                (corpus.path / f"neu-{step}.txt").write_text(text, "utf-8")
                assert found(base, marker) == 0
                report = index_corpus(corpus.path, root, rebuild=rebuild)
                assert report.rebuilt == rebuild
                assert found(base, marker) == 1  # served right after the swap or commit
        print(f"\nunder load: {load.served} requests served, {len(load.failures)} failed")
        assert load.failures == []
        assert load.served > 50
    finally:
        server.shutdown()
        serving.join()
        server.server_close()
        app.extensions[ENGINE].close()


def test_an_update_reaches_the_disk_before_its_table_of_contents(corpus, tmp_path, monkeypatch):
    # kill -9 cannot show it (the page cache survives); a power loss would: Whoosh never fsyncs.
    root = tmp_path / "index"
    index_corpus(corpus, root)
    events: list[tuple[str, str]] = []
    real_fsync, real_rename = os.fsync, os.rename

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def rename(src, dst, **kwargs) -> None:
        events.append(("rename", str(dst)))
        real_rename(src, dst, **kwargs)

    before = set(store.live_path(root).iterdir())
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "rename", rename)
    (corpus / "neu.txt").write_text(release_text(1), "utf-8")
    assert index_corpus(corpus, root).added == 1
    toc = next(i for i, (kind, name) in enumerate(events) if kind == "rename" and ".toc" in name)
    synced = {name for kind, name in events[:toc] if kind == "fsync"}
    written = set(store.live_path(root).iterdir()) - before  # the new segment's files
    segments = {str(path) for path in written if path.suffix not in (".toc", ".json")}
    assert segments and segments <= synced


def test_a_killed_worker_does_not_stop_the_run(tmp_path, monkeypatch):
    """When a worker process dies, its chunk and the rest are prepared in the main process."""
    corpus = Corpus(tmp_path / "corpus", 300)
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "2")
    outcome: dict = {}

    def run() -> None:
        outcome["report"] = index_corpus(corpus.path, tmp_path / "index")

    thread = threading.Thread(target=run)
    thread.start()
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while thread.is_alive() and time.monotonic() < deadline:
        # the pool's workers are the grandchildren of this process (children of the forkserver)
        workers = [p for c in descendants(os.getpid()) for p in descendants(c)]
        if workers:
            break
        time.sleep(0.01)
    assert workers, "no worker process seen"
    os.kill(workers[0], signal.SIGKILL)
    thread.join(120)
    assert outcome["report"].documents == corpus.count == live_count(tmp_path / "index")
