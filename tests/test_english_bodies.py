"""English names of bodies past a person's name or an ``of`` (``english_bodies``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_organisations
from indexer.extraction.persons import extract_persons

ORGS = [
    (
        "of-and",
        "Sie lehrte an der Graduate School of Marine and Polar Sciences.",
        ["Graduate School of Marine and Polar Sciences"],
    ),
    ("of-place", "Er kam von der University of Oxford.", ["University of Oxford"]),
    ("of-field", "Sie studierte an der Royal Academy of Music.", ["Royal Academy of Music"]),
    # the German word after "of" ends the name: a lowercase word, a German noun
    ("of-stop", "Er lernte an der Royal Academy of Music in London.", ["Royal Academy of Music"]),
    (
        "centrum",
        "Das Centrum für Asienwissenschaften lädt ein.",
        ["Centrum für Asienwissenschaften"],
    ),
]


@pytest.mark.parametrize(("case", "text", "want"), ORGS, ids=[c[0] for c in ORGS])
def test_english_bodies(case: str, text: str, want: list[str]) -> None:
    assert extract_organisations(text) == want, case


PERSONS = [
    ("research-school", "Sie promovierte an der Otto Wendler Research School in Köln.", []),
    ("medical-school", "Er lehrt an der Ella Brinkman Medical School.", []),
    # a person before a German word stays one
    ("person", "Sie traf Otto Wendler in der Research-Abteilung.", ["Otto Wendler"]),
]


@pytest.mark.parametrize(("case", "text", "want"), PERSONS, ids=[c[0] for c in PERSONS])
def test_person_before_english_body(case: str, text: str, want: list[str]) -> None:
    assert [m.name for m in extract_persons(text)] == want, case
