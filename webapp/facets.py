"""Facet values as plain records with toggle links, the year histogram and the page links.

The core counts the facets (``indexer.search.facets``); this module only lays them out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from indexer.search.facets import SELECTIONS, FacetValue, value_key
from indexer.search.searcher import MAX_PAGE
from webapp.params import SearchParams

FACET_LABELS = {
    "person": "Personen",
    "organisation": "Organisationen",
    "year": "Jahre",
    "source": "Herausgeber",
}
HISTOGRAM_SPAN = 40  # years; a wider range is shown without the empty years between
UrlFor = Callable[[dict], str]


@dataclass
class FacetRecord:
    """One facet value: what it is, how often it occurs, and the link that toggles it."""

    value: str
    label: str
    count: int | None
    selected: bool
    toggle_url: str


@dataclass
class Bar:
    """One year of the histogram; ``level`` 0–10 picks a CSS height class."""

    year: str
    label: str
    count: int
    level: int
    selected: bool
    url: str | None


def selection(params: SearchParams, name: str) -> tuple[str, ...]:
    """Return the selected values of one facet."""
    return getattr(params, SELECTIONS[name])


def records(
    name: str, values: list[FacetValue], params: SearchParams, url_for: UrlFor
) -> list[FacetRecord]:
    """Build the records of one facet; selected values missing from the counts stay listed."""
    chosen = selection(params, name)
    chosen_keys = {value_key(name, v): v for v in chosen}
    out, seen = [], set()
    for fv in values:
        if not fv.value.strip():
            continue  # releases without a known year are not a year
        key = value_key(name, fv.value)
        seen.add(key)
        is_selected = fv.selected
        if is_selected:
            toggled = tuple(v for v in chosen if value_key(name, v) != key)
        else:
            toggled = (*chosen, fv.value)
        url = url_for(params.with_facet(name, toggled).args())
        out.append(FacetRecord(fv.value, fv.value, fv.count, is_selected, url))
    for key, value in chosen_keys.items():
        if key not in seen:
            toggled = tuple(v for v in chosen if v != value)
            url = url_for(params.with_facet(name, toggled).args())
            out.insert(0, FacetRecord(value, value, None, True, url))
    return out


def histogram(year_records: list[FacetRecord]) -> list[Bar]:
    """Lay the year facet out oldest to newest, with empty years between when the span is short."""
    counted = {r.value: r for r in year_records if r.count and r.value.isdigit()}
    if not counted:
        return []
    years = sorted(int(y) for y in counted)
    span = years[-1] - years[0] + 1
    axis = range(years[0], years[-1] + 1) if span <= HISTOGRAM_SPAN else years
    highest = max(r.count or 0 for r in counted.values())
    bars = []
    for year in axis:
        label = str(year) if len(axis) <= 6 else f"’{year % 100:02d}"
        rec = counted.get(str(year))
        if rec is None:
            bars.append(Bar(str(year), label, 0, 0, False, None))
            continue
        level = max(1, round(10 * (rec.count or 0) / highest))
        bars.append(Bar(rec.value, label, rec.count or 0, level, rec.selected, rec.toggle_url))
    return bars


@dataclass
class PageLink:
    """One entry of the pagination: a page number with its link, or a gap."""

    number: int | None
    url: str | None
    current: bool = False


@dataclass
class Pagination:
    """Previous/next links and a short window of page numbers."""

    page: int
    pages: int
    previous: str | None
    next: str | None
    links: list[PageLink]


def paginate(total: int, params, url_for: UrlFor) -> Pagination:
    """Return the page links of a result list (works for search and quote parameters)."""
    pages = min(MAX_PAGE, max(1, math.ceil(total / params.limit)))
    page = params.page

    def link(n: int) -> str:
        return url_for(params.args(page=n))

    numbers = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    links: list[PageLink] = []
    for n in numbers:
        if links and links[-1].number is not None and n - links[-1].number > 1:
            links.append(PageLink(None, None))
        links.append(PageLink(n, link(n), n == page))
    return Pagination(
        page=page,
        pages=pages,
        previous=link(page - 1) if 1 < page <= pages + 1 else None,
        next=link(page + 1) if page < pages else None,
        links=links if pages > 1 else [],
    )
