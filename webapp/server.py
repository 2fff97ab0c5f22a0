"""The production server: waitress in several worker processes on one listening socket.

One Python process answers one search at a time however many threads it has (the GIL), so on a
machine with several cores the parent binds the socket and forks ``workers`` processes, each
running waitress with its own app, engine, searcher pool and caches on the inherited socket; a
new connection goes to the worker with the fewest open ones (``Board``). The parent only
supervises: it restarts a worker that died, forwards SIGTERM/SIGINT and waits for the workers
to finish what they answer. Each
worker notices a new index generation on its own, at its next request, as one process does.
Where ``os.fork`` is missing (Windows) the server runs in one process.
"""

from __future__ import annotations

import errno
import mmap
import os
import select
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

WORKER_HEADER = "X-Pressesuche-Worker"  # the pid of the process that answered
THREADS = 8  # per process: slow clients and waiting reads do not hold up the others
STOP_SECONDS = 10.0  # a worker still running this long after SIGTERM is killed
QUICK_DEATH_SECONDS = 5.0  # a worker that dies sooner after its start counts as failing
MAX_QUICK_DEATHS = 5  # … this often in a row: the server stops instead of forking forever
POLL_SECONDS = 0.2
DEFER_SECONDS = 0.25  # a worker with more connections than another waits this long at most
LOOK_SECONDS = 0.05  # … and wakes this often to see whether it is its turn
BUSY_SECONDS = 1.0  # a connection that was read from or written to since counts as busy
STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def can_fork() -> bool:
    """Whether this platform runs several worker processes."""
    return hasattr(os, "fork") and sys.platform != "win32"


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind and listen on ``host:port`` (IPv6 for an address with a colon)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=1024)


def tagged(app: Callable) -> Callable:
    """The WSGI app answering with the pid of its process in a header (for tests and logs)."""
    header = (WORKER_HEADER, str(os.getpid()))

    def wsgi(environ, start_response):
        def start(status, headers, exc_info=None):
            return start_response(status, [*headers, header], exc_info)

        return app(environ, start)

    return wsgi


class Board:
    """The busy connections of each worker, in memory shared across the fork.

    All workers wait on the one socket, and the kernel wakes them all for a new connection: the
    same one tends to win, and a kept-alive connection stays where it was accepted, so four
    clients could all end up in one process. Here a worker takes a new connection only while no
    other has fewer busy ones (least connections, as a proxy balances), or when the connection has
    waited ``DEFER_SECONDS`` for another worker to take it.
    """

    CLOSED = 1 << 62  # a worker that is not (yet) accepting

    def __init__(self, workers: int) -> None:
        self._memory = mmap.mmap(-1, 8 * workers)
        self.counts = memoryview(self._memory).cast("q")
        for slot in range(workers):
            self.counts[slot] = self.CLOSED

    def close(self, slot: int) -> None:
        """Mark a worker as not accepting (it stopped or died)."""
        self.counts[slot] = self.CLOSED

    def gate(
        self,
        slot: int,
        connections: Callable[[], int],
        readable: Callable[[], bool],
        pending: Callable[[], bool],
    ):
        """Wrap the listening socket's ``readable`` of worker ``slot``; ``pending`` tells
        whether a connection waits to be accepted."""
        deferred: float | None = None  # since when a waiting connection was left to the others

        def gated() -> bool:
            nonlocal deferred
            mine = connections()
            self.counts[slot] = mine  # written by this worker only; read by the others
            if not readable():
                return False
            if mine <= min(self.counts):
                deferred = None
                return True
            if not pending():
                deferred = None
                return False
            now = time.monotonic()
            deferred = deferred or now
            if now - deferred > DEFER_SECONDS:
                deferred = None
                return True
            return False

        return gated


def serve_waitress(
    app: Callable,
    sock: socket.socket,
    threads: int = THREADS,
    board: Board | None = None,
    slot: int = 0,
) -> None:
    """Run waitress on an already bound socket until SIGTERM or SIGINT (then answer what was
    accepted and return); with a ``board``, take turns with the other workers."""
    from waitress.server import create_server

    def stop(_signum, _frame):
        raise SystemExit(0)  # waitress's loop ends and its threads finish their requests

    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)
    server = create_server(tagged(app), sockets=[sock], threads=threads)
    if board is not None:
        waiting = select.poll()
        waiting.register(sock, select.POLLIN)
        server.readable = board.gate(
            slot,
            partial(_busy, server.active_channels),
            server.readable,
            lambda: bool(waiting.poll(0)),
        )
        # a worker that left the socket to the others looks again this often, not once a second
        # (waitress's loop asks ``readable`` each time it wakes, which an idle worker seldom does)
        server.adj.asyncore_loop_timeout = LOOK_SECONDS
    try:
        server.run()
    finally:
        if board is not None:
            board.close(slot)


