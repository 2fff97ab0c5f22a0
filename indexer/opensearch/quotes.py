"""``pressesuche quotes`` and ``show`` against OpenSearch, as the embedded engine answers them."""

from __future__ import annotations

import html

from whoosh import highlight
from whoosh.highlight import FIRST, Highlighter

from indexer.config import search_seconds
from indexer.engine import schema as f
from indexer.engine.stored import from_stored
from indexer.extraction.names import name_key
from indexer.model import Release
from indexer.opensearch import OpenSearchError, versions
from indexer.opensearch.documents import UNSHOWN
from indexer.opensearch.names import canonical, labels, physical_index
from indexer.opensearch.reader import Reader
from indexer.opensearch.searching import (
    bounded,
    facet_values,
    request_body,
    schema,
    stored_fields,
    timed,
)
from indexer.search.query import parse_query
from indexer.search.quotes import SPEAKER_CAP, QuoteHit, QuoteResult, for_quotes
from indexer.search.searcher import Budget, Export, MarkFormatter, window

SPEAKER_BUCKETS = 1000


def search_quotes(
    client,
    alias: str,
    text: str,
    *,
    speaker: list[str] | tuple[str, ...] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    page: int = 1,
    limit: int = 20,
    export: Export | None = None,
) -> QuoteResult:
    """Find quotes by words, speaker (any spelling) and date; an empty query lists newest first
    (an ``export``: its rows as one page of one request)."""
    page, limit = export.window() if export else window(page, limit)
    budget = Budget(search_seconds())
    parsed = bounded(client, alias, parse_query(text, schema(), (f.QUOTE,)))
    parsed = for_quotes(parsed, Reader(client, alias))
    context: list[dict] = [{"term": {f.KIND: f.QUOTE_KIND}}]
    keys = [name_key(s) for s in speaker if s.strip()]
    if keys:
        context.append({"terms": {f.SPEAKER_KEY: keys}})
    if date_from or date_to:
        bounds = {"gte": date_from} if date_from else {}
        context.append({"range": {f.DATESORT: bounds | ({"lte": date_to} if date_to else {})}})
    aggs = {"speaker": {"terms": {"field": f.SPEAKER, "size": SPEAKER_BUCKETS}}}
    body = request_body(parsed, context, aggs, page, limit, by_date=parsed.is_empty)
    response = timed(client, alias, body, budget)
    words = frozenset(
        t.decode("utf-8") if isinstance(t, bytes) else t
        for name, t in parsed.query.iter_all_terms()
        if name == f.QUOTE
    )
    index = physical_index(client, alias, response)
    spoken = labels(client, index, f.SPEAKER) if index else {}
    hits = [
        quote_hit(raw["_source"], words if not parsed.is_empty else None, spoken)
        for raw in _hits(response)
    ]
    urls = release_urls(client, alias, {h.doc_id for h in hits if h.doc_id})
    for quote in hits:
        quote.url = urls.get(quote.doc_id)
    buckets = response["aggregations"]["speaker"]["buckets"]
    chosen = list(speaker)
    speakers = facet_values(f.SPEAKER, buckets, chosen, cap=SPEAKER_CAP, labels=spoken)
    facets = {"speaker": speakers}
    total = response["hits"]["total"]["value"]
    notes = budget.noted(parsed.notes)
    return QuoteResult(text, total, hits, facets, notes, page, limit, budget.partial)


def release_urls(client, alias: str, doc_ids: set[str]) -> dict[str, str]:
    """Return the publisher URLs of releases, by id (releases without one are left out)."""
    if not doc_ids:
        return {}
    query = {"bool": {"filter": [{"term": {f.KIND: f.RELEASE_KIND}}]}}
    query["bool"]["filter"].append({"terms": {f.ID: sorted(doc_ids)}})
    body = {"query": query, "size": len(doc_ids), "_source": [f.ID, f.URL]}
    found = _hits(_search(client, alias, body))
    sources = [raw["_source"] for raw in found]
    return {source[f.ID]: source[f.URL] for source in sources if source.get(f.URL)}


def quote_hit(source: dict, words: frozenset[str] | None, spoken: dict[str, str]) -> QuoteHit:
    """A quote from its document's ``_source``; ``words`` marked, the speaker as shown."""
    stored = stored_fields(source)
    text = stored.get(f.QUOTE, "")
    marked = whole_marked(text, words) if words else ""
    return QuoteHit(
        id=stored[f.ID],
        text=text,
        speaker=spoken.get(stored[f.SPEAKER], stored[f.SPEAKER]) if stored.get(f.SPEAKER) else None,
        role=stored.get(f.ROLE),
        date=stored.get(f.DATE) or None,
        doc_id=stored.get(f.DOC_ID, ""),
        path=stored.get(f.PATH, ""),
        title=stored.get(f.RELEASE_TITLE, ""),
        start=int(stored.get("start", 0)),
        end=int(stored.get("end", 0)),
        highlighted=marked or html.escape(text),
        confidence=stored.get(f.CONFIDENCE) if stored.get(f.SPEAKER) else None,
    )


def whole_marked(text: str, words: frozenset[str]) -> str:
    """Mark the query's words in a whole quote, as Whoosh's whole-text highlighting does."""
    analyzer = schema()[f.QUOTE].analyzer
    tokens = analyzer(text, positions=True, chars=True, mode="index", removestops=False)
    tokens = Highlighter._merge_matched_tokens(highlight.set_matched_filter(tokens, words))
    fragments = highlight.WholeFragmenter().fragment_tokens(text, tokens)
    best = highlight.top_fragments(fragments, 3, highlight.BasicFragmentScorer(), FIRST)
    return MarkFormatter()(text, best)


def get_release(client, alias: str, id_or_path: str) -> Release | None:
    """Find one release by its id or its corpus-relative path."""
    for fieldname in (f.ID, f.PATH):
        query = {"bool": {"filter": [{"term": {f.KIND: f.RELEASE_KIND}}]}}
        query["bool"]["filter"].append({"term": {fieldname: id_or_path}})
        body = {"query": query, "size": 1, "_source": {"excludes": UNSHOWN}}
        response = _search(client, alias, body)
        for raw in _hits(response):
            release = from_stored(stored_fields(raw["_source"]))
            index = raw["_index"]
            release.versions = versions.table(client, index).others(release.id)
            for name in (f.PERSONS, f.ORGANISATIONS):
                values = canonical(labels(client, index, name), getattr(release, name))
                setattr(release, name, values)
            spoken = labels(client, index, f.SPEAKER)
            for quote in release.quotes:
                if quote.get("speaker"):
                    quote["speaker"] = spoken.get(quote["speaker"], quote["speaker"])
            return release
    return None


def _search(client, alias: str, body: dict) -> dict:
    try:
        return client.search(index=alias, body=body)
    except Exception as exc:  # the client's transport and request errors
        raise OpenSearchError(f"OpenSearch konnte nicht suchen: {exc}") from exc


def _hits(response: dict) -> list[dict]:
    return response["hits"]["hits"]
