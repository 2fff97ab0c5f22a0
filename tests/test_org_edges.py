"""Where a name reaches (``org_edges``) and guarded names known by their trade (``org_context``)."""

from __future__ import annotations

import pytest

from tests.org_checks import org_names, org_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verein „Freunde der Oper e. V.“ lädt zum Sommerfest.", "Freunde der Oper e. V."),
        ("Sie gründeten den „Förderkreis für das Hallenbad e. V.“ im Mai.",
         "Förderkreis für das Hallenbad e. V."),
    ],
    ids=["friends-of-the-opera", "with-lowercase-words"],
)  # fmt: skip
def test_a_quoted_name_before_its_legal_form_is_whole(text, expected):
    assert org_names(text) == [expected]


def test_a_legal_form_without_quotes_keeps_its_edge():
    assert org_names("Die Spende ging an die Freunde der Oper e. V. in Halle.") == ["Oper e. V."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Deutsche Gesellschaft für die Vereinten Nationen lädt ein.",
         ["Deutsche Gesellschaft für die Vereinten Nationen"]),
        ("Der Vorstand der Stiftung für die Unterstützung junger Künstler tagte.", []),
        ("Er forscht am Wiener Institut für die Wissenschaften vom Menschen.",
         ["Wiener Institut"]),
        ("Die Österreichische Gesellschaft für die Europäische Union traf sich.",
         ["Österreichische Gesellschaft für die Europäische Union"]),
        ("Die Zuschüsse der Stiftung für die Deutsche Bahn steigen.", ["Deutsche Bahn"]),
    ],
    ids=["listed-body", "no-listed-body", "not-listed", "declined-listed-body",
         "no-naming-adjective"],
)  # fmt: skip
def test_a_purpose_with_an_article_names_a_listed_body(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telefónica Deutschland erwartet weniger Tempo.", ["Telefónica Deutschland"]),
        ("Er leitet den Support bei Oracle Deutschland, sagte er.", ["Oracle Deutschland"]),
        ("Die Mitarbeiter von Vodafone Österreich bangen um ihre Stellen.",
         ["Vodafone Österreich"]),
        ("Seither hat die Nato Deutschland als Partner gelobt.", ["NATO"]),
        ("Die Pläne der Bank Austria mit dem Transfer scheiterten.", ["Bank Austria"]),
        ("Der Ingenieur hat Siemens Deutschland verlassen.", ["Siemens"]),
        ("Im Streit wirft SAP Deutschland vor, zu zögern.", ["SAP"]),
    ],
    ids=["subject", "after-bei", "austria", "body-over-states", "head-with-country",
         "object-participle", "object-particle"],
)  # fmt: skip
def test_a_listed_company_with_a_country_is_its_national_company(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verdi fordert sechs Prozent mehr Lohn für die Beschäftigten.",
         ["Vereinte Dienstleistungsgewerkschaft"]),
        ("Den Vorschlag der Arbeitgeber lehnt Verdi ab.", ["Vereinte Dienstleistungsgewerkschaft"]),
        ("Im Tarifstreit droht Ufo mit neuen Ausständen.",
         ["Unabhängige Flugbegleiter Organisation"]),
        ("Am Abend erklangen Arien von Verdi und Puccini.", []),
        ("Wegen des Streiks der Bühnenarbeiter fiel Verdis Requiem aus.", []),
        ("Ein Ufo soll über dem Acker geschwebt haben.", []),
    ],
    ids=["union-demands", "union-rejects", "cabin-crew-union", "composer", "composer-genitive",
         "flying-saucer"],
)  # fmt: skip
def test_a_guarded_union_counts_among_words_of_its_trade(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gesellschaft für Wirtschaftsförderung mbH lädt ein.",
         "Gesellschaft für Wirtschaftsförderung mbH"),
        ("Quelle: Handelsblatt Online. Das Auto fährt.", "Handelsblatt Online"),
    ],
    ids=["mbh-after-purpose", "online-edition"],
)  # fmt: skip
def test_a_name_reaches_over_its_last_word(text, expected):
    assert expected in [written for _, written in org_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Landkreis Sächsische Schweiz-Osterzgebirge teilt mit, dass die Straße frei ist.",
         "Landkreis Sächsische Schweiz-Osterzgebirge"),
        ("Der Landkreis Mecklenburgische Seenplatte teilt mit.",
         "Landkreis Mecklenburgische Seenplatte"),
        ("Der Landkreis Südliche Weinstraße lädt ein.", "Landkreis Südliche Weinstraße"),
    ],
    ids=["saxon-switzerland", "lake-district", "wine-route"],
)  # fmt: skip
def test_a_district_named_by_an_adjective_and_a_noun_is_whole(text, expected):
    assert [written for _, written in org_spans(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wechselte zur Firma Koninklijke Scholten-Honig N.V. in Amsterdam.",
         ["Koninklijke Scholten-Honig N.V."]),
        ("Die SAF-HOLLAND S.A. meldet Zahlen.", ["SAF-HOLLAND S.A."]),
        ("Die Quorvex B.V. und die Quorvex S.p.A. gehören zur Gruppe.",
         ["Quorvex B.V.", "Quorvex S.p.A."]),
        ("Die Quorvex Oy aus Helsinki liefert.", ["Quorvex Oy"]),
        ("Er heißt Thomas S. Anderson und wohnt in Halle (S.A.).", []),
        ("Der Autor A. N. Tolstoi und John S. A. Smith schrieben.", []),
    ],
    ids=["dutch", "luxembourg", "dutch-and-italian", "finnish", "initial", "initials"],
)  # fmt: skip
def test_a_foreign_legal_form_ends_a_name(text, expected):
    assert [written for _, written in org_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zugverbindung Freiburg - Titisee-Neustadt (Höllentalbahn) ist unterbrochen.", []),
        ("Nach Angaben des Krankenhauses der US-Ostküstenstadt war es die erste.", []),
        ("Das Frankreich-Zentrum forscht, die Hans-Böckler-Stiftung zahlt.",
         ["Frankreich-Zentrum", "Hans-Böckler-Stiftung"]),
    ],
    ids=["town", "kind-of-town", "named-compounds"],
)  # fmt: skip
def test_a_town_of_two_names_is_no_named_compound(text, expected):
    assert [written for _, written in org_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Band „Wir sind Helden“ tritt auf.", ["Wir sind Helden"]),
        ("Der Verein „Kinderlachen“ sammelt Spenden.", ["Kinderlachen"]),
        ("Der Gesangverein „Kölner Liederkranz“ singt.", ["Kölner Liederkranz"]),
        ("Die Kampagne „Mehr Demokratie wagen“ startet.", []),
        ("Die Initiative „Kultur öffnet Welten“ lädt ein.", []),
        ("Der Bildband „Die Romareisen“ erscheint.", []),
        ("Der erste Band „Die Gefährten“ erschien 1954.", []),
        ("Das Unternehmen „Seelöwe“ wurde abgesagt.", []),
        ("Die Stiftung „Erinnerung, Verantwortung und Zukunft“ zahlt.", []),
        ("Er ist Sänger einer Band „Wir sind Helden“.", ["Wir sind Helden"]),
    ],
    ids=[
        "band-of-german-words",
        "club",
        "choir-club",
        "campaign",
        "initiative",
        "book",
        "volume",
        "operation",
        "foundation",
        "band-after-einer",
    ],
)
def test_a_name_in_quotation_marks_after_a_word_for_a_body(text, expected):
    assert org_names(text) == expected
