"""Preparing releases and writing them, in worker processes when the corpus is large.

Each worker repairs the releases of the chunks it is sent, extracts their facets and keeps them
(pickled in a temporary file). The main process sees each release, decides in corpus order what
is written (exact duplicates once, unique ids, persons linked across releases: once all are
prepared) and sends the decisions back; the worker then analyses the release and adds it to a
Whoosh segment of its own. At the end every worker closes its segment and the main writer's
commit lists them all, as Whoosh's multisegment ``MpWriter`` does: adding and sorting the
postings runs on every core, not in one writer. At most a bounded number of chunks is in flight,
so memory stays flat. The OpenSearch build runs the same workers with a ``Target`` instead of a
folder: each worker sends the releases it wrote in bulk requests of its own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import gc
import multiprocessing
import os
import pickle
import queue
import signal
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import NamedTuple

from indexer.build.release import prepare, to_records
from indexer.config import writer_mb
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.postings import field_postings, joined_postings, span_postings
from indexer.engine.stored import link_cues_of
from indexer.engine.writer import Writer
from indexer.extraction import tables
from indexer.model import Release
from indexer.text.corpus import Skip, SourceFile, SourceRecord, read_source
from indexer.text.corpus import digest as digest_of
from indexer.text.repair import UndecodableError

CHUNK = 8  # records per task: fewer round trips between the processes
IN_FLIGHT = 16  # chunks per worker sent ahead of the main process
WRITES = 16  # decisions sent to a worker at once
PARALLEL_BYTES = 2 * 1024 * 1024  # smaller corpora are prepared in the main process
POLL = 1.0  # seconds between checks that the workers are alive
PIPE_BYTES = 1 << 20  # the pipe a worker answers through (Linux's limit for everyone)
# A worker allocates a few thousand objects per release (matches, tokens, postings) and frees
# them by reference counting: preparing 3,000 bench releases left 6 objects in reference cycles
# (tests/test_indexing.py checks the seeds leave none). Yet the collector walked the survivors
# (held releases, caches of analysed words) again and again: 0.5 s of 28 s even at thresholds of
# (50000, 20, 100), 2 s at Python's (2000, 10, 10). A worker, which lives for one run, collects
# nothing.

# messages between the main process and its workers
PREPARE, PREPARED, WRITE, FINISH, SEGMENT, FAILED, REPLAY = range(7)


@dataclass
class PreparedFile:
    """One corpus file after preparation: its releases and what was skipped."""

    source: SourceFile
    releases: list[Release] = field(default_factory=list)
    read_skips: list[Skip] = field(default_factory=list)
    failed: list[Skip] = field(default_factory=list)


class Decision(NamedTuple):
    """What the main process decided for a release a worker holds: it is written with this id,
    these persons and quote speakers (as the release names them), this first-indexed time and
    these links across the index (``Release.links``). A tuple, so batches pickle small."""

    id: str
    persons: list[str]
    speakers: list[str | None]
    first_indexed: str | None
    links: dict[str, str]

    @classmethod
    def of(cls, release: Release) -> Decision:
        """The decision as ``release`` (its decision part, ``decision_part``) now says it."""
        speakers = [quote.get("speaker") for quote in release.quotes]
        return cls(release.id, release.persons, speakers, release.first_indexed, release.links)

    def apply(self, release: Release) -> Release:
        """Give the release the worker holds what was decided for it."""
        release.id, release.persons = self.id, self.persons
        release.first_indexed, release.links = self.first_indexed, self.links
        for quote, speaker in zip(release.quotes, self.speakers, strict=True):
            quote["speaker"] = speaker
        return release


class Target:
    """Where workers write other than a Whoosh folder (``opensearch.writing.BulkTarget``):
    picklable; ``open_writer(number)`` gives worker ``number`` a writer whose
    ``close_segment()`` returns what the main writer's ``commit_with`` takes."""

    def open_writer(self, number: int):
        raise NotImplementedError


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


def decision_part(release: Release, held_by: tuple[int, int]) -> Release:
    """What the main process needs of a release a worker holds, to decide what is written and
    to link its persons (``indexing._Batch.add``, ``stored.PersonLinks.of``): no texts, no
    organisations, the quotes' speakers only. The worker writes the release it holds."""
    return dataclasses.replace(
        release,
        held_by=held_by,
        title="",
        body="",
        boilerplate="",
        quotes=[{"speaker": quote.get("speaker")} for quote in release.quotes],
        organisations=[],
        aliases={},
        version_signature=b"",
        link_cues=link_cues_of(release),
    )


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


