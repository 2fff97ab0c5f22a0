"""The tokens of a release, split once and shared by the person and organisation finders.

A token is a word (``Kayk?n``, ``Müller-Lüdenscheidt``, ``Landes-`` before ``und``), a number, a
newline or one punctuation mark. The finders walk hundreds of tokens per release, so the tokens are
parallel lists (no object per token) and the split of the last few texts is cached.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from indexer.extraction.fastpaths import Splitter, bmp_class

# a letter run, joined by ? ' ’ - to the next letter run; "Landes-" keeps its hyphen before "und"
_WORD = r"[^\W\d_]+(?:[?'’-][^\W\d_]+)*(?:-(?=\s+(?:und|oder|bzw|sowie)\b))?"
_TOKEN = re.compile(rf"(?P<w>{_WORD})|(?P<n>\n)|(?P<d>\d+)|(?P<p>[^\w\s])")


# the same tokens as ``_TOKEN``, as ``re.split`` parts (no match object per token); for texts
# below U+10000 written as one class of the characters a token starts with (all but "_" and the
# blanks other than a line break), then the rest of the token by that first character: the
# regex engine skips the blanks between tokens without trying the four alternatives at each
# (10 % fewer instructions a split)
_FIRST = bmp_class(lambda char: char != "_" and (char == "\n" or not char.isspace()))
_REST = _WORD.removeprefix(r"[^\W\d_]+")
_SPLIT = Splitter(
    rf"({_WORD}|\n|\d+|[^\w\s])",
    bmp=rf"({_FIRST}(?:(?<=[^\W\d_])[^\W\d_]*{_REST}|(?<=\d)\d*|))",
)  # letters as a bitmap (``fastpaths``)
_first = itemgetter(0)


class _ByFirst(dict):
    """A token's kind and whether it is a capitalised word, told by its first character."""

    def __missing__(self, char: str) -> tuple[str, bool]:
        kind = _TOKEN.match(char).lastgroup
        self[char] = found = (kind, kind == "w" and char.isupper())
        return found


_BY_FIRST = _ByFirst()


class Token(NamedTuple):
    """A word, number, newline or punctuation mark with its offsets."""

    text: str
    start: int
    end: int
    kind: str


class Tokens:
    """The tokens of a text as parallel lists: ``texts``, ``starts``, ``ends``, ``kinds``."""

    __slots__ = ("text", "texts", "starts", "ends", "kinds", "capital", "_vocab")

    def __init__(self, text: str) -> None:
        self.text = text
        self.texts, self.starts, self.ends = _SPLIT.spans(text)
        # the kind, and capitalised words (where names and organisations start), by first letter
        firsts = list(map(_BY_FIRST.__getitem__, map(_first, self.texts)))
        self.kinds: list[str] = list(map(_first, firsts))
        self.capital: list[bool] = list(map(itemgetter(1), firsts))
        self._vocab: set[str] | None = None

    def where(self, words: Collection[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """The indices ``lo <= i < hi`` of the tokens in ``words`` (a small set), in order.

        ``compress(range(lo, hi), map(words.__contains__, texts[lo:hi]))``, but a text holding
        none of the words (most texts, for most finders) is told by one set test, not a pass
        over its tokens."""
        if self.vocab().isdisjoint(words):
            return []
        hi = len(self.texts) if hi is None else hi
        return list(compress(range(lo, hi), map(words.__contains__, self.texts[lo:hi])))

    def vocab(self) -> set[str]:
        """The distinct tokens of the text."""
        if self._vocab is None:
            self._vocab = set(self.texts)
        return self._vocab

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
