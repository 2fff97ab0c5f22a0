"""The rules' mentions as features of the tagger: a stacked tagger.

Each token inside a person or organisation the rules found gets a mark (``B-PER``, ``I-ORG`` …);
the tagger reads its own mark and its neighbours' as features (``rule=B-PER``, ``-1rule=PER``),
so it learns how far to trust the rules on text of each kind. Training computes the marks with
the rules on the annotated corpora the rules were not tuned on (``tools/train_ner.py
--rule-marks``); at run time ``both`` and ``fast`` pass the rules' mentions they have anyway.
"""

from __future__ import annotations

from bisect import bisect_left


def token_marks(starts: list[int], spans: list[tuple[int, int, str]]) -> list[str]:
    """Return the mark of each token (by its start offset) in the spans ``(start, end, kind)``."""
    marks = [""] * len(starts)
    for a, b, kind in spans:
        inside = range(bisect_left(starts, a), bisect_left(starts, b))
        if any(marks[i] for i in inside):
            continue
        for j, i in enumerate(inside):
            marks[i] = ("B-" if j == 0 else "I-") + kind
    return marks


def mark_features(marks: list[str], i: int) -> tuple[str, ...]:
    """Return the features of token ``i`` from the marks: its own, its neighbours' kinds."""
    feats = []
    if marks[i]:
        feats.append(f"rule={marks[i]}")
    if i and marks[i - 1]:
        feats.append(f"-1rule={marks[i - 1][2:]}")
    if i + 1 < len(marks) and marks[i + 1]:
        feats.append(f"+1rule={marks[i + 1][2:]}")
    return tuple(feats)
