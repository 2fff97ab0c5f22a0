"""The one folding of letters: case, accents, special letters, and for words ae/oe/ue.

Used by the analysis (index and query terms), the name keys (persons, organisations) and the
name suggestions, so that all three agree on ``İ``/``ı``, ``ẞ``/``ß``, ``ø``, ``ł`` and the rest.
Words fold ``ae``/``oe``/``ue`` as Snowball does (``Duesseldorf`` = ``Düsseldorf``); names do not
(``Manuel`` is no ``Manul``), see ``fold_name``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# as Snowball: no ue after a vowel or q; the vowel kept is the group that matched
_DIGRAPH = re.compile(r"(?<![aeiouyäöüq])(u)e|(a)e|(o)e")
_UE = re.compile(r"(?<![aeiouyäöüq])ue")
_SPECIAL = str.maketrans(
    {"'": "", "’": "", "ʼ": "", "‘": "", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
     "þ": "th", "ħ": "h", "æ": "ä", "œ": "ö", "ẞ": "ß"}
)  # fmt: skip


def _strip_accents(ch: str) -> str:
    """Drop the accents of one character (é -> e, č -> c, the dot of İ)."""
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


class _Stripped(dict):
    """A ``str.translate`` table that maps each character to itself if it is ASCII or kept, else
    to ``_strip_accents`` of it; each character worked out once, on first sight."""

    def __init__(self, keep: str) -> None:
        super().__init__()
        self.keep = keep

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = found = ch if ch.isascii() or ch in self.keep else _strip_accents(ch)
        return found


_STRIPPED = {True: _Stripped(""), False: _Stripped("äöüß")}  # by ``umlauts``


def _digraphs(word: str) -> str:
    """``_DIGRAPH.sub(r"\\1\\2\\3", word)``: ae, oe and ue (not after a vowel or q) become a, o, u.

    The three never overlap (none starts with ``e``), and a replacement leaves a vowel before a
    ``u`` where there was one: one ``replace`` each, and the regex only for a ``ue``."""
    if "ae" in word:
        word = word.replace("ae", "a")
    if "oe" in word:
        word = word.replace("oe", "o")
    return _UE.sub("u", word) if "ue" in word else word


def fold(text: str, umlauts: bool = True, *, digraphs: bool = True) -> str:
    """Fold ``text`` to lowercase ASCII (``Kaykın`` -> ``kaykin``, ``STRAẞE`` -> ``strasse``).

    ``umlauts=False`` keeps ä ö ü ß and ae/oe/ue (the stemmer folds those itself);
    ``digraphs=False`` keeps ae/oe/ue while folding ä ö ü (names, see ``fold_name``).
    Apostrophes are dropped (``O’Neil`` -> ``oneil``).
    """
    word = text.lower()
    if not word.isascii() or "'" in word:  # the only ASCII letter of ``_SPECIAL``
        word = word.translate(_SPECIAL)
    if umlauts:
        if digraphs and ("ae" in word or "oe" in word or "ue" in word):
            word = _digraphs(word)
        word = word.replace("ß", "ss")
    if word.isascii():
        return word
    return word.translate(_STRIPPED[umlauts])


@lru_cache(maxsize=131072)  # the extraction folds the same words of a text again and again
def fold_name(text: str) -> str:
    """Fold a name or a word of one: like ``fold``, but ae/oe/ue stay (``Mueller`` ≠ ``Muller``)."""
    return fold(text, digraphs=False)
