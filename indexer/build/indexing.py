"""Building and updating the index from the corpus: full rebuilds swap in atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whoosh import query as q
from whoosh.searching import Searcher

from indexer.build.pipeline import (
    REMEMBERED,
    Bounds,
    Decision,
    Held,
    PreparedFile,
    TimedOut,
    WorkerLost,
    Workers,
    analysed,
    prepare_files,
    running,
    workers_for,
)
from indexer.build.release import to_records
from indexer.build.relink import indexed_links, relink
from indexer.config import doc_seconds, max_doc_bytes, writer_mb
from indexer.config import follow_links as config_follow_links
from indexer.config import relink_persons as config_relink
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.stored import PersonLinks, from_stored, unlinked
from indexer.engine.writer import Writer
from indexer.model import Release
from indexer.search import vocabulary
from indexer.text.corpus import Skip, SourceFile, covers, scan

Progress = Callable[[int, int], None]  # (files done, files to do)
# Separate segment files instead of one compound file: WHOOSH.md measured a search process at
# ~500 MB with compound files and ~21 MB without at 100k documents (for ~10 % more latency).
KEPT = "; die bisherige Fassung bleibt im Index"


@dataclass
class Report:
    """What an index run did; ``to_json`` is the documented ``index --json`` shape."""

    documents: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0
    rebuilt: bool = False
    repaired: str = ""  # what was wrong with the index this run rebuilt
    relinked: int = 0  # releases kept in the index that were written again: their links changed

    def to_json(self) -> dict:
        """Return the report as the stable JSON object."""
        data = asdict(self)
        del data["rebuilt"], data["repaired"], data["relinked"]
        data["seconds"] = round(self.seconds, 3)
        return data


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run without Python's cyclic garbage collector, as the workers do (``pipeline``): a run
    frees what it allocates by reference counting and leaves almost no cycles, yet the collector
    walked the objects it keeps (held releases, caches of analysed words) again and again, a
    twenty-fifth of an in-process rebuild of 200 releases. It runs again afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class CorpusMissing(store.StoreError):
    """The corpus folder does not exist."""


def index_corpus(
    corpus: Path,
    root: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    follow_links: bool | None = None,
) -> Report:
    """Bring the index at ``root`` up to date with ``corpus``; rebuild when asked or needed.

    Links that lead out of the corpus are skipped unless ``follow_links`` (default: the
    ``PRESSESUCHE_FOLLOW_LINKS`` setting)."""
    started = time.monotonic()
    if not corpus.is_dir():
        raise CorpusMissing(f"Korpusordner {corpus} nicht gefunden.")
    if follow_links is None:
        follow_links = config_follow_links()
    with store.build_lock(root), collector_paused():
        store.prune_incomplete(root)
        files, skips = scan(corpus, follow_links)
        live = store.live_path(root)
        slow = _timed_out(live)
        damaged = store.damage(live, thorough=True) if live else None
        if damaged:
            _set_aside(root)
            live = None
        attempts = [True, False]  # a lost worker process: the run again, without them
        while attempts:
            parallel = attempts[0]
            try:
                if rebuild or live is None or not store.is_compatible(live):
                    unreadable = {s.path for s in skips}
                    report = _rebuild(root, files, progress, unreadable, parallel, slow)
                    report.skipped = skips + report.skipped
                else:
                    try:
                        report = _update_or_clean(live, files, progress, skips, parallel, slow)
                    except (WorkerLost, OSError, store.StoreError):
                        raise
                    except Exception as exc:  # the index cannot be read: built anew
                        damaged = f"nicht lesbar: {type(exc).__name__}"
                        _set_aside(root)
                        live = None
                        continue
                break
            except WorkerLost:
                attempts.pop(0)
                if not attempts:
                    raise
        vocabulary.write_live(root)  # spelling tables of the state just committed
    report.repaired = damaged or ""
    report.seconds = time.monotonic() - started
    return report


TIMED_OUT = "timed_out"  # the generation metadata's key: path -> {"source", "digest"}


def _timed_out(live: Path | None) -> dict[str, dict]:
    """Return the releases that took too long in the run that made the live index."""
    found = store.read_meta(live).get(TIMED_OUT) if live is not None else None
    if not isinstance(found, dict):
        return {}
    return {
        path: entry
        for path, entry in found.items()
        if isinstance(entry, dict) and {"source", "digest"} <= entry.keys()
    }


def _bounds(slow: dict[str, dict]) -> Bounds:
    """The bounds of a run: size cap, time per document, and what is known to take too long."""
    known = {path: entry["digest"] for path, entry in slow.items()}
    return Bounds(max_doc_bytes(), doc_seconds(), known)


def _note_timeouts(item: PreparedFile, slow: dict[str, dict]) -> None:
    """Remember the releases of a prepared file that took too long, by the file's digest."""
    for skip in item.failed:
        if isinstance(skip, TimedOut):
            slow[skip.path] = {"source": item.source.relpath, "digest": item.source.digest}


