"""A militia named after the word that says what it is (``die Terrormiliz …``)."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations


def _names(text: str) -> list[str]:
    return [m.name for m in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kampf gegen die Terrormiliz Islamischer Staat dauert an.", ["Islamischer Staat"]),
        ("Die Terror-Miliz Islamischer Staat soll verantwortlich sein.", ["Islamischer Staat"]),
        ("Die schiitische Miliz Hisbollah feuerte Raketen ab.", ["Hisbollah"]),
        ("Gestern hat die Dschihadistenmiliz IS die Stadt erobert.", ["IS"]),
        ("Die Miliz kontrolliert seit Mai die Stadt.", []),
        ("Eine Bürgermiliz Anfang Mai griff nicht ein.", []),
    ],
    ids=["terror-militia", "hyphenated", "plain-militia", "acronym", "no-name", "time-word"],
)
def test_a_militia_is_named_after_its_kind(text, expected):
    assert _names(text) == expected
