"""Surnames listed after a plural title or a role (``name_lists``): own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions

CASES = [
    (
        "plural-title",
        "Anwesend waren die Herren Tarnowski und Osmanovic aus Wien.",
        ["Tarnowski", "Osmanovic"],
    ),
    (
        "role-list",
        "Ich danke meinen Kollegen Tarnowski, Osmanovic und Kowalczyk.",
        ["Tarnowski", "Osmanovic", "Kowalczyk"],
    ),
    ("firm", "Es klagten die Architekten Tarnowski, Osmanovic und Partner.", []),
    ("apposition", "Es kam Admiral Tarnowski, Präsident des Konsortiums.", ["Tarnowski"]),
    ("places", "Es sprachen die Bürgermeister Wien und Graz.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_titled_list(case: str, text: str, want: list[str]) -> None:
    assert [m.name for m in find_mentions(text, "rules")[0]] == want, case
