"""Listed surnames opening a sentence before a past tense (``lone_past``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("weak-past", "Merkel zeigte sich über das Ergebnis erleichtert.", ["Merkel"]),
    ("strong-past", "Einstein fand keine Lösung für das Problem.", ["Einstein"]),
    ("after-und", "Das Publikum jubelte, und Goethe verneigte sich.", ["Goethe"]),
    # a present tense stays out: nouns and places open sentences as often
    ("present", "Einstein zeigt sich in dem Brief versöhnlich.", []),
    ("noun", "Regen fiel die ganze Nacht.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_listed_surname_before_past(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
