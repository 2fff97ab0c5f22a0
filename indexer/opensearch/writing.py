"""``pressesuche index`` into OpenSearch: an update in place, or a new index behind an alias.

The corpus is read, repaired, extracted and analysed as for the embedded engine, by the same
worker processes (``build.pipeline``: ``PRESSESUCHE_WORKERS``, the watchdog, the time bound);
each worker sends the releases it prepared to the cluster in bulk requests of its own. The
same batch decides what is written (exact duplicates once, unique ids, persons linked across
the whole index by the embedded build's relink; ``PRESSESUCHE_RELINK=0`` leaves it out).
Near-identical releases are then grouped into versions (``opensearch.versions``).

Without ``--rebuild`` a compatible live index is updated in place (``opensearch.updating``).
``--rebuild``, a missing index or one of another layout build a new physical index: when every
file is done, the alias is moved to it in one atomic ``_aliases`` call; the index it named
before is kept until the next run begins (a request that began on it reads it to its end) and
deleted then. A rebuild that fails or is killed leaves the alias where it was: searches go on
against the old index, and the next run deletes the unfinished one. A bulk item the cluster
refuses is reported with its path and the reason; in a rebuild its release is then missing
from the new index, as an unreadable file is; an update keeps its old version.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.build.indexing import (
    CorpusMissing,
    Report,
    _Batch,
    _bounds,
    _Live,
    _note_timeouts,
)
from indexer.build.pipeline import Target, WorkerLost, running, workers_for
from indexer.config import follow_links as config_follow_links
from indexer.config import relink_persons as config_relink
from indexer.engine import schema as f
from indexer.opensearch import OpenSearchError, connect, versions
from indexer.opensearch.documents import LAYOUT, SEQ, build_mapping, meta, to_document
from indexer.text.corpus import Skip, scan

BULK_BYTES = 5_000_000  # one bulk request: well below http.max_content_length (100 MB)
BULK_DOCS = 1000
STRIDE = 1 << 40  # the numbers (``SEQ``) of one worker's records, as Whoosh's of its segment


@dataclass
class Sent:
    """What bulk writers sent: items accepted, those refused (path and reason; releases refused
    per source file) and, for an update, the ids of every item tried."""

    accepted: int = 0
    failed: list[Skip] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    tried: set[str] | None = None

    def merge(self, other: Sent) -> None:
        self.accepted += other.accepted
        self.failed += other.failed
        for source, count in other.refused.items():
            self.refused[source] = self.refused.get(source, 0) + count
        if self.tried is not None and other.tried:
            self.tried |= other.tried


class BulkWriter:
    """Takes records as Whoosh's writer does (``add_document``) and sends them in bulk."""

    segments = ()  # a new physical index each build: nothing kept to relink (``build.relink``)

    def __init__(self, client, index: str, seq: int = 0, track: bool = False) -> None:
        self.client = client
        self.index = index
        self.schema = f.build_schema()
        self.pending: list[tuple[dict, dict]] = []
        self.size = 0
        self.done = Sent(tried=set() if track else None)
        self.seq = seq

    def add_document(self, **record) -> None:
        document = self.document(record)
        document[SEQ] = self.seq
        self.seq += 1
        self.pending.append((record, document))
        self.size += len(str(document))
        if len(self.pending) >= BULK_DOCS or self.size >= BULK_BYTES:
            self.flush()

    def document(self, record: dict) -> dict:
        """The OpenSearch document of one record."""
        return to_document(record, self.schema)

    def flush(self) -> None:
        """Send what is pending; remember each refused item with its path and reason."""
        if not self.pending:
            return
        body: list[dict] = []
        for record, document in self.pending:
            body += [{"index": {"_index": self.index, "_id": record[f.ID]}}, document]
        response = self.client.bulk(body=body)
        done = self.done
        for (record, _), item in zip(self.pending, response["items"], strict=True):
            if done.tried is not None:
                done.tried.add(record[f.ID])
            error = item["index"].get("error")
            if not error:
                done.accepted += 1
                continue
            reason = error.get("reason") or error.get("type") or str(error)
            what = "Zitat" if record.get(f.KIND) == f.QUOTE_KIND else "Mitteilung"
            path = record.get(f.PATH, record[f.ID])
            done.failed.append(Skip(path, f"OpenSearch lehnt {what} ab: {reason}"))
            if what == "Mitteilung":
                source = record.get(f.SOURCE, "")
                done.refused[source] = done.refused.get(source, 0) + 1
        self.pending, self.size = [], 0

    def close_segment(self) -> Sent:
        """In a worker: send the rest; return what was sent for the main writer's commit."""
        self.flush()
        return self.done

    def commit(self) -> None:
        self.flush()

    def commit_with(self, segments: list[Sent]) -> None:
        """Send the rest and count what the workers sent."""
        self.flush()
        for sent in segments:
            self.done.merge(sent)

    def cancel(self) -> None:
        self.pending, self.size = [], 0


@dataclass(frozen=True)
class BulkTarget(Target):
    """Where the build's worker processes send their releases: the cluster and the index."""

    url: str
    index: str
    seq: int = 0
    track: bool = False

    def open_writer(self, number: int) -> BulkWriter:
        seq = self.seq + (number + 1) * STRIDE
        return BulkWriter(connect(self.url), self.index, seq, self.track)


