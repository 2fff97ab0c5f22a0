"""Plural heads of one body in the dative (``org_plurals``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_organisations

CASES = [
    (
        "stadtwerke",
        "Kunden bei den Stadtwerken Oberlind zahlen weniger. Strom in Oberlind wird billiger.",
        ["Stadtwerke Oberlind"],
    ),
    (
        "compound",
        "Er fährt mit den Verkehrsbetrieben Zürich zur Arbeit.",
        ["Verkehrsbetriebe Zürich"],
    ),
    ("festival", "Sie sang bei den Salzburger Festspielen.", ["Salzburger Festspiele"]),
    # a plain plural of many places is no body, nor one of things
    ("plain", "Er arbeitet in kleinen Betrieben in Sachsen.", []),
    ("things", "Später sollen in Kraftwerken Atomkerne verschmelzen.", []),
    # a word after the dative that names no town is the clause's object
    ("object", "Der Prüfer hat bei den Stadtwerken Rohrbrüche entdeckt.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_dative_plural_bodies(case: str, text: str, want: list[str]) -> None:
    assert extract_organisations(text) == want, case
