"""Names as firms, clubs and initiatives write them (own sentences): a firm by its web domain
(``org_domains``), a brand or a legal form in lowercase (``zoomira SE``, ``gGmbH``:
``org_heads``), an English name ending in ``Labs`` (``english_heads``), a firm after ``Fa.``
(``org_kind_names``), a citizens' initiative before its quoted name (``org_edges``), an unknown
first name in a list of persons (``list_given``), a surname with a particle after a speech verb
(``particle_speakers``); through a real index and the facet API too."""

from __future__ import annotations

import json

import pytest

from indexer.build.indexing import index_corpus
from indexer.extraction.persons import extract_persons
from tests.org_checks import org_names
from webapp import ENGINE, create_app


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Studie haben Preisblick.at und Datenwerk.com gemeinsam erstellt.",
         ["Preisblick.at", "Datenwerk.com"]),
        ("Geklagt hatte das Portal Fragwerk.de gegen die Behörde.", ["Fragwerk.de"]),
        ("Rhein-Kultur.live plant zwölf Konzerte im Sommer.", ["Rhein-Kultur.live"]),
        # addresses name no firm
        ("Anmeldung unter www.Preisblick.at oder per Mail an info@Datenwerk.com bis Freitag.", []),
        ("Alle Termine stehen unter https://Tourbus.de/termine bereit.", []),
        ("Mehr dazu unter preisblick.at im Netz.", []),
    ],
    ids=["two-portals", "after-kind", "hyphen-and-live", "web-and-mail", "url-path",
         "lowercase"],
)  # fmt: skip
def test_a_firm_named_by_its_web_domain(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Strom liefert künftig die wendstrom AG aus Kassel.", ["wendstrom AG"]),
        ("Die zoomira SE meldet ein Plus beim Umsatz.", ["zoomira SE"]),
        ("Geliefert hat die kmx intralogik GmbH aus Pirmasens.", ["kmx intralogik GmbH"]),
        ("Veranstalter ist die FilmWerk M-V gGmbH in Schwerin.", ["FilmWerk M-V gGmbH"]),
        ("Träger der Kita ist die Lebensweg gUG.", ["Lebensweg gUG"]),
        # a German word before the legal form is no brand
        ("Die neue AG beginnt im Herbst mit der Arbeit.", []),
        ("Wir gründen dafür eine eigene GmbH in Leipzig.", []),
        # a head that is no legal form takes no lowercase word: a declined adjective
        ("Er flog mit den kuwaitischen Airlines nach Kairo.", []),
        ("Das Geld ging an eine bundeseigene Stiftung.", []),
    ],
    ids=["brand-ag", "brand-se", "two-words", "charitable-gmbh", "charitable-ug", "adjective",
         "article", "airlines", "foundation"],
)  # fmt: skip
def test_a_brand_or_a_legal_form_written_in_lowercase(text, expected):
    assert org_names(text) == expected


