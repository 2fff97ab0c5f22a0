"""First names of Faker's Cyrillic, Greek and romanized lists (``foreign_names``)."""

from __future__ import annotations

import pytest

from indexer.extraction.foreign_names import cyrillic_to_german, greek_to_latin
from indexer.extraction.names import is_first_name
from indexer.extraction.ner import find_mentions

CYRILLIC = [
    ("Евгений", False, "Jewgeni"),
    ("Виталий", False, "Witali"),
    ("Пётр", False, "Pjotr"),
    ("Анастасия", False, "Anastassija"),
    ("Сергей", False, "Sergej"),
    ("Володимир", True, "Wolodymyr"),
]
GREEK = [("Παναγιώτης", "Panagiotis"), ("Ευάγγελος", "Evangelos"), ("Σταύρος", "Stavros")]


@pytest.mark.parametrize(("name", "ukrainian", "want"), CYRILLIC, ids=[c[2] for c in CYRILLIC])
def test_cyrillic_names_in_german_spelling(name: str, ukrainian: bool, want: str) -> None:
    assert cyrillic_to_german(name, ukrainian=ukrainian) == want


@pytest.mark.parametrize(("name", "want"), GREEK, ids=[g[1] for g in GREEK])
def test_greek_names_in_latin_letters(name: str, want: str) -> None:
    assert greek_to_latin(name) == want


def test_transliterated_names_are_first_names_german_words_not() -> None:
    assert is_first_name("Jewgeni") and is_first_name("Panagiotis") and is_first_name("Witali")
    assert not is_first_name("August")  # Август: a month in German text


def test_foreign_first_name_makes_a_full_name() -> None:
    text = "In Wien traf gestern auch Witali Smirnowski ein."
    assert [m.name for m in find_mentions(text, "rules")[0]] == ["Witali Smirnowski"]
