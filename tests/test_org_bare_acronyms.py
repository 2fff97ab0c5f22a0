"""Acronyms alone: bodies (``KVB``), and laws, programmes, fairs and terms, which are none."""

from __future__ import annotations

import pytest

from tests.org_checks import org_spans


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem WKVG haben wir die Pflege in den Dörfern gestärkt.",
        "Die Lücken im BFKG müssen wir im Herbst schließen.",
        "Über das Förderprogramm KRAWO erhielten zwölf Betriebe Geld.",
        "Auf der Fachmesse ORBA zeigte der Hersteller sein neues Modell.",
        "Das neue Gerät kann Videos in HDR aufnehmen.",
        "Viele Einsatzkräfte leiden nach solchen Nächten an PTBS.",
        "Die Beratungsstelle richtet sich an LSBTI in ländlichen Regionen.",
        "Zur IFA zeigen die Hersteller ihre neuen Fernseher.",
    ],
    ids=["law-dative", "law-im", "programme", "fair", "format", "diagnosis", "group", "trade-fair"],
)
def test_an_acronym_of_a_law_programme_fair_or_term_is_no_organisation(text):
    assert org_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die KVWG hat ihren Bericht vorgelegt.", [("KVWG", "KVWG")]),
        ("Die Fahrgäste der KVB mussten am Morgen warten.", [("KVB", "KVB")]),
        ("Gegen die RÖBAG liegt ein Urteil vor.", [("RÖBAG", "RÖBAG")]),
    ],
    ids=["feminine-in-g", "transport", "company-in-g"],
)
def test_an_acronym_of_a_body_stays(text, expected):
    assert org_spans(text) == expected
