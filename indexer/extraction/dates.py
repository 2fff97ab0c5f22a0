"""The publication date of a press release, from its metadata or from where releases put it.

Where a date counts, strongest first: the ``date`` given with the record; a line that is only a
date near the top (``14. März 2024``, ``Stand: 15.01.2022``); a dateline (``Düsseldorf, 27.
Januar 2011 –``, ``Detmold, 15.08.2012``); ``heute (27. Januar)``; a speech or announcement verb
with ``am`` and a date (``sagte Kaykin am 28. November 2012 in Düsseldorf``). Any other date is
merely mentioned (``seit 2012``, ``bis zum 31. Dezember 2025``) and is not the publication date. A
date without a year takes the year of its weekday or of the full dates near it (``date_years``),
else it is returned as ``--MM-DD``; no year is guessed.
"""

from __future__ import annotations

import re
from datetime import date

from indexer.extraction import date_forms
from indexer.extraction.date_colons import colon_date
from indexer.extraction.date_forms import (
    MONTH_NAMES,
    WEEKDAY,
    WEEKDAY_NAMES,
    date_span,
    header_forms,
    in_range,
    is_revision,
)
from indexer.extraction.date_headers import (
    DIGIT,
    EVENT_TIME,
    TRAILING_DATE,
    date_of_match,
    header_date,
    iso_date,
)
from indexer.extraction.date_reports import recalled
from indexer.extraction.date_widgets import after_weather, before_next_item
from indexer.extraction.date_years import year_from_near_dates
from indexer.extraction.speech_voice import addresses_listeners

