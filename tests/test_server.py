"""The production server in several processes (webapp/server.py): a real server started in a
subprocess with ``serve --production --workers 2``, reached over HTTP on the loopback."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from indexer import config
from indexer.build.indexing import index_corpus
from indexer.engine import store
from tests.conftest import ROOT, copy_seeds
from webapp import server as serving
from webapp.server import WORKER_HEADER

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork")

WAIT = 60.0  # hang guard only: the server answers in a few seconds
TRIES = 300  # requests sent at most until each worker has answered

NEW_RELEASE = """\
## Landesmeisterschaft im Zauberwürfeln in Bielefeld

Das Ministerium für Kultur teilt mit: Die Landesmeisterschaft im Zauberwürfeln findet am
3. März 2013 in Bielefeld statt. „Wir freuen uns auf viele junge Talente“, sagte Anna Beispiel.
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, str, dict]:
    """One request on a fresh connection: status, answering worker's pid, JSON body."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        return response.status, response.getheader(WORKER_HEADER) or "", json.loads(body)
    finally:
        conn.close()


def _children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()  # after the command name, which may hold spaces
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def _until(check, what: str):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"not within {WAIT:g} s: {what}")


def _answers_from_each(port: int, path: str, workers: set[str]) -> list[tuple[int, str, dict]]:
    """Send requests four at a time until every worker in ``workers`` has answered one."""
    answers: list[tuple[int, str, dict]] = []
    with ThreadPoolExecutor(4) as pool:
        while len(answers) < TRIES:
            answers += pool.map(lambda _: _get(port, path), range(4))
            if workers <= {pid for _, pid, _ in answers}:
                return answers
    raise AssertionError(f"{TRIES} requests did not reach every worker: {answers[-4:]}")


@contextlib.contextmanager
def _serving(index: Path, log_path: Path):
    """``serve --production --workers 2`` on ``index``; yields (process, port) once both
    workers run and one answers."""
    port = _free_port()
    log = log_path.open("w")
    cmd = [sys.executable, "-m", "indexer.cli", "serve", "--production", "--workers", "2"]
    cmd += ["--index", str(index), "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)

    def up():
        try:
            return _get(port, "/api/search?q=Integration")[0] in (200, 503)
        except OSError:
            assert server.poll() is None, log_path.read_text()
            return False

    try:
        _until(up, "the server answers")
        _until(lambda: len(_children(server.pid)) == 2, "two workers run")
        yield server, port
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(WAIT)
        log.close()


@pytest.fixture
def served(tmp_path: Path):
    """A production server with two workers on a fresh index; yields (process, port, corpus,
    index)."""
    corpus = copy_seeds(tmp_path / "corpus")
    index = tmp_path / "index"
    index_corpus(corpus, index)
    with _serving(index, tmp_path / "serve.log") as (server, port):
        yield server, port, corpus, index


def test_two_workers_answer_requests_side_by_side(served):
    server, port, _, _ = served
    workers = {str(pid) for pid in _children(server.pid)}
    answers = _answers_from_each(port, "/api/search?q=Integration", workers)
    assert {status for status, _, _ in answers} == {200}
    assert {pid for _, pid, _ in answers} == workers
    assert len({data["total"] for _, _, data in answers}) == 1  # one index, one answer


def test_kept_alive_connections_spread_over_the_workers(served):
    """Clients that keep their connection open, opened one after the other, are answered by
    both workers, and each connection stays with its worker."""
    server, port, _, _ = served
    workers = {str(pid) for pid in _children(server.pid)}
    _answers_from_each(port, "/api/search?q=Integration", workers)  # both warm and accepting
    owners: list[str] = []
    for _ in range(3):  # rounds of four: a worker starved of the CPU may let one round go by
        time.sleep(1.1)  # the connection counts the workers publish cover the last second
        connections = [
            http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT) for _ in range(4)
        ]
        try:
            round_owners = []
            for conn in connections:
                conn.request("GET", "/api/search?q=Integration")
                response = conn.getresponse()
                response.read()
                round_owners.append(response.getheader(WORKER_HEADER))
            for conn, owner in zip(connections, round_owners, strict=True):
                conn.request("GET", "/api/search?q=Kaykin")  # each connection stays with its worker
                response = conn.getresponse()
                response.read()
                assert response.getheader(WORKER_HEADER) == owner
        finally:
            for conn in connections:
                conn.close()
        owners += round_owners
        if set(round_owners) == workers:  # two each as a rule
            break
    assert set(owners) == workers


def test_a_worker_takes_a_new_connection_only_when_no_other_has_fewer():
    board = serving.Board(3)
    open_ = [0, 0, 0]
    gates = [
        board.gate(slot, lambda slot=slot: open_[slot], lambda: True, lambda: True)
        for slot in range(3)
    ]

    def turns(slots=(0, 1, 2)) -> list[bool]:
        for slot in slots:  # every worker publishes its count on each pass of its loop
            gates[slot]()
        return [gates[slot]() for slot in slots]

    assert turns() == [True, True, True]  # all idle: any may accept
    open_[0] = 1
    assert turns() == [False, True, True]
    open_[1] = open_[2] = 1
    assert turns() == [True, True, True]
    open_[2] = 5
    board.close(1)  # a worker that died or stopped is not waited for
    assert turns((0, 2)) == [True, False]


def test_a_connection_left_waiting_too_long_is_taken_by_a_busier_worker():
    """The worker with fewer connections may be too busy to accept: the other one takes a
    waiting connection after ``DEFER_SECONDS``, counted from when it saw it waiting."""
    board = serving.Board(2)
    waiting = [False]
    gate = board.gate(0, lambda: 3, lambda: True, lambda: waiting[0])
    board.counts[1] = 0
    assert gate() is False
    time.sleep(serving.DEFER_SECONDS * 2)  # nothing waited meanwhile: no head start
    waiting[0] = True
    assert gate() is False
    time.sleep(serving.DEFER_SECONDS * 2)
    assert gate() is True
    assert gate() is False  # and then waits again


def test_a_killed_worker_is_replaced_and_the_other_answers_meanwhile(served, tmp_path):
    server, port, _, _ = served
    victim, survivor = sorted(_children(server.pid))
    os.kill(victim, signal.SIGKILL)
    status, pid, _ = _get(port, "/api/search?q=Kaykin")  # the other one answers meanwhile
    assert status == 200 and int(pid) != victim

    def replaced():
        kids = _children(server.pid)
        return kids - {survivor} if len(kids) == 2 and victim not in kids else None

    newcomer = _until(replaced, "a new worker replaces the killed one")
    answers = _answers_from_each(port, "/api/search?q=Kaykin", {str(survivor), *map(str, newcomer)})
    assert {status for status, _, _ in answers} == {200}
    assert "wird neu gestartet" in (tmp_path / "serve.log").read_text()


def test_sigterm_stops_the_server_and_its_workers(served, tmp_path):
    server, port, _, _ = served
    workers = _children(server.pid)
    server.send_signal(signal.SIGTERM)
    assert server.wait(WAIT) == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()
    with pytest.raises(OSError):
        _get(port, "/api/search?q=Integration")
    log = (tmp_path / "serve.log").read_text()
    assert "2 Arbeitsprozesse" in log and "Traceback" not in log


def test_a_rebuild_while_serving_is_read_by_every_worker(served):
    server, port, corpus, index = served
    workers = {str(pid) for pid in _children(server.pid)}
    path = "/api/search?q=Zauberw%C3%BCrfeln"
    before = _answers_from_each(port, path, workers)
    assert {data["total"] for _, _, data in before} == {0}
    (corpus / "900_zauberwuerfel.txt").write_text(NEW_RELEASE, encoding="utf-8")
    index_corpus(corpus, index, rebuild=True)
    after = _answers_from_each(port, path, workers)
    assert {data["total"] for _, _, data in after} == {1}  # no worker answers from the old state


def test_every_worker_answers_503_for_a_damaged_index_and_it_is_named_once(tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    index = tmp_path / "index"
    index_corpus(corpus, index)
    segment = max((index / store.CURRENT).glob("*.trm"), key=lambda p: p.stat().st_size)
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    log = tmp_path / "serve.log"
    with _serving(index, log) as (server, port):
        workers = {str(pid) for pid in _children(server.pid)}
        answers = _answers_from_each(port, "/api/search?q=Kaykin", workers)
    assert {status for status, _, _ in answers} == {503}
    assert {data["error"] for _, _, data in answers} == {store.IndexDamaged.public}
    text = log.read_text()
    assert text.count("Achtung") == 1 and "beschädigt" in text and "Traceback" not in text


def test_a_worker_that_keeps_dying_stops_the_server(tmp_path):
    """A worker that fails right after each start is not forked forever: the supervisor gives
    up with exit code 1 and says why."""
    script = textwrap.dedent(
        """
        import os
        from webapp import server
        server.MAX_QUICK_DEATHS = 2
        supervisor = server.Supervisor(2, lambda slot: os._exit(3))
        raise SystemExit(supervisor.run())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=WAIT
    )
    assert done.returncode == 1
    assert "direkt nach dem Start" in done.stderr and "Code 3" in done.stderr


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), (" 2 ", 2), ("0", 1), ("", None), ("zwei", None), ("-1", None)],
    ids=["three", "spaces", "zero-means-one", "unset", "word", "negative"],
)
def test_workers_setting(monkeypatch, value, expected):
    monkeypatch.setenv("PRESSESUCHE_SERVER_WORKERS", value)
    assert config.server_workers() == (expected or config.cores())


def test_workers_without_production_is_a_usage_error(seed_index):
    from click.testing import CliRunner

    from indexer.cli import main

    result = CliRunner().invoke(main, ["serve", "--index", str(seed_index), "--workers", "2"])
    assert result.exit_code == 2 and "--production" in result.output
