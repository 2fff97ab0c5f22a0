"""Surnames listed after a plural title or a role: ``die Herren Keller, Trochu und Randot``,
``meinen Kollegen Dabrowski, Chmel und Hiller``, ``die Abgeordneten Stanzel und Roskošny``.

A role or title before a run of names makes the first a person (``persons``); the ones listed
after it by commas and ``und`` are persons of the same kind. Each must be a lone word that may
be a surname (no German word but a rare one or a known surname, no place), at least two of
them, the last after ``und`` or ``sowie`` (``Admiral Tagni, Präsident …`` is an apposition); a
firm's name listed so stays out (``der Architekten Gerkan, Marg und Partner``).
"""

from __future__ import annotations

from indexer.extraction.lexicon import ORG_AFTER, word_set
from indexer.extraction.lone_famous import famous_word
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_words import other_name, unknown_word
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place, surnames
from indexer.extraction.role_words import is_role

# plural titles and kinship words before a list of surnames
PLURAL_TITLES = frozenset(("Herren", "Damen", "Brüder", "Schwestern", "Eheleute", "Geschwister"))
_JOINS = frozenset((",", "und", "sowie"))
# words after a list that make it a firm's name ("Gerkan, Marg und Partner")
_FIRM_AFTER = ORG_AFTER | word_set("partner partners partnern söhne sons co brothers")


def _surname_like(word: str) -> bool:
    if is_place(word):
        return False
    known = word.lower() in surnames() and not other_name(word)
    return unknown_word(word) or famous_word(word) or listed_surname(word) or known


def _lead(word: str) -> bool:
    """Tell a plural title or a role noun (not a woman's singular in -in) before a list."""
    return word in PLURAL_TITLES or (is_role(word) and not word.endswith("in"))


def titled_lists(t: PersonText, found: list[PersonMention]) -> list[PersonMention]:
    """Return the surnames listed after a plural title or a role that ``found`` lacks."""
    words, name, n = t.words, t.name, len(t.words)
    covered = [(m.start, m.end) for m in found]
    extra = []
    for i in range(1, n):
        if not name[i] or not _lead(words[i - 1]):
            continue
        j, names = i, []
        while j < n and name[j] and not (j + 1 < n and name[j + 1]) and _surname_like(words[j]):
            names.append(j)
            j += 1
            if t.word(j) not in _JOINS or j + 1 >= n:
                break
            j += 1
        if len(names) < 2 or t.word(names[-1] - 1) not in ("und", "sowie"):
            continue  # "Admiral Tagni, Präsident": an apposition, no list
        if t.word(names[-1] + 1).lower() in _FIRM_AFTER or t.word(names[-1] + 2).lower() in (
            _FIRM_AFTER
        ):
            continue  # "Gerkan, Marg und Partner"
        for q in names:
            start, end = t.starts[q], t.ends[q]
            if not any(a < end and start < b for a, b in covered):
                extra.append(PersonMention(words[q], start, end, None, True))
    return extra
