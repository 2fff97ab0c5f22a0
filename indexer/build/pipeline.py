"""Preparing releases and writing them, in worker processes when the corpus is large.

Each worker repairs the releases of the chunks it is sent, extracts their facets and keeps them
(pickled in a temporary file). The main process sees each release, decides in corpus order what
is written (exact duplicates once, unique ids, persons linked across releases: once all are
prepared) and sends the decisions back; the worker then analyses the release and adds it to a
Whoosh segment of its own. At the end every worker closes its segment and the main writer's
commit lists them all, as Whoosh's multisegment ``MpWriter`` does: adding and sorting the
postings runs on every core, not in one writer. At most a bounded number of chunks is in flight,
so memory stays flat.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import pickle
import queue
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from indexer.build.release import prepare, to_records
from indexer.config import writer_mb
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.postings import field_postings, joined_postings, span_postings
from indexer.engine.writer import Writer
from indexer.model import Release
from indexer.text.corpus import Skip, SourceFile, SourceRecord, read_source
from indexer.text.repair import UndecodableError

CHUNK = 8  # records per task: fewer round trips between the processes
IN_FLIGHT = 16  # chunks per worker sent ahead of the main process
WRITES = 16  # decisions sent to a worker at once
PARALLEL_BYTES = 2 * 1024 * 1024  # smaller corpora are prepared in the main process
POLL = 1.0  # seconds between checks that the workers are alive
# A worker allocates a few thousand objects per release (matches, tokens, postings) and frees
# them by reference counting: preparing 3,000 bench releases left 6 objects in reference cycles
# (tests/test_indexing.py checks the seeds leave none). Yet the collector walked the survivors
# (held releases, caches of analysed words) again and again: 0.5 s of 28 s even at thresholds of
# (50000, 20, 100), 2 s at Python's (2000, 10, 10). A worker, which lives for one run, collects
# nothing.

# messages between the main process and its workers
PREPARE, PREPARED, WRITE, FINISH, SEGMENT, FAILED = range(6)


@dataclass
class PreparedFile:
    """One corpus file after preparation: its releases and what was skipped."""

    source: SourceFile
    releases: list[Release] = field(default_factory=list)
    read_skips: list[Skip] = field(default_factory=list)
    failed: list[Skip] = field(default_factory=list)


class WorkerLost(Exception):
    """A worker process died or failed; what it held is lost and the run must be redone."""


def workers_for(files: list[SourceFile]) -> int:
    """Choose the number of worker processes: ``PRESSESUCHE_WORKERS`` or one per core."""
    configured = os.environ.get("PRESSESUCHE_WORKERS", "")
    if configured.isdecimal():
        return int(configured)
    size = 0
    for src in files:
        try:
            size += src.path.stat().st_size
        except OSError:
            continue
        if size >= PARALLEL_BYTES:
            return os.cpu_count() or 1
    return 0


def pre_analyse(release: Release) -> Release:
    """Run the German analysis of the release's text fields now, so the writer need not.

    The exact field and the quotes reuse the token matches of the title and body."""
    schema = _schema()
    title, body, boilerplate = release.title, release.body, release.boilerplate
    title = "" if release.title_from_text else title  # its words are the body's first line
    analysed = {
        name: field_postings(schema[name], text)
        for name, text in ((f.TITLE, title), (f.BODY, body))
        if text
    }
    analysed[f.EXACT] = joined_postings(schema[f.EXACT], (title, body) if title else (body,))
    if boilerplate:
        analysed[f.BOILERPLATE] = field_postings(schema[f.BOILERPLATE], boilerplate)
    release.analysed = {name: f.PreAnalysed(items) for name, items in analysed.items()}
    quote = schema[f.QUOTE]
    release.analysed_quotes = [
        f.PreAnalysed(
            span_postings(quote, body, q["start"], q["end"])
            if body[q["start"] : q["end"]] == q["text"]
            else field_postings(quote, q["text"])
        )
        for q in release.quotes
    ]
    return release


def analysed(release: Release) -> Release:
    """The release with the postings of its text fields (``pre_analyse``, if not done yet)."""
    return release if release.analysed else pre_analyse(release)


class Held:
    """Prepared releases waiting to be written, pickled to an unnamed temporary file: memory
    stays flat when a run holds all its releases until their persons are linked."""

    def __init__(self) -> None:
        self._file = None
        self._at: dict[object, int] = {}

    def put(self, key: object, release: Release) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by ``close``)
        self._at[key] = self._file.seek(0, os.SEEK_END)
        pickle.dump(release, self._file, pickle.HIGHEST_PROTOCOL)

    def take(self, key: object) -> Release:
        self._file.seek(self._at.pop(key))
        return pickle.load(self._file)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._at.clear()


_SCHEMA = None


def _schema():
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = f.build_schema()
    return _SCHEMA


class TimedOut(Skip):
    """A release whose preparation took longer than the bound (remembered by its file's digest)."""


class _Overtime(BaseException):
    """Raised by the timer while a release is prepared (no ``except Exception`` stops it)."""


def _overtime(signum, frame) -> None:
    raise _Overtime


@contextmanager
def _bounded(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (a real-time timer; the regex engine checks for it).

    Only the main thread of a process receives the signal: elsewhere, and with 0, no bound."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def overtime_reason(seconds: float) -> str:
    """Say in German why a release was skipped for taking too long."""
    return (
        f"Zeitlimit überschritten: die Aufbereitung dauerte länger als {seconds:g} s "
        "(PRESSESUCHE_DOC_SECONDS); wird erst wieder versucht, wenn sich die Datei ändert"
    )


REMEMBERED = (
    "beim letzten Lauf nach dem Zeitlimit abgebrochen; unverändert, daher nicht erneut versucht"
)


def _work(items: list, seconds: float = 0) -> list:
    out = []
    for item in items:
        if isinstance(item, SourceRecord):
            try:
                with _bounded(seconds):
                    release = prepare(item)  # analysed when written (``analysed``)
                out.append(release)
            except _Overtime:
                out.append(TimedOut(item.path, overtime_reason(seconds)))
            except UndecodableError as exc:
                out.append(Skip(item.path, f"nicht lesbar: {exc}"))
            except Exception as exc:  # one bad document must not stop the run
                out.append(Skip(item.path, f"Verarbeitung fehlgeschlagen: {exc!r}"[:300]))
        else:
            out.append(item)
    return out


@dataclass(frozen=True)
class Bounds:
    """What one document may cost, and the releases that took too long before (path -> digest
    of their file): those are skipped unread while their file is unchanged."""

    max_bytes: int
    seconds: float = 0
    timed_out: dict[str, str] = field(default_factory=dict)


def _stream(files: list[SourceFile], bounds: Bounds) -> Iterator[list]:
    """Yield chunks of source records; a file's end is marked by its ``PreparedFile``."""
    chunk: list = []
    for src in files:
        records, skips = read_source(src, bounds.max_bytes)
        for record in records:
            if bounds.timed_out.get(record.path) == src.digest:
                chunk.append(TimedOut(record.path, REMEMBERED))
                continue
            chunk.append(record)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        chunk.append(PreparedFile(src, read_skips=skips))
    if chunk:
        yield chunk


def _by_file(items: Iterator) -> Iterator[PreparedFile]:
    """Group prepared releases and skips into their files, in corpus order."""
    releases: list[Release] = []
    failed: list[Skip] = []
    for item in items:
        if isinstance(item, Release):
            releases.append(item)
        elif isinstance(item, Skip):
            failed.append(item)
        else:
            item.releases, item.failed = releases, failed
            yield item
            releases, failed = [], []


def prepare_files(files: list[SourceFile], bounds: Bounds | int) -> Iterator[PreparedFile]:
    """Read and prepare the corpus files in order, in this process (``bounds``: or a size cap)."""
    bounds = Bounds(bounds) if isinstance(bounds, int) else bounds
    chunks = _stream(files, bounds)
    return _by_file(item for chunk in chunks for item in _work(chunk, bounds.seconds))


# ---- worker processes ----------------------------------------------------------------------


def _watch_parent(parent: int) -> None:
    """End this worker when the index command that started it is gone (even after kill -9)."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class _Worker:
    """The state of one worker process: the releases it holds and its segment writer."""

    def __init__(self, number: int, index: str, pool_mb: int, seconds: float = 0) -> None:
        self.number = number
        self.index = index
        self.pool_mb = pool_mb
        self.seconds = seconds
        self.held = Held()
        self.writer: Writer | None = None
        self.count = 0

    def prepare(self, items: list) -> list:
        out = []
        for item in _work(items, self.seconds):
            if isinstance(item, Release):
                self.count += 1
                self.held.put(self.count, item)
                item = dataclasses.replace(item, held_by=(self.number, self.count))
            out.append(item)
        return out

    def write(self, decisions: list) -> None:
        for number, digest, decided in decisions:
            release = self.held.take(number)
            if decided is None:  # not written: a duplicate
                continue
            release.id, release.persons, speakers, release.first_indexed, release.links = decided
            for quote, speaker in zip(release.quotes, speakers, strict=True):
                quote["speaker"] = speaker
            if self.writer is None:
                ix = store.open_for_update(Path(self.index))
                self.writer = Writer(ix, _lk=False, limitmb=self.pool_mb, compound=False)
            for record in to_records(pre_analyse(release), digest):
                self.writer.add_document(**record)

    def finish(self):
        """Close the segment; return it for the main writer's commit (None: nothing written)."""
        self.held.close()
        return None if self.writer is None else self.writer.close_segment()


def _serve(
    number: int, index: str, pool_mb: int, seconds: float, inbox, outbox, parent: int
) -> None:
    """The loop of a worker process: prepare, write and finish as the main process says."""
    _watch_parent(parent)
    gc.disable()  # see the note at the top
    worker = _Worker(number, index, pool_mb, seconds)
    try:
        while (message := inbox.get()) is not None:
            kind, payload = message
            if kind == PREPARE:
                seq, items = payload
                outbox.put((PREPARED, number, (seq, worker.prepare(items))))
            elif kind == WRITE:
                worker.write(payload)
            elif kind == FINISH:
                outbox.put((SEGMENT, number, worker.finish()))
    except BaseException as exc:  # reported, so the main process redoes the run without workers
        outbox.put((FAILED, number, f"{exc!r}"[:300]))


class Workers:
    """Worker processes that prepare releases and write the ones the main process keeps.

    ``prepare_files`` yields releases whose postings stay with the worker that made them; each
    must then be passed to ``write`` or ``drop``, and ``finish`` returns the workers' segments.
    """

    def __init__(self, count: int, index: Path, seconds: float = 0) -> None:
        context = multiprocessing.get_context("forkserver")
        pool_mb = writer_mb(count)  # the pools of all workers share the machine's memory
        self.outbox = context.Queue()
        self.inboxes = [context.Queue() for _ in range(count)]
        self.processes = [
            context.Process(
                target=_serve,
                args=(number, str(index), pool_mb, seconds, inbox, self.outbox, os.getpid()),
                daemon=True,
            )
            for number, inbox in enumerate(self.inboxes)
        ]
        for process in self.processes:
            process.start()
        self.busy = [0] * count  # chunks sent to each worker and not yet back
        self.decisions: list[list] = [[] for _ in range(count)]

    def prepare_files(self, files: list[SourceFile], bounds: Bounds) -> Iterator[PreparedFile]:
        """Read the corpus files and have them prepared; yield them in corpus order."""
        return _by_file(self._prepared(_stream(files, bounds)))

    def _prepared(self, chunks: Iterator[list]) -> Iterator:
        done: dict[int, list] = {}
        sent = next_seq = 0
        for chunk in chunks:
            number = self.busy.index(min(self.busy))  # the least busy worker
            self.inboxes[number].put((PREPARE, (sent, chunk)))
            self.busy[number] += 1
            sent += 1
            while sent - next_seq >= len(self.inboxes) * IN_FLIGHT:
                yield from self._result(done, next_seq)
                next_seq += 1
        while next_seq < sent:
            yield from self._result(done, next_seq)
            next_seq += 1

    def _result(self, done: dict[int, list], seq: int) -> list:
        while seq not in done:
            number, (got, items) = self._receive(PREPARED)
            self.busy[number] -= 1
            done[got] = items
        return done.pop(seq)

    def _receive(self, expected: int):
        while True:
            try:
                kind, number, payload = self.outbox.get(timeout=POLL)
            except queue.Empty:
                if not all(process.is_alive() for process in self.processes):
                    raise WorkerLost("Ein Arbeitsprozess ist abgebrochen.") from None
                continue
            if kind == FAILED:
                raise WorkerLost(f"Ein Arbeitsprozess ist gescheitert: {payload}")
            assert kind == expected, (kind, expected)
            return number, payload

    def write(self, release: Release, digest: str) -> None:
        """Have the worker holding ``release`` add it, as decided here, to its segment."""
        speakers = [quote.get("speaker") for quote in release.quotes]
        decided = (release.id, release.persons, speakers, release.first_indexed, release.links)
        self._decide(release, (digest, decided))

    def drop(self, release: Release) -> None:
        """Tell the worker holding ``release`` that it is not written."""
        self._decide(release, (None, None))

    def _decide(self, release: Release, decision: tuple) -> None:
        number, held = release.held_by
        pending = self.decisions[number]
        pending.append((held, *decision))
        if len(pending) >= WRITES:
            self._flush(number)

    def _flush(self, number: int) -> None:
        if self.decisions[number]:
            self.inboxes[number].put((WRITE, self.decisions[number]))
            self.decisions[number] = []

    def finish(self) -> list:
        """Have every worker close its segment; return the segments for the commit."""
        for number, inbox in enumerate(self.inboxes):
            self._flush(number)
            inbox.put((FINISH, None))
        segments = dict(self._receive(SEGMENT) for _ in self.inboxes)
        return [segments[n] for n in sorted(segments) if segments[n] is not None]

    def close(self, failed: bool = False) -> None:
        """End the worker processes: when they are done, or at once if the run failed."""
        for inbox in self.inboxes:
            inbox.put(None)
        for process in self.processes:
            process.join(timeout=0 if failed else 10)
            if process.is_alive():
                process.kill()
                process.join()
        for box in (self.outbox, *self.inboxes):
            box.close()
            box.cancel_join_thread()
        # Free the queues' semaphores now: left to the cyclic collector, their finalizers may
        # run inside the resource tracker of the next run's queues, which Python 3.13 refuses
        # with a warning ("ResourceTracker called reentrantly").
        self.processes, self.inboxes, self.outbox = [], [], None
        gc.collect()


@contextmanager
def running(count: int, index: Path, seconds: float = 0) -> Iterator[Workers | None]:
    """Run ``count`` workers writing into the index at ``index`` (none: yield None)."""
    if count <= 0:
        yield None
        return
    workers = Workers(count, index, seconds)
    try:
        yield workers
    except BaseException:
        workers.close(failed=True)
        raise
    workers.close()
