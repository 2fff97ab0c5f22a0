"""What stands around a run of name words in long texts: clubs, teams, firms and works named
like persons, a name's genitive before an adjective and its noun, a name cut before ``…``, and
two forms of one name in a release; synthetic sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.name_context import club_kind
from indexer.extraction.name_variants import bare_surname
from indexer.extraction.persons import extract_persons
from indexer.text.structure import CleanDocument


def names(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


def persons(text: str) -> list[str]:
    return extract_entities(CleanDocument("", text)).persons


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Klub", True),
        ("Fußballklub", True),
        ("Traditionsverein", True),
        ("Rennstall", True),
        ("Vereins", False),  # "Präsident des Bühnenvereins Gloria Zworno": the holder
        ("Vereinschef", False),
        ("Kollege", False),
    ],
)
def test_club_kind(word: str, want: bool) -> None:
    assert club_kind(word) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Er wechselt zum moldauischen Klub Zaria Brambi. Dort spielt er links.", []),
        ("Die meisten Stimmen gingen an das Team Zwornbach (393) und die Grünen.", []),
        ("Geld gab die Gloria Zworno Company, die schon viele Filme bezahlt hat.", []),
        ("Sie lehrt an der Gloria Zworno University in den USA.", []),
        ("Die Rechte hält die Gloria Zworno Bros. in Kalifornien.", []),
        ("Foto: Gloria Zworno Images, sagte Anna Brambrink.", ["Anna Brambrink"]),
        ("Die Zerstörer-Besatzung sah den Lenkwaffenzerstörer Gloria Zworno sinken.", []),
        ("Im Hafen lag die Fregatte Anna Brambrink.", []),
        (
            "Der Präsident des Deutschen Bühnenvereins Gloria Zworno sprach zuerst.",
            ["Gloria Zworno"],
        ),
        ("Trainerin Gloria Zworno lobte das Team am Sonntag.", ["Gloria Zworno"]),
    ],
)
def test_club_team_firm_and_ship_are_no_persons(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vor 800 Jahren wurde die Urkunde Magna Carta gesiegelt. Sie gilt bis heute.", []),
        ("Im Louvre hängt die Mona Lisa hinter Glas, sagte Gloria Zworno.", ["Gloria Zworno"]),
        ("Ich freue mich, meine Alma Mater zu besuchen, sagte Anna Brambrink.", ["Anna Brambrink"]),
    ],
)
def test_works_named_like_persons(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Kritik lobte Gloria Zwornbergs bessere Hälfte im Film.", ["Gloria Zwornberg"]),
        ("Viele kannten Anna Brambrinks frühen Versuchen nicht.", ["Anna Brambrink"]),
        (
            "In Berlin wurde Gloria Zwornbergs berühmtes sozialkritisches Drama gespielt.",
            ["Gloria Zwornberg"],
        ),
        ("Davor stand Anna Brambrinks klapperiger VW-Bus.", ["Anna Brambrink"]),
        # a verb after the subject, not an adjective: the name ends in -s
        ("Das Team um Gloria Zwornings untersuchte Proben aus dem See.", ["Gloria Zwornings"]),
        ("Ö1 und der Gestalter Anna Brambrings wollen Momente schaffen.", ["Anna Brambrings"]),
    ],
)
def test_genitive_before_adjective_and_noun(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_name_cut_before_an_ellipsis_in_a_teaser() -> None:
    text = (
        "Das kündigte Vizekanzler Gloria … Neue Pläne für die Grenze. "
        "Das kündigte Vizekanzler Gloria Zwornberg am Montag an."
    )
    assert persons(text) == ["Gloria Zwornberg"]
    # no full name of it: the cut name stays
    assert names("Das kündigte Vizekanzler Zwornberg … Neue Pläne.") == ["Zwornberg"]


def test_foreign_article_without_a_cue_is_a_medium() -> None:
    assert names("Nächstes Finale, nächster Frust, meinte La Zwornica.") == []
    assert names("Das sagte Lucie Le Zworno am Abend.") == ["Lucie Le Zworno"]


def test_surname_without_its_joined_article_is_the_same_person() -> None:
    assert bare_surname("al-zwornbi") == "zwornbi" and bare_surname("bin-zwornbi") == "bin-zwornbi"
    text = (
        "Die Regierung um Staatspräsident Baschar al-Zwornbi hält das Land. "
        "Den Sturz des Staatspräsidenten Zwornbi fordert die Opposition."
    )
    assert persons(text) == ["Baschar al-Zwornbi"]


def test_given_names_alone_repeat_the_full_name() -> None:
    text = (
        "Maria Giulia Zwornberg ist nach Syrien ausgewandert. Ihre Eltern sind katholisch. "
        "Maria Giulia nennt sich jetzt anders, sagte ihr Anwalt."
    )
    assert persons(text) == ["Maria Giulia Zwornberg"]
    # two persons who share the given names: each stays
    text = (
        "Maria Giulia Zwornberg und Maria Giulia Brambrink kamen. "
        "Maria Giulia nennt sich jetzt anders, sagte ihr Anwalt."
    )
    assert len(persons(text)) == 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Die Gruppe Holtvest hat Standorte in Ulm und Graz. "
            "Vorstand Holtvest: Rike Ammersbach, Jens Oldewurtel.",
            ["Rike Ammersbach", "Jens Oldewurtel"],  # an unknown first name listed (list_given)
        ),
        (
            "Geschäftsführer Kelvora: Jana Rosswinkel und Tim Askemper.",
            ["Jana Rosswinkel", "Tim Askemper"],
        ),
        # a colon before a quote or a headline: the surname stays
        ("Minister Zwornberg: „Wir helfen sofort.“", ["Zwornberg"]),
        ("Bürgermeister Zwornberg: Neue Wege für die Stadt.", ["Zwornberg"]),
    ],
)
def test_word_after_a_role_before_a_colon_and_names_is_the_body(text, want) -> None:
    assert names(text) == want


def test_lone_surname_in_the_genitive_beside_its_base() -> None:
    text = (
        "Für Raif Zwornbi gibt es keine Berufung mehr. Das Urteil sei endgültig, sagte Zwornbis "
        "nach Kanada geflüchtete Ehefrau am Sonntag. Sie fürchtet um sein Leben."
    )
    assert "Zwornbis" not in names(text) and "Zwornbi" in names(text)
    # a surname in -s the text never shows without it stays
    assert names("Das Urteil sei endgültig, sagte Zwornbis am Sonntag.") == ["Zwornbis"]


def test_surname_of_a_named_person_before_a_common_noun() -> None:
    text = (
        "Das Gericht verurteilte James Holmes am Freitag. Holmes hatte zwölf Menschen getötet. "
        "Im Saal weinten viele, auch Holmes Verteidiger trockneten sich die Augen."
    )
    assert persons(text) == ["James Holmes"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a kinship noun after a possessive opens no name
        ("Zur Feier kam die Königin mit ihrem Mann Prinz Arnulf (94).", ["Prinz Arnulf"]),
        # a plural noun after a given name and a surname, then a lowercase word
        ("Er hat bei Ernst Zwornitsch Anleihen genommen.", ["Ernst Zwornitsch"]),
        ("Das Buch stammt von John W. Kluge, sagte die Leiterin.", ["John W. Kluge"]),
        # "in den" before a compound noun is no Dutch particle
        ("Er habe sich nach der Landung im südlichen Aden in den Präsidentenpalast begeben.", []),
        ("Die Sendung moderiert Olaf in der Beek am Abend.", ["Olaf in der Beek"]),
    ],
)
def test_kin_noun_plural_noun_and_in_den(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Er folgte auf Javier Zwornez de Cuéllar von 1992 bis 1996.",
            ["Javier Zwornez de Cuéllar"],
        ),
        (
            "Neben der Staatschefin Cristina Zwornandez de Kirchner kamen viele.",
            ["Cristina Zwornandez de Kirchner"],
        ),
        # German "von" after a surname stays a preposition
        ("Das sagte Manfred Zwornwolf von der Stadt am Montag.", ["Manfred Zwornwolf"]),
    ],
)
def test_romance_particle_after_a_first_surname(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Das sagte Al Gore am Montag in Berlin.", ["Al Gore"]),  # "Al" is a given name too
        (
            "Unser Team Anna Zwornberg und Peter Brambrink hilft gern.",
            ["Anna Zwornberg", "Peter Brambrink"],
        ),
    ],
)
def test_given_names_after_team_and_an_article_shaped_name_stay(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "von X gewünschte Kooperation": a participle after the name, no genitive
        (
            "Man stritt über die von Präsidentin Anne Zwornkes gewünschte engere Kooperation.",
            ["Anne Zwornkes"],
        ),
        # "von" between a club's noun and a name: the club's owner, a person
        (
            "Er gilt im königlichen Klub von Florentino Zwornez als heimlicher Herrscher.",
            ["Florentino Zwornez"],
        ),
    ],
)
def test_participle_after_a_name_and_von_after_a_club_noun(text: str, want: list[str]) -> None:
    assert names(text) == want