def physical_name(alias: str) -> str:
    """Return a new physical index name under ``alias``: the alias and the time in ns."""
    return f"{alias}-{time.time_ns()}"


def index_corpus(
    corpus: Path,
    url: str,
    alias: str,
    *,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
    client=None,
    follow_links: bool | None = None,
) -> Report:
    """Bring the index behind ``alias`` up to date with ``corpus``: in place, or rebuilt when
    asked or needed. A lost worker process: the run again, without them."""
    started = time.monotonic()
    if not corpus.is_dir():
        raise CorpusMissing(f"Korpusordner {corpus} nicht gefunden.")
    if follow_links is None:
        follow_links = config_follow_links()
    client = client or connect(url)
    try:
        url = url or _url_of(client)
        _check_alias(client, alias)
        files, skips = scan(corpus, follow_links)
        for parallel in (True, False):
            try:
                report = _run(client, url, alias, files, skips, rebuild, progress, parallel)
                break
            except WorkerLost:
                if not parallel:
                    raise
    except (OpenSearchError, WorkerLost):
        raise
    except Exception as exc:  # the client's connection and transport errors
        message = f"OpenSearch unter {url} antwortet nicht wie erwartet: {exc}"
        raise OpenSearchError(message) from exc
    report.seconds = time.monotonic() - started
    return report


def _run(client, url, alias, files, skips, rebuild, progress, parallel) -> Report:
    _remove_unfinished(client, alias)
    live = _aliased(client, alias)
    found = live_meta(client, live[0]) if len(live) == 1 else None
    if rebuild or found is None or not compatible(found):
        slow = (found or {}).get("timed_out") or {}
        return _rebuild(client, url, alias, files, skips, progress, parallel, slow)
    from indexer.opensearch.updating import update

    return update(client, url, live[0], files, skips, progress, parallel, found)


def live_meta(client, index: str) -> dict:
    """The ``_meta`` of a physical index's mapping (empty: an index of before updates)."""
    mappings = client.indices.get_mapping(index=index)[index]["mappings"]
    return mappings.get("_meta") or {}


def compatible(found: dict) -> bool:
    """Whether an index of this ``_meta`` can be updated in place (else it is rebuilt)."""
    return found.get("layout") == LAYOUT and found.get("schema") == f.SCHEMA_VERSION


def _url_of(client) -> str:
    """The address of the client's first node, for the worker processes' own clients."""
    host = client.transport.hosts[0]
    scheme = host.get("scheme") or ("https" if host.get("use_ssl") else "http")
    return f"{scheme}://{host['host']}:{host['port']}"


def _rebuild(client, url, alias, files, skips, progress, parallel, known_slow) -> Report:
    name = physical_name(alias)
    client.indices.create(index=name, body=build_mapping())
    writer = BulkWriter(client, name)
    bounds = _bounds(known_slow)
    slow: dict[str, dict] = {}
    report = Report(rebuilt=True, skipped=list(skips))
    try:
        count = workers_for(files) if parallel else 0
        with running(count, BulkTarget(url, name), bounds.seconds) as workers:
            # persons linked across all releases before they are sent, as the embedded build does
            batch = _Batch(writer, _Live(), workers, bounds, relink_all=config_relink())
            for done, item in enumerate(batch.prepare(files), start=1):
                _note_timeouts(item, slow)
                report.skipped += item.read_skips + item.failed
                report.added += batch.add(item.releases, item.source.digest)
                if progress:
                    progress(done, len(files))
            batch.commit()
        client.indices.refresh(index=name)
        versions.group_index(client, name)  # near-identical releases: one hit, as embedded
        report.skipped += batch.skipped + writer.done.failed
        report.documents = release_count(client, name)
        report.added -= sum(writer.done.refused.values())
        client.indices.put_mapping(index=name, body={"_meta": meta(slow)})
        _swap(client, alias, name)
    except BaseException:
        client.indices.delete(index=name, ignore_unavailable=True)
        raise
    return report


def release_count(client, index: str) -> int:
    """Count the releases of an index (its quotes left out)."""
    query = {"query": {"term": {f.KIND: f.RELEASE_KIND}}}
    return client.count(index=index, body=query)["count"]


def _aliased(client, alias: str) -> list[str]:
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias))


def _check_alias(client, alias: str) -> None:
    if client.indices.exists(index=alias) and not _aliased(client, alias):
        raise OpenSearchError(
            f"Ein Index heißt schon {alias!r} (kein Alias): bitte umbenennen oder löschen, "
            "pressesuche legt darunter einen Alias an."
        )


def _swap(client, alias: str, name: str) -> None:
    """Point ``alias`` at ``name`` alone in one atomic step. The indices it named before stay
    until the next rebuild begins (``_remove_unfinished``): a web request that began on one
    reads it to its end (``engine.OpenSearchEngine.snapshot``)."""
    old = _aliased(client, alias)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(body={"actions": actions})


def _remove_unfinished(client, alias: str) -> None:
    """Delete indices of earlier runs that the alias does not name: those killed in the middle
    and the one the last rebuild replaced."""
    live = set(_aliased(client, alias))
    found = client.indices.get(index=f"{alias}-*", ignore_unavailable=True, allow_no_indices=True)
    for index in found:
        suffix = index[len(alias) + 1 :]
        if suffix.isdecimal() and index not in live:
            client.indices.delete(index=index, ignore_unavailable=True)
