"""Organisation rules of session 16: a maker's name standing for its product."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations
from tests.org_checks import org_names


@pytest.mark.parametrize(
    "text",
    [
        "Ein Audi prallte am Sonntagabend gegen einen Baum.",
        "Hierbei stieß der VW gegen eine Laterne.",
        "Sie streifte den Renault eines 40-jährigen Mannes.",
        "Der Fahrer eines silbernen Opel flüchtete in Richtung Innenstadt.",
        "Der Renault Fahrer blieb unverletzt.",
        "Die neue BMW X3 Serie kommt im Mai.",
        "Die Airline flog mit einem Airbus A320 nach Palma.",
        "Das Programm läuft unter Mozilla Firefox und Microsoft Edge.",
        "Das Paket kommt mit einem Apple iPhone oder einem Samsung Galaxy.",
        "Die Brille HTC Vive kostet 800 Dollar.",
        "Als Prozessor dient ein Intel Atom.",
    ],
    ids=["ein-audi", "der-vw", "den-renault", "eines-silbernen-opel", "renault-fahrer",
         "bmw-x3", "airbus-a320", "firefox-edge", "iphone-galaxy", "htc-vive", "intel-atom"],
)  # fmt: skip
def test_a_maker_standing_for_its_product_is_no_organisation(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei der BMW arbeiten in Dingolfing 17.000 Menschen.", ["BMW"]),
        ("Die VW AG und Ford melden Gewinne.", ["VW AG", "Ford"]),
        ("Der Brief, den Tesla an den Kunden schrieb, liegt vor.", ["Tesla"]),
        ("Mozilla teilte am Montag mit, Google zahle weiter.", ["Mozilla", "Google"]),
        ("Die Lufthansa bestellte bei Airbus zehn Flugzeuge.", ["Lufthansa", "Airbus"]),
        ("BMW 2023: Umsatz gestiegen.", ["BMW"]),
    ],
    ids=["bei-der-bmw", "vw-ag", "relative-den", "mozilla-speaks", "bei-airbus", "bmw-year"],
)
def test_a_maker_as_a_company_stays(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das meldete der Branchenverband Quorvia am Montag.", "Quorvia"),
        ("Laut einer Umfrage des Digitalverbands Quorvia stieg der Umsatz.", "Quorvia"),
        ("Die Anwaltskanzlei Heldrup Fonsek mahnt weiter ab.", "Heldrup Fonsek"),
        ("Er gründete mit ihr die Eventagentur Zappzorn.", "Zappzorn"),
        ("Die Privatbank Oddrin steht vor der Übernahme.", "Oddrin"),
        ("Der Chef des Zeitungsverlages Madrosk sagte ab.", "Madrosk"),
        ("Die Supermarktkette Tegurn schließt drei Filialen.", "Tegurn"),
        ("Der Discounter Nettrup senkt die Preise.", "Nettrup"),
    ],
    ids=["branchenverband", "genitive-verband", "kanzlei", "agentur", "privatbank",
         "genitive-verlag", "chain-at-start", "discounter-at-start"],
)  # fmt: skip
def test_a_kind_before_a_name_gives_the_name(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte die Landesbank Hessen-Thüringen.", ["Landesbank Hessen-Thüringen"]),
        ("Die Band spielt heute in Kiel.", []),
    ],
    ids=["bank-of-a-region", "band-no-name"],
)
def test_a_kind_before_a_place_or_nothing_stays(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Spiel jubelten die Fohlen über drei Punkte.", ["Borussia Mönchengladbach"]),
        ("Gegen die abstiegsbedrohten Knappen gewann Mainz das Spiel.", ["FC Schalke 04"]),
        ("Die Roten Teufel verloren das Derby deutlich.", ["1. FC Kaiserslautern"]),
        ("Der Trainer der Werkself lobte seine Mannschaft.", ["Bayer 04 Leverkusen"]),
        ("Die Fohlen grasen hinter dem Stall auf der Weide.", []),
        ("Im Zoo leben seit dem Frühjahr die Zebras.", []),
        ("Nach dem Spiel sprach er vom Eisernen Vorhang.", []),
        ("Die Werkself-Fans feierten das Tor.", []),
    ],
    ids=["fohlen", "adjective-knappen", "roten-teufel", "werkself", "foals", "zebras",
         "eiserner-vorhang", "compound"],
)  # fmt: skip
def test_a_club_by_its_nickname_in_a_game(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Orchester spielte die Ouvertüre „Academic Festival“ von Brahms.", []),
        ("Der Film „The Social Network“ handelt von Facebook.", ["Facebook"]),
        ("Das Theaterstück „Die Firma Mertens GmbH“ wurde aufgeführt.", []),
        ("Die Kampagne „Stiftung Zukunft“ startet im Mai.", []),
        ("Das Unternehmen „Mertens GmbH“ stellt ein.", ["Mertens GmbH"]),
    ],
    ids=["ouverture", "film", "play", "campaign", "company-in-quotes"],
)
def test_a_title_of_a_work_in_quotes_is_no_organisation(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es spielte das Sinfonieorchester des Bayerischen Rundfunks.",
         ["Sinfonieorchester des Bayerischen Rundfunks"]),
        ("Mitglieder des Symphonieorchesters des SWR spielten.", ["Symphonieorchester des SWR"]),
        ("Der Chor des Norddeutschen Rundfunks sang.", ["Chor des Norddeutschen Rundfunks"]),
        ("Die Kapelle der Bundeswehr wurde geweiht.", ["Bundeswehr"]),
        ("Laut war der Chor der SPD-Fraktion.", ["SPD-Fraktion"]),
    ],
    ids=["sinfonieorchester", "genitive", "chor", "chapel", "debate"],
)  # fmt: skip
def test_an_orchestra_of_a_body_is_named_whole(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Berliner Zentrum war am Samstag voll.", []),
        ("Im Leipziger Versandzentrum wird gestreikt.", []),
        ("Das Jülicher Forschungszentrum meldet einen Erfolg.", ["Jülicher Forschungszentrum"]),
        ("Das Berliner Zentrum für Gesundheit meldet.", ["Berliner Zentrum für Gesundheit"]),
        ("Ein Preis der International River Foundation.", ["International River Foundation"]),
        ("Das Evangelische Krankenhaus meldet.", ["Evangelisches Krankenhaus"]),
    ],
    ids=["town-centre", "firm-site", "town-adjective-kept", "named-centre", "english-river",
         "declined-adjective"],
)  # fmt: skip
def test_a_town_site_is_no_body_and_a_town_adjective_is_not_declined(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er arbeitete bei der Firma Müller in Köln.", ["Müller"]),
        ("Die Firma Schmidt baut das Haus.", ["Schmidt"]),
        ("Er wollte der Firma Angebote machen.", []),
        ("Sie wollen, dass die Firma Wohnungen bauen kann.", []),
    ],
    ids=["mueller", "schmidt", "plural-noun", "plural-noun-2"],
)
def test_a_family_firm_after_firma(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wechselte 1985 zu Chemie Leipzig in die Oberliga.", ["Chemie Leipzig"]),
        ("Er spielte für Motor Zwickau und Stahl Riesa.", ["Motor Zwickau", "Stahl Riesa"]),
        ("Die Chemie Leipzig ist ein Standort der Industrie.", []),
        ("Der Verein lobt den Stahl Deutschlands.", []),
    ],
    ids=["chemie-leipzig", "two-clubs", "no-game", "genitive"],
)
def test_an_east_german_club_by_its_works_sector(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Hausbank ist seit jeher eine Bank für Unternehmen gewesen.", []),
        ("Er gründete einen Verein für Menschen mit Behinderung.", []),
        ("Darf eine Gemeinde Menschen pauschal ausschließen?", []),
        ("Die Bundesagentur für Arbeit meldet neue Zahlen.", ["Bundesagentur für Arbeit"]),
        ("Sie gründeten einen Verein Bildungspaten e. V. in Kiel.", ["Bildungspaten e. V."]),
    ],
    ids=["eine-bank-fuer", "einen-verein-fuer", "eine-gemeinde", "named", "legal-form"],
)
def test_a_kind_after_an_indefinite_article_is_no_name(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er lehrt am University College London.", ["University College London"]),
        ("Anteile hält das Bankhaus Heller & Prenn.", ["Bankhaus Heller & Prenn"]),
        ("Er trainiert den Fußball-Erste-Liga-Club SC Wiener Neustadt.", ["SC Wiener Neustadt"]),
    ],
    ids=["english-college", "bank-of-partners", "kind-compound-gives-way"],
)  # fmt: skip
def test_two_mentions_overlapping_in_part_are_one(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neben Office-Dateien können auch PDF- und Sway-Dokumente hochgeladen werden.",
        "Er produzierte die Verfilmung der Rockoper Tommy von The Who.",
        "Das Display liegt auf dem Niveau von Samsungs Galaxy S6.",
    ],
    ids=["cut-compound", "rock-opera", "genitive-maker"],
)
def test_compound_parts_works_and_products_are_no_organisations(text):
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So steht es im Urteil des OLG Naumburg vom Mai.", ["Oberlandesgericht Naumburg"]),
        ("Das LG München I entschied anders.", ["Landgericht München I"]),
        ("Das OLG entschied anders.", []),
        ("LG Electronics stellt ein Telefon vor.", ["LG Electronics"]),
    ],
    ids=["olg-seat", "lg-roman", "olg-alone", "lg-firm"],
)
def test_a_court_by_its_acronym_and_seat(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "acronym"),
    [
        ("Das Landgericht (LG) Köln wies die Klage ab.", "Landgericht Köln", "LG"),
        ("Ein Sprecher des Oberlandesgerichts (OLG) Celle sagte das.",
         "Oberlandesgericht Celle", "OLG"),
        ("Das Oberlandesgericht (OLG) Frankfurt am Main hat entschieden.",
         "Oberlandesgericht Frankfurt am Main", "OLG"),
        ("Das Landgericht (LG) München I verurteilte ihn.", "Landgericht München I", "LG"),
    ],
)  # fmt: skip
def test_a_court_with_its_acronym_in_brackets_before_its_seat(text, expected, acronym):
    """Court releases write the acronym between the court and its seat; the seat belongs to
    the name (it was cut off: ``Landgericht``), the acronym becomes its alias."""
    found = find_organisations(text)
    assert [(m.name, m.acronym) for m in found][:1] == [(expected, acronym)]
    assert {m.name for m in found} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nowitzki verlor mit den Dallas Mavericks.", ["Dallas Mavericks"]),
        ("Er spielt für die Toronto Maple Leafs.", ["Toronto Maple Leafs"]),
        ("Die Miami Heat siegten gegen die Boston Celtics.", ["Miami Heat", "Boston Celtics"]),
        ("Er trainiert in Colorado Springs für den Ironman.", []),
        ("Er flog von Chicago Richtung Westen.", []),
    ],
    ids=["mavericks", "maple-leafs", "heat-celtics", "town", "city-alone"],
)
def test_a_north_american_team_by_city_and_plural(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Spiel Dinamo Zagreb gegen Roter Stern Belgrad.",
         ["Dinamo Zagreb", "Roter Stern Belgrad"]),
        ("Er wechselt von Admira Wacker Mödling nach England.", ["Admira Wacker Mödling"]),
        ("Sturm Graz gewann das Spiel klar.", ["Sturm Graz"]),
        ("Ein Sturm Graz erreichte am Abend.", []),
        ("Die Region Lazio liegt in Italien.", []),
    ],
    ids=["dinamo-roter-stern", "admira-wacker", "sturm-in-game", "storm", "region"],
)  # fmt: skip
def test_a_european_club_by_its_opening_and_town(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er trat der Fraktion der Unabhängigen Sozialdemokraten bei.",
         ["Unabhängigen Sozialdemokraten"]),
        ("Die Fraktionen der Großen Koalition stimmten zu.", []),
        ("Die Fraktion der anderen Parteien stimmte zu.", []),
    ],
    ids=["members-plural", "coalition", "lowercase"],
)  # fmt: skip
def test_a_parliamentary_group_of_a_party_named_by_its_members(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die französische Bank Oddrin steht vor der Übernahme.", ["Oddrin"]),
        ("Die deutsche Bank Berenberg meldet Gewinne.", ["Berenberg"]),
        ("Die Deutsche Bank meldet Gewinne.", ["Deutsche Bank"]),
        ("Die Bank Austria meldet Gewinne.", ["Bank Austria"]),
    ],
    ids=["french-bank", "german-bank", "deutsche-bank", "bank-austria"],
)
def test_a_plain_kind_after_a_nations_adjective_gives_the_name(text, expected):
    assert [text[m.start : m.end] for m in find_organisations(text)] == expected
