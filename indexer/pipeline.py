"""Preparing releases for the writer, in worker processes when the corpus is large.

Repair, extraction and the German analysis of the text fields are done by the workers; the one
Whoosh writer in the main process only adds the pre-analysed postings. Results come back in corpus
order, and at most a bounded number of records is in flight, so memory stays flat.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from indexer import schema as f
from indexer.corpus import Skip, SourceFile, SourceRecord, read_source
from indexer.documents import Release, prepare
from indexer.repair import UndecodableError

CHUNK = 8  # records per task: fewer round trips between the processes
IN_FLIGHT = 16  # tasks per worker queued ahead of the writer
PARALLEL_BYTES = 2 * 1024 * 1024  # smaller corpora are prepared in the main process


@dataclass
class PreparedFile:
    """One corpus file after preparation: its releases and what was skipped."""

    source: SourceFile
    releases: list[Release] = field(default_factory=list)
    read_skips: list[Skip] = field(default_factory=list)
    failed: list[Skip] = field(default_factory=list)


def workers_for(files: list[SourceFile]) -> int:
    """Choose the number of worker processes: ``PRESSESUCHE_WORKERS`` or one per core."""
    configured = os.environ.get("PRESSESUCHE_WORKERS", "")
    if configured.isdigit():
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
    """Run the German analysis of the release's text fields now, so the writer need not."""
    schema = _schema()
    texts = {
        f.TITLE: release.title,
        f.BODY: release.body,
        f.EXACT: f"{release.title}\n{release.body}",
        f.BOILERPLATE: release.boilerplate,
    }
    release.analysed = {
        name: f.PreAnalysed(list(schema[name].index(text))) for name, text in texts.items() if text
    }
    release.analysed_quotes = [
        f.PreAnalysed(list(schema[f.QUOTE].index(q["text"]))) for q in release.quotes
    ]
    return release


_SCHEMA = None


def _schema():
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = f.build_schema()
    return _SCHEMA


def _work(items: list) -> list:
    out = []
    for item in items:
        if isinstance(item, SourceRecord):
            try:
                out.append(pre_analyse(prepare(item)))
            except UndecodableError as exc:
                out.append(Skip(item.path, f"nicht lesbar: {exc}"))
            except Exception as exc:  # one bad document must not stop the run
                out.append(Skip(item.path, f"Verarbeitung fehlgeschlagen: {exc!r}"[:300]))
        else:
            out.append(item)
    return out


def _stream(files: list[SourceFile], max_bytes: int) -> Iterator[list]:
    """Yield chunks of source records; a file's end is marked by its ``PreparedFile``."""
    chunk: list = []
    for src in files:
        records, skips = read_source(src, max_bytes)
        for record in records:
            chunk.append(record)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        chunk.append(PreparedFile(src, read_skips=skips))
    if chunk:
        yield chunk


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


def _results(files: list[SourceFile], max_bytes: int, workers: int) -> Iterator:
    chunks = _stream(files, max_bytes)
    if workers > 0:
        yield from _parallel(chunks, workers)
    for chunk in chunks:  # what is left when there are no workers, or when one crashed
        yield from _work(chunk)


def _parallel(chunks: Iterator[list], workers: int) -> Iterator:
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    )
    pending: deque[tuple[list, Future | None]] = deque()

    def oldest() -> list:
        items = pending[0][1].result()  # raises before the chunk leaves ``pending``
        pending.popleft()
        return items

    try:
        for chunk in chunks:
            pending.append((chunk, None))  # listed first: submit itself may find the pool broken
            pending[-1] = (chunk, pool.submit(_work, chunk))
            while len(pending) >= workers * IN_FLIGHT:
                yield from oldest()
        while pending:
            yield from oldest()
    except BrokenProcessPool:
        # A worker died (out of memory, killed): do its chunk and the rest in this process.
        for chunk, _ in pending:
            yield from _work(chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def prepare_files(
    files: list[SourceFile], max_bytes: int, workers: int = 0
) -> Iterator[PreparedFile]:
    """Read and prepare the corpus files in order, in ``workers`` processes (0: here)."""
    releases: list[Release] = []
    failed: list[Skip] = []
    for item in _results(files, max_bytes, workers):
        if isinstance(item, Release):
            releases.append(item)
        elif isinstance(item, Skip):
            failed.append(item)
        else:
            item.releases, item.failed = releases, failed
            yield item
            releases, failed = [], []
