"""Clubs named by a common word and their town (``org_club_words``)."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations


def _written(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von 1978 bis 1984 spielte er für Motor Jena in der Oberliga.", "Motor Jena"),
        ("Am Samstag verlor Sturm Graz daheim mit 0:2.", "Sturm Graz"),
        ("Er wechselte im Sommer zu Chemie Leipzig.", "Chemie Leipzig"),
        ("Tennis Borussia Berlin steigt auf.", "Tennis Borussia Berlin"),
    ],
    ids=["gdr-club", "austrian-club", "chemistry", "tennis-borussia"],
)
def test_a_clubs_word_and_its_town_name_the_club(text, expected):
    assert _written(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sturm Xaver zog über Norddeutschland.",
        "Der Sturm Deutschland traf die Küste hart.",
        "Vor der Einheit Deutschlands gründeten sie die Firma.",
    ],
    ids=["storm-name", "country", "genitive-of-a-country"],
)
def test_a_common_word_without_a_town_is_no_club(text):
    assert _written(text) == []
