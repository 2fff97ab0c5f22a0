"""``pressesuche index`` on OpenSearch without ``--rebuild``: the live index updated in place.

As the embedded update (``build.indexing``, whose plan and loop it runs): files whose digest
differs from what the index holds are read again, the releases of removed files are deleted,
unchanged files are not read, a release that took too long stays skipped while its file is
unchanged, and the persons of the releases written are linked with those the index keeps
(``build.relink``); kept releases whose links change are written again.

The index cannot take a transaction, so the order keeps every release searchable: new and
changed releases are sent first (a changed release under its id replaces the old record), and
the records they replace, and those of removed files, are deleted after, by id. Before it
writes, the update lists the files it reads in the mapping's ``_meta``; a run that fails or
is killed leaves them listed, and the next run reads them again. When every write is in, the
versions are grouped again (``versions.group_index``: only the group fields that differ are
written) and the new state token goes into ``_meta`` last, so that the server processes read
the groups and the name labels again (``opensearch.state``).
"""

from __future__ import annotations

from whoosh import query as q

from indexer.build.indexing import Report, _Batch, _bounds, apply_update, plan_update
from indexer.build.pipeline import pre_analyse, running, workers_for
from indexer.build.release import to_records
from indexer.build.relink import Links, link_with
from indexer.config import relink_persons as config_relink
from indexer.engine import schema as f
from indexer.engine.stored import PersonLinks, from_stored, unlinked
from indexer.opensearch import OpenSearchError, versions
from indexer.opensearch.documents import GROUP, LINKS, PLACE, SEQ, TERMS, meta
from indexer.opensearch.searching import stored_fields
from indexer.opensearch.writing import BulkTarget, BulkWriter, release_count

READ = (f.ID, f.KIND, f.SOURCE, f.PATH, f.SOURCE_KEY, f.CONTENT_HASH, f.FIRST_INDEXED)
PAGE = 5000  # records per page when the live index is read
DELETES = 2000  # deletions per bulk request


class Remote:
    """What the live index holds, read once at the start: the embedded update's ``_Live``
    (duplicates, ids, first-indexed times) minus the sources being replaced (``stale``)."""

    def __init__(self, client, index: str) -> None:
        from opensearchpy import helpers

        self.stale: set[str] = set()
        self.records: dict[str, tuple[str, str]] = {}  # every record's id -> (source, path)
        self.releases: dict[str, dict] = {}  # release id -> what ``READ`` names, and the links
        self.by_hash: dict[str, list[str]] = {}
        body = {"_source": [*READ, f.PERSON_LINKS], "query": {"match_all": {}}}
        for hit in helpers.scan(client, index=index, query=body, size=PAGE):
            doc = hit["_source"]
            self.records[hit["_id"]] = (doc.get(f.SOURCE, ""), doc.get(f.PATH, ""))
            if doc.get(f.KIND) == f.RELEASE_KIND:
                self.releases[doc[f.ID]] = doc
                self.by_hash.setdefault(doc.get(f.CONTENT_HASH, ""), []).append(doc[f.ID])

    def manifest(self) -> dict[str, set[str]]:
        """Each source file -> the digests its releases were read from."""
        found: dict[str, set[str]] = {}
        for doc in self.releases.values():
            source, _, digest = (doc.get(f.SOURCE_KEY) or "").rpartition(f.SEP)
            found.setdefault(source, set()).add(digest)
        return found

    def count(self, source: str | None = None) -> int:
        docs = self.releases.values()
        return sum(1 for doc in docs if source is None or doc.get(f.SOURCE) == source)

    def _kept(self, doc_id: str) -> dict | None:
        doc = self.releases.get(doc_id)
        return doc if doc is not None and doc.get(f.SOURCE) not in self.stale else None

    def path_of_text(self, digest: str) -> str | None:
        for doc_id in self.by_hash.get(digest, ()):
            if (doc := self._kept(doc_id)) is not None:
                return doc[f.PATH]
        return None

    def has_id(self, doc_id: str) -> bool:
        record = self.records.get(doc_id)
        return record is not None and record[0] not in self.stale

    def first_indexed(self, doc_id: str) -> str | None:
        return (self.releases.get(doc_id) or {}).get(f.FIRST_INDEXED)

    def releases_at(self, source: str, paths: set[str]) -> list[dict]:
        """The releases of ``source`` that came from one of ``paths``."""
        docs = self.releases.values()
        return [d for d in docs if d.get(f.SOURCE) == source and d.get(f.PATH) in paths]

    def links(self, doc_id: str) -> PersonLinks | None:
        value = self.releases[doc_id].get(f.PERSON_LINKS)
        if not value:
            return None
        found = [value.get(name) for name in LINKS]
        found[2], found[3] = tuple(found[2] or ()), tuple(found[3] or ())
        found[4] = {surname: tuple(roles) for surname, roles in (found[4] or {}).items()}
        found[5], found[6] = found[5] or {}, found[6] or ""
        found[7] = {name: tuple(cues) for name, cues in (found[7] or {}).items()}
        return PersonLinks(*found)


def _holds(query: q.Query, record: dict) -> bool:
    """Whether a record (its source and path) matches one of the deletions ``_update_source``
    asks for: a term, and-not, or."""
    if isinstance(query, q.Term):
        return record.get(query.fieldname) == query.text
    if isinstance(query, q.AndNot):
        return _holds(query.a, record) and not _holds(query.b, record)
    if isinstance(query, q.Or):
        return any(_holds(sub, record) for sub in query.subqueries)
    raise TypeError(f"unexpected deletion {query!r}")


