"""English names of bodies read on past a person's name or a head (``english_names``).

A person's name before English words that end in a head names the body, not the person
(``Max Planck Research School``, as ``Howard Hughes Medical Institute``), and an English head
goes on over ``of`` and the capitalised foreign words after it (``Graduate School of Neural and
Behavioral Sciences``), as ``Institute of Technology`` does after the German heads.
"""

from __future__ import annotations

from typing import Protocol

from indexer.extraction.english_heads import HEADS_AFTER_NAMES
from indexer.extraction.lexicon import TITLES, word_set
from indexer.extraction.names import is_first_name
from indexer.extraction.org_acronyms import foreign_word
from indexer.extraction.places import is_place
from indexer.extraction.role_words import is_role

# English heads of bodies named after persons, with words between ("… Research School")
_HEADS = HEADS_AFTER_NAMES | word_set("school laboratory laboratories")
# heads that take "of" and a field or a place ("School of …", "Academy of …")
_OF_HEADS = word_set(
    "school institute academy college university society council federation association "
    "laboratory centre center museum"
)
_LINKS = frozenset(("and", "&"))
_MAX_TAIL = 8


class _Words(Protocol):
    def word(self, j: int) -> str: ...


def body_after(t: _Words, k: int) -> bool:
    """Tell whether one or two capitalised English words and a head follow a name ending before
    ``k`` (``Max Planck Research School``): the run names a body."""
    for j in (k, k + 1):
        word = t.word(j)
        if not (word[:1].isupper() and foreign_word(word)) or is_first_name(word):
            return False
        if t.word(j + 1).lower() in _HEADS:
            return True
    return False


def of_tail(texts: list[str], k: int) -> int:
    """Return the index after the English complement of the head at ``k`` (``School of
    Neural and Behavioral Sciences``), or ``k + 1`` when there is none."""
    if texts[k].lower() not in _OF_HEADS or k + 2 >= len(texts) or texts[k + 1] != "of":
        return k + 1
    j, last = k + 2, k + 1
    while j < len(texts) and j - k <= _MAX_TAIL:
        word = texts[j]
        if is_role(word) or word.lower() in TITLES:
            break  # "… of Music Professor Smith": a person follows
        if word[:1].isupper() and word[1:].islower():
            if foreign_word(word) or is_place(word):
                last = j + 1  # it ends in an English word or a place ("… Polar Sciences")
        elif word not in _LINKS or not texts[j - 1][:1].isupper():
            break
        j += 1
    return last if last > k + 1 else k + 1
