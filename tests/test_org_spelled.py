"""A name spelled out before its acronym in brackets is whole (``org_spelled``)."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.organisations import find_organisations
from indexer.model import CleanDocument


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Den Beschluss kritisiert der Verband Bayerischer Zeitungen (VBZ) scharf.",
         "Verband Bayerischer Zeitungen"),
        ("Die Gesellschaft für bedrohte Völker (GfbV) protestiert.",
         "Gesellschaft für bedrohte Völker"),
        ("Sie forscht am Institut für die Geschichte der Medizin (IGM) in Bonn.",
         "Institut für die Geschichte der Medizin"),
        ("Der Verein gegen Tierfabriken (VGT) klagt.", "Verein gegen Tierfabriken"),
    ],
    ids=["genitive-plural", "lowercase-adjective", "article-inside", "gegen"],
)  # fmt: skip
def test_the_acronym_says_how_far_the_name_reaches(text, written):
    acronym = text[text.index("(") + 1 : text.index(")")]
    found = _found(text)
    assert (found[0][1], found[1][1]) == (written, acronym)
    assert found[0][0] == found[1][0]


def test_a_partys_name_spelled_out_is_the_party():
    text = "Die Partei Alternative für Deutschland (AfD) marschierte auf. Die AfD will mehr."
    assert extract_entities(CleanDocument("", text)).organisations == ["AfD"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Peter Altmaier (CDU) sprach in Berlin.",
        "Nach dem Allgemeinen Gleichbehandlungsgesetz (AGG) ist das verboten.",
        "Die Zahl der Neuen Wohnungen (NW) stieg.",
    ],
    ids=["person-and-party", "a-law", "no-head-no-name"],
)
def test_no_name_where_the_words_before_the_brackets_are_none(text):
    assert [w for _, w in _found(text) if " " in w] == []
