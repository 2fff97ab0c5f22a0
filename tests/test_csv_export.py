"""CSV exports open safely in any spreadsheet, whatever separator it splits the cells at."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.exports.table import safe_cell
from webapp import ENGINE, create_app

FORMULAS = "=+-@\t\r"
SEMICOLON_TITLE = "Semikolontest;=1+2;=cmd|' /C calc'!A0"
RECORDS = [
    {
        "id": "semikolon",
        "title": SEMICOLON_TITLE,
        "date": "2024-05-02",
        "text": "Düsseldorf, 2. Mai 2024. Minister Karl Formel sagte: „Das ist ein Test;=1+2 "
        "und |+SUMME(A1) sowie ,@A1 für die Tabelle.“ Weitere Angaben folgen;-2+3 später.",
    },
    {
        "id": "tabulator",
        "title": "Tab\t=2+2 und Komma,+3 und Pipe|-4",
        "date": "2024-05-01",
        "text": 'Ein Text mit Semikolon; =HYPERLINK("http://example.org") darin.',
    },
]


@pytest.fixture(scope="module")
def formula_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("formula")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in RECORDS]
    (corpus / "formeln.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, base / "index")
    return base / "index"


def assert_spreadsheet_safe(text: str) -> None:
    """Split the CSV as a spreadsheet might (``;``, ``,``, tab, ``|``): no cell is a formula,
    and every cell of the file is quoted."""
    assert text.strip()
    for delimiter in ";,\t|":
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            for cell in row:
                assert not cell.strip(' "').startswith(tuple(FORMULAS)), (delimiter, cell)
    for row in csv.reader(io.StringIO(text, newline="")):
        assert row  # the standard reading: every cell quoted in the raw text
    for line in text.replace("\r\n", "\n").split("\n"):
        if line:
            assert line.startswith('"') and line.endswith('"')


def test_web_search_export_is_safe_with_any_separator(formula_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(formula_index)})
    try:
        text = app.test_client().get("/export.csv").get_data(as_text=True)
        assert "Semikolontest;'=1+2;'=cmd|' /C calc'!A0" in text
        assert_spreadsheet_safe(text)
        quotes = app.test_client().get("/zitate.csv").get_data(as_text=True)
        assert "Test;'=1+2" in quotes
        assert_spreadsheet_safe(quotes)
    finally:
        app.extensions[ENGINE].close()


def test_cli_citation_export_is_safe_with_any_separator(formula_index):
    result = CliRunner().invoke(
        main, ["quotes", "", "--format", "csv", "--index", str(formula_index)]
    )
    assert result.exit_code == 0
    assert "Test;'=1+2" in result.stdout
    assert_spreadsheet_safe(result.stdout)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a;=1", "a;'=1"),
        ("a; +1", "a; '+1"),
        ("a,-1", "a,'-1"),
        ("a|@x", "a|'@x"),
        ("a\t=1", "a\t'=1"),
        ("a;\t=1", "a;'\t'=1"),
        ("Bahr, Lorenz", "Bahr, Lorenz"),
        ("a-b", "a-b"),
    ],
    ids=["semicolon", "space", "comma", "pipe", "tab", "tab-after-semicolon", "name", "hyphen"],
)
def test_formula_characters_after_a_separator_are_defused(value, expected):
    assert safe_cell(value) == expected
