"""One request model for every front end: what a search or quote request may ask, validated.

The web (query strings) and the command line (options) hand their raw values to
``SearchRequest.from_mapping`` / ``QuoteRequest.from_mapping``; a value that cannot be used raises
``RequestError`` with a German message (HTTP 400, exit code 1). Numbers are ASCII digits only:
``²`` or ``٣`` are no page numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from indexer.search.query import MAX_QUERY_CHARS, Filters
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE

MAX_VALUES = 20
MAX_VALUE_CHARS = 300  # as long as a publisher may be (``text.fields.LIMITS``)
SORTS = ("relevance", "date")
_NUMBER = re.compile(r"[0-9]+")
_YEAR = re.compile(r"[0-9]{4}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

Raw = Mapping[str, "str | Sequence[str] | None"]


class RequestError(ValueError):
    """A value of a request that cannot be used; the message is German, for the user."""


def clean_text(value: str | None, limit: int) -> str:
    """Drop control characters (the index uses one as a separator) and bound the length."""
    return _CONTROL.sub(" ", value or "").strip()[:limit]


def _all(raw: Raw, name: str) -> list[str]:
    value = raw.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None]


def _one(raw: Raw, name: str) -> str:
    values = _all(raw, name)
    return values[0].strip() if values else ""


def number(raw: Raw, name: str, default: int, high: int, label: str) -> int:
    """A whole number from 1 to ``high`` written in ASCII digits, or ``default`` when absent."""
    text = _one(raw, name)
    if not text:
        return default
    if not _NUMBER.fullmatch(text) or not 1 <= int(text) <= high:
        raise RequestError(f"{label} muss eine ganze Zahl zwischen 1 und {high} sein.")
    return int(text)


def values(raw: Raw, name: str, label: str) -> list[str]:
    """The distinct non-empty values of a repeatable filter, at most ``MAX_VALUES``."""
    found = [clean_text(v, MAX_VALUE_CHARS) for v in _all(raw, name)]
    found = list(dict.fromkeys(v for v in found if v))
    if len(found) > MAX_VALUES:
        raise RequestError(f"Höchstens {MAX_VALUES} Werte für {label} auf einmal.")
    return found


def date(raw: Raw, name: str, label: str) -> str | None:
    """An ISO date (JJJJ-MM-TT) that exists in the calendar, or None when absent."""
    text = _one(raw, name)
    if not text:
        return None
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        dt.date.fromisoformat(text)
    except ValueError:
        raise RequestError(f"{label} bitte als JJJJ-MM-TT angeben, z. B. 2012-11-28.") from None
    return text


def date_range(raw: Raw) -> tuple[str | None, str | None]:
    """The ``from``/``to`` dates of a request, the start not after the end."""
    date_from, date_to = date(raw, "from", "Das Startdatum"), date(raw, "to", "Das Enddatum")
    if date_from and date_to and date_from > date_to:
        raise RequestError("Das Startdatum liegt nach dem Enddatum.")
    return date_from, date_to


VERSIONS = ("neueste", "alle")


def versions_choice(raw: Raw) -> bool:
    """``fassungen=alle`` lists every version of a release; ``neueste`` (the default) only the
    newest one, with the others named in the hit."""
    text = _one(raw, "fassungen").lower() or VERSIONS[0]
    if text not in VERSIONS:
        raise RequestError("Fassungen bitte „neueste“ (Standard) oder „alle“.")
    return text == "alle"


def query_text(raw: Raw) -> str:
    # One character more than the core reads, so the core can say that it cut the query.
    return clean_text(_one(raw, "q"), MAX_QUERY_CHARS + 1)


@dataclass(frozen=True)
class SearchRequest:
    """A search: query, facet filters, dates, sort order, page and page size."""

    q: str = ""
    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = 10
    sources: tuple[str, ...] = ()
    all_versions: bool = False  # ``fassungen=alle``: every version a hit of its own

    @classmethod
    def from_mapping(cls, raw: Raw, default_limit: int = 10) -> SearchRequest:
        """Validate raw values (query-string or option names); bad ones raise ``RequestError``."""
        sort = _one(raw, "sort") or "relevance"
        if sort not in SORTS:
            raise RequestError("Sortierung bitte „relevance“ (Relevanz) oder „date“ (Datum).")
        years = values(raw, "year", "Jahr")
        if any(not _YEAR.fullmatch(y) for y in years):
            raise RequestError("Jahre bitte vierstellig angeben, z. B. 2012.")
        date_from, date_to = date_range(raw)
        return cls(
            q=query_text(raw),
            persons=tuple(values(raw, "person", "Person")),
            organisations=tuple(values(raw, "organisation", "Organisation")),
            years=tuple(years),
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            page=number(raw, "page", 1, MAX_PAGE, "Die Seitenzahl"),
            limit=number(raw, "limit", default_limit, MAX_LIMIT, "Die Zahl der Treffer je Seite"),
            sources=tuple(values(raw, "source", "Herausgeber")),
            all_versions=versions_choice(raw),
        )

    def filters(self) -> Filters:
        """Return the facet filters for the core."""
        return Filters(
            list(self.persons),
            list(self.organisations),
            list(self.years),
            self.date_from,
            self.date_to,
            list(self.sources),
            self.all_versions,
        )


@dataclass(frozen=True)
class QuoteRequest:
    """A quote search: query, speakers, dates, page and page size."""

    q: str = ""
    speakers: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    page: int = 1
    limit: int = 20

    @classmethod
    def from_mapping(cls, raw: Raw, default_limit: int = 20) -> QuoteRequest:
        """Validate raw values (query-string or option names); bad ones raise ``RequestError``."""
        date_from, date_to = date_range(raw)
        return cls(
            q=query_text(raw),
            speakers=tuple(values(raw, "speaker", "Sprecher")),
            date_from=date_from,
            date_to=date_to,
            page=number(raw, "page", 1, MAX_PAGE, "Die Seitenzahl"),
            limit=number(raw, "limit", default_limit, MAX_LIMIT, "Die Zahl der Zitate je Seite"),
        )
