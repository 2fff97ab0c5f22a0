"""Searching the live index: ranked hits, highlighted snippets, facets and suggestions."""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field

import numpy as np
from whoosh import highlight
from whoosh import query as q
from whoosh.searching import Results, Searcher

from indexer.config import search_seconds
from indexer.engine import ranking
from indexer.engine import schema as f
from indexer.engine.matches import MatchSet, Term, match
from indexer.engine.rows import read_rows
from indexer.engine.stored import from_stored
from indexer.model import Release
from indexer.search import snippets, spelling
from indexer.search.facets import FACET_CAP, FACETS, FacetColumn, FacetValue, count_facets, facet
from indexer.search.pool import SCORED_FIELDS, Engine
from indexer.search.query import (
    NOTE_BUDGET,
    Filters,
    ParsedQuery,
    bound_expansions,
    parse_query,
    relaxations,
)

__all__ = [  # the face of the search core; facets and the engine live in their own modules
    "FACETS", "FACET_CAP", "SCORED_FIELDS", "Budget", "Engine", "FacetColumn", "FacetValue",
    "Export", "Hit", "SearchResult", "Version", "count_facets", "facet", "get_release", "search",
    "versions_of",
]  # fmt: skip

MAX_PAGE = 1000
MAX_LIMIT = 100
MAX_WINDOW = 10_000  # like Lucene's result window: no page reaches past the 10,000th hit
# After an unexpected error the index files are summed again at most this often per state: a
# request that fails for another reason must not make the server read the whole index each time.
DAMAGE_CHECK_SECONDS = 60
# Relaxed readings and spelling suggestions, which only add to an answer, are begun in this
# share of the time budget (``PRESSESUCHE_SEARCH_SECONDS``); the matching may use all of it.
EXTRAS_SHARE = 0.5
NOTE_EXPORT_BUDGET = (
    "Der Export hat sein Zeitbudget ({seconds:g} s) aufgebraucht und endet vor der letzten "
    "Zeile (PRESSESUCHE_EXPORT_SECONDS)."
)
NOTE_PARTIAL = (
    "Die Suche hat ihr Zeitbudget ({seconds:g} s) überschritten und wurde abgebrochen: gezeigt "
    "wird, was bis dahin gefunden war; es kann weitere Treffer geben (und mehr in den Filtern)."
)


@dataclass(frozen=True)
class Export:
    """An export's request: its first ``rows`` hits (up to ``MAX_WINDOW``) as one page of one
    search, so the matching, ranking and facets are done once, not once per page of 100; rows
    are read until the export's time budget of ``seconds`` from ``started`` is spent."""

    rows: int
    seconds: float
    started: float = field(default_factory=time.monotonic)

    def window(self) -> tuple[int, int]:
        """The page and page size of the export's one search."""
        return 1, clamp(self.rows, 1, MAX_WINDOW)

    def stop(self, read: int) -> bool:
        """Whether to stop after ``read`` rows: the time budget is used up (the first page's
        ``MAX_LIMIT`` rows are always read, as a page of the search would be)."""
        return read >= MAX_LIMIT and time.monotonic() - self.started > self.seconds

    def note(self) -> str:
        return NOTE_EXPORT_BUDGET.format(seconds=self.seconds)


@dataclass
class Hit:
    """One ranked release in a result list."""

    id: str
    path: str
    title: str
    date: str | None
    persons: list[str]
    organisations: list[str]
    score: float
    snippet: str
    url: str | None = None  # the publisher's address and name, when the corpus gave them
    source: str | None = None
    first_indexed: str | None = None  # not in the JSON: the Atom time of an undated release
    versions: list[str] = field(default_factory=list)  # ids of the other versions, newest first


@dataclass
class SearchResult:
    """A page of results; ``to_json`` is the documented ``search --json`` shape."""

    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    notes: list[str] = field(default_factory=list)
    page: int = 1
    limit: int = 10
    relaxed: bool = False  # no release had all the terms: these have most of them (see notes)
    partial: bool = False  # the time budget ran out: hits and counts are what was found by then

    def to_json(self) -> dict:
        """Return the stable JSON object."""
        return {
            "query": self.query,
            "total": self.total,
            "hits": [_hit_json(h) for h in self.hits],
            "facets": {name: [v.to_json() for v in values] for name, values in self.facets.items()},
            "suggestion": self.suggestion,
            "relaxed": self.relaxed,
            "partial": self.partial,
        }


def _hit_json(hit: Hit) -> dict:
    """The JSON object of a hit: its fields but ``first_indexed``, in their order (written out:
    ``dataclasses.asdict`` copies deeply, a tenth of an export's time)."""
    return {
        "id": hit.id,
        "path": hit.path,
        "title": hit.title,
        "date": hit.date,
        "persons": list(hit.persons),
        "organisations": list(hit.organisations),
        "score": hit.score,
        "snippet": hit.snippet,
        "url": hit.url,
        "source": hit.source,
        "versions": list(hit.versions),
    }


