"""Searching the quotes: who said what, when."""

from __future__ import annotations

import copy
import html
from dataclasses import dataclass, field

from whoosh import query as q

from indexer.config import search_seconds
from indexer.engine import schema as f
from indexer.extraction.names import name_key
from indexer.search.facets import FacetValue, facet
from indexer.search.query import ParsedQuery, bound_expansions, parse_query
from indexer.search.searcher import Budget, Engine, Export, one_page, restrict, window

QUOTES = q.Term(f.KIND, f.QUOTE_KIND)
SPEAKER_CAP = 30
# Release fields a query may name, read on the quote records: the text is the quote, a person
# the speaker; a year is read from the date (quote records have no year field).
QUOTE_FIELDS = {f.BODY: f.QUOTE, f.PERSON_KEYS: f.SPEAKER_KEY}
# What the user typed for the fields quote records do not have.
NOT_ON_QUOTES = {f.TITLE: "titel", f.BOILERPLATE: "kontakt", f.ORGANISATION_KEYS: "organisation"}
NOTE_NO_FIELD = "Die Zitatsuche kennt das Feld „{name}:“ nicht; dieser Teil wurde ignoriert."


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
    confidence: float | None = None  # how sure the speaker is, 0 to 1; None without one


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
    partial: bool = False  # the time budget ran out: what was found by then

    def to_json(self) -> dict:
        """Return the stable JSON object."""
        keys = ("id", "text", "speaker", "role", "confidence", "date", "doc_id", "path", "title")
        keys += ("url",)
        return {
            "query": self.query,
            "total": self.total,
            "quotes": [{k: getattr(hit, k) for k in keys} for hit in self.quotes],
            "facets": {
                name: [{"value": v.value, "count": v.count} for v in values]
                for name, values in self.facets.items()
            },
            "partial": self.partial,
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
    export: Export | None = None,
) -> QuoteResult:
    """Find quotes by words, speaker (any spelling) and date; an empty query lists newest first.

    An ``export`` asks for its rows as one page instead of ``page`` and ``limit``."""
    page, limit = export.window() if export else window(page, limit)
    with engine.reading() as searcher:
        parsed = parse_query(text, searcher.schema, (f.QUOTE,))
        budget = Budget(search_seconds())
        parsed = for_quotes(bound_expansions(parsed, searcher.reader()), searcher.reader())
        filters = [p for p in (_speaker_filter(list(speaker)),) if p is not None]
        if date_from or date_to:
            filters.append(q.TermRange(f.DATESORT, date_from, date_to))
        final = restrict(parsed, QUOTES, q.And(filters) if filters else None)
        found = budget.match(searcher, final, engine, {f.QUOTE})
        by_date = parsed.is_empty
        page_hits = one_page(
            engine, searcher, final, found, page, limit, by_date=by_date, whole=True
        )
        hits = []
        for hit in page_hits:
            if export and export.stop(len(hits)):
                break
            hits.append(_hit(engine, hit, not by_date))
        cut = len(hits) < len(page_hits)
        urls = release_urls(searcher, {h.doc_id for h in hits})
        for quote in hits:
            quote.url = urls.get(quote.doc_id)
        facets = {"speaker": facet(engine, f.SPEAKER, found.mask, list(speaker), cap=SPEAKER_CAP)}
    notes = budget.noted(parsed.notes) + ([export.note()] if cut else [])
    return QuoteResult(text, found.total, hits, facets, notes, page, limit, budget.partial or cut)


def for_quotes(parsed: ParsedQuery, reader) -> ParsedQuery:
    """Read the release fields of a query on quote records, or leave them out with a note.

    ``text:`` searches the quote, ``person:`` the speaker, ``jahr:`` (also a range or a
    pattern) the years of the index read as dates; ``titel:``, ``kontakt:`` and
    ``organisation:`` have no counterpart and are dropped, as the notes say.
    """
    if parsed.is_empty:
        return parsed
    missing: list[str] = []

    def read(node: q.Query) -> q.Query:
        if not node.is_leaf():
            return node.apply(read)
        name = getattr(node, "fieldname", None)
        if name in NOT_ON_QUOTES:
            missing.append(NOT_ON_QUOTES[name])
            return q.NullQuery
        if name == f.YEAR:
            years = sorted({text for _, text in node.expanded_terms(reader)})
            prefixes = [q.Prefix(f.DATESORT, _text(y)) for y in years]
            return q.Or(prefixes) if prefixes else q.NullQuery
        if name in QUOTE_FIELDS:
            node = copy.copy(node)
            node.fieldname = QUOTE_FIELDS[name]
        return node

    query = read(parsed.query).normalize()
    notes = parsed.notes + [NOTE_NO_FIELD.format(name=n) for n in dict.fromkeys(missing)]
    return ParsedQuery(parsed.text, query, notes)


def _text(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def release_urls(searcher, doc_ids: set[str]) -> dict[str, str]:
    """Return the publisher URLs of releases, by id (releases without one are left out)."""
    found = {}
    for doc_id in filter(None, doc_ids):
        # by the id alone, then the kind read from the few records found: a query for id AND
        # kind walked the postings of every release (26 ms a lookup at 5,000 releases)
        for docnum in searcher.document_numbers(id=doc_id):
            stored = searcher.stored_fields(docnum)
            if stored.get(f.KIND) == f.RELEASE_KIND and stored.get(f.URL):
                found[doc_id] = stored[f.URL]
    return found


def _hit(engine: Engine, hit, highlight_it: bool) -> QuoteHit:
    stored = hit.fields()
    text = stored.get(f.QUOTE, "")  # given: a query on other fields has no quote terms to read
    marked = hit.highlights(f.QUOTE, text=text) if highlight_it and text else ""
    return quote_from_stored(engine, stored, marked)


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
        confidence=stored.get(f.CONFIDENCE) if speaker else None,
    )
