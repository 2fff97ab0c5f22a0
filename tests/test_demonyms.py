"""Nouns of nationality before a person's name (``demonyms``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.demonyms import demonym
from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("weak", "Im Finale trifft er auf den Serben Dragan Brkovac.", ["Dragan Brkovac"]),
    ("er-noun", "Er verlor gegen den Kanadier Vasko Tervonen.", ["Vasko Tervonen"]),
    ("feminine", "Die Kenianerin Wanjiru Kipruto siegte.", ["Wanjiru Kipruto"]),
    ("surname", "Danach traf der Pole Brzęczek zum Ausgleich.", ["Brzęczek"]),
    ("alone", "Der Brite war 0,6 Sekunden langsamer.", []),
    ("genitive", "Am Mittwoch zwickte des Spaniers Wade.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_demonym_before_name(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


def test_whole_words_only() -> None:
    assert demonym("Serbin") and demonym("Spanierinnen")
    assert not demonym("Metropole") and not demonym("Ungarn") and not demonym("Deutsche")
