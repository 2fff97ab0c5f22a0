"""Names after the word for their kind: militias, hyphenated company words; 20th-century bodies."""

from __future__ import annotations

import pytest

from tests.org_checks import org_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kampf gegen die Terrormiliz Islamischer Staat dauert an.", ["Islamischer Staat"]),
        ("Die Terror-Miliz Islamischer Staat soll verantwortlich sein.", ["Islamischer Staat"]),
        ("Die schiitische Miliz Hisbollah feuerte Raketen ab.", ["Hisbollah"]),
        ("Gestern hat die Dschihadistenmiliz IS die Stadt erobert.", ["Islamischer Staat"]),
        ("Die Miliz kontrolliert seit Mai die Stadt.", []),
        ("Eine Bürgermiliz Anfang Mai griff nicht ein.", []),
    ],
    ids=["terror-militia", "hyphenated", "plain-militia", "acronym", "no-name", "time-word"],
)
def test_a_militia_is_named_after_its_kind(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland trat 1926 dem Völkerbund bei.", ["Völkerbund"]),
        ("Die Staaten des Warschauer Pakts tagten in Prag.", ["Warschauer Pakt"]),
        ("Die Komintern schickte Berater.", ["Kommunistische Internationale"]),
    ],
    ids=["league-of-nations", "warsaw-pact-genitive", "comintern"],
)
def test_bodies_of_the_twentieth_century_are_listed(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sie hat das Maschinenbau-Unternehmen Quorvex-Eisele in Bullay besucht.",
         ["Quorvex-Eisele"]),
        ("Das Angebot für Firmen- und Privatkunden gilt ab Mai.", []),
    ],
    ids=["hyphenated-kind", "cut-compound"],
)  # fmt: skip
def test_a_hyphenated_word_for_a_company_names_the_firm_after_it(text, expected):
    assert org_names(text) == expected
