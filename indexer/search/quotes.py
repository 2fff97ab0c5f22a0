"""Searching the quotes: who said what, when."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from whoosh import query as q

from indexer.engine import schema as f
from indexer.engine.matches import match
from indexer.extraction.names import name_key
from indexer.search.facets import FacetValue, facet
from indexer.search.query import bound_expansions, parse_query
from indexer.search.searcher import Engine, one_page, restrict, window

QUOTES = q.Term(f.KIND, f.QUOTE_KIND)
SPEAKER_CAP = 30


@dataclass
class QuoteHit:
    """One quote with its speaker, the release it is from and its place there."""

    id: str
    text: str
    speaker: str | None
    role: str | None
    date: str | None
    doc_id: str
    path: str
    title: str
    start: int = 0
    end: int = 0
    highlighted: str = ""
    url: str | None = None  # the publisher's address of the release, when known


@dataclass
class QuoteResult:
    """A page of quotes; ``to_json`` is the documented ``quotes --json`` shape."""

    query: str
    total: int
    quotes: list[QuoteHit]
    facets: dict[str, list[FacetValue]]
    notes: list[str] = field(default_factory=list)
    page: int = 1
    limit: int = 20

    def to_json(self) -> dict:
        """Return the stable JSON object."""
        keys = ("id", "text", "speaker", "role", "date", "doc_id", "path", "title", "url")
        return {
            "query": self.query,
            "total": self.total,
            "quotes": [{k: getattr(hit, k) for k in keys} for hit in self.quotes],
            "facets": {
                name: [{"value": v.value, "count": v.count} for v in values]
                for name, values in self.facets.items()
            },
        }


def _speaker_filter(speakers: list[str]) -> q.Query | None:
    terms = [q.Term(f.SPEAKER_KEY, name_key(s)) for s in speakers if s.strip()]
    if not terms:
        return None
    return q.Or(terms) if len(terms) > 1 else terms[0]


def search_quotes(
    engine: Engine,
    text: str,
    *,
    speaker: list[str] | tuple[str, ...] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    page: int = 1,
    limit: int = 20,
) -> QuoteResult:
    """Find quotes by words, speaker (any spelling) and date; an empty query lists newest first."""
    page, limit = window(page, limit)
    with engine.reading() as searcher:
        parsed = parse_query(text, searcher.schema, (f.QUOTE,))
        parsed = bound_expansions(parsed, searcher.reader())
        filters = [p for p in (_speaker_filter(list(speaker)),) if p is not None]
        if date_from or date_to:
            filters.append(q.TermRange(f.DATESORT, date_from, date_to))
        final = restrict(parsed, QUOTES, q.And(filters) if filters else None)
        found = match(searcher, final, {f.QUOTE}, engine.postings)
        by_date = parsed.is_empty
        page_hits = one_page(
            engine, searcher, final, found, page, limit, by_date=by_date, whole=True
        )
        hits = [_hit(engine, hit, not by_date) for hit in page_hits]
        urls = release_urls(searcher, {h.doc_id for h in hits})
        for quote in hits:
            quote.url = urls.get(quote.doc_id)
        facets = {"speaker": facet(engine, f.SPEAKER, found.mask, list(speaker), cap=SPEAKER_CAP)}
    return QuoteResult(text, found.total, hits, facets, parsed.notes, page, limit)


def release_urls(searcher, doc_ids: set[str]) -> dict[str, str]:
    """Return the publisher URLs of releases, by id (releases without one are left out)."""
    found = {}
    for doc_id in doc_ids:
        stored = searcher.document(id=doc_id, kind=f.RELEASE_KIND) if doc_id else None
        if stored and stored.get(f.URL):
            found[doc_id] = stored[f.URL]
    return found


def _hit(engine: Engine, hit, highlight_it: bool) -> QuoteHit:
    marked = hit.highlights(f.QUOTE) if highlight_it else ""
    return quote_from_stored(engine, hit.fields(), marked)


def quote_from_stored(engine: Engine, stored: dict, marked: str = "") -> QuoteHit:
    """Rebuild a quote from the stored fields of its record (``marked``: its highlighted text)."""
    spoken = stored.get(f.SPEAKER)
    speaker = engine.canonical(f.SPEAKER, [spoken])[0] if spoken else None
    text = stored.get(f.QUOTE, "")
    start, end = stored.get(f.SPAN) or (0, 0)
    return QuoteHit(
        id=stored[f.ID],
        text=text,
        speaker=speaker,
        role=stored.get(f.ROLE),
        date=stored.get(f.DATE) or None,
        doc_id=stored.get(f.DOC_ID, ""),
        path=stored.get(f.PATH, ""),
        title=stored.get(f.RELEASE_TITLE, ""),
        start=start,
        end=end,
        highlighted=marked or html.escape(text),
    )