def overtime_reason(seconds: float, stopped: bool = False) -> str:
    """Say in German why a release was skipped for taking too long (``stopped``: its worker
    process did not react and was ended)."""
    how = "; der Arbeitsprozess reagierte nicht und wurde beendet" if stopped else ""
    return (
        f"Zeitlimit überschritten: die Aufbereitung dauerte länger als {seconds:g} s "
        f"(PRESSESUCHE_DOC_SECONDS){how}; wird erst wieder versucht, wenn sich die Datei ändert"
    )


REMEMBERED = (
    "beim letzten Lauf nach dem Zeitlimit abgebrochen; unverändert, daher nicht erneut versucht"
)
REPLAYING = -1.0  # a stamp's chunk number while a replacement worker redoes a lost one's releases


def _work(items: list, seconds: float = 0, stamp=None, seq: float = REPLAYING) -> list:
    """Prepare the records among ``items`` (other items pass through), one result per item.

    ``stamp`` (shared with the main process) says which record is being prepared since when:
    chunk ``seq``, its position, the start on the monotonic clock (0: none)."""
    out = []
    for position, item in enumerate(items):
        if isinstance(item, SourceRecord):
            if seconds > 0:
                warm_up()
            if stamp is not None:
                stamp[0], stamp[1] = seq, position
                stamp[2] = time.monotonic()
            out.append(_prepared_or_skip(item, seconds))
            if stamp is not None:
                stamp[2] = 0.0
        else:
            out.append(item)
    return out


_WARM = SourceRecord(
    "warm",
    "warm.txt",
    "warm.txt",
    "txt",
    "Stadt Musterhausen eröffnet Bibliothek\n\nMusterhausen, 3. Mai 2024 – Die Stadtverwaltung "
    "Musterhausen eröffnet eine Bibliothek. „Wir freuen uns“, sagte Bürgermeisterin Anna "
    "Schmidt (SPD).\n\nPressekontakt: Presseamt, presse@example.org\n",
)
_warmed = False


def warm_up() -> None:
    """Prepare a sample release once per process, outside the bound: the tables and models
    that preparing loads on first use (seconds on a busy machine) are not charged to the
    first release of the run (and, loaded in the forkserver, to no worker: ``build.warm``)."""
    global _warmed
    if not _warmed:
        _warmed = True
        _prepared_or_skip(_WARM, 0)
        tables.load()  # the tables the sample release does not reach


def _prepared_or_skip(item: SourceRecord, seconds: float) -> Release | Skip:
    try:
        with _bounded(seconds):
            return prepare(item)  # analysed when written (``analysed``)
    except _Overtime:
        return TimedOut(item.path, overtime_reason(seconds))
    except UndecodableError as exc:
        return Skip(item.path, f"nicht lesbar: {exc}")
    except Exception as exc:  # one bad document must not stop the run
        return Skip(item.path, f"Verarbeitung fehlgeschlagen: {exc!r}"[:300])


@dataclass(frozen=True)
class Bounds:
    """What one document may cost, and the releases that took too long before (path -> digest
    of their file): those are skipped unread while their file is unchanged."""

    max_bytes: int
    seconds: float = 0
    timed_out: dict[str, str] = field(default_factory=dict)


def _stream(files: list[SourceFile], bounds: Bounds) -> Iterator[tuple[list, list]]:
    """Yield chunks of source records; a file's end is marked by its ``PreparedFile``.

    Beside each chunk, where each of its records comes from: (file, position among the file's
    records), None for other items; a lost worker's releases are read again from there."""
    chunk: list = []
    places: list = []
    for src in files:
        records, skips = read_source(src, bounds.max_bytes)
        for position, record in enumerate(records):
            if bounds.timed_out.get(record.path) == src.digest:
                chunk.append(TimedOut(record.path, REMEMBERED))
                places.append(None)
                continue
            chunk.append(record)
            places.append((src, position))
            if len(chunk) >= CHUNK:
                yield chunk, places
                chunk, places = [], []
        chunk.append(PreparedFile(src, read_skips=skips))
        places.append(None)
    if chunk:
        yield chunk, places


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
    return _by_file(item for chunk, _ in chunks for item in _work(chunk, bounds.seconds))


# ---- worker processes ----------------------------------------------------------------------


