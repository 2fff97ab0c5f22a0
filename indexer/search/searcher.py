"""Searching the live index: ranked hits, highlighted snippets, facets and suggestions."""

from __future__ import annotations

import contextlib
import html
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from whoosh import highlight
from whoosh import query as q
from whoosh.searching import Results, Searcher

from indexer import config
from indexer.build.release import Release, from_stored
from indexer.engine import matches, store
from indexer.engine import schema as f
from indexer.engine.matches import MatchSet, match, term_docs
from indexer.extraction.entities import org_group_key
from indexer.extraction.names import best_spelling, name_key
from indexer.search.query import Filters, ParsedQuery, bound_expansions, parse_query

FACETS = {"person": f.PERSONS, "organisation": f.ORGANISATIONS, "year": f.YEAR}
FACET_CAP = 20
# How the values of a facet field are compared: the spellings of one name meet in one key.
FIELD_KEYS = {f.PERSONS: name_key, f.ORGANISATIONS: org_group_key, f.SPEAKER: name_key}
MAX_PAGE = 1000
MAX_LIMIT = 100
MAX_WINDOW = 10_000  # like Lucene's result window: no page reaches past the 10,000th hit
SNIPPET_CHARS = 240
# After an unexpected error the index files are summed again at most this often per state: a
# request that fails for another reason must not make the server read the whole index each time.
DAMAGE_CHECK_SECONDS = 60


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
        self._facets: dict[str, FacetColumn] = {}
        self._date_rank: np.ndarray | None = None
        self._norms: dict[str, np.ndarray] = {}
        self._pinned = 0  # > 0 while a snapshot holds the searcher for several searches
        self._checked: tuple[str | None, float, str | None] | None = None  # token, until, damage
        self.postings = matches.PostingsCache(config.postings_cache())

    @contextlib.contextmanager
    def reading(self) -> Iterator[Searcher]:
        """Hold the newest committed state of the live index for one search.

        The engine's lock is held throughout, so another thread cannot swap the searcher (and
        close the one in use) in the middle of a search, and facet caches match its documents.
        """
        with self._lock, self._naming_damage():
            yield self._current()

    @contextlib.contextmanager
    def _naming_damage(self) -> Iterator[None]:
        """Raise ``IndexDamaged`` instead of an unexpected error that a damaged index caused."""
        try:
            yield
        except store.StoreError:
            raise
        except Exception:
            self._raise_if_damaged()
            raise

    def _raise_if_damaged(self) -> None:
        """After an unexpected error in a search: a damaged index is named as the cause
        (every file's sum compared once per index state), anything else is raised as it is."""
        token, now = store.live_token(self.root), time.monotonic()
        if self._checked is None or self._checked[:1] != (token,) or now > self._checked[1]:
            path = store.live_path(self.root)
            problem = store.damage(path, thorough=True) if path else None
            self._checked = (token, now + DAMAGE_CHECK_SECONDS, problem)
        if self._checked[2]:
            raise store.IndexDamaged(self.root, self._checked[2])

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Searcher]:
        """Hold one state of the index for several searches: an export of several pages reads
        every page from the same state, however many commits or rebuilds land meanwhile."""
        with self._lock:
            searcher = self._current()
            self._pinned += 1
            try:
                yield searcher
            finally:
                self._pinned -= 1

    def searcher(self) -> Searcher:
        """Return a searcher over the newest committed state (for schema and vocabulary)."""
        with self._lock, self._naming_damage():
            return self._current()

    def _current(self) -> Searcher:
        if self._pinned and self._searcher is not None:
            return self._searcher
        token = store.live_token(self.root)
        if self._checked and self._checked[0] == token and self._checked[2]:
            raise store.IndexDamaged(self.root, self._checked[2])  # found by an earlier search
        if self._searcher is None or token != self._token:
            store.check_live(self.root)  # a file cut short is not opened (sizes only: cheap)
            ix = store.open_live(self.root)
            self.close()
            self._searcher, self._token = ix.searcher(), token
        return self._searcher

    def facet_values(self, fieldname: str) -> dict[int, tuple[str, ...]]:
        """Map document numbers to their canonical values of a facet field (cached)."""
        return self.facet_column(fieldname).docs

    def canonical(self, fieldname: str, values: list[str]) -> list[str]:
        """Show each name in the spelling most used across the index, once."""
        labels = self.facet_column(fieldname).labels
        return list(dict.fromkeys(labels.get(v, v) for v in values))

    def facet_column(self, fieldname: str) -> FacetColumn:
        """The values of a facet field, per document and per value (cached)."""
        with self._lock:  # the searcher of the search in progress: never swapped here
            searcher = self._searcher or self._current()
            cached = self._facets.get(fieldname)
            if cached is None:
                cached = _read_facet(searcher.reader(), fieldname)
                self._facets[fieldname] = cached
            return cached

    def date_rank(self) -> np.ndarray:
        """Each document's place when all are ordered by date, then number (cached).

        The order of Whoosh's date sort, so that the newest of any set of matches are picked
        without reading the date of every match.
        """
        with self._lock:
            if self._date_rank is None:
                searcher = self._searcher or self._current()
                dates = matches.column_values(searcher.reader(), f.DATESORT)
                order = sorted(range(len(dates)), key=dates.__getitem__)  # stable: ties by number
                rank = np.empty(len(dates), np.int64)
                rank[order] = np.arange(len(dates))
                self._date_rank = rank
            return self._date_rank

    def norms(self, fieldname: str) -> np.ndarray:
        """The BM25 length normalisation of every document in one field (cached)."""
        with self._lock:
            if fieldname not in self._norms:
                searcher = self._searcher or self._current()
                self._norms[fieldname] = matches.field_norms(searcher, fieldname)
            return self._norms[fieldname]

    def warm(self) -> bool:
        """Read what searches need (facet tables, length norms, date ranking) before the first
        one asks; False when there is no index yet (the pages then say so).

        Every file of the index is checked against the sums written with it first: a damaged
        index raises ``IndexDamaged`` (the server still starts and answers 503 with a note).
        """
        try:
            with self.reading():
                self._raise_if_damaged()
                for fieldname in (*FACETS.values(), f.SPEAKER):
                    self.facet_column(fieldname)
                for fieldname in (*SCORED_FIELDS, f.QUOTE):
                    self.norms(fieldname)
                self.date_rank()
        except store.IndexDamaged:
            raise
        except store.StoreError:
            return False
        return True

    def close(self) -> None:
        """Release the open searcher."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher, self._token, self._facets = None, None, {}
            self._date_rank, self._norms = None, {}
            self.postings = matches.PostingsCache(self.postings.limit)


RELEASES = q.Term(f.KIND, f.RELEASE_KIND)
# The fields whose words rank the releases (boilerplate and filters only select).
SCORED_FIELDS = frozenset(f.TEXT_FIELDS)
NAME_FIELDS = {f.PERSONS, f.ORGANISATIONS, f.SPEAKER}


@dataclass
class FacetColumn:
    """A facet field read once per index state: its values per document, as a table for
    counting (one row per document and value) and as a dictionary."""

    docs: dict[int, tuple[str, ...]]  # document number → canonical values
    labels: dict[str, str]  # any spelling → the spelling shown

    def __post_init__(self) -> None:
        self.values = sorted({v for values in self.docs.values() for v in values})
        number = {value: n for n, value in enumerate(self.values)}
        pairs = [(d, number[v]) for d, values in self.docs.items() for v in values]
        table = np.array(pairs, np.int64).reshape(-1, 2)
        self._docs, self._values = table[:, 0], table[:, 1]

    def count(self, mask: np.ndarray) -> Counter[str]:
        """Count the values over the documents where ``mask`` is true: the rows of those
        documents, counted per value in numpy."""
        rows = self._values[mask[self._docs]]
        counts = np.bincount(rows, minlength=len(self.values))
        return Counter({self.values[n]: int(counts[n]) for n in np.flatnonzero(counts)})


def _read_facet(reader, fieldname: str) -> FacetColumn:
    """Read a facet field's values per document from its postings, spellings of a name merged.

    Names are grouped by ``name_key`` (``Kaykın``, ``Kaykin``, ``Kayk?n``; organisations by
    ``org_group_key``, without region and legal form) and shown in the spelling most used.
    """
    raw: dict[int, list[str]] = {}
    uses: Counter[str] = Counter()  # releases per spelling
    for leaf, offset in reader.leaf_readers():
        segment = matches.Segment(leaf)
        for term in leaf.field_terms(fieldname):
            if term:
                found = term_docs(leaf, fieldname, term, segment)
                uses[term] += len(found)
                for docnum in (found + offset).tolist():
                    raw.setdefault(docnum, []).append(term)
    labels: dict[str, str] = {}
    if fieldname in NAME_FIELDS:  # each spelling keyed once, not once per release
        key_of = FIELD_KEYS[fieldname]
        spellings: dict[str, Counter[str]] = {}
        for value, count in uses.items():
            spellings.setdefault(key_of(value), Counter())[value] += count
        best = {key: best_spelling(counts) for key, counts in spellings.items()}
        labels = {value: best[key] for key, c in spellings.items() for value in c}
    docs = {d: tuple(dict.fromkeys(labels.get(v, v) for v in vs)) for d, vs in raw.items()}
    return FacetColumn(docs, labels)


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
) -> list:
    """Return the Whoosh hits of one page, highlighted with ``<mark>`` from stored offsets.

    By relevance, the matches are scored with Whoosh's BM25F from the term weights that
    ``found`` read with the documents (Whoosh's collector scored them one by one, 0.8 s for a
    common word at 100,000 releases); facet filters and the record kind do not score, as in a
    filter context. By date, the newest come from a ranking of all documents by date computed
    once per index state.
    The matched terms of the page's hits, which the highlighter needs, come from ``found``.
    ``whole`` highlights the whole text (quotes) instead of snippets around the matches.
    """
    wanted = page * limit
    if by_date:
        top_n = [(0.0, d) for d in matches.newest(found, engine.date_rank(), wanted)]
    elif found.terms:
        top_n = matches.top(found, matches.scores(searcher, found, engine.norms), wanted)
    else:  # the query names only filter fields (``person:…``): Whoosh ranks by those
        top_n = searcher.search(query, limit=wanted).top_n
    results = Results(searcher, query, top_n)  # all the matches stay in ``found``
    results.docterms = {d: found.matched_terms(d) for _, d in top_n[(page - 1) * limit :]}
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


def _snippet(hit, body: str, highlight_it: bool) -> str:
    if highlight_it:
        marked = hit.highlights(f.BODY, text=body, top=2)
        if marked:
            return marked
    start = body[:SNIPPET_CHARS]
    cut = start.rsplit(" ", 1)[0] if len(body) > SNIPPET_CHARS else start
    return html.escape(cut) + (" …" if len(body) > SNIPPET_CHARS else "")


def facet(
    engine: Engine,
    fieldname: str,
    mask: np.ndarray,
    chosen: list[str],
    *,
    cap: int = FACET_CAP,
    newest_first: bool = False,
) -> list[FacetValue]:
    """Count one facet's values over the matching documents, most frequent (or newest) first."""
    key = FIELD_KEYS.get(fieldname, str.strip)
    selected = {key(v) for v in chosen}
    counts = engine.facet_column(fieldname).count(mask)
    if newest_first:
        ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
    else:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [FacetValue(value, count, key(value) in selected) for value, count in ordered[:cap]]


