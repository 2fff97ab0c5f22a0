"""Word tests on a run of name words that ``persons`` judges: what makes it no person's name.

A noun of works before a title (``der Roman Jakob von Gunten``), the first word of a club
(``Werder Bremen``), a declined adjective (``Ständiger Vertreter``, ``Schwäbisch Gmünd``), a
storm's name after its genitive noun (``des Orkans Sabine``), and a last word that the text shows
to be no part of the name (``Dr. Stegner Interviews`` beside ``Ralf Stegner``).
"""

from __future__ import annotations

import re

from indexer.extraction.genitives import ends_of
from indexer.extraction.lexicon import WORK_NOUNS, word_set
from indexer.extraction.name_words import JOINED_ARTICLE
from indexer.extraction.names import is_first_name
from indexer.extraction.person_text import PersonText
from indexer.text.wordlist import is_word


def work_noun(word: str, before: str = "") -> bool:
    """Tell a noun of works (``Film``); one that is a given name too (``Roman``) only after an
    article or a possessive (``den Roman``, ``seinen Roman``)."""
    if word.lower() not in WORK_NOUNS:
        return False
    low = before.lower()
    return not is_first_name(word) or (low in _DETERMINERS or low.startswith(_POSSESSIVES))


_DETERMINERS = word_set("der die das den dem des ein eine einen einem einer eines diesen dieser")
_POSSESSIVES = ("sein", "ihr", "mein", "dein", "unser", "euer", "eur")


def club_word(word: str) -> bool:
    """Tell the first word of a club or a noun before a place (``Werder``, ``EM-Gegnern``): a
    German word or compound, no first name (``Enner Valencia`` is a person)."""
    return (is_word(word) or "-" in word) and not is_first_name(word)


def tail_is_no_name(t: PersonText, names: list[int]) -> bool:
    """Tell whether the last word of a run is no part of the name: the word before it is no
    first name and the text names it elsewhere with no capitalised word after it (``Dr. Stegner
    Interviews`` beside ``Ralf Stegner``, ``Patrick Cramer Antwort`` beside ``Cramer``)."""
    if len(names) < 2 or not (t.name[names[-2]] and t.name[names[-1]]):
        return False  # "Olaf in der Beek": particles are the name's
    gap = t.text[t.ends[names[-2]] : t.starts[names[-1]]]
    if not gap or not gap.isspace():
        return False  # "Gräfin von Westphal", "Kayk?n": not two words side by side
    if is_first_name(t.words[names[-2]]) or is_first_name(t.words[names[-1]]):
        return False
    if JOINED_ARTICLE.fullmatch(t.words[names[-1]]):
        return False  # "Abu Bakr al-Baghdadi": the article belongs to the surname
    text, last, tail = t.text, t.words[names[-2]], t.words[names[-1]]
    # the word before the tail, followed by no capitalised word ("sagte Cramer.", "Cramer hat")
    for end in ends_of(text, last):
        after = text[end : end + 1]
        followed = after.isspace() and text[end : end + 40].lstrip()[:1].isupper()
        if after != "?" and not followed:
            break
    else:
        return False
    # two words of which the first is no known first name: the second must occur nowhere else
    # ("Zülfiye Kaykın" beside "Zülfiye Kayk?n" and "Kaykın" stays whole)
    return len(names) >= 3 or len(ends_of(text, tail)) == 1


def storm_name(first: str, second: str) -> bool:
    """Tell ``Orkans Sabine`` (a genitive noun, then a first name) from ``Jens Peters``."""
    return first.endswith("s") and is_first_name(second) and not is_first_name(first)


# a declined adjective ("Ständiger", "Künftigen", "Persönlicher", "Internationale"), not "Geiger"
_DECLINED = re.compile(r"[^aeiouäöü]ig(?:e|er|en)$|.{3}lich(?:e|er|en)$|.{4}al(?:e|es|er|en)$")


def declined_adjective(word: str) -> bool:
    """Tell a declined adjective (``Ständiger``) from a first name of that shape (``Rüdiger``)."""
    return _DECLINED.search(word) is not None and not is_first_name(word)


ISCH_ADJECTIVE = re.compile(r"\w{4,}isch(?:e|er|es|en|em)?", re.IGNORECASE)
