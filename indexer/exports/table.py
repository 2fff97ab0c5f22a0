"""CSV export shared by the command line and the web front end: formula-safe cells, citations."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable

from indexer.search.quotes import QuoteHit

QUOTE_COLUMNS = ["quote", "speaker", "role", "date", "title", "link", "url"]
# Spreadsheets read a CSV file as UTF-8 only when it starts with a byte order mark (Excel).
BOM = "\ufeff"
# The ``sep`` names of the separators: German spreadsheets split cells at ";".
SEPARATORS = {"comma": ",", "semicolon": ";"}
# A formula character (= + - @ tab CR) at the start of the cell or after anything a spreadsheet
# may split cells at on import (; , tab | and line breaks), spaces between allowed: a German
# spreadsheet importing with ";" turns "Test;=1+2" into a cell "=1+2" and runs it.
_FORMULA = re.compile(r"(?:^|(?<=[;,\t|\r\n]))( *)(?=[=+\-@\t\r])")
# The two places ``_FORMULA`` can match, each found by a quick scan (a pattern that starts with
# a character class is scanned in C; the lookbehind above is tried at every character, 2 µs a
# cell, a fifth of an export of 4,000 rows): most cells have neither and are left as they are.
_AT_START = re.compile(r" *[=+\-@\t\r]")
_AFTER_SEPARATOR = re.compile(r"[;,\t|\r\n] *[=+\-@\t\r]")
_IN_ROW = re.compile(r"[\0;,\t|\r\n] *[=+\-@\t\r]")  # the cells of a row, each after a NUL


def safe_cell(value: object) -> str:
    """Return a cell a spreadsheet will not run as a formula (OWASP: prefix with a quote),
    however it splits the text into cells."""
    text = "" if value is None else str(value)
    if _AT_START.match(text) or _AFTER_SEPARATOR.search(text):
        return _FORMULA.sub(r"\1'", text)
    return text


def _safe_row(values: list) -> list[str]:
    """``safe_cell`` of each value, after one quick look at the whole row: the cells joined at
    NULs hold a formula place only where one of them does (a NUL in a cell may be taken for
    one more place: then each cell is looked at)."""
    cells = ["" if v is None else str(v) for v in values]
    if _IN_ROW.search("\0" + "\0".join(cells)) is None:
        return cells
    return [safe_cell(c) for c in cells]


def csv_date(value: object) -> object:
    """Return a release date as a spreadsheet cell: ISO dates as they are; a date without a
    year (``--01-27``, which a spreadsheet would compute as -26) in the ISO 8601-2 form with
    the year unspecified, ``XXXX-01-27``, which needs no formula guard."""
    if isinstance(value, str) and value.startswith("--"):
        return "XXXX" + value[1:]
    return value


def to_csv(columns: list[str], rows: Iterable[dict], sep: str = ",") -> str:
    """Write rows as UTF-8 CSV text with a byte order mark and a header row, cells split at
    ``sep``; every cell is quoted and made formula-safe, dates are plain ISO dates."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    writer.writerows(
        _safe_row([csv_date(row.get(c)) if c == "date" else row.get(c) for c in columns])
        for row in rows
    )
    return out.getvalue()


def quote_rows(quotes: Iterable[QuoteHit], link: Callable[[str, int], str]) -> list[dict]:
    """Return the citation rows of quotes: text, speaker, role, date, release title, link."""
    return [
        {
            "quote": hit.text,
            "speaker": hit.speaker,
            "role": hit.role,
            "date": hit.date,
            "title": hit.title,
            "link": link(hit.doc_id, hit.start),
            "url": hit.url,
        }
        for hit in quotes
    ]


def quote_link(base_url: str) -> Callable[[str, int], str]:
    """Return a function making the stable address of a quote: its release page, anchored."""
    return lambda doc_id, start: f"{base_url}/dokument/{doc_id}#zitat-{start}"
