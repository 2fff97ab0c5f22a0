"""A noun after a head that is the object of its clause names no body."""

from __future__ import annotations

import pytest

from tests.org_checks import org_spans


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition will auf die Regierung Druck ausüben.",
        "Er schlief, während die Polizei Munition sicherstellte.",
        "Die Zusage muss im Parlament Bestand haben.",
        "Die Politik muss mit der Gesellschaft Schritt halten und handeln.",
        "Ich habe in der Schule Englisch gelernt.",
    ],
    ids=["pressure", "finite-verb", "two-verbs", "and", "participle"],
)
def test_a_noun_before_the_closing_verb_is_no_name(text):
    assert org_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie die Gewerkschaft Cockpit mitteilte, fallen Flüge aus.",
         [("Gewerkschaft Cockpit", "Gewerkschaft Cockpit")]),
        ("Es ruckelt, weil die Vereinigung Cockpit streikt.",
         [("Vereinigung Cockpit", "Vereinigung Cockpit")]),
        ("Die Stadt will die Verkehrsgesellschaft Nordlicht auflösen.",
         [("Verkehrsgesellschaft Nordlicht", "Verkehrsgesellschaft Nordlicht")]),
        ("Man darf das nicht der Regierung Merkel überlassen.",
         [("Regierung Merkel", "Regierung Merkel")]),
        ("Am Montag hat das Landgericht Kiel entschieden.",
         [("Landgericht Kiel", "Landgericht Kiel")]),
        ("Die Kammer des Landgerichts Kiel tagt.", [("Landgericht Kiel", "Landgerichts Kiel")]),
    ],
    ids=["announcing-verb", "head-taking-a-name", "company", "surname", "town", "genitive"],
)  # fmt: skip
def test_a_name_before_a_verb_stays(text, expected):
    assert org_spans(text) == expected