class MarkFormatter(highlight.Formatter):
    """Highlight matched words with ``<mark>`` and escape everything else, quotes included."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(text)

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return f"<mark>{html.escape(highlight.get_text(text, token, replace))}</mark>"


RELEASES = q.Term(f.KIND, f.RELEASE_KIND)


# Fields that releases and quote records both have: a query reaching only other fields cannot
# match a record of the other kind, and then the costly kind term is left out.
SHARED_FIELDS = {f.ID, f.KIND, f.PATH, f.SOURCE, f.DATE, f.DATESORT}


def restrict(parsed: ParsedQuery, kind: q.Query, restriction: q.Query | None) -> q.Query:
    """Combine a parsed query with the record kind and the facet filters."""
    # Whoosh normalises And([Every(), x]) to Every(): never combine with Every.
    parts = [] if parsed.is_empty else [parsed.query]
    parts += [restriction] if restriction is not None else []
    fields = {leaf.field() for part in parts for leaf in part.leaves()}
    # a negation (``NICHT Klima``) matches every record without the word, of either kind
    if not parts or fields & SHARED_FIELDS or None in fields or any(map(_negates, parts)):
        parts.append(kind)
    return q.And(parts) if len(parts) > 1 else parts[0]


def _negates(node: q.Query) -> bool:
    """Tell whether a query holds a negation (``NICHT``, ``NOT``, ``-word``, ``ANDNOT``)."""
    if isinstance(node, (q.Not, q.AndNot)):
        return True
    return any(_negates(child) for child in node.children())


def window(page: int, limit: int) -> tuple[int, int]:
    """Bound page size and page number so that no page reaches past ``MAX_WINDOW`` hits."""
    limit = clamp(limit, 1, MAX_LIMIT)
    return clamp(page, 1, min(MAX_PAGE, MAX_WINDOW // limit)), limit


def ranked(
    engine: Engine,
    searcher: Searcher,
    query: q.Query,
    found: MatchSet,
    wanted: int,
    *,
    by_date: bool,
    hidden: int = 0,
) -> list[tuple[float, int]]:
    """The best ``wanted`` matches, as (score, document number), best first.

    By relevance, the matches are scored with Whoosh's BM25F from the term weights that
    ``found`` read with the documents (Whoosh's collector scored them one by one, 0.8 s for a
    common word at 100,000 releases); facet filters and the record kind do not score, as in a
    filter context. By date, the newest come from a ranking of all documents by date computed
    once per index state. ``hidden`` counts the matches of ``query`` left out of ``found``
    (older versions).
    """
    if by_date:
        return [(0.0, d) for d in ranking.newest(found, engine.date_rank(), wanted)]
    if found.terms:
        return ranking.top(found, ranking.scores(searcher, found, engine.norms), wanted)
    if found.partial:  # out of time: what was found, in index order, no more work
        return [(0.0, int(d)) for d in np.flatnonzero(found.mask)[:wanted]]
    # the query names only filter fields (``person:…``): Whoosh ranks by those
    top_n = searcher.search(query, limit=wanted + hidden).top_n
    return [(score, d) for score, d in top_n if found.mask[d]][:wanted]


def docterms(found: MatchSet, docs: list[int]) -> dict[int, list[Term]]:
    """The query's terms found in each of ``docs``, in the order of ``found.terms``: one array
    lookup per term for all the documents, not one per term and document."""
    held: dict[int, list[Term]] = {d: [] for d in docs}
    if not docs:
        return held
    wanted = np.asarray(docs, np.int64)
    for term, (ids, _) in found.terms.items():
        if not len(ids):
            continue
        place = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
        for docnum in wanted[ids[place] == wanted].tolist():
            held[docnum].append(term)
    return held


def one_page(
    engine: Engine,
    searcher: Searcher,
    query: q.Query,
    found: MatchSet,
    page: int,
    limit: int,
    *,
    by_date: bool,
    whole: bool = False,
    hidden: int = 0,
) -> list:
    """Return the Whoosh hits of one page (``ranked``), highlighted with ``<mark>`` from stored
    offsets (the quote search; release hits are read by ``read_hits``).

    The matched terms of the page's hits, which the highlighter needs, come from ``found``.
    ``whole`` highlights the whole text (quotes) instead of snippets around the matches.
    """
    top_n = ranked(engine, searcher, query, found, page * limit, by_date=by_date, hidden=hidden)
    results = Results(searcher, query, top_n)  # all the matches stay in ``found``
    results.docterms = docterms(found, [d for _, d in top_n[(page - 1) * limit :]])
    results.termdocs = {}
    for docnum, terms in results.docterms.items():
        for term in terms:
            results.termdocs.setdefault(term, []).append(docnum)
    results.fragmenter = (
        highlight.WholeFragmenter()
        if whole
        else highlight.PinpointFragmenter(maxchars=200, surround=60, autotrim=True)
    )
    results.formatter = MarkFormatter()
    return results[(page - 1) * limit : page * limit]


def clamp(value: int, low: int, high: int) -> int:
    """Bound a page number or page size."""
    return max(low, min(high, value))


def suggest(searcher: Searcher, parsed: ParsedQuery) -> str | None:
    """Propose a spelling from the index vocabulary for the words of a query that finds nothing."""
    return spelling.suggest(searcher.reader(), parsed.text)


def search(
    engine: Engine,
    text: str,
    *,
    filters: Filters | None = None,
    page: int = 1,
    limit: int = 10,
    sort: str = "relevance",
    export: Export | None = None,
) -> SearchResult:
    """Run a query with facet filters and return one page of ranked, highlighted hits.

    The search has a time budget (``PRESSESUCHE_SEARCH_SECONDS``): past it the matching stops
    and the page shows what was found by then, ``partial``, with a note. An ``export`` asks
    for its rows as one page instead of ``page`` and ``limit``."""
    filters = filters or Filters()
    page, limit = export.window() if export else window(page, limit)
    cut = False
    with engine.reading() as searcher:
        parsed = parse_query(text, searcher.schema)
        budget = Budget(search_seconds())  # not the analysis's first loading of its word lists
        parsed = bound_expansions(parsed, searcher.reader())
        final = restrict(parsed, RELEASES, filters.query(searcher.reader()))
        found = budget.match(searcher, final, engine)
        strict = parsed
        if not found.total and not parsed.is_empty and not budget.partial:
            # the releases with most of the terms
            parsed, final, found = _relax(engine, searcher, parsed, filters, final, found, budget)
        versions = engine.versions()
        hidden = 0
        if not filters.all_versions:  # one hit per release: its newest matching version
            before = found.total
            found.mask = versions.collapse(found.mask)
            hidden = before - found.total
        total = found.total
        by_date = sort == "date" or parsed.is_empty
        top_n = ranked(
            engine, searcher, final, found, page * limit, by_date=by_date, hidden=hidden
        )[(page - 1) * limit :]
        hits, cut = read_hits(
            engine, searcher, top_n, found, highlight_it=not parsed.is_empty, export=export
        )

        def wider(others: Filters):  # the matches of the query and the other facets' filters
            query = restrict(parsed, RELEASES, others.query(searcher.reader()))
            mask = budget.match(searcher, query, engine).mask
            return mask if filters.all_versions else versions.collapse(mask)

        facets = count_facets(engine, found.mask, filters, wider)
        suggestion = None
        if (not total or parsed.relaxed_to) and not parsed.is_empty and budget.extras(parsed):
            suggestion = suggest(searcher, strict)
    return SearchResult(
        query=text,
        total=total,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        notes=budget.noted(parsed.notes) + ([export.note()] if cut else []),
        page=page,
        limit=limit,
        relaxed=bool(parsed.relaxed_to),
        partial=budget.partial or cut,
    )


class Budget:
    """The time budget of one search, from its start: the matching stops at its end, the
    extras (relaxed readings, suggestions) are only begun within ``EXTRAS_SHARE`` of it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()
        self.deadline = self.started + seconds
        self.partial = False  # some matching was cut off

    def match(
        self, searcher: Searcher, query: q.Query, engine: Engine, fields=SCORED_FIELDS
    ) -> MatchSet:
        """Match ``query`` within the budget, its terms in ``fields`` kept for ranking."""
        found = match(searcher, query, fields, engine.postings, self.deadline)
        self.partial = self.partial or found.partial
        return found

    def may_begin(self) -> bool:
        """Whether an extra may still be begun."""
        spent = time.monotonic() - self.started
        return not self.partial and spent <= self.seconds * EXTRAS_SHARE

    def extras(self, parsed: ParsedQuery) -> bool:
        """Whether an extra may still be begun; if not, the note says what was left out."""
        if self.may_begin():
            return True
        note = NOTE_BUDGET.format(seconds=self.seconds * EXTRAS_SHARE)
        if not self.partial and note not in parsed.notes:
            parsed.notes.append(note)
        return False

    def noted(self, notes: list[str]) -> list[str]:
        """The notes of the answer, with the one on a partial answer when it is one."""
        note = NOTE_PARTIAL.format(seconds=self.seconds)
        return [*notes, note] if self.partial and note not in notes else notes


