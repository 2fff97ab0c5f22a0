"""A first-person paragraph is a person's statement after a lead in the third person, not in a
speech to listeners or a text that has spoken as ``wir`` (sentences of our own)."""

from __future__ import annotations

import pytest

from indexer.extraction.speech_voice import addresses_listeners
from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(persons=["Anna Berg", "Peter Krause"], roles={"Anna Berg": "Landrätin"})
STATEMENT = "Ich bin froh, dass die Zusammenarbeit mit allen Beteiligten so gut funktioniert hat."

CASES = [
    (
        "after-a-lead",
        "Landrätin Anna Berg hat heute in Musterstadt erklärt, dass die Wache fertig sei.\n"
        + STATEMENT,
        ["Anna Berg"],
    ),
    (
        "in-a-speech",
        "Sehr geehrter Herr Präsident! Liebe Kolleginnen und Kollegen!\n"
        "Landrätin Anna Berg hat heute in Musterstadt erklärt, dass die Wache fertig sei.\n"
        + STATEMENT,
        [],
    ),
    (
        "after-the-text-spoke-as-wir",
        "Wir haben dem Ausschuss gemeldet, an welchen Tagen unser Minister und an welchen "
        "Peter Krause mit den Firmen sprach.\n" + STATEMENT,
        [],
    ),
    (
        "wir-only-in-a-quote",
        "„Wir brauchen die Wache dringend“, sagte Peter Krause.\n"
        "Landrätin Anna Berg hat heute in Musterstadt erklärt, dass die Wache fertig sei.\n"
        + STATEMENT,
        ["Peter Krause", "Anna Berg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_first_person_paragraph_is_a_statement_only_in_a_report(body, expected):
    assert quote_speakers(body, PEOPLE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herr Präsident! Liebe Kolleginnen und Kollegen! Heute reden wir über Wasser.", True),
        ("Herr Minister, Sie haben es selbst gesagt.", True),
        ("Meine sehr geehrten Damen und Herren, ich begrüße Sie.", True),
        ("Herr Müller aus Musterstadt hat den Preis gewonnen.", False),
        ("Die Stadt lädt alle Bürgerinnen und Bürger zum Fest ein.", False),
    ],
)
def test_a_speech_opens_by_addressing_its_listeners(text, expected):
    assert addresses_listeners(text) is expected
