"""Names that OCR broke in two where a hyphen at the end of a line was lost (``Ber trand``).

Scanned newspapers join the parts of a word hyphenated over a line break with a blank: ``Herr
Ber trand``, ``Karl Op penheim``, ``Anton Bau er v. …``. The person rules stop at the
lowercase part and take ``Ber`` or ``Karl Op`` for the name. A short last word with a lowercase
part right after it that is no German word, no particle and no verb's ending is the rest of the
word; the mention takes it in (``Karl Oppenheim``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extraction.lexicon import PARTICLES
from indexer.extraction.person_mention import PersonMention
from indexer.text.wordlist import english_frequencies, is_word

# the rest of a word after one blank, and a surname after it ("Thor bjorn Brambrink"); the
# part before it is at most five letters alone ("Ferdi nand"), three after a given name ("Karl Op")
_REST = re.compile(r" ([a-zäöüß]{2,})(?=[\s,;:)]|$)(?: ([A-ZÄÖÜ][a-zäöüß]+)(?=[\s,.;:)]|$))?")
_SHORT = 5
_SHORT_AFTER = 3
_SUFFIXES = frozenset(("jr", "jun", "sen", "sr"))  # "Carlos Brambrink jr."
# endings of verbs and adjectives the word list lacks in that form ("X breakte", "X
# schimpft", "meinte X weiters"): no rest of a name
_NOT_REST = (
    "t", "te", "ten", "tet", "st", "en", "ern", "eln", "ers", "es", "em", "er", "e",
    # adjectives and adverbs used so ("Herrn X rentenpolitisch", "X landauf")
    "isch", "lich", "ig", "bar", "sam", "haft", "los", "weise", "seits", "wärts", "mal", "auf",
)  # fmt: skip


def _rest(word: str) -> bool:
    """Tell a lowercase part that may be the rest of a broken word (``penheim``, ``pold``)."""
    return (
        not is_word(word)
        and word not in PARTICLES
        and word not in _SUFFIXES
        and not word.endswith(_NOT_REST)
        and english_frequencies().get(word, 0) < 1000  # "X on alert", "Y and His Band"
    )


def mend_broken(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Take the rest of a word broken by OCR into the mention before it (``Op penheim``)."""
    mended = []
    for m in found:
        words = m.name.split()
        rest = _REST.match(text, m.end)
        short = _SHORT if len(words) == 1 else _SHORT_AFTER
        broken = rest and words and words[-1].isalpha() and len(words[-1]) <= short
        if broken and _rest(rest.group(1)):
            name, end = m.name + rest.group(1), rest.end(1)
            if len(words) == 1 and rest.group(2) and not is_word(rest.group(2).lower()):
                name, end = f"{name} {rest.group(2)}", rest.end(2)  # "Thor bjorn Brambrink"
            m = replace(m, name=name, end=end, surname_only=" " not in name)
        mended.append(m)
    return mended
