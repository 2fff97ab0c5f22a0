"""Organisations named by the words their acronym spells: ``Deutsche Vermögensberatung (DVAG)``.

A name of two or more capitalised words with no head noun is still a name when an acronym in
brackets follows that its words spell: every word's initial is a letter of the acronym, in order,
and the other letters come from inside the words (``Vermögens-berAtunG``). Terms are spelled out
the same way (``Künstliche Intelligenz (KI)``, ``Allgemeine Geschäftsbedingungen (AGB)``): a name
needs a word that is no German word (``Royal Air Force``) or a national adjective at its start
(``Deutsche``, ``Europäische``), and terms of those shapes are listed in ``TERMS``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.english_heads import ENGLISH_BODIES
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import english_frequencies, frequency

# lowercase words that may stand inside a name and spell no letter of its acronym
_LINKS = frozenset(("für", "des", "der", "und", "of", "for", "the", "and", "&", "de", "du", "la"))
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}")
# matched on the lowercase word: "Deutsche", "Norddeutschen", "Südwestfälische"
_NATIONAL = re.compile(
    r"(?:nord|süd|ost|west|mittel)*(?:deutsch|europäisch|international|national|österreichisch"
    r"|schweizerisch|bayerisch|sächsisch|hessisch|rheinisch|westfälisch|niedersächsisch|badisch"
    r"|thüringisch|evangelisch|katholisch|allgemein|vereinigt)(?:e|er|es|en)?"
)
# acronyms of terms spelled out like names (a national adjective and a noun)
TERMS = frozenset(("DM", "DDR", "BRD", "EM", "WM", "KI", "DAX", "MDAX", "TDAX", "ICE", "IC", "EC"))
_MAX_WORDS = 8
_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines"))
# a law, a treaty or a plan is spelled out like a name: "Allgemeines Gleichbehandlungsgesetz (AGG)"
_NOT_BODIES = (
    "gesetz",
    "gesetzes",
    "abkommen",
    "abkommens",
    "vertrag",
    "vertrages",
    "vertrags",
    "verordnung",
    "ordnung",
    "richtlinie",
    "plan",
    "plans",
    "programm",
    "programms",
)


_PAREN = frozenset("(")


def spelled_names(tk: Tokens, taken: set[int]) -> list[tuple[int, int, str]]:
    """Return ``(first, end, acronym)`` token spans of names before an acronym they spell."""
    texts, found = tk.texts, []
    for b in tk.where(_PAREN, 1, len(texts) - 2):
        if texts[b + 2] != ")" or tk.starts[b - 1] in taken:
            continue
        acronym = texts[b + 1]
        if acronym in TERMS or not _ACRONYM.fullmatch(acronym):
            continue
        if sum(c.isupper() for c in acronym) < 2:
            continue
        a = _name_start(tk, b, acronym, taken)
        if a is not None:
            found.append((a, b, acronym))
    return found


def _name_start(tk: Tokens, b: int, acronym: str, taken: set[int]) -> int | None:
    """Return the first token of the longest name ending before ``b`` that ``acronym`` spells."""
    texts, best = tk.texts, None
    a = b - 1
    while a >= 0 and b - a <= _MAX_WORDS and tk.kinds[a] in "wp" and tk.starts[a] not in taken:
        word = texts[a]
        if not (tk.capital[a] or word in _LINKS):
            break
        if (
            tk.capital[a]
            and word not in _ARTICLES
            and _spells(acronym.lower(), tuple(w.lower() for w in texts[a:b]))
        ):
            best = a
        a -= 1
    if best is None or sum(tk.capital[best:b]) < 2:
        return None
    words = texts[best:b]
    if words[-1].lower().endswith(_NOT_BODIES) or any(w.isupper() and len(w) > 3 for w in words):
        return None  # a law or a plan; a heading in capitals
    capitals = [w.lower() for w in words if w[:1].isupper()]
    english = english_frequencies()
    if all(w in english for w in capitals):
        return best if capitals[-1] in ENGLISH_BODIES else None
    if _NATIONAL.fullmatch(words[0].lower()) or any(map(foreign_word, capitals)):
        return best
    return None


def foreign_word(word: str) -> bool:
    """Tell a word no German dictionary holds, nor as the end of a compound (``Löschfahrzeug``)."""
    if frequency(word):
        return False
    return not any(frequency(word[i:]) for i in range(3, len(word) - 4))


@lru_cache(maxsize=4096)
def _spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``words`` spell ``acronym``: each capitalised word gives its initial, in
    order; the other letters come from inside the words; linking words may give none."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word in _LINKS and _spells(acronym, rest):
        return True
    if not acronym or acronym[0] != word[0]:
        return False
    return spelled_inside(acronym, word, rest, _spells)


def spelled_inside(acronym: str, word: str, rest: tuple[str, ...], spells) -> bool:
    """Tell whether ``word`` gives the initial of ``acronym`` and as many of its next letters as
    fit inside it (earliest match each), and ``spells(what is left, rest)`` the remainder."""
    pos, k = 1, 1
    while True:
        if spells(acronym[k:], rest):
            return True
        if k >= len(acronym):
            return False
        pos = word.find(acronym[k], pos)
        if pos < 0:
            return False
        pos, k = pos + 1, k + 1
