"""Surnames that are role nouns too, after a first name (``role_surnames``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.role_surnames import role_surnames
from indexer.model import CleanDocument


def persons(text: str) -> list[str]:
    return extract_entities(CleanDocument("", text)).persons


MARKUS, HELGA, ANTON = ["Markus Bischof"], ["Helga Bischof"], ["Anton Wendlinger"]
CASES = [
    ("apposition", "Der Kämmerer der Gemeinde, Markus Bischof, legte den Haushalt vor.", MARKUS),
    ("after-role", "Verantwortlich ist Vorstand Helga Bischof für den Vertrieb.", HELGA),
    ("line-start", "Markus Bischof: zur Person\nEr wurde 1961 geboren.", MARKUS),
    # the role before a name stays a role
    ("role-first", "Bischof Anton Wendlinger weihte die Kapelle.", ANTON),
    ("role-apposition", "Der neue Bischof von Linz, Anton Wendlinger, predigte.", ANTON),
    # things named after a person of that name are no mention of the person
    ("firm", "Die Markus Bischof GmbH liefert die Fenster.", []),
    ("street", "Der Umzug endet in der Markus Bischof Straße.", []),
    ("prize", "Der Markus Bischof Preis ging an die Schule.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_role_noun_after_a_first_name_is_a_surname(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


def test_the_nouns_are_role_words_that_are_german_surnames() -> None:
    nouns = role_surnames()
    assert "bischof" in nouns
    assert "landrat" not in nouns and "pfarrer" not in nouns


def test_a_name_before_the_first_name_keeps_its_own_reading() -> None:
    found = persons("Gestern sprach Karl Markus Bischof im Rat.")
    assert "Markus Bischof" not in found
