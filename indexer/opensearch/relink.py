"""One person, one facet value on OpenSearch: the embedded build's relink over a new index.

``indexer.build.relink`` links the person values of a whole index after a build (variants of a
full name to the person's one name, a bare surname to the one known person of that surname or,
by role, to one of several). Here its rules (``person_links``, ``role_links``) read the new
physical index through a small reader and searcher of the cluster, and the releases whose
persons or speakers change are rebuilt from their stored fields, analysed again and written
anew with their quote records, as the embedded relink does, before the alias moves.
"""

from __future__ import annotations

from collections.abc import Iterator

from indexer.build.pipeline import pre_analyse
from indexer.build.release import to_records
from indexer.build.relink import person_links, role_links
from indexer.engine import schema as f
from indexer.engine.stored import from_stored
from indexer.opensearch.documents import TERMS

PAGE = 1000  # documents or values read per request


class ClusterReader:
    """The person values of the index and their release counts (``reader`` of relink)."""

    def __init__(self, client, index: str) -> None:
        self.counts: dict[str, int] = {}
        after = None
        while True:  # a composite aggregation pages through every value, however many
            source = {f.PERSONS: {"terms": {"field": f.PERSONS}}}
            composite: dict = {"size": PAGE, "sources": [source]}
            if after is not None:
                composite["after"] = after
            body = {"size": 0, "query": _releases(), "aggs": {"v": {"composite": composite}}}
            found = client.search(index=index, body=body)["aggregations"]["v"]
            for bucket in found["buckets"]:
                self.counts[bucket["key"][f.PERSONS]] = bucket["doc_count"]
            after = found.get("after_key")
            if not found["buckets"] or after is None:
                break

    def field_terms(self, fieldname: str) -> list[str]:
        assert fieldname == f.PERSONS
        return sorted(self.counts)

    def doc_frequency(self, fieldname: str, value: str) -> int:
        assert fieldname == f.PERSONS
        return self.counts.get(value, 0)


class ClusterSearcher:
    """The stored releases of the index by person value and id (``searcher`` of relink)."""

    def __init__(self, client, index: str) -> None:
        self.client, self.index = client, index
        self._reader = ClusterReader(client, index)
        self._stored: dict[str, dict] = {}

    def reader(self) -> ClusterReader:
        return self._reader

    def document_numbers(self, **terms) -> Iterator[str]:
        """The ids of the releases with each ``field=value`` (the ids stand for numbers)."""
        wanted = [{"term": {name: value}} for name, value in terms.items()]
        query = {"bool": {"filter": [*_releases()["bool"]["filter"], *wanted]}}
        after = None
        while True:
            body = {"query": query, "size": PAGE, "sort": [{f.ID: "asc"}]}
            body["_source"] = {"excludes": list(TERMS.values())}
            if after is not None:
                body["search_after"] = after
            hits = self.client.search(index=self.index, body=body)["hits"]["hits"]
            for hit in hits:
                self._stored[hit["_id"]] = _stored(hit["_source"])
                yield hit["_id"]
            if len(hits) < PAGE:
                return
            after = hits[-1]["sort"]

    def stored_fields(self, doc_id: str) -> dict:
        if doc_id not in self._stored:
            found = self.client.get(index=self.index, id=doc_id)
            self._stored[doc_id] = _stored(found["_source"])
        return self._stored[doc_id]

    def document(self, **terms) -> dict | None:
        return self.stored_fields(terms[f.ID])


def _releases() -> dict:
    return {"bool": {"filter": [{"term": {f.KIND: f.RELEASE_KIND}}]}}


def _stored(source: dict) -> dict:
    from indexer.opensearch.searching import stored_fields

    return stored_fields(source)


def relink_cluster(client, index: str, writer) -> int:
    """Rewrite the releases of ``index`` whose persons or speakers link to another value, with
    their quotes, through ``writer`` (``BulkWriter``); return how many.

    A rebuild reads every file once, so no release is left alone for several digests of its
    file as in the embedded update (the digest only makes the source key, not sent here)."""
    searcher = ClusterSearcher(client, index)
    links = person_links(searcher.reader())
    by_role = role_links(searcher)
    docs: dict[str, dict] = {}
    for value in links:
        for doc_id in searcher.document_numbers(**{f.PERSONS: value}):
            docs[doc_id] = searcher.stored_fields(doc_id)
    for doc_id in by_role:
        docs[doc_id] = searcher.stored_fields(doc_id)
    if not docs:
        return 0
    ids = sorted(docs)
    for doc_id in ids:
        release = from_stored(docs[doc_id])
        mine = {**links, **by_role.get(doc_id, {})}
        release.persons = list(dict.fromkeys(mine.get(n, n) for n in release.persons))
        for quote in release.quotes:
            if quote.get("speaker"):
                quote["speaker"] = mine.get(quote["speaker"], quote["speaker"])
        # the release and its quote records (``quote_id``: one per stored quote, the same ids)
        # replace the documents of the same ids
        for record in to_records(pre_analyse(release), ""):
            writer.add_document(**record)
    writer.commit()
    return len(ids)
