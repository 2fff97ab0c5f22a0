"""Organisations as news text writes them: curated names, kinds before names, places."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_organisations
from indexer.extraction.organisations import find_organisations

FOUND = [
    ("company-acronym", "Der Chiphersteller AMD senkt die Preise.", ["Advanced Micro Devices"]),
    ("clubs", "Borussia Dortmund spielt gegen Werder Bremen.", [
        "Borussia Dortmund", "SV Werder Bremen"]),
    ("club-short-form", "Am Samstag verlor Schalke erneut.", ["FC Schalke 04"]),
    ("broadcaster-acronym", "Das berichtete der US-Sender CNN am Abend.", ["Cable News Network"]),
    ("party-alias", "Die Linkspartei lehnt den Antrag ab.", ["Die Linke"]),
    ("agency", "Die NASA verschiebt den Start.", [
        "National Aeronautics and Space Administration"]),
    ("magazine-in-quotes", "Wie der „Spiegel“ berichtet, sinkt die Zahl.", ["Der Spiegel"]),
    ("magazine-after-kind", "Das Nachrichtenmagazin Focus meldet Neues.", ["Focus"]),
    ("insurer-after-kind", "Der Versicherer Allianz meldet Gewinn.", ["Allianz SE"]),
    ("guarded-beside-known", "Die Aufsichtsräte von Allianz und Commerzbank stimmten zu.", [
        "Allianz SE", "Commerzbank"]),
    ("institute-acronym", "Das Fraunhofer IAO hat das Konzept entwickelt.", ["Fraunhofer IAO"]),
    ("kind-coordinated", "Er hält Anteile am Luftfahrt- und Rüstungskonzern EADS.", [
        "European Aeronautic Defence and Space Company"]),
    ("kind-with-country", "Die US-Bundespolizei FBI ermittelt.", [
        "Federal Bureau of Investigation"]),
    ("bare-kind", "Die Gewerkschaft Ver.di ruft zum Streik.", [
        "Vereinte Dienstleistungsgewerkschaft"]),
    ("superlative", "Der Oberste Gerichtshof Kanadas hat entschieden.", ["Oberster Gerichtshof"]),
    ("town-as-body", "Die Stadt Halle teilt mit, dass die Brücke gesperrt ist.", ["Stadt Halle"]),
    ("navy", "Das Schiff wurde bei der Navy in Dienst gestellt.", ["US Navy"]),
    ("channel-with-article", "Das zeigt der Sender Das Erste heute.", ["Das Erste"]),
    ("paper-in-quotes", "Das sagte sie der „Zeit“ und der „Welt“.", ["Die Zeit", "Die Welt"]),
    ("name-with-mark", "Die Aktie von Yahoo! stieg.", ["Yahoo"]),
    ("kind-before-two-words", "Das Bankhaus Banca Verdiana hat Gold eingelagert.", [
        "Banca Verdiana"]),
    ("kind-before-club", "Er trainiert den Traditionsverein Viktoria Köln.", ["Viktoria Köln"]),
    ("band", "Den Soundtrack liefert die Rockband Blaue Wolke.", ["Blaue Wolke"]),
    ("channel", "Er gründete den Spartensender Alpen Musik Radio.", ["Alpen Musik Radio"]),
    ("club-prefix", "Er begann bei der SG 05 Rodheim an.", ["SG 05 Rodheim"]),
    ("club-slash", "Sie spielt für den TSV Oberdorf/Lahn.", ["TSV Oberdorf/Lahn"]),
    ("club-word", "Fortuna Köln verlor gegen Rot-Weiß Oberhausen.", [
        "Fortuna Köln", "Rot-Weiß Oberhausen"]),
    ("club-stops-at-function-word", "Das Logo vom ESV Lok Zwickau In Marienthal.", [
        "ESV Lok Zwickau"]),
]  # fmt: skip

NOT_FOUND = [
    ("mirror", "Er schaut jeden Morgen in den Spiegel."),
    ("time", "Die Zeit drängt, sagt sie."),
    ("alliance", "Eine neue Allianz entsteht."),
    ("headline-capitals", "MIT FREUNDLICHEN GRÜSSEN"),
    ("the-first", "Das Erste, was wir brauchen, ist Ruhe."),
    ("world", "Die Welt schaut auf uns, und die Zeit läuft."),
    ("district-town", "Er zog in die Kreisstadt Torgau."),
    ("seat-town", "Dort lebte er in der Residenzstadt Mannheim."),
    ("town-as-place", "Er wohnt in der Stadt Halle."),
    ("company-by-town", "Er leitet den Aufsichtsrat des Düsseldorfer Konzerns."),
    ("sport-wire-tag", "Köln (SID) - Der Trainer bleibt."),
    ("city-centre", "Das Haus liegt zehn Kilometer vom Leipziger Stadtzentrum entfernt."),
    ("volume", "Das steht im zweiten Band Goethes."),
    ("band-without-name", "Die Band spielte am Montag."),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_organisations_as_news_text_writes_them(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_FOUND], ids=[n[0] for n in NOT_FOUND])
def test_common_words_and_places_are_no_organisations(text):
    assert extract_organisations(text) == []


def test_a_kind_before_a_town_keeps_its_name():
    assert extract_organisations("Die Wohnungsbaugesellschaft Bad Homburg baut.") == [
        "Wohnungsbaugesellschaft Bad Homburg"
    ]
    assert extract_organisations("Der Heimatverein Uelzen lädt ein.") == ["Heimatverein Uelzen"]
    assert extract_organisations("Der Verband Deutscher Ingenieure tagt.") == [
        "Verband Deutscher Ingenieure"
    ]


def test_acronym_in_brackets_is_a_mention_of_its_own_and_one_value():
    text = "Das Bundesamt für Kommunikation (BAKOM) prüft den Antrag."
    mentions = find_organisations(text)
    assert [(text[m.start : m.end], m.name) for m in mentions] == [
        ("Bundesamt für Kommunikation", "Bundesamt für Kommunikation"),
        ("BAKOM", "Bundesamt für Kommunikation"),
    ]
    assert extract_organisations(text) == ["Bundesamt für Kommunikation"]


def test_lowercase_acronym_in_brackets_when_it_is_a_known_one():
    text = "Das sagte er im Gespräch mit der Deutschen Presse-Agentur (dpa)."
    spans = [text[m.start : m.end] for m in find_organisations(text)]
    assert spans == ["Deutschen Presse-Agentur", "dpa"]
    assert extract_organisations(text) == ["Deutsche Presse-Agentur"]


# ---- a kind noun before a name: the name alone ---------------------------------------------------

KIND_THEN_NAME = [
    ("energy-group", "Der Energiekonzern Quorvalis baut ein Kraftwerk.", ["Quorvalis"]),
    ("adjectives-before-kind", "Die staatliche brasilianische Ölgesellschaft Pelvatro wächst.", [
        "Pelvatro"]),
    ("daily", "Das berichtet die israelische Zeitung Yedarot.", ["Yedarot"]),
    ("paper-with-article", "Die Zeitung The Morning Quill berichtet.", ["The Morning Quill"]),
    ("wire-agency", "Die Nachrichtenagentur Quelpress meldet Tote.", ["Quelpress"]),
    ("pollster", "Das Meinungsforschungsinstitut Vorsa befragte 1000 Menschen.", ["Vorsa"]),
    ("small-party", "Die Kleinpartei Freie Bürger tritt an.", ["Freie Bürger"]),
    ("armed-group", "Die Jihadistengruppe Islamischer Staat bekannte sich.", ["Islamischer Staat"]),
    ("authority-acronym", "Die Umweltschutzbehörde QPA prüft.", ["QPA"]),
    ("club-acronym", "Der Autoclub ADAC warnt.", ["Allgemeiner Deutscher Automobil-Club"]),
    ("town-adjective-insurer", "Die Schweizer Versicherung Swiss Quorum zahlt.", ["Swiss Quorum"]),
    ("town-adjective-group", "Der Darmstädter Konzern Quermann wächst.", ["Quermann"]),
    ("plain-agency", "Wie die Agentur AFP meldet, fiel sie.", ["Agence France-Presse"]),
    ("named-newspaper", "Die Süddeutsche Zeitung berichtet.", ["Süddeutsche Zeitung"]),
    ("savings-bank-of-town", "Die Volksbank Mittelhessen zahlt.", ["Volksbank Mittelhessen"]),
    ("agency-of-town", "Die Arbeitsagentur Herford meldet.", ["Arbeitsagentur Herford"]),
    ("group-and-time", "Der Konzern Mittwochabend mitteilte.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [k[1:] for k in KIND_THEN_NAME], ids=[k[0] for k in KIND_THEN_NAME]
)
def test_a_kind_before_a_name_gives_the_name(text, expected):
    assert extract_organisations(text) == expected


# ---- English names: the name before its head, "of …" after it, the dot of a legal form ----------

ENGLISH = [
    ("federation-acronym", "Die Politik der Quarry Workers Federation (QWF) wirkte.", [
        "Quarry Workers Federation"]),
    ("laboratory", "Es wurde von dem Jet Quorum Laboratory gebaut.", ["Jet Quorum Laboratory"]),
    ("institute-of", "Die Zeitschrift des Vermont Institute of Technology erschien.", [
        "Vermont Institute of Technology"]),
    ("council-on", "Ein Bericht des Global Council on Security and Development erschien.", [
        "Global Council on Security and Development"]),
    ("airline", "Sie flog zuerst als Quorvia National Airways.", ["Quorvia National Airways"]),
    ("legal-dot", "Sie gründeten die Quorvex Inc. in Kalifornien.", ["Quorvex Inc."]),
    ("article-starts-name", "Dort sind die Verlage The Quill Company und andere.", [
        "The Quill Company"]),
]  # fmt: skip

NOT_ENGLISH = [
    ("german-plural", "Die Institute der Universität forschen."),
    ("german-plural-compound", "Alle Kreditinstitute Päckchen packen."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [e[1:] for e in ENGLISH], ids=[e[0] for e in ENGLISH]
)
def test_english_names_of_organisations(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_ENGLISH], ids=[n[0] for n in NOT_ENGLISH])
def test_german_plurals_are_no_english_heads(text):
    assert extract_organisations(text) == []


# ---- the third curated list: index members, airlines, papers, parties, bands --------------------

OBLIQUE = [
    ("genitive-feminine", "Ein Sprecher der Deutschen Bahn sagte.", ["Deutsche Bahn"]),
    ("dative-masculine", "Laut dem Internationalen Währungsfonds wächst es.", [
        "Internationaler Währungsfonds"]),
    ("two-adjectives", "Beim Allgemeinen Deutschen Fahrrad-Club gibt es Karten.", [
        "Allgemeiner Deutscher Fahrrad-Club"]),
    ("plural", "Die Generalversammlung der Vereinten Nationen tagt.", ["Vereinte Nationen"]),
    ("noun-plural", "Die Spende ging an Ärzten ohne Grenzen vorbei.", ["Ärzte ohne Grenzen"]),
    ("weak-nominative", "Das Deutsche Rote Kreuz und das Auswärtige Amt helfen.", [
        "Deutsches Rotes Kreuz", "Auswärtiges Amt"]),
    ("other-names-not-declined", "Er dankte dem Paritätischen Wohlfahrtsverband in NRW.", [
        "Paritätischer Wohlfahrtsverband"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [o[1:] for o in OBLIQUE], ids=[o[0] for o in OBLIQUE]
)
def test_curated_names_with_their_adjectives_declined(text, expected):
    assert extract_organisations(text) == expected


NEWS_LIST = [
    ("index-member", "Der Umsatz von Symrise und Brenntag stieg.", ["Symrise", "Brenntag"]),
    ("foreign-party", "Die AKP verlor, die HDP gewann.", [
        "Adalet ve Kalkınma Partisi", "Halkların Demokratik Partisi"]),
    ("austrian-party", "Das Team Stronach und das BZÖ verhandeln.", [
        "Team Stronach", "Bündnis Zukunft Österreich"]),
    ("paper", "Das sagte er der Kronen Zeitung.", ["Kronen Zeitung"]),
    ("band", "Es spielen Die Toten Hosen und Rammstein.", ["Die Toten Hosen", "Rammstein"]),
    ("guarded-paper", "Wie der „Standard“ berichtet, sinkt sie.", ["Der Standard"]),
    ("guarded-guardian", "Das berichtete der Guardian am Montag.", ["The Guardian"]),
    ("austrian-wire-in-prose", "Wie die APA meldet, siegte sie.", ["Austria Presse Agentur"]),
]  # fmt: skip

NOT_NEWS_LIST = [
    ("doctors", "Die Ärzte im Krankenhaus sind müde."),
    ("standard", "Der Standard sieht zwei Stunden vor."),
    ("press", "Die Presse war eingeladen."),
    ("glance", "Ein Blick auf die Zahlen lohnt."),
    ("volt", "Die Leitung führt 230 Volt."),
    ("austrian-wire-tag", "Sie siegte in Kona. (APA, 11.10.2015)"),
    ("signature-of-two", "Der Pass bleibt gesperrt. (APA/dpa, 3.2.2016)"),
    ("signature-with-editor", "Der Kader bleibt gleich. (APA, red, 14.9.2015)"),
    ("signature-semicolon", "Die Brücke ist wieder offen. (APA; 7.6.2016)"),
    ("operation", "Die Operation Sea Guardian im Mittelmeer wird verlängert."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [n[1:] for n in NEWS_LIST], ids=[n[0] for n in NEWS_LIST]
)
def test_the_news_list(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_NEWS_LIST], ids=[n[0] for n in NOT_NEWS_LIST])
def test_common_words_beside_the_news_list(text):
    assert extract_organisations(text) == []


# ---- a word for a company before its name ------------------------------------------------------

COMPANY_KIND = [
    ("firm", "Er wechselte 1969 zur Firma Quorvex.", ["Quorvex"]),
    ("maker", "Der Chiphersteller Quorvex wächst.", ["Quorvex"]),
    ("makers-and", "Man einigte sich mit den Herstellern Quorvex und Talmiro.", [
        "Quorvex", "Talmiro"]),
    ("rival-of-town", "Die Übernahme durch den Darmstädter Konkurrenten Quermann.", ["Quermann"]),
    ("firm-legal", "Die Firma Quorvex GmbH liefert.", ["Quorvex GmbH"]),
]  # fmt: skip

NOT_COMPANY_KIND = [
    ("time", "Das Unternehmen will Mitte 2020 verkaufen."),
    # a family firm's surname counts after "Firma" (test_org_rules_16); a common noun does not
    ("noun-word", "Die Firma Pakete liefert."),
    ("cut-word", "Der britische Mobilfunker O2 informiert."),
    ("kind-then-noun", "Die Unternehmen Energie sparen."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in COMPANY_KIND], ids=[c[0] for c in COMPANY_KIND]
)
def test_a_word_for_a_company_before_its_name(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize(
    "text", [n[1] for n in NOT_COMPANY_KIND], ids=[n[0] for n in NOT_COMPANY_KIND]
)
def test_a_word_for_a_company_before_no_name(text):
    assert extract_organisations(text) == []