def _relax(engine, searcher, parsed, filters, final, found, budget: Budget):
    """Search the looser readings of a query that found nothing (``final``, ``found``) until
    one finds something or the time budget is spent: the reading, its query and its matches."""
    for relaxed in relaxations(parsed):
        if not budget.extras(parsed):
            break
        query = restrict(relaxed, RELEASES, filters.query(searcher.reader()))
        matched = budget.match(searcher, query, engine)
        if matched.total:
            return relaxed, query, matched
    return parsed, final, found


# Rows an export reads between two looks at its time budget, after the first page's.
EXPORT_CHUNK = 500


def read_hits(
    engine: Engine,
    searcher: Searcher,
    top_n: list[tuple[float, int]],
    found: MatchSet,
    *,
    highlight_it: bool,
    export: Export | None = None,
) -> tuple[list[Hit], bool]:
    """Read the hits of ranked matches, and whether an export's time budget cut them short.

    What every row needs is looked up once per call, not once per row: the shown spellings of
    the names (one dictionary each), the version groups, the matched terms and their offsets
    (for all the rows of a chunk at once). The rows of a chunk (``engine.rows``: the fields a
    hit shows, without Whoosh's stored record) are read in document order; an export reads the
    first page's ``MAX_LIMIT`` rows, then chunks of ``EXPORT_CHUNK`` while its budget lasts."""
    persons = engine.facet_column(f.PERSONS)
    organisations = engine.facet_column(f.ORGANISATIONS)
    versions = engine.versions()
    hits: list[Hit] = []
    start = 0
    while start < len(top_n):
        if export and export.stop(len(hits)):
            return hits, True
        size = MAX_LIMIT if not hits else EXPORT_CHUNK
        chunk, start = top_n[start : start + size], start + size
        docs = sorted(d for _, d in chunk)
        stored = read_rows(searcher, docs)
        terms = docterms(found, docs) if highlight_it else {}
        offsets = snippets.body_offsets(searcher, docs, terms) if highlight_it else {}
        for score, docnum in chunk:
            fields = stored[docnum]
            body = fields.get(f.BODY, "")
            snippet = snippets.marked(body, offsets[docnum]) if highlight_it else ""
            hits.append(
                Hit(
                    id=fields[f.ID],
                    path=fields[f.PATH],
                    title=fields.get(f.TITLE, ""),
                    date=fields.get(f.DATE) or None,
                    persons=_shown(persons, fields.get(f.PERSONS)),
                    organisations=_shown(organisations, fields.get(f.ORGANISATIONS)),
                    score=round(float(score or 0.0), 4),
                    snippet=snippet or snippets.lead(body),
                    url=fields.get(f.URL) or None,
                    source=fields.get(f.ORIGIN) or None,
                    first_indexed=fields.get(f.FIRST_INDEXED),
                    versions=versions.others(docnum),
                )
            )
    return hits, False


