"""The tokens of a release, split once and shared by the person and organisation finders.

A token is a word (``Kayk?n``, ``Müller-Lüdenscheidt``, ``Landes-`` before ``und``), a number, a
newline or one punctuation mark. The finders walk hundreds of tokens per release, so the tokens are
parallel lists (no object per token) and the split of the last few texts is cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

# a letter run, joined by ? ' ’ - to the next letter run; "Landes-" keeps its hyphen before "und"
_WORD = r"[^\W\d_]+(?:[?'’-][^\W\d_]+)*(?:-(?=\s+(?:und|oder|bzw|sowie)\b))?"
_TOKEN = re.compile(rf"(?P<w>{_WORD})|(?P<n>\n)|(?P<d>\d+)|(?P<p>[^\w\s])")
_kind = attrgetter("lastgroup")


class Token(NamedTuple):
    """A word, number, newline or punctuation mark with its offsets."""

    text: str
    start: int
    end: int
    kind: str


class Tokens:
    """The tokens of a text as parallel lists: ``texts``, ``starts``, ``ends``, ``kinds``."""

    __slots__ = ("text", "texts", "starts", "ends", "kinds", "capital")

    def __init__(self, text: str) -> None:
        matches = list(_TOKEN.finditer(text))
        self.text = text
        self.texts: list[str] = list(map(re.Match.group, matches))
        self.starts: list[int] = list(map(re.Match.start, matches))
        self.ends: list[int] = list(map(re.Match.end, matches))
        self.kinds: list[str] = list(map(_kind, matches))
        # capitalised words: where names and organisations start
        texts, kinds = self.texts, self.kinds
        self.capital = [k == "w" and w[:1].isupper() for w, k in zip(texts, kinds, strict=True)]

    def __len__(self) -> int:
        return len(self.texts)

    def word(self, i: int) -> str:
        """Return the text of token ``i``, or ``""`` outside the text."""
        return self.texts[i] if 0 <= i < len(self.texts) else ""


@lru_cache(maxsize=4)
def split_tokens(text: str) -> Tokens:
    """Split ``text`` into tokens; persons and organisations of one release share the result."""
    return Tokens(text)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into words (``Kayk?n``, ``Müller-Lüdenscheidt``), numbers and marks."""
    t = split_tokens(text)
    return tuple(map(Token, t.texts, t.starts, t.ends, t.kinds))
