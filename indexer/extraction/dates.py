"""The publication date of a press release, from its metadata or from where releases put it.

Where a date counts, strongest first: the ``date`` given with the record; a line that is only a
date near the top (``14. März 2024``, ``Stand: 15.01.2022``); a dateline (``Düsseldorf, 27.
Januar 2011 –``, ``Detmold, 15.08.2012``); ``heute (27. Januar)``; a speech or announcement verb
with ``am`` and a date (``sagte Kaykin am 28. November 2012 in Düsseldorf``). Any other date is
merely mentioned (``seit 2012``, ``bis zum 31. Dezember 2025``) and is not the publication date. A
date without a year is returned as ``--MM-DD``; no year is invented.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+(?:den\s+)?)?(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?"
    r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_LINE = re.compile(
    rf"^\s*+(?:(?:Stand|Datum|Veröffentlicht(?: am)?|Erstellt am|Pressemitteilung vom|vom)"
    rf"\s*+:?\s*+)?{_DATE}\s*+(?:Uhr|\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?|[|–—-].*)?\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*+(?:[A-ZÄÖÜ][\w.-]*+(?:[ /-][A-ZÄÖÜ(][\w.)-]*+){0,3})\s*(?:\([^)\n]{1,30}\)\s*)?"
    rf"(?:,|\s[–—-])\s*{_DATE}\s*(?:[–—:.,-]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_TODAY = re.compile(
    rf"\b(?:heute|am heutigen {_WEEKDAY}|an diesem {_WEEKDAY})"
    rf"\s*+(?:\(\s*+|,\s*+(?:(?:dem|den)\s*+)?){_DATE}",
    re.IGNORECASE,
)
_VERBS = (
    r"sagte|sagt|betonte|erklärte|ergänzte|unterstrich|bekräftigte|berichtete|forderte|mahnte|"
    r"warnte|lobte|kritisierte|begrüßte|versicherte|sprach|verwies|dankte|kündigte|appellierte|"
    r"erläuterte|bestätigte|äußerte|teilte|gab|gaben|teilten|informierte|stellte|eröffnete|"
    r"unterzeichnete|unterzeichneten|übergab|überreichte"
)
_AM_DATE = re.compile(rf"\bam\s+{_DATE}", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"\b(?:{_VERBS})\b[^.!?\n„“\"]*$", re.IGNORECASE)
_META = re.compile(
    r"^\s*(?:(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+-Z]*)?|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s*$"
)
_TOP_LINES = 8
# Header shapes of real releases (each needs a year, so that an agenda line "Montag, 3. August:"
# is not one): a line opening with the date ("24.10.2013, Magdeburg – 176", "01.04.2019 / FULDA -",
# "[Bundesregierung - 25.07.2014]"); a release number or kind before it ("Pressemitteilung Nr.:
# 073/00 Magdeburg, den 11. Juli 2000", "PM 26 - 01.05.2019", "… - Pressemitteilung vom 8. November
# 2019"); a place with the date in brackets or a source tag after it ("Jena (10.10.08)",
# "Regensburg, 26. Januar 2015 (stmi).").
_YEAR_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{_MONTH})\.?\s+(?P<y>\d{{4}})"
    r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
_HEADERS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^[\s\[(*#]*+{_YEAR_DATE}(?![\d.])(?!\s*+:\s*+\S)",
        rf"^[^\n\[]{{0,60}}+\[[^\]\n]{{1,40}}?\s[–—-]\s*+{_YEAR_DATE}\s*+\]",
        r"\b(?:Presse(?:mitteilung|information|meldung|erklärung|notiz)|Medieninformation"
        r"|Mitteilung|PM|PI)\b(?:\s*+(?:Nr\.?|Nummer)?:?\s*+[\d/-]++)?[\s–—:-]*+"
        rf"(?:vom\s++|[A-ZÄÖÜ][\w-]*+,\s*+)?{_YEAR_DATE}",
        rf"^\s*+[A-ZÄÖÜ][\w-]*+(?:[ /-][A-ZÄÖÜ][\w-]*+){{0,2}}\s*+\(\s*+{_YEAR_DATE}\s*+\)",
        rf"^\s*+[A-ZÄÖÜ][\w-]*+(?:[ /-][A-ZÄÖÜ][\w-]*+){{0,2}},\s*+{_YEAR_DATE}"
        r"\s*+\([^)\n]{1,20}+\)\s*+[.:,–—-]",
    )
)
# "Am Donnerstag, 21.05.2026, gegen 22:30 Uhr": an event, not a dateline with a place "Am …";
# "Montag, 3. August: Freiburg": a programme item, not a dateline with a place "Montag"
_EVENT_START = re.compile(
    r"^[\s*#]*+(?:(?:am|an|in|im|seit|bis|ab|vom|gegen|nach|vor|zum|zur|um|bei|während)\b"
    rf"|{_WEEKDAY},?\s++\d{{1,2}}\.\s*+[^\d\s:]++\s*+:)",
    re.I,
)


def _iso(year: int | None, month: int, day: int) -> str | None:
    """Return ``YYYY-MM-DD`` (``--MM-DD`` without a year), or None for an impossible date."""
    if not 1 <= month <= 12 or day < 1:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if day <= calendar.monthrange(2000, month)[1] else None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    if m.group("mname"):
        year = int(m.group("y")) if m.group("y") else None
        return _iso(year, _MONTHS[m.group("mname").lower()], int(m.group("d")))
    if m.group("nd"):
        year = int(m.group("ny"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return _iso(year, int(m.group("nm")), int(m.group("nd")))
    return _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))


def parse_meta_date(value: str | None) -> str | None:
    """Read a metadata date: ISO (``2024-03-14``, with a time or not) or ``14.03.2024``."""
    m = _META.match(value or "")
    if not m:
        return None
    if m.group(1):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _iso(int(m.group(6)), int(m.group(5)), int(m.group(4)))


def _header(line: str) -> re.Match[str] | None:
    """Match a header date of the shapes in ``_HEADERS``, the first shape that fits."""
    head = line[:160]  # a header date stands at the start of its line
    for pattern in _HEADERS:
        if m := pattern.search(head):
            return m
    return None


def _top(title: str, body: str) -> list[str]:
    lines = [line for line in f"{title}\n{body}".splitlines() if line.strip()]
    return lines[: _TOP_LINES + 1]


def extract_date(title: str, body: str, meta_date: str | None = None) -> str | None:
    """Return the publication date: ``YYYY-MM-DD``, ``--MM-DD`` without a year, or None."""
    found = parse_meta_date(meta_date)
    if found:
        return found
    for line in _top(title, body):
        if _EVENT_START.match(line):
            continue
        m = _LINE.match(line) or _DATELINE.match(line) or _header(line)
        if m and (found := _from_match(m)):
            return found
    if "heute" in body or "heutigen" in body or "an diesem" in body:
        for m in _TODAY.finditer(body):
            if found := _from_match(m):
                return found
    for m in _AM_DATE.finditer(body):  # "sagte Kaykin am 28. November 2012", a verb close before
        if _VERB_BEFORE.search(body, max(0, m.start() - 60), m.start()) and (
            found := _from_match(m)
        ):
            return found
    return None
