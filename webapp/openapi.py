"""The OpenAPI 3.1 description of the JSON API and the exports, served at /api/openapi.json."""

from __future__ import annotations

from indexer import __version__
from indexer.search.entity_pages import LISTED
from indexer.search.facet_values import MAX_VALUES as MAX_FACET_VALUES
from indexer.search.query import MAX_QUERY_CHARS
from indexer.search.request import MAX_VALUE_CHARS, MAX_VALUES
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str) -> dict:
    return {"type": [kind, "null"]}


def _strings() -> dict:
    return {"type": "array", "items": {"type": "string"}}


def _param(name: str, description: str, schema: dict, required: bool = False) -> dict:
    out = {"name": name, "in": "query", "description": description, "schema": schema}
    if required:
        out["required"] = True
    if schema.get("type") == "array":
        out.update(style="form", explode=True)
    return out


def _repeatable(name: str, description: str, pattern: str | None = None) -> dict:
    items = {
        "type": "string",
        "maxLength": MAX_VALUE_CHARS,
        **({"pattern": pattern} if pattern else {}),
    }
    schema = {"type": "array", "maxItems": MAX_VALUES, "items": items}
    return _param(name, description, schema)


FACET_NAMES = ["person", "organisation", "year", "source", "speaker"]
DATE = {"type": "string", "format": "date"}
_PARTIAL = {
    "type": "boolean",
    "description": (
        "true: die Suche hat ihr Zeitbudget (PRESSESUCHE_SEARCH_SECONDS, 2 s) überschritten und "
        "wurde abgebrochen; Treffer, Gesamtzahl und Filterzahlen sind das bis dahin Gefundene "
        "(nie ein falscher Treffer, aber vielleicht nicht alle)"
    ),
}
Q = _param("q", "Suchanfrage (leer: alles, neueste zuerst)", {"type": "string"})
FROM = _param("from", "Frühestes Datum, JJJJ-MM-TT", DATE)
TO = _param("to", "Spätestes Datum, JJJJ-MM-TT", DATE)
PAGE = _param("page", "Seite", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE})
LIMIT = _param("limit", "Treffer je Seite", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT})
FILTER_PARAMS = [
    Q,
    _repeatable("person", "Nur Mitteilungen, die diese Person nennen (ODER innerhalb)"),
    _repeatable("organisation", "Nur Mitteilungen, die diese Organisation nennen"),
    _repeatable("year", "Nur Mitteilungen dieses Jahres", r"^\d{4}$"),
    _repeatable("source", "Nur Mitteilungen dieses Herausgebers (JSONL-Feld source)"),
    FROM,
    TO,
    _param(
        "fassungen",
        "neueste (Standard): nahezu gleiche Mitteilungen (dieselbe Mitteilung mit kleinen "
        "Änderungen erneut verschickt) sind ein Treffer, die neueste Fassung; total, Facetten "
        "und Seiten zählen diese Treffer. alle: jede Fassung ein eigener Treffer",
        {"type": "string", "enum": ["neueste", "alle"], "default": "neueste"},
    ),
]
SEARCH_PARAMS = [
    *FILTER_PARAMS,
    _param("sort", "Sortierung", {"type": "string", "enum": ["relevance", "date"]}),
    PAGE,
    LIMIT,
]
QUOTE_PARAMS = [Q, _repeatable("speaker", "Nur Zitate dieser Person"), FROM, TO, PAGE, LIMIT]

SOURCE_PROPERTIES = {
    "url": {**_nullable("string"), "description": "Adresse beim Herausgeber (null: unbekannt)"},
    "source": {
        **_nullable("string"),
        "description": "Herausgeber, wie angeliefert (null: unbekannt)",
    },
}

VERSIONS = {
    **_strings(),
    "description": (
        "Kennungen der anderen Fassungen derselben Mitteilung, neueste zuerst: Texte, deren "
        "3-Wort-Folgen zu mindestens 60 % übereinstimmen (Jaccard)"
    ),
}

CONFIDENCE = {
    **_nullable("number"),
    "minimum": 0,
    "maximum": 1,
    "description": (
        "Wie sicher die Zuordnung zum Sprecher ist (1: „…“, sagte X oder X: „…“ direkt am Zitat; "
        "weniger für Pronomen, Rollen, Einleitungsabsätze, Abstand); null ohne Sprecher. Unter "
        "0,6 bleibt der Sprecher null statt geraten"
    ),
}

