"""Organisations found by their shape rather than by a head noun, and the text made ready.

Parties by their official names (and a town's branch: ``Bielefelder FDP``), sports clubs and the
sender an ots release names (``Original-Content von: …``); before the search, web and mail
addresses are found (they name no organisation) and a name broken over footer lines is joined
(``Ministerium des Innern und`` / ``für Kommunales``). ``organisations`` runs these beside its
head-noun rules; acronyms standing alone are in ``org_bare_acronyms``, names after a word of
their kind in ``org_kind_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extraction.lexicon import PARTY_WORDS, ROLE_STEMS


@dataclass(frozen=True)
class OrgMention:
    """An organisation named at ``start:end``: its nominative name, and its acronym if given."""

    name: str
    start: int
    end: int
    acronym: str | None = None


# parties by their official names: "die Grünen" and "DIE LINKE" are one party each; the leading
# lookaheads of these patterns let the scan pass over positions where no match can start
_PARTIES = (
    "CDU/CSU", "SPD", "CDU", "CSU", "FDP", "AfD", "BSW", "NPD", "ÖDP", "DIE LINKE", "Die Linke",
    "Linkspartei", "BÜNDNIS 90/DIE GRÜNEN", "Bündnis 90/Die Grünen",
)  # fmt: skip


def _word_start(word: str) -> str:
    """``word`` as a pattern that checks the word boundary before it after its first letter:
    alternatives that all start with a literal let the scan skip to their first letters."""
    return f"{word[0]}(?<!\\w{word[0]}){re.escape(word[1:])}"


# a party by name (the whole match), or "die Grünen", "der Linken" (group g or g2)
_PARTY_TEXT = re.compile(
    "|".join(rf"{_word_start(party)}\b" for party in _PARTIES)
    + rf"|{_word_start('Die')} (?P<g>Grünen|Linken)\b"
    + r"|d(?<!\wd)(?:ie|er|en) (?P<g2>Grünen|Linken)\b"
)
_PARTY_NAMES = {
    "grünen": "Bündnis 90/Die Grünen",
    "linke": "Die Linke",
    "linken": "Die Linke",
    "linkspartei": "Die Linke",
}
# "von CDU und Grünen": the Greens without their article, beside another party
_GREENS_BESIDE = re.compile(
    r"(?=[CSFABL])\b(?:CDU|CSU|SPD|FDP|AfD|BSW|Linken?)(?:,| und| oder| sowie) (?P<g>Grünen)\b"
    r"|(?=G)\b(?P<h>Grünen)(?:,| und| oder| sowie) (?:CDU|CSU|SPD|FDP|AfD|BSW|Linken?)\b"
)
# "die Bielefelder FDP", "der Kölner SPD": a party's local branch, named by its town
_TOWN_BRANCH = re.compile(r"(?:^|(?<=\s))(?P<town>[A-ZÄÖÜ][a-zäöüß]{3,}er) $")
_NOT_TOWN = frozenset(
    ("aber", "oder", "unser", "jeder", "wieder", "weder", "immer", "außer", "hinter", "unter",
     "über", "euer", "ihrer", "seiner", "dieser", "jener", "mancher", "solcher", "welcher",
     "keiner", "anderer", "später", "früher", "weiter", "bisher", "vorher", "nachher", "daher",
     "wähler", "mitglieder", "anhänger", "bürger", "partner", "kinder", "länder", "leser",
     "nutzer", "zuschauer", "vertreter", "führer", "gegner", "fahrer", "arbeiter")
)  # fmt: skip
_CLUB_KINDS = (
    "SC", "FC", "VfL", "VfB", "TSV", "SV", "TuS", "SpVgg", "DJK", "TSG", "BV", "SSV", "SuS", "MSV",
    "FSV", "KSV", "RSV", "BSC", "HSV", "TV", "TuRa", "SG", "ESV", "VfR", "FV", "DSC", "TSC", "SpVg",
    "BSG", "SSC", "FK", "SK", "RB", "SGV", "TuSpo",
)  # fmt: skip
# A club's kind and up to three names: "FC Schalke 04", "TSV 1860 München"; the word boundary
# before the kind is checked after its first letter, so that the scan skips to those letters.
# A number before it ("1. FC Köln") is looked for behind each match (``_clubs``).
_CLUB = re.compile(
    "(?:" + "|".join(f"{kind[0]}(?<!\\w{kind[0]}){kind[1:]}" for kind in _CLUB_KINDS) + ")"
    r"(?:\s+(?:(?!(?:In|Im|Am|An|Auf|Der|Die|Das|Den|Dem|Des|Mit|Bei|Von|Vom|Zum|Zur|Und|Für"
    r"|Nach|Aus|Seit|Gegen|Ein|Eine)\b)[A-ZÄÖÜ][\w/-]+|\d{2,4})){1,3}"
)
_CLUB_NUMBER = re.compile(r"\b\d\.\s?\Z")


def _clubs(text: str) -> list[tuple[int, int]]:
    """The spans of ``(?:\\b\\d\\.\\s?|\\b)`` before ``_CLUB``, left to right without overlaps,
    as one regex with that alternation at its start found them (trying it at every character)."""
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _CLUB.finditer(text):
        start = m.start()
        number = _CLUB_NUMBER.search(text, max(0, start - 3), start)
        if number and number.start() >= end:  # not inside the club before
            start = number.start()
        end = m.end()
        spans.append((start, end))
    return spans


_TRAIN = re.compile(r"RB\s+\d{1,3}")
# the words of traditional club names before their town: "Fortuna Düsseldorf", "Rot-Weiß Essen"
_CLUB_WORDS = frozenset(
    ("Borussia", "Eintracht", "Fortuna", "Viktoria", "Germania", "Alemannia", "Arminia",
     "Concordia", "Teutonia", "Kickers")
    + tuple(f"{a}-{b}" for a in ("Rot", "Blau", "Schwarz", "Grün")
            for b in ("Weiß", "Weiss", "Gelb", "Rot", "Schwarz"))
)  # fmt: skip
_CLUB_NAME = re.compile(
    r"\b(?:Borussia|Eintracht|Fortuna|Viktoria|Germania|Alemannia|Arminia|Concordia|Teutonia"
    r"|Kickers|(?:Rot|Blau|Schwarz|Grün)-(?:Weiß|Weiss|Gelb|Rot|Schwarz))"
    r"\s+[A-ZÄÖÜ][\w-]+(?:\s+\d{2,4})?"
)  # fmt: skip
_SENDER = re.compile(
    r"Original-Content von:\s*(?P<name>[^,\n]{3,80}),\s*übermittelt", re.IGNORECASE
)
# "Ministerium des Innern und\nfür Kommunales\ndes Landes Brandenburg": one name over three lines
_LINK_WORDS = frozenset(("für", "des", "der", "zur", "zum", "und"))
_LINKS_BEFORE = frozenset((" und", " für", " des", " der", " zur", " zum", " von"))
_LINKS_AFTER = re.compile(r"(?:für|des|der|zur|zum|und für) [A-ZÄÖÜ]")


def join_broken_names(text: str) -> str:
    """Join a line ending in ``und``/``für``/``des`` … to a capitalised next line, and a line
    to a next one opening with ``für``/``des`` …; the text keeps its length (and offsets)."""
    joins, b = [], text.find("\n")
    while b >= 0:
        a = b
        while a and text[a - 1] in " \t":
            a -= 1
        nxt, word = text[b + 1 : b + 2], text[b + 1 : b + 4]
        if (text[max(0, a - 4) : a] in _LINKS_BEFORE and nxt.isupper()) or (
            word in _LINK_WORDS and text[a - 1 : a].islower() and _LINKS_AFTER.match(text, b + 1)
        ):
            joins.append((a, b + 1))
        b = text.find("\n", b + 1)
    if not joins:
        return text
    parts, last = [], 0
    for a, end in joins:
        parts += [text[last:a], " " * (end - a)]
        last = end
    return "".join(parts) + text[last:]


# web and mail addresses name no organisation ("www.bundestag.de", "presse@spdfraktion.de")
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\")\]]++|[\w.+-]++@[\w-]++(?:\.[\w-]++)++")


def pattern_mentions(text: str, words: list[str]) -> list[OrgMention]:
    """Find clubs, the ots sender and parties in ``text``, whose tokens are ``words``."""
    found = [
        OrgMention(text[a:b], a, b)
        for a, b in _clubs(text)
        if not _TRAIN.fullmatch(text, a, b)  # "die Linie RB 68": a regional train, no club
    ]
    if not _CLUB_WORDS.isdisjoint(words):
        found += [OrgMention(m.group(), m.start(), m.end()) for m in _CLUB_NAME.finditer(text)]
    if "Original-Content" not in text:
        return found + _parties(text)
    for m in _SENDER.finditer(text):
        found.append(OrgMention(m.group("name").strip(), m.start("name"), m.end("name")))
    return found + _parties(text)


def _parties(text: str) -> list[OrgMention]:
    found = []
    for m in _PARTY_TEXT.finditer(text):
        group = 0 if m.lastgroup is None else m.lastgroup  # the party's name, or g / g2
        name, start = m.group(group), m.start(group)
        shown = _PARTY_NAMES.get(name.split()[-1].split("/")[-1].lower(), name)
        branch = None
        if not group and text[max(0, start - 3) : start] == "er ":  # cheap test first
            branch = _TOWN_BRANCH.search(text, max(0, start - 30), start)
        if branch and _town_adjective(branch.group("town")) and "/" not in name:
            shown = f"{branch.group('town')} {name}"
            found.append(OrgMention(shown, branch.start(), start + len(name)))
            continue
        found.append(OrgMention(shown, start, start + len(name)))
    if "Grünen" in text:
        for m in _GREENS_BESIDE.finditer(text):
            group = "g" if m.group("g") else "h"
            found.append(OrgMention(_PARTY_NAMES["grünen"], m.start(group), m.end(group)))
    return found


def acronym_party(word: str) -> bool:
    return word.lower() in PARTY_WORDS and sum(c.isupper() for c in word) >= 2


def _town_adjective(word: str) -> bool:
    """Tell ``Bielefelder`` from ``Sprecher``, ``Minister``, ``jeder`` before a party."""
    low = word.lower()
    return low not in _NOT_TOWN and not any(stem in low for stem in ROLE_STEMS)