def watch_margin(seconds: float) -> float:
    """How much longer than the bound a worker may stay on one release before it is ended: the
    timer inside the worker stops Python code and the regex engine at the bound; only code
    that ignores signals (a C extension's loop) runs on, and that is stopped from outside."""
    return max(2.0, seconds / 2)


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

    def __init__(
        self, number: int, index: str, pool_mb: int, seconds: float = 0, stamp=None, count: int = 0
    ) -> None:
        self.number = number
        self.index = index
        self.pool_mb = pool_mb
        self.seconds = seconds
        self.stamp = stamp
        self.held = Held()
        self.writer: Writer | None = None
        self.count = count  # releases numbered so far (a replacement goes on from the lost one)

    def prepare(self, items: list, seq: int = 0) -> list:
        out = []
        for item in _work(items, self.seconds, self.stamp, seq):
            if isinstance(item, Release):
                self.count += 1
                self.held.put(self.count, item)
                item = decision_part(item, (self.number, self.count))
            out.append(item)
        return out

    def replay(self, entries: list) -> None:
        """Prepare again the releases a lost worker held, under their numbers, and write the
        ones already decided: entries of (number, record, (digest, decided) or None)."""
        records = [record for _, record, _ in entries]
        for (number, _, decision), item in zip(
            entries, _work(records, self.seconds, self.stamp), strict=True
        ):
            if not isinstance(item, Release):
                raise RuntimeError(f"{item.path}: beim Wiederholen nicht aufbereitet")
            self.held.put(number, item)
            if decision is not None:
                self.write([(number, *decision)])

    def write(self, decisions: list[tuple[int, str | None, Decision | None]]) -> None:
        for number, digest, decided in decisions:
            release = self.held.take(number)
            if decided is None:  # not written: a duplicate
                continue
            if self.writer is None:
                self.writer = self._open_writer()
            for record in to_records(pre_analyse(decided.apply(release)), digest):
                self.writer.add_document(**record)

    def _open_writer(self):
        if isinstance(self.index, str):
            ix = store.open_for_update(Path(self.index))
            return Writer(ix, _lk=False, limitmb=self.pool_mb, compound=False)
        return self.index.open_writer(self.number)  # another engine's (``opensearch.writing``)

    def finish(self):
        """Close the segment; return it for the main writer's commit (None: nothing written)."""
        self.held.close()
        return None if self.writer is None else self.writer.close_segment()


def _serve(worker: _Worker, inbox, outbox, parent: int) -> None:
    """The loop of a worker process: prepare, write and finish as the main process says.

    Answers go out through the worker's own pipe, sent whole before the next release is
    started: a worker ended while it prepares one leaves no half message behind."""
    _watch_parent(parent)
    gc.disable()  # see the note at the top
    number = worker.number
    try:
        while (message := inbox.get()) is not None:
            kind, payload = message
            if kind == PREPARE:
                seq, items = payload
                outbox.send((PREPARED, number, (seq, worker.prepare(items, seq))))
            elif kind == WRITE:
                worker.write(pickle.loads(zlib.decompress(payload)))
            elif kind == REPLAY:
                worker.replay(payload)
            elif kind == FINISH:
                outbox.send((SEGMENT, number, worker.finish()))
    except BaseException as exc:  # reported, so the main process redoes the run without workers
        with contextlib.suppress(OSError):
            outbox.send((FAILED, number, f"{exc!r}"[:300]))


@dataclass
class _Slot:
    """A worker process as the main process sees it."""

    process: multiprocessing.Process
    inbox: object  # a multiprocessing queue of messages to the worker
    outbox: Connection  # the reading end of the worker's pipe
    stamp: object  # shared (chunk, position, start): the record it prepares, 0 start when none
    # where each release it returned was read ((file, position) by number - 1), and the
    # decisions sent to it (pickled batches): what a replacement needs to redo its work
    made: list = field(default_factory=list)
    journal: list[bytes] = field(default_factory=list)


