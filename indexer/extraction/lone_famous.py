"""Surnames the world knows that are German words too, and the slots a lone one fills.

The word list (``indexer.text.wordlist``) holds the surnames people talk about at its floor
frequency (``Madonna``, ``Beck``, ``Schumacher``, ``Castro``), beside rare common nouns. A word
at that floor that English text uses as well (``worldly_name``), that the list holds as a
surname only (``listed_surname``) or that is a German surname of Faker's lists counts as a lone
surname at a sentence's start before a finite auxiliary, a modal or a verb of saying in the
singular (``Madonna hatte …``, ``Beck ist wieder in Mainz``) — not before any verb (``Diesel
verriet``, ``Lkw kracht``: nouns of that frequency stand there as often). Months, places and
common words (``Sommer``, ``Lange``, ``Kurz``: far above the floor) are none.

Other slots for a lone surname, read only in short texts as ``lone_names`` is:

- after ``laut`` (``laut Pfeiffer``), where a lone word that is no German word names the source
  of a statement — a person more often than a medium, a council or an agency, which are left
  out where their ending or the medium list shows them (``laut Fiskalrat``, ``laut
  Kathpress``); ``laut Moodys`` still passes;
- a genitive in ``-s`` of a surname whose last part the list holds (``nach Buurmanns
  Ausscheiden``: ``manns``), or one before a compound the list lacks whole (``Tarnowskis
  Budgetplanung``; ``lone_names`` asked for a listed noun before).
"""

from __future__ import annotations

from functools import lru_cache

from indexer.analysis.morphology import compound_parts
from indexer.extraction.lexicon import NOT_FIRST
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_speakers import human_predicate
from indexer.extraction.lone_words import FINITE, NAME_HEADS, RARE_FIRST, unknown_word, worldly_name
from indexer.extraction.person_guards import is_medium
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place, surnames
from indexer.text.wordlist import frequency, is_word

_NAME_HEADS = tuple(sorted(NAME_HEADS))


@lru_cache(maxsize=65536)
def famous_word(word: str) -> bool:
    """Tell a German word at the list's floor that is a known surname (``Beck``, ``Madonna``,
    ``Merkel``): used in English too, listed as a surname, or in Faker's German surnames."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].isalpha() or not word[1:].islower():
        return False
    if frequency(word) > RARE_FIRST or word.lower() in NOT_FIRST or is_place(word):
        return False  # "Lange", "Kurz", "Sommer": common words; "August": a month
    return worldly_name(word) or listed_surname(word) or word.lower() in surnames()


def famous_subject(t: PersonText, a: int) -> bool:
    """Tell ``Madonna hatte …``: a famous word opening a sentence (``a``) before a finite
    auxiliary or modal, or a verb of saying."""
    return famous_word(t.words[a]) and (t.word(a + 1) in FINITE or human_predicate(t, a + 1))


def according_to(t: PersonText, a: int, k: int) -> bool:
    """Tell ``laut Pfeiffer``: ``laut`` before the lone word ``a:k`` that no capitalised word
    follows, no medium (``laut Ekathimerini``) and no council or agency by its ending
    (``laut Fiskalrat``, ``laut Kathpress``)."""
    word, after = t.words[a], t.word(k)
    if t.word(a - 1) != "laut" or after[:1].isupper() or k != a + 1:
        return False
    return not is_medium(word) and not word.lower().endswith(_BODY_ENDINGS)


# endings of councils, offices and agencies the word list lacks as compounds ("Fiskalrat")
_BODY_ENDINGS = ("rat", "amt", "press", "agentur")


def genitive_stem(word: str) -> bool:
    """Tell ``Buurmanns``: no German word, and its stem a surname that is none either
    (``unknown_word``) and ends in a part that mostly ends surnames (``mann``), which the word
    list holds in the genitive (``manns``) and so hides the name."""
    stem = word[:-1]
    return (
        word.endswith("s")
        and not is_word(word.lower())
        and stem.lower().endswith(_NAME_HEADS)
        and unknown_word(stem)
    )


def compound_noun_word(noun: str) -> bool:
    """Tell a compound of German words the word list lacks whole (``Parteikollegen``)."""
    return bool(compound_parts(noun))
