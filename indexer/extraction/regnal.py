"""Rulers' and popes' ordinal numbers as part of their names (``Heinrich III.``, ``Ludwig XIV.``).

A monarch or pope is named by a first name and a Roman ordinal with its full stop (``Papst
Benedikt XVI.``, ``Kaiser Wilhelm II.``), often with a ``von`` and a realm or seat after it
(``Friedrich II. von Preußen``, ``Ottos II. von Neumarkt``). The name runs stop at the first name,
and alone a first name is no person; with the ordinal it is one. The whole is the person, as
GermEval marks it. A one-letter ordinal (``I.``, ``V.``, ``X.``) may be an initial
(``Peter V. Müller``): it counts only when no capitalised word other than ``von`` follows.
"""

from __future__ import annotations

import re

from indexer.extraction.names import is_first_name
from indexer.extraction.person_mention import PersonMention

_ORDINAL = re.compile(
    r"(?<![\w.])([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,2}) (X{0,3}(?:IX|IV|V?I{1,3}|V|X))\.(?!\w)"
)
_SEAT = re.compile(r" (?:von|zu) [A-ZÄÖÜ][\w-]+")
_AFTER = re.compile(r"\s*(\S*)")


def _given(word: str) -> bool:
    return is_first_name(word) or (word.endswith("s") and is_first_name(word[:-1]))


def _first_names(words: list[str]) -> int:
    """Return how many of ``words``, counted from the end, are first names (``Johannes Paul``)."""
    count = 0
    for word in reversed(words):
        if not _given(word) or (count and word.endswith("s") and not is_first_name(word)):
            break
        count += 1
    return count


def with_ordinals(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Return ``found`` with each ruler's ordinal joined to the name before it, and rulers no
    rule found added (``Ludwig XIV. ließ …``)."""
    if "I." not in text and "V." not in text and "X." not in text:
        return found
    by_end = {m.end: m for m in found}
    added, replaced = [], {}
    for match in _ORDINAL.finditer(text):
        numeral, end = match.group(2), match.end()
        after = _AFTER.match(text, end).group(1)
        if seat := _SEAT.match(text, end):
            end = seat.end()
            after = _AFTER.match(text, end).group(1)
        elif len(numeral) == 1 and after[:1].isupper():
            continue  # "Peter V. Müller": an initial
        words = match.group(1).split(" ")
        name_end = match.end(1)
        if (m := by_end.get(name_end)) is not None:
            if m.start >= match.start(1) or _first_names(words):
                name = text[m.start : end].replace(text[m.start : name_end], m.name, 1)
                replaced[id(m)] = PersonMention(name, m.start, end, m.role, False)
            continue
        count = _first_names(words)
        if not count or any(m.start < end and match.start(1) < m.end for m in found):
            continue
        start = name_end - len(" ".join(words[-count:]))
        shown = text[start:end]
        if words[-1].endswith("s") and not is_first_name(words[-1]):
            shown = shown.replace(words[-1] + " ", words[-1][:-1] + " ", 1)  # "Ottos II."
        added.append(PersonMention(shown, start, end, None, False))
    if not added and not replaced:
        return found
    return sorted([replaced.get(id(m), m) for m in found] + added, key=lambda m: m.start)
