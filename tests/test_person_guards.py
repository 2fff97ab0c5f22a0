"""Guards against false persons in long texts: media names, foreign articles, honorifics and
noun phrases after a possessive; synthetic sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.person_guards import is_foreign_article, is_honorific, is_press_kind
from indexer.extraction.persons import extract_persons
from indexer.text.structure import CleanDocument


def names(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Zeitung", True),
        ("Tageszeitung", True),
        ("Nachrichtenagentur", True),
        ("Fernsehsender", True),
        ("Magazins", True),
        ("Webseite", True),
        ("Seite", False),  # "an ihrer Seite Anna Brambrink"
        ("Absender", False),
        ("Sprecher", False),
    ],
)
def test_press_kind(word: str, want: bool) -> None:
    assert is_press_kind(word) is want


def test_foreign_articles_and_honorifics() -> None:
    assert is_foreign_article("Le") and is_foreign_article("El") and not is_foreign_article("Lea")
    assert is_honorific("Majestät") and is_honorific("Gräfin") and not is_honorific("Graf")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Das schrieb die Pariser Zeitung Le Vorzon am Montag.", []),
        ("Das meldete der Fernsehsender Gloria Zworno am Abend.", []),
        ("Der Sender El Brambo zeigte die Bilder live.", []),
        ("Die Zeitung meldete, Gloria Zworno sei zurückgetreten.", ["Gloria Zworno"]),
    ],
)
def test_run_after_a_press_noun_is_the_medium(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_press_name_is_no_speaking_surname_elsewhere() -> None:
    text = (
        "Nach Angaben der Nachrichtenagentur Zwornu wurden zehn Menschen verletzt. "
        "Die Polizei sperrte die Straße. Die Lage sei ruhig, berichtete Zwornu am Abend."
    )
    assert names(text) == []


def test_foreign_article_opens_no_first_name() -> None:
    text = (
        "In der Region ist El Brambo sehr beliebt. Viele hören den Sender jeden Tag. "
        "Er spielt Musik. Am Abend kommen Nachrichten. Danach folgt das Wetter."
    )
    assert names(text) == []
    # the text frames it, or names the person in full: a surname
    text = "Die Wahl gewann Lucie Le Zworno. Danach sagte Le Zworno, sie sei froh."
    assert names(text) == ["Lucie Le Zworno", "Le Zworno"]
    text = "Die Wahl gewann Lucie Le Zworno. Am Ende lag Le Zworno vorn."
    assert names(text) == ["Lucie Le Zworno", "Le Zworno"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Man meldete, die Frau Gräfin sei nach Jever gereist.", []),
        ("Er bemerkte Seiner Majestät, daß es spät sei.", []),
        ("Warum will Ew. Majestät nicht warten?", []),
        ("Er begrüßte Frau Zwornitz und dankte ihr.", ["Zwornitz"]),
    ],
)
def test_honorific_is_no_surname(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In der Antwort auf meine Kleine Anfrage erklärte das Amt wenig.", []),
        (
            "Seine Stützen Gloria Zworno und Anna Brambrink fehlen.",
            ["Gloria Zworno", "Anna Brambrink"],
        ),
    ],
)
def test_noun_phrase_after_a_possessive(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Das investigative Nachrichtenportal Zwornu berichtete zuerst.", []),
        ("Viele halten Gloria Zworno (1969) für den besten Film des Jahres.", []),
        ("Geehrt wurde Gloria Zworno (1913-1992), die Gründerin.", ["Gloria Zworno"]),
        ("Regisseurin Gloria Zworno (1969) drehte in Wien.", ["Gloria Zworno"]),
    ],
)
def test_press_noun_in_the_run_and_a_work_with_its_year(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_name_with_a_town_twice_is_a_club() -> None:
    text = (
        "Am Sonntag empfängt Gloria Zworno Salzburg den Tabellenzweiten. "
        "Im Hinspiel hatte Gloria Zworno Salzburg klar gewonnen."
    )
    assert names(text) == []
    # once beside a name, the town is the person's club: the name stays
    text = "In Führung brachte Gloria Zworno Salzburg kurz vor der Pause."
    assert names(text) == ["Gloria Zworno"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ich war froh, dass Gloria Zworno Ihnen das erklärt hat.", ["Gloria Zworno"]),
        ("Wer von Ihnen Gloria Zwornos Film gesehen hat, weiß das.", ["Gloria Zworno"]),
        ("Das ist, glaube ich, auch ein Herr von Ihnen gewesen.", []),
        ("Gloria Ihnen (FDP): Herr Präsident! Meine Damen und Herren!", ["Gloria Ihnen"]),
        ("Sie eröffnete das Museum for Gloria Contemporary Art im Mai.", []),
    ],
)
def test_polite_pronoun_and_english_word_are_no_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Damit war das Projekt Gloria Zworno geboren.", []),
        ("Das Kreuzfahrtschiff Gloria Zworno lief auf Grund.", []),
        ("Auf Initiative von Gloria Zworno entstand der Park.", ["Gloria Zworno"]),
    ],
)
def test_run_after_a_noun_of_a_named_thing(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_medium_cited_by_its_name_is_no_surname() -> None:
    text = (
        "Der Chip rechnet wie ein Gehirn. Das berichtet Heise. Er kostet wenig. "
        "Die Firma will ihn bald verkaufen. Kunden gibt es schon."
    )
    assert names(text) == []
    # a person of that surname named in full stays, and so does the surname alone
    text = "Das sagte Gloria Heise am Montag. Später erklärte Heise, sie sei zufrieden."
    assert names(text) == ["Gloria Heise", "Heise"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Das ist Gloria Zworno's neue Firma.", ["Gloria Zworno"]),
        ("Er lobte Gloria Zworno’s Einsatz sehr.", ["Gloria Zworno"]),
        (
            "Dazu sagte Zworno's Sprecher nichts. Gloria Zworno schwieg.",
            ["Zworno", "Gloria Zworno"],
        ),
    ],
)
def test_genitive_apostrophe_is_no_part_of_the_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Im Finale stehen die Gloria Panthers aus Denver.", []),
        ("Sie schlugen den favorisierten Gloria Rangers klar.", []),
        ("Das Finale gewann Gloria Williams in zwei Sätzen.", ["Gloria Williams"]),
        ("Es spielte der Komiker Gloria Rangers die Hauptrolle.", ["Gloria Rangers"]),
    ],
)
def test_english_plural_after_an_article_is_a_team(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Juventus spielt heute gegen Abstiegskandidat Palermo im eigenen Stadion.", []),
        ("Die Dienste hatten dem Papst Parma und Piacenza eingebracht.", []),
        ("Trainer Zworno lobte das Team nach dem Spiel.", ["Zworno"]),
    ],
)
def test_large_city_after_a_role_is_no_surname(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_game_site_cited_by_its_name_is_no_surname() -> None:
    text = "Das Spiel erscheint im März. Das berichtet Kotaku. Es kostet wenig. Fans warten schon."
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "want", "orgs"),
    [
        (
            "Die San Antonio Spurs siegten gegen die Dallas Mavericks. "
            "Trainer Gregg Popovich jubelte.",
            ["Gregg Popovich"],
            ["San Antonio Spurs", "Dallas Mavericks"],
        ),
        ("Die Boston Red Sox verloren zu Hause.", [], ["Boston Red Sox"]),
        (
            "Ergebnisse: Detroit Pistons – Houston Rockets 116:105, Utah Jazz – Denver Nuggets 9:7",
            [],
            ["Detroit Pistons", "Houston Rockets", "Utah Jazz", "Denver Nuggets"],
        ),
        ("Die Rede hielt Denver Parker in Boston.", ["Denver Parker"], []),
        ("Am Abend sprach Orlando Bloom über den Film.", ["Orlando Bloom"], []),
    ],
)
def test_team_after_its_home_city_is_no_person(text: str, want: list[str], orgs: list[str]) -> None:
    """A city opening a team's name keeps the team's last words from being read as a person
    (``San Antonio Spurs`` had given ``Antonio Spurs``); people named like cities stay."""
    entities = extract_entities(CleanDocument("", text))
    assert names(text) == want
    assert entities.organisations == orgs


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Managing Director Sanjeev Kumar sagte: „Wir wachsen.“", ["Sanjeev Kumar"]),
        ("Chief Executive Officer Mark Brown erklärte das Ergebnis.", ["Mark Brown"]),
        ("Das sagte Global Head Marketing Anna Berg am Montag.", ["Anna Berg"]),
        ("Der Bericht von General Motors kam spät.", []),
    ],
)
def test_english_job_titles_come_off_a_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want", "role"),
    [
        ("Stadtbaurat Krause sagte, der Bau beginne im Mai.", "Krause", "Stadtbaurat"),
        ("Oberregierungsrat Peter Lang leitet das Referat.", "Peter Lang", "Oberregierungsrat"),
        ("Die Heirat von Anna Berg und Tom Kern war im Mai.", "Anna Berg", None),
    ],
)
def test_civil_service_ranks_are_roles(text: str, want: str, role: str | None) -> None:
    found = {m.name: m.role for m in extract_persons(text)}
    assert want in found
    assert found[want] == role
    assert not any("rat " in name.lower() for name in found)
