"""Words that may be part of a person's name, and words and phrases that may not.

A name word is capitalised and neither a role, a title, an organisation's head noun, an adverb
made of a participle (``Abschließend``) nor a word with a common noun's ending (``Verwaltung``,
found by suffix lookups as the regex ``_NOT_NAME_SUFFIX`` would): ``is_name_word``, looked up
once per token by ``person_text.PersonText``. ``common_word`` and ``long_compound`` tell German
words from surnames, ``english_phrase`` an English title or term (``Dark Side``) from a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.lexicon import (
    ENGLISH_GIVEN,
    FIRM_KINDS,
    NOT_NAME,
    NOT_NAME_ENDINGS,
    NOT_NAME_FORMS,
    NOT_NAME_MORE,
    NOT_NAME_PLURALS,
    NOT_NAME_TAILS,
    NOT_NAME_WORDS,
    PORTFOLIOS,
    TITLES,
)
from indexer.extraction.names import fold, is_first_name
from indexer.extraction.org_heads import is_org_word
from indexer.extraction.places import surnames
from indexer.extraction.role_words import is_role
from indexer.text.wordlist import english_frequencies, is_word

_NOT_NAME_SUFFIX = re.compile(
    "(?:" + "|".join(sorted(NOT_NAME_ENDINGS)) + r"|\w{4}ung)$|^(?:gmbh|ag|kg|ev)$"
    r"|\w{3}(?:" + "|".join(sorted(NOT_NAME_TAILS | FIRM_KINDS)) + ")$"
    r"|\w{2}(?:" + "|".join(sorted(NOT_NAME_PLURALS)) + ")$"
    r"|(?:" + "|".join(sorted(NOT_NAME_FORMS)) + ")$",
    re.IGNORECASE,
)


# an Arabic article or kinship word joined to a name ("Baschar al-Assad", "Abu Bakr al-Baghdadi")
JOINED_ARTICLE = re.compile(r"(?:al|el|as|ad|ar|asch|ash|bin|ibn)-[A-ZÄÖÜ][a-zäöüß]{2,}")
# a present participle used as an adverb ("Abschließend betonte sie", "Ergänzend", "Entsprechendes")
_PARTICIPLE = re.compile(r"\w{4,}[^aeiouäöü]end(?:e|es|er|en|em)?")


def _participle(word: str) -> bool:
    low = word.lower()
    return _PARTICIPLE.fullmatch(low) is not None and is_word(low) and low not in surnames()


def long_compound(word: str) -> bool:
    """Tell a compound of two German words with a long second one (``Präsidentenpalast``)."""
    low = word.lower()
    return any(
        (is_word(low[:i]) or (low[i - 1] in "sn" and is_word(low[: i - 1]))) and is_word(low[i:])
        for i in range(4, len(low) - 4)
    )


def common_word(word: str) -> bool:
    """Tell a German word that is neither a known surname nor a first name (``Nacht``)."""
    low = word.lower()
    return is_word(low) and low not in surnames() and not is_first_name(word)


# an English word this frequent opens a phrase, not a name ("Dark Side", "Breaking Bad"); the
# commonest given names stay below it (John 6,920, Jack 13,356 in that table)
ENGLISH_OPENER = 20_000
ENGLISH_WORD = 1_000  # a later word of the phrase: a common English word ("Peer Review")


def english_phrase(words: list[str]) -> bool:
    """Tell an English title, term or brand (``Dark Side``, ``Funny Games``, ``Early Access``)
    from a name (``Tim Cook``, ``Will Smith``): every word a common English word, the first a
    very common one that is no given name or title, the last no known surname."""
    if len(words) < 2:
        return False
    table = english_frequencies()
    first, last = words[0].lower(), words[-1].lower()
    return (
        table.get(first, 0) >= ENGLISH_OPENER
        and first not in ENGLISH_GIVEN
        and last not in surnames()
        and all(_english_later(w, table) for w in words[1:])
    )


def _english_later(word: str, table: dict[str, int]) -> bool:
    """A later word of an English phrase: common in English, and no given name that is rarer as
    a word (``Side`` may follow, ``Mary`` in ``Praise Mary Ella Simmons`` may not)."""
    count = table.get(word.lower(), 0)
    return count >= ENGLISH_WORD and (count >= ENGLISH_OPENER or not is_first_name(word))


@lru_cache(maxsize=131072)
def is_name_word(word: str) -> bool:
    """Tell whether a capitalised ``word`` may be part of a name (no role, head noun, ``Die``)."""
    if JOINED_ARTICLE.fullmatch(word):
        return True
    if not word[:1].isupper() or word.isupper() or word[-1].isupper() or word[-1] == "-":
        return False  # "NRW", "StGB", "Zoo- und …", and every mark or number
    low = word.lower()
    return not (
        low in NOT_NAME
        or low in NOT_NAME_WORDS
        or low in NOT_NAME_MORE
        or _participle(word)
        or low in PORTFOLIOS
        or fold(word) in TITLES
        or is_role(word)
        or is_org_word(word)
        or (_not_name_suffix(low) and not is_first_name(word))
    )


_LOWER_LETTERS = re.compile(r"[a-zäöüß-]+")
_NOT_NAME_ENDS = tuple(sorted(NOT_NAME_ENDINGS | NOT_NAME_FORMS))
_NOT_NAME_WHOLE = frozenset(("gmbh", "ag", "kg", "ev"))
# endings after at least so many letters: ``\w{4}ung``, ``\w{3}(?:stelle|…)``, ``\w{2}(?:ungen|…)``
_NOT_NAME_AFTER = (
    (("ung",), 4),
    (tuple(sorted(NOT_NAME_TAILS | FIRM_KINDS)), 3),
    (tuple(sorted(NOT_NAME_PLURALS)), 2),
)


def _not_name_suffix(low: str) -> bool:
    """``_NOT_NAME_SUFFIX.search(low)``, by ``endswith`` for a word of plain lowercase letters."""
    if not _LOWER_LETTERS.fullmatch(low):
        return _NOT_NAME_SUFFIX.search(low) is not None
    if low.endswith(_NOT_NAME_ENDS) or low in _NOT_NAME_WHOLE:
        return True
    for ends, letters in _NOT_NAME_AFTER:
        if low.endswith(ends):
            for end in ends:
                start = len(low) - len(end) - letters
                if low.endswith(end) and start >= 0 and "-" not in low[start : start + letters]:
                    return True
    return False
