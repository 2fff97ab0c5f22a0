"""Organisation rules for releases of any sender: compounds, curated names, connectors."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities, extract_organisations
from indexer.extraction.organisations import find_organisations
from indexer.model import CleanDocument

FOUND = [
    ("head-in-compound", "Die Kunsthalle Rostock zeigt neue Bilder.", ["Kunsthalle Rostock"]),
    ("numbered-unit", "Die Polizeiinspektion 12 sucht Zeugen.", ["Polizeiinspektion 12"]),
    ("named-compound", "Die Erna-Klug-Stiftung vergibt Preise.", ["Erna-Klug-Stiftung"]),
    ("party-faction", "Die FDP-Landtagsfraktion fordert Tempo.", ["FDP-Landtagsfraktion"]),
    ("river", "Das Landgericht Frankfurt am Main urteilte.", ["Landgericht Frankfurt am Main"]),
    ("town-in-stadt", "Das Amtsgericht Eisenstadt urteilte.", ["Amtsgericht Eisenstadt"]),
    ("english-connector", "Die Best of Print Group AG wächst.", ["Best of Print Group AG"]),
    ("in-region", "Der Landesbauernverband in Sachsen warnt.", ["Landesbauernverband in Sachsen"]),
    (
        "in-der",
        "Das Bundesamt für Sicherheit in der Informationstechnik warnt vor Lücken.",
        ["Bundesamt für Sicherheit in der Informationstechnik"],
    ),
    ("curated-one-word", "Die Bundesregierung und Siemens planen.", ["Bundesregierung", "Siemens"]),
    ("curated-acronym", "Laut DAAD studieren mehr Menschen im Ausland.", [
        "Deutscher Akademischer Austauschdienst"]),
    ("curated-genitive", "Ein Bericht des Umweltbundesamtes liegt vor.", ["Umweltbundesamt"]),
    ("curated-dotted", "Die Gewerkschaft ver.di ruft zum Streik.", [
        "Vereinte Dienstleistungsgewerkschaft"]),
    ("curated-wire-in-prose", "Wie die dpa meldet, regnet es.", ["Deutsche Presse-Agentur"]),
    ("unit-of-court", "Die Strafkammer des Landgerichts Kiel tagt.", ["Landgericht Kiel"]),
    ("noun-after-region", "Die Staatsanwaltschaft Bremen Anklage erhoben.", [
        "Staatsanwaltschaft Bremen"]),
    ("district-as-partner", "Gemeinsam mit dem Kreis Lippe baut die Stadt.", ["Kreis Lippe"]),
    ("english-head", "Laut der Open Data Foundation Europe fehlen Daten.", [
        "Open Data Foundation Europe"]),
    ("acronym-after-head", "Der Präsident des Landesbauernverbandes (LBV) warnt.", [
        "Landesbauernverband"]),
    ("in-der-org", "Das Institut für Meeresforschung in der Leibniz-Gemeinschaft forscht.", [
        "Institut für Meeresforschung", "Leibniz-Gemeinschaft"]),
]  # fmt: skip

NOT_FOUND = [
    ("purpose-phrase", "Wir stellen das Ehrenamt zur Verfügung."),
    ("pronoun-after-fuer", "Die Staatsanwaltschaft dankt für Ihren Einsatz."),
    ("wire-tag", "Berlin (dpa) - Es regnet seit Tagen."),
    ("glued-acronym", "Die EU-weite Regel gilt ab Mai."),
    ("portfolio", "Das NRW-Integrationsministerium will werben."),
    ("e-mail", "Schreiben Sie an Pressestelle-Staatsanwaltschaft@example.org bitte."),
    ("possessive", "Das sagen Sie Ihrer Partei und unserer Fraktion."),
    ("residence-district", "Der Mann mit Wohnsitz im Landkreis Celle wurde gefasst."),
    ("district-in-brackets", "Die Reise führt nach Mariental (Kreis Reutlingen) und Ulm."),
    ("constituency", "Er kandidiert im Wahlkreis Hof erneut."),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_organisations_of_real_release_shapes(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_FOUND], ids=[n[0] for n in NOT_FOUND])
def test_phrases_that_are_no_organisations(text):
    assert extract_organisations(text) == []


def test_one_curated_organisation_is_one_value_however_written():
    text = "Der Bundestag stimmt zu. Der Deutsche Bundestag tagt. Die EU-Kommission prüft."
    assert extract_organisations(text) == ["Deutscher Bundestag", "Europäische Kommission"]


def test_purpose_after_a_head_is_not_part_of_the_name():
    names = [m.name for m in find_organisations("Die Bundesregierung will zur Bewältigung helfen.")]
    assert names == ["Bundesregierung"]


def test_acronym_of_a_curated_name_joins_the_full_local_name():
    doc = CleanDocument("", "Die AWO hilft. Die Arbeiterwohlfahrt Unterbezirk Olpe lädt ein.")
    ent = extract_entities(doc)
    assert ent.organisations == ["Arbeiterwohlfahrt Unterbezirk Olpe"]
    assert "AWO" in ent.aliases["Arbeiterwohlfahrt Unterbezirk Olpe"]


# ---- junk seen among the facet values of parliamentary speeches and their press footers -------

FACET_JUNK = [
    ("web-address", "Mehr unter https://www.bundestag.de/protokolle und www.bundesrat.de.", []),
    ("mail-address", "Fragen an presse@bundesregierung.de richten.", []),
    (
        "press-office-no-adjective",
        "Pressekontakt: Pressestelle Bundesministerium der Finanzen, Berlin.",
        ["Bundesministerium der Finanzen"],
    ),
    (
        "press-office-faction",
        "Pressestelle Fraktion DIE LINKE. im Bundestag",
        ["Fraktion DIE LINKE", "Deutscher Bundestag"],
    ),
    (
        "title-after-name",
        "Die Ministerin für Familie, Senioren, Frauen und Jugend Dr. Anna Muster spricht.",
        [],
    ),
    ("unique-name-then-noun", "Der Antrag der Bundesregierung Bericht zur Lage liegt vor.", [
        "Bundesregierung"]),
    ("generic-committee", "Die Enquete-Kommission tagt morgen.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [f[1:] for f in FACET_JUNK], ids=[f[0] for f in FACET_JUNK]
)
def test_facet_junk_classes(text, expected):
    assert extract_organisations(text) == expected


def test_two_places_of_one_head_are_two_organisations():
    text = "Die Handwerkskammer Flensburg und die Handwerkskammer Schleswig-Holstein melden."
    assert extract_organisations(text) == [
        "Handwerkskammer Flensburg",
        "Handwerkskammer Schleswig-Holstein",
    ]


# ---- recall: more heads, names before heads, parties, kinds before names, curated names --------

MORE_FOUND = [
    ("scouts-head", "Die Deutsche Pfadfinderschaft Sankt Muster feiert.", [
        "Deutsche Pfadfinderschaft Sankt Muster"]),
    ("car-dealer", "Das Autohaus Musterlein liefert zwei Wagen.", ["Autohaus Musterlein"]),
    ("alliance", "Die Evangelische Allianz lädt ein.", ["Evangelische Allianz"]),
    ("intelligence", "Der Hessische Verfassungsschutz warnt.", ["Hessischer Verfassungsschutz"]),
    ("group-purpose", "Die Hochschulgruppe für Kunst und Kultur tagt.", [
        "Hochschulgruppe für Kunst und Kultur"]),
    ("acronym-before-head", "Die XYZ Bank meldet Gewinne.", ["XYZ Bank"]),
    ("foreign-name-before-head", "Das Quorbett College ehrt ihn.", ["Quorbett College"]),
    ("chamber-acronym", "Die IHK Musterstadt lädt ein.", ["IHK Musterstadt"]),
    ("town-branch", "Die Musterstädter SPD lehnt ab.", ["Musterstädter SPD"]),
    ("greens-beside", "Das Gesetz von CDU und Grünen kommt.", ["CDU", "Bündnis 90/Die Grünen"]),
    ("faction-of-party", "Die Landtagsfraktion der AfD erklärt.", ["AfD-Landtagsfraktion"]),
    ("faction-of-greens", "Die Fraktion der Grünen erklärt.", ["Fraktion der Grünen"]),
    ("programme-before-school", "Der DigitalPakt Schule kommt.", []),
    ("kind-before-acronym", "Der Chemiekonzern QXR wächst.", ["QXR"]),
    ("kind-before-curated", "Der Energiekonzern RWE baut.", ["RWE"]),
    ("curated-agency", "Das BfArM hat den Impfstoff geprüft.", [
        "Bundesinstitut für Arzneimittel und Medizinprodukte"]),
    ("curated-insurer", "Laut AOK steigen die Beiträge.", ["Allgemeine Ortskrankenkasse"]),
    ("ministry-des", "Das Ministerium des Innern und für Sport des Landes Muster lädt ein.", [
        "Ministerium des Innern und für Sport des Landes Muster"]),
    ("ministry-adjective-des", "Das Bayerische Staatsministerium der Justiz prüft.", [
        "Bayerisches Staatsministerium der Justiz"]),
    ("name-over-lines", "Verantwortlich:\nMinisterium für Bildung und\nfür Sport\ndes Landes "
     "Muster\nPressestelle", ["Ministerium für Bildung und für Sport des Landes Muster"]),
]  # fmt: skip

MORE_NOT_FOUND = [  # the party alone is named, nothing around it
    ("role-before-party", "Der Sprecher SPD sagte nichts.", ["SPD"]),
    ("participle-before-head", "Die CDU-geführte Landesregierung plant.", ["CDU"]),
    ("country-genitive", "Die größte Raumfahrtagentur Deutschlands wächst.", []),
    ("region-before-head", "Die NRW Bank zahlt.", []),
    ("german-plural", "Alle Kreditinstitute Päckchen packen.", []),
    ("constituency-after-fuer", "Er kandidiert für den Wahlkreis Musterland.", []),
    ("town-described", "Die Musterstädter Kulturstadt feiert.", []),
    ("role-before-head", "Der Leiter Konzern sagt nichts.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [f[1:] for f in MORE_FOUND], ids=[f[0] for f in MORE_FOUND]
)
def test_more_organisation_shapes(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [n[1:] for n in MORE_NOT_FOUND], ids=[n[0] for n in MORE_NOT_FOUND]
)
def test_more_phrases_that_are_no_organisations(text, expected):
    assert extract_organisations(text) == expected


# ---- acronyms that stand alone ------------------------------------------------------------------

BARE_ACRONYMS = [
    ("coordinated", "Dank an die Stadt Musterstadt und QVB, die Feuerwehr und XWB.", [
        "Stadt Musterstadt", "QVB", "XWB"]),
    ("mission", "Der Bundestag verlängert das Mandat für QXMISS.", [
        "Deutscher Bundestag", "QXMISS"]),
    ("opens-a-name", "Die QLS Bank wächst. QLS meldet mehr Kunden.", ["QLS Bank"]),
    ("unit", "Der PKW fuhr 50 km/h, der LKW stand.", []),
    ("law", "Das SGB und das EEG werden geändert.", []),
    ("glued", "Ein QVB-Sprecher bestätigte das.", []),
    ("in-brackets", "Muster (QVB) und Berlin (ots) melden.", []),
    ("capital-run", "JULIA MUSTERFRAU, Landesvorsitzende, sagt das.", []),
    ("german-word", "NEU: Die AKTION beginnt morgen.", []),
    ("roman-numeral", "Im Kapitel VIII steht es.", []),
    ("press-code", "POL-XY: Einbruch in Musterstadt", []),
    ("code-before-name", "QHB Anna Musterfrau, Telefon 123", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [b[1:] for b in BARE_ACRONYMS], ids=[b[0] for b in BARE_ACRONYMS]
)
def test_acronyms_that_stand_alone(text, expected):
    assert extract_organisations(text) == expected


def test_the_head_pre_check_changes_no_answer(monkeypatch):
    """``head_of`` skips its search for words that end in no head form; with the pre-check
    off (no word counts as plain), every answer is the same."""
    import random
    import re

    from indexer.extraction import org_heads

    rng = random.Random(11)
    heads = sorted(org_heads.HEADS)
    words = [
        rng.choice(["Landes", "", "Groß", "X"])
        + rng.choice([h, h.capitalize(), h.upper()])
        + rng.choice(["", *org_heads._ENDINGS, "x", "-", "\n"])
        for h in heads
        for _ in range(5)
    ]
    words += [
        "".join(rng.choice("aeinrstuhdmvbAÄäöüßẞſİZIT-") for _ in range(9)) for _ in range(5000)
    ]
    words += ["Fh", "TU", "Zoos", "Uni-", "Amt\n", "Verbandſ", "İamt", "Landesamt1", "Verbände"]
    quick = [org_heads.head_of.__wrapped__(w) for w in words]
    monkeypatch.setattr(org_heads, "_PLAIN", re.compile(r"(?!)"))
    assert quick == [org_heads.head_of.__wrapped__(w) for w in words]
    assert sum(q is not None for q in quick) > 100  # heads found, not only rejections


# ---- parliamentary groups, bodies renamed under one acronym, wire tags --------------------------

GROUPS_AND_BODIES = [
    ("union-group", "Die CDU/CSU-Fraktion im Deutschen Bundestag teilt mit:", [
        "CDU/CSU-Fraktion", "Deutscher Bundestag"]),
    ("union-group-of", "Die Fraktion der CDU/CSU lehnt den Antrag ab.", ["CDU/CSU-Fraktion"]),
    ("union-group-compound", "Der Antrag der CDU/CSU-Bundestagsfraktion liegt vor.", [
        "CDU/CSU-Bundestagsfraktion"]),
    ("greens-group", "Die BÜNDNIS 90/DIE GRÜNEN-Fraktion lehnt ab.", [
        "BÜNDNIS 90/DIE GRÜNEN-Fraktion"]),
    ("union-member-is-the-party", "Der CDU/CSU-Politiker lehnt ab.", ["CDU/CSU"]),
    ("ministry-acronym", "Das BMI teilte mit, dass die Zahl sinkt.", [
        "Bundesministerium des Innern"]),
    ("ministry-renamed", "Das Bundesministerium des Innern, für Bau und Heimat (BMI) prüft.", [
        "Bundesministerium des Innern"]),
    ("ministry-renamed-again", "Das Bundesministerium des Innern und für Heimat lädt ein.", [
        "Bundesministerium des Innern"]),
    ("acronym-of-two-bodies", "Das BSH misst die Pegel.", [
        "Bundesamt für Seeschifffahrt und Hydrographie"]),
    ("remit-changed", "Das BMJV prüft.", [
        "Bundesministerium der Justiz und für Verbraucherschutz"]),
    ("wire-tag-capitalised", "London (Reuters) - Die Aktie fiel.", []),
    ("wire-tag-sport", "Köln (SID) - Das Spiel fiel aus.", []),
    ("wire-tag-compound", "Frankfurt (dpa-AFX) - Die Aktie fiel.", []),
    ("wire-in-prose", "Wie AFP meldet, fiel die Aktie.", [
        "Agence France-Presse"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [g[1:] for g in GROUPS_AND_BODIES],
    ids=[g[0] for g in GROUPS_AND_BODIES],
)
def test_groups_renamed_bodies_and_wire_tags(text, expected):
    assert extract_organisations(text) == expected


def test_wire_tags_are_the_wire_services_of_the_lexicon():
    from indexer.extraction.known_orgs import find_known
    from indexer.extraction.lexicon import WIRE_SERVICES
    from indexer.extraction.tokens import split_tokens

    for tag in ("AFP", "KNA", "SID", "dpa-AFX", "Reuters", "dpa", "epd"):
        assert tag.lower() in WIRE_SERVICES
        assert find_known(split_tokens(f"Berlin ({tag}) - Es regnet.")) == []


# ---- what no body is: lab and market acronyms, letter codes, church buildings, described kinds --

NO_BODY = [
    ("molecule", "Die Zelle braucht NADPH und ADP.", []),
    ("identifier", "Die Studie (PMID 123) nennt die ISIN.", []),
    ("price-index", "Der CPI stieg stärker als erwartet.", []),
    ("letter-code", "Das Motiv G-A-G kehrt wieder.", []),
    ("church-building", "Die Klosterkirche St. Johann wurde renoviert.", []),
    ("church-of-saint", "Die Kirche St. Marien wurde renoviert.", []),
    ("kind-of-region", "Sie war die erste Fluggesellschaft der Golfregion.", []),
    ("church-body", "Die Evangelische Kirche von Westfalen lädt ein.", [
        "Evangelische Kirche von Westfalen"]),
    ("regional-church", "Die Evangelisch-Lutherische Landeskirche lädt ein.", [
        "Evangelisch-Lutherische Landeskirche"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [b[1:] for b in NO_BODY], ids=[b[0] for b in NO_BODY]
)
def test_things_and_buildings_are_no_organisations(text, expected):
    assert extract_organisations(text) == expected


NOT_OF_PLACE = [
    ("of-a-role", "Die Regierung von Präsident Muster plant.", []),
    ("of-a-group", "Das Krankenhaus von Rebellen wurde getroffen.", []),
    ("near-town", "Der Anschlag galt einem Posten nahe der Stadt Quorbayazit.", []),
    ("onto-town", "Der Angriff auf die Stadt Quormarat dauert an.", []),
    ("of-region", "Die Evangelische Kirche von Westfalen lädt ein.", [
        "Evangelische Kirche von Westfalen"]),
    ("zu-town", "Die Universität zu Köln lädt ein.", ["Universität zu Köln"]),
    ("title-after-purpose", "Die Bundesanstalt für Arbeit dankte Herr Minister Muster.", [
        "Bundesanstalt für Arbeit"]),
    ("from-the-body", "Die Schule bekommt Geld von der Stadt Bielefeld.", ["Stadt Bielefeld"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [p[1:] for p in NOT_OF_PLACE], ids=[p[0] for p in NOT_OF_PLACE]
)
def test_von_names_a_place_and_towns_as_places(text, expected):
    assert extract_organisations(text) == expected


def test_a_dotted_capital_i_is_no_head_and_no_crash():
    from indexer.extraction.org_heads import head_of

    assert head_of("Unİ") is None
    assert extract_organisations("Die UNİ und die Landesunİ laden ein.") == []
