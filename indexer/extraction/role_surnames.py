"""Surnames that are role nouns too, after a first name: ``Rudolf Bischof``, ``Jens Bischof``.

A role noun stops a run of name words (``Bischof Benno Elbs``: the role, then the person), so a
person whose surname is such a noun went unseen. After a known first name the noun is the
surname: the nouns are the role words of the role lexicon that Faker's German surname lists hold
(today ``Bischof``). The first name must not follow another name word (then the run before it
is the person), the surname no name word (``Bischof Benno`` would be a role before a name), and
no firm, street, venue or prize is named after the pair (``Rudolf Bischof GmbH``, ``… Straße``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.lexicon import NOT_FIRST, NOT_FIRST_ANYWHERE
from indexer.extraction.name_words import is_name_word
from indexer.extraction.names import is_first_name
from indexer.extraction.organisations import is_org_word
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.places import surnames
from indexer.extraction.role_words import is_firm_kind, is_role

_PAIR = re.compile(r"(?=\b([A-ZÄÖÜ][\w-]+) ([A-ZÄÖÜ][a-zäöüß]+)\b)")  # overlapping pairs
_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*)[ \t]+$")
_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][\w-]*)")  # used with match(text, pos)
# a thing named after the person: "Rudolf Bischof Straße", "… Haus", "… Preis"
_THING_ENDS = (
    "straße", "str", "weg", "platz", "allee", "ring", "gasse", "haus", "halle", "preis",
    "stadion", "park", "brücke", "medaille", "saal",
)  # fmt: skip


@lru_cache(maxsize=1)
def role_surnames() -> frozenset[str]:
    """Return the role nouns (lowercase) that are German surnames too (``bischof``)."""
    return frozenset(w for w in surnames() if is_role(w.capitalize()))


def _given(word: str) -> bool:
    low = word.lower()
    return is_first_name(word) and low not in NOT_FIRST and low not in NOT_FIRST_ANYWHERE


def _joined(word: str) -> bool:
    """Tell a word after the pair that makes it part of another name or of a thing's name."""
    thing = word.lower().endswith(_THING_ENDS)
    return thing or is_name_word(word) or is_org_word(word) or is_firm_kind(word)


def role_surname_persons(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Return ``found`` with the persons a first name and a role-noun surname name, replacing
    mentions inside them (``Rudolf`` alone)."""
    nouns = role_surnames()
    if not any(noun.capitalize() in text for noun in nouns):
        return found  # most texts name none of the nouns: no scan of every word pair
    added = []
    for m in _PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        if last.lower() not in nouns or not _given(first):
            continue
        start, end = m.start(), m.start() + len(first) + 1 + len(last)
        before = _BEFORE.search(text, 0, start)
        if before and is_name_word(before.group(1)) and not is_role(before.group(1)):
            continue  # "Peter Rudolf Bischof": the run before it names the person
        after = _AFTER.match(text, end)
        if after and _joined(after.group(1)):
            continue  # "Rudolf Bischof Müller", "Rudolf Bischof GmbH": not a person
        role = before.group(1) if before and is_role(before.group(1)) else None
        added.append(PersonMention(f"{first} {last}", start, end, role))
    if not added:
        return found
    kept = [m for m in found if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)
