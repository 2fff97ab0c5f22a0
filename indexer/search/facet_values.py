"""Searching inside one facet: all values of persons, organisations, years or sources (not only the
first 20), narrowed by what the user typed, counted over the releases a search finds.

The counts follow the facets of the search (``indexer.search.facets``): a facet is counted over
the matches of the query and of the other facets' selections, leaving out its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as q

from indexer.analysis.folding import fold
from indexer.engine import schema as f
from indexer.engine.matches import match
from indexer.search.facets import FACETS, SELECTIONS, FacetValue, value_key, without
from indexer.search.pool import SCORED_FIELDS, Engine
from indexer.search.query import Filters, bound_expansions, parse_query
from indexer.search.quotes import QUOTES, for_quotes
from indexer.search.searcher import RELEASES, restrict

MAX_VALUES = 1000
_WORDS = re.compile(r"[\s\-–/().,;:„“\"']+")


@dataclass
class FacetValues:
    """The values of one facet that start with ``prefix`` (on any word), most frequent first
    (years newest first); ``total`` counts them all, ``values`` holds at most ``limit``."""

    facet: str
    prefix: str
    total: int
    values: list[FacetValue] = field(default_factory=list)

    def to_json(self) -> dict:
        """Return the ``/api/facets/<facet>`` shape."""
        return {
            "facet": self.facet,
            "prefix": self.prefix,
            "total": self.total,
            "values": [v.to_json() for v in self.values],
        }


def starts_with(value: str, folded_prefix: str) -> bool:
    """Whether ``value`` or one of its words starts with the folded prefix (``kay`` finds
    ``Zülfiye Kaykın``, ``westf`` finds ``Nordrhein-Westfalen``)."""
    if not folded_prefix:
        return True
    folded = fold(value)
    return folded.startswith(folded_prefix) or any(
        word.startswith(folded_prefix) for word in _WORDS.split(folded) if word
    )


def _counts(engine: Engine, searcher, name: str, text: str, filters: Filters):
    """Count the facet's values over the releases (for ``speaker``: the quotes) found."""
    reader = searcher.reader()
    if name == "speaker":  # the quote search: words in the quote, the date range
        parsed = for_quotes(
            bound_expansions(parse_query(text, searcher.schema, (f.QUOTE,)), reader), reader
        )
        dates = filters.date_from or filters.date_to
        period = q.TermRange(f.DATESORT, filters.date_from, filters.date_to) if dates else None
        final = restrict(parsed, QUOTES, period)
        found = match(searcher, final, {f.QUOTE}, engine.postings)
        return engine.facet_column(f.SPEAKER).count(found.mask)
    parsed = bound_expansions(parse_query(text, searcher.schema), reader)
    final = restrict(parsed, RELEASES, without(filters, name).query(reader))
    mask = match(searcher, final, SCORED_FIELDS, engine.postings).mask
    if not filters.all_versions:  # as the search counts: one release per group of versions
        mask = engine.versions().collapse(mask)
    return engine.facet_column(FACETS[name]).count(mask)


def facet_values(
    engine: Engine,
    name: str,
    text: str = "",
    *,
    filters: Filters | None = None,
    prefix: str = "",
    limit: int = 100,
) -> FacetValues:
    """Return the values of facet ``name`` (person, organisation, year, source) over the
    releases that ``text`` and ``filters`` find, those with a word starting with ``prefix``;
    ``speaker`` counts the quotes that the quote search finds with ``text`` and the date range of
    ``filters`` (its ``persons`` are the selected speakers)."""
    if name not in FACETS and name != "speaker":
        raise ValueError(f"unknown facet {name!r}")
    filters = filters or Filters()
    with engine.reading() as searcher:
        counts = _counts(engine, searcher, name, text, filters)
    return listed(name, counts, filters, prefix, limit)


def listed(name: str, counts, filters: Filters, prefix: str, limit: int) -> FacetValues:
    """The counted values of facet ``name`` that match ``prefix``, in the order of the list
    (years newest first, else most frequent first), at most ``limit``, selections marked."""
    limit = max(1, min(limit, MAX_VALUES))
    selection = filters.persons if name == "speaker" else getattr(filters, SELECTIONS[name])
    chosen = {value_key(name, v) for v in selection}
    folded = fold(prefix.strip())
    matching = [(v, n) for v, n in counts.items() if v.strip() and starts_with(v, folded)]
    if name == "year":
        matching.sort(key=lambda vn: vn[0], reverse=True)
    else:
        matching.sort(key=lambda vn: (-vn[1], fold(vn[0])))
    values = [FacetValue(v, n, value_key(name, v) in chosen) for v, n in matching[:limit]]
    return FacetValues(name, prefix, len(matching), values)
