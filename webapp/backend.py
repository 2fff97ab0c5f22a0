"""The one seam between the web app and its search engine: the embedded Whoosh index or a cluster.

``make_engine`` picks the engine from the app's configuration (``OPENSEARCH`` set by
``PRESSESUCHE_OPENSEARCH`` or ``serve --opensearch``; else the index folder). The views call
the functions below with the app's engine; each answers from the embedded core or from the
OpenSearch engine with the same result types, so pages and JSON are one contract.
"""

from __future__ import annotations

import datetime as dt

from indexer.engine import store
from indexer.search import entity_pages, highlight, quotes, searcher
from indexer.search import facet_values as embedded_facets
from indexer.search.pool import Engine


def make_engine(config) -> Engine:
    """Return the engine the app answers from (an ``OpenSearchEngine`` for a cluster)."""
    url = (config.get("OPENSEARCH") or "").strip()
    if url:
        from indexer.opensearch import DEFAULT_INDEX
        from indexer.opensearch.engine import OpenSearchEngine

        return OpenSearchEngine(url, config.get("OPENSEARCH_INDEX") or DEFAULT_INDEX)
    return Engine(config["INDEX_DIR"])


def _remote(engine) -> bool:
    return not isinstance(engine, Engine)


def search(engine, text: str, **options) -> searcher.SearchResult:
    """A page of ranked hits with facets (``indexer.search.searcher.search``)."""
    if _remote(engine):
        return engine.search(text, **options)
    return searcher.search(engine, text, **options)


def get_release(engine, id_or_path: str):
    """One release by id or path, or None."""
    if _remote(engine):
        return engine.get_release(id_or_path)
    return searcher.get_release(engine, id_or_path)


def versions_of(engine, ids: list[str]) -> list[searcher.Version]:
    """The releases of ``ids`` with title and date: a release's other versions (its page, the
    hit lines)."""
    if _remote(engine):
        return engine.versions_of(ids)
    return searcher.versions_of(engine, ids)


def search_quotes(engine, text: str, **options) -> quotes.QuoteResult:
    """A page of quotes (``indexer.search.quotes.search_quotes``)."""
    if _remote(engine):
        return engine.search_quotes(text, **options)
    return quotes.search_quotes(engine, text, **options)


def mark_spans(engine, body: str, text: str) -> list[tuple[int, int]]:
    """The spans of a release body that the query ``text`` marks."""
    if _remote(engine):
        return engine.mark_spans(body, text)
    return highlight.mark_spans(engine, body, text)


def facet_values(engine, name: str, text: str = "", **options):
    """The values of one facet over a search (``indexer.search.facet_values``)."""
    if _remote(engine):
        return engine.facet_values(name, text, **options)
    return embedded_facets.facet_values(engine, name, text, **options)


def person_page(engine, name: str):
    """A person's page, or None."""
    if _remote(engine):
        return engine.person_page(name)
    return entity_pages.person_page(engine, name)


def organisation_page(engine, name: str):
    """An organisation's page, or None."""
    if _remote(engine):
        return engine.organisation_page(name)
    return entity_pages.organisation_page(engine, name)


def name_counts(engine, fieldname: str):
    """How many releases name each value of a name field (``Counter``), as shown."""
    if _remote(engine):
        return engine.name_counts(fieldname)
    from collections import Counter

    return Counter(v for values in engine.facet_values(fieldname).values() for v in values)


def built(engine) -> dt.datetime:
    """When the index answering was built: the feed's time for releases without one."""
    if _remote(engine):
        return engine.built()
    live = store.live_path(engine.root)
    return dt.datetime.fromtimestamp(live.stat().st_mtime if live else 0, dt.UTC)
