"""Surnames said again alone or in the genitive after the text named the person in full.

Once a release names ``Zülfiye Kaykın``, a later ``Kaykins`` or ``Kayk?n`` (a letter lost to a
bad encoding) is her surname again; ``rescan_surnames`` adds those mentions, but not a common
word that is a surname too (``Ihnen``, ``Lange``).
"""

from __future__ import annotations

from itertools import compress, repeat

from indexer.extraction.names import fold, keys_match
from indexer.extraction.person_guards import without_apostrophe
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText
from indexer.text.wordlist import frequency

COMMON_WORD = 10_000  # a word this frequent is a surname only where the text says so


def rescan_surnames(t: PersonText, found: list[PersonMention]) -> list[PersonMention]:
    """Add the surname-only and genitive mentions (``Kaykins``, ``Demirta?``) of persons found."""
    surnames = {fold(m.name.split()[-1]) for m in found if not m.surname_only}
    if not surnames:
        return []  # nobody named in full: no surname to repeat
    covered = [(m.start, m.end) for m in found]
    words, starts, ends = t.words, t.starts, t.ends
    extra = []
    # most capitalised words are told by their keys alone, folded in one pass in C; the rest (a
    # surname's key, a "?" after the word: a lost letter) are read in full below
    capitals = list(compress(range(len(words)), t.tokens.capital))
    marks = set(t.tokens.where({"?"}))
    shown = map(str.rstrip, map(words.__getitem__, capitals), repeat("'’"))
    for i, key in zip(capitals, map(fold, shown), strict=True):
        plain = "?" not in key and i + 1 not in marks
        if plain and key not in surnames and key[:-1] not in surnames:
            continue
        word = words[i].rstrip("'’")
        if t.word(i + 1) == "?" and starts[i + 1] == ends[i]:
            word += "?"  # a lost last letter
        key = fold(word)
        if "?" not in key and key not in surnames and key[:-1] not in surnames:
            continue  # no surname, nor its genitive: most words end here
        if frequency(word) >= COMMON_WORD:
            continue  # "Ihnen" is not Ulla Ihnen again, "Lange" not Christian Lange
        stem = next(
            (
                s
                for s in (key, key[:-1] if key.endswith("s") else None)
                if s and _known(s, surnames)
            ),
            None,
        )
        if stem is not None and not any(x <= starts[i] < y for x, y in covered):
            surface = without_apostrophe(word if stem == key else word[:-1])
            extra.append(PersonMention(surface, starts[i], starts[i] + len(surface), None, True))
    return extra


def _known(key: str, surnames: set[str]) -> bool:
    return key in surnames or ("?" in key and any(keys_match(key, s) for s in surnames))
