"""The publisher's URL and name travel with a release: JSON, CSV, the feed and citations."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from indexer.build.indexing import index_corpus
from indexer.cli import main
from webapp import ENGINE, create_app

URL = "https://www.mags.nrw/pressemitteilung/vielfalt"
SOURCE = "Ministerium für Arbeit, Integration und Soziales NRW"
ATOM = "{http://www.w3.org/2005/Atom}"
RECORDS = [
    {
        "id": "mit-quelle",
        "title": "Vielfalt in der Verwaltung",
        "date": "2024-03-16",
        "url": URL,
        "source": SOURCE,
        "text": "Düsseldorf, 16. März 2024. „Vielfalt macht unsere Verwaltung stark“, sagte "
        "Staatssekretärin Zülfiye Kaykin bei der Eröffnung.",
    },
    {
        "id": "ohne-quelle",
        "title": "Sprachkurse für alle",
        "date": "2024-03-17",
        "url": "javascript:alert(1)",
        "text": "Düsseldorf, 17. März 2024. „Sprache öffnet Türen“, sagte Staatssekretärin "
        "Zülfiye Kaykin.",
    },
]


@pytest.fixture(scope="module")
def source_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("sources")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    (corpus / "meldungen.jsonl").write_text(lines, "utf-8")
    (corpus / "datei.txt").write_text(
        "Eine Datei\n\nDüsseldorf, 18. März 2024. Vielfalt ohne Herausgeber.\n", "utf-8"
    )
    root = base / "index"
    index_corpus(corpus, root)
    return root


@pytest.fixture
def client(source_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(source_index)})
    yield app.test_client()
    app.extensions[ENGINE].close()


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_show_json_and_document_api_carry_url_and_source(source_index, client):
    shown = json.loads(cli("show", "mit-quelle", "--index", str(source_index), "--json").output)
    assert shown["url"] == URL and shown["source"] == SOURCE
    api = client.get("/api/documents/mit-quelle").get_json()
    assert api == shown
    plain = client.get("/api/documents/datei.txt").get_json()
    assert plain["url"] is None and plain["source"] is None and plain["path"] == "datei.txt"
    human = cli("show", "mit-quelle", "--index", str(source_index)).output
    assert f"Quelle: {SOURCE} · {URL}" in human


def test_search_json_and_csv_export_have_url_columns(client):
    hits = {h["id"]: h for h in client.get("/api/search?q=Vielfalt").get_json()["hits"]}
    assert hits["mit-quelle"]["url"] == URL and hits["mit-quelle"]["source"] == SOURCE
    assert hits["datei.txt"]["url"] is None
    rows = list(
        csv.DictReader(io.StringIO(client.get("/export.csv?q=Vielfalt").data.decode("utf-8-sig")))
    )
    by_id = {row["id"]: row for row in rows}
    assert by_id["mit-quelle"]["url"] == URL and by_id["mit-quelle"]["source"] == SOURCE
    assert by_id["datei.txt"]["url"] == "" and by_id["datei.txt"]["link"].endswith("/datei.txt")


def test_quote_csv_from_web_and_cli_has_the_publisher_url(source_index, client):
    rows = list(csv.DictReader(io.StringIO(client.get("/zitate.csv?q=Vielfalt").text)))
    assert [r["url"] for r in rows] == [URL]
    out = cli("quotes", "Vielfalt", "--index", str(source_index), "--format", "csv").output
    assert [r["url"] for r in csv.DictReader(io.StringIO(out))] == [URL]
    data = json.loads(cli("quotes", "--index", str(source_index), "--json").output)
    assert {q["doc_id"]: q["url"] for q in data["quotes"]}["mit-quelle"] == URL


def test_copied_citation_names_the_publisher_url_else_our_permalink(client):
    page = client.get("/zitate").text
    assert f"Verwaltung. {URL}" in page  # data-cite ends with the publisher's address
    # a url that is no web address is not cited nor linked; our permalink stands in
    assert "/dokument/ohne-quelle#zitat-" in page.split("Sprache öffnet Türen")[2]
    assert "javascript:" not in page


def test_feed_links_the_publisher_page_as_related(client):
    feed = ElementTree.fromstring(client.get("/feed.atom?q=Vielfalt").data)
    related = {
        entry.findtext(f"{ATOM}title"): [
            link.get("href") for link in entry.findall(f"{ATOM}link[@rel='related']")
        ]
        for entry in feed.findall(f"{ATOM}entry")
    }
    assert related == {"Vielfalt in der Verwaltung": [URL], "Eine Datei": []}


def test_release_page_links_the_source(client):
    page = client.get("/dokument/mit-quelle").text
    assert f'href="{URL}"' in page and f"Quelle: {SOURCE}" in page
    assert "javascript:" not in client.get("/dokument/ohne-quelle").text
