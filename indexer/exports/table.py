"""CSV export shared by the command line and the web front end: formula-safe cells, citations."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from indexer.search.quotes import QuoteHit

QUOTE_COLUMNS = ["quote", "speaker", "role", "date", "title", "link", "url"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Return a cell a spreadsheet will not run as a formula (OWASP: prefix with a quote)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(columns: list[str], rows: Iterable[dict]) -> str:
    """Write rows as CSV with a header row; every cell is made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
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
