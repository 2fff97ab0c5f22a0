"""English given names that are German words (``given_words``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("bill", "Gestern traf Bill Quennell seine Anwälte.", ["Bill Quennell"]),
    ("mark", "Mark Tervonen räumt Fehler ein.", ["Mark Tervonen"]),
    ("matt", "Dritter wurde Matt Brambrink aus Kanada.", ["Matt Brambrink"]),
    ("fidel", "Die Fotos zeigen Fidel Castro in Havanna.", ["Fidel Castro"]),
    # words: a currency after a number, a noun after it, a region after an article
    ("currency", "Sie zahlte zehn Mark Strafe.", []),
    ("currency-digits", "Das kostete 500 Mark Miete im Monat.", []),
    ("region", "Der Aufstand erfasste die Mark Tervonen nie.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_word_names(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


def test_relative_pronoun_is_no_article() -> None:
    assert persons("Es gibt Fotos, die Fidel Castro in Havanna zeigen.") == ["Fidel Castro"]


def test_region_after_a_preposition() -> None:
    assert persons("Woher kommt der Honig aus Mark Quellbrück eigentlich?") == []
