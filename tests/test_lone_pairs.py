"""Two lone surnames joined by ``und`` as a plural subject (``lone_pairs``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("opens-modal", "Brambrink und Zelenko müssen zahlen.", ["Brambrink", "Zelenko"]),
    (
        "opens-plural",
        "Kowalczyk und Tervonen gehen davon aus, dass es klappt.",
        ["Kowalczyk", "Tervonen"],
    ),
    ("opens-copula", "Dražnik und Ollivry waren nicht zu erreichen.", ["Dražnik", "Ollivry"]),
    ("listed-beside", "Fink und Zelenko haben gewonnen.", ["Fink", "Zelenko"]),
    (
        "after-verb",
        "Am Ende konnten sich Brambrink und Zelenko nicht einigen.",
        ["Brambrink", "Zelenko"],
    ),
    # no persons: nouns, places, firms merging, a list after a copula, a preposition
    ("nouns", "Bund und Länder müssen sparen.", []),
    ("places", "Österreich und Ungarn haben die Grenze geschlossen.", []),
    ("firms-merge", "Quorvatec und Zintrova fusionieren im Herbst.", []),
    ("copula-list", "Schwerpunkte waren Quorvatec und Zintrova.", []),
    ("between", "Zwischen Brambrink und Zelenko gab es Streit.", []),
    ("singular", "Brambrink und Zelenko.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_surname_pairs(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
