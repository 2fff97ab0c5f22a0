"""The Flask front end: search pages, release pages, quotes, exports and the JSON API."""

from __future__ import annotations

import logging

from flask import Flask, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from indexer import config
from indexer.engine import store
from indexer.model import web_link
from indexer.opensearch import OpenSearchError
from indexer.search.searcher import Engine

ENGINE = "pressesuche.engine"
JSON_PREFIXES = ("/api/", "/export.json")

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

MESSAGES = {
    400: "Die Anfrage enthält ungültige Angaben.",
    404: "Diese Seite gibt es nicht.",
    405: "Diese Methode ist hier nicht erlaubt.",
    413: "Die Anfrage ist zu groß.",
    500: "Ein interner Fehler ist aufgetreten. Bitte später noch einmal versuchen.",
    501: "Diese Funktion ist noch nicht verfügbar.",
    503: "Der Suchindex ist gerade nicht verfügbar.",
}

log = logging.getLogger(__name__)


def create_app(test_config: dict | None = None) -> Flask:
    """Create the app: defaults, then ``PRESSESUCHE_*`` environment variables, then overrides."""
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=str(config.index_dir()),
        PER_PAGE=10,
        MAX_EXPORT_ROWS=10_000,
        FEED_ENTRIES=50,
        MAX_CONTENT_LENGTH=64 * 1024,
        JSON_SORT_KEYS=False,
    )
    app.config.from_prefixed_env("PRESSESUCHE")
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    from webapp.backend import make_engine

    app.extensions[ENGINE] = make_engine(app.config)  # the index folder, or OpenSearch

    from webapp import entities, facet_lists, formatting, views  # noqa: F401  (add routes to views.bp)

    app.add_template_filter(formatting.datum, "datum")
    app.add_template_filter(formatting.xmltext, "xmltext")
    app.add_template_filter(web_link, "weblink")
    app.register_blueprint(views.bp)
    app.after_request(_secure)
    # One request reads one state of the index, even if a rebuild swaps it in meanwhile.
    app.before_request(lambda: get_engine().pin())
    app.teardown_request(lambda exc: get_engine().unpin())
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(store.StoreError, _store_error)
    app.register_error_handler(OpenSearchError, _cluster_error)
    app.register_error_handler(Exception, _unexpected)
    return app


def get_engine() -> Engine:
    """Return the engine of the current app."""
    return current_app.extensions[ENGINE]


def wants_json() -> bool:
    """Tell whether the current request is answered in JSON (API and JSON export)."""
    return request.path.startswith(JSON_PREFIXES)


def error_response(status: int, message: str | None = None):
    """Answer an error in the shape of the route: JSON ``{"error", "status"}`` or a German page."""
    message = message or MESSAGES.get(status, "Die Anfrage konnte nicht bearbeitet werden.")
    if wants_json():
        response = jsonify({"error": message, "status": status})
    elif request.path.endswith(".csv"):
        # A spreadsheet or script fetching a CSV file reads the reason as text, not as a page.
        response = make_response(message + "\n")
        response.content_type = "text/plain; charset=utf-8"
    else:
        response = make_response(render_template("error.html", status=status, message=message))
    response.status_code = status
    return response


def _secure(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _http_error(exc: HTTPException):
    status = exc.code or 500
    # Our own aborts carry a German description; Werkzeug's defaults are English.
    message = getattr(exc, "german", None) or MESSAGES.get(status)
    response = error_response(status, message)
    if status == 405 and exc.get_response().headers.get("Allow"):
        response.headers["Allow"] = exc.get_response().headers["Allow"]
    return response


def _store_error(exc: store.StoreError):
    log.warning("index unavailable: %s", exc)
    if isinstance(exc, store.IndexMissing):
        message = "Es wurde noch kein Suchindex gebaut. Bitte zuerst „pressesuche index“ ausführen."
    elif isinstance(exc, store.IndexDamaged):
        message = store.IndexDamaged.public
    else:
        message = MESSAGES[503]
    response = error_response(503, message)
    response.headers["Retry-After"] = "30"
    return response


def _cluster_error(exc: OpenSearchError):
    log.warning("OpenSearch unavailable: %s", exc)
    if "index_not_found" in str(exc):  # the alias has no index behind it yet
        message = (
            "In OpenSearch gibt es noch keinen Suchindex. Bitte zuerst "
            "„pressesuche index --opensearch …“ ausführen."
        )
    else:
        message = "Der Suchdienst (OpenSearch) antwortet gerade nicht."
    response = error_response(503, message)
    response.headers["Retry-After"] = "30"
    return response


def _unexpected(exc: Exception):
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    log.exception("unexpected error on %s", request.path)
    return error_response(InternalServerError.code)