def _set_aside(root: Path) -> None:
    """Stop serving a damaged live index: the rebuild then reads nothing from it, and its swap
    removes it."""
    (root / store.CURRENT).unlink(missing_ok=True)


def _update_or_clean(live: Path, *args, **kwargs) -> Report:
    """Update the live generation; a run that fails before its commit (full disk, no rights)
    leaves none of its partial files behind."""
    before, commit = set(os.listdir(live)), store.commit_number(live)
    try:
        report = _update(live, *args, **kwargs)
    except BaseException:
        if store.commit_number(live) == commit:
            store.remove_new(live, before)
        raise
    if store.damage(live) is None and not store.read_meta(live).get(store.FILES):
        kept = store.read_meta(live).get(TIMED_OUT) or {}
        store.finish_generation(
            live, {"documents": report.documents, TIMED_OUT: kept}
        )  # list an older index
    return report


def now() -> str:
    """Return the current time as the first-indexed time of releases new to the index."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Live:
    """What the live index already holds, minus the sources being replaced or removed."""

    def __init__(self, searcher: Searcher | None = None, stale: set[str] = frozenset()) -> None:
        self.searcher = searcher
        self.stale = stale

    def _find(self, **terms: str) -> dict | None:
        if self.searcher is None:
            return None
        for doc in self.searcher.documents(**terms):  # deleted documents are never returned
            if doc.get(f.SOURCE) not in self.stale:
                return doc
        return None

    def path_of_text(self, digest: str) -> str | None:
        doc = self._find(content_hash=digest)
        return doc[f.PATH] if doc else None

    def has_id(self, doc_id: str) -> bool:
        return self._find(id=doc_id) is not None

    def first_indexed(self, doc_id: str) -> str | None:
        """Return when the release ``doc_id`` first entered the index, also if it is being
        replaced now (an update keeps the time of a changed release)."""
        if self.searcher is None:
            return None
        # by document number: a query of id and kind took ~2 ms a release (a rebuild over 10k
        # releases spent 22 s in it), the number of the id ~0.03 ms (deleted ones never returned)
        for docnum in self.searcher.document_numbers(id=doc_id):
            doc = self.searcher.stored_fields(docnum)
            if doc.get(f.KIND) == f.RELEASE_KIND:
                return doc.get(f.FIRST_INDEXED)
        return None

    def releases_at(self, source: str, paths: set[str]) -> list[dict]:
        """Return the stored releases of ``source`` that came from one of ``paths``."""
        if self.searcher is None or not paths:
            return []
        docs = self.searcher.documents(source=source, kind=f.RELEASE_KIND)
        return [doc for doc in docs if doc.get(f.PATH) in paths]


class _Batch:
    """Adds releases to a writer or the workers' segments: exact duplicates once, ids unique."""

    def __init__(
        self,
        writer: Writer,
        live: _Live,
        workers: Workers | None = None,
        bounds: Bounds = None,
        earlier: _Live | None = None,
        relink_all: bool = False,
    ) -> None:
        self.writer = writer
        self.live = live
        # where the first-indexed times of releases already indexed are looked up
        self.earlier = earlier or live
        self.now = now()
        self.workers = workers
        self.bounds = bounds or Bounds(max_doc_bytes())
        # the embedded index holds the releases back and links them across the whole index
        # when it commits (``build.relink``): each is written once, with its links
        self.relink_all = relink_all
        # per release held back: what linking needs, and where a worker holds it
        self.pending: list[tuple[PersonLinks, tuple[int, int] | None, str | None]] = []
        self.held = Held()  # the pending releases prepared in this process
        self.relinked = 0
        self.hashes: dict[str, str] = {}
        self.ids: set[str] = set()
        self.skipped: list[Skip] = []

    def add(self, releases: Iterable[Release], digest: str) -> int:
        added = 0
        for release in releases:
            first = self.hashes.get(release.content_hash) or self.live.path_of_text(
                release.content_hash
            )
            if first is not None:
                self.skipped.append(Skip(release.path, f"Duplikat von {first}"))
                if release.held_by:
                    self.workers.drop(release)
                continue
            release.id = self._unique(release.id)
            release.first_indexed = (
                release.first_indexed or self.earlier.first_indexed(release.id) or self.now
            )
            self.hashes[release.content_hash] = release.path
            self.ids.add(release.id)
            if self.relink_all:
                self._hold(release, digest)
            else:
                self._write(release, digest)
            added += 1
        return added

    def _write(self, release: Release, digest: str) -> None:
        if release.held_by:
            self.workers.write(release, digest)
        else:
            for record in to_records(analysed(release), digest):
                self.writer.add_document(**record)

    def _hold(self, release: Release, digest: str) -> None:
        """Keep a release to write at the commit: what linking needs of it and, of one a worker
        holds, where it is held and when it was first indexed (the rest of the decision is in
        what linking needs); one prepared in this process is kept whole, in a file."""
        found = PersonLinks.of(release, digest)
        if release.held_by:
            self.pending.append((found, release.held_by, release.first_indexed))
        else:
            self.held.put(len(self.pending), release)
            self.pending.append((found, None, None))

    def _write_pending(self) -> None:
        """Link the releases held back with those the index keeps, and write them."""
        links, self.relinked = relink(self.writer, {found.id: found for found, *_ in self.pending})
        for number, (found, held_by, first_indexed) in enumerate(self.pending):
            mine = links.get(found.id, {})
            if held_by:
                persons, speakers = list(found.persons), list(found.speakers)
                decided = Decision(found.id, persons, speakers, first_indexed, mine)
                self.workers.decide(held_by, found.digest, decided)
                continue
            release = self.held.take(number)
            release.links = mine
            self._write(release, found.digest)
        self.pending = []
        self.held.close()

    def prepare(self, files: list[SourceFile]) -> Iterable[PreparedFile]:
        """Prepare the files, in the workers if there are any."""
        if self.workers:
            return self.workers.prepare_files(files, self.bounds)
        return prepare_files(files, self.bounds)

    def commit(self) -> None:
        """Commit the writer with the workers' segments, as Whoosh's multisegment writer does."""
        if self.relink_all:
            self._write_pending()
        if self.workers is None:
            self.writer.commit()
            return
        self.writer.commit_with(self.workers.finish())

    def _unique(self, doc_id: str) -> str:
        candidate, n = doc_id, 1
        while candidate in self.ids or self.live.has_id(candidate):
            n += 1
            candidate = f"{doc_id}-{n}"
        return candidate


