"""English given names that are German words too (``Bill``, ``Mark``, ``Will``), kept honest.

``names.WORD_FIRST_NAMES`` lists them because the news names ``Bill Gates``, ``Mark Zuckerberg``
and ``Will Smith`` daily, and Faker's English lists lose them to the German word list. As words
they stand before nouns too: ``zehn Mark Strafe``, ``500 Mark Miete``. A person these words open
needs a surname after them that is no common German word (``Gates``, ``Clinton``, ``Sterling``),
no number before them (a currency) and, for ``Mark``, no article or preposition of place
(``die Mark Brandenburg``, ``aus Mark Quellbrück``: a region); ``die`` before another such name
is a relative pronoun (``Fotos, die Fidel Castro zeigen``).
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import PARTICLES
from indexer.extraction.lone_words import DETERMINERS, RARE
from indexer.extraction.names import WORD_FIRST_NAMES
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.places import surnames
from indexer.text.wordlist import frequency

# prepositions before a region: "der Honig aus Mark Quellbrück"
_PLACE_BEFORE = frozenset(("aus", "in", "im", "nach", "durch"))
_NUMBER_BEFORE = re.compile(r"(?:\d|zehn|zig|hundert|tausend|zwanzig|drei|vier|fünf|sechs)\W*$")


def _false(text: str, m: PersonMention) -> bool:
    words = text[m.start : m.end].split()
    if not words or words[0].lower() not in WORD_FIRST_NAMES:
        return False
    if len(words) < 2:
        return False  # a lone word: the rule that found it judged it as a surname
    second = words[1].strip(".,;:")
    low, before = second.lower(), text[max(0, m.start - 20) : m.start]
    german = frequency(low) > RARE and low not in surnames() and low not in PARTICLES
    region = before.rstrip().rsplit(" ", 1)[-1].lower()  # "die Mark Ancona", "aus Mark Quellbrück"
    article = words[0] == "Mark" and (region in DETERMINERS or region in _PLACE_BEFORE)
    return german or article or bool(_NUMBER_BEFORE.search(before))


def given_words(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Return ``found`` without persons that a word-name opens before a German word or after a
    number (``zehn Mark Strafe``)."""
    return [m for m in found if not _false(text, m)]
