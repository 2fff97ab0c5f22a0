"""Names that run on past their usual end, and short names known by their article."""

from __future__ import annotations

import pytest

from tests.org_checks import org_names, org_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ab Montag setzt DB Regio Nordost längere Züge ein.", ["DB Regio Nordost"]),
        ("Die DB Netz Südwest sperrt die Strecke.", ["DB Netz Südwest"]),
        ("Die DB Regio fährt am Sonntag seltener.", ["DB Regio"]),
    ],
    ids=["regio-region", "netz-region", "no-region"],
)
def test_a_regional_company_of_the_railway_is_one_name(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Antrag kam von der Fraktion Bürger für Meckenbeuren im Rat.",
         ["Fraktion Bürger für Meckenbeuren"]),
        ("Die Wählergemeinschaft Bürger für Bonn tritt wieder an.",
         ["Wählergemeinschaft Bürger für Bonn"]),
        ("Die Stadt Essen baut für ihre Bürger ein Bad.", ["Stadt Essen"]),
    ],
    ids=["council-group", "voters-association", "purpose-stays-out"],
)  # fmt: skip
def test_a_local_list_keeps_its_town(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Luftwaffe fliegt Einsätze gegen den IS im Norden Syriens.",
        "Der IS bekannte sich am Abend zu dem Anschlag.",
        "Ein Kommandeur des IS wurde festgenommen.",
        "Die beiden wurden vom IS ausgebildet.",
    ],
    ids=["against", "subject", "genitive", "by"],
)
def test_is_after_a_masculine_article_is_the_militia(text):
    assert org_spans(text) == [("Islamischer Staat", "IS")]


@pytest.mark.parametrize(
    "text",
    ["Er fährt den IS 250 seit Jahren.", "DAS IST DER IS DES TAGES", "Das IS-Symbol ist verboten."],
    ids=["car-model", "capitals", "compound"],
)
def test_is_elsewhere_is_no_organisation(text):
    assert "IS" not in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Spenden gehen an Caritas international in Freiburg.", "Caritas international"),
        ("Die Regierung der Oberpfalz genehmigte den Plan.", "Regierung der Oberpfalz"),
    ],
    ids=["caritas-international", "government-of-a-district"],
)
def test_curated_names_of_session_17s_left_overs(text, expected):
    assert org_names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte sie am Montag der französischen Zeitung Le Monde.", "Le Monde"),
        ("Die größte Förderung erhielt die Tageszeitung Die Presse.", "Die Presse"),
        ("Das soziale Netzwerk Qzone löschte den Beitrag.", "Qzone"),
    ],
    ids=["french-paper", "paper-with-german-article", "social-network"],
)
def test_a_paper_or_network_after_its_kind_is_the_name(text, expected):
    assert [written for _, written in org_spans(text)] == [expected]


def test_a_network_named_by_its_topic_keeps_its_head():
    assert org_names("Das Netzwerk Kinderschutz lädt zum Fachtag ein.") == ["Netzwerk Kinderschutz"]
