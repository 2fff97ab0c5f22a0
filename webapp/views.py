"""The one blueprint: each view answers as an HTML page and as its JSON twin."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for
from werkzeug.exceptions import NotFound

from indexer.exports.table import QUOTE_COLUMNS, SEPARATORS, quote_rows, to_csv
from webapp import document, export, facets, get_engine
from webapp.backend import (
    built,
    get_release,
    mark_spans,
    search,
    search_quotes,
    versions_of,
)
from webapp.links import api_server, external_url
from webapp.openapi import spec
from webapp.params import InvalidParam, QuoteParams, SearchParams, clean_text
from webapp.suggest import suggest_names

bp = Blueprint("pages", __name__)

MAX_ID_CHARS = 300


class UnknownDocument(NotFound):
    german = "Diese Pressemitteilung gibt es im Index nicht."


SINGULAR = {
    "person": "Person",
    "organisation": "Organisation",
    "year": "Jahr",
    "source": "Herausgeber",
}


def _search_params() -> SearchParams:
    return SearchParams.parse(request.args, current_app.config["PER_PAGE"])


def _run(params: SearchParams):
    return search(
        get_engine(),
        params.q,
        filters=params.filters(),
        page=params.page,
        limit=params.limit,
        sort=params.sort,
    )


def _index_url(args: dict) -> str:
    return url_for(".index", **args)


def _doc_link(doc_id: str) -> str:
    return external_url(".release", doc_id=doc_id)


@bp.get("/")
def index():
    """The search page; without a query it lists every release, newest first."""
    params = _search_params()
    result = _run(params)
    facet_records = {
        name: facets.records(name, values, params, _index_url)
        for name, values in result.facets.items()
    }
    export_args = params.args(page=1, limit=params.default_limit)
    pagination = facets.paginate(result.total, params, _index_url)
    listed = [other for hit in result.hits for other in hit.versions]
    return render_template(
        "index.html",
        params=params,
        result=result,
        # the other versions of the hits, named on the page by their date and title
        versions={v.id: v for v in versions_of(get_engine(), listed)} if listed else {},
        # Whoosh answers a page past the end with the last page; the page says so instead.
        hits=result.hits if params.page <= pagination.pages else [],
        first_rank=(params.page - 1) * params.limit + 1,
        facets=facet_records,
        labels=facets.FACET_LABELS,
        singular=SINGULAR,
        histogram=facets.histogram(facet_records.get("year", [])),
        pagination=pagination,
        sort_urls={s: _index_url(params.args(sort=s, page=1)) for s in ("relevance", "date")},
        export_args=export_args,
        export_cap=current_app.config["MAX_EXPORT_ROWS"],
        facet_args=params.args(page=1, limit=params.default_limit),
    )


@bp.get("/api/search")
def api_search():
    """The search as JSON, exactly the ``pressesuche search --json`` shape."""
    return jsonify(_run(_search_params()).to_json())


def _release(doc_id: str):
    release = get_release(get_engine(), doc_id) if len(doc_id) <= MAX_ID_CHARS else None
    if release is None:
        raise UnknownDocument()
    return release


@bp.get("/dokument/<doc_id>")
def release(doc_id: str):
    """One release: repaired text with the query words marked, its names, quotes, boilerplate."""
    item = _release(doc_id)
    q = clean_text(request.args.get("q"), 500)
    marks = mark_spans(get_engine(), item.body, q)
    quotes = sorted(item.quotes, key=lambda quote: quote.get("start") or 0)
    return render_template(
        "document.html",
        release=item,
        q=q,
        paragraphs=document.body_layout(item.body, marks, quotes),
        quotes=quotes,
        anchors={s for s, _ in document.quote_spans(item.body, quotes)},
        versions=versions_of(get_engine(), item.versions),
    )


@bp.get("/api/documents/<doc_id>")
def api_document(doc_id: str):
    """One release as JSON, exactly the ``pressesuche show --json`` shape."""
    return jsonify(_release(doc_id).to_json())


def _run_quotes(params: QuoteParams):
    return search_quotes(
        get_engine(),
        params.q,
        speaker=list(params.speakers),
        date_from=params.date_from,
        date_to=params.date_to,
        page=params.page,
        limit=params.limit,
    )


def _quote_link(doc_id: str, start: int | None) -> str:
    anchor = f"zitat-{start}" if isinstance(start, int) else None
    return external_url(".release", doc_id=doc_id, _anchor=anchor)


@bp.get("/zitate")
def quotes():
    """The quote search: who said what, when."""
    params = QuoteParams.parse(request.args)
    result = _run_quotes(params)

    def url(args: dict) -> str:
        return url_for(".quotes", **args)

    speakers = []
    for fv in result.facets.get("speaker", []):
        chosen = fv.value in params.speakers
        toggled = (
            tuple(s for s in params.speakers if s != fv.value)
            if chosen
            else (
                *params.speakers,
                fv.value,
            )
        )
        speakers.append((fv, chosen, url(params.args(speakers=toggled, page=1))))
    speaker_chips = [
        (
            f"Sprecher: {value}",
            url(params.args(speakers=tuple(s for s in params.speakers if s != value), page=1)),
        )
        for value in params.speakers
    ]
    return render_template(
        "quotes.html",
        params=params,
        result=result,
        speakers=speakers,
        speaker_chips=speaker_chips,
        pagination=facets.paginate(result.total, params, url),
        quote_link=_quote_link,
        csv_url=url_for(".quotes_csv", **params.args(page=1)),
        csv_semicolon_url=url_for(".quotes_csv", **params.args(page=1), sep="semicolon"),
        export_cap=current_app.config["MAX_EXPORT_ROWS"],
    )


@bp.get("/api/quotes")
def api_quotes():
    """The quote search as JSON, the ``pressesuche quotes --json`` shape."""
    return jsonify(_run_quotes(QuoteParams.parse(request.args)).to_json())


@bp.get("/zitate.csv")
def quotes_csv():
    """The quotes of a quote search as a citation list (CSV), up to the export cap."""
    sep = _csv_separator()
    params = QuoteParams.parse(request.args)
    cap = current_app.config["MAX_EXPORT_ROWS"]
    result = export.collect_quotes(get_engine(), params, cap)
    body = to_csv(QUOTE_COLUMNS, quote_rows(result.quotes, _quote_link), sep)
    response = _download(body, CSV_TYPE, "zitate.csv")
    return _counted(response, len(result.quotes), result.total, result.partial)


CSV_TYPE = "text/csv; charset=utf-8"


def _csv_separator() -> str:
    name = request.args.get("sep", "comma")
    if name not in SEPARATORS:
        raise InvalidParam("Trennzeichen bitte „comma“ (,) oder „semicolon“ (;).")
    return SEPARATORS[name]


def _download(body: str, content_type: str, filename: str) -> Response:
    response = Response(body, content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _counted(response: Response, rows: int, total: int, partial: bool = False) -> Response:
    """Say in headers how many rows matched, whether the file stops before the last, and
    whether the time budget (not the row cap) stopped it or its search."""
    response.headers["X-Total-Count"] = str(total)
    if rows < total:
        response.headers["X-Truncated"] = f"{rows} of {total}"
    if partial:
        response.headers["X-Partial"] = "true"
    return response


def _export_result():
    cap = current_app.config["MAX_EXPORT_ROWS"]
    return export.collect(get_engine(), _search_params(), cap)


@bp.get("/export.csv")
def export_csv():
    """Any result list as CSV, up to the export cap."""
    sep = _csv_separator()
    result = _export_result()
    body = to_csv(export.SEARCH_COLUMNS, export.search_rows(result.hits, _doc_link), sep)
    response = _download(body, CSV_TYPE, "pressesuche.csv")
    return _counted(response, len(result.hits), result.total, result.partial)


@bp.get("/export.json")
def export_json():
    """Any result list as JSON (the search shape), up to the export cap."""
    result = _export_result()
    response = jsonify(result.to_json())
    response.headers["Content-Disposition"] = 'attachment; filename="pressesuche.json"'
    return _counted(response, len(result.hits), result.total, result.partial)


@bp.get("/feed.atom")
def feed():
    """An Atom feed of any search, newest first, to subscribe to."""
    params = replace(
        _search_params(), sort="date", page=1, limit=current_app.config["FEED_ENTRIES"]
    )
    result = _run(params)
    when = built(get_engine())
    entries = export.feed_entries(result.hits, _doc_link, when)
    updated = max((e.updated for e in entries), default=export.atom_time(None, when))
    body = render_template(
        "feed.xml",
        params=params,
        entries=entries,
        updated=updated,
        feed_id=external_url(".feed", **params.args(limit=params.default_limit)),
        html_url=external_url(".index", **params.args(limit=params.default_limit)),
    )
    return Response(body, mimetype="application/atom+xml")


@bp.get("/api/suggest")
def api_suggest():
    """Autocomplete: person and organisation names with a word starting with ``q``."""
    typed = clean_text(request.args.get("q"), 100)
    found = suggest_names(get_engine(), typed)
    return jsonify(
        {
            "query": typed,
            "suggestions": [
                {
                    "value": s.value,
                    "facet": s.facet,
                    "count": s.count,
                    "url": url_for(".index", **{s.facet: s.value}),
                }
                for s in found
            ],
        }
    )


@bp.get("/api/openapi.json")
def api_openapi():
    """The OpenAPI 3 description of the JSON API."""
    return jsonify(spec(api_server()))
