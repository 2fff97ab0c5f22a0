"""Persons in lines of their own: ``Nachname, Vorname`` lists and bylines, names in capitals.

Both shapes stand outside running sentences (a list of signatories, ``JULIA SCHMIDT:`` before an
answer), so no frame is looked for: a known first name and name words are enough.
"""

from __future__ import annotations

import re

from indexer.extraction.name_words import is_name_word
from indexer.extraction.names import fold, is_first_name
from indexer.extraction.person_mention import PersonMention

_SURNAME_FIRST = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ]{2,6}[ \t]+)?(?P<last>[A-ZÄÖÜ][\w?'’-]+),[ \t]+"
    r"(?P<first>[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)?)[ \t]*(?:\(|$)",
    re.MULTILINE,
)


def surname_first(text: str, learned: set[str]) -> list[PersonMention]:
    """Find ``Bahr, Lorenz`` lines (lists, bylines): a surname, a comma, a known first name."""
    found = []
    for m in _SURNAME_FIRST.finditer(text):
        first, last = m.group("first"), m.group("last")
        if is_first_name(first.split()[0]) and is_name_word(last):
            found.append(PersonMention(f"{first} {last}", m.start("last"), m.end("first")))
            learned.add(fold(first.split()[0]))
    return found


# The edge before the name is checked after its first capital (two lookbehinds), so that the
# pattern starts with a letter class: the regex engine then skips to capitals in a fast loop
# instead of trying the whole pattern at every character.
_CAPITALS = re.compile(
    r"(?P<name>[A-ZÄÖÜ](?:(?<=^[A-ZÄÖÜ])|(?<=[\s(„\"][A-ZÄÖÜ]))[A-ZÄÖÜ]+(?:-[A-ZÄÖÜ]{2,})?"
    r"(?:[ \t]+[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})?){1,2})(?=[ \t]*(?:[:,(]|$))",
    re.MULTILINE,
)


def capitals(text: str, learned: set[str]) -> list[PersonMention]:
    """Find names in capitals before a colon, comma, bracket or line end (``JULIA SCHMIDT:``),
    shown in title case: a known first name first, then name words only."""
    found = []
    for m in _CAPITALS.finditer(text):
        words = [w.title() for w in m["name"].split()]
        if is_first_name(words[0]) and all(is_name_word(w) for w in words[1:]):
            found.append(PersonMention(" ".join(words), m.start("name"), m.end("name")))
            learned.add(fold(words[0]))
    return found
