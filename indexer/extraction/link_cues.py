"""What a release says around its persons' names, kept for linking them across the index.

``build.relink`` decides which known person a bare surname (``Heil``) means; beside the roles
(``Release.surname_roles``) it goes by what this module reads around the mentions of each person
value of a release, in its title and body:

- the form of address before the surname, titles and role nouns between allowed: ``Frau Heil``,
  ``Frau Kollegin Heil``, ``Herrn Dr. Heil`` -> ``f`` / ``m`` (both seen: neither),
- a party or group in parentheses right after it, or after ``von der``/``von den``:
  ``Heil (SPD)``, ``Kollege Köhler von der FDP`` -> ``party:spd``, ``party:fdp``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.analysis.folding import fold_name as fold
from indexer.extraction.names import name_tokens

FEMALE, MALE = "f", "m"
_ADDRESS = {"frau": FEMALE, "herr": MALE, "herrn": MALE}
# what may stand between the address and the surname: titles, capitalised role nouns
_BETWEEN = re.compile(r"(?:Dr\.|Prof\.|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)")
# "(SPD)", "(Bündnis 90/Die Grünen)": a letter first (no ages), no sentence inside; or the
# group named after "von der"/"von den" ("Kollege Köhler von der FDP")
_PARTY = re.compile(
    r"[ \t]*\(([^\W\d_][^().,;:!?\n]{1,29})\)"
    r"|[ \t]+von de[rn] ((?:Bündnis 90/)?(?:Die )?[A-ZÄÖÜ][\w/-]*)"
)
PARTY = "party:"
# one party, several names (general knowledge: the parties of the Bundestag)
_PARTIES = {
    "die linke": "linke", "linken": "linke", "linkspartei": "linke",
    "bundnis 90/die grunen": "grune", "die grunen": "grune", "grunen": "grune",
    "union": "cdu/csu", "unionsfraktion": "cdu/csu", "sozialdemokraten": "spd",
    "liberalen": "fdp", "freien demokraten": "fdp",
}  # fmt: skip


_FRACTION = re.compile(r"-?(?:bundestags)?fraktion$|^fraktion (?:der |des )?")


def party_of(text: str) -> str:
    """The folded party a text names (``Bündnis 90/Die Grünen``, ``Grünen``: ``grune``; its
    parliamentary group too: ``SPD-Fraktion``, ``Fraktion Die Linke``)."""
    name = fold(" ".join(text.split()))
    name = _FRACTION.sub("", name) or name  # "SPD-Fraktion", "Fraktion Die Linke": the party
    return _PARTIES.get(name, name)


def _address(before: list[str]) -> str | None:
    """The gender the words before a surname give it (nearest address, two words between)."""
    for between, word in enumerate(reversed(before)):
        gender = _ADDRESS.get(word.lower())
        if gender:
            return gender
        if between >= 2 or not _BETWEEN.fullmatch(word):
            return None
    return None


def _apart(text: str, i: int) -> bool:
    """Tell whether the character at ``i`` (none outside the text) is neither ``\\w`` nor ``-``."""
    return not (0 <= i < len(text)) or not (text[i].isalnum() or text[i] in "_-")


def _surname_spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The mentions of ``names`` in ``text`` as whole words (no letter, digit, ``_`` or ``-``
    on either side), left to right without overlaps, the longest name first where several
    start: what ``re.finditer`` of their alternation finds, by ``str.find`` instead of a
    regex compiled for every release and tried at every character."""
    order = sorted(names, key=len, reverse=True)
    first: dict[int, int] = {}  # start -> the first name (in ``order``) found there
    for rank, name in enumerate(order):
        at = text.find(name)
        while at >= 0:
            if at not in first and _apart(text, at - 1) and _apart(text, at + len(name)):
                first[at] = rank
            at = text.find(name, at + 1)
    spans, end = [], 0
    for start in sorted(first):
        if start >= end:
            name = order[first[start]]
            end = start + len(name)
            spans.append((start, end, name))
    return spans


def mention_cues(text: str, persons: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Map each person value of a release to the cues its surname's mentions in ``text`` give
    (sorted; values without any left out). One pass over the text for all the surnames."""
    values: dict[str, list[str]] = {}
    for value in dict.fromkeys(persons):
        words = name_tokens(value or "")
        if words:
            values.setdefault(words[-1], []).append(value)
    if not values:
        return {}
    found: dict[str, set[str]] = {}
    for start, end, name in _surname_spans(text, list(values)):
        cues = found.setdefault(name, set())
        gender = _address(text[max(0, start - 60) : start].split()[-3:])
        if gender:
            cues.add(gender)
        party = _PARTY.match(text, end)
        if party:
            cues.add(PARTY + party_of(party.group(1) or party.group(2)))
    result: dict[str, tuple[str, ...]] = {}
    for surname, cues in found.items():
        if {FEMALE, MALE} <= cues:  # "Frau und Herr Heil": no gender to go by
            cues -= {FEMALE, MALE}
        for value in values[surname]:
            if cues:
                result[value] = tuple(sorted(cues))
    return dict(sorted(result.items()))
