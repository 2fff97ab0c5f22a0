"""Organisation rules of session 15: junctions, notice nouns, British clubs, the sector list."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.organisations import find_organisations
from indexer.model import CleanDocument
from tests.org_checks import org_names


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_organisations(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Auf der A3 zwischen Kreuz Leverkusen-West und Kreuz Hilden staut es sich auf 6 km.",
        "Zwischen Dreieck Stuhr und Bremer Kreuz ist ein Fahrstreifen gesperrt.",
        "Der Unfall geschah kurz vor dem Autobahnkreuz Kaiserberg.",
    ],
)
def test_a_motorway_junction_is_no_organisation(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Rotem Kreuz kamen zwölf Helfer.", "Rotes Kreuz"),
        ("Helfer vom Blauen Kreuz Wuppertal kamen dazu.", "Blauen Kreuz Wuppertal"),
    ],
)
def test_a_cross_with_its_colour_is_a_body(text, expected):
    assert expected in _spans(text) or expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meldung: Übernahme von Quorvex Capital AG abgeschlossen.", "Quorvex Capital AG"),
        ("Die Tochtergesellschaft Trusquel GmbH erweitert ihr Angebot.", "Trusquel GmbH"),
        ("Stimmrechtsmitteilung Brannvik AG vom 3. Mai", "Brannvik AG"),
        ("Kursinformationen von Quorvex Data Services GmbH.", "Quorvex Data Services GmbH"),
    ],
)
def test_a_notice_noun_starts_no_company_name(text, expected):
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stiftung Quorvex GmbH fördert Schulen.", "Stiftung Quorvex GmbH"),
        ("Die Stadtwerke Quorbach GmbH liefern Strom.", "Stadtwerke Quorbach GmbH"),
    ],
)
def test_a_head_noun_before_a_legal_form_stays(text, expected):
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Pokal verlor Northampton Town gegen Leeds United.",
            ["Northampton Town", "Leeds United"],
        ),
        ("Er wechselte im Sommer zu den Blackburn Rovers.", ["Blackburn Rovers"]),
        ("Der Verteidiger kam von West Bromwich Albion.", ["West Bromwich Albion"]),
    ],
)
def test_british_clubs_by_their_shape(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sie flog über Mexico City nach Kansas City.",
        "Die Inner City von Glasgow wird saniert.",
        "Spiele wie Sim City verkaufen sich gut.",
        "Der Internetdienstleister United Internet rechnet mit Wachstum.",
    ],
)
def test_towns_games_and_firms_are_no_british_clubs(text):
    assert not any(name.endswith(("City", "United")) for name in _spans(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als Speicher bot Atari eigene Karten an.", "Atari"),
        ("Erst nachdem Sun Microsystems Geld gab, ging es los.", "Sun Microsystems"),
        ("Die Fed hob den Leitzins an.", "Federal Reserve"),
        ("Die Aktie fiel an der Wiener Börse um zwei Prozent.", "Wiener Börse"),
        ("Der Vorsitzende der Jungen Union sprach zuerst.", "Junge Union"),
        ("Nach Angaben der Gewerkschaft Verdi streikten 400 Beschäftigte.", None),
    ],
)
def test_names_of_the_sector_list(text, expected):
    names = org_names(text)
    if expected is None:  # Verdi: the union's full name, as its other spelling ver.di gives
        assert names == org_names("Nach Angaben von ver.di streikten 400 Beschäftigte.") != []
    else:
        assert names == [expected]


def test_verdi_alone_is_the_composer_not_the_union():
    assert org_names("Am Abend erklangen Arien von Verdi und Puccini.") == []


def test_the_sector_list_gives_one_facet_value_per_body():
    doc = CleanDocument("", "Die Bafin prüft. Die BaFin hat Fragen. Auch EDEKA und Edeka reden.")
    assert sorted(extract_entities(doc).organisations) == [
        "Bundesanstalt für Finanzdienstleistungsaufsicht",
        "Edeka",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Züge der Linie RB 68 fallen zwischen Ladenburg und Heidelberg aus.",
        "Zwischen Kornwestheim und Ludwigsburg ist ein SEV mit Bussen eingerichtet.",
        "Geschwindigkeitsmessung auf der BAB 66 in beide Fahrtrichtungen.",
        "Wallendorf, LKR. Kronach: Ein Radfahrer stürzte.",
    ],
)
def test_words_of_traffic_reports_are_no_organisations(text):
    assert org_names(text) == []


def test_a_club_of_an_acronym_and_a_year_stays():
    assert org_names("Am Samstag verlor der TSV 1860 in Quorbach.") == ["TSV 1860"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Aktien von Deutscher Börse stiegen.", ["Deutsche Börse"]),
        ("Laut Deutscher Presse-Agentur war es kalt.", ["Deutsche Presse-Agentur"]),
        ("Der Deutscher Bundestag tagt.", ["Deutscher Bundestag"]),
    ],
)
def test_a_feminine_name_without_its_article(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Auftrag ging an Bombardier und Siemens.", ["Bombardier", "Siemens"]),
        ("Die Aktie von Dräger legte zu.", ["Drägerwerk"]),
        ("Die Aktien fielen an der Londoner Börse.", ["London Stock Exchange"]),
    ],
)
def test_companies_of_the_sector_list(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Fluggesellschaft Swiss streicht Flüge nach München.",
            ["Swiss International Air Lines"],
        ),
        ("Er ist ein großer Fan von Swiss Cheese.", []),
    ],
)
def test_swiss_is_the_airline_only_after_a_kind(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Roten Karte fehlt er in der Gruppe B zwei Spiele.",
        "Die Altstadt von Quorbach ist kaum verändert.",
        "Besser steht der zweite Londoner Club da, der in Führung liegt.",
    ],
)
def test_groups_of_a_draw_old_towns_and_a_towns_club_are_no_names(text):
    assert org_names(text) == []


def test_a_town_adjective_in_a_curated_name_is_not_declined():
    text = "Das sagte er in der Neuen Zürcher Zeitung am Montag."
    assert org_names(text) == ["Neue Zürcher Zeitung"]
    assert _spans(text) == ["Neuen Zürcher Zeitung"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danach übernahm die Compagnia Aerea Quorvana die Flotte.", ["Compagnia Aerea Quorvana"]),
        ("Sie lehrte an der Université de Quorvignac.", ["Université de Quorvignac"]),
        ("Er sang im Teatro alla Quorvala und im Museo del Prado.", None),
        ("Die Banca d'Quorvia senkte den Zins.", ["Banca d'Quorvia"]),
    ],
)
def test_romance_bodies_by_their_head_word(text, expected):
    if expected is None:
        expected = ["Teatro alla Quorvala", "Museo del Prado"]
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Teatro Quorvón gab es Konzerte.", ["Teatro Quorvón"]),
        ("Das Musée du Quorvre Paris ist voll.", ["Musée du Quorvre"]),
        ("Die Banco ist kein Name.", []),
    ],
)
def test_a_romance_name_ends_at_a_german_word_or_a_place(text, expected):
    assert _spans(text) == expected


def test_a_head_named_by_a_letter_alone_is_no_name():
    assert org_names("Die Partei B liegt rechts, die Partei C in der Mitte.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte er der Rhein-Zeitung am Montag.", ["Rhein-Zeitung"]),
        ("Wie c't berichtet, fehlt ein Treiber.", ["c't"]),
        ("Die Rai zeigte das Spiel.", ["RAI"]),
        ("Im Gespräch mit Haaretz sagte sie das.", ["Haaretz"]),
    ],
)
def test_media_of_the_sector_list(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der bei Quorvamusik unter Vertrag stehende Rapper tritt auf.", ["Quorvamusik"]),
        ("Seit 2019 steht er bei Quorbach 96 unter Vertrag.", ["Quorbach 96"]),
        ("Sie steht bei Quorvex Music unter Vertrag.", ["Quorvex Music"]),
    ],
)
def test_the_body_one_is_under_contract_with(text, expected):
    assert _spans(text) == expected


def test_a_contract_without_a_body_names_none():
    assert org_names("Er hat bei uns einen Vertrag unter Vorbehalt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er arbeitete bei Saatchi & Saatchi in London.", ["Saatchi & Saatchi"]),
        ("Es ging Schritt & Schritt voran.", []),
    ],
)
def test_a_firm_of_one_name_twice(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Und sein Mercedes 208 fährt heute noch als Taxi.",
        "Sie nahmen im Mercedes Platz.",
        "Er fährt einen BMW X5 und sie einen VW Golf.",
    ],
)
def test_a_carmaker_standing_for_a_car_is_no_organisation(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mercedes gewann das Rennen vor Ferrari.", ["Mercedes-Benz", "Ferrari"]),
        ("BMW 2023: Umsatz gestiegen.", ["BMW"]),
        ("Toyota 2,5 Prozent im Plus.", ["Toyota"]),
    ],
)
def test_a_carmaker_as_a_company_stays(text, expected):
    assert org_names(text) == expected
