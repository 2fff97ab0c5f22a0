"""Reading the query string of a search or quote request: validated, bounded, shareable."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from indexer.search.query import MAX_QUERY_CHARS, Filters
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE

MAX_VALUES = 20
MAX_VALUE_CHARS = 200
SORTS = ("relevance", "date")
_YEAR = re.compile(r"^\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidParam(BadRequest):
    """A query-string value that cannot be used; ``german`` is shown to the user."""

    def __init__(self, german: str) -> None:
        super().__init__(german)
        self.german = german


def clean_text(value: str | None, limit: int) -> str:
    """Drop control characters (the index uses one as a separator) and bound the length."""
    return _CONTROL.sub(" ", value or "").strip()[:limit]


def _int(args: MultiDict, name: str, default: int, high: int, label: str) -> int:
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= high:
        raise InvalidParam(f"{label} muss eine ganze Zahl zwischen 1 und {high} sein.")
    return int(raw)


def _values(args: MultiDict, name: str, label: str) -> list[str]:
    values = [clean_text(v, MAX_VALUE_CHARS) for v in args.getlist(name)]
    values = list(dict.fromkeys(v for v in values if v))
    if len(values) > MAX_VALUES:
        raise InvalidParam(f"Höchstens {MAX_VALUES} Werte für {label} auf einmal.")
    return values


def _date(args: MultiDict, name: str, label: str) -> str | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        if not _DATE.match(raw):
            raise ValueError(raw)
        dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidParam(f"{label} bitte als JJJJ-MM-TT angeben, z. B. 2012-11-28.") from None
    return raw


def _range(args: MultiDict) -> tuple[str | None, str | None]:
    date_from, date_to = _date(args, "from", "Das Startdatum"), _date(args, "to", "Das Enddatum")
    if date_from and date_to and date_from > date_to:
        raise InvalidParam("Das Startdatum liegt nach dem Enddatum.")
    return date_from, date_to


def _query(args: MultiDict) -> str:
    # One character more than the core reads, so the core can say that it cut the query.
    return clean_text(args.get("q"), MAX_QUERY_CHARS + 1)


@dataclass(frozen=True)
class SearchParams:
    """Everything a search page, the search API and the exports take from the URL."""

    q: str = ""
    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = 10
    default_limit: int = field(default=10, compare=False)

    @classmethod
    def parse(cls, args: MultiDict, default_limit: int = 10) -> SearchParams:
        """Validate the query string; bad values raise ``InvalidParam`` (HTTP 400)."""
        sort = (args.get("sort") or "relevance").strip()
        if sort not in SORTS:
            raise InvalidParam("Sortierung bitte „relevance“ (Relevanz) oder „date“ (Datum).")
        years = _values(args, "year", "Jahr")
        if any(not _YEAR.match(y) for y in years):
            raise InvalidParam("Jahre bitte vierstellig angeben, z. B. 2012.")
        date_from, date_to = _range(args)
        return cls(
            q=_query(args),
            persons=tuple(_values(args, "person", "Person")),
            organisations=tuple(_values(args, "organisation", "Organisation")),
            years=tuple(years),
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            page=_int(args, "page", 1, MAX_PAGE, "Die Seitenzahl"),
            limit=_int(args, "limit", default_limit, MAX_LIMIT, "Die Zahl der Treffer je Seite"),
            default_limit=default_limit,
        )

    def filters(self) -> Filters:
        """Return the facet filters for the core."""
        return Filters(
            list(self.persons),
            list(self.organisations),
            list(self.years),
            self.date_from,
            self.date_to,
        )

    @property
    def has_filters(self) -> bool:
        return bool(
            self.persons or self.organisations or self.years or self.date_from or self.date_to
        )

    def with_facet(self, name: str, values: tuple[str, ...]) -> SearchParams:
        """Return these parameters with one facet's selection replaced, back on page 1."""
        attr = {"person": "persons", "organisation": "organisations", "year": "years"}[name]
        return replace(self, **{attr: values}, page=1)

    def args(self, **changes) -> dict:
        """Return the URL arguments of this state (defaults left out), with changes applied."""
        state = replace(self, **changes) if changes else self
        out: dict = {}
        if state.q:
            out["q"] = state.q
        for key, values in (
            ("person", state.persons),
            ("organisation", state.organisations),
            ("year", state.years),
        ):
            if values:
                out[key] = list(values)
        if state.date_from:
            out["from"] = state.date_from
        if state.date_to:
            out["to"] = state.date_to
        if state.sort != "relevance":
            out["sort"] = state.sort
        if state.page != 1:
            out["page"] = state.page
        if state.limit != state.default_limit:
            out["limit"] = state.limit
        return out


@dataclass(frozen=True)
class QuoteParams:
    """What the quotes page, the quotes API and the quotes export take from the URL."""

    q: str = ""
    speakers: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    page: int = 1
    limit: int = 20
    default_limit: int = field(default=20, compare=False)

    @classmethod
    def parse(cls, args: MultiDict, default_limit: int = 20) -> QuoteParams:
        """Validate the query string; bad values raise ``InvalidParam`` (HTTP 400)."""
        date_from, date_to = _range(args)
        return cls(
            q=_query(args),
            speakers=tuple(_values(args, "speaker", "Sprecher")),
            date_from=date_from,
            date_to=date_to,
            page=_int(args, "page", 1, MAX_PAGE, "Die Seitenzahl"),
            limit=_int(args, "limit", default_limit, MAX_LIMIT, "Die Zahl der Zitate je Seite"),
            default_limit=default_limit,
        )

    def args(self, **changes) -> dict:
        """Return the URL arguments of this state (defaults left out), with changes applied."""
        state = replace(self, **changes) if changes else self
        out: dict = {"q": state.q} if state.q else {}
        if state.speakers:
            out["speaker"] = list(state.speakers)
        if state.date_from:
            out["from"] = state.date_from
        if state.date_to:
            out["to"] = state.date_to
        if state.page != 1:
            out["page"] = state.page
        if state.limit != state.default_limit:
            out["limit"] = state.limit
        return out
