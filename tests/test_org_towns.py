"""Towns named with a head noun but meant as places (``org_towns``, ``org_places``)."""

from __future__ import annotations

import pytest

from tests.org_checks import org_names


@pytest.mark.parametrize(
    "text",
    [
        "Bei einem Anschlag in der jordanischen Stadt Zarqa starben drei Menschen.",
        "Das Frachtschiff liegt in der südkoreanischen Hafenstadt Pohang.",
        "Flüchtlinge warten in der nordmazedonischen Grenzstadt Gevgelija.",
        "Am Rande der östlichen Stadt Kharkiv wurde gekämpft.",
        "In der belagerten Stadt Mariupol fehlt Wasser.",
        "Die nächstgelegene Stadt Tulcea liegt am Fluss.",
        "Die malerische Stadt Rothenburg zieht Touristen an.",
    ],
    ids=["national", "port-compound", "border-compound", "direction", "siege", "nearest",
         "picturesque"],
)  # fmt: skip
def test_a_town_described_by_an_adjective_is_a_place(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stadt Kempten teilt mit, dass die Halle schließt.", ["Stadt Kempten"]),
        ("Die jüdische Gemeinde Wien lädt zum Gespräch.", ["Gemeinde Wien"]),
        ("Die kreisfreie Stadt Herne lehnt die Fusion ab.", ["Stadt Herne"]),
        ("Die katholische Kirchengemeinde St. Anna lädt ein.", ["Kirchengemeinde St. Anna"]),
    ],
    ids=["acting-town", "faith", "status-adjective", "parish"],
)
def test_a_town_or_parish_acting_as_a_body_stays(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A3 Richtung Köln zwischen Kreuz Hilden und Leverkusen-Zentrum 9 km Stau.",
        "A1 Richtung Norden in Höhe Lübeck-Zentrum behindert ein Schwertransport den Verkehr.",
    ],
    ids=["between", "level-with"],
)
def test_a_motorway_exit_named_after_a_town_centre_is_no_body(text):
    assert [n for n in org_names(text) if "Zentrum" in n] == []


def test_a_centre_named_after_a_country_is_still_a_body():
    assert org_names("Der Leiter des Frankreich-Zentrums sprach.") == ["Frankreich-Zentrum"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Flug von HAM nach MUC fiel aus, Ersatz gab es ab CGN.",
        "Er landete am New Yorker Flughafen JFK am Abend.",
    ],
    ids=["three-airports", "new-york"],
)
def test_an_airport_code_is_no_organisation(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Neu in der Synode ist Gesa Behrmann (Kirchenkreis Wesermarsch).",
            "Kirchenkreis Wesermarsch",
        ),
        ("Er ist Diakon im Kirchenkreis Hamburg-Ost.", "Kirchenkreis Hamburg-Ost"),
    ],
    ids=["brackets", "im"],
)
def test_a_church_district_is_a_body(text, want):
    assert want in org_names(text)
