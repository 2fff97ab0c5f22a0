"""Surnames that are German function words, weekdays or towns, after a first name.

The name words of ``person_text`` end a run at a word that cannot be part of a name: a
function word (``weil``), a weekday (``Sonntag``) or a town (``Heiligenstadt``, whose
``stadt`` reads as an organisation's head). After a first name such a word, capitalised in
mid-sentence, is the surname: ``Ministerpräsident Stephan Weil``, ``Dr. Christian Sonntag``,
``Kultusministerin Frauke Heiligenstadt``. Without it the release lists the bare first name.

A lone first name is extended when the next word follows after one blank, is capitalised,
is such a word, and the text backs the reading: a role before the first name, a title
(``Dr.``, ``Frau``), or the same two words written twice.

Two first names joined by ``und`` before one surname share it: ``die Geschäftsführer Sönke
und Dirk Kröger`` names Sönke Kröger, not a person ``Sönke``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extraction.date_forms import WEEKDAY_NAMES
from indexer.extraction.lexicon import STOPWORDS
from indexer.extraction.names import is_first_name
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.places import is_place

_WEEKDAYS = frozenset(WEEKDAY_NAMES)
_NEXT = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])")
_TITLE_BEFORE = re.compile(r"(?:\b(?:Dr|Prof)\.|\b(?:Herr|Herrn|Frau))\s+$")


def surname_word(word: str) -> bool:
    """Tell a capitalised word that ends a run but is a surname after a first name.

    >>> [surname_word(w) for w in ("Weil", "Sonntag", "Heiligenstadt", "Telefon", "Foto")]
    [True, True, True, False, False]
    """
    low = word.lower()
    town = low.endswith("stadt") and len(low) > 6  # "Heiligenstadt" reads as a head "Stadt"
    return low in STOPWORDS or low in _WEEKDAYS or town or is_place(word)


def given_surnames(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Extend each lone first name in ``found`` by a surname that ends a run (module doc)."""
    out = []
    starts = {m.start: m for m in found}
    for m in found:
        grown = _grown(text, m) or _shared(text, m, starts)
        out.append(grown or m)
    return out


_AND = re.compile(r" (?:und|&) ")


def _shared(text: str, m: PersonMention, starts: dict[int, PersonMention]) -> PersonMention | None:
    """``Sönke`` in ``Sönke und Dirk Kröger``: the surname of the full name after ``und``."""
    if " " in m.name or not is_first_name(m.name) or text[m.start : m.end] != m.name:
        return None
    joined = _AND.match(text, m.end)
    partner = starts.get(joined.end()) if joined else None
    if partner is None or " " not in partner.name:
        return None
    first, surname = partner.name.split(" ", 1)
    if not is_first_name(first) or not surname[:1].isupper():
        return None
    return replace(m, name=f"{m.name} {surname}", surname_only=False)


def _grown(text: str, m: PersonMention) -> PersonMention | None:
    if " " in m.name or not is_first_name(m.name) or text[m.start : m.end] != m.name:
        return None
    nxt = _NEXT.match(text, m.end)
    if nxt is None or not surname_word(word := nxt.group(1)):
        return None
    pair = f"{m.name} {word}"
    backed = (
        m.role is not None
        or _TITLE_BEFORE.search(text, 0, m.start) is not None
        or text.count(pair) >= 2
    )
    if not backed:
        return None
    return replace(m, name=pair, end=nxt.end(1), surname_only=False)
