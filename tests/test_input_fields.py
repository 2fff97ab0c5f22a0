"""Every text field of every input format is repaired and checked before it is stored (issue 21).

A lone surrogate in a JSONL title took down the home page, the feed, the exports and the API;
a title had no length limit and kept right-to-left overrides. Now titles, urls, sources and dates
of JSONL records, the text itself and the file names are made harmless, or the record is skipped
with a German reason; the pages and commands answer.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import copy_seeds

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.text.fields import UNSAFE, check_fields, clean_field, safe_name
from webapp import ENGINE, create_app

SURROGATE_LINE = '{"id":"s1","title":"Neu \\ud800","date":"2030-01-01","text":"Ein Text."}'
RTL = "\u202e"


@pytest.fixture
def hostile_index(tmp_path):
    """The seeds plus JSONL records whose fields carry surrogates, overrides and excess."""
    corpus = copy_seeds(tmp_path / "corpus")
    records = [
        SURROGATE_LINE,
        json.dumps(
            {
                "id": "rtl",
                "title": f"Gewinn {RTL}%001 Verlust\u2066x\u2069 \x07Glocke\nzweite Zeile",
                "url": f"https://example.org/{RTL}a",
                "source": "Quelle\x00 mit\tTab",
                "text": f"Der Text {RTL}dreht sich nicht um.\x0b Ende \ud83d.",
            }
        ),
        json.dumps({"id": "lang", "title": "Wort " * 20_000, "text": "Ein langer Titel."}),
        json.dumps({"id": "url", "title": "Zu lang", "url": "https://x.de/" + "a" * 5000,
                    "text": "Eine Mitteilung mit einer viel zu langen Adresse."}),
    ]  # fmt: skip
    (corpus / "feed.jsonl").write_text("\n".join(records) + "\n", "utf-8")
    (corpus / f"name{RTL}txt.txt").write_text(
        "Ein Name\n\nEine Datei mit Umkehrzeichen.\n", "utf-8"
    )
    root = tmp_path / "index"
    report = index_corpus(corpus, root)
    return root, report


def test_the_surrogate_record_is_indexed_and_every_route_answers(hostile_index):
    root, report = hostile_index
    assert [(s.path, s.reason) for s in report.skipped] == [
        ("feed.jsonl:4", "Feld 'url' zu lang: 5013 Zeichen (Grenze 2000)")
    ]
    app = create_app({"TESTING": True, "INDEX_DIR": str(root)})
    client = app.test_client()
    try:
        for url in ("/", "/?q=Neu", "/feed.atom", "/export.csv", "/export.json?q=Text",
                    "/api/search?q=Neu", "/api/search", "/dokument/s1", "/api/documents/s1",
                    "/api/documents/rtl", "/zitate", "/api/quotes?q=Text"):  # fmt: skip
            response = client.get(url)
            assert response.status_code == 200, url
            assert RTL not in response.get_data(as_text=True), url
        doc = client.get("/api/documents/s1").get_json()
        assert doc["title"] == "Neu"
    finally:
        app.extensions[ENGINE].close()


def test_the_commands_answer_for_the_surrogate_record(hostile_index):
    root, _ = hostile_index
    runner = CliRunner()
    for args in (["search", "Neu"], ["search", ""], ["show", "s1"], ["show", "rtl", "--json"]):
        result = runner.invoke(main, [*args, "--index", str(root)])
        assert result.exit_code == 0, (args, result.output)
        assert result.exception is None
    shown = json.loads(runner.invoke(main, ["show", "rtl", "--json", "--index", str(root)]).output)
    assert shown["title"] == "Gewinn %001 Verlustx Glocke zweite Zeile"
    assert not UNSAFE.search(shown["body"]) and "\ud83d" not in shown["body"]
    long = json.loads(runner.invoke(main, ["show", "lang", "--json", "--index", str(root)]).output)
    assert len(long["title"]) <= 302 and long["title"].endswith(" …")


def test_file_names_show_their_unsafe_characters_as_escapes(hostile_index):
    root, _ = hostile_index
    result = CliRunner().invoke(main, ["search", "Umkehrzeichen", "--json", "--index", str(root)])
    [hit] = json.loads(result.output)["hits"]
    assert hit["path"] == "name\\u202etxt.txt"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Neu \ud800", "Neu"),
        (f"a{RTL}b\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069c", "abc"),
        ("Zeile\r\nzwei\tdrei\x00\x1f\x7f\x9f", "Zeile zwei drei"),
        ("  Pressemitteilung  ", "Pressemitteilung"),
        ("MÃ¼ller", "Müller"),  # mojibake, as in the text
        ("Zo\u0308llner", "Zöllner"),  # NFC
    ],
    ids=["surrogate", "bidi", "controls", "blanks", "mojibake", "nfc"],
)
def test_clean_field(raw, clean):
    assert clean_field(raw) == clean


def test_check_fields_limits():
    assert check_fields({"title": "x " * 400})[0]["title"].endswith(" …")
    assert check_fields({"source": "q" * 301}) == (
        {},
        "Feld 'source' zu lang: 301 Zeichen (Grenze 300)",
    )
    assert check_fields({"date": 2024, "url": None, "title": ""}) == ({"date": "2024"}, None)
    assert safe_name("a\nb\u202e.txt") == "a\\nb\\u202e.txt"
