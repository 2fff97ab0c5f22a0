"""A full date that opens a line before a colon and a sentence: the item date of a news page.

Town halls, waste services and small senders put the date in front of the first paragraph:
``04.03.2021: Die Gelben Säcke werden diesmal einen Tag später …``. The header lines of
``dates`` take a date alone, labelled or with a dash after it; a colon and running text after
it were read as no date. A date with its year counts here when at least six words follow the
colon, so that a programme line (``12.03.2024: Infoabend``) stays an event.
"""

from __future__ import annotations

import re

from indexer.extraction.date_forms import MONTH_NAMES

_COLON_DATE = re.compile(
    rf"^\s*+(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{MONTH_NAMES})\.?\s+(?P<y>\d{{4}})"
    r"|(?P<nd>\d{1,2})\.\s?(?P<nm>\d{1,2})\.\s?(?P<ny>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"\s*:\s+(?=(?:\S+\s+){6})",
    re.IGNORECASE,
)


def colon_date(line: str) -> re.Match[str] | None:
    """Match a line that opens with a full date, a colon and a sentence (module doc).

    >>> colon_date("04.03.2021: Die Gelben Säcke werden diesmal einen Tag später abgeholt.")[0]
    '04.03.2021: '
    >>> colon_date("12.03.2024: Infoabend in der Aula") is None
    True
    """
    return _COLON_DATE.match(line)
