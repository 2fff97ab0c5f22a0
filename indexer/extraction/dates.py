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

from indexer.extraction import date_forms
from indexer.extraction.date_forms import MONTHS, date_span, header_forms, in_range, is_revision

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
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
# A header line of real releases holds a dated year and otherwise only header words: places,
# the kind of text, a number, the sender, a label ("Pressemitteilung Nr. 45/2019 | Stuttgart,
# 12.03.2019", "Veröffentlicht am 12.03.2019 um 10:15 Uhr", "[TU Berlin] Medieninformation Nr.
# 218 - 30. Oktober 2002", "Bad Homburg v. d. Höhe, 12. März 2019 –"). Sentences ("bis zum 12.
# März 2019", "Berlin, 12. März 2019 wurde …") and labels of events, deadlines and decisions
# ("Termin:", "Tatzeit:", "Urteil vom") are not headers.
_YEAR_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?P<mname>{_MONTH})\.?\s+(?P<y>\d{{4}})"
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
_TRAILING = re.compile(rf"(?:\(|\[|\s\|)\s*{_YEAR_DATE}\s*[)\]]?\s*$", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^\s*,?\s*(?:Uhrzeit:?\s*|um\s+)?(?:\d{1,2}(?:[:.]\d{2}){0,2}\s*Uhr\b|\d{1,2}(?::\d{2}){1,2}\b)"
)
# a date, a time and a comma after a dateline: the time of an event ("Kiel (ots) – 10.03.2024,
# 14:30 Uhr, Holstenstraße: Ein Auto …"); a header's time ends it ("Berlin, 12.03.2024, 10:15
# Uhr –"), a report's heading may open with it ("Dienstag, 22. April 2025, 3.05 Uhr; …")
_EVENT_TIME = re.compile(
    r"\s*,?\s*(?:gegen\s+|um\s+|ca\.\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*[,;]", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_TAG_AFTER = re.compile(r"^\s*\([^()\n]{1,30}\)")
_SEPARATORS = "–—|•·/)]-+>»› \u00a0"


# "Am Donnerstag, 21.05.2026, gegen 22:30 Uhr": an event, not a dateline with a place "Am …";
# "Montag, 3. August: Freiburg": a programme item, not a dateline with a place "Montag"; "von
# Mittwoch, 4. Mai, 9.40 Uhr bis …": a closure, not a date line
_EVENT_START = re.compile(
    r"^[\s*#]*+(?:(?:am|an|in|im|seit|bis|ab|vom|gegen|nach|vor|zum|zur|um|bei|während)\b"
    rf"|von\s++(?:{_WEEKDAY}|\d)|{_WEEKDAY},?\s++\d{{1,2}}\.\s*+[^\d\s:]++\s*+:)",
    re.I,
)


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
    return _header_words(rest)  # a signature: "Hamburg, 22.12.2021 Oberstaatsanwältin Muster"


def _header_date(line: str, prose: bool = True) -> str | None:
    """Return the date of a header line; ``prose``: the dateline may lead into the text."""
    head = line[:200]
    if not _DIGIT.search(head):
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
        if has_prefix and _EVENT_TIME.match(head, m.end()):
            continue  # "Kiel (ots) – 10.03.2024, 14:30 Uhr, …" (a heading may open with one)
        if not _suffix_fits(head[m.end() :], has_prefix, prose) or in_range(head, *m.span()):
            continue
        if found := _from_match(m):
            return found
    return None


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
        return _iso(year, MONTHS[m.group("mname").lower()], int(m.group("d")))
    if m.group("nd"):
        year = int(m.group("ny"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return _iso(year, int(m.group("nm")), int(m.group("nd")))
    return _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_WEEKDAY_RE = re.compile(_WEEKDAY, re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def _year_by_weekday(found: str | None, said: str, text: str) -> str | None:
    """Give a date without a year the one year named in the text on which its weekday falls
    ("heute (Mittwoch, 8. März)" in a text that names 2022 and 2023 -> 2023-03-08)."""
    if not found or not found.startswith("--") or not (w := _WEEKDAY_RE.search(said)):
        return found
    day = w.group(0).lower().replace("sonnabend", "samstag")
    month, mday = int(found[2:4]), int(found[5:7])
    years = {
        int(y)
        for y in _YEAR_RE.findall(text[: _TOP_CHARS * 4])
        if (iso := _iso(int(y), month, mday))
        and date.fromisoformat(iso).weekday() == _WEEKDAYS.index(day)
    }
    return _iso(years.pop(), month, mday) if len(years) == 1 else found


def parse_meta_date(value: str | None) -> str | None:
    """Read a metadata date: ISO (``2024-03-14``, with a time or not) or ``14.03.2024``."""
    m = _META.match(value or "")
    if not m:
        return None
    if m.group(1):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _iso(int(m.group(6)), int(m.group(5)), int(m.group(4)))


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
    sentences ("… die Unschuldsvermutung. Hamburg, 22.12.2021 Oberstaatsanwältin Muster")."""
    tail = [line for line in body[-_TOP_CHARS:].splitlines() if line.strip()][-_BOTTOM_LINES:]
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
        part = header_forms(part) if _DIGIT.search(part) else part
        if not _EVENT_START.match(part) and (found := _header_date(part, prose=False)):
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
    for n, line in enumerate(_top(title, body)):
        if _EVENT_START.match(line) or not _DIGIT.search(line):
            continue
        line = header_forms(line)
        found = None
        if n < 3 and (m := _TRAILING.search(line[-60:])):
            found = _from_match(m)
        found = found or _header_date(line)
        m = None if found else _LINE.match(line) or _DATELINE.match(line)
        if m and _EVENT_TIME.match(line, m.end() - 1):
            continue  # "Kiel (ots) – 10.03.2024, 14:30 Uhr, Holstenstraße: …": an event
        if m and not in_range(line, *date_span(m)) and (found := _from_match(m)):
            found = _year_by_weekday(found, m.group(0), f"{title}\n{body}")
        if found and not is_revision(line):
            return found
        revised = revised or found
    if found := revised or _bottom_date(body, boilerplate):
        return found
    if "eute" in body or "n diesem" in body:  # "heute", "Heute", "heutigen", "An diesem"
        for m in _TODAY.finditer(body):
            if found := _from_match(m):
                return _year_by_weekday(found, m.group(0), f"{title}\n{body}")
    for m in _AM_DATE.finditer(body):  # "sagte Kaykin am 28. November 2012", a verb close before
        if _VERB_BEFORE.search(body, max(0, m.start() - 60), m.start()) and (
            found := _from_match(m)
        ):
            return found
    return None