class UpdateWriter(BulkWriter):
    """The main writer of an update: sends as ``BulkWriter``, keeps the deletions asked for
    until ``delete_replaced`` and links the persons with the releases the index keeps."""

    def __init__(self, client, index: str, remote: Remote, seq: int) -> None:
        super().__init__(client, index, seq, track=True)
        self.remote = remote
        self.deletions: list[q.Query] = []
        self.groups: dict[str, dict] = {}  # a relinked release's group fields, sent with it

    def document(self, record: dict) -> dict:
        found = super().document(record)
        return found | self.groups.get(record[f.ID], {})

    def delete_by_term(self, fieldname: str, text: str) -> None:
        self.deletions.append(q.Term(fieldname, text))

    def delete_by_query(self, query: q.Query) -> None:
        self.deletions.append(query)

    def _doomed(self, doc_id: str) -> bool:
        source, path = self.remote.records[doc_id]
        record = {f.SOURCE: source, f.PATH: path}
        return any(_holds(query, record) for query in self.deletions)

    def relink(self, pending: dict[str, PersonLinks]) -> tuple[Links, int]:
        """``build.relink.relink`` on the cluster: link ``pending`` with the releases kept and
        send again the kept ones whose links change, read back from their ``_source``."""
        kept = {}
        for doc_id in self.remote.releases:
            if not self._doomed(doc_id) and (found := self.remote.links(doc_id)) is not None:
                kept[doc_id] = found
        links, changed = link_with(kept, pending)
        for start in range(0, len(changed), 100):
            ids = changed[start : start + 100]
            excludes = list(TERMS.values()) + [SEQ]
            got = self.client.mget(index=self.index, body={"ids": ids}, _source_excludes=excludes)
            for doc in got["docs"]:
                source = doc["_source"]
                # kept while the update runs: the release stays one hit with its versions
                kept_group = {k: source[k] for k in (GROUP, PLACE) if source.get(k) is not None}
                self.groups[doc["_id"]] = kept_group
                release = unlinked(from_stored(stored_fields(doc["_source"])), kept[doc["_id"]])
                release.links = links.get(release.id, {})
                for record in to_records(pre_analyse(release), kept[release.id].digest):
                    self.add_document(**record)
        return {doc_id: links.get(doc_id, {}) for doc_id in pending}, len(changed)

    def delete_replaced(self) -> int:
        """Delete the records the deletions name, except those sent in this run; return how
        many. Run after every write is in: until then the old records stay searchable."""
        tried = self.done.tried
        doomed = [i for i in self.remote.records if i not in tried and self._doomed(i)]
        for start in range(0, len(doomed), DELETES):
            body = [{"delete": {"_index": self.index, "_id": i}} for i in doomed[start:][:DELETES]]
            for item in self.client.bulk(body=body)["items"]:
                error = item["delete"].get("error")
                if error and item["delete"].get("status") != 404:
                    raise OpenSearchError(
                        f"OpenSearch löscht {item['delete'].get('_id')} nicht: "
                        f"{error.get('reason') or error}"
                    )
        return len(doomed)


def _next_seq(client, index: str) -> int:
    body = {"size": 0, "aggs": {"last": {"max": {"field": SEQ}}}}
    last = client.search(index=index, body=body)["aggregations"]["last"]["value"]
    return 0 if last is None else int(last) + 1


def _put_meta(client, index: str, data: dict) -> None:
    client.indices.put_mapping(index=index, body={"_meta": data})


def update(client, url: str, index: str, files, skips, progress, parallel, found: dict) -> Report:
    """Update the physical index ``index`` (the alias's one) with the corpus files."""
    known_slow = found.get("timed_out") or {}
    unfinished = found.get("unfinished") or []
    bounds = _bounds(known_slow)
    remote = Remote(client, index)
    plan = plan_update(files, remote.manifest(), skips, bounds, known_slow, again=unfinished)
    report = Report(skipped=plan.skipped)
    remote.stale = plan.stale
    old_counts = {source: remote.count(source) for source in plan.stale}
    total = remote.count()
    report.unchanged = total - sum(old_counts.values())
    if not plan.todo and not plan.removed:
        report.documents = total
        return report
    reading = {src.relpath for src in plan.todo}
    _put_meta(client, index, meta(known_slow, sorted(reading | set(unfinished))))
    seq = _next_seq(client, index)
    writer = UpdateWriter(client, index, remote, seq)
    count = workers_for(plan.todo) if parallel else 0
    with running(count, BulkTarget(url, index, seq, track=True), bounds.seconds) as workers:
        batch = _Batch(writer, remote, workers, bounds, relink_all=config_relink())
        apply_update(batch, plan, old_counts, report, progress)
    client.indices.refresh(index=index)
    writer.delete_replaced()
    client.indices.refresh(index=index)
    versions.group_index(client, index)  # new, changed, removed and re-sent releases regrouped
    report.skipped += writer.done.failed
    for source, refused in writer.done.refused.items():
        if source in plan.stale:
            report.updated -= refused
        elif source in reading:
            report.added -= refused
    _put_meta(client, index, meta(plan.slow))
    report.documents = release_count(client, index)
    return report
