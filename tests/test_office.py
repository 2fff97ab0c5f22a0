"""PDF, DOCX and ODT releases: indexed through the command line and found by a search."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.text.office import (
    drop_running_lines,
    join_hyphenated,
    join_lines,
    read_office,
    unwrap,
)
from tests.office_files import docx_bytes, odt_bytes, pdf_bytes

HEADER = "Stadt Musterstadt · Amt für Kommunikation · Presseinformation"
PAGE_ONE = [
    HEADER,
    "Neuer Integrationsrat gewählt",
    "Musterstadt, 14. März 2024. Die Stadt Musterstadt hat am Dienstag den neuen Integrations-",
    "rat gewählt. Er berät künftig den Rat und die Ausschüsse in allen Fragen der Zuwanderung",
    "und arbeitet eng mit dem Land Nordrhein-Westfalen und dem Kommunalen Integrationszen-",
    "trum zusammen. Vertreten sind Vereine aus allen Stadtteilen und aus dem Land Nordrhein-",
    "Westfalen; die Sitzungen sind öffentlich und werden im Internet übertragen, sagte die",
    "Sprecherin der Stadt.",
    "Seite 1 von 2",
]
PAGE_TWO = [
    HEADER,
    "„Vielfalt ist unsere Stärke, und der Rat gibt ihr eine Stimme“, sagte Oberbürgermeisterin",
    "Anna Beispiel. Der Rat trifft sich zum ersten Mal am 2. April im Rathaus an der Markt-",
    "straße; Bürgerinnen und Bürger sind herzlich eingeladen, an der Sitzung teilzunehmen.",
    "Seite 2 von 2",
]
DOCX_TEXT = [
    "Musterstadt, 3. Mai 2024. Die Stadtwerke Musterstadt bauen das Fernwärmenetz aus.",
    "„Wir investieren in die Wärmewende“, sagte Geschäftsführer Bernd Probe.",
]
ODT_TEXT = [
    "Musterstadt, 7. Juni 2024. Die Stadtbibliothek  öffnet sonntags.",
    "„Lesen kennt keinen Ruhetag“, sagte Bibliotheksleiterin Clara Muster.",
]


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def office_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "integrationsrat.pdf").write_bytes(
        pdf_bytes([PAGE_ONE, PAGE_TWO], title="Neuer Integrationsrat gewählt")
    )
    (corpus / "fernwaerme.docx").write_bytes(
        docx_bytes("Stadtwerke bauen Fernwärme aus", "Fernwärme für alle", DOCX_TEXT)
    )
    (corpus / "bibliothek.odt").write_bytes(odt_bytes(None, "Bibliothek am Sonntag", ODT_TEXT))
    (corpus / "gesperrt.pdf").write_bytes(pdf_bytes([["Geheim"]], password="kennwort"))
    (corpus / "scan.pdf").write_bytes(pdf_bytes([[], []]))
    (corpus / "kaputt.docx").write_bytes(b"PK\x03\x04 kein echtes Word")
    (corpus / "kaputt.odt").write_bytes(b"kein Zip")
    (corpus / "notiz.txt").write_text("Eine Notiz\n\nDer Text einer gewöhnlichen Mitteilung.")
    return corpus


def test_office_files_are_indexed_searched_and_shown(run, office_corpus, tmp_path):
    index = str(tmp_path / "index")
    result = run("index", "--corpus", str(office_corpus), "--index", index, "--json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["documents"] == 4  # three office files and the text file
    reasons = {s["path"]: s["reason"] for s in report["skipped"]}
    assert "verschlüsselt" in reasons["gesperrt.pdf"] and "Kennwort" in reasons["gesperrt.pdf"]
    assert "ohne Textebene" in reasons["scan.pdf"]
    assert "beschädigt" in reasons["kaputt.docx"] and "beschädigt" in reasons["kaputt.odt"]

    found = json.loads(run("search", "Integrationsrat", "--index", index, "--json").output)
    assert [h["path"] for h in found["hits"]] == ["integrationsrat.pdf"]
    pdf = json.loads(run("show", "integrationsrat.pdf", "--index", index, "--json").output)
    assert pdf["title"] == "Neuer Integrationsrat gewählt"
    body = pdf["body"]
    assert "den neuen Integrationsrat gewählt" in body
    assert "Integrationszentrum" in body and "Marktstraße" in body
    assert "Land Nordrhein-Westfalen;" in body  # the capital after the break keeps the hyphen
    assert HEADER not in body and "Seite 1" not in body and "Seite 2" not in body
    assert pdf["date"] == "2024-03-14"
    assert "Anna Beispiel" in pdf["persons"]
    assert any(q["text"].startswith("Vielfalt ist unsere Stärke") for q in pdf["quotes"])

    docx = json.loads(run("show", "fernwaerme.docx", "--index", index, "--json").output)
    assert docx["title"] == "Stadtwerke bauen Fernwärme aus"  # the document's own title
    assert "Kopfzeile" not in docx["body"] and "Fernwärmenetz" in docx["body"]
    assert "Bernd Probe" in docx["persons"]

    odt = json.loads(run("show", "bibliothek.odt", "--index", index, "--json").output)
    assert odt["title"] == "Bibliothek am Sonntag"  # no title in meta.xml: the first heading
    assert "Stadtbibliothek  öffnet sonntags" not in odt["body"]  # <text:s/> is one space more
    assert odt["date"] == "2024-06-07"
    hits = json.loads(run("search", "sonntags", "--index", index, "--json").output)["hits"]
    assert [h["path"] for h in hits] == ["bibliothek.odt"]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("den Integrations-", "rat gewählt", "den Integrationsrat gewählt"),
        ("Land Nordrhein-", "Westfalen", "Land Nordrhein-Westfalen"),
        ("auf Bundes-", "und Landesebene", "auf Bundes- und Landesebene"),
        ("per E-", "Mail", "per E-Mail"),
        ("am 2. April", "im Rathaus", "am 2. April im Rathaus"),
        ("Gedanken -", "und mehr", "Gedanken - und mehr"),
        ("Thomas de Maizi-", "ère sagte", "Thomas de Maizière sagte"),
        ("am Bernhard-", "von-Lindenau-Platz", "am Bernhard-von-Lindenau-Platz"),
        ("des Neue-", "psychoaktive-Stoffe-Gesetzes", "des Neue-psychoaktive-Stoffe-Gesetzes"),
    ],
    ids=[
        "lower-joins",
        "capital-keeps-hyphen",
        "conjunction",
        "e-mail",
        "plain",
        "dash",
        "accent-joins",
        "chain-goes-on",
        "chain-goes-on-lower",
    ],  # fmt: skip
)
def test_line_joins(before, after, joined):
    assert join_lines(before, after) == joined


def test_running_lines_and_page_numbers_go_one_off_lines_stay():
    texts = ["Der Rat tagt.", "Die Stadt lädt ein.", "Alle sind willkommen."]
    pages = [["Amt für Kommunikation", text, f"- {n} -"] for n, text in enumerate(texts, 1)]
    pages[0].insert(1, "Nur einmal oben")
    kept = drop_running_lines(pages)
    assert kept == [["Nur einmal oben", "Der Rat tagt."], [texts[1]], [texts[2]]]


def test_hyphen_rule_for_line_breaks_in_docx_and_odt_text():
    text = "Integrations-\nrat\nNordrhein-\nWestfalen\nBundes-\nund Land\nBernhard-\nvon-Lindenau"
    assert join_hyphenated(text).split("\n") == [
        "Integrationsrat", "Nordrhein-", "Westfalen", "Bundes-", "und Land", "Bernhard-",
        "von-Lindenau",
    ]  # fmt: skip


def test_short_lines_end_paragraphs():
    wide = "x" * 70
    text = unwrap(["Titel", f"{wide} a", f"{wide} b", "Ende.", "Pressekontakt", "Tel. 0211 1"])
    assert text.split("\n") == ["Titel", f"{wide} a {wide} b Ende.", "Pressekontakt", "Tel. 0211 1"]


def test_a_gap_between_lines_ends_a_paragraph_even_after_a_full_line():
    wide = "Die Stadt lädt alle Bürgerinnen und Bürger zur ersten Sitzung des neuen Rates ein und"
    pages = [[wide, "bittet um Anmeldung bis zum Freitag der kommenden Woche im Rathaus.", wide]]
    pages[0] += [
        "freut sich auf viele Gäste aus allen Stadtteilen und aus dem ganzen Umland dazu.",
        "",
    ]
    pages[0] += ["Ein zweiter Absatz.", wide, "und so weiter."]
    text = read_office(pdf_bytes(pages), "pdf").text
    assert text.split("\n") == [
        f"{wide} bittet um Anmeldung bis zum Freitag der kommenden Woche im Rathaus.",
        f"{wide} freut sich auf viele Gäste aus allen Stadtteilen und aus dem ganzen Umland dazu.",
        "Ein zweiter Absatz.",  # without the gap it would go on the full line above
        f"{wide} und so weiter.",
    ]


def test_a_pdf_readable_with_the_empty_password_is_read():
    data = pdf_bytes([["Nur gegen Bearbeitung geschützt"]], password="")
    assert read_office(data, "pdf").text == "Nur gegen Bearbeitung geschützt"
