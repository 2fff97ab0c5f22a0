"""The query string of a search or quote request: validated by the core's request model,
kept with the links it makes (facet toggles, pages, sort orders)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from indexer.search.facets import SELECTIONS
from indexer.search.request import QuoteRequest, RequestError, SearchRequest
from indexer.search.request import clean_text as clean_text


class InvalidParam(BadRequest):
    """A query-string value that cannot be used; ``german`` is shown to the user."""

    def __init__(self, german: str) -> None:
        super().__init__(german)
        self.german = german


def _raw(args: MultiDict) -> dict[str, list[str]]:
    return {name: args.getlist(name) for name in args}


@dataclass(frozen=True)
class SearchParams(SearchRequest):
    """Everything a search page, the search API and the exports take from the URL."""

    default_limit: int = field(default=10, compare=False)

    @classmethod
    def parse(cls, args: MultiDict, default_limit: int = 10) -> SearchParams:
        """Validate the query string; bad values raise ``InvalidParam`` (HTTP 400)."""
        try:
            request = SearchRequest.from_mapping(_raw(args), default_limit)
        except RequestError as exc:
            raise InvalidParam(str(exc)) from None
        return cls(**asdict(request), default_limit=default_limit)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.persons
            or self.organisations
            or self.years
            or self.sources
            or self.date_from
            or self.date_to
        )

    def with_facet(self, name: str, values: tuple[str, ...]) -> SearchParams:
        """Return these parameters with one facet's selection replaced, back on page 1."""
        attr = SELECTIONS[name]
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
            ("source", state.sources),
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
        if state.all_versions:
            out["fassungen"] = "alle"
        return out


@dataclass(frozen=True)
class QuoteParams(QuoteRequest):
    """What the quotes page, the quotes API and the quotes export take from the URL."""

    default_limit: int = field(default=20, compare=False)

    @classmethod
    def parse(cls, args: MultiDict, default_limit: int = 20) -> QuoteParams:
        """Validate the query string; bad values raise ``InvalidParam`` (HTTP 400)."""
        try:
            request = QuoteRequest.from_mapping(_raw(args), default_limit)
        except RequestError as exc:
            raise InvalidParam(str(exc)) from None
        return cls(**asdict(request), default_limit=default_limit)

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
