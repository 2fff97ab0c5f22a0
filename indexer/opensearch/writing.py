"""``pressesuche index`` into OpenSearch: a new physical index per run behind an alias.

The corpus is read, repaired, extracted and analysed as for the embedded engine (the same
batch: exact duplicates once, unique ids); the records go to the cluster in bulk requests, and
then the embedded build's relink links the persons across
the whole new index (``relink``; ``PRESSESUCHE_RELINK=0`` leaves it out there too). When every
file is done, the alias is moved to the new index in one atomic ``_aliases`` call; the index it
named before is kept until the next run begins (a request that began on it reads it to its end)
and deleted then. A run that fails or is killed leaves the alias where it
was: searches go on against the old index, and the next run deletes the unfinished one. A bulk
item the cluster refuses is reported with its path and the reason; its release is then missing
from the new index, as an unreadable file is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from indexer.build.indexing import CorpusMissing, Report, _Batch, _Live
from indexer.config import relink_persons as config_relink
from indexer.engine import schema as f
from indexer.opensearch import OpenSearchError, connect, versions
from indexer.opensearch.documents import SEQ, build_mapping, to_document
from indexer.text.corpus import Skip, scan

BULK_BYTES = 5_000_000  # one bulk request: well below http.max_content_length (100 MB)
BULK_DOCS = 1000


class BulkWriter:
    """Takes records as Whoosh's writer does (``add_document``) and sends them in bulk."""

    segments = ()  # a new physical index each build: nothing kept to relink (``build.relink``)

    def __init__(self, client, index: str) -> None:
        self.client = client
        self.index = index
        self.schema = f.build_schema()
        self.pending: list[tuple[dict, dict]] = []
        self.size = 0
        self.failed: list[Skip] = []
        self.sent = 0
        self.seq = 0

    def add_document(self, **record) -> None:
        document = to_document(record, self.schema)
        document[SEQ] = self.seq
        self.seq += 1
        self.pending.append((record, document))
        self.size += len(str(document))
        if len(self.pending) >= BULK_DOCS or self.size >= BULK_BYTES:
            self.flush()

    def flush(self) -> None:
        """Send what is pending; remember each refused item with its path and reason."""
        if not self.pending:
            return
        body: list[dict] = []
        for record, document in self.pending:
            body += [{"index": {"_index": self.index, "_id": record[f.ID]}}, document]
        response = self.client.bulk(body=body)
        for (record, _), item in zip(self.pending, response["items"], strict=True):
            error = item["index"].get("error")
            if error:
                reason = error.get("reason") or error.get("type") or str(error)
                what = "Zitat" if record.get(f.KIND) == f.QUOTE_KIND else "Mitteilung"
                self.failed.append(
                    Skip(record.get(f.PATH, record[f.ID]), f"OpenSearch lehnt {what} ab: {reason}")
                )
            else:
                self.sent += 1
        self.pending, self.size = [], 0

    def commit(self) -> None:
        self.flush()

    def cancel(self) -> None:
        self.pending, self.size = [], 0


def physical_name(alias: str) -> str:
    """Return a new physical index name under ``alias``: the alias and the time in ns."""
    return f"{alias}-{time.time_ns()}"


def index_corpus(
    corpus: Path,
    url: str,
    alias: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    client=None,
) -> Report:
    """Rebuild the archive of ``corpus`` into a new index and move ``alias`` onto it."""
    started = time.monotonic()
    if not corpus.is_dir():
        raise CorpusMissing(f"Korpusordner {corpus} nicht gefunden.")
    client = client or connect(url)
    try:
        return _rebuild(client, corpus, alias, progress, started)
    except OpenSearchError:
        raise
    except Exception as exc:  # the client's connection and transport errors
        message = f"OpenSearch unter {url} antwortet nicht wie erwartet: {exc}"
        raise OpenSearchError(message) from exc


def _rebuild(client, corpus: Path, alias: str, progress, started: float) -> Report:
    _check_alias(client, alias)
    files, skips = scan(corpus)
    _remove_unfinished(client, alias)
    name = physical_name(alias)
    client.indices.create(index=name, body=build_mapping())
    writer = BulkWriter(client, name)
    # persons linked across all releases before they are sent, as the embedded build does
    batch = _Batch(writer, _Live(), relink_all=config_relink())
    report = Report(rebuilt=True, skipped=list(skips))
    try:
        for done, item in enumerate(batch.prepare(files), start=1):
            report.skipped += item.read_skips + item.failed
            report.added += batch.add(item.releases, item.source.digest)
            if progress:
                progress(done, len(files))
        batch.commit()
        client.indices.refresh(index=name)
        versions.group_index(client, name)  # near-identical releases: one hit, as embedded
        report.skipped += batch.skipped + writer.failed
        query = {"query": {"term": {f.KIND: f.RELEASE_KIND}}}
        report.documents = client.count(index=name, body=query)["count"]
        report.added -= sum(1 for s in writer.failed if "Mitteilung" in s.reason)
        _swap(client, alias, name)
    except BaseException:
        client.indices.delete(index=name, ignore_unavailable=True)
        raise
    report.seconds = time.monotonic() - started
    return report


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
