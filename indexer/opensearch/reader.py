"""A reader of the cluster's terms, for the query parts that read the index (``Filters.query``
for organisation aliases, ``for_quotes`` for the years of ``jahr:`` patterns, spelling)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from indexer.opensearch import OpenSearchError
from indexer.opensearch.documents import TERMS

# Buckets per request when every value of a keyword field is read: a ``composite`` aggregation
# read page by page, so any number of values (persons at 10 million releases) is counted; below
# the cluster's ``search.max_buckets`` (65,535).
BUCKETS = 10_000


def value_counts(client, index: str, fieldname: str, query: dict | None = None) -> Counter[str]:
    """How many documents of ``index`` (those ``query`` matches) hold each value of
    ``fieldname``: every value, read ``BUCKETS`` at a time in the order of the values."""
    counts: Counter[str] = Counter()
    after = None
    while True:
        composite: dict = {"size": BUCKETS, "sources": [{"v": {"terms": {"field": fieldname}}}]}
        if after is not None:
            composite["after"] = after
        body: dict = {"size": 0, "track_total_hits": False, "aggs": {"v": {"composite": composite}}}
        if query is not None:
            body["query"] = query
        try:
            answer = client.search(index=index, body=body)["aggregations"]["v"]
        except Exception as exc:  # the client's transport and request errors
            raise OpenSearchError(f"OpenSearch konnte nicht suchen: {exc}") from exc
        for bucket in answer["buckets"]:
            counts[str(bucket["key"]["v"])] += bucket["doc_count"]
        after = answer.get("after_key")
        if after is None or len(answer["buckets"]) < BUCKETS:
            return counts


class Reader:
    """What the query parts that read the index's terms ask of a reader, from the cluster:
    the organisation aliases behind a filter (``Filters.query``) and the years a ``jahr:``
    pattern matches in the quote search (``for_quotes``)."""

    def __init__(self, client, alias: str) -> None:
        from indexer.opensearch.searching import schema

        self.client, self.alias = client, alias
        self.schema = schema()  # a range reads its field's byte form from the schema

    def _values(self, fieldname: str, prefix: str = "") -> list[str]:
        """The values of a keyword field (those starting with ``prefix``), sorted."""
        query = {"prefix": {fieldname: prefix}} if prefix else None
        found = value_counts(self.client, self.alias, fieldname, query)
        return sorted(v for v in found if v.startswith(prefix))

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterator[bytes]:
        for value in self._values(fieldname, prefix):
            yield value.encode("utf-8")

    def terms_from(self, fieldname: str, start: bytes) -> Iterator[tuple[str, bytes]]:
        """The values of a keyword field from ``start`` on, as Whoosh's reader lists them."""
        for value in self._values(fieldname):
            if (encoded := value.encode("utf-8")) >= start:
                yield fieldname, encoded

    def lexicon(self, fieldname: str) -> Iterator[bytes]:
        for value in self._values(fieldname):
            yield value.encode("utf-8")

    def field_terms(self, fieldname: str) -> Iterator[str]:
        yield from self._values(fieldname)

    def doc_frequency(self, fieldname: str, text: str) -> int:
        body = {"query": {"term": {TERMS.get(fieldname, fieldname): text}}}
        try:
            return self.client.count(index=self.alias, body=body)["count"]
        except Exception as exc:  # the client's transport and request errors
            raise OpenSearchError(f"OpenSearch konnte nicht zählen: {exc}") from exc