def count_facets(engine: Engine, mask: np.ndarray, filters: Filters) -> dict[str, list[FacetValue]]:
    """Count the person, organisation and year facets (years newest first)."""
    chosen = {
        "person": filters.persons,
        "organisation": filters.organisations,
        "year": filters.years,
    }
    return {
        name: facet(engine, fieldname, mask, chosen[name], newest_first=name == "year")
        for name, fieldname in FACETS.items()
    }


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
    page, limit = window(page, limit)
    with engine.reading() as searcher:
        parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
        final = restrict(parsed, RELEASES, filters.query(searcher.reader()))
        found = match(searcher, final, SCORED_FIELDS, engine.postings)
        total = found.total
        by_date = sort == "date" or parsed.is_empty
        page_hits = one_page(engine, searcher, final, found, page, limit, by_date=by_date)
        hits = []
        for hit in page_hits:
            release = _canonical(engine, from_stored(hit.fields()))
            score = 0.0 if by_date else float(hit.score or 0.0)
            hits.append(_hit(hit, release, score, highlight_it=not parsed.is_empty))
        facets = count_facets(engine, found.mask, filters)
        suggestion = suggest(searcher, parsed) if not total and not parsed.is_empty else None
    return SearchResult(
        query=text,
        total=total,
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
    with engine.reading() as searcher:
        stored = searcher.document(id=id_or_path, kind=f.RELEASE_KIND) or searcher.document(
            path=id_or_path, kind=f.RELEASE_KIND
        )
    return _canonical(engine, from_stored(stored)) if stored else None


def _canonical(engine: Engine, release: Release) -> Release:
    release.persons = engine.canonical(f.PERSONS, release.persons)
    release.organisations = engine.canonical(f.ORGANISATIONS, release.organisations)
    for quote in release.quotes:
        if quote.get("speaker"):
            quote["speaker"] = engine.canonical(f.SPEAKER, [quote["speaker"]])[0]
    return release
