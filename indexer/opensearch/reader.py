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
        self.client, self.alias = client, alias

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
