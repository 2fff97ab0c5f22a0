"""Surnames that the German word list holds as words: ``Merkel``, ``Hitler``, ``Berlusconi``.

The word list (``indexer.text.wordlist``) is read from subtitles and holds the surnames people
talk about (``merkel``, ``obama``, ``stalin``) at its floor frequency, beside rare common nouns
(``walzer``, ``dialog``, ``lob``). A noun shows itself by its plural or dative forms in the list
(``walzern``, ``dialoge``, ``lobe``, ``stürme``); a surname has none, at most a genitive in
``-s`` (``merkels``, ``hitlers``). Such a word counts as a lone surname in the frames of
``lone_names`` that take an unknown word — a main clause's subject (``Beck ist wieder …``,
``verfolgte Hitler die …``) or a subordinate clause's — only in the short texts those frames
read at all.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from indexer.analysis.morphology import compound_parts
from indexer.extraction.lexicon import NOT_FIRST, STOPWORDS, word_set
from indexer.extraction.lone_words import (
    NAME_HEADS,
    NOUN_SUFFIXES,
    RARE_FIRST,
    adjective,
    english_word,
    other_name,
    worldly_name,
)
from indexer.extraction.places import is_place, surnames
from indexer.text.wordlist import frequencies

# endings that make a plural or a dative plural of a noun ("dialoge", "walzern", "bronzen")
_PLURALS = ("e", "en", "n", "er", "ern", "es", "nen")
# endings of adjectives and adverbs, which are no surname ("Dringlich", "Einig")
_ADJECTIVE_ENDINGS = ("isch", "lich", "ig", "bar", "sam", "haft", "los", "weise")
# endings of German nouns (and of verbs used as nouns), which a surname that English text does
# not know as well (``worldly_name``) must not have
# ("us": Latin nouns, "Petrus" in "dass Petrus gute Laune hat")
_NOUN_ENDINGS = tuple(
    sorted(
        word_set(
            "en ie ur nis um ion ik ment ens at ant ent ist eur är ei ee ät "
            "tum ling chen lein land ung ost ismus enz anz tur ieren eln ern us"
        )
    )
)
_UMLAUT = str.maketrans("aouAOU", "äöüÄÖÜ")


@lru_cache(maxsize=65536)
def listed_surname(word: str) -> bool:
    """Tell a capitalised word that the word list holds, but only at its floor and with no
    plural or umlaut form (``Merkel``, ``Obama``; not ``Walzer``: ``walzern``; not ``Sturm``:
    ``stürme``), no compound, no common English word, month, place or organisation."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].isalpha() or not word[1:].islower():
        return False
    words, low = frequencies(), word.lower()
    if not 0 < words.get(low, 0) <= RARE_FIRST or low in STOPWORDS or low in NOT_FIRST:
        return False  # "Schwarz", "Anders": common words; "August": a month
    if low.endswith("s") and low[:-1] in words:
        return False  # "Hotspots": a plural
    if any(low + ending in words for ending in _PLURALS) or _umlaut_plural(low, words):
        return False  # "walzern", "dialoge", "stürme": a noun
    if low.endswith(NOUN_SUFFIXES + _ADJECTIVE_ENDINGS) or english_word(word):
        return False  # "Holocaust" is caught here only when English text uses it as often
    if compound_parts(word) or _inflected(low, words):
        return False  # "Angaben", "Demonstranten", "Bühnen": a form of a listed noun
    if _compound_head(low) or _compound_tail(low, words):
        return False  # "Thema" ("hauptthema"), "Nachholbedarf" ("bedarf"): nouns
    if not worldly_name(word) and (low.endswith(_NOUN_ENDINGS) or low + "s" not in words):
        return False  # "Literatur", "Zukunft", "Murks": nouns; "merkels" is listed
    return not other_name(word)


def _inflected(low: str, words: dict[str, int]) -> bool:
    """Tell a plural or declined form of a listed word (``angaben``, ``kindern``, ``athleten``)."""
    for ending in ("e", "en", "n", "er", "ern", "s", "es", "em"):
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3 and stem in words:
            return True
    return False


def _compound_tail(low: str, words: dict[str, int]) -> bool:
    """Tell ``nachholbedarf``: a listed word of four letters or more after three or more, not
    a part that mostly ends surnames (``beckenbauer``)."""
    return any(low[cut:] in words and low[cut:] not in NAME_HEADS for cut in range(3, len(low) - 3))


@lru_cache(maxsize=1)
def _reversed_words() -> list[str]:
    """Return the listed words spelled backwards, sorted: to find the words ending in one."""
    return sorted(w[::-1] for w in frequencies())


def load_tables() -> None:
    """Build this module's word table now (``tables.load``; later calls cost nothing)."""
    _reversed_words()


def _compound_head(low: str) -> bool:
    """Tell whether another listed word ends in ``low`` after three letters or more: the head
    of a compound (``hauptthema``, ``firmenlogo``); surnames seldom are (``merkel``)."""
    back, words = low[::-1], _reversed_words()
    i = bisect_left(words, back)
    for other in words[i : i + 50]:
        if not other.startswith(back):
            break
        if len(other) >= len(back) + 3:
            return True
    return False


def _umlaut_plural(low: str, words: dict[str, int]) -> bool:
    """Tell ``stürme``, ``schätze``: the last vowel umlauted and ``e`` or ``er`` added."""
    for i in range(len(low) - 1, -1, -1):
        if low[i] in "aou":
            if i > 0 and low[i - 1] == "a" and low[i] == "u":
                i -= 1  # "baum" -> "bäume"
            bent = low[:i] + low[i].translate(_UMLAUT) + low[i + 1 :]
            return any(bent + ending in words for ending in ("e", "er", "en"))
    return False


def surname_word(word: str) -> bool:
    """Tell a surname that is a German word too (``Kaiser``, ``Fischer``) or one the word list
    holds (``Obama``): before an interview's colon it is the speaker."""
    return listed_surname(word) or (word.lower() in surnames() and not is_place(word))


def listed_genitive(word: str) -> bool:
    """Tell the genitive of a surname the word list holds (``Luthers``, ``Merkels``)."""
    return word.endswith("s") and listed_surname(word[:-1])


def opens_name(before: str) -> bool:
    """Tell a word before a genitive name that leaves it one: no number, quantifier or
    adjective (``zwei Flacons``, ``einige Blogs``, ``gute Kitas`` are plurals)."""
    low = before.lower()
    return not (before.isdigit() or low in _QUANTIFIERS or (low.endswith("e") and adjective(low)))


_QUANTIFIERS = word_set("zwei drei vier fünf zehn einige viele mehrere manche alle beide wenige")
# verbs of meaning, after which a listed word is a noun ("heißt Respekt vor anderen")
COPULAS = frozenset(("heißt", "hieß", "bedeutet", "bedeutete"))
