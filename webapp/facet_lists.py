"""Searching inside a facet: ``/api/facets/<facet>`` and its page ``/facetten/<facet>``; the
core (``indexer.search.facet_values``) finds and counts the values, these views render them."""

from __future__ import annotations

from flask import current_app, jsonify, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import NotFound

from indexer.search.facet_values import MAX_VALUES, FacetValues
from indexer.search.facets import value_key
from indexer.search.query import Filters
from webapp import facets, get_engine
from webapp.backend import facet_values
from webapp.facets import FacetRecord
from webapp.params import InvalidParam, QuoteParams, SearchParams, clean_text
from webapp.views import bp

LIST_FACETS = ("person", "organisation", "year", "source", "speaker")
LABELS = {**facets.FACET_LABELS, "speaker": "Sprecher"}
PAGE_VALUES = 200  # values on the page unless ``limit`` says otherwise
API_VALUES = 100


class UnknownFacet(NotFound):
    german = "Diesen Filter gibt es nicht: bitte person, organisation, year, source oder speaker."


def _limit(raw: list[str], default: int) -> int:
    if not raw:
        return default
    text = raw[-1].strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_VALUES:
        raise InvalidParam(f"Die Zahl der Werte bitte als ganze Zahl von 1 bis {MAX_VALUES}.")
    return int(text)


def _values(name: str, default_limit: int) -> tuple[SearchParams | QuoteParams, FacetValues]:
    if name not in LIST_FACETS:
        raise UnknownFacet()
    args = MultiDict(request.args)
    limit = _limit(args.poplist("limit"), default_limit)
    for unused in ("prefix", "page"):
        args.poplist(unused)
    if name == "speaker":  # the quote search's parameters
        params = QuoteParams.parse(args)
        filters = Filters(list(params.speakers), [], [], params.date_from, params.date_to)
    else:
        params = SearchParams.parse(args, current_app.config["PER_PAGE"])
        filters = params.filters()
    prefix = clean_text(request.args.get("prefix"), 100)
    found = facet_values(get_engine(), name, params.q, filters=filters, prefix=prefix, limit=limit)
    return params, found


def _speaker_records(found: FacetValues, params: QuoteParams) -> list[FacetRecord]:
    """Records whose links toggle a speaker of the quote search."""
    out = []
    for fv in found.values:
        key = value_key("speaker", fv.value)
        others = tuple(s for s in params.speakers if value_key("speaker", s) != key)
        toggled = others if fv.selected else (*params.speakers, fv.value)
        url = url_for(".quotes", **params.args(speakers=toggled, page=1))
        out.append(FacetRecord(fv.value, fv.value, fv.count, fv.selected, url))
    return out


@bp.get("/api/facets/<name>")
def api_facet_values(name: str):
    """The values of one facet over a search's releases, narrowed by ``prefix``."""
    return jsonify(_values(name, API_VALUES)[1].to_json())


@bp.get("/facetten/<name>")
def facet_list(name: str):
    """All values of one facet as a searchable list; each value filters the search."""
    params, found = _values(name, PAGE_VALUES)
    back = params.args(page=1)
    page = ".quotes" if name == "speaker" else ".index"

    def index_url(args: dict) -> str:
        return url_for(page, **args)

    if name == "speaker":
        records = _speaker_records(found, params)
    else:
        records = facets.records(name, found.values, params, index_url)
    return render_template(
        "facet_list.html",
        name=name,
        label=LABELS[name],
        found=found,
        params=params,
        records=records,
        back_url=index_url(back),
        hidden=[(k, v) for k, vs in back.items() for v in (vs if isinstance(vs, list) else [vs])],
    )
