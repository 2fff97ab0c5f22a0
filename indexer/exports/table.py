"""CSV export shared by the command line and the web front end: formula-safe cells, citations."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable

from indexer.search.quotes import QuoteHit

QUOTE_COLUMNS = ["quote", "speaker", "role", "date", "title", "link", "url"]
# A formula character (= + - @ tab CR) at the start of the cell or after anything a spreadsheet
# may split cells at on import (; , tab | and line breaks), spaces between allowed: a German
# spreadsheet importing with ";" turns "Test;=1+2" into a cell "=1+2" and runs it.
_FORMULA = re.compile(r"(?:^|(?<=[;,\t|\r\n]))( *)(?=[=+\-@\t\r])")


def safe_cell(value: object) -> str:
    """Return a cell a spreadsheet will not run as a formula (OWASP: prefix with a quote),
    however it splits the text into cells."""
    text = "" if value is None else str(value)
    return _FORMULA.sub(r"\1'", text)


def to_csv(columns: list[str], rows: Iterable[dict]) -> str:
    """Write rows as CSV with a header row; every cell is quoted and made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(col)) for col in columns])
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
