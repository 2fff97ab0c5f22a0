"""A surname the word list holds, opening a sentence before a verb in the past tense.

The German word list holds the surnames the news talks about (``Merkel``, ``Putin``, ``Goethe``)
at its floor (``lone_known.listed_surname``). At a sentence's start such a word stands as often
for a noun as for a person before a verb in the present (``Pentagon legt …``, ``Java gehört …``),
so ``lone_names`` takes it there only before a verb of saying or an auxiliary. Before a past
tense of a verb (``Merkel zeigte sich …``, ``Brenninger versuchte es``, ``Kästner freute sich``,
``Hallbauer fand keine Worte``) it is a person: a narrative past is told of people.
"""

from __future__ import annotations

from collections.abc import Callable

from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_words import STRONG_PAST, singular_verb
from indexer.extraction.person_text import PersonText


def _past(word: str) -> bool:
    """Tell a finite verb in the past, third person singular (``zeigte``, ``fand``)."""
    return word.islower() and ((word.endswith("te") and singular_verb(word)) or word in STRONG_PAST)


def past_subjects(t: PersonText, opens: Callable[[PersonText, int], bool]) -> list[tuple[int, int]]:
    """Return the token spans of listed surnames opening a sentence (``opens(t, i)``) before a
    verb in the past."""
    words, name, n = t.words, t.name, len(t.words)
    found = []
    for a in range(n - 1):
        if not name[a] or (a + 1 < n and name[a + 1]) or (a and name[a - 1]):
            continue
        if _past(words[a + 1]) and listed_surname(words[a]) and opens(t, a):
            found.append((a, a + 1))
    return found
