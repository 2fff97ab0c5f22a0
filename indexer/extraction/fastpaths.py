"""Fast paths shared by the finders: character classes as bitmaps, and memo tables.

The regex engine tests ``[^\\W\\d_]`` (a letter) by Unicode categories, five table lookups per
character, and ``\\w`` by four; the same characters below U+10000 written as ranges are one
bitmap lookup. Characters beyond U+FFFF would make such a class a list of ranges tried one by
one, so a text holding one (``has_astral``: an emoji, a historic script) keeps the category
pattern: ``bmp_pattern`` gives the pattern to use for a text.

A ``Memo`` answers a one-argument function from a dict: a repeated word costs one dict lookup
in C, where ``functools.lru_cache`` also moves the entry to the front of its list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from itertools import accumulate
from typing import Any

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def bmp_class(test: Callable[[str], bool]) -> str:
    """The characters below U+10000 that pass ``test``, as a class of ranges (``[a-zª…]``)."""
    ranges, start = [], None
    for code in range(0x10001):
        if code < 0x10000 and test(chr(code)):
            start = code if start is None else start
        elif start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return f"[{''.join(ranges)}]"


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # \w is isalnum or "_", \d is isdecimal


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_LETTERS = bmp_class(_is_letter)
_WORD_CHARS = bmp_class(_is_word_char)


def bmp_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` with each ``[^\\W\\d_]`` and each ``\\w`` that opens a class (``[\\w'’-]``) as
    ranges: the same matches on every text without characters beyond U+FFFF (``has_astral``)."""
    pattern = pattern.replace(r"[^\W\d_]", _LETTERS).replace("[\\w", _WORD_CHARS[:-1])
    return re.compile(pattern, flags)


def has_astral(text: str) -> bool:
    """Tell whether ``text`` holds a character beyond U+FFFF.

    A scan: a string's size cannot tell, since CPython adds a cached UTF-8 copy to it."""
    return _ASTRAL.search(text) is not None


class Splitter:
    """A token pattern (one group around the whole token) in its two forms: ``spans`` splits a
    text into its tokens and their offsets with ``re.split``, no match object per token."""

    def __init__(self, pattern: str, bmp: str | None = None) -> None:
        self.pattern = re.compile(pattern)
        self.bmp = bmp_pattern(bmp or pattern)  # ``bmp``: the same splits, written for speed

    def spans(self, text: str) -> tuple[list[str], list[int], list[int]]:
        """Return the tokens of ``text``, their starts and their ends."""
        # gap, token, gap, token, …, gap: a token's offsets are the running sums of the lengths
        parts = (self.pattern if has_astral(text) else self.bmp).split(text)
        offsets = list(accumulate(map(len, parts)))
        return parts[1::2], offsets[:-1:2], offsets[1::2]


# A worker of a 10k rebuild meets ~100,000 distinct tokens (5,000 bench releases: 99,700): at
# 65,536 each table was emptied once and up to 48,000 tokens computed again (2.7 s of 121 CPU s,
# timed on a loaded machine); the larger tables cost an estimated ~11 MB a worker.
MEMO_LIMIT = 1 << 17


class Memo(dict):
    """The results of a one-argument function, computed once per argument.

    ``Memo(f, limit).__getitem__`` stands in for ``lru_cache(maxsize=limit)(f)``: the table is
    emptied when it is full (a long build meets ever more words), not trimmed entry by entry."""

    def __init__(self, function: Callable[[Any], Any], limit: int = MEMO_LIMIT) -> None:
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key: Hashable) -> Any:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value = self.function(key)
        return value
