"""Persons and organisations of a release: found by rules, merged to one canonical entry each."""

from collections import Counter
from pathlib import Path

import pytest

from evaluation.extraction import (
    evaluate_bundestag,
    evaluate_germeval,
    evaluate_gold,
    format_report,
)
from indexer.extraction.entities import (
    extract_entities,
    extract_organisations,
    extract_persons,
    release_organisations,
)
from indexer.extraction.names import (
    PersonRegistry,
    best_spelling,
    canonicalise,
    keys_match,
    merge_across,
    name_key,
)
from indexer.extraction.persons import PersonMention
from indexer.model import CleanDocument

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def persons(text: str) -> list[str]:
    return canonicalise(extract_persons(text))


PERSONS = [
    ("role", "Staatssekretärin Zülfiye Kaykin unterzeichnet die Vereinbarung.", ["Zülfiye Kaykin"]),
    (
        "compound-role",
        "Mit der Unterschrift von Integrationsstaatssekretär Lorenz Bahr tritt Hüllhorst bei.",
        ["Lorenz Bahr"],
    ),
    (
        "role-unknown-first",
        "„Wir sind stolz“, sagte Landrat Friedel Heuwinkel.",
        ["Friedel Heuwinkel"],
    ),
    (
        "title",
        "Neue Präsidentin ist Dr. Ilka Brenscheidt, die sich durchsetzte.",
        ["Ilka Brenscheidt"],
    ),
    (
        "titles",
        "Das Zentrum leitet Prof. Dr. med. Ulrich Hasenkamp-Richter.",
        ["Ulrich Hasenkamp-Richter"],
    ),
    (
        "apposition",
        "Zülfiye Kaykin, Staatssekretärin für Integration, hat das Konzept gelobt.",
        ["Zülfiye Kaykin"],
    ),
    (
        "apposition-after-clause",
        "Sie hat mit dem Landrat des Kreises Lippe, Friedel Heuwinkel, unterzeichnet.",
        ["Friedel Heuwinkel"],
    ),
    ("party", "Zaklin Nastic (DIE LINKE) widersprach dem Antrag.", ["Zaklin Nastic"]),
    ("speech-verb", "„Das freut uns sehr“, sagte Friedel Heuwinkel.", ["Friedel Heuwinkel"]),
    (
        "so-surname",
        "Cord Wellhausen, Landesvorsitzender, betonte das. „Sie ist Alltag“, so Wellhausen.",
        ["Cord Wellhausen"],
    ),
    ("surname-after-role", "Minister Schneider: „Die Verwaltung ist verpflichtet.“", ["Schneider"]),
    (
        "surname-linked",
        "Dafür wirbt Integrationsminister Guntram Schneider. Minister Schneider: „Wir wollen das.“",
        ["Guntram Schneider"],
    ),
    (
        "genitive",
        "Staatssekretärin Zülfiye Kaykin sprach in Detmold. Kaykins Rede wurde gelobt.",
        ["Zülfiye Kaykin"],
    ),
    (
        "byline",
        "14. März 2024\nPHB Bahr, Lorenz\n\nMit zahlreichen Maßnahmen arbeitet …",
        ["Lorenz Bahr"],
    ),
    (
        "surname-first-list",
        "Geehrt wurden:\nBrinkmann, Lea (Oecotrophologie)\nNguyen, Minh Anh (Elektrotechnik)",
        ["Lea Brinkmann", "Minh Anh Nguyen"],
    ),
    (
        "hyphenated",
        "„Der Standort ist ideal“, so Vorstandschefin Anna-Lena Müller-Lüdenscheidt.",
        ["Anna-Lena Müller-Lüdenscheidt"],
    ),
    (
        "particle",
        "Landrat Klaus-Dieter von Ketteler überreichte die Preise. „Danke“, sagte von Ketteler.",
        ["Klaus-Dieter von Ketteler"],
    ),
    (
        "particles",
        "Gesa van der Loo-Terhorst übernimmt die Leitung von Dominik Schnettler.",
        ["Gesa van der Loo-Terhorst", "Dominik Schnettler"],
    ),
    (
        "honorific-particle",
        "Frau van der Loo-Terhorst bringt viel Erfahrung mit.",
        ["van der Loo-Terhorst"],
    ),
    (
        "double-surname",
        "Der Vorsitzende, Heinrich Lütke Wöstmann, erinnerte.",
        ["Heinrich Lütke Wöstmann"],
    ),
    (
        "turkish",
        "Der Hauptpreis ging an Ayşe Demirtaş, die eine Schneiderei hat.",
        ["Ayşe Demirtaş"],
    ),
    ("turkish-dotless", "Zum Stellvertreter wurde Hüseyin Çelik gewählt.", ["Hüseyin Çelik"]),
    (
        "lost-character",
        "Staatssekretärin Zülfiye Kaykın sprach. Zülfiye Kayk?n betonte, Kaykın habe recht.",
        ["Zülfiye Kaykın"],
    ),
    (
        "lost-last-character",
        "Der Preis ging an Ayşe Demirtaş. „Ich wollte es zeigen“, sagte Demirta?.",
        ["Ayşe Demirtaş"],
    ),
    (
        "caption",
        "Foto (v.l.): Zülfiye Kaykin, Landrat Friedel Heuwinkel und an ihrem Platz Silvia Yüsün.",
        ["Zülfiye Kaykin", "Friedel Heuwinkel", "Silvia Yüsün"],
    ),
    ("photo-credit", "Foto: OBK/Reinhold Sauer", ["Reinhold Sauer"]),
    ("descriptor", "Hochspringer Sebastian Fels liebäugelt mit dem Titel.", ["Sebastian Fels"]),
    ("surname-speaks", "„Das ist ein Erfolg“, sagte Pfister.", ["Pfister"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [p[1:] for p in PERSONS], ids=[p[0] for p in PERSONS]
)
def test_persons(text, expected):
    assert persons(text) == expected


NOT_PERSONS = [
    ("foundation", "Die Robert Bosch Stiftung unterstützt die Schule."),
    ("school", "Die Gesamtschule Berger Feld war für den Schulpreis nominiert."),
    ("street", "An der Carl-Miele-Straße beginnen im Frühjahr die Arbeiten."),
    ("heading", "Interkulturelle Öffnung der Verwaltung"),
    ("generic-role", "Der Minister betonte, das Land lasse die Kommunen nicht allein."),
    ("company-on-jacket", "Einer trug eine Jacke mit der Aufschrift „Hausservice Frank & Sohn“."),
    ("venue", "Das Impfzentrum in der Halle Münsterland öffnet ab Montag."),
    ("adverb-so", "Sie haben sich so Zutritt zur Wohnung verschafft."),
    ("money", "Die Bezirksregierung verteilt 3 Mio Euro an die Kreise."),
    ("place-after-role", "Der Bischof von Trient hat eingeladen."),
    ("preposition-von", "Er berichtete von der Hausaufgabenhilfe."),
]


@pytest.mark.parametrize("text", [p[1] for p in NOT_PERSONS], ids=[p[0] for p in NOT_PERSONS])
def test_not_persons(text):
    assert persons(text) == []


def test_genitive_counts_as_a_mention_of_the_person():
    text = "Landrat Friedel Heuwinkel sprach. Heuwinkels Rede wurde gelobt."
    mentions = extract_persons(text)
    assert [(m.name, m.surname_only) for m in mentions] == [
        ("Friedel Heuwinkel", False),
        ("Heuwinkel", True),
    ]


ORGANISATIONS = [
    (
        "ministry",
        "Das Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen teilt",
        ["Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen"],
    ),
    ("genitive-head", "Sie unterzeichnete mit dem Landrat des Kreises Lippe.", ["Kreis Lippe"]),
    (
        "towns",
        "Verträge mit dem Kreis Soest, der Stadt Duisburg und der Bezirksregierung Arnsberg",
        ["Kreis Soest", "Stadt Duisburg", "Bezirksregierung Arnsberg"],
    ),
    (
        "town-names",
        "Die Stadt Mülheim an der Ruhr und die Stadt Bad Oeynhausen laden ein.",
        ["Stadt Mülheim an der Ruhr", "Stadt Bad Oeynhausen"],
    ),
    (
        "adjective",
        "Er dankte dem Paritätischen Wohlfahrtsverband in NRW.",
        ["Paritätischer Wohlfahrtsverband"],
    ),
    (
        "adjective-genitive",
        "Der Präsident des Bayerischen Bauernverbands begrüßte das.",
        ["Bayerischer Bauernverband"],
    ),
    (
        "adjectives",
        "Sie ist seit 30 Jahren im Deutschen Roten Kreuz aktiv.",
        ["Deutsches Rotes Kreuz"],
    ),
    (
        "adjective-region",
        "Auch der Paritätische NRW gehört zu den Unterzeichnern.",
        ["Paritätischer NRW"],
    ),
    (
        "ev",
        "Der Heimatverein Ostbevern e.V. feierte sein Jubiläum.",
        ["Heimatverein Ostbevern e.V."],
    ),
    (
        "ev-quoted",
        "Mit der Gründung des Vereins ,MITTeinander in Hüllhorst e. V.‘ wird vieles besser.",
        ["MITTeinander in Hüllhorst e. V."],
    ),
    (
        "ev-genitive",
        "Die Preise stiftet der Verein der Freunde und Förderer der FH Münster e. V.",
        ["Verein der Freunde und Förderer der FH Münster e. V."],
    ),
    ("ag", "Die Westfalia Logistik AG errichtet ein Zentrum.", ["Westfalia Logistik AG"]),
    (
        "gmbh-co",
        "Auch das Unternehmen Hella GmbH & Co. KGaA ist beteiligt.",
        ["Hella GmbH & Co. KGaA"],
    ),
    ("kg", "Die Miele & Cie. KG investiert 60 Millionen Euro.", ["Miele & Cie. KG"]),
    (
        "acronym",
        "Die Kassenärztliche Vereinigung Westfalen-Lippe (KVWL) hilft. Die KVWL stellt Ärzte.",
        ["Kassenärztliche Vereinigung Westfalen-Lippe"],
    ),
    (
        "fuer-place",
        "Die Agentur für Arbeit Hamm unterstützt das Projekt.",
        ["Agentur für Arbeit Hamm"],
    ),
    ("parties", "Die SPD und die Grünen stimmten zu.", ["SPD", "Bündnis 90/Die Grünen"]),
    (
        "clubs",
        "Er kam vom 1. FC Köln zum SC Preußen Münster.",
        ["1. FC Köln", "SC Preußen Münster"],
    ),
    (
        "short-and-long",
        "Der Landesverband der Volkshochschulen von NRW e.V. unterschreibt. Der Landesverband der "
        "Volkshochschulen freut sich.",
        ["Landesverband der Volkshochschulen von NRW e.V."],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [o[1:] for o in ORGANISATIONS], ids=[o[0] for o in ORGANISATIONS]
)
def test_organisations(text, expected):
    assert extract_organisations(text) == expected


GENERIC = [
    ("government", "Die Landesregierung stellt den Kommunen Geld bereit."),
    ("land", "Das Land fördert den Umbau mit 3,5 Millionen Euro."),
    ("portfolio", "Das Integrationsministerium unterstützt alle Partner."),
    ("portfolio-region", "Das NRW-Integrationsministerium will werben."),
    ("bare-head", "Der Verband fordert mehr Geld, die Stadt stellt Räume."),
    ("plural", "Dort sind Mitarbeiter der Stadtwerke und der Bezirksregierungen tätig."),
    ("noun-after-town", "Es ist gut, dass die Stadt Fördermittel beantragt."),
    ("time-after-head", "Die Polizei Anfang Juli rückte aus."),
]


@pytest.mark.parametrize("text", [g[1] for g in GENERIC], ids=[g[0] for g in GENERIC])
def test_generic_references_are_no_organisations(text):
    assert extract_organisations(text) == []


WIRE = [
    (
        "pressrelations",
        "Düsseldorf (pressrelations) – Die Stadt Düsseldorf lädt ein.",
        "",
        ["Stadt Düsseldorf"],
    ),
    ("ots", "Bochum (ots) – Unbekannte sind eingebrochen.", "", []),
    (
        "news-aktuell",
        "Zeugen melden sich bitte.",
        "Original-Content von: Polizei Dortmund, übermittelt durch news aktuell",
        ["Polizei Dortmund"],
    ),
    (
        "sender",
        "Die Bauarbeiten beginnen im Herbst.",
        "Pressekontakt:\nStadtwerke Gütersloh GmbH\nUnternehmenskommunikation\nSandra Pieper",
        ["Stadtwerke Gütersloh GmbH"],
    ),
]


@pytest.mark.parametrize(
    ("body", "footer", "expected"), [w[1:] for w in WIRE], ids=[w[0] for w in WIRE]
)
def test_wire_service_is_no_organisation_but_the_sender_is(body, footer, expected):
    assert extract_organisations(body, footer) == expected


KEYS = [
    ("dotless-i", "Zülfiye Kaykın", "Zülfiye Kaykin", True),
    ("case", "ZÜLFIYE KAYKIN", "Zülfiye Kaykin", True),
    ("title", "Dr. Zülfiye Kaykin", "Zülfiye Kaykin", True),
    ("umlaut", "Sören Link", "Soren Link", True),
    ("sharp-s", "Jürgen Strauß", "Jürgen Strauss", True),
    ("lost", "Zülfiye Kayk?n", "Zülfiye Kaykın", True),
    ("other-name", "Michael Kasche", "Michaela Kasche", False),
]


@pytest.mark.parametrize(("a", "b", "same"), [k[1:] for k in KEYS], ids=[k[0] for k in KEYS])
def test_name_keys(a, b, same):
    assert keys_match(name_key(a), name_key(b)) is same


SPELLINGS = [
    ("majority", Counter({"Kaykin": 2, "Kaykın": 1}), "Kaykin"),
    ("tie-diacritics", Counter({"Kaykin": 2, "Kaykın": 2}), "Kaykın"),
    ("lost-never-shown", Counter({"Kayk?n": 3, "Kaykin": 1}), "Kaykin"),
]


@pytest.mark.parametrize(
    ("seen", "shown"), [s[1:] for s in SPELLINGS], ids=[s[0] for s in SPELLINGS]
)
def test_display_spelling(seen, shown):
    assert best_spelling(seen) == shown


def test_surname_only_mentions_join_the_full_name():
    mentions = [
        PersonMention("Guntram Schneider", 0, 17, "Integrationsminister"),
        PersonMention("Schneider", 40, 49, "Minister", surname_only=True),
        PersonMention("Sören Link", 60, 70, "Oberbürgermeister"),
    ]
    assert canonicalise(mentions) == ["Guntram Schneider", "Sören Link"]


def test_persons_known_from_other_releases():
    known = {"zulfiye kaykin": "Zülfiye Kaykin", "guntram schneider": "Guntram Schneider"}
    assert merge_across(known, ["Kaykın", "Schneider", "Sören Link"]) == [
        "Zülfiye Kaykin",
        "Guntram Schneider",
        "Sören Link",
    ]


def test_ambiguous_surname_stays_as_it_is():
    registry = PersonRegistry(["Guntram Schneider", "Anna Schneider"])
    assert registry.resolve("Schneider") == "Schneider"


def test_registry_shows_the_majority_spelling_across_releases():
    registry = PersonRegistry(["Zülfiye Kaykin", "Zülfiye Kaykin", "Zülfiye Kaykın"])
    doc = CleanDocument("", "Staatssekretärin Zülfiye Kaykın sprach. Kaykın betonte das.")
    assert extract_entities(doc, known=registry).persons == ["Zülfiye Kaykin"]


def seed(name: str) -> CleanDocument:
    from indexer.text.structure import clean_document

    return clean_document((CORPUS / name).read_bytes(), "txt")


def test_seed_release_with_roles_and_caption():
    ent = extract_entities(seed("002_6faef6796251b2fc.txt"))
    assert ent.date == "2012-08-15"
    assert [name_key(p) for p in ent.persons] == [
        "zulfiye kaykin",
        "friedel heuwinkel",
        "semra stroh",
        "sabine beine",
        "silvia yusun",
    ]
    assert ent.roles["Friedel Heuwinkel"] == "Landrat"
    assert "Kreis Lippe" in ent.organisations


def test_seed_ministry_and_its_acronym_are_one_entry():
    doc = seed("000_4bf18ec25455da8e.txt")
    orgs = release_organisations(doc.body, doc.boilerplate, doc.title)
    ministry = orgs[0]
    assert (
        ministry.name
        == "Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen"
    )
    assert "MAIS NRW" in ministry.aliases
    assert [o.name for o in orgs].count(ministry.name) == 1


def test_gold_releases_meet_the_targets():
    report = evaluate_gold("dev")
    per, org = report.scores["persons"], report.scores["organisations"]
    exact, total = report.dates
    assert per.precision >= 0.95 and per.recall >= 0.95, format_report(report)
    assert org.precision >= 0.90 and org.recall >= 0.80, format_report(report)
    assert exact / total >= 0.95, format_report(report)


def test_germeval_scoring_on_a_small_file(tmp_path):
    rows = [
        "#\tsource",
        "1\tSagte\tO\tO",
        "2\tLandrat\tO\tO",
        "3\tFriedel\tB-PER\tO",
        "4\tHeuwinkel\tI-PER\tO",
        "5\tbei\tO\tO",
        "6\tder\tO\tO",
        "7\tStadt\tB-ORG\tO",
        "8\tDetmold\tI-ORG\tO",
        "9\t.\tO\tO",
    ]
    (tmp_path / "dev.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = evaluate_germeval(tmp_path / "dev.tsv")
    assert (report.scores["PER"].tp, report.scores["ORG"].tp) == (1, 1)


def test_shared_corpora_missing_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    assert evaluate_germeval() is None
    assert evaluate_bundestag() is None
