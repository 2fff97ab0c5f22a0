"""A firm named without its legal form (``org_short``), and firms known by shape alone."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.organisations import find_organisations
from indexer.model import CleanDocument


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Die Quorvex GmbH baut ein Werk. Quorvex beschäftigt 200 Menschen.", "Quorvex"),
        ("Die Wige Media AG legt Zahlen vor. 2015 wuchs Wige Media um zehn Prozent.",
         "Wige Media"),
        ("Die Anleihen der German Pellets GmbH fallen, bei German Pellets fehlt Geld.",
         "German Pellets"),
    ],
    ids=["one-word", "two-words", "first-name-but-no-surname"],
)  # fmt: skip
def test_the_name_alone_is_the_firm_again(text, short):
    full = _found(text)[0][0]
    assert (full, short) in _found(text)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Die Quorvex GmbH baut. Die Quorvex-Gruppe wächst, Quorvex.de hilft.", "Quorvex"),
        ("Die Müller GmbH baut. Dann sagt Müller, es sei gut.", "Müller"),
        ("Die Cyanogen Inc. arbeitet mit Herstellern. Dieser nennt sich Cyanogen OS.",
         "Cyanogen"),
        ("Die Hamburg Messe GmbH plant. In Hamburg Messe zu besuchen lohnt.", "Hamburg Messe"),
        ("Die Bad Homburg GmbH verwaltet die Kurhäuser. In Bad Homburg ist es ruhig.",
         "Bad Homburg"),
    ],
    ids=["glued", "surname-word", "product", "town", "town-with-prefix"],
)  # fmt: skip
def test_no_name_alone_where_it_is_something_else(text, alone):
    assert alone not in [written for _, written in _found(text)]


def test_the_name_alone_gives_no_second_facet_value():
    doc = CleanDocument("", "Die Quorvex GmbH baut ein Werk. Quorvex beschäftigt 200 Menschen.")
    assert extract_entities(doc).organisations == ["Quorvex GmbH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Trumpf Hüttinger GmbH + Co. KG baut.", "Trumpf Hüttinger GmbH + Co. KG"),
        ("Die QVX GmbH liefert Teile an die Quorvex Holding.", "Quorvex Holding"),
        ("Die Porsche Automobil Holding hält Anteile.", "Porsche Automobil Holding"),
    ],
    ids=["plus-co", "holding", "holding-three-words"],
)
def test_a_firm_by_the_shape_of_its_name(text, expected):
    assert expected in [written for _, written in _found(text)]


def test_a_holding_without_a_name_is_none():
    assert _found("Die Quandts halten die Anteile über ihre Holding.") == []
