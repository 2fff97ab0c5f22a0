"""Unknown first names in a list of persons: ``Ina Roth, Madlen Kurz und Ole Brandt``.

A run of two name words whose first word is no known first name waits for evidence
(``persons``). Standing in a list beside a person found in full, joined to it by a comma, ``und``
or ``sowie``, it is a person of the same kind: lists of candidates, board members and prize
winners name persons one after another. ``persons`` passes only runs whose first word may be a
given name (short, no hyphen, no German word); the last word must be no place (``Ina Roth,
Bad Kissingen und …`` is no person).
"""

from __future__ import annotations

from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place

_JOINS = frozenset((",", "und", "sowie"))


def listed_firsts(
    t: PersonText, pending: list[tuple[str, int, int]], found: list[PersonMention]
) -> set[str]:
    """Return the first names of ``pending`` two-word runs listed beside a person of ``found``."""
    full = [m for m in found if not m.surname_only]
    if not pending or not full:
        return set()
    ends = {m.end for m in full}
    starts = {m.start for m in full}
    firsts: set[str] = set()
    for first, a, k in pending:
        if k != a + 2 or is_place(t.words[a + 1]):
            continue
        before = a >= 2 and t.word(a - 1) in _JOINS and t.ends[a - 2] in ends
        after = k + 1 < len(t.words) and t.word(k) in _JOINS and t.starts[k + 1] in starts
        if before or after:
            firsts.add(first)
    return firsts
