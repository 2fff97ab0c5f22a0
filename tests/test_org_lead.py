"""A firm's trade before its name and legal form is no part of the name (``org_lead``)."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations


def _written(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das IT-Unternehmen Quorvex GmbH hat einen Zulieferer übernommen.", "Quorvex GmbH"),
        ("Der Softwarehersteller Quorvex AG wächst seit Jahren.", "Quorvex AG"),
        ("Sie arbeitet bei der Meißener Handelsfirma Lindqvist AG in der Buchhaltung.",
         "Lindqvist AG"),
        ("Die Anwaltskanzlei Brenner & Partner mbB berät den Verein.", "Brenner & Partner mbB"),
    ],
    ids=["it-company", "software-maker", "town-and-trade", "law-firm"],
)  # fmt: skip
def test_the_name_starts_after_the_trade(text, expected):
    assert _written(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Wohnungsbaugesellschaft Mitte GmbH baut.", "Wohnungsbaugesellschaft Mitte GmbH"),
        ("Die Quorvex GmbH baut ein Werk.", "Quorvex GmbH"),
    ],
    ids=["head-noun-is-the-name", "plain"],
)
def test_a_name_without_a_trade_before_it_is_kept(text, expected):
    assert _written(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Gläubigerschutzverband KSV wird der Betrieb geschlossen.", "KSV"),
        ("Die Fluglinie ist Mitglied im Luftfahrtbündnis Skyteam.", "Skyteam"),
    ],
    ids=["creditors", "airline-alliance"],
)
def test_a_kind_compound_before_a_name_gives_the_name(text, expected):
    assert _written(text) == [expected]
