"""Result lists as files: CSV safe to open in a spreadsheet, JSON, and Atom feed entries."""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from indexer.config import export_seconds
from indexer.model import web_link
from indexer.search.quotes import QuoteResult
from indexer.search.searcher import EXTRAS_SHARE, MAX_LIMIT, Budget, Hit, SearchResult
from webapp.backend import search, search_quotes
from webapp.params import QuoteParams, SearchParams

SEARCH_COLUMNS = [
    "id", "title", "date", "persons", "organisations", "path", "link", "snippet", "url", "source",
    "versions",
]  # fmt: skip
_TAG = re.compile(r"</?mark>")
NOTE_EXPORT_BUDGET = (
    "Der Export hat sein Zeitbudget ({seconds:g} s) aufgebraucht und endet vor der letzten "
    "Zeile (PRESSESUCHE_EXPORT_SECONDS)."
)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def plain_snippet(snippet: str) -> str:
    """Turn a highlighted, escaped snippet back into plain text."""
    return html.unescape(_TAG.sub("", snippet))


def collect(engine, params: SearchParams, cap: int) -> SearchResult:
    """Run a search and gather up to ``cap`` hits from its first pages, in the page's order.

    Every page is read from one snapshot of the index: a commit between two pages would shift
    the hits and repeat or skip rows.
    """
    with engine.snapshot():
        return _collect(engine, params, cap)


def _collect(engine, params: SearchParams, cap: int) -> SearchResult:
    def one(page: int) -> SearchResult:
        return search(
            engine, params.q, filters=params.filters(), page=page, limit=MAX_LIMIT,
            sort=params.sort,
        )  # fmt: skip

    first, hits = _pages(one, lambda result: result.hits, cap)
    first.hits, first.limit = hits, len(hits)
    return first


def _pages(one, items, cap: int):
    """Gather up to ``cap`` items (``items`` of each result) from page after page of ``one``
    while the export's time budget lasts; return the first page's result and the items.

    A page after the first is begun only while it fits in the budget's first half; a result cut
    short says so (``partial`` and a note)."""
    budget = Budget(export_seconds())  # one for the whole export: its pages are extras
    first = one(1)
    gathered = list(items(first))
    page, slowest = 1, time.monotonic() - budget.started
    while len(gathered) < min(cap, first.total) and len(gathered) == page * MAX_LIMIT:
        if not budget.may_begin(slowest):
            _out_of_time(first, budget)
            break
        page += 1
        started = time.monotonic()
        gathered.extend(items(one(page)))
        slowest = max(slowest, time.monotonic() - started)
    return first, gathered[:cap]


def _out_of_time(result: SearchResult | QuoteResult, budget: Budget) -> None:
    """Mark an export cut short by its time budget, with a note."""
    result.partial = True
    result.notes.append(NOTE_EXPORT_BUDGET.format(seconds=budget.seconds * EXTRAS_SHARE))


def collect_quotes(engine, params: QuoteParams, cap: int) -> QuoteResult:
    """Run a quote search and gather up to ``cap`` quotes from its first pages, from one
    snapshot of the index, while the time budget lasts."""

    def one(page: int) -> QuoteResult:
        return search_quotes(
            engine, params.q, speaker=list(params.speakers), date_from=params.date_from,
            date_to=params.date_to, page=page, limit=MAX_LIMIT,
        )  # fmt: skip

    with engine.snapshot():
        result, quotes = _pages(one, lambda found: found.quotes, cap)
    result.quotes, result.page, result.limit = quotes, 1, len(quotes)
    return result


def search_rows(hits: list[Hit], link: Callable[[str], str]) -> list[dict]:
    """Return the CSV rows of search hits."""
    return [
        {
            "id": h.id,
            "title": h.title,
            "date": h.date,
            "persons": "; ".join(h.persons),
            "organisations": "; ".join(h.organisations),
            "path": h.path,
            "link": link(h.id),
            "snippet": plain_snippet(h.snippet),
            "url": h.url,
            "source": h.source,
            "versions": "; ".join(h.versions),  # the other versions' ids (``fassungen=alle``: rows)
        }
        for h in hits
    ]


@dataclass
class Entry:
    """One entry of the Atom feed."""

    id: str
    title: str
    link: str
    updated: str
    summary: str
    persons: list[str]
    related: str | None = None  # the publisher's page of the release


def atom_time(date: str | None, fallback: dt.datetime, first_indexed: str | None = None) -> str:
    """Return an RFC 3339 time for a release date; a release without a full date gets the
    time it was first indexed (``first_indexed``), only an index without one ``fallback``."""
    if date and _FULL_DATE.match(date):
        try:
            day = dt.date.fromisoformat(date)
            return f"{day.isoformat()}T00:00:00Z"
        except ValueError:
            pass
    return first_indexed or fallback.strftime("%Y-%m-%dT%H:%M:%SZ")


def feed_entries(hits: list[Hit], link: Callable[[str], str], built: dt.datetime) -> list[Entry]:
    """Return the feed entries of hits that are already sorted newest first."""
    return [
        Entry(
            id=link(h.id),
            title=h.title or h.id,
            link=link(h.id),
            updated=atom_time(h.date, built, h.first_indexed),
            summary=plain_snippet(h.snippet),
            persons=h.persons,
            related=web_link(h.url),
        )
        for h in hits
    ]
