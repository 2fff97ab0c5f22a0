"""The fast paths of the finders give what the patterns and functions they stand in for give."""

from __future__ import annotations

import random
import re

from indexer.extraction.fastpaths import Memo, Splitter, bmp_pattern, has_astral
from indexer.extraction.tokens import _SPLIT

_ALPHABET = list("aäAÄßẞ ?'’-_\n\t.,;:„“»«0123456789½²ǅİıﬁ\u00a0\u2028\u0301") + [
    "und",
    " oder ",
    "😀",
    "𝐀",
]


def _random_texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 30))) for _ in range(count)]


def test_bitmap_classes_hold_the_same_characters_below_u10000():
    letter, word = bmp_pattern(r"[^\W\d_]"), bmp_pattern(r"[\w]")
    for code in range(0x10000):
        char = chr(code)
        assert bool(letter.fullmatch(char)) == bool(re.fullmatch(r"[^\W\d_]", char)), hex(code)
        assert bool(word.fullmatch(char)) == bool(re.fullmatch(r"\w", char)), hex(code)


def test_patterns_find_the_same_without_astral_characters():
    patterns = [r"[^\W\d_][\w'’-]*", _SPLIT.pattern.pattern, r"\b[^\W\d_]+[\w.]*"]
    for text in _random_texts(18):
        for pattern in patterns:
            if not has_astral(text):
                want = [m.span() for m in re.finditer(pattern, text)]
                assert [m.span() for m in bmp_pattern(pattern).finditer(text)] == want
    assert _SPLIT.bmp.split("Müller-Lüdenscheidt und Ab- oder") == _SPLIT.pattern.split(
        "Müller-Lüdenscheidt und Ab- oder"
    )


def test_a_splitter_gives_the_tokens_and_offsets_of_its_pattern():
    splitter = Splitter(r"([^\W\d_]+|\d+)")
    for text in _random_texts(19):  # with and without astral characters
        found = [(m.group(), m.start(), m.end()) for m in splitter.pattern.finditer(text)]
        assert list(zip(*splitter.spans(text), strict=True)) == found


def test_astral_characters_are_told():
    assert has_astral("Gruß 😀") and has_astral("𝐀") and not has_astral("Grüße „…“ €\uffff")


def test_memo_answers_as_the_function_and_empties_when_full():
    calls = []

    def double(word):
        calls.append(word)
        return word * 2

    memo = Memo(double, limit=2)
    assert [memo[w] for w in "abab"] == ["aa", "bb", "aa", "bb"]
    assert calls == ["a", "b"]
    assert memo["c"] == "cc" and len(memo) == 1  # full: emptied, then "c" added


def test_memo_keeps_the_distinct_tokens_of_a_workers_share_of_a_10k_rebuild():
    """A worker of a 10k rebuild meets ~100,000 distinct tokens: its tables are never emptied."""
    memo = Memo(str.upper)
    words = [f"wort{i}" for i in range(100_000)]
    for word in words:
        memo[word]
    assert len(memo) == len(words)
