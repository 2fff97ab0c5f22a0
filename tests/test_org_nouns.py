"""Compounds of a head noun that name a person or a thing (``org_nouns``)."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations


def _names(text: str) -> list[str]:
    return [m.name for m in find_organisations(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Der dreimalige Titelträger Schweden verlor knapp.",
        "Der Ausfall des Leistungsträgers Kowalczyk schmerzt.",
        "Alte Tonträger Nenas sind gefragt.",
    ],
    ids=["title-holder", "key-player", "records"],
)
def test_no_body_where_the_compound_names_a_person_or_thing(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Schulträger, die Stadt Kempten, baut an.", ["Stadt Kempten"]),
        ("Die Vereinigung Cockpit ruft zum Streik auf.", ["Vereinigung Cockpit"]),
    ],
    ids=["school-body", "union"],
)
def test_bodies_stay(text, expected):
    assert _names(text) == expected