def _rebuild(
    root: Path,
    files: list[SourceFile],
    progress: Progress | None,
    unreadable: set[str],
    parallel: bool = True,
    known_slow: dict[str, dict] | None = None,
) -> Report:
    path, ix = store.new_generation(root)
    writer = Writer(ix, limitmb=writer_mb(), compound=False)
    report = Report(rebuilt=True)
    old = _open_earlier(store.live_path(root))
    earlier = old.searcher() if old is not None else None
    unreadable = set(unreadable)
    bounds = _bounds(known_slow or {})
    slow: dict[str, dict] = {}
    try:
        with running(workers_for(files) if parallel else 0, path, bounds.seconds) as workers:
            batch = _Batch(
                writer, _Live(), workers, bounds, earlier=_Live(earlier), relink_all=config_relink()
            )
            for done, item in enumerate(batch.prepare(files), start=1):
                _note_timeouts(item, slow)
                report.skipped += item.read_skips + item.failed
                report.added += batch.add(item.releases, item.source.digest)
                if not item.releases and item.read_skips + item.failed:
                    unreadable.add(item.source.relpath)
                if progress:
                    progress(done, len(files))
            report.unchanged = _carry_over(store.live_path(root), unreadable, batch)
            report.skipped += batch.skipped
            batch.commit()
        with ix.searcher() as searcher:
            report.documents = release_count(searcher)
        ix.close()
        _close_earlier(old, earlier)
        store.finish_generation(path, {"documents": report.documents, TIMED_OUT: slow})
        store.swap_in(root, path)
    except BaseException:
        with contextlib.suppress(Exception):  # a full disk fails the cancel's writes too
            writer.cancel()
        ix.close()
        _close_earlier(old, earlier)
        shutil.rmtree(path, ignore_errors=True)
        raise
    return report


