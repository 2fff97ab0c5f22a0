"""Players of a line-up after the team's name and a colon (``lineups``): own lines."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions

TEAM = (
    "Das Spiel endete 2:1. Rapid: Klausberger – Prennsteiger, M. Wöhrlinger, Osmanovic, "
    "Dürrschmidt (61. Kallweit) – Bauernfeind."
)
PLAYERS = [
    "Klausberger",
    "Prennsteiger",
    "M. Wöhrlinger",
    "Osmanovic",
    "Dürrschmidt",
    "Kallweit",
    "Bauernfeind",
]
CASES = [
    ("line-up", TEAM, PLAYERS),
    (
        "dash-before-initial",
        "Grödig: Klausberger – T. Prennsteiger, Wöhrlinger, Osmanovic, Dürrschmidt.",
        ["Klausberger", "T. Prennsteiger", "Wöhrlinger", "Osmanovic", "Dürrschmidt"],
    ),
    ("places", "Die Route: Wien – Linz, Salzburg, Innsbruck, Bregenz, Feldkirch.", []),
    ("four-only", "Rapid: Klausberger – Prennsteiger, Wöhrlinger, Osmanovic.", []),
    ("no-dash", "Gäste: Klausberger, Prennsteiger, Wöhrlinger, Osmanovic, Dürrschmidt.", []),
    (
        "dash-after",
        "Namen: Klausberger, Prennsteiger, Wöhrlinger, Osmanovic, Dürrschmidt – das ist alles.",
        [],
    ),
    (
        "cut-initial",
        "Rapid: Klausberger – Prennsteiger, Wöhrlinger, Osmanovic, Dürrschmidt, Ch.",
        ["Klausberger", "Prennsteiger", "Wöhrlinger", "Osmanovic", "Dürrschmidt"],
    ),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_lineup_players(case: str, text: str, want: list[str]) -> None:
    assert [m.name for m in find_mentions(text, "rules")[0]] == want, case
