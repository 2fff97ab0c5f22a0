"""The web app's engine on OpenSearch: every route's answer from the cluster (issue 20).

``webapp.backend.make_engine`` returns this instead of the embedded ``Engine`` when
``PRESSESUCHE_OPENSEARCH`` (or ``serve --opensearch``) names a cluster. It offers what the
routes ask of an engine: search, a release, quote search, the values of a facet, name
suggestions, person and organisation pages and the marks of a release page, each with the
embedded engine's result types, so that the pages and the JSON contract stay one.

One state per request, as in the embedded engine: within a snapshot (``pin``/``unpin`` around
each web request, ``snapshot()`` around an export) every search reads the physical index that
the alias named at the request's first search, not the alias. A rebuild moves the alias in one
step and keeps the index it replaced until the next rebuild begins (``writing``), so a request
that straddles the move reads the old index to its end; the next request reads the new one.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator

from indexer.engine import schema as f
from indexer.extraction.keys import org_group_key
from indexer.extraction.names import name_key
from indexer.model import Release
from indexer.opensearch import OpenSearchError, connect, searching, versions
from indexer.opensearch import quotes as remote_quotes
from indexer.opensearch.documents import SEQ, TERMS
from indexer.opensearch.names import KEYS, labels
from indexer.opensearch.reader import Reader, value_counts
from indexer.search import entity_pages as pages
from indexer.search.facet_values import FacetValues, listed
from indexer.search.facets import FACETS, FacetValue, without
from indexer.search.highlight import match_spans
from indexer.search.pool import Engine
from indexer.search.query import Filters, parse_query
from indexer.search.quotes import QuoteHit, QuoteResult, for_quotes
from indexer.search.searcher import Version

NEWEST = [{f.DATESORT: {"order": "desc", "missing": "_last"}}, {SEQ: "desc"}]


class OpenSearchEngine:
    """The engine of the web app on a cluster: ``url`` and the alias searched."""

    def __init__(self, url: str, alias: str, client=None) -> None:
        self.url, self.name = url, alias
        self._client = client
        self._lock = threading.Lock()
        self._local = threading.local()  # the physical index a thread's snapshot reads

    @property
    def alias(self) -> str:
        """What a search reads: in a snapshot the physical index the alias named at its first
        search (a rebuild keeps it until the next one), else the alias."""
        if not getattr(self._local, "pinned", False):
            return self.name
        if getattr(self._local, "index", None) is None:
            self._local.index = self._behind_alias()
        return self._local.index or self.name

    def _behind_alias(self) -> str | None:
        try:
            found = self.client.indices.get_alias(name=self.name)
        except Exception:  # no alias (a plain index, none yet) or no cluster: the name answers
            return None
        return max(found) if found else None  # one index; names sort by their build time

    @property
    def client(self):
        with self._lock:
            if self._client is None:
                self._client = connect(self.url)
            return self._client

    def reader(self) -> Reader:
        return Reader(self.client, self.alias)

    # -- what the app's request cycle asks of any engine -------------------------------------

    def pin(self) -> None:
        """Read one physical index for every search of this thread until ``unpin``: the one
        the alias names at the first search (see the module's note)."""
        self._local.pinned, self._local.index = True, None

    def unpin(self) -> None:
        self._local.pinned, self._local.index = False, None

    # one physical index for every search in the block (a web request, an export): the
    # embedded engine's block around ``pin`` and ``unpin``
    snapshot = Engine.snapshot

    def warm(self) -> bool:
        """Read the name labels once, so the first visitor does not wait for them."""
        searching.search(self.client, self.alias, "", limit=1)
        return True

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def built(self) -> dt.datetime:
        """When the physical index behind the alias was created (the feed's fallback time)."""
        try:
            found = self.client.indices.get_settings(index=self.alias, name="index.creation_date")
        except Exception as exc:  # the client's transport and request errors
            raise OpenSearchError(f"OpenSearch antwortet nicht: {exc}") from exc
        created = max(int(s["settings"]["index"]["creation_date"]) for s in found.values())
        return dt.datetime.fromtimestamp(created / 1000, dt.UTC)

    # -- the routes' questions ---------------------------------------------------------------

    def search(self, text: str, **options) -> searching.SearchResult:
        return searching.search(self.client, self.alias, text, **options)

    def get_release(self, id_or_path: str) -> Release | None:
        return remote_quotes.get_release(self.client, self.alias, id_or_path)

    def search_quotes(self, text: str, **options) -> QuoteResult:
        return remote_quotes.search_quotes(self.client, self.alias, text, **options)

    def mark_spans(self, body: str, text: str) -> list[tuple[int, int]]:
        return match_spans(searching.schema(), body, text)

    def name_counts(self, fieldname: str) -> Counter[str]:
        """How many releases name each value of ``fieldname`` (in its shown spelling)."""
        index = self.index()
        releases = {"term": {f.KIND: f.RELEASE_KIND}}
        return _label_counts(
            self, index, fieldname, value_counts(self.client, index, fieldname, releases)
        )

    def index(self) -> str:
        """The physical index behind the alias now."""
        empty = {"hits": {"hits": []}}
        index = searching.physical_index(self.client, self.alias, empty)
        if index is None:
            raise OpenSearchError(f"OpenSearch hat keinen Index {self.name!r}.")
        return index

    def facet_values(
        self,
        name: str,
        text: str = "",
        *,
        filters: Filters | None = None,
        prefix: str = "",
        limit: int = 100,
    ) -> FacetValues:
        """``indexer.search.facet_values.facet_values`` on the cluster."""
        if name not in FACETS and name != "speaker":
            raise ValueError(f"unknown facet {name!r}")
        filters = filters or Filters()
        return listed(name, self._facet_counts(name, text, filters), filters, prefix, limit)

    def _facet_counts(self, name: str, text: str, filters: Filters) -> Counter[str]:
        schema = searching.schema()
        if name == "speaker":
            parsed = parse_query(text, schema, (f.QUOTE,))
            parsed = for_quotes(searching.bounded(self.client, self.alias, parsed), self.reader())
            context: list[dict] = [{"term": {f.KIND: f.QUOTE_KIND}}]
            if filters.date_from or filters.date_to:
                period = Filters(date_from=filters.date_from, date_to=filters.date_to).query()
                context.append(searching.to_dsl(period))
            fieldname = f.SPEAKER
        else:
            parsed = searching.bounded(self.client, self.alias, parse_query(text, schema))
            context = [{"term": {f.KIND: f.RELEASE_KIND}}]
            if (others := without(filters, name).query(self.reader())) is not None:
                context.append(searching.to_dsl(others))
            fieldname = FACETS[name]
        query = searching.request_body(parsed, context, {}, 1, 0, by_date=False)["query"]
        index = self.index()
        if name != "speaker" and not filters.all_versions:  # one release per group of versions
            query = self._newest_only(index, query)
        counts = value_counts(self.client, index, fieldname, query)
        return _label_counts(self, index, fieldname, counts)

    def _newest_only(self, index: str, query: dict) -> dict:
        """``query`` without the versions behind the newest it matches of each group."""
        body = {"query": query, "size": 0, "track_total_hits": False}
        body["aggs"] = {versions.GROUPS: versions.groups_aggregation()}
        answer = searching._run(self.client, index, body)["aggregations"][versions.GROUPS]
        newest = versions.matching_groups(self.client, index, answer, query)
        return versions.excluding(query, versions.table(self.client, index).hidden(newest))

    def versions_of(self, ids: list[str]) -> list[Version]:
        """The releases of ``ids`` as versions: id, title and date, in the order of ``ids``."""
        if not ids:
            return []
        body = _releases_body({"ids": {"values": ids}}, len(ids))
        body["_source"] = [f.ID, f.TITLE, f.DATE, export_date()]
        found = {}
        for raw in searching._run(self.client, self.alias, body)["hits"]["hits"]:
            stored = searching.stored_fields(raw["_source"])
            title, date = stored.get(f.TITLE, ""), stored.get(f.DATE) or None
            found[raw["_id"]] = Version(raw["_id"], title, date)
        return [found.get(i) or Version(i, "", None) for i in ids]

    # -- person and organisation pages (``indexer.search.entity_pages``) --------------------

    def person_page(self, name: str) -> pages.EntityPage | None:
        key = name_key(name) if len(name) <= pages.MAX_NAME_CHARS else ""
        if not key:
            return None
        found = self._releases({"term": {f.PERSON_KEYS: key}})
        person = pages.choose_person(self._counted(found, f.PERSONS), key)
        if person is None:
            return None
        if name_key(person) != key:  # a surname: the page is the full name's
            found = self._releases({"term": {f.PERSON_KEYS: name_key(person)}})
        spoken = {"term": {f.SPEAKER_KEY: name_key(person)}}
        said = self._quotes(spoken, max(pages.LISTED, pages.ROLE_SAMPLE))
        quotes = self._quote_hits(said)
        roles = Counter(x.role for x in quotes if x.role)
        total = said["hits"]["total"]["value"]
        return self._page(pages.PERSON, person, found, total, quotes, roles)

    def organisation_page(self, name: str) -> pages.EntityPage | None:
        if not org_group_key(name) or len(name) > pages.MAX_NAME_CHARS:
            return None
        wanted = Filters(organisations=[name]).query(self.reader())
        keys = {t.text for t in wanted.leaves() if t.fieldname == f.ORGANISATION_KEYS}
        found = self._releases(searching.to_dsl(wanted))
        counts = self._counted(found, f.ORGANISATIONS)
        fitting = [v for v in counts if org_group_key(v) in keys]
        if not fitting:
            return None
        organisation = max(fitting, key=lambda v: (org_group_key(v) == org_group_key(name),
                                                   counts[v], v))  # fmt: skip
        chosen = Filters(organisations=[organisation]).query(self.reader())
        found = self._releases(searching.to_dsl(chosen))
        ids = [hit["_id"] for hit in found["all"]]
        said = self._quotes({"terms": {f.DOC_ID: ids}}, pages.LISTED)
        quotes = self._quote_hits(said)
        total = said["hits"]["total"]["value"]
        return self._page(pages.ORGANISATION, organisation, found, total, quotes, Counter())

    def _releases(self, wanted: dict) -> dict:
        """The releases ``wanted`` selects: the newest listed, every id, the facets counted."""
        body = _releases_body(wanted, pages.LISTED)
        body["sort"] = NEWEST
        body["_source"] = [f.ID, f.TITLE, f.DATE, export_date(), f.URL]
        response = searching._run(self.client, self.alias, body)
        index = searching.physical_index(self.client, self.alias, response)
        query = body["query"]
        response["counts"] = {
            name: _label_counts(self, index, name, value_counts(self.client, index, name, query))
            for name in (f.PERSONS, f.ORGANISATIONS, f.YEAR)
        }
        response["all"] = list(self._every_id(wanted))
        return response

    def _every_id(self, wanted: dict) -> Iterator[dict]:
        """Every release ``wanted`` selects (ids only), in pages sorted by build order."""
        after = None
        while True:
            body = _releases_body(wanted, 1000)
            body |= {"_source": False, "sort": [{SEQ: "asc"}], "track_total_hits": False}
            if after is not None:
                body["search_after"] = after
            hits = searching._run(self.client, self.alias, body)["hits"]["hits"]
            yield from hits
            if len(hits) < 1000:
                return
            after = hits[-1]["sort"]

    def _counted(self, response: dict, fieldname: str) -> Counter[str]:
        return response["counts"][fieldname]

    def _quotes(self, wanted: dict, size: int) -> dict:
        query = {"bool": {"filter": [{"term": {f.KIND: f.QUOTE_KIND}}, wanted]}}
        body = {"query": query, "size": size, "sort": NEWEST, "track_total_hits": True}
        body["_source"] = {"excludes": list(TERMS.values())}
        return searching._run(self.client, self.alias, body)

    def _quote_hits(self, response: dict) -> list[QuoteHit]:
        hits = response["hits"]["hits"]
        index = hits[0]["_index"] if hits else None
        spoken = labels(self.client, index, f.SPEAKER) if index else {}
        return [remote_quotes.quote_hit(raw["_source"], None, spoken) for raw in hits]

    def _page(
        self,
        kind: str,
        name: str,
        found: dict,
        quote_total: int,
        quotes: list[QuoteHit],
        roles: Counter[str],
    ) -> pages.EntityPage:
        column = f.PERSONS if kind == pages.PERSON else f.ORGANISATIONS
        index = searching.physical_index(self.client, self.alias, found)
        shown = labels(self.client, index, column) if index else {}
        variants = sorted({s for s, label in shown.items() if label == name} | {name})
        other = f.ORGANISATIONS if kind == pages.PERSON else f.PERSONS
        counts = self._counted(found, other)
        related = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: pages.RELATED_CAP + 1]
        years = sorted(self._counted(found, f.YEAR).items(), reverse=True)[:500]
        releases = []
        for raw in found["hits"]["hits"]:
            stored = searching.stored_fields(raw["_source"])
            releases.append(
                pages.EntityRelease(
                    id=stored[f.ID],
                    title=stored.get(f.TITLE, ""),
                    date=stored.get(f.DATE) or None,
                    url=stored.get(f.URL) or None,
                )
            )
        return pages.EntityPage(
            kind=kind,
            name=name,
            variants=variants,
            roles=[role for role, _ in roles.most_common()],
            documents=found["hits"]["total"]["value"],
            years=[FacetValue(v, n) for v, n in years if v],
            quotes=quote_total,
            related=[FacetValue(v, n) for v, n in related if v and v != name][: pages.RELATED_CAP],
            releases=releases,
            quote_list=quotes[: pages.LISTED],
        )


def export_date() -> str:
    """The field of a date without a year, kept beside the date field."""
    return searching.export.DATE_TEXT


def _releases_body(wanted: dict, size: int) -> dict:
    query = {"bool": {"filter": [{"term": {f.KIND: f.RELEASE_KIND}}, wanted]}}
    return {"query": query, "size": size, "track_total_hits": True}


def _label_counts(engine, index: str, fieldname: str, found: Counter[str]) -> Counter[str]:
    """The counts of a field's values counted per shown spelling, as ``FacetColumn.count``."""
    shown = labels(engine.client, index, fieldname) if fieldname in KEYS else {}
    counts: Counter[str] = Counter()
    for value, count in found.items():
        counts[shown.get(value, value)] += count
    return counts