def test_a_lowercase_word_joins_no_name_that_capitals_start():
    text = "Er besuchte die Werke des bundeseigenen Unternehmens Kettlogistik GmbH in Rheine."
    assert not any("bundeseigen" in name for name in org_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Forscher der Brellwood Quantum Labs (BQL) zeigen einen Chip.",
         ["Brellwood Quantum Labs"]),
        ("Sie arbeitet seit Mai bei Zintrova Labs in Graz.", ["Zintrova Labs"]),
    ],
    ids=["with-acronym", "alone"],
)  # fmt: skip
def test_an_english_name_ending_in_labs(text, expected):
    assert sorted(set(org_names(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fenster liefert die Fa. Kremer Fensterbau aus Trier.", ["Kremer Fensterbau"]),
        ("Das Gerüst stellte die Fa. BRELLMANN GERÜSTBAU.", ["BRELLMANN GERÜSTBAU"]),
        ("Die Fa. Kremer GmbH baut das Dach.", ["Kremer GmbH"]),
        # "Fa." before a place, or inside a word, names no firm
        ("Die Fa. Berlin meldet einen Rekord.", []),
        ("Die Kreisliga-Fa. Nord tagt.", []),
    ],
    ids=["words", "capitals", "legal-form", "place", "inside-word"],
)  # fmt: skip
def test_the_short_form_of_firma_before_a_name(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Die Bürgerinitiative "Lindenallee bleibt" übergab 900 Unterschriften.',
         ["Lindenallee bleibt"]),
        ("Die Elterninitiative „Kita am Mühlbach“ lädt zum Sommerfest.", ["Kita am Mühlbach"]),
        # an initiative that is a programme, with a slogan as its name
        ("Die Initiative „Mehr Grün für alle“ startet im Mai.", []),
    ],
    ids=["citizens", "parents", "programme"],
)  # fmt: skip
def test_a_citizens_initiative_before_its_quoted_name(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf der Liste folgen Karla Brendel, Tjorven Maaß, Ulrike Stein und Peter Hahn.",
         ["Karla Brendel", "Tjorven Maaß", "Ulrike Stein", "Peter Hahn"]),
        ("Die Mannschaft trainieren Orhun Taler und Gökay San.", ["Orhun Taler", "Gökay San"]),
        ("Gewählt wurden Karla Brendel sowie Tjorven Maaß.", ["Karla Brendel", "Tjorven Maaß"]),
        # no person beside it, or a place at its end: no list of persons
        ("Am Tisch saßen Tjorven Maaß und der Vorstand.", []),
        ("Es sprachen Karla Brendel, Bad Tölz und Peter Hahn.", ["Karla Brendel", "Peter Hahn"]),
    ],
    ids=["comma-list", "before-a-known-one", "sowie", "alone", "place-in-list"],
)  # fmt: skip
def test_an_unknown_first_name_in_a_list_of_persons(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir bauen weiter“, sagte von der Lahde am Montag.", ["von der Lahde"]),
        ("„Das ist zu wenig“, so von Brellhausen zu Tann weiter.", ["von Brellhausen zu Tann"]),
        ("„Gut so“, betonte van der Moolen.", ["van der Moolen"]),
        ("Das schaffe nur Bürokratie, so von Brellhausen weiter.", ["von Brellhausen"]),
        # a preposition after the verb, then a noun or a place: no surname
        ("Er sagte von Anfang an nein.", []),
        ("Sie berichtete von Problemen mit der Heizung.", []),
        ("Er sprach von der Kinderbetreuungshilfe.", []),
        ("Das erklärte er so von Kassel aus.", []),
        ("Ihr Antrag strotzt nur so von Brellmannlogik.", []),
    ],
    ids=["von-der", "von-zu", "van-der", "so-after-comma", "noun", "plural-noun",
         "compound-noun", "place", "so-no-quote"],
)  # fmt: skip
def test_a_surname_with_a_particle_after_a_speech_verb(text, expected):
    assert persons(text) == expected


RELEASES = [
    {
        "id": "p1",
        "title": "Umfrage unter Händlern",
        "date": "2024-05-06",
        "text": "Wien. Preisblick.at und die wendstrom AG haben 800 Händler befragt. Im Beirat "
        "sitzen Karla Brendel, Tjorven Maaß und Peter Hahn. Die Bürgerinitiative „Lindenallee "
        "bleibt“ begrüßt die Ergebnisse.",
    },
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    base = tmp_path_factory.mktemp("privatesenders")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in RELEASES]
    (corpus / "firmen.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, base / "index")
    app = create_app({"TESTING": True, "INDEX_DIR": str(base / "index")})
    yield app.test_client()
    app.extensions[ENGINE].close()


def facet(client, name: str) -> set[str]:
    got = client.get(f"/api/facets/{name}?limit=100")
    assert got.status_code == 200, got.get_data(as_text=True)
    return {v["value"] for v in got.get_json()["values"]}


def test_the_facets_of_an_index_show_these_names(client):
    assert {"Preisblick.at", "wendstrom AG", "Lindenallee bleibt"} <= facet(client, "organisation")
    assert {"Karla Brendel", "Tjorven Maaß", "Peter Hahn"} <= facet(client, "person")
