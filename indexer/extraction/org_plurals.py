"""Heads that are plurals only, in the dative (``bei den Stadtwerken Werdau``).

``org_heads.head_of`` takes a head of feminine endings with an ending for a plural of many
bodies (``Volkshochschulen``); but ``Stadtwerke``, ``Verkehrsbetriebe`` and ``Festspiele``
are one body in the plural, and their dative adds an ``n``: ``den Stadtwerken Werdau`` is the
body ``Stadtwerke Werdau``. Other compounds in ``-werke``/``-betriebe`` are plurals of many
things (``in Kraftwerken``, ``von Cold-Hands-Betrieben``).
"""

from __future__ import annotations

import re

from indexer.extraction.lone_words import town_like
from indexer.extraction.places import is_place

_ALONE = frozenset(("stadtwerke", "festspiele"))
# compounds in -werke/-betriebe that name one municipal body
_BODIES = (
    "verkehrsbetriebe",
    "stadtbetriebe",
    "wasserwerke",
    "entsorgungsbetriebe",
    "versorgungsbetriebe",
    "kommunalbetriebe",
    "wirtschaftsbetriebe",
)


def dative_plural(word: str, head: str, infl: str) -> bool:
    """Tell whether ``word``, with ``head`` and the ending ``infl``, is the dative of a plural
    body (``Stadtwerken``, ``Ruhrfestspielen``, ``Verkehrsbetrieben``; not ``Kraftwerken``)."""
    if infl != "n":
        return False
    return head in _ALONE or word[:-1].lower().endswith(_BODIES)


def dative_object(text: str, start: int, end: int) -> bool:
    """Tell a dative plural head before a word that names no place (``bei den Stadtwerken
    Gaslecks aufgespürt``: the clause's object); a place, an acronym or a word the text has
    after ``in``/``aus`` is the body's town (``den Stadtwerken Werdau`` … ``in Werdau``)."""
    words = text[start:end].split()
    if len(words) != 2 or not words[0].endswith("n"):
        return False
    head, word = words[0][:-1].lower(), words[1]
    if not (head.endswith(tuple(_ALONE)) or head.endswith(_BODIES)):
        return False
    if is_place(word) or town_like(word) or word.isupper():
        return False
    return re.search(rf"\b(?:in|aus|nach|von) {re.escape(word)}\b", text) is None
