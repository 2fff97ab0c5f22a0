"""A reader of the cluster's terms, for the query parts that read the index (``Filters.query``
for organisation aliases, ``for_quotes`` for the years of ``jahr:`` patterns, spelling)."""

from __future__ import annotations

from collections.abc import Iterator

from indexer.opensearch import OpenSearchError
from indexer.opensearch.documents import TERMS

ALL_VALUES = 65_536  # buckets of an aggregation that lists every value of a keyword field


class Reader:
    """What the query parts that read the index's terms ask of a reader, from the cluster:
    the organisation aliases behind a filter (``Filters.query``) and the years a ``jahr:``
    pattern matches in the quote search (``for_quotes``)."""

    def __init__(self, client, alias: str) -> None:
        from indexer.opensearch.searching import schema

        self.client, self.alias = client, alias
        self.schema = schema()  # a range reads its field's byte form from the schema

    def _values(self, fieldname: str, include: str | None = None) -> list[str]:
        terms: dict = {"field": fieldname, "size": ALL_VALUES}
        if include is not None:
            terms["include"] = include
        body = {"size": 0, "aggs": {"v": {"terms": terms}}}
        try:
            found = self.client.search(index=self.alias, body=body)
        except Exception as exc:  # the client's transport and request errors
            raise OpenSearchError(f"OpenSearch konnte nicht suchen: {exc}") from exc
        return sorted(str(b["key"]) for b in found["aggregations"]["v"]["buckets"])

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterator[bytes]:
        pattern = "".join(c if c.isalnum() else f"\\{c}" for c in prefix) + ".*"
        for value in self._values(fieldname, pattern):
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