QUOTE_PROPERTIES = {
    "id": {"type": "string"},
    "text": {"type": "string"},
    "speaker": _nullable("string"),
    "role": _nullable("string"),
    "date": _nullable("string"),
    "doc_id": {"type": "string"},
    "title": {"type": "string"},
}

SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error", "status"],
        "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
    },
    "FacetValue": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {
            "value": {"type": "string"},
            "count": {"type": "integer"},
            "selected": {
                "type": "boolean",
                "description": "ausgewählt; gezählt wird ohne die eigene Auswahl der Facette",
            },
        },
    },
    "Hit": {
        "type": "object",
        "required": ["id", "path", "title", "date", "persons", "organisations", "score", "snippet"],
        "properties": {
            "id": {"type": "string"},
            "path": {"type": "string"},
            "title": {"type": "string"},
            "date": {**_nullable("string"), "description": "JJJJ-MM-TT, --MM-TT oder null"},
            "persons": _strings(),
            "organisations": _strings(),
            "score": {"type": "number"},
            "snippet": {"type": "string", "description": "HTML-escaped, <mark> um Treffer"},
            **SOURCE_PROPERTIES,
            "versions": VERSIONS,
        },
    },
    "SearchResult": {
        "type": "object",
        "required": ["query", "total", "hits", "facets", "suggestion", "relaxed", "partial"],
        "properties": {
            "query": {"type": "string", "maxLength": MAX_QUERY_CHARS + 1},
            "total": {"type": "integer"},
            "hits": {"type": "array", "items": _ref("Hit")},
            "facets": {
                "type": "object",
                "required": ["person", "organisation", "year", "source"],
                "description": "source: Herausgeber (leer, wenn keine Mitteilung einen nennt)",
                "additionalProperties": {"type": "array", "items": _ref("FacetValue")},
            },
            "suggestion": _nullable("string"),
            "relaxed": {
                "type": "boolean",
                "description": (
                    "true: keine Mitteilung enthält alle Suchbegriffe; gezeigt werden die "
                    "Mitteilungen, die die meisten davon enthalten (mindestens 60 %, sonst "
                    "mindestens einen), nach Relevanz"
                ),
            },
            "partial": _PARTIAL,
        },
    },
    "ReleaseQuote": {
        "type": "object",
        "required": ["text", "speaker", "start", "end", "confidence"],
        "properties": {
            "text": {"type": "string"},
            "speaker": _nullable("string"),
            "role": _nullable("string"),
            "confidence": CONFIDENCE,
            "start": {"type": "integer"},
            "end": {"type": "integer"},
        },
    },
    "Release": {
        "type": "object",
        "required": [
            "id",
            "path",
            "title",
            "date",
            "persons",
            "organisations",
            "quotes",
            "body",
            "boilerplate",
            "url",
            "source",
        ],
        "properties": {
            "id": {"type": "string"},
            "path": {"type": "string"},
            "title": {"type": "string"},
            "date": _nullable("string"),
            "persons": _strings(),
            "organisations": _strings(),
            "quotes": {"type": "array", "items": _ref("ReleaseQuote")},
            "body": {"type": "string"},
            "boilerplate": {"type": "string"},
            **SOURCE_PROPERTIES,
            "versions": VERSIONS,
        },
    },
    "QuoteHit": {
        "type": "object",
        "required": [*QUOTE_PROPERTIES, "path", "confidence"],
        "properties": {
            **QUOTE_PROPERTIES,
            "confidence": CONFIDENCE,
            "path": {"type": "string"},
            "url": SOURCE_PROPERTIES["url"],
        },
    },
    "QuoteResult": {
        "type": "object",
        "required": ["query", "total", "quotes", "facets", "partial"],
        "properties": {
            "query": {"type": "string"},
            "total": {"type": "integer"},
            "quotes": {"type": "array", "items": _ref("QuoteHit")},
            "facets": {
                "type": "object",
                "properties": {"speaker": {"type": "array", "items": _ref("FacetValue")}},
            },
            "partial": _PARTIAL,
        },
    },
    **{
        f"{kind}Page": {
            "type": "object",
            "description": "Was der Index über eine Person oder Organisation weiß",
            "required": [
                "name",
                "variants",
                "roles",
                "documents",
                "years",
                "quotes",
                other,
                "releases",
                "quote_list",
            ],
            "properties": {
                "name": {"type": "string", "description": "die meistgebrauchte Schreibweise"},
                "variants": {**_strings(), "description": "Schreibweisen im Index"},
                "roles": {**_strings(), "description": "Rollen aus den Zitaten, häufigste zuerst"},
                "documents": {"type": "integer", "description": "Zahl der Mitteilungen"},
                "years": {"type": "array", "items": _ref("Count")},
                "quotes": {"type": "integer", "description": "Zahl der Zitate"},
                other: {"type": "array", "items": _ref("Count")},
                "releases": {
                    "type": "array",
                    "description": f"die neuesten {LISTED} Mitteilungen, neueste zuerst",
                    "items": {
                        "type": "object",
                        "required": ["id", "title", "date", "url"],
                        "properties": {
                            "id": {"type": "string"},
                            "title": {"type": "string"},
                            "date": _nullable("string"),
                            "url": _nullable("string"),
                        },
                    },
                },
                "quote_list": {
                    "type": "array",
                    "description": f"die neuesten {LISTED} Zitate, neueste zuerst",
                    "items": {
                        "type": "object",
                        "required": list(QUOTE_PROPERTIES),
                        "properties": {**QUOTE_PROPERTIES, "start": {"type": "integer"}},
                    },
                },
            },
        }
        for kind, other in (("Person", "organisations"), ("Organisation", "persons"))
    },
    "Count": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {"value": {"type": "string"}, "count": {"type": "integer"}},
    },
    "FacetValues": {
        "type": "object",
        "required": ["facet", "prefix", "total", "values"],
        "properties": {
            "facet": {"type": "string", "enum": FACET_NAMES},
            "prefix": {"type": "string"},
            "total": {
                "type": "integer",
                "description": "alle passenden Werte, auch jenseits von limit",
            },
            "values": {"type": "array", "items": _ref("FacetValue")},
        },
    },
    "Suggestions": {
        "type": "object",
        "required": ["query", "suggestions"],
        "properties": {
            "query": {"type": "string"},
            "suggestions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["value", "facet", "count", "url"],
                    "properties": {
                        "value": {"type": "string"},
                        "facet": {"type": "string", "enum": ["person", "organisation"]},
                        "count": {"type": "integer"},
                        "url": {"type": "string"},
                    },
                },
            },
        },
    },
}