def _open_earlier(live: Path | None):
    """Open the index a rebuild replaces, to keep the first-indexed times of its releases;
    None when there is none or it cannot be read (the rebuild then starts the clock anew)."""
    if live is None:
        return None
    try:
        return store.whoosh_index.open_dir(str(live))
    except Exception:  # an older or damaged index: nothing to carry over
        return None


def _close_earlier(ix, searcher: Searcher | None) -> None:
    with contextlib.suppress(Exception):
        if searcher is not None:
            searcher.close()
        if ix is not None:
            ix.close()


def _carry_over(live: Path | None, sources: set[str], batch: _Batch) -> int:
    """Keep, in a rebuilt index, the releases of files that cannot be read now (from the live one).

    They are taken from the stored fields as they were indexed, so nothing already indexed is
    lost because a file is unreadable at the moment of a rebuild.
    """
    if live is None or not sources:
        return 0
    kept = 0
    ix = store.whoosh_index.open_dir(str(live))
    try:
        with ix.searcher() as searcher:
            manifest = _manifest(searcher.reader())
            linked = indexed_links(searcher.reader())
            for source in sorted(_covered(manifest, sources)):
                stored = searcher.documents(source=source, kind=f.RELEASE_KIND)
                releases = [_as_named(doc, linked) for doc in stored]
                kept += batch.add(releases, manifest[source])
    finally:
        ix.close()
    return kept


def _as_named(doc: dict, linked: dict[str, tuple[int, PersonLinks]]) -> Release:
    """A release read back from an index, with its persons as it names them where that index
    kept them (an index of an older schema: as it showed them)."""
    release = from_stored(doc)
    return unlinked(release, linked[release.id][1]) if release.id in linked else release


def _covered(sources: Iterable[str], skipped: Iterable[str]) -> set[str]:
    """The sources a set of skipped files and folders (``sub/``) concerns."""
    skipped = set(skipped)
    folders = [path for path in skipped if path.endswith("/")]
    return {s for s in sources if s in skipped or any(covers(f, s) for f in folders)}


def release_count(searcher: Searcher, source: str | None = None) -> int:
    """Count the live (not deleted) releases, of one source file or of the whole index."""
    kind = q.Term(f.KIND, f.RELEASE_KIND)
    query = kind if source is None else q.And([kind, q.Term(f.SOURCE, source)])
    return sum(1 for _ in searcher.docs_for_query(query))


def _manifest(reader) -> dict[str, set[str]]:
    """Map each indexed source file to the digests its live releases were read from.

    Whoosh keeps the terms of deleted documents in the lexicon until segments merge: a term
    counts only while a live document has it, or a changed file would be read again each run.
    """
    manifest: dict[str, set[str]] = {}
    for key in reader.field_terms(f.SOURCE_KEY):
        if any(True for _ in reader.postings(f.SOURCE_KEY, key).all_ids()):
            source, _, digest = key.rpartition(f.SEP)
            manifest.setdefault(source, set()).add(digest)
    return manifest


@dataclass
class Plan:
    """What an update does: the files read again, the sources removed, those replaced."""

    todo: list[SourceFile]
    removed: list[str]
    stale: set[str]  # the sources whose releases are replaced or removed
    slow: dict[str, dict]  # what took too long and stays remembered
    skipped: list[Skip]


def plan_update(
    files: list[SourceFile],
    manifest: dict[str, set[str]],
    unreadable: list[Skip],
    bounds: Bounds,
    known_slow: dict[str, dict],
    again: Iterable[str] = (),
) -> Plan:
    """Decide what an update of an index with ``manifest`` (source -> digests) reads again
    (also the sources in ``again``: an earlier update of them did not finish)."""
    present = {src.relpath for src in files}
    unfinished = set(again)
    # a file that took too long as a whole, unchanged, is not read again
    late = {s.relpath for s in files if bounds.timed_out.get(s.relpath) == s.digest}
    todo = [
        s
        for s in files
        if (manifest.get(s.relpath) != {s.digest} or s.relpath in unfinished)
        and s.relpath not in late
    ]
    # what took too long stays remembered while its file is unchanged and not read now
    reading = {s.relpath for s in todo}
    unchanged = {s.relpath: s.digest for s in files if s.relpath not in reading}
    slow = {
        path: entry
        for path, entry in known_slow.items()
        if unchanged.get(entry["source"]) == entry["digest"]
    }
    # a file that is there but cannot be read now is not a deleted file
    skipped = [
        Skip(s.path, s.reason + KEPT * bool(_covered(manifest, [s.path]))) for s in unreadable
    ] + [TimedOut(path, REMEMBERED + KEPT * (path in manifest)) for path in sorted(late)]
    present |= _covered(manifest, [s.path for s in unreadable])
    removed = [s for s in manifest if s not in present]
    stale = {s.relpath for s in todo if s.relpath in manifest} | set(removed)
    return Plan(todo, removed, stale, slow, skipped)


