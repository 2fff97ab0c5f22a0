"""Role and title nouns, occupations and kinds of firms, told by their endings.

``is_role`` finds ``Landrat``, ``Staatssekretärin``, ``Vorsitzenden`` by a stem of the role
lexicon and an ending (by suffix lookups for plain words, as the regex ``_ROLE`` would);
``is_descriptor`` tells an occupation (``Musiker``) from a title, and ``is_firm_kind`` a noun
after which a firm's or club's name follows (``Internetdienstleister``, ``Verlag``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.lexicon import (
    DESCRIPTORS,
    FIRM_KINDS,
    FIRM_WORDS,
    ROLE_STEMS,
    ROLE_STEMS_MORE,
    ROLE_TAILS,
)

_ROLE = re.compile(
    "(?:"
    + "|".join(
        [
            *sorted(ROLE_STEMS | ROLE_STEMS_MORE),
            *(rf"\w{w}" for w in sorted(ROLE_TAILS)),
        ]
    )
    + ")"
    r"(?:e|in|innen|en|n|r|s|e)?$",
    re.IGNORECASE,
)


_DESCRIPTOR = re.compile(
    "(?:" + "|".join(sorted(DESCRIPTORS)) + r")(?:e|in|innen|en|n|r|s)?$", re.I
)


_FIRM_KIND = re.compile(r"\w{3}(?:" + "|".join(sorted(FIRM_KINDS)) + ")(?:s|e|en|n)?$", re.I)


def is_firm_kind(word: str) -> bool:
    """Tell a noun naming a kind of firm or club (``Internetdienstleister``, ``Verlag``,
    ``FC``): the run after it is the firm's or club's name."""
    return word.lower() in FIRM_WORDS or _FIRM_KIND.search(word) is not None


def is_descriptor(role: str) -> bool:
    """Tell an occupation (``Musiker``, ``Weltmeisterin``) from a title: after it a lone word
    is a surname only when the person speaks."""
    return _DESCRIPTOR.search(role) is not None


@lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """Tell whether ``word`` is a role or title noun (``Landrat``, ``Staatssekretärin``)."""
    if not word[:1].isupper():
        return False
    if _PLAIN_LETTERS.fullmatch(word):  # what ``_ROLE`` finds, by suffix lookups
        return _role_ending(word.lower())
    return _ROLE.search(word) is not None


# ``_ROLE`` as sets: for these letters, lowercasing agrees with the regex's IGNORECASE
_PLAIN_LETTERS = re.compile(r"[A-Za-zÄÖÜäöüß-]+")
_ROLE_WORDS = frozenset(ROLE_STEMS | ROLE_STEMS_MORE)
_ROLE_TAIL_WORDS = frozenset(ROLE_TAILS)  # after at least one letter
_ROLE_ENDINGS = ("", "e", "in", "innen", "en", "n", "r", "s")


def _sizes_by_tail(words: frozenset[str]) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The lengths of the words shorter than three letters, and of the others by their last
    three letters: a stem is compared only with the words it may end in (most end in none)."""
    short = tuple(sorted({len(w) for w in words if len(w) < 3}))
    by_tail: dict[str, set[int]] = {}
    for w in words:
        if len(w) >= 3:
            by_tail.setdefault(w[-3:], set()).add(len(w))
    return short, {tail: tuple(sorted(sizes)) for tail, sizes in by_tail.items()}


_ROLE_SHORT, _ROLE_BY_TAIL = _sizes_by_tail(_ROLE_WORDS)
_ROLE_TAIL_SHORT, _ROLE_TAIL_BY_TAIL = _sizes_by_tail(_ROLE_TAIL_WORDS)


def _role_ending(low: str) -> bool:
    """Tell whether ``low`` ends in a role stem and one of the endings ``_ROLE`` allows."""
    for ending in _ROLE_ENDINGS:
        if not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        size = len(stem)
        sizes = _ROLE_BY_TAIL.get(stem[-3:], ())
        if any(stem[size - n :] in _ROLE_WORDS for n in (*_ROLE_SHORT, *sizes) if n <= size):
            return True
        sizes = (*_ROLE_TAIL_SHORT, *_ROLE_TAIL_BY_TAIL.get(stem[-3:], ()))
        if any(
            stem[size - n :] in _ROLE_TAIL_WORDS and stem[size - n - 1] != "-"
            for n in sizes
            if n < size
        ):
            return True
    return False
