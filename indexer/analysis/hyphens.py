"""What the German analyzer makes of one hyphen compound, without running it.

A hyphen compound (``Corona-Pandemie``, ``Bürger*innen-Dialog``) is the one kind of token the
index postings (``engine.postings``) could not take from the cached analysis of a word: its
parts take positions of their own and the joined form shares the last one. Running the
analyzer's generators over it (a ``Token`` copied per term, twice: once for the terms, once for
the positions the tokenizer gives) took a tenth of the analysis of a new release's words. This
does what ``GermanTokenizer`` and the fused filters (``analyzers._fused``) do, in indexing
mode, for a text that is one such token; tests/test_postings.py compares the postings with
Whoosh's analysis of every kind of text.
"""

from __future__ import annotations

from indexer.analysis.analyzers import _PART, _TERMS, TOKEN_PATTERN, GermanTokenizer
from indexer.analysis.morphology import normalize

_EXPRESSION = GermanTokenizer(TOKEN_PATTERN).expression
Terms = list[tuple[int, int, int, str]]  # (position, start, end, term)


def hyphen_terms(raw: str, positions: bool) -> tuple[Terms, int] | None:
    """The terms the German analyzer gives ``raw`` when indexing (with positions and character
    offsets, or all at position 0 without), and how many positions its tokenizer takes; None
    unless ``raw`` is one match of the token pattern."""
    match = _EXPRESSION.match(raw)
    if match is None or match.end() != len(raw):
        return None
    parts = [(n, m.start(), m.end(), normalize(m[0])) for n, m in enumerate(_PART.finditer(raw))]
    if not parts:
        return None
    width = len(parts)
    # E-Mail also as Email, Corona-Pandemie as Coronapandemie, at the head's position
    if not any(text.isdigit() for *_, text in parts):
        joined = parts[0][3] + "".join(text.lower() for *_, text in parts[1:])
        parts.append((parts[-1][0], 0, len(raw), joined))
    analysed = _TERMS[True, True]  # stemmed, with compound parts
    found: Terms = []
    last = new = None  # the stopword filter's last original position kept, and its number
    at, seen = None, set()  # the dedupe filter's position and the terms it has had
    for pos, start, end, text in parts:
        for term, stopped in analysed(text):
            if stopped:
                continue
            if not positions:
                found.append((0, 0, 0, term))
                continue
            if pos != last:
                last, new = pos, (pos if new is None else new + 1)
            if new != at:
                at, seen = new, set()
            elif term in seen:
                continue
            seen.add(term)
            found.append((new, start, end, term))
    return found, width