def apply_update(
    batch: _Batch,
    plan: Plan,
    old_counts: dict[str, int],
    report: Report,
    progress: Progress | None,
) -> None:
    """Remove the removed sources, read the files to do and commit the batch."""
    for source in plan.removed:
        batch.writer.delete_by_term(f.SOURCE, source)
        report.removed += old_counts[source]
    for done, item in enumerate(batch.prepare(plan.todo), start=1):
        _note_timeouts(item, plan.slow)
        was_indexed = item.source.relpath in plan.stale
        _update_source(item, was_indexed, batch, old_counts, report)
        if progress:
            progress(done, len(plan.todo))
    report.skipped += batch.skipped
    batch.commit()
    report.relinked = batch.relinked


def _update(
    live: Path,
    files: list[SourceFile],
    progress: Progress | None,
    unreadable: list[Skip] = (),
    parallel: bool = True,
    known_slow: dict[str, dict] | None = None,
) -> Report:
    ix = store.open_for_update(live)
    report = Report()
    known_slow = known_slow or {}
    bounds = _bounds(known_slow)
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            plan = plan_update(files, _manifest(reader), unreadable, bounds, known_slow)
            report.skipped = plan.skipped
            old_counts = {s: release_count(searcher, s) for s in plan.stale}
            total = release_count(searcher)
            report.unchanged = total - sum(old_counts.values())
            if not plan.todo and not plan.removed:
                report.documents = total
                return report
            writer = Writer(ix, limitmb=writer_mb(), compound=False)
            try:
                seconds = bounds.seconds
                with running(workers_for(plan.todo) if parallel else 0, live, seconds) as workers:
                    batch = _Batch(
                        writer,
                        _Live(searcher, plan.stale),
                        workers,
                        bounds,
                        relink_all=config_relink(),
                    )
                    apply_update(batch, plan, old_counts, report, progress)
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.cancel()
                raise
        with ix.searcher() as searcher:
            report.documents = release_count(searcher)
        store.finish_generation(live, {"documents": report.documents, TIMED_OUT: plan.slow})
    finally:
        ix.close()
    return report


def _update_source(
    item: PreparedFile, was_indexed: bool, batch: _Batch, old_counts: dict[str, int], report: Report
) -> None:
    src, releases = item.source, item.releases
    problems = item.read_skips + item.failed
    if not was_indexed:
        report.skipped += problems
        report.added += batch.add(releases, src.digest)
        return
    if not releases and problems:
        # unreadable now: keep what was indexed before
        report.skipped += [Skip(p.path, p.reason + KEPT) for p in problems]
        return
    # A JSONL line that cannot be read now keeps the release indexed from that line before.
    fresh = {release.id for release in releases}
    broken = {p.path for p in problems}
    kept = [d for d in batch.live.releases_at(src.relpath, broken) if d[f.ID] not in fresh]
    kept_paths = {d[f.PATH] for d in kept}
    report.skipped += [
        Skip(p.path, p.reason + (KEPT if p.path in kept_paths else "")) for p in problems
    ]
    query: q.Query = q.Term(f.SOURCE, src.relpath)
    if kept:
        query = q.AndNot(query, q.Or([q.Term(f.PATH, path) for path in kept_paths]))
        batch.ids.update(d[f.ID] for d in kept)
        batch.hashes.update({d[f.CONTENT_HASH]: d[f.PATH] for d in kept if d.get(f.CONTENT_HASH)})
    batch.writer.delete_by_query(query)
    report.updated += batch.add(releases, src.digest)
    report.removed += max(0, old_counts[src.relpath] - len(kept) - len(releases))
