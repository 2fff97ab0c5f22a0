"""Names of the session-20 additions to the curated news list, found without a cue word."""

from __future__ import annotations

import pytest

from tests.org_checks import org_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach Angaben des Islamischen Staates wurden drei Dörfer erobert.",
         [("Islamischer Staat", "Islamischen Staates")]),
        ("Tausende folgten dem Aufruf von Pegida in Dresden.", [("Pegida", "Pegida")]),
        ("Die Kämpfer der YPG zogen sich zurück.", [("Volksverteidigungseinheiten", "YPG")]),
        ("Die Nord/LB senkte ihr Kursziel.", [("Norddeutsche Landesbank", "Nord/LB")]),
        ("Monsanto wehrt sich gegen die Klage.", [("Monsanto", "Monsanto")]),
        ("Das Bundesheer schickt zweihundert Soldaten an die Grenze.",
         [("Bundesheer", "Bundesheer")]),
        ("Die Züge der ÖBB fallen am Montag aus.", [("Österreichische Bundesbahnen", "ÖBB")]),
        ("Der LASK gewann in Linz knapp.", [("Linzer ASK", "LASK")]),
    ],
    ids=["militia-genitive", "movement", "militia-acronym", "bank", "company", "army",
         "railway", "club"],
)  # fmt: skip
def test_a_body_of_the_news_is_found_by_its_name(text, expected):
    assert org_spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Koalition bekämpft die Terrororganisation IS seit Jahren.",
        "Kämpfer der Extremistenmiliz IS zogen ab.",
        "Die Abgeordneten stimmten über den Einsatz gegen IS ab.",
    ],
    ids=["organisation", "militia", "against"],
)
def test_is_after_its_kind_or_against_is_the_militia(text):
    assert org_spans(text) == [("Islamischer Staat", "IS")]


@pytest.mark.parametrize(
    "text",
    ["Er fährt einen Lexus IS 250 mit Automatik.", "Die Firma stellt Software für IS und IT her."],
    ids=["car-model", "after-for"],
)
def test_is_elsewhere_is_no_militia(text):
    assert org_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Unesco nahm die Altstadt in ihre Liste auf.", [("UNESCO", "Unesco")]),
        ("Der Zentralrat der Juden begrüßte den Beschluss.",
         [("Zentralrat der Juden in Deutschland", "Zentralrat der Juden")]),
        ("Der Ausschuss untersuchte die Morde des NSU.",
         [("Nationalsozialistischer Untergrund", "NSU")]),
        ("Wikileaks veröffentlichte weitere Dokumente.", [("WikiLeaks", "Wikileaks")]),
    ],
    ids=["agency-style", "short-form", "acronym", "news-case"],
)  # fmt: skip
def test_a_body_is_found_in_the_spelling_news_uses(text, expected):
    assert org_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der HVV erhöht die Fahrpreise.", [("Hamburger Verkehrsverbund", "HVV")]),
        ("Zwischen Koblenz und Mainz fahren Züge von vlexx.", [("vlexx", "vlexx")]),
        ("Die SBB bestellt neue Doppelstockzüge.", [("Schweizerische Bundesbahnen", "SBB")]),
    ],
    ids=["transport-association", "regional-operator", "railway-abroad"],
)  # fmt: skip
def test_a_transport_company_is_found_by_its_name(text, expected):
    assert org_spans(text) == expected
