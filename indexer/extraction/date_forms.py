"""Date forms of header lines that the German patterns of ``dates`` do not read, rewritten into
them, and header dates that are no publication date (a range, a revision).

Rewritten, in header and signature lines only: a day without its full stop (``12 März 2024``),
English months in either order (``12 March 2024``, ``March 12, 2024``), slashed dates
(``12/03/2024`` day first, as German and British releases write them; ``2024/03/12``), and a date
inside a wire tag (``Berlin (ots/12.03.2024) -``). A range (``12.–14. März 2024``,
``12.03.2024 - 14.03.2024``) is an event's period, not when a release was published; a revision
date (``Stand: …``, ``Zuletzt aktualisiert: …``) counts only when no other header date does.
"""

from __future__ import annotations

import re

_EN_MONTHS = {
    "january": "Januar", "february": "Februar", "march": "März", "may": "Mai", "june": "Juni",
    "july": "Juli", "october": "Oktober", "december": "Dezember", "mar": "März", "oct": "Oktober",
    "dec": "Dezember",
}  # fmt: skip
# German month names and their short forms, folded; ``dates`` reads its dates with them too
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
# the German months and the weekdays as parts of patterns (``dates``, ``date_headers``)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# the weekdays from Monday, as ``date.weekday()`` counts them
WEEKDAY_NAMES = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
_ANY_MONTH = "|".join([*sorted(_EN_MONTHS, key=len, reverse=True), MONTH_NAMES])
# "12 März 2024", "12 March 2024", "12. March 2024" (not "12. März 2024", already read)
_DAY_MONTH = re.compile(
    rf"(?<![\d.,/])(\d{{1,2}})(\.?)\s+({_ANY_MONTH})\b\.?\s+((?:19|20)\d\d)(?!\d)", re.I
)
# "March 12, 2024", "März 12, 2024", "Mar. 12th 2024"
_MONTH_DAY = re.compile(
    rf"\b({_ANY_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)", re.I
)
# "12/03/2024" (day first; the month first only where the day cannot be one), "2024/03/12"
_SLASHED = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_SLASHED_ISO = re.compile(r"(?<![\d/.])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
# a short weekday before a date: "Di 12.03.2024", "Do. 12. März 2024"
_SHORT_WEEKDAY = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.?\s+(?=\d{1,2}\.\s*(?:\d|[A-ZÄÖÜ]))")
# a dateline in brackets: "(Kassel, 12.03.2024) Die Stadt …"
_BRACKETED_DATELINE = re.compile(
    r"^(\s*)\(([A-ZÄÖÜ][\w./ -]{1,40}),\s*(\d{1,2}\.\s*[\w.]+?\s*\d{2,4})\s*\)\s*(?=[A-ZÄÖÜ])"
)
# a date inside a wire tag: "Berlin (ots/12.03.2024) -", "(ots, 12.03.2024)"
_TAG_DATE = re.compile(r"\(([A-Za-z][\w.-]{0,20})\s*[/,;]\s*(\d{1,2}\.\d{1,2}\.\d{2,4})\s*\)")


def _month(name: str) -> str:
    return _EN_MONTHS.get(name.lower(), name)


def _day_month(m: re.Match[str]) -> str:
    if m.group(2) and m.group(3).lower() not in _EN_MONTHS:
        return m.group(0)  # "12. März 2024": the German form
    return f"{m.group(1)}. {_month(m.group(3))} {m.group(4)}"


def _slashed(m: re.Match[str]) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    if month > 12 >= day:  # "03/25/2024": an American date
        day, month = month, day
    return f"{day:02d}.{month:02d}.{m.group(3)}"


def header_forms(line: str) -> str:
    """Rewrite the date forms of a header line that ``dates`` does not read into German ones."""
    if "/" in line:
        line = _SLASHED.sub(_slashed, line)
        line = _SLASHED_ISO.sub(lambda m: f"{int(m[3]):02d}.{int(m[2]):02d}.{m[1]}", line)
    line = _BRACKETED_DATELINE.sub(r"\1\2, \3 – ", line)
    line = _TAG_DATE.sub(r"(\1), \2", line)
    line = _SHORT_WEEKDAY.sub(r"\1., ", line)
    line = _MONTH_DAY.sub(lambda m: f"{m[2]}. {_month(m[1])} {m[3]}", line)
    return _DAY_MONTH.sub(_day_month, line)


# a day or date before a dash or "bis", or a dash or "bis" before a day and its month: the start
# or the end of a range ("12.–14. März 2024", "12.03.2024 - 14.03.2024", "12. bis 14. März
# 2024", "12./13. März"); a time after a dash is none ("12.03.2024 – 14.30", "– 9.15 Uhr")
_RANGE_BEFORE = re.compile(
    rf"(?:\d{{1,2}}\.(?:\d{{1,2}}\.(?:\d{{2,4}})?)?|(?:\d{{1,2}}\.?\s*)?\b(?:{_ANY_MONTH})\b\.?"
    r"(?:\s+\d{4})?)"
    r"\s*(?:[–—/-]|bis)\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(
    r"\s*(?:[–—/-]|bis)\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s*)?"
    rf"\d{{1,2}}\.(?:\d{{1,2}}\.|\s*(?:{_ANY_MONTH})\b)",
    re.I,
)


def in_range(line: str, start: int, end: int) -> bool:
    """Tell whether the date ``line[start:end]`` opens or closes a range of days."""
    return bool(_RANGE_BEFORE.search(line, 0, start) or _RANGE_AFTER.match(line, end))


def date_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the day, month and year of a match of ``dates``' patterns stand (no weekday)."""
    first = next(g for g in ("d", "nd", "iy") if m.group(g))
    last = next(g for g in ("y", "mname", "ny", "id") if m.group(g))
    return m.start(first), m.end(last)


# a revision date: "Stand: 12.03.2024", "Zuletzt aktualisiert am 12.03.2024", "Letzte Änderung:"
_REVISION = re.compile(
    r"^[\s*#_>|]*(?:Stand|(?:Zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?"
    r"|Letzte\s+(?:Aktualisierung|Änderung)|Aktualisierung|Update)\b",
    re.I,
)


def is_revision(line: str) -> bool:
    """Tell whether a header line gives when the page was last changed (``Stand: …``)."""
    return _REVISION.match(line) is not None


# a signature in brackets that closes a text after its last sentence, as news agencies and papers
# sign their articles: "… hätte. (APA, 16.8.2015)", "(Walter Müller, 29.10.2015)", "(red, 31. 7.
# 2015)", "(7.9.2015)": names, agency tags and short lowercase author codes before the date; not
# a deadline or a period ("(Anmeldung bis 15.3.2024)", "(Stand: …)", "(Termin: …)")
_CLOSING_SIGNATURE = re.compile(
    r"(?:^|[.!?“”\"…])\s*\((?P<by>[^()\n]{0,80}?)"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)\s*\)\s*$"
)
_SIGNATURE_WORD = re.compile(r"[A-ZÄÖÜ][\w.'’-]*|[a-zäöüß]{1,5}\.?|von|van|de")
_NO_SIGNATURE = re.compile(
    r"(?i:bis|ab|am|seit|vom|zum|zur|um|vor|nach|gegen|stand|frist|termin|\w*schluss|datum)"
)


def closing_signature(line: str) -> str | None:
    """Return the date of a signature in brackets that ends a line after a sentence, if any."""
    m = _CLOSING_SIGNATURE.search(line[-160:])
    if m is None:
        return None
    words = re.findall(r"[^\W\d_][\w.'’-]*", m["by"])
    if len(words) > 8 or not all(
        _SIGNATURE_WORD.fullmatch(w) and not _NO_SIGNATURE.fullmatch(w.rstrip(".")) for w in words
    ):
        return None
    return re.sub(r"\s", "", m["date"])
