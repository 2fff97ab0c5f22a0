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
import sys
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


def _wide_header() -> int | None:
    """The bytes of a ``str`` of 4-byte characters beyond its characters, or None if the sizes
    of strings do not follow CPython's compact layout (then ``has_astral`` always scans)."""
    header = sys.getsizeof("\U00010000") - 2 * 4
    wide = ("\U00010000", "a\U0001f600bc", "\u20ac\U00010000" * 50)
    narrow = ("", "a", "ä" * 7, "\u20ac", "x\u20ac" * 50)
    if all(sys.getsizeof(t) == header + 4 * (len(t) + 1) for t in wide) and not any(
        sys.getsizeof(t) == header + 4 * (len(t) + 1) for t in narrow
    ):
        return header
    return None


_WIDE = _wide_header()


def has_astral(text: str) -> bool:
    """Tell whether ``text`` holds a character beyond U+FFFF.

    CPython keeps a string in 1, 2 or 4 bytes a character, the fewest that hold its largest one,
    and only the last holds one beyond U+FFFF: a string that its size shows to be narrower holds
    none, told without a pass over it. A wide one is scanned all the same."""
    if _WIDE is None or type(text) is not str:
        return _ASTRAL.search(text) is not None
    if text.isascii() or sys.getsizeof(text) != _WIDE + 4 * (len(text) + 1):
        return False  # 1 or 2 bytes a character
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


class Memo(dict):
    """The results of a one-argument function, computed once per argument.

    ``Memo(f, limit).__getitem__`` stands in for ``lru_cache(maxsize=limit)(f)``: the table is
    emptied when it is full (a long build meets ever more words), not trimmed entry by entry."""

    def __init__(self, function: Callable[[Any], Any], limit: int = 1 << 16) -> None:
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key: Hashable) -> Any:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value = self.function(key)
        return value