def _shown(column: FacetColumn, stored: str | None) -> list[str]:
    """The names of a stored facet field in their shown spellings, each once."""
    return column.shown(v for v in stored.split(f.SEP) if v) if stored else []


def get_release(engine: Engine, id_or_path: str) -> Release | None:
    """Find one release by its id or its corpus-relative path."""
    with engine.reading() as searcher:
        docnum = searcher.document_number(id=id_or_path, kind=f.RELEASE_KIND)
        if docnum is None:
            docnum = searcher.document_number(path=id_or_path, kind=f.RELEASE_KIND)
        if docnum is None:
            return None
        release = from_stored(searcher.stored_fields(docnum))
        release.versions = engine.versions().others(docnum)
    return _canonical(engine, release)


@dataclass
class Version:
    """Another version of a release: its id, title and date (the release page lists them)."""

    id: str
    title: str
    date: str | None


def versions_of(engine: Engine, ids: list[str]) -> list[Version]:
    """The releases of ``ids`` as versions: id, title and date (a release's other versions,
    near-identical texts, newest first: ``Release.versions``, ``Hit.versions``)."""
    with engine.reading() as searcher:
        found = []
        for other in ids:
            stored = searcher.document(id=other, kind=f.RELEASE_KIND) or {}
            found.append(Version(other, stored.get(f.TITLE, ""), stored.get(f.DATE) or None))
    return found


def _canonical(engine: Engine, release: Release) -> Release:
    release.persons = engine.canonical(f.PERSONS, release.persons)
    release.organisations = engine.canonical(f.ORGANISATIONS, release.organisations)
    for quote in release.quotes:
        if quote.get("speaker"):
            quote["speaker"] = engine.canonical(f.SPEAKER, [quote["speaker"]])[0]
    return release
