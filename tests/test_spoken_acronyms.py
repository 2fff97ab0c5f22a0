"""Curated acronyms spoken as words, written with one capital in news style (``Nato``, ``Fifa``)."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.known_orgs import spoken_acronym
from indexer.model import CleanDocument


def orgs(body: str) -> list[str]:
    return extract_entities(CleanDocument("", body)).organisations


@pytest.mark.parametrize(
    ("word", "spoken"),
    [
        ("FIFA", True),
        ("BAMF", True),
        ("UEFA", True),
        ("NATO", False),  # "Nato" is in the German word list: curated as an alias instead
        ("BMAS", False),
        ("DFB", False),
        ("ZDF", False),
        ("Nato", False),
        ("BMBF", False),
        ("BUND", False),
    ],
)
def test_spoken_acronym(word: str, spoken: bool) -> None:
    assert spoken_acronym(word) is spoken


def test_news_style_acronyms_are_found() -> None:
    found = orgs("Die Nato und die Fifa reagierten am Montag. Das Bamf prüft den Antrag.")
    assert "NATO" in found
    assert "Bundesamt für Migration und Flüchtlinge" in found
    assert len(found) == 3


def test_unspoken_acronym_keeps_its_capitals() -> None:
    assert orgs("Das Bmas hat nichts gesagt.") == []


def test_german_word_is_no_spoken_acronym() -> None:
    assert orgs("Der Bund zahlt, die Länder nicht.") == []