def _json(schema: dict, description: str = "OK") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


ERRORS = {"400": _error("Ungültige Parameter"), "503": _error("Kein Suchindex verfügbar")}
# Downloads are opened in a browser: their errors are German HTML pages.
PAGE_ERRORS = {
    "400": {"description": "Ungültige Parameter", "content": {"text/html": {"schema": {}}}},
    "503": {"description": "Kein Suchindex verfügbar", "content": {"text/html": {"schema": {}}}},
}
# A CSV file is fetched by spreadsheets and scripts: its errors are one German line of text.
_TEXT = {"text/plain": {"schema": {"type": "string"}}}
CSV_ERRORS = {
    "400": {"description": "Ungültige Parameter (deutscher Text)", "content": _TEXT},
    "503": {"description": "Kein Suchindex verfügbar (deutscher Text)", "content": _TEXT},
}
SEP = _param(
    "sep",
    "Trennzeichen der Zellen: comma (,) oder semicolon (; für deutsche Tabellenprogramme)",
    {"type": "string", "enum": ["comma", "semicolon"], "default": "comma"},
)
_COUNT_HEADERS = {
    "X-Total-Count": {"description": "Zahl aller Treffer", "schema": {"type": "integer"}},
    "X-Truncated": {
        "description": "Nur wenn die Datei gekürzt ist: „<Zeilen> of <alle>“",
        "schema": {"type": "string"},
    },
}


def _get(summary: str, params: list, responses: dict) -> dict:
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def _file(mimetype: str, description: str) -> dict:
    return {"description": description, "content": {mimetype: {"schema": {"type": "string"}}}}


def _export(mimetype: str, description: str) -> dict:
    return {**_file(mimetype, description), "headers": _COUNT_HEADERS}


CSV_FILE = "CSV in UTF-8 mit BOM und Kopfzeile, jede Zelle in Anführungszeichen"


