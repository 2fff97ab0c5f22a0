"""Result lists as files: CSV safe to open in a spreadsheet, JSON, and Atom feed entries."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from indexer.config import export_seconds
from indexer.model import web_link
from indexer.search.quotes import QuoteResult
from indexer.search.searcher import Export, Hit, SearchResult
from webapp.backend import search, search_quotes
from webapp.params import QuoteParams, SearchParams

SEARCH_COLUMNS = [
    "id", "title", "date", "persons", "organisations", "path", "link", "snippet", "url", "source",
    "versions",
]  # fmt: skip
_TAG = re.compile(r"</?mark>")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# How Werkzeug quotes a value in a path segment (``BaseConverter.to_url``), and ids that try it:
# every printable ASCII character, letters beyond ASCII, a space that does not break.
_SEGMENT_SAFE = "!$&'()*+,/:;=@"
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~\-" + re.escape(_SEGMENT_SAFE) + "]*")  # left as they are
_PROBES = ("".join(map(chr, range(32, 127))), "Äöüß–€\u00a0", "pm-00001")
_MARKER = "pressesuche0release0id"


def plain_snippet(snippet: str) -> str:
    """Turn a highlighted, escaped snippet back into plain text."""
    return html.unescape(_TAG.sub("", snippet))


def collect(engine, params: SearchParams, cap: int) -> SearchResult:
    """Run a search and return up to ``cap`` hits in the page's order, as one page of one
    search: one matching, ranking and facet count on one state of the index (a commit between
    pages would shift the hits and repeat or skip rows), rows read while the export's time
    budget lasts (``PRESSESUCHE_EXPORT_SECONDS``; cut short: ``partial`` and a note)."""
    result = search(
        engine, params.q, filters=params.filters(), sort=params.sort,
        export=Export(cap, export_seconds()),
    )  # fmt: skip
    result.limit = len(result.hits)
    return result


def collect_quotes(engine, params: QuoteParams, cap: int) -> QuoteResult:
    """Run a quote search and return up to ``cap`` quotes as one page of one search (as
    ``collect``)."""
    result = search_quotes(
        engine, params.q, speaker=list(params.speakers), date_from=params.date_from,
        date_to=params.date_to, export=Export(cap, export_seconds()),
    )  # fmt: skip
    result.limit = len(result.quotes)
    return result


def each_link(link: Callable[[str], str]) -> Callable[[str], str]:
    """``link`` for many ids at the price of one: the address of one id with another id put in
    its place, quoted as the route quotes it (``url_for`` takes 14 µs a row, a tenth of an
    export); ``link`` itself unless that gives its own addresses for ids of every character."""
    before, found, after = link(_MARKER).partition(_MARKER)

    def placed(doc_id: str) -> str:
        if _UNQUOTED.fullmatch(doc_id):  # most ids: nothing to quote (``quote`` is Python)
            return before + doc_id + after
        return before + quote(doc_id, safe=_SEGMENT_SAFE) + after

    if found and _MARKER not in after and all(placed(p) == link(p) for p in _PROBES):
        return placed
    return link


def search_rows(hits: list[Hit], link: Callable[[str], str]) -> list[dict]:
    """Return the CSV rows of search hits."""
    link = each_link(link)
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
