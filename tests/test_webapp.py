"""The Flask front end and JSON API on a real index, through the Flask test client."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest

from indexer.build.indexing import index_corpus
from indexer.exports.table import safe_cell
from indexer.extraction.names import name_key
from indexer.search.query import MAX_QUERY_CHARS, Filters
from indexer.search.searcher import Engine, get_release, search
from webapp import ENGINE, create_app

ATOM = "{http://www.w3.org/2005/Atom}"
EVIL_TITLE = '<script>alert("x")</script> Kaykin & Co'
FORMULA_TITLE = '=HYPERLINK("http://example.org","klick")'


def make_client(index_dir):
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    return app, app.test_client()


@pytest.fixture(scope="module")
def evil_index(tmp_path_factory):
    """An index whose titles and texts try to break out of HTML and into spreadsheets."""
    base = tmp_path_factory.mktemp("evil")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        f"{EVIL_TITLE}\n\nDüsseldorf, 14. März 2024. Staatssekretärin Zülfiye Kaykin sagte: "
        "„Wir <b>öffnen</b> die Verwaltung.“ Das Ministerium für Arbeit, Integration und "
        "Soziales teilt mit: Es gilt 3 < 4 & 5 > 2.\n",
        "utf-8",
    )
    record = {"id": "jsonl-1", "title": EVIL_TITLE, "date": "2024-03-16", "text": "Kaykin sprach."}
    (corpus / "records.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (corpus / "formula.txt").write_text(
        f"{FORMULA_TITLE}\n\nDüsseldorf, 15. März 2024. Eine Tabelle für Journalisten.\n", "utf-8"
    )
    root = base / "index"
    index_corpus(corpus, root)
    return root


@pytest.fixture
def evil_client(evil_index):
    app, client = make_client(evil_index)
    yield client
    app.extensions[ENGINE].close()


def first_id(engine) -> str:
    return search(engine, "", limit=1).hits[0].id


def links(html: str, prefix: str) -> list[str]:
    return [
        h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html) if h.startswith(prefix)
    ]


# --- the search page ------------------------------------------------------------------------


def test_home_lists_every_release_newest_first(client, engine):
    page = client.get("/").get_data(as_text=True)
    expected = search(engine, "", limit=10)
    assert f"Alle {expected.total} Pressemitteilungen" in page
    titles = re.findall(r'<h2><a href="/dokument/[^"]+">([^<]+)</a>', page)
    assert len(titles) == len(expected.hits)


def test_result_page_shows_hits_with_highlighted_snippets(client, engine):
    page = client.get("/?q=Integration").get_data(as_text=True)
    result = search(engine, "Integration")
    assert result.total > 0
    assert f"{result.total} Treffer für „Integration“" in page
    assert "<mark>" in page
    assert f'href="/dokument/{result.hits[0].id}?q=Integration"' in page


def test_pagination_and_sort_are_links(client):
    page = client.get("/?limit=2").get_data(as_text=True)
    assert 'rel="next" href="/?page=2&amp;limit=2"' in page
    second = client.get("/?limit=2&page=2").get_data(as_text=True)
    assert 'aria-current="page">2<' in second
    relevance = client.get("/?q=Kaykin").get_data(as_text=True)
    assert 'href="/?q=Kaykin&amp;sort=date"' in relevance
    by_date = client.get("/?q=Kaykin&sort=date").get_data(as_text=True)
    assert "<strong>Datum</strong>" in by_date


def test_page_past_the_end_offers_the_first_page(client):
    page = client.get("/?page=999").get_data(as_text=True)
    assert "Zur ersten Seite" in page


def test_long_query_gets_a_friendly_note(client):
    page = client.get("/", query_string={"q": "Kaykin " * 100}).get_data(as_text=True)
    assert f"nach {MAX_QUERY_CHARS} Zeichen abgeschnitten" in page


def test_did_you_mean_links_to_the_suggestion(client, engine):
    result = search(engine, "Integratoin")
    if result.suggestion is None:
        pytest.skip("the core offers no suggestion for this misspelling yet")
    page = client.get("/?q=Integratoin").get_data(as_text=True)
    assert "Meinten Sie" in page
    assert f"q={result.suggestion}" in page


def test_facet_links_toggle_one_value_and_keep_the_others(client, engine):
    year = search(engine, "").facets["year"][0].value
    person = search(engine, "", filters=Filters(years=[year])).facets["person"][0].value
    page = client.get("/", query_string={"year": year}).get_data(as_text=True)
    toggles = [parse_qs(urlsplit(u).query) for u in links(page, "/?")]
    assert {"year": [year], "person": [person]} in toggles
    chosen = client.get("/", query_string={"year": year, "person": person}).get_data(as_text=True)
    assert 'aria-current="true"' in chosen
    toggles = [parse_qs(urlsplit(u).query) for u in links(chosen, "/?")]
    assert {"year": [year]} in toggles  # un-selecting the person keeps the year
    assert {"person": [person]} in toggles  # un-selecting the year keeps the person


def test_values_of_one_facet_can_be_combined(client, engine):
    years = [fv.value for fv in search(engine, "").facets["year"]]
    if len(years) < 2:
        pytest.skip("the seeds need two years")
    page = client.get("/", query_string={"year": years[0]}).get_data(as_text=True)
    assert {"year": [years[0], years[1]]} in [
        parse_qs(urlsplit(u).query) for u in links(page, "/?")
    ]
    both = client.get("/", query_string={"year": years[:2]}).get_data(as_text=True)
    expected = search(engine, "", filters=Filters(years=years[:2])).total
    assert f"{expected} Mitteilungen" in both


def test_year_histogram_bars_are_links(client, engine):
    page = client.get("/").get_data(as_text=True)
    years = [fv for fv in search(engine, "").facets["year"] if fv.value]
    bars = re.findall(r'<a role="listitem" class="bar[^"]*" href="([^"]+)"', page)
    assert len(bars) == len(years)
    assert re.search(r'class="fill h10"', page)


# --- the release page -----------------------------------------------------------------------


def test_release_page_shows_text_names_and_boilerplate(client, engine):
    release = get_release(engine, first_id(engine))
    page = client.get(f"/dokument/{release.id}").get_data(as_text=True)
    assert re.sub(r"\s+", " ", release.title).split(" ")[0] in page
    for person in release.persons:
        assert f'href="/?person={person.replace(" ", "+")}"' in page.replace("%20", "+")
    if release.boilerplate:
        assert "Kontakt und Fußzeile" in page


def test_release_page_marks_the_query_words(client, engine):
    hit = search(engine, "Migranten").hits[0]
    page = client.get(f"/dokument/{hit.id}?q=Migranten").get_data(as_text=True)
    marked = re.findall(r"<mark>([^<]+)</mark>", page)
    assert marked and all(w.lower().startswith("migrant") for w in marked)
    assert "zurück zu den Treffern" in page


@pytest.mark.parametrize(
    "q, marked, unmarked",
    [
        ("Kayk*", "Kaykin", None),
        ("Kay?in", "Kaykin", None),
        ("Integration -Kaykin", "Integration", "Kaykin"),
        ("Migrant* ODER Vielfalt", "Vielfalt", None),
        ('"interkulturelle Öffnung"', "Öffnung", None),
        ("(((", None, None),
        ("titel:Kaykin", None, "Kaykin"),
    ],
    ids=["prefix", "wildcard", "negation", "or", "phrase", "garbage", "title-only"],
)
def test_release_page_marks_what_the_query_matches(client, engine, q, marked, unmarked):
    doc_id = search(engine, "Kaykin Integration Vielfalt").hits[0].id
    got = client.get(f"/dokument/{doc_id}", query_string={"q": q})
    assert got.status_code == 200
    marks = set(re.findall(r"<mark>([^<]+)</mark>", got.get_data(as_text=True)))
    assert marked is None or marked in marks
    assert unmarked is None or unmarked not in marks


def test_release_page_anchors_its_quotes(client, engine):
    for hit in search(engine, "", limit=20).hits:
        release = get_release(engine, hit.id)
        if release.quotes:
            break
    else:
        pytest.skip("no quotes extracted from the seeds yet")
    page = client.get(f"/dokument/{release.id}").get_data(as_text=True)
    start = release.quotes[0]["start"]
    assert f'id="zitat-{start}"' in page
    assert f'href="#zitat-{start}"' in page


# --- the JSON API ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        {"q": "Kaykin"},
        {"q": ""},
        {"q": "Integration", "sort": "date", "limit": "2", "page": "2"},
        {"q": "Öffnung", "from": "2012-01-01", "to": "2012-12-31"},
    ],
    ids=["word", "empty", "paged", "date-range"],
)
def test_api_search_is_exactly_the_cli_shape(client, engine, args):
    got = client.get("/api/search", query_string=args)
    assert got.status_code == 200
    expected = search(
        engine,
        args.get("q", ""),
        filters=Filters(date_from=args.get("from"), date_to=args.get("to")),
        page=int(args.get("page", 1)),
        limit=int(args.get("limit", 10)),
        sort=args.get("sort", "relevance"),
    ).to_json()
    assert got.get_json() == expected
    assert list(got.get_json()) == [
        "query",
        "total",
        "hits",
        "facets",
        "suggestion",
        "relaxed",
        "partial",
    ]


def test_api_search_filters_by_facets(client, engine):
    person = search(engine, "Integration").facets["person"][0].value
    got = client.get("/api/search", query_string={"q": "Integration", "person": person})
    got = got.get_json()
    assert got["total"] == search(engine, "Integration", filters=Filters(persons=[person])).total
    assert got["hits"]
    assert all(name_key(person) in map(name_key, hit["persons"]) for hit in got["hits"])


def test_facet_filters_work_without_a_query(client, engine):
    person = search(engine, "").facets["person"][0].value
    got = client.get("/api/search", query_string={"person": person}).get_json()
    assert got["hits"]
    assert all(name_key(person) in map(name_key, hit["persons"]) for hit in got["hits"])


@pytest.mark.parametrize(
    "args",
    [
        {"page": "0"},
        {"page": "abc"},
        {"page": "1001"},
        {"limit": "0"},
        {"limit": "101"},
        {"from": "2012-13-01"},
        {"to": "morgen"},
        {"from": "2013-01-01", "to": "2012-01-01"},
        {"sort": "zufall"},
        {"year": "12"},
        {"person": [f"P{i}" for i in range(21)]},
    ],
    ids=[
        "page-0",
        "page-word",
        "page-huge",
        "limit-0",
        "limit-huge",
        "bad-month",
        "not-a-date",
        "from-after-to",
        "bad-sort",
        "short-year",
        "too-many-values",
    ],
)
@pytest.mark.parametrize("route", ["/api/search", "/export.json"])
def test_bad_parameters_are_400_json(client, route, args):
    got = client.get(route, query_string=args)
    assert got.status_code == 400
    body = got.get_json()
    assert set(body) == {"error", "status"} and body["status"] == 400
    assert body["error"][0].isupper()


@pytest.mark.parametrize(
    "args",
    [
        {"page": "0"},
        {"limit": "500"},
        {"from": "2012-02-30"},
        {"speaker": [f"S{i}" for i in range(21)]},
    ],
    ids=["page-0", "limit-huge", "no-such-day", "too-many-speakers"],
)
def test_bad_quote_parameters_are_400_json(client, args):
    got = client.get("/api/quotes", query_string=args)
    assert got.status_code == 400
    assert got.get_json()["status"] == 400


@pytest.mark.parametrize("route", ["/", "/feed.atom", "/zitate"])
def test_bad_parameters_on_pages_are_400_html(client, route):
    got = client.get(route, query_string={"page": "-1"})
    assert got.status_code == 400
    assert got.mimetype == "text/html"
    assert "Die Seitenzahl muss eine ganze Zahl" in got.get_data(as_text=True)


def test_api_document_is_the_show_shape(client, engine):
    doc_id = first_id(engine)
    got = client.get(f"/api/documents/{doc_id}")
    assert got.status_code == 200
    assert got.get_json() == get_release(engine, doc_id).to_json()


@pytest.mark.parametrize(
    "route", ["/api/documents/gibt-es-nicht", "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/x"]
)
def test_unknown_things_are_404_json(client, route):
    got = client.get(route)
    assert got.status_code == 404
    assert got.get_json()["status"] == 404


@pytest.mark.parametrize("route", ["/dokument/gibt-es-nicht", "/dokument/" + "x" * 400, "/nix"])
def test_unknown_pages_are_404_html(client, route):
    got = client.get(route)
    assert got.status_code == 404
    assert "Nicht gefunden" in got.get_data(as_text=True)


def test_wrong_method_is_405_json(client):
    got = client.post("/api/search")
    assert got.status_code == 405
    assert got.get_json() == {"error": "Diese Methode ist hier nicht erlaubt.", "status": 405}
    assert "GET" in got.headers["Allow"]


def test_suggest_completes_names_from_the_facets(client, engine):
    person = search(engine, "").facets["person"][0].value
    typed = person.split()[-1][:3].lower()
    got = client.get("/api/suggest", query_string={"q": typed}).get_json()
    assert got["query"] == typed
    values = [s["value"] for s in got["suggestions"]]
    assert person in values
    assert all(s["facet"] in {"person", "organisation"} for s in got["suggestions"])
    assert client.get("/api/suggest?q=k").get_json()["suggestions"] == []


def test_quotes_api_page_and_citation_csv(client):
    got = client.get("/api/quotes", query_string={"q": "Vielfalt"})
    assert got.status_code == 200
    data = got.get_json()
    assert list(data) == ["query", "total", "quotes", "facets", "partial"]
    assert data["total"] >= 2 and data["quotes"][0]["speaker"]
    page = client.get("/zitate?q=Vielfalt")
    assert page.status_code == 200 and "Kaykin" in page.get_data(as_text=True)
    got = client.get("/zitate.csv?q=Vielfalt")
    rows = list(csv.reader(io.StringIO(got.get_data().decode("utf-8-sig"))))
    assert rows[0] == ["quote", "speaker", "role", "date", "title", "link", "url"]
    assert len(rows) == data["total"] + 1
    assert all(re.search(r"/dokument/[^#]+#zitat-\d+$", row[5]) for row in rows[1:])


# --- exports and feed -----------------------------------------------------------------------


def test_csv_export_has_a_header_and_every_hit(client, engine):
    got = client.get("/export.csv?q=Integration")
    assert got.status_code == 200
    assert got.mimetype == "text/csv"
    assert "attachment" in got.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(got.get_data(as_text=True))))
    assert len(rows) == search(engine, "Integration").total
    assert rows[0]["link"].startswith("http://localhost/dokument/")
    assert "<mark>" not in rows[0]["snippet"]


def test_exports_stop_at_the_cap(seed_index):
    app, client = make_client(seed_index)
    app.config["MAX_EXPORT_ROWS"] = 2
    text = client.get("/export.csv").get_data(as_text=True)
    assert len(list(csv.DictReader(io.StringIO(text)))) == 2
    assert len(client.get("/export.json").get_json()["hits"]) == 2
    app.extensions[ENGINE].close()


def test_json_export_has_every_hit(client, engine):
    got = client.get("/export.json?sort=date")
    assert got.status_code == 200
    data = got.get_json()
    assert len(data["hits"]) == data["total"] == search(engine, "").total


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+49 211", "'+49 211"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Text", "Text"),
        (None, ""),
    ],
    ids=["equals", "plus", "minus", "at", "plain", "none"],
)
def test_csv_cells_cannot_start_a_formula(value, expected):
    assert safe_cell(value) == expected


def test_csv_export_defuses_formula_titles(evil_client):
    text = evil_client.get("/export.csv").get_data(as_text=True)
    titles = [row["title"] for row in csv.DictReader(io.StringIO(text))]
    assert "'" + FORMULA_TITLE in titles


def test_atom_feed_is_valid_and_newest_first(client, engine):
    got = client.get("/feed.atom?q=Kaykin")
    assert got.status_code == 200
    assert got.mimetype == "application/atom+xml"
    feed = ET.fromstring(got.data)
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{tag}").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == search(engine, "Kaykin").total
    dates = [hit.date for hit in search(engine, "Kaykin", sort="date").hits]
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    known = [u for u, d in zip(updated, dates, strict=True) if d and d[0].isdigit()]
    assert known == sorted(known, reverse=True)
    assert updated[: len(known)] == known  # releases of unknown year come last
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("http://localhost/dokument/")
        assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.find(f"{ATOM}updated").text)


# --- safety ---------------------------------------------------------------------------------

EVERY_ROUTE = [
    "/",
    "/?q=Kaykin",
    "/dokument/nix",
    "/zitate",
    "/api/search",
    "/api/suggest?q=ka",
    "/api/openapi.json",
    "/export.csv",
    "/export.json",
    "/feed.atom",
    "/api/search?page=0",
    "/static/style.css",
]


@pytest.mark.parametrize("route", EVERY_ROUTE)
def test_every_response_carries_the_safety_headers(client, route):
    got = client.get(route)
    got.close()
    csp = got.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    assert got.headers["Referrer-Policy"]


def test_pages_have_no_inline_script(client, engine):
    for route in ["/", "/?q=Kaykin", f"/dokument/{first_id(engine)}", "/zitate"]:
        html = client.get(route).get_data(as_text=True)
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
        assert not re.search(r"\son[a-z]+=", html)
        assert "style=" not in html


def test_titles_and_text_are_escaped(evil_client):
    routes = ["/", "/?q=Kaykin", "/dokument/evil.txt?q=Verwaltung", "/dokument/jsonl-1"]
    for route in [*routes, "/feed.atom", "/zitate?q=Verwaltung"]:
        html = evil_client.get(route).get_data(as_text=True)
        assert "<script>" not in html and "3 < 4" not in html
    escaped = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Kaykin &amp; Co"
    assert escaped in evil_client.get("/dokument/jsonl-1").get_data(as_text=True)
    assert escaped in evil_client.get("/").get_data(as_text=True)
    assert "3 &lt; 4 &amp; 5 &gt; 2" in evil_client.get("/dokument/evil.txt").get_data(as_text=True)
    feed = ET.fromstring(evil_client.get("/feed.atom").data)
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert EVIL_TITLE in titles  # escaped once in XML, read back intact


def test_the_echoed_query_is_escaped(client):
    html = client.get("/", query_string={"q": '"><script>alert(1)</script>'}).get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "(((",
        "AND",
        "*",
        "a" * 5000,
        "\x00\x1f",
        "person:",
        "titel:(",
        "💥",
        "%",
        "../../etc/passwd",
        "-",
        "NOT NOT",
        "jahr:[2012 TO",
        "Kayk?n~2",
        "*:*",
    ],
)
@pytest.mark.parametrize("route", ["/", "/api/search", "/export.csv", "/feed.atom", "/api/suggest"])
def test_no_query_makes_a_server_error(client, route, q):
    assert client.get(route, query_string={"q": q}).status_code == 200


@pytest.mark.parametrize(
    "raw", ["q=%ff%fe", "q=%ED%A0%80", "person=%00", "year=%ff", "q=a&page=%ff", "q=" + "%22" * 600]
)
@pytest.mark.parametrize("route", ["/", "/api/search", "/dokument/evil.txt", "/zitate"])
def test_undecodable_bytes_make_no_server_error(evil_client, route, raw):
    assert evil_client.get(f"{route}?{raw}").status_code in {200, 400, 501}


def test_debug_is_off_unless_asked(app):
    assert app.debug is False
    assert create_app({"INDEX_DIR": "x"}).debug is False


def test_a_missing_index_is_a_friendly_503(tmp_path):
    app, client = make_client(tmp_path / "leer")
    page = client.get("/")
    assert page.status_code == 503
    assert "pressesuche index" in page.get_data(as_text=True)
    api = client.get("/api/search")
    assert api.status_code == 503 and api.get_json()["status"] == 503
    app.extensions[ENGINE].close()


def test_an_unexpected_failure_shows_no_traceback(seed_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(seed_index)})

    def boom():
        raise RuntimeError("geheimes Detail")

    app.add_url_rule("/api/kaputt", "kaputt_api", boom)
    app.add_url_rule("/kaputt", "kaputt", boom)
    client = app.test_client()
    api = client.get("/api/kaputt")
    assert api.status_code == 500
    assert api.get_json()["status"] == 500 and "geheim" not in api.get_data(as_text=True)
    page = client.get("/kaputt")
    assert page.status_code == 500
    text = page.get_data(as_text=True)
    assert "Traceback" not in text and "geheim" not in text and "interner Fehler" in text
    assert page.headers["X-Content-Type-Options"] == "nosniff"


def test_engine_follows_the_index_of_the_app(app, seed_index):
    assert isinstance(app.extensions[ENGINE], Engine)
    assert str(app.extensions[ENGINE].root) == str(seed_index)
