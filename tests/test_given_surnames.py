"""Surnames that are function words, weekdays or towns after a first name (``given_surnames``),
own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.given_surnames import surname_word
from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    ("function-word", "Dazu erklärte Bürgermeister Torsten Weil am Montag:", ["Torsten Weil"]),
    ("weekday", "Rückfragen an Dr. Ines Sonntag, Pressestelle der Kammer.", ["Ines Sonntag"]),
    ("town", "Es sprach Landrätin Wiebke Heiligenstadt im Kreistag.", ["Wiebke Heiligenstadt"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_surname_after_first_name(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


def test_a_lowercase_conjunction_ends_the_name() -> None:
    assert persons("Bürgermeister Torsten Lenz sagte ab, weil Torsten krank war.") == [
        "Torsten Lenz",
        "Torsten",
    ]


def test_nouns_are_no_such_surnames() -> None:
    assert [surname_word(w) for w in ("Weil", "Sonntag", "Telefon", "Foto", "Stadt")] == [
        True,
        True,
        False,
        False,
        False,
    ]


def test_two_first_names_share_the_surname() -> None:
    text = "Den Laden führen die Inhaber Malte und Jens Brodersen seit Mai."
    assert persons(text) == ["Malte Brodersen", "Jens Brodersen"]
