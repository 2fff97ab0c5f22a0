"""The German word list shared by text repair, compound splitting and suggestions.

It is the word-frequency list that ships with pyspellchecker (MIT): ~340k lowercase German words,
installed with pip, read once per process, never downloaded at run time.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """Return the lowercase German word -> frequency table."""
    return _load("de")


@lru_cache(maxsize=1)
def english_frequencies() -> dict[str, int]:
    """Return pyspellchecker's lowercase English word -> frequency table (for English words
    quoted in German text: titles, brands, slogans)."""
    return _load("en")


def _load(language: str) -> dict[str, int]:
    ref = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def is_word(word: str) -> bool:
    """Tell whether ``word`` (any case) is a known German word."""
    return word.lower() in frequencies()


def frequency(word: str) -> int:
    """Return how common ``word`` is (0 when unknown)."""
    return frequencies().get(word.lower(), 0)


@lru_cache(maxsize=1)
def longest() -> int:
    """Return the length of the longest word of the list."""
    return max(map(len, frequencies()))