_DATE = (
    rf"(?:{WEEKDAY},?\s+(?:den\s+)?)?(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{MONTH_NAMES})\.?(?:\s+(?P<y>\d{{4}}))?"
    r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_LINE = re.compile(
    rf"^\s*+(?:(?:Stand|Datum|Veröffentlicht(?: am)?|Erstellt am|Pressemitteilung vom|vom)"
    rf"\s*+:?\s*+)?{_DATE}\s*+(?:Uhr|\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?|[|–—-].*)?\s*$",
    re.IGNORECASE,
)
# a dateline's place: capitalised words, case-sensitive though the date is not, with the small
# words of place names between them ("Frankfurt am Main", "Freiburg i. Br."); not a sentence's
# opening words ("Die am nächsten Freitag, den 7. März, angesetzte Lesung …")
_PLACE = (
    r"(?-i:[A-ZÄÖÜ][\w.-]*+(?:[ /-](?:(?:am|an|der|den|dem|des|im|in|ob|bei|vor|auf|unter|und"
    r"|[a-zäöü]\.(?:[a-zäöü]\.)?)[ ]+)*+[A-ZÄÖÜ(][\w.)-]*+){0,3})"
)
_DATELINE = re.compile(
    rf"^\s*+{_PLACE}\s*(?:\([^)\n]{{1,30}}\)\s*)?"
    rf"(?:,|\s[–—-])\s*{_DATE}\s*(?:[–—:.,-]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_TODAY = re.compile(
    rf"\b(?:heute|am heutigen {WEEKDAY}|an diesem {WEEKDAY})"
    rf"\s*+(?:\(\s*+|,\s*+(?:(?:dem|den)\s*+)?){_DATE}",
    re.IGNORECASE,
)
_VERBS = (
    r"sagte|sagt|betonte|erklärte|ergänzte|unterstrich|bekräftigte|berichtete|forderte|mahnte|"
    r"warnte|lobte|kritisierte|begrüßte|versicherte|sprach|verwies|dankte|kündigte|appellierte|"
    r"erläuterte|bestätigte|äußerte|teilte|(?<!\bes )gab(?! es\b)|gaben|teilten|informierte|stellte"
    r"|eröffnete|unterzeichnete|unterzeichneten|übergab|überreichte"
)  # "gab … bekannt", not "Es gab am 25. August ein Unglück"
_AM_DATE = re.compile(rf"\bam\s+{_DATE}", re.IGNORECASE)
# the verb and the date in one clause: not "kündigte an, dass der Rat am 6. Oktober tagt"
_VERB_BEFORE = re.compile(
    rf"\b(?:{_VERBS})\b(?:(?!,\s*(?:dass|daß|wonach|ob|wenn|weil|nachdem|bis|damit|sobald"
    r"|falls|wie|wo)\b)[^.!?\n„“\"])*$",
    re.IGNORECASE,
)
_META = re.compile(
    r"^\s*(?:(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+-Z]*)?|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s*$"
)
_TOP_LINES = 8
_TOP_MAX_LINES = 40
_TOP_CHARS = 6000
_BOTTOM_LINES = 6
_AFTER_SENTENCE = re.compile(r"[.!?“”\"]\s+(?=([A-ZÄÖÜ][^.!?]{0,40}\d[^!?]{0,120})$)")


# "Am Donnerstag, 21.05.2026, gegen 22:30 Uhr": an event, not a dateline with a place "Am …";
# "Montag, 3. August: Freiburg": a programme item, not a dateline with a place "Montag"; "von
# Mittwoch, 4. Mai, 9.40 Uhr bis …": a closure, not a date line
_EVENT_START = re.compile(
    r"^[\s*#]*+(?:(?:am|an|in|im|seit|bis|ab|vom|gegen|nach|vor|zum|zur|um|bei|während)\b"
    rf"|von\s++(?:{WEEKDAY}|\d)|{WEEKDAY},?\s++\d{{1,2}}\.\s*+[^\d\s:]++\s*+:)",
    re.I,
)


_WEEKDAY_RE = re.compile(WEEKDAY, re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def _year_by_weekday(found: str | None, said: str, text: str) -> str | None:
    """Give a date without a year the one year named in the text on which its weekday falls
    ("heute (Mittwoch, 8. März)" in a text that names 2022 and 2023 -> 2023-03-08)."""
    if not found or not found.startswith("--") or not (w := _WEEKDAY_RE.search(said)):
        return year_from_near_dates(found, text)  # "Kassel, 2. Dezember." and "7. Dezember 2011"
    day = w.group(0).lower().replace("sonnabend", "samstag")
    month, mday = int(found[2:4]), int(found[5:7])
    years = {
        int(y)
        for y in _YEAR_RE.findall(text[: _TOP_CHARS * 4])
        if (iso := iso_date(int(y), month, mday))
        and date.fromisoformat(iso).weekday() == WEEKDAY_NAMES.index(day)
    }
    return iso_date(years.pop(), month, mday) if len(years) == 1 else found


def parse_meta_date(value: str | None) -> str | None:
    """Read a metadata date: ISO (``2024-03-14``, with a time or not) or ``14.03.2024``."""
    m = _META.match(value or "")
    if not m:
        return None
    if m.group(1):
        return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return iso_date(int(m.group(6)), int(m.group(5)), int(m.group(4)))


def _top(title: str, body: str) -> list[str]:
    """The head of a release: the title and 8 lines, where a short line without a full stop
    (a menu, a label, an address line above the text) counts a quarter."""
    lines, weight = [], 0.0
    for line in f"{title}\n{body[:_TOP_CHARS]}".splitlines():
        if not line.strip():
            continue
        lines.append(line)
        short = len(line.split()) < 4 and not line.rstrip().endswith((".", "!", "?"))
        weight += 0.25 if short else 1.0
        if weight > _TOP_LINES or len(lines) >= _TOP_MAX_LINES:
            break
    return lines


def _bottom(body: str, boilerplate: str) -> list[str]:
    """The end of a release: its last lines and the contact block, each line also cut after its
    sentences ("… die Unschuldsvermutung. Kiel, 03.11.2020 Oberstaatsanwältin Muster")."""
    lines = before_next_item(body[-_TOP_CHARS:].splitlines())  # a list page's next item
    tail = [line for line in lines if line.strip()][-_BOTTOM_LINES:]
    tail += [line for line in boilerplate[:_TOP_CHARS].splitlines() if line.strip()]
    parts = []
    for line in tail:
        parts.append(line)
        parts.extend(m.group(1) for m in _AFTER_SENTENCE.finditer(line[-300:]))
        parts.extend(
            filter(None, [date_forms.closing_signature(line)])
        )  # "… hätte. (APA, 16.8.2015)"
    return parts


def _bottom_date(body: str, boilerplate: str) -> str | None:
    """A date at the end: a signed place and date, a labelled date, a date alone on its line."""
    for part in _bottom(body, boilerplate):
        part = header_forms(part) if DIGIT.search(part) else part
        if not _EVENT_START.match(part) and (found := header_date(part, prose=False)):
            return found
    return None


def extract_date(
    title: str, body: str, meta_date: str | None = None, boilerplate: str = ""
) -> str | None:
    """Return the publication date: ``YYYY-MM-DD``, ``--MM-DD`` without a year, or None.

    ``boilerplate`` is the contact and footer block, where a signed date may stand.
    """
    found = parse_meta_date(meta_date)
    if found:
        return found
    revised = None  # "Stand: …" counts when no other header date does
    top = before_next_item(_top(title, body))  # a list page: "Mehr »", then the next item
    for n, line in enumerate(top):
        if _EVENT_START.match(line) or not DIGIT.search(line) or after_weather(top, n):
            continue  # an event, no date, a portal's weather and date widget
        line = header_forms(line)
        found = None
        if n < 3 and (m := TRAILING_DATE.search(line[-60:])):
            found = date_of_match(m)
        found = found or header_date(line)
        m = None if found else _LINE.match(line) or _DATELINE.match(line) or colon_date(line)
        if m and EVENT_TIME.match(line, m.end() - 1):
            continue  # "Kiel (ots) – 10.03.2024, 14:30 Uhr, Holstenstraße: …": an event
        if m and not in_range(line, *date_span(m)) and (found := date_of_match(m)):
            found = _year_by_weekday(found, m.group(0), f"{title}\n{body}")
        if found and not is_revision(line):
            return found
        revised = revised or found
    if found := revised or _bottom_date(body, boilerplate):
        return found
    if "eute" in body or "n diesem" in body:  # "heute", "Heute", "heutigen", "An diesem"
        for m in _TODAY.finditer(body):
            if found := date_of_match(m):
                return _year_by_weekday(found, m.group(0), f"{title}\n{body}")
    if addresses_listeners(title) or addresses_listeners(body):
        return None  # a speech dates nothing by what someone said on a day
    for m in _AM_DATE.finditer(body):  # "sagte Kaykin am 28. November 2012", a verb close before
        verb = _VERB_BEFORE.search(body, max(0, m.start() - 60), m.start())
        if (
            verb
            and not recalled(body, verb.start(), m.start(), m.end())
            and (found := date_of_match(m))
        ):
            return found
    return None
