"""Session 17: names added to the curated lists (rail group, online media); cars by make."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.model import CleanDocument
from tests.org_checks import org_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Güter fährt DB Cargo, die Halle gehört DB Schenker.", ["DB Cargo", "DB Schenker"]),
        ("Zwischen Halle und Leipzig setzt DB Regio mehr Züge ein.", ["DB Regio"]),
        ("Die frühere DB Schenker Rail heißt heute anders.", ["DB Cargo"]),
    ],
    ids=["cargo-and-logistics", "regional-trains", "renamed"],
)
def test_the_companies_of_the_rail_group_are_listed(text, expected):
    assert org_names(text) == expected


def test_a_listed_company_with_its_legal_form_is_one_value():
    doc = CleanDocument("", "Die DB Netz AG saniert die Strecke, sagte ein Sprecher von DB Netz.")
    assert extract_entities(doc).organisations == ["DB Netz AG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut SPIEGEL ONLINE stimmt das.", ["Der Spiegel"]),
        ("Das schreibt FOCUS Online am Morgen.", ["Focus Online"]),
    ],
    ids=["spiegel-online-capitals", "focus-online"],
)
def test_online_media_in_their_own_capitals(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Kommandowagen vom Typ VW Tiguan ersetzt den alten Wagen.", []),
        ("Der Fahrer eines Pkw der Marke Opel flüchtete.", []),
        ("Ein Motorrad des Fabrikats Honda stand dort.", []),
        ("Die Marke Opel gehört zu Stellantis.", ["Opel", "Stellantis"]),
    ],
    ids=["of-type", "vehicle-of-make", "of-make", "brand-in-business-news"],
)
def test_a_carmaker_after_a_word_for_a_car_s_make_is_a_car(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die S-Bahn München meldet Störungen auf der Stammstrecke.", ["S-Bahn München"]),
        ("Bei der S-Bahn Hamburg fallen Züge aus. Die S-Bahn fährt wieder.", ["S-Bahn Hamburg"]),
    ],
    ids=["munich", "bare-s-bahn-is-none"],
)
def test_the_s_bahn_of_a_city_is_listed(text, expected):
    assert org_names(text) == expected
