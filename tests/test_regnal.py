"""Rulers' and popes' ordinals as part of their names (``regnal``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


def names(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [m.name for m in found]


CASES = [
    ("emperor", "Damals adelte Kaiser Konrad III. den Grafen.", ["Konrad III."]),
    ("alone", "Ludwig XIV. ließ das Schloss erweitern.", ["Ludwig XIV."]),
    (
        "pope-two-names",
        "Der Segen von Papst Johannes Paul II. wurde verlesen.",
        ["Johannes Paul II."],
    ),
    ("seat", "Friedrich II. von Preußen starb 1786 in Potsdam.", ["Friedrich II. von Preußen"]),
    ("genitive-seat", "Das Grab Ottos II. von Neumarkt liegt im Chor.", ["Ottos II. von Neumarkt"]),
    ("one-letter", "Unter Karl V. endete der Streit.", ["Karl V."]),
    # an initial, no first name
    ("initial", "Peter V. Kowalczyk sagte, es sei gut.", ["Peter V. Kowalczyk"]),
    ("volume", "Der Band II. erschien 1900.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_ordinal_joins_the_name(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


def test_genitive_value_without_s() -> None:
    assert names("Das Grab Ottos II. von Neumarkt liegt im Chor.") == ["Otto II. von Neumarkt"]
