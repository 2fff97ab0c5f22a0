"""The year of a publication date that its dateline leaves out, from the full dates of the text.

``Kassel, 2. Dezember. Die Schule lädt am Mittwoch, 7. Dezember 2011, …``: a release
dated without a year tells of the days just after it with their year (the event it announces).
The year is taken only when every full date of the text up to six weeks after the dateline
(``Köln, 28. Dezember`` with ``am 3. Januar 2012`` gives 2011) points to one and the same year;
a text without such a date, or whose dates disagree, keeps ``--MM-DD``. Dates before the
dateline do not count: ``heute (22. August)`` in a text on a move ``zum 1. August 2023`` was
written in 2022, a year ahead of it.
"""

from __future__ import annotations

import re
from datetime import date

from indexer.extraction.date_forms import MONTH_NAMES, MONTHS

_FULL_DATE = re.compile(
    rf"(?<![\d.])(?:(\d{{1,2}})\.\s*({MONTH_NAMES})\.?\s+((?:19|20)\d\d)"
    r"|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)
NEAR_DAYS = 42  # how far a full date may be from the dateline to give it its year
_SCAN_CHARS = 20000


def _full_dates(text: str) -> list[date]:
    """The dates of ``text`` written with day, month and year."""
    found = []
    for m in _FULL_DATE.finditer(text[:_SCAN_CHARS]):
        if m.group(1):
            day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        else:
            day, month, year = int(m.group(4)), int(m.group(5)), int(m.group(6))
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return found


def year_from_near_dates(found: str | None, text: str) -> str | None:
    """Give a ``--MM-DD`` date the one year that the full dates near it in ``text`` agree on."""
    if not found or not found.startswith("--"):
        return found
    month, day = int(found[2:4]), int(found[5:7])
    years = set()
    for full in _full_dates(text):
        for year in (full.year - 1, full.year, full.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if 0 <= (full - candidate).days <= NEAR_DAYS:
                years.add(year)
    return date(years.pop(), month, day).isoformat() if len(years) == 1 else found
