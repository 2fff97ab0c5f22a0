"""The index vocabulary as a lookup table for spelling suggestions and fuzzy terms.

Whoosh compares a word with every term of a field (``terms_within``, ``suggest``): 3.5 s for one
zero-hit word at 2,000 releases, 44 s for a 500-letter word. Here the words of a field are read
once per segment and grouped by their first letter and length; a lookup compares the word only
with the words of the same first letter whose length is within the allowed edits, in rapidfuzz
(C++, optimal string alignment: a swap of two letters is one edit). How many words a lookup
would compare is known before any comparison is made, so its work is bounded by a count.

The tables are built when a segment is first asked (segments are immutable; a new segment or
generation gets a new table) and kept for the last ``CACHE_SEGMENTS`` segment fields.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

MAX_EDITS = 2  # edits a fuzzy term or suggestion may make (Lucene's limit too)
MAX_WORD = 64  # longer words are not looked up (no index word is that long)
MAX_COMPARED = 200_000  # words one lookup may compare; more are refused before comparing
CACHE_SEGMENTS = 64


@dataclass(frozen=True)
class Match:
    """A vocabulary word near the word looked up."""

    word: str
    edits: int


class Vocabulary:
    """The words of one field of one segment, grouped by (first letter, length)."""

    def __init__(self, words: list[str]) -> None:
        self._words: dict[tuple[str, int], list[str]] = {}
        for word in words:
            if word:
                self._words.setdefault((word[0], len(word)), []).append(word)
        self.size = len(words)

    def candidates(self, word: str, edits: int) -> int:
        """How many words a lookup of ``word`` would compare (counted, nothing compared)."""
        if not word or len(word) > MAX_WORD:
            return 0
        first = word[0]
        return sum(
            len(self._words.get((first, length), ()))
            for length in range(len(word) - edits, len(word) + edits + 1)
        )

    def near(self, word: str, edits: int, prefix: int = 1) -> list[Match]:
        """The words within ``edits`` edits of ``word`` that share its first ``prefix`` letters."""
        if not word or len(word) > MAX_WORD:
            return []
        edits = min(edits, MAX_EDITS)
        head = word[:prefix]
        found: list[Match] = []
        for length in range(max(1, len(word) - edits), len(word) + edits + 1):
            choices = self._words.get((word[0], length))
            if not choices:
                continue
            for text, dist, _ in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                if text.startswith(head):
                    found.append(Match(text, int(dist)))
        return found


def _segment_key(reader) -> tuple:
    segment = reader.segment()
    return (segment.segment_id(), segment.deleted_count()) if segment is not None else (id(reader),)


_CACHE: OrderedDict[tuple, Vocabulary] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_BUILDING: dict[tuple, threading.Lock] = {}


def _read(reader, fieldname: str) -> Vocabulary:
    # the lexicon alone: reading each term's info as well took 3.5 times as long
    if fieldname not in reader.schema:
        return Vocabulary([])
    return Vocabulary([b.decode("utf-8", "replace") for b in reader.lexicon(fieldname)])


def segment_vocabulary(reader, fieldname: str) -> Vocabulary:
    """The vocabulary of one field of one segment reader, built once and cached."""
    key = (_segment_key(reader), fieldname)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
        building = _BUILDING.setdefault(key, threading.Lock())
    with building:  # one thread builds; others asking for the same table wait for it
        with _CACHE_LOCK:
            found = _CACHE.get(key)
        if found is None:
            found = _read(reader, fieldname)
            with _CACHE_LOCK:
                _CACHE[key] = found
                _BUILDING.pop(key, None)
                while len(_CACHE) > CACHE_SEGMENTS:
                    _CACHE.popitem(last=False)
    return found


def vocabularies(reader, fieldname: str) -> list[Vocabulary]:
    """The vocabularies of a field in every segment of a reader (one for a segment reader)."""
    return [segment_vocabulary(leaf, fieldname) for leaf, _ in reader.leaf_readers()]


def candidates(reader, fieldname: str, word: str, edits: int) -> int:
    """How many words a lookup would compare over all segments of ``reader``."""
    return sum(v.candidates(word, min(edits, MAX_EDITS)) for v in vocabularies(reader, fieldname))


def near(reader, fieldname: str, word: str, edits: int, prefix: int = 1) -> list[Match]:
    """Words of a field within ``edits`` of ``word`` that keep its first ``prefix`` letters, over
    all segments, closest first; [] when the lookup would compare more than ``MAX_COMPARED``
    words (counted before comparing)."""
    if candidates(reader, fieldname, word, edits) > MAX_COMPARED:
        return []
    merged: dict[str, Match] = {}
    for vocabulary in vocabularies(reader, fieldname):
        for match in vocabulary.near(word, edits, prefix):
            merged[match.word] = match
    return sorted(merged.values(), key=lambda m: (m.edits, m.word))


def warm(reader, fieldnames) -> None:
    """Build the tables of the given fields now, before a search needs them."""
    for fieldname in fieldnames:
        vocabularies(reader, fieldname)
