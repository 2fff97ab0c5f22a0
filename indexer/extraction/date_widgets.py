"""Dates of a web page's furniture that are no publication date: the weather and date widget of a
news portal (``9.9 C`` or ``12 °C``, a town, then today's date) shows the day the page was
crawled. A date line at the top right under a temperature line, or under one line more (the
town), is such a widget and is passed over.
"""

from __future__ import annotations

import re

_TEMPERATURE = re.compile(r"\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*(?:[|/·]\s*\S.*)?", re.IGNORECASE)


def after_weather(lines: list[str], n: int) -> bool:
    """Tell whether line ``n`` of the head of a page follows a temperature line (2 lines up)."""
    return any(_TEMPERATURE.fullmatch(line) for line in lines[max(0, n - 2) : n])
