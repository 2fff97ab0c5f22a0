"""Searching inside a facet: ``/api/facets/<facet>`` and its page ``/facetten/<facet>``; the
core (``indexer.search.facet_values``) finds and counts the values, these views render them."""

from __future__ import annotations

from flask import current_app, jsonify, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import NotFound

from indexer.search.facet_values import MAX_VALUES, FacetValues, facet_values
from webapp import facets, get_engine
from webapp.params import InvalidParam, SearchParams, clean_text
from webapp.views import bp

LIST_FACETS = ("person", "organisation", "year")
PAGE_VALUES = 200  # values on the page unless ``limit`` says otherwise
API_VALUES = 100


class UnknownFacet(NotFound):
    german = "Diesen Filter gibt es nicht: bitte person, organisation oder year."


def _limit(raw: list[str], default: int) -> int:
    if not raw:
        return default
    text = raw[-1].strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_VALUES:
        raise InvalidParam(f"Die Zahl der Werte bitte als ganze Zahl von 1 bis {MAX_VALUES}.")
    return int(text)


def _values(name: str, default_limit: int) -> tuple[SearchParams, FacetValues]:
    if name not in LIST_FACETS:
        raise UnknownFacet()
    args = MultiDict(request.args)
    limit = _limit(args.poplist("limit"), default_limit)
    for unused in ("prefix", "page"):
        args.poplist(unused)
    params = SearchParams.parse(args, current_app.config["PER_PAGE"])
    prefix = clean_text(request.args.get("prefix"), 100)
    found = facet_values(
        get_engine(), name, params.q, filters=params.filters(), prefix=prefix, limit=limit
    )
    return params, found


@bp.get("/api/facets/<name>")
def api_facet_values(name: str):
    """The values of one facet over a search's releases, narrowed by ``prefix``."""
    return jsonify(_values(name, API_VALUES)[1].to_json())


@bp.get("/facetten/<name>")
def facet_list(name: str):
    """All values of one facet as a searchable list; each value filters the search."""
    params, found = _values(name, PAGE_VALUES)
    back = params.args(page=1)

    def index_url(args: dict) -> str:
        return url_for(".index", **args)

    return render_template(
        "facet_list.html",
        name=name,
        label=facets.FACET_LABELS[name],
        found=found,
        params=params,
        records=facets.records(name, found.values, params, index_url),
        back_url=index_url(back),
        hidden=[(k, v) for k, vs in back.items() for v in (vs if isinstance(vs, list) else [vs])],
    )
