"""Header lines of a release that hold its date, and a matched date read as ISO.

A header line of real releases holds a dated year and otherwise only header words: places, the
kind of text, a number, the sender, a label (``Pressemitteilung Nr. 45/2019 | Stuttgart,
12.03.2019``, ``Veröffentlicht am 12.03.2019 um 10:15 Uhr``). ``header_date`` reads such a
line, at the top of a release or in its signature; ``date_of_match`` and ``iso_date`` turn a
matched date into ``YYYY-MM-DD`` (``--MM-DD`` without a year) for ``dates``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from indexer.extraction.date_forms import MONTH_NAMES, MONTHS, WEEKDAY, in_range
from indexer.extraction.date_widgets import flat_header

# A header line of real releases holds a dated year and otherwise only header words: places,
# the kind of text, a number, the sender, a label ("Pressemitteilung Nr. 45/2019 | Stuttgart,
# 12.03.2019", "Veröffentlicht am 12.03.2019 um 10:15 Uhr", "[TU Berlin] Medieninformation Nr.
# 218 - 30. Oktober 2002", "Bad Homburg v. d. Höhe, 12. März 2019 –"). Sentences ("bis zum 12.
# März 2019", "Berlin, 12. März 2019 wurde …") and labels of events, deadlines and decisions
# ("Termin:", "Tatzeit:", "Urteil vom") are not headers.
_YEAR_DATE = (
    rf"(?:{WEEKDAY},?\s+)?(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{MONTH_NAMES})\.?\s+(?P<y>\d{{4}})"
    r"|(?P<nd>\d{1,2})\.(?P<nsp>\s)?(?P<nm>\d{1,2})\.\s?(?P<ny>\d{4}|(?(nsp)(?!)|\d{2}))(?!\d)"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
_YEAR_DATE_RE = re.compile(_YEAR_DATE, re.IGNORECASE)
_KIND = (
    r"(?:Presse-?(?:mitteilung|information|info|meldung|erklärung|notiz|dienst|nachricht|text"
    r"|aussendung)|Medien-?(?:information|info|mitteilung|dienst)|Mitteilung|Meldung|Nachricht"
    r"|News|PM|PI)"
)
_PUBLISHED = (
    r"(?:Stand|Datum|Veröffentlicht|Veröffentlichung(?:sdatum)?|Erscheinungsdatum|Erschienen"
    r"|Publikationsdatum|Publiziert|Erstellt|Herausgegeben|Sperrfrist|Freigabe"
    r"|Online\s+(?:seit|am|gestellt)|Eingestellt)"  # web pages: "Online seit 12.03.2024"
)
_LABELLED = re.compile(rf"\b(?:{_KIND}|{_PUBLISHED})\b", re.IGNORECASE)
# what a header never is: events, deadlines, decisions, births and deaths ("Urteil vom 12. März",
# "Tatzeit:", "Anmeldeschluss:", "Veranstaltungsdatum:"); publication labels are kept
_NOT_HEADER = re.compile(
    r"\w*(?:termin|frist|schluss|datum)|(?:tat|uhr|ereignis|einsatz|veranstaltungs|spiel|lauf)?zeit"
    r"(?:raum|punkt)?|(?:tat|veranstaltungs|austragungs)?ort|wann|wo|beginn|einlass|ende"
    r"|veranstaltung\w*"
    r"|eröffnung|premiere|vernissage|sitzung|urteil|beschluss|entscheidung|verfügung|az"
    r"|aktenzeichen|gesetz|verordnung|schreiben|brief|antrag|geboren|gestorben|geb|gest|einsatz"
    r"|unfall|treffpunkt|anmeldung|bewerbung|einladung"
    r"|\w*(?:unfall|unfälle|einbruch|einbrüche|brand|diebstahl|raub|überfall|festnahme|fahndung"
    r"|vorfall|angriff|anschlag|betrug|flucht|beschädigung|verletzung|vermisst\w*|kontrolle)",
    re.IGNORECASE,
)
_PUBLISHED_WORD = re.compile(_PUBLISHED, re.IGNORECASE)
# small words inside names and labels ("Frankfurt am Main", "Bund für Umwelt und Naturschutz",
# "Pressemitteilung der Stadt Köln vom", "Halle an der Saale", "Ebersdorf b. Coburg")
_NAME_LINKS = frozenset(
    {"am", "an", "der", "des", "die", "das", "dem", "den", "vom", "von", "und", "für", "zur", "zum",
     "im", "a.", "d.", "v.", "b.", "i.", "o.", "e.", "u.", "nr.", "nr", "no.", "uhr", "um"}
)  # fmt: skip
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+\.(?:de|at|ch|com|net|org|eu|info)")
_HEADER_WORD = re.compile(r"[\w.&'’+-]+")
_BRACKETED = re.compile(r"\([^()\n]{0,30}\)|\[[^\[\]\n]{0,40}\]")
_SEPARATOR_BEFORE = re.compile(r"(?:[,–—|:/·•(\[>»›-]|\bden|\bvom|,\s*am)\s*$", re.IGNORECASE)
# an event told in the first sentence, not a dateline: "Dortmund (ots) - Am Donnerstag (11. April
# 2019) kam es", "Bereits am Mittwoch (10.04.2019)", "(FK) - Gestern, 10.04.2019, gegen 14 Uhr"
_EVENT_BEFORE = re.compile(
    r"(?:^|[)–—:-]\s*|\b(?:bereits|schon|noch|erst)\s+)"
    r"(?:am|seit|bis|ab|zwischen|gestern|vorgestern|in\s+der\s+nacht|gegen|während)\b",
    re.IGNORECASE,
)
# a title that ends with its date: "Stadt baut eine Schule (12.03.2019)", "… | 12.03.2019"
TRAILING_DATE = re.compile(rf"(?:\(|\[|\s\|)\s*{_YEAR_DATE}\s*[)\]]?\s*$", re.IGNORECASE)


_TIME_AFTER = re.compile(
    r"^\s*,?\s*(?:Uhrzeit:?\s*|um\s+)?(?:\d{1,2}(?:[:.]\d{2}){0,2}\s*Uhr\b|\d{1,2}(?::\d{2}){1,2}\b)"
)
# a date, a time and a comma after a dateline: the time of an event ("Kiel (ots) – 10.03.2024,
# 14:30 Uhr, Holstenstraße: Ein Auto …"); a header's time ends it ("Berlin, 12.03.2024, 10:15
# Uhr –"), a report's heading may open with it ("Mittwoch, 14. Mai 2025, 6.40 Uhr; …")
EVENT_TIME = re.compile(
    r"\s*,?\s*(?:gegen\s+|um\s+|ca\.\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*[,;]", re.IGNORECASE
)


DIGIT = re.compile(r"\d")


_TAG_AFTER = re.compile(r"^\s*\([^()\n]{1,30}\)")
_SEPARATORS = "–—|•·/)]-+>»› \u00a0"


def _header_words(text: str) -> bool:
    """Tell whether ``text`` holds only header words: names, numbers, labels, small links."""
    words = _HEADER_WORD.findall(_BRACKETED.sub(" ", text))
    if len(words) > 12:
        return False
    for word in words:
        bare = word.strip(".-'’+&")
        if not bare:
            continue
        last = bare.split("-")[-1]
        if _NOT_HEADER.fullmatch(last) and not _PUBLISHED_WORD.fullmatch(last):
            return False
        if not (
            bare[0].isupper()
            or bare[0].isdigit()
            or word.lower() in _NAME_LINKS
            or bare in ("erschienen", "veröffentlicht", "publiziert", "seit", "gestellt")
            or _DOMAIN.fullmatch(bare)  # a source: "presseportal.de: Mitteilung … vom 6. Mai 2024"
        ):
            return False
    return True


def _suffix_fits(rest: str, has_prefix: bool, prose: bool) -> bool:
    """Tell whether what follows a header date fits: nothing, a time, a tag, a separator."""
    for _ in range(3):
        m = _TIME_AFTER.match(rest) or _TAG_AFTER.match(rest)
        if not m:
            break
        rest = rest[m.end() :]
    rest = rest.strip()
    if not rest:
        return True
    if not has_prefix:  # the date opens the line: "12.03.2020: Die Schulen schließen" is a list
        return rest[0] != ":" and (prose or _header_words(rest.lstrip(_SEPARATORS)))
    if rest[0] in _SEPARATORS or rest[0] in ".,;:":
        return prose or _header_words(rest.lstrip(_SEPARATORS + ".,;:"))
    return _header_words(rest)  # a signature: "Kiel, 03.11.2020 Oberstaatsanwältin Muster"


def header_date(line: str, prose: bool = True) -> str | None:
    """Return the date of a header line; ``prose``: the dateline may lead into the text."""
    head = line[:200]
    if not DIGIT.search(head):
        return None  # most lines hold no number: no date either
    for m in _YEAR_DATE_RE.finditer(head):
        before = head[: m.start()]
        label = bool(_LABELLED.search(before))
        has_prefix = bool(before.strip(" \t*#_>[(|"))
        if has_prefix and not label and _EVENT_BEFORE.search(before):
            continue
        if has_prefix and not (
            _header_words(before) and (label or _SEPARATOR_BEFORE.search(before))
        ):
            continue
        if has_prefix and EVENT_TIME.match(head, m.end()):
            continue  # "Kiel (ots) – 10.03.2024, 14:30 Uhr, …" (a heading may open with one)
        if in_range(head, *m.span()) or not (
            _suffix_fits(head[m.end() :], has_prefix, prose) or flat_header(before, label, head, m)
        ):
            continue
        if found := date_of_match(m):
            return found
    return None


def iso_date(year: int | None, month: int, day: int) -> str | None:
    """Return ``YYYY-MM-DD`` (``--MM-DD`` without a year), or None for an impossible date."""
    if not 1 <= month <= 12 or day < 1:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if day <= calendar.monthrange(2000, month)[1] else None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_of_match(m: re.Match[str]) -> str | None:
    if m.group("mname"):
        year = int(m.group("y")) if m.group("y") else None
        return iso_date(year, MONTHS[m.group("mname").lower()], int(m.group("d")))
    if m.group("nd"):
        year = int(m.group("ny"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return iso_date(year, int(m.group("nm")), int(m.group("nd")))
    return iso_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
