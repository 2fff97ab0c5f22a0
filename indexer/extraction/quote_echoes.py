"""A quote repeated elsewhere in the text is the same person's: a headline or teaser quote
(``„Wir brauchen mehr Tempo“`` over the release) whose speaker is named only where the body
quotes the same words again (``„Wir brauchen mehr Tempo beim Ausbau“, sagte X``). A heading
may also drop a word or two of the words it repeats (``„Höhepunkt meiner Laufbahn“`` over
``„… ein Höhepunkt meiner bisherigen Laufbahn …“``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.model import Quote

# the repeated words must say something of their own: a short phrase may be anyone's
ECHO_WORDS = 4
# how sure the echo is, times the confidence of the quote whose speaker it takes
ECHO = 0.9
# words a shorter quote may leave out of the longer one it repeats, in all
DROPPED_WORDS = 2
_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """Return the words of a quote, lower case, one space between (marks and stops dropped)."""
    return " " + " ".join(map(str.lower, _WORD.findall(text))) + " "


def _shortened(own: str, theirs: str) -> bool:
    """Tell whether the words of ``own`` stand in ``theirs`` in order, with at most
    ``DROPPED_WORDS`` words of ``theirs`` left out between them."""
    a, b = own.split(), theirs.split()
    for start in (i for i, w in enumerate(b) if w == a[0]):
        k, skipped = 1, 0
        for w in b[start + 1 :]:
            if k == len(a) or skipped > DROPPED_WORDS:
                break
            if w == a[k]:
                k += 1
            else:
                skipped += 1
        if k == len(a) and skipped <= DROPPED_WORDS:
            return True
    return False


def with_echoes(quotes: list[Quote], min_confidence: float) -> list[Quote]:
    """Give a quote without speaker the speaker of another quote that repeats its words (or
    whose words it repeats), when all such quotes name one speaker."""
    if not any(q.speaker is None for q in quotes):
        return quotes
    words = [_words(q.text) for q in quotes]
    out = []
    for q, own in zip(quotes, words, strict=True):
        if q.speaker is not None or len(own.split()) < ECHO_WORDS:
            out.append(q)
            continue
        echoes = [
            other
            for other, theirs in zip(quotes, words, strict=True)
            if other is not q
            and other.speaker
            and (own in theirs or theirs in own or _shortened(own, theirs))
            and len(theirs.split()) >= ECHO_WORDS
        ]
        speakers = {e.speaker for e in echoes}
        if len(speakers) != 1:
            out.append(q)
            continue
        best = max(echoes, key=lambda e: e.confidence or 0.0)
        sure = ECHO * (best.confidence or 0.0)
        if sure < min_confidence:
            out.append(q)
            continue
        out.append(replace(q, speaker=best.speaker, role=best.role, confidence=round(sure, 2)))
    return out
