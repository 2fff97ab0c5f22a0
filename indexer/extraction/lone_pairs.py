"""Two lone surnames joined by ``und`` that their sentence frames as its plural subject.

News names two people by surname alone as the subject of one clause (``Berger und Fink müssen
zahlen``, ``Moser und Lindner gehen davon aus``, ``konnten sich Huber und Koch nicht
einigen``). A single lone surname needs a singular verb after it (``lone_names``); the pair needs
a plural one, or a finite verb before it. Each word must be one a lone surname may be (no German
word, place, organisation or first name: ``unknown_word``) or a surname the word list holds
(``listed_surname``: ``Fink``, ``Koch``), and at least one of the two no German word at all,
so that two nouns of the list (``Bund und Länder``) never pass.
"""

from __future__ import annotations

from collections.abc import Callable

from indexer.extraction.lexicon import word_set
from indexer.extraction.lone_famous import famous_word
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_words import FINITE, english_word, other_name, unknown_word
from indexer.extraction.person_text import PersonText
from indexer.text.wordlist import is_word

# plural finite forms that do not end in -en, or end in -en but are no infinitive
_PLURAL = word_set(
    "sind waren haben hatten werden wurden müssen mussten können konnten wollen wollten "
    "sollen sollten dürfen durften gelten galten seien hätten wären würden"
)


# what two firms do together ("Autonetzer und Drivy fusionieren", "Arval und Relsa gründen …")
_FIRM_VERBS = frozenset(
    ("fusionieren", "gründen", "kooperieren", "expandieren", "investieren", "erwerben", "bündeln")
)


def _surname(word: str) -> bool:
    """Tell a word a lone surname may be (``Lindner``), or a surname the list holds (``Fink``)."""
    return unknown_word(word) or listed_surname(word) or famous_word(word)


def _loose(word: str) -> bool:
    """Tell a word shaped like a compound noun that no list knows (``Hollande``, ``Blatter``):
    beside a surname in the frame, a surname too."""
    low = word.lower()
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    return not (is_word(low) or english_word(word) or other_name(word) or low.endswith(_PLURALS))


def _plural_verb(word: str) -> bool:
    """Tell a lowercase finite plural (``müssen``, ``gehen``, ``waren``, ``kürten``)."""
    if word in _PLURAL:
        return True
    return word.islower() and word.endswith("en") and len(word) >= 4 and is_word(word)


# endings of plural nouns and of people's nouns: "Schulleiterinnen", "Vertretungen"
_PLURALS = ("innen", "ungen", "heiten", "keiten", "schaften", "nisse", "ler", "eure", "isten")


def _verb_before(t: PersonText, a: int) -> bool:
    """Tell a finite verb before ``a``, ``sich`` between them (``konnten sich``)."""
    before = t.word(a - 1)
    if before == "sich":
        before = t.word(a - 2)
    return before in _PLURAL or before in FINITE


def surname_pairs(t: PersonText, opens: Callable[[PersonText, int], bool]) -> list[tuple[int, int]]:
    """Return the token spans of both surnames of each framed pair ``X und Y`` in ``t``:
    opening a sentence (``opens(t, i)``) before a plural verb, or after a finite verb before a
    lowercase word or a mark."""
    words, name, n = t.words, t.name, len(t.words)
    found = []
    for a in range(n - 3):
        if words[a + 1] != "und" or not (name[a] and name[a + 2]):
            continue
        if (a and name[a - 1]) or (a + 3 < n and name[a + 3]):
            continue  # a longer run: first names, firms ("Müller und Partner GmbH")
        first, second, after = words[a], words[a + 2], t.word(a + 3)
        one, two = _surname(first), _surname(second)
        if not ((one and (two or _loose(second))) or (two and _loose(first))):
            continue
        if is_word(first.lower()) and is_word(second.lower()):
            continue  # both in the word list: two nouns as often as two surnames
        start = opens(t, a) and _plural_verb(after) and after not in _FIRM_VERBS
        middle = _verb_before(t, a) and after.islower()  # not "Schwerpunkte waren X und Y."
        if start or middle:
            found += [(a, a + 1), (a + 2, a + 3)]
    return found
