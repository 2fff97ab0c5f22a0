"""CSV exports open safely in any spreadsheet, whatever separator it splits the cells at."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest
from click.testing import CliRunner

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.exports.table import _FORMULA, BOM, safe_cell, to_csv
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


def build_index(base, records: list[dict]):
    """Index ``records`` as one JSONL file in ``base``; return the index folder."""
    corpus = base / "corpus"
    corpus.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (corpus / "mitteilungen.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, base / "index")
    return base / "index"


@pytest.fixture(scope="module")
def formula_index(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("formula"), RECORDS)


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
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"):
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


@pytest.mark.parametrize("seed", range(20))
def test_the_quick_look_defuses_exactly_what_the_full_pattern_does(seed):
    """Cells without a formula place are left as they are after a quick look; the same cells
    as the full pattern run over every cell (random cells of separators, spaces, formula
    characters and letters)."""
    rng = random.Random(seed)
    for _ in range(200):
        row = {
            c: "".join(rng.choice("=+-@\t\r;,|\n\0 a") for _ in range(rng.randint(0, 12)))
            for c in "abc"
        }
        assert [safe_cell(v) for v in row.values()] == [
            _FORMULA.sub(r"\1'", v) for v in row.values()
        ]
        expected = io.StringIO()
        writer = csv.writer(expected, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerows([list("abc"), [_FORMULA.sub(r"\1'", v) for v in row.values()]])
        assert to_csv(list("abc"), [row]) == BOM + expected.getvalue()


UNDATED = [
    {"id": f"r{i}", "title": f"Mitteilung {i}", "date": "2024-05-0" + str(i % 9 + 1),
     "text": f"Düsseldorf. Minister Karl Formel sagte: „Satz Nummer {i} zur Tabelle.“"}
    for i in range(5)
] + [{"id": "ohne-jahr", "title": "Ohne Jahr", "date": None,
      "text": "Köln, 27. Januar. Ministerin Anna Datum sagte: „Ein Satz ohne Jahr.“"}]  # fmt: skip


@pytest.fixture(scope="module")
def spreadsheet_app(tmp_path_factory):
    index = build_index(tmp_path_factory.mktemp("spreadsheet"), UNDATED)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "MAX_EXPORT_ROWS": 3})
    yield app
    app.extensions[ENGINE].close()


@pytest.mark.parametrize("path", ["/export.csv", "/zitate.csv"])
def test_csv_for_german_spreadsheets(spreadsheet_app, path):
    client = spreadsheet_app.test_client()
    plain = client.get(path)
    assert plain.headers["Content-Type"] == "text/csv; charset=utf-8"
    raw = plain.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark, for Excel
    assert raw[3:4] == b'"' and b'","' in raw
    semicolon = client.get(path + "?sep=semicolon").get_data(as_text=True)
    header = semicolon.lstrip("\ufeff").splitlines()[0]
    assert header.startswith('"') and '";"' in header and '","' not in header
    bad = client.get(path + "?sep=tab")
    assert bad.status_code == 400
    assert bad.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "Trennzeichen" in bad.get_data(as_text=True)
    bad_limit = client.get(path + "?limit=viele")
    assert bad_limit.status_code == 400 and bad_limit.mimetype == "text/plain"
    assert "<html" not in bad_limit.get_data(as_text=True).lower()


def test_csv_dates_are_plain(spreadsheet_app):
    text = spreadsheet_app.test_client().get("/export.csv").get_data(as_text=True)
    full = spreadsheet_app.test_client().get("/export.csv?q=Jahr").get_data(as_text=True)
    assert "'" not in text + full  # nothing to guard: no cell can become a formula
    assert '"2024-05-0' in text
    assert '"XXXX-01-27"' in full and "--01-27" not in full


def test_cut_exports_say_so(spreadsheet_app):
    client = spreadsheet_app.test_client()
    cut = client.get("/export.csv")
    rows = list(csv.reader(io.StringIO(cut.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 1 + 3
    assert cut.headers["X-Total-Count"] == "6" and cut.headers["X-Truncated"] == "3 of 6"
    assert client.get("/export.json").headers["X-Truncated"] == "3 of 6"
    whole = client.get("/export.csv?q=Jahr")
    assert whole.headers["X-Total-Count"] == "1" and "X-Truncated" not in whole.headers
    page = client.get("/").get_data(as_text=True)
    assert "nur die ersten 3 von 6 Treffern" in page
    assert "nur die ersten" not in client.get("/?q=Jahr").get_data(as_text=True)
    quotes = client.get("/zitate.csv")
    assert quotes.headers["X-Truncated"] == "3 of 6"
    assert "nur die ersten 3 von 6 Zitaten" in client.get("/zitate").get_data(as_text=True)


def test_cli_citation_csv_for_german_spreadsheets(formula_index):
    args = ["quotes", "", "--format", "csv", "--index", str(formula_index), "--sep", "semicolon"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff")
    assert result.stdout.lstrip("\ufeff").startswith('"quote";"speaker";')
    bad = CliRunner().invoke(main, [*args[:-1], "tab"])
    assert bad.exit_code != 0
