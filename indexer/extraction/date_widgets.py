"""Dates of a web page's furniture that are no publication date: the weather and date widget of a
news portal (``9.9 C`` or ``12 °C``, a town, then today's date) shows the day the page was
crawled. A date line at the top right under a temperature line, or under one line more (the
town), is such a widget and is passed over. On a list page, what follows a bare ``Mehr »`` link
at the end of an item is the next item, whose date is not this one's. A header flattened into
one line with its text (a PDF's transcript: ``Pressemitteilung Nr: 47 Kassel, 3. Mai 2016
Bericht aus der Kabinettssitzung: …``) still dates the release: a label before, a place and a
comma, the date, then a capitalised word.
"""

from __future__ import annotations

import re

_TEMPERATURE = re.compile(r"\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*(?:[|/·]\s*\S.*)?", re.IGNORECASE)


def after_weather(lines: list[str], n: int) -> bool:
    """Tell whether line ``n`` of the head of a page follows a temperature line (2 lines up)."""
    return any(_TEMPERATURE.fullmatch(line) for line in lines[max(0, n - 2) : n])


_MORE_LINK = re.compile(
    r"\s*(?:mehr|weiterlesen|mehr\s+lesen|zum\s+artikel|read\s+more)\s*[»›>…]*\s*", re.IGNORECASE
)


def before_next_item(lines: list[str]) -> list[str]:
    """Cut the last lines of a page at a bare ``Mehr »`` link: the next item starts after it."""
    for n, line in enumerate(lines):
        if _MORE_LINK.fullmatch(line):
            return lines[:n]
    return lines


def flat_header(before: str, label: bool, head: str, m: re.Match[str]) -> bool:
    """Tell a dated header flattened into one line with the text after it (``Pressemitteilung
    Nr: 47 Kassel, 3. Mai 2016 Bericht aus …``); ``before`` holds only header words."""
    return label and before.rstrip().endswith(",") and head[m.end() :].lstrip()[:1].isupper()