def spec(server_url: str = "") -> dict:
    """Return the OpenAPI document; ``server_url`` is where this app answers."""
    doc_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    quotes_errors = ERRORS
    name = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "pressesuche",
            "version": __version__,
            "description": "Suche in deutschen Pressemitteilungen: Treffer, Facetten, Zitate.",
        },
        "servers": [{"url": server_url or "/"}],
        "paths": {
            "/api/search": _get(
                "Pressemitteilungen suchen (Form von `pressesuche search --json`)",
                SEARCH_PARAMS,
                {"200": _json(_ref("SearchResult")), **ERRORS},
            ),
            "/api/documents/{id}": _get(
                "Eine Pressemitteilung (Form von `pressesuche show --json`)",
                [doc_id],
                {
                    "200": _json(_ref("Release")),
                    "404": _error("Unbekannte Kennung"),
                    "503": ERRORS["503"],
                },
            ),
            "/api/quotes": _get(
                "Zitate suchen (Form von `pressesuche quotes --json`)",
                QUOTE_PARAMS,
                {"200": _json(_ref("QuoteResult")), **quotes_errors},
            ),
            "/api/persons/{name}": _get(
                "Seite einer Person: jede Schreibweise oder der Nachname findet sie",
                [name],
                {
                    "200": _json(_ref("PersonPage")),
                    "404": _error("Person nicht im Index"),
                    "503": ERRORS["503"],
                },
            ),
            "/api/organisations/{name}": _get(
                "Seite einer Organisation: jede Schreibweise oder Abkürzung findet sie",
                [name],
                {
                    "200": _json(_ref("OrganisationPage")),
                    "404": _error("Organisation nicht im Index"),
                    "503": ERRORS["503"],
                },
            ),
            "/api/suggest": _get(
                "Namen von Personen und Organisationen vervollständigen",
                [_param("q", "Anfang eines Namens (mindestens 2 Zeichen)", {"type": "string"})],
                {"200": _json(_ref("Suggestions")), "503": ERRORS["503"]},
            ),
            "/api/facets/{name}": _get(
                "Alle Werte einer Facette über die Treffer einer Suche (speaker: über die Zitate "
                "der Zitatsuche mit q, speaker, from, to), nach Wortanfang gefiltert "
                "(Groß-/Kleinschreibung, Akzente und Umlaute egal); Personen und Organisationen "
                "nach Häufigkeit, Jahre neueste zuerst",
                [
                    {
                        "name": "name",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "enum": FACET_NAMES},
                    },
                    _param(
                        "prefix", "Anfang des Werts oder eines seiner Wörter", {"type": "string"}
                    ),
                    _param(
                        "limit",
                        "Höchstzahl der Werte",
                        {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": MAX_FACET_VALUES,
                            "default": 100,
                        },
                    ),
                    *FILTER_PARAMS,
                    _repeatable("speaker", "Nur für speaker: die gewählten Sprecher (ausgewählt)"),
                ],
                {
                    "200": _json(_ref("FacetValues")),
                    "404": _error("Unbekannte Facette"),
                    **ERRORS,
                },
            ),
            "/api/openapi.json": _get("Diese Beschreibung", [], {"200": _json({"type": "object"})}),
            "/export.json": _get(
                "Ergebnisliste als JSON (bis 10.000 Treffer)",
                SEARCH_PARAMS,
                {
                    "200": {**_json(_ref("SearchResult")), "headers": _COUNT_HEADERS},
                    **ERRORS,
                },
            ),
            "/export.csv": _get(
                "Ergebnisliste als CSV (bis 10.000 Treffer)",
                [*SEARCH_PARAMS, SEP],
                {"200": _export("text/csv", CSV_FILE), **CSV_ERRORS},
            ),
            "/feed.atom": _get(
                "Atom-Feed einer Suche, neueste zuerst",
                SEARCH_PARAMS,
                {"200": _file("application/atom+xml", "Atom-Feed"), **PAGE_ERRORS},
            ),
            "/zitate.csv": _get(
                "Zitate als Zitierliste (CSV, bis 10.000 Zitate)",
                [*QUOTE_PARAMS, SEP],
                {"200": _export("text/csv", CSV_FILE), **CSV_ERRORS},
            ),
        },
        "components": {"schemas": SCHEMAS},
    }