class Workers:
    """Worker processes that prepare releases and write the ones the main process keeps.

    ``prepare_files`` yields releases whose postings stay with the worker that made them; each
    must then be passed to ``write`` or ``drop``, and ``finish`` returns the workers' segments.

    A watchdog here ends a worker that stays on one release longer than the bound and its
    margin (``watch_margin``), as code that ignores the worker's own timer does: a replacement
    prepares again what the lost worker held or wrote, the release is skipped as timed out,
    the chunks it had not answered go to the replacement, and the run goes on.
    """

    def __init__(self, count: int, index: Path | Target, seconds: float = 0) -> None:
        self.context = multiprocessing.get_context("forkserver")
        # loaded once in the forkserver, not in every worker (if it is not running already)
        self.context.set_forkserver_preload(["indexer.build.warm"])
        self.index = index if isinstance(index, Target) else str(index)
        self.seconds = seconds
        self.limit = seconds + watch_margin(seconds) if seconds > 0 else 0.0
        self.tick = min(POLL, self.limit / 4) if self.limit else POLL
        self.pool_mb = writer_mb(count)  # the pools of all workers share the machine's memory
        self.slots = [self._start(number) for number in range(count)]
        self.busy = [0] * count  # chunks sent to each worker and not yet back
        self.decisions: list[list] = [[] for _ in range(count)]
        self.sent: dict[int, tuple[int, list, list]] = {}  # chunk -> (worker, items, places)
        self.max_bytes = 0
        self.replaced = 0  # workers ended by the watchdog

    def _start(self, number: int, count: int = 0) -> _Slot:
        inbox = self.context.Queue()
        reader, writer = self.context.Pipe(duplex=False)
        with contextlib.suppress(OSError):  # a larger pipe: a worker seldom waits to answer
            fcntl.fcntl(writer.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        stamp = self.context.RawArray("d", 3)
        worker = _Worker(number, self.index, self.pool_mb, self.seconds, stamp, count)
        process = self.context.Process(
            target=_serve, args=(worker, inbox, writer, os.getpid()), daemon=True
        )
        process.start()
        writer.close()  # the worker's end: a worker that dies is then seen as the pipe's end
        return _Slot(process, inbox, reader, stamp)

    def prepare_files(self, files: list[SourceFile], bounds: Bounds) -> Iterator[PreparedFile]:
        """Read the corpus files and have them prepared; yield them in corpus order."""
        self.max_bytes = bounds.max_bytes
        return _by_file(self._prepared(_stream(files, bounds)))

    def _prepared(self, chunks: Iterator[tuple[list, list]]) -> Iterator:
        done: dict[int, list] = {}
        sent = next_seq = 0
        for chunk, places in chunks:
            number = self.busy.index(min(self.busy))  # the least busy worker
            self.sent[sent] = (number, chunk, places)
            self.slots[number].inbox.put((PREPARE, (sent, chunk)))
            self.busy[number] += 1
            sent += 1
            while sent - next_seq >= len(self.slots) * IN_FLIGHT:
                yield from self._result(done, next_seq)
                next_seq += 1
        while next_seq < sent:
            yield from self._result(done, next_seq)
            next_seq += 1

    def _result(self, done: dict[int, list], seq: int) -> list:
        while seq not in done:
            number, (got, items) = self._receive(PREPARED)
            self.busy[number] -= 1
            made = self.slots[number].made
            for item, place in zip(items, self.sent.pop(got)[2], strict=True):
                if isinstance(item, Release):
                    made.append(place)
            done[got] = items
        return done.pop(seq)

    def _receive(self, expected: int):
        while True:
            self._watch()
            readers = [slot.outbox for slot in self.slots]
            ready = wait(readers, timeout=self.tick)
            if not ready:
                if not all(slot.process.is_alive() for slot in self.slots):
                    raise WorkerLost("Ein Arbeitsprozess ist abgebrochen.")
                continue
            try:
                kind, number, payload = ready[0].recv()
            except (EOFError, OSError):
                raise WorkerLost("Ein Arbeitsprozess ist abgebrochen.") from None
            if kind == FAILED:
                raise WorkerLost(f"Ein Arbeitsprozess ist gescheitert: {payload}")
            assert kind == expected, (kind, expected)
            return number, payload

    # ---- the watchdog ----

    def _watch(self) -> None:
        """End and replace every worker that is on one release for longer than the limit."""
        if not self.limit:
            return
        now = time.monotonic()
        for number, slot in enumerate(self.slots):
            started = slot.stamp[2]
            if started and now - started > self.limit:
                self._replace(number)

    def _replace(self, number: int) -> None:
        lost = self.slots[number]
        seen = tuple(lost.stamp)
        lost.process.kill()
        lost.process.join()
        # still on that release when it ended (not just done with it): that one is skipped
        stuck = seen[2] != 0 and tuple(lost.stamp) == seen
        seq, position = int(seen[0]), int(seen[1])
        if stuck and seen[0] == REPLAYING:
            raise WorkerLost("Ein Arbeitsprozess hing beim Wiederholen einer Mitteilung.")
        _discard(lost)
        self.replaced += 1
        slot = self._start(number, count=len(lost.made))
        slot.made, slot.journal = lost.made, lost.journal
        self.slots[number] = slot
        self._replay(slot)
        again = sorted(s for s, (n, _, _) in self.sent.items() if n == number)
        for s in again:
            _, chunk, places = self.sent[s]
            if stuck and s == seq:
                chunk, places = list(chunk), list(places)
                record = chunk[position]
                chunk[position] = TimedOut(record.path, overtime_reason(self.seconds, True))
                places[position] = None
                self.sent[s] = (number, chunk, places)
            slot.inbox.put((PREPARE, (s, chunk)))
        self.busy[number] = len(again)

    def _replay(self, slot: _Slot) -> None:
        """Send a replacement the releases its predecessor returned and did not drop: read
        again from their files, with the decisions already sent for them."""
        decided = {}
        for batch in slot.journal:
            for held, digest, decision in pickle.loads(zlib.decompress(batch)):
                decided[held] = (digest, decision)
        wanted: dict[SourceFile, list[tuple[int, int]]] = {}
        for held, (src, position) in enumerate(slot.made, start=1):
            if held in decided and decided[held][1] is None:
                continue  # dropped: nothing to redo
            wanted.setdefault(src, []).append((position, held))
        entries: list = []
        for src, places in wanted.items():
            try:
                unchanged = digest_of(src.path) == src.digest
            except OSError:
                unchanged = False
            if not unchanged:
                raise WorkerLost(f"{src.relpath} hat sich während des Laufs geändert.")
            records, _ = read_source(src, self.max_bytes)
            for position, held in places:
                entries.append((held, records[position], decided.get(held)))
                if len(entries) >= CHUNK * 4:
                    slot.inbox.put((REPLAY, entries))
                    entries = []
        if entries:
            slot.inbox.put((REPLAY, entries))

    # ---- decisions and the end ----

    def write(self, release: Release, digest: str) -> None:
        """Have the worker holding ``release`` add it, as decided here, to its segment."""
        self.decide(release.held_by, digest, Decision.of(release))

    def drop(self, release: Release) -> None:
        """Tell the worker holding ``release`` that it is not written."""
        self.decide(release.held_by, None, None)

    def decide(
        self, held_by: tuple[int, int], digest: str | None, decided: Decision | None
    ) -> None:
        """Have the worker holding a release write it as ``decided``, or drop it (None)."""
        number, held = held_by
        pending = self.decisions[number]
        pending.append((held, digest, decided))
        if len(pending) >= WRITES:
            self._flush(number)

    def _flush(self, number: int) -> None:
        if self.decisions[number]:
            # kept for a replacement; compressed: file digests, ids and names repeat
            batch = zlib.compress(pickle.dumps(self.decisions[number], pickle.HIGHEST_PROTOCOL), 1)
            self.slots[number].journal.append(batch)
            self.slots[number].inbox.put((WRITE, batch))
            self.decisions[number] = []

    def finish(self) -> list:
        """Have every worker close its segment; return the segments for the commit."""
        for number, slot in enumerate(self.slots):
            self._flush(number)
            slot.inbox.put((FINISH, None))
        segments = dict(self._receive(SEGMENT) for _ in self.slots)
        return [segments[n] for n in sorted(segments) if segments[n] is not None]

    def close(self, failed: bool = False) -> None:
        """End the worker processes: when they are done, or at once if the run failed."""
        for slot in self.slots:
            slot.inbox.put(None)
        for slot in self.slots:
            slot.process.join(timeout=0 if failed else 10)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
        for slot in self.slots:
            slot.outbox.close()
            slot.inbox.close()
            slot.inbox.cancel_join_thread()
        # Free the queues' semaphores now: left to the cyclic collector, their finalizers may
        # run inside the resource tracker of the next run's queues, which Python 3.13 refuses
        # with a warning ("ResourceTracker called reentrantly").
        self.slots = []
        gc.collect()


def _discard(slot: _Slot) -> None:
    """Close the queues of a worker that was ended: what was still sent to it is read back
    first, so no message is left half written into a pipe nobody reads."""
    slot.inbox.cancel_join_thread()
    with contextlib.suppress(queue.Empty, OSError):
        while True:
            slot.inbox.get(timeout=0.1)
    slot.inbox.close()
    slot.outbox.close()


@contextmanager
def running(count: int, index: Path | Target, seconds: float = 0) -> Iterator[Workers | None]:
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
