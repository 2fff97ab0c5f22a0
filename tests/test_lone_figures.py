"""Jesus named alone (``lone_figures``): own sentences, the rules' real code path."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, "rules")[0]]


CASES = [
    ("genitive", "Das Fresko über dem Altar zeigt die Taufe Jesu am Jordan.", ["Jesu"]),
    ("nominative", "In der dritten Szene spricht Jesus zu den Fischern.", ["Jesus"]),
    ("with-christus", "Der Chor singt vom Leiden Jesu Christi.", ["Jesu Christi"]),
    ("accusative", "Die Hirten fanden Jesum in der Krippe.", ["Jesum"]),
    # compounds and other words are none
    ("compound", "Die Jesus-Figur im Garten und das Jesuskind wurden restauriert.", []),
    ("jesuits", "Die Jesuiten gründeten das Kolleg 1580.", []),
    # a given name of a person named in full stays that person
    ("given-name", "Der Verteidiger Jesus Ortega blieb verletzt draußen.", ["Jesus Ortega"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lone_figures(text, expected):
    assert persons(text) == expected


def test_a_release_names_no_lone_figure():
    release = " ".join(
        [
            "Die Gemeinde Sankt Anselm lädt zum Osterfest ein.",
            "Pfarrerin Judith Wendholt predigt am Sonntag über die Auferstehung Jesu.",
            "Danach gibt es Kaffee im Gemeindehaus.",
            "Der Chor probt ab Mittwoch.",
            "Anmeldungen nimmt das Pfarrbüro entgegen.",
        ]
    )
    assert persons(release) == ["Judith Wendholt"]
