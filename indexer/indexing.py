"""Building and updating the index from the corpus: full rebuilds swap in atomically."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whoosh.writing import IndexWriter

from indexer import schema as f
from indexer import store
from indexer.config import max_doc_bytes
from indexer.corpus import Skip, SourceFile, SourceRecord, read_source, scan
from indexer.documents import Release, prepare, to_fields

Progress = Callable[[int, int], None]  # (files done, files to do)
WRITER_MB = 256


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

    def to_json(self) -> dict:
        """Return the report as the stable JSON object."""
        data = asdict(self)
        del data["rebuilt"]
        data["seconds"] = round(self.seconds, 3)
        return data


class CorpusMissing(store.StoreError):
    """The corpus folder does not exist."""


def index_corpus(
    corpus: Path,
    root: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Bring the index at ``root`` up to date with ``corpus``; rebuild when asked or needed."""
    started = time.monotonic()
    if not corpus.is_dir():
        raise CorpusMissing(f"Korpusordner {corpus} nicht gefunden.")
    with store.build_lock(root):
        store.prune_incomplete(root)
        files, skips = scan(corpus)
        live = store.live_path(root)
        if rebuild or live is None or not store.is_compatible(live):
            report = _rebuild(root, files, progress)
        else:
            report = _update(live, files, progress)
    report.skipped = skips + report.skipped
    report.seconds = time.monotonic() - started
    return report


class _Batch:
    """Adds releases to a writer: exact duplicates once, ids unique."""

    def __init__(
        self, writer: IndexWriter, known: Callable[[str], str | None], ids: set[str]
    ) -> None:
        self.writer = writer
        self.known = known
        self.hashes: dict[str, str] = {}
        self.ids = ids
        self.skipped: list[Skip] = []

    def add(self, releases: Iterable[Release], digest: str) -> int:
        added = 0
        for release in releases:
            first = self.hashes.get(release.content_hash) or self.known(release.content_hash)
            if first is not None:
                self.skipped.append(Skip(release.path, f"Duplikat von {first}"))
                continue
            release.id = _unique(release.id, self.ids)
            self.hashes[release.content_hash] = release.path
            self.ids.add(release.id)
            self.writer.add_document(**to_fields(release, digest))
            added += 1
        return added


def _unique(doc_id: str, taken: set[str]) -> str:
    if doc_id not in taken:
        return doc_id
    n = 2
    while f"{doc_id}-{n}" in taken:
        n += 1
    return f"{doc_id}-{n}"


def _prepared(records: list[SourceRecord], skipped: list[Skip]) -> Iterator[Release]:
    for record in records:
        try:
            yield prepare(record)
        except Exception as exc:  # one bad document must not stop the run
            skipped.append(Skip(record.path, f"Verarbeitung fehlgeschlagen: {exc!r}"[:300]))


def _rebuild(root: Path, files: list[SourceFile], progress: Progress | None) -> Report:
    path, ix = store.new_generation(root)
    writer = ix.writer(limitmb=WRITER_MB)
    report = Report(rebuilt=True)
    try:
        batch = _Batch(writer, lambda digest: None, set())
        for done, src in enumerate(files, start=1):
            records, skips = read_source(src, max_doc_bytes())
            report.skipped += skips
            report.added += batch.add(_prepared(records, report.skipped), src.digest)
            if progress:
                progress(done, len(files))
        report.skipped += batch.skipped
        writer.commit()
        report.documents = ix.doc_count()
        ix.close()
        store.finish_generation(path, {"documents": report.documents})
        store.swap_in(root, path)
    except BaseException:
        writer.cancel()
        ix.close()
        shutil.rmtree(path, ignore_errors=True)
        raise
    return report


def _manifest(reader) -> dict[str, str]:
    manifest = {}
    for key in reader.field_terms(f.SOURCE_KEY):
        source, _, digest = key.rpartition(f.SEP)
        manifest[source] = digest
    return manifest


def _update(live: Path, files: list[SourceFile], progress: Progress | None) -> Report:
    ix = store.whoosh_index.open_dir(str(live))
    report = Report()
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            manifest = _manifest(reader)
            present = {src.relpath for src in files}
            todo = [s for s in files if manifest.get(s.relpath) != s.digest]
            removed = [s for s in manifest if s not in present]
            stale = {s.relpath for s in todo if s.relpath in manifest} | set(removed)
            old_counts = {s: searcher.doc_frequency(f.SOURCE, s) for s in stale}
            report.unchanged = ix.doc_count() - sum(old_counts.values())
            if not todo and not removed:
                report.documents = ix.doc_count()
                return report
            ids = set(reader.field_terms(f.ID))
            live_hashes = set(reader.field_terms(f.CONTENT_HASH))
            for source in stale:
                for doc in searcher.documents(source=source):
                    ids.discard(doc[f.ID])
                    live_hashes.discard(doc[f.CONTENT_HASH])

            def known(digest: str) -> str | None:
                if digest not in live_hashes:
                    return None
                return searcher.document(content_hash=digest)[f.PATH]

            writer = ix.writer(limitmb=WRITER_MB)
            try:
                batch = _Batch(writer, known, ids)
                for source in removed:
                    writer.delete_by_term(f.SOURCE, source)
                    report.removed += old_counts[source]
                for done, src in enumerate(todo, start=1):
                    _update_source(src, src.relpath in stale, batch, old_counts, report)
                    if progress:
                        progress(done, len(todo))
                report.skipped += batch.skipped
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
        report.documents = ix.doc_count()
        store.finish_generation(live, {"documents": report.documents})
    finally:
        ix.close()
    return report


def _update_source(
    src: SourceFile, was_indexed: bool, batch: _Batch, old_counts: dict[str, int], report: Report
) -> None:
    records, skips = read_source(src, max_doc_bytes())
    failed: list[Skip] = []
    releases = list(_prepared(records, failed))
    report.skipped += skips + failed
    if not was_indexed:
        report.added += batch.add(releases, src.digest)
        return
    if not releases and (skips or failed):
        return  # unreadable now: keep what was indexed before
    batch.writer.delete_by_term(f.SOURCE, src.relpath)
    report.updated += batch.add(releases, src.digest)
    report.removed += max(0, old_counts[src.relpath] - len(releases))
