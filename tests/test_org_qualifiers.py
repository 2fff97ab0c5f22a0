"""A body's town after ``von``/``zu`` is part of its name; a noun or an acronym there is not."""

from __future__ import annotations

import pytest

from tests.org_checks import org_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Urteil, das das Bundessozialgericht zu Pflegestufen fällte, gilt.",
         [("Bundessozialgericht", "Bundessozialgericht")]),
        ("Den Vorschlag, den die Europäische Kommission zu CETA vorlegte, kennen wir.",
         [("Europäische Kommission", "Europäische Kommission")]),
        ("Die Handelskammer zu Lindenbrück lädt zum Empfang.",
         [("Handelskammer zu Lindenbrück", "Handelskammer zu Lindenbrück")]),
        ("Er lehrte an der Lateinschule zu Quelmsdorf.",
         [("Lateinschule zu Quelmsdorf", "Lateinschule zu Quelmsdorf")]),
        ("Sie schrieb an die Regierung von Tuvalu.",
         [("Regierung von Tuvalu", "Regierung von Tuvalu")]),
        ("Er diente der Regierung von Oberbayern treu.",
         [("Regierung von Oberbayern", "Regierung von Oberbayern")]),
    ],
    ids=["compound-noun", "acronym", "town-ending", "unknown-town", "unknown-land",
         "compound-land"],
)  # fmt: skip
def test_a_town_after_zu_or_von_belongs_to_the_name_and_a_noun_does_not(text, expected):
    assert org_spans(text) == expected