def serve_production(
    make_app: Callable[[int], Callable],
    sock: socket.socket,
    workers: int,
    say: Callable[[str], None] | None = None,
    threads: int = THREADS,
) -> int:
    """Serve ``make_app(slot)`` on ``sock`` in ``workers`` processes (one where fork is
    missing) of ``threads`` threads each; returns the exit code once stopped."""
    if workers <= 1 or not can_fork():
        serve_waitress(make_app(0), sock, threads)
        return 0
    board = Board(workers)

    def run_worker(slot: int) -> None:
        serve_waitress(make_app(slot), sock, threads, board, slot)

    supervisor = Supervisor(workers, run_worker, on_exit=board.close)
    if say is not None:
        supervisor.say = say
    return supervisor.run()


@dataclass
class Supervisor:
    """Fork ``workers`` processes running ``run_worker(slot)``; keep them running until told
    to stop."""

    workers: int
    run_worker: Callable[[int], None]
    say: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)
    children: dict[int, int] = field(default_factory=dict)  # pid -> slot
    started: dict[int, float] = field(default_factory=dict)  # slot -> start time
    quick_deaths: dict[int, int] = field(default_factory=dict)  # slot -> in a row
    on_exit: Callable[[int], None] = lambda slot: None  # told the slot of a worker that ended
    stopping: int | None = None  # the signal that asked to stop
    failed: bool = False

    def spawn(self, slot: int) -> int:
        """Fork one worker for ``slot``; in the child, run it and exit."""
        sys.stdout.flush()
        sys.stderr.flush()
        # no stop signal between the fork and the bookkeeping of either side: the parent would
        # miss the new child, the child would run the parent's handler on its siblings
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        pid = os.fork()
        if pid == 0:  # the child never returns into the parent's code
            code = 0
            try:
                self.children.clear()
                for signum in STOP_SIGNALS:
                    signal.signal(signum, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
                _leave_with_parent(os.getppid())
                self.run_worker(slot)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
        self.children[pid] = slot
        self.started[slot] = time.monotonic()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
        return pid

    def stop(self, signum: int, _frame=None) -> None:
        """Ask every worker to finish (signal handler for SIGTERM and SIGINT)."""
        if self.stopping is None:
            self.stopping = signum
        for pid in list(self.children):
            _signal(pid, signal.SIGTERM)

    def run(self) -> int:
        """Start the workers, restart the ones that die, stop them all on SIGTERM or SIGINT.
        Returns the exit code: 0 after a requested stop, 1 when workers kept failing."""
        previous = {s: signal.signal(s, self.stop) for s in STOP_SIGNALS}
        restart_at: dict[int, float] = {}  # slot -> when to fork it again
        deadline = None
        try:
            for slot in range(self.workers):
                self.spawn(slot)
            while self.children or (restart_at and self.stopping is None):
                if self.stopping is not None:
                    deadline = deadline or time.monotonic() + STOP_SECONDS
                    if time.monotonic() > deadline:
                        for pid in list(self.children):
                            _signal(pid, signal.SIGKILL)
                pid, status = _reap()
                if pid == 0:
                    now = time.monotonic()
                    for slot, when in list(restart_at.items()):
                        if self.stopping is None and now >= when:
                            del restart_at[slot]
                            self.spawn(slot)
                    time.sleep(POLL_SECONDS)
                    continue
                slot = self.children.pop(pid, None)
                if slot is not None:
                    self.on_exit(slot)
                if slot is None or self.stopping is not None:
                    continue
                delay = self._died(slot, pid, status)
                if delay is None:
                    self.failed = True
                    self.stop(signal.SIGTERM)
                else:
                    restart_at[slot] = time.monotonic() + delay
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        return 1 if self.failed else 0

    def _died(self, slot: int, pid: int, status: int) -> float | None:
        """Report a worker that died unasked; how long to wait before forking it again, or
        None when it keeps dying right after its start."""
        how = (
            f"Signal {os.WTERMSIG(status)}"
            if os.WIFSIGNALED(status)
            else f"Code {os.WEXITSTATUS(status)}"
        )
        quick = time.monotonic() - self.started.get(slot, 0) < QUICK_DEATH_SECONDS
        self.quick_deaths[slot] = self.quick_deaths.get(slot, 0) + 1 if quick else 0
        if self.quick_deaths[slot] >= MAX_QUICK_DEATHS:
            self.say(
                f"Arbeitsprozess {pid} ist {MAX_QUICK_DEATHS}-mal direkt nach dem Start beendet "
                f"worden ({how}); der Server hält an."
            )
            return None
        self.say(f"Arbeitsprozess {pid} wurde beendet ({how}) und wird neu gestartet.")
        return min(2.0 ** self.quick_deaths[slot] - 1, 30.0)


def _busy(channels: dict) -> int:
    """The connections of a waitress server that were used in the last ``BUSY_SECONDS``
    (a kept-alive connection that waits for its next request costs nothing)."""
    recent = time.time() - BUSY_SECONDS  # waitress stamps channels with time.time()
    return sum(1 for channel in list(channels.values()) if channel.last_activity > recent)


def _reap() -> tuple[int, int]:
    """One finished child (pid, status), or (0, 0) when none has finished."""
    try:
        return os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return 0, 0


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
    except OSError as exc:  # pragma: no cover - not ours to signal
        if exc.errno != errno.EPERM:
            raise


def _leave_with_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed without a chance to stop it), so that
    no orphan keeps answering on the port."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
