"""Compounds of a head noun that name a person or a thing (``org_nouns``)."""

from __future__ import annotations

import pytest

from tests.org_checks import org_names


@pytest.mark.parametrize(
    "text",
    [
        "Der dreimalige Titelträger Schweden verlor knapp.",
        "Der Ausfall des Leistungsträgers Kowalczyk schmerzt.",
        "Alte Tonträger Nenas sind gefragt.",
    ],
    ids=["title-holder", "key-player", "records"],
)
def test_no_body_where_the_compound_names_a_person_or_thing(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Schulträger, die Stadt Kempten, baut an.", ["Stadt Kempten"]),
        ("Die Vereinigung Cockpit ruft zum Streik auf.", ["Vereinigung Cockpit"]),
    ],
    ids=["school-body", "union"],
)
def test_bodies_stay(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Für das Projekt stellte die Stiftung Zuschüsse in Höhe von 5.000 Euro bereit.",
        "Auf den Packungen will das Ministerium Bilder drucken lassen.",
    ],
    ids=["grants", "pictures"],
)
def test_a_plural_noun_after_a_head_is_the_object_no_name(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Partei Alternative für Deutschland (AfD) tagte.", "AfD"),
        ("Die Summe hat der Konzern an die Stadt Halle abgeführt.", "Stadt Halle"),
        ("Die Stiftung Kinderherzen hilft in der Klinik.", "Stiftung Kinderherzen"),
    ],
    ids=["name-goes-on", "town-head", "no-plural"],
)
def test_a_name_after_a_head_stays(text, expected):
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Grabkammer von Sethos wurde geöffnet.",
        "Der Ort der Gewinnung von Koltan liegt in Kivu.",
    ],
    ids=["room", "no-guild"],
)
def test_rooms_and_winning_are_no_bodies(text):
    assert org_names(text) == []


def test_a_guild_and_a_chamber_of_a_trade_stay():
    text = "Die Bäckerinnung Köln und die Handwerkskammer Köln laden ein."
    assert org_names(text) == ["Bäckerinnung Köln", "Handwerkskammer Köln"]
