"""Did-you-mean: each unknown word of a query replaced by the nearest frequent index word.

The words come from the exact-spelling field (lowercase, not stemmed, umlauts kept), looked up
in the vocabulary table (``vocabulary``, written at index time), and are given back in the
capitalisation the user typed: ``Integratoin Düsseldorf`` → ``Integration Düsseldorf``. A wrong,
dropped or swapped first letter is corrected too (``Nitegration``, ``Vundestag``), and an umlaut
typed as two letters (``Aerzte`` → ``Ärzte``); fuzzy ``~`` keeps its first letter as typed.
"""

from __future__ import annotations

import re
import time

from indexer.analysis.morphology import STOPWORDS, fold
from indexer.engine import schema as f
from indexer.search import vocabulary

MIN_LETTERS = 4  # shorter words are not corrected (too many neighbours)
MAX_WORDS = 12  # words of one query looked up at most
MAX_WEIGHED = 100  # equally close words whose releases are counted, at most
BUDGET_SECONDS = 0.25  # a suggestion stops looking up further words after this
_OPERATORS = {"AND", "OR", "NOT", "UND", "ODER", "NICHT", "ANDNOT", "ANDMAYBE", "REQUIRE", "TO"}
# letters (with apostrophes inside), not part of a pattern, a fuzzy term or a field name
_WORD = re.compile(r"(?<![\w*?~])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w*?~:'’])")
_STOPS = frozenset(fold(w) for w in STOPWORDS)
_DIGRAPHS = {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}
_DIGRAPH = re.compile("ae|oe|ue|ss")
UMLAUT_COST = 0.5  # Aerzte → ärzte before any word one edit away
FIRST_LETTER_COST = 0.5  # Vundestag → Bundestag, after words one edit away as typed


def _cased(word: str, like: str) -> str:
    """``word`` written the way ``like`` was typed: all capitals, capitalised or as it is."""
    if len(like) > 1 and like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _umlauts(low: str) -> list[str]:
    """The word with ``ae oe ue ss`` written as ``ä ö ü ß``, each place alone or all together
    (``Aerzte`` → ``ärzte``); at most a few spellings."""
    places = [(m.start(), m.group()) for m in _DIGRAPH.finditer(low)][:3]
    found = []
    for mask in range(1, 1 << len(places)):
        out, last = [], 0
        for n, (at, pair) in enumerate(places):
            if mask >> n & 1:
                out += [low[last:at], _DIGRAPHS[pair]]
                last = at + 2
        found.append("".join([*out, low[last:]]))
    return found


def correction(reader, word: str) -> str | None:
    """The index word nearest to a word the index lacks: an umlaut written as two letters first,
    then the fewest edits (a different first letter counts half an edit more), then the word in
    most releases."""
    low = word.lower()
    if len(low) < MIN_LETTERS or fold(low) in _STOPS or reader.doc_frequency(f.EXACT, low):
        return None
    scored = {w: UMLAUT_COST for w in _umlauts(low) if reader.doc_frequency(f.EXACT, w)}
    edits = 1 if len(low) < 6 else 2
    first = vocabulary.key(low[0])
    for m in vocabulary.near(reader, f.EXACT, low, edits, any_first=True):
        if m.edits and m.word not in scored:
            scored[m.word] = m.edits + FIRST_LETTER_COST * (vocabulary.key(m.word[0]) != first)
    if not scored:
        return None
    least = min(scored.values())
    closest = sorted(w for w, cost in scored.items() if cost == least)[:MAX_WEIGHED]
    best = max(closest, key=lambda w: (reader.doc_frequency(f.EXACT, w), w))
    return _cased(best, word)


def suggest(reader, text: str, budget: float = BUDGET_SECONDS, correct=None) -> str | None:
    """The query with each unknown word corrected, or None when nothing was corrected.

    ``correct`` (a word -> its correction or None) replaces ``correction`` over ``reader``: the
    OpenSearch backend looks words up in the cluster."""
    deadline = time.monotonic() + budget
    out: list[str] = []
    last = 0
    changed = False
    for n, match in enumerate(_WORD.finditer(text or "")):
        if n >= MAX_WORDS or time.monotonic() > deadline:
            break
        word = match.group()
        if word in _OPERATORS:
            continue
        better = correct(word) if correct else correction(reader, word)
        if better is not None and better != word:
            out += [text[last : match.start()], better]
            last = match.end()
            changed = True
    return "".join([*out, text[last:]]) if changed else None
