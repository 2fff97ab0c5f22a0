"""Searching the live index: ranked hits, highlighted snippets, facets and suggestions."""

from __future__ import annotations

import html
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whoosh import highlight
from whoosh import query as q
from whoosh.searching import Searcher

from indexer import schema as f
from indexer import store
from indexer.documents import Release, from_stored
from indexer.query import Filters, ParsedQuery, bound_expansions, parse_query

FACETS = {"person": f.PERSONS, "organisation": f.ORGANISATIONS, "year": f.YEAR}
FACET_CAP = 20
MAX_PAGE = 1000
MAX_LIMIT = 100
SNIPPET_CHARS = 240


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


@dataclass
class FacetValue:
    """One facet value with its count in the current result set."""

    value: str
    count: int
    selected: bool = False


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

    def to_json(self) -> dict:
        """Return the stable JSON object."""
        return {
            "query": self.query,
            "total": self.total,
            "hits": [asdict(h) for h in self.hits],
            "facets": {
                name: [{"value": v.value, "count": v.count} for v in values]
                for name, values in self.facets.items()
            },
            "suggestion": self.suggestion,
        }


class MarkFormatter(highlight.Formatter):
    """Highlight matched words with ``<mark>`` and escape everything else, quotes included."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(text)

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return f"<mark>{html.escape(highlight.get_text(text, token, replace))}</mark>"


class Engine:
    """The opened live index, reopened when a rebuild swaps in a new generation."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.RLock()
        self._token: str | None = None
        self._searcher: Searcher | None = None
        self._facets: dict[str, dict[int, tuple[str, ...]]] = {}

    def searcher(self) -> Searcher:
        """Return a searcher over the newest committed state of the live index."""
        with self._lock:
            token = store.live_token(self.root)
            if self._searcher is None or token != self._token:
                ix = store.open_live(self.root)
                self.close()
                self._searcher, self._token = ix.searcher(), token
            elif not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
                self._facets = {}
            return self._searcher

    def facet_values(self, fieldname: str) -> dict[int, tuple[str, ...]]:
        """Map document numbers to their values of a facet field, cached per index state."""
        with self._lock:
            cached = self._facets.get(fieldname)
            if cached is None:
                reader = self.searcher().reader()
                values: dict[int, list[str]] = {}
                for term in reader.field_terms(fieldname):
                    for docnum in reader.postings(fieldname, term).all_ids():
                        values.setdefault(docnum, []).append(term)
                cached = {d: tuple(v) for d, v in values.items()}
                self._facets[fieldname] = cached
            return cached

    def close(self) -> None:
        """Release the open searcher."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher, self._token, self._facets = None, None, {}


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _snippet(hit, body: str, highlight_it: bool) -> str:
    if highlight_it:
        marked = hit.highlights(f.BODY, text=body, top=2)
        if marked:
            return marked
    start = body[:SNIPPET_CHARS]
    cut = start.rsplit(" ", 1)[0] if len(body) > SNIPPET_CHARS else start
    return html.escape(cut) + (" …" if len(body) > SNIPPET_CHARS else "")


def count_facets(
    engine: Engine, docnums: set[int], filters: Filters
) -> dict[str, list[FacetValue]]:
    """Count facet values over the matching documents, most frequent first (years newest)."""
    selected = {
        "person": set(filters.persons),
        "organisation": set(filters.organisations),
        "year": set(filters.years),
    }
    facets: dict[str, list[FacetValue]] = {}
    for name, fieldname in FACETS.items():
        values = engine.facet_values(fieldname)
        counts = Counter(v for d in docnums for v in values.get(d, ()))
        if name == "year":
            ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
        else:
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        facets[name] = [
            FacetValue(value, count, value in selected[name])
            for value, count in ordered[:FACET_CAP]
        ]
    return facets


def suggest(searcher: Searcher, parsed: ParsedQuery) -> str | None:
    """Propose a spelling from the index vocabulary for the words of a query that finds nothing."""
    words = [text for fieldname, text in parsed.query.iter_all_terms() if fieldname == f.EXACT]
    if not words:
        return None
    changed = False
    out = []
    for word in words:
        word = word if isinstance(word, str) else word.decode("utf-8")
        if len(word) < 4 or searcher.doc_frequency(f.EXACT, word):
            out.append(word)
            continue
        maxdist = 1 if len(word) < 5 else 2
        options = searcher.suggest(f.EXACT, word, limit=1, maxdist=maxdist)
        out.append(options[0] if options else word)
        changed = changed or bool(options)
    return " ".join(out) if changed else None


def search(
    engine: Engine,
    text: str,
    *,
    filters: Filters | None = None,
    page: int = 1,
    limit: int = 10,
    sort: str = "relevance",
) -> SearchResult:
    """Run a query with facet filters and return one page of ranked, highlighted hits."""
    filters = filters or Filters()
    page, limit = _clamp(page, 1, MAX_PAGE), _clamp(limit, 1, MAX_LIMIT)
    searcher = engine.searcher()
    with engine._lock:
        parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
        restriction = filters.query()
        final = parsed.query
        if restriction is not None:
            # Whoosh normalises And([Every(), x]) to Every(): never combine with Every.
            final = restriction if parsed.is_empty else q.And([final, restriction])
        docnums = set(searcher.docs_for_query(final))
        by_date = sort == "date" or parsed.is_empty
        results = searcher.search_page(
            final,
            page,
            pagelen=limit,
            sortedby=f.DATESORT if by_date else None,
            reverse=by_date,
            terms=True,
        )
        results.results.fragmenter = highlight.ContextFragmenter(maxchars=200, surround=60)
        results.results.formatter = MarkFormatter()
        hits = []
        for hit in results:
            release = from_stored(hit.fields())
            score = 0.0 if by_date else float(hit.score or 0.0)
            hits.append(_hit(hit, release, score, highlight_it=not parsed.is_empty))
        facets = count_facets(engine, docnums, filters)
        suggestion = suggest(searcher, parsed) if not docnums and not parsed.is_empty else None
    return SearchResult(
        query=text,
        total=len(docnums),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        notes=parsed.notes,
        page=page,
        limit=limit,
    )


def _hit(hit, release: Release, score: float, highlight_it: bool) -> Hit:
    return Hit(
        id=release.id,
        path=release.path,
        title=release.title,
        date=release.date,
        persons=release.persons,
        organisations=release.organisations,
        score=round(score, 4),
        snippet=_snippet(hit, release.body, highlight_it),
    )


def get_release(engine: Engine, id_or_path: str) -> Release | None:
    """Find one release by its id or its corpus-relative path."""
    searcher = engine.searcher()
    with engine._lock:
        stored = searcher.document(id=id_or_path) or searcher.document(path=id_or_path)
    return from_stored(stored) if stored else None
