"""Person rules of session 15: frames for lone names (``Für X``, makers, name nouns, verbs),
and ``della`` in Italian names; synthetic sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_names import framed
from indexer.extraction.ner import find_mentions
from indexer.extraction.person_text import PersonText


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


FOR_OPENINGS = [
    ("for-then-verb", "Für Zellhofer ist es der zweite Titel.", ["Zellhofer"]),
    ("for-then-comma", "Für Brambrink, der verletzt war, kam das Aus.", ["Brambrink"]),
    ("for-compound", "Für Torgefahr soll der Neue sorgen.", []),
    ("for-inside-sentence", "Das gilt für Zellhofer nicht.", []),
    ("with-object", "Mit Zellhofer ist es vorbei.", []),
]


@pytest.mark.parametrize(
    ("case", "text", "want"), FOR_OPENINGS, ids=[c for c, _, _ in FOR_OPENINGS]
)
def test_lone_surname_after_opening_fuer(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want


def test_noun_in_t_is_no_verb_before_a_lone_name() -> None:
    # a capitalised noun in -t or -te is no finite verb ("die Grenzstadt Zworno liegt")
    assert lone("Seit Dienstag fährt aus Grenzstadt Zworno ein Zug.") == []
    assert lone("Er wohnt nahe Hauptstadt Zworno im Norden.") == []
    assert lone("Im Hafen von Zworno legte Brambrink an.") == ["Brambrink"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie gab dem Kind den Namen Zilka.", ["Zilka"]),
        ("Er wählte den Ordensnamen Tobias.", ["Tobias"]),
        ("Sie nannten ihn beim Spitznamen Zworno, weil er klein war.", ["Zworno"]),
        ("Unter diesem Namen Berlin zu nennen, fiel schwer.", []),  # a place
    ],
)
def test_name_after_a_noun_for_a_name(text: str, want: list[str]) -> None:
    assert lone(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Alle Lieder wurden von Zworno komponiert.", ["Zworno"]),
        ("Der Altar wurde 1968 von Egino Zwornitz gestaltet.", ["Egino Zwornitz"]),
        ("Das Buch wurde von Frauen geschrieben.", []),
        ("Die Anlage wurde von Zworno gebaut.", []),  # a firm builds as often
    ],
)
def test_maker_of_a_work_after_von(text: str, want: list[str]) -> None:
    assert lone(text) == want


def test_italian_della_opens_a_surname() -> None:
    text = "Bereits Giacomo della Zworno hatte einen Plan vorgelegt."
    persons, _ = find_mentions(text, "rules")
    assert [text[m.start : m.end] for m in persons] == ["Giacomo della Zworno"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie sprach lange über Stoibers Politik.", ["Stoiber"]),
        ("Er las die zahlreichen Aussprüche Berlusconis gern.", ["Berlusconi"]),
        ("Er brachte ihr zwei Flacons Parfüm mit.", []),  # a plural after a count
        ("Man las des Genfer Kommuniqués Text.", []),  # a town's adjective, then a noun
    ],
)
def test_genitive_of_a_listed_surname(text: str, want: list[str]) -> None:
    persons, _ = find_mentions(text, "rules")
    assert [m.name for m in persons] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie weiß noch, wie es war, als Zworno starb: alle weinten.", ["Zworno"]),
        ("Das geschah, als Brambrink ankam.", ["Brambrink"]),
        ("Er ist größer als Zworno.", []),  # a comparison
        ("Er arbeitete als Zworno weiter.", []),
    ],
)
def test_temporal_als_clause(text: str, want: list[str]) -> None:
    assert lone(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Da Zworno Teilnehmer der Expedition war, fand er Geld.", ["Zworno"]),
        ("Man wartete, weil Brambrink Bargeld brauchte.", ["Brambrink"]),
    ],
)
def test_subject_then_noun_in_a_subordinate_clause(text: str, want: list[str]) -> None:
    assert lone(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zworno: Ich habe das Buch mit 13 gelesen.", ["Zworno"]),
        ('Brambrink: " Früher war alles anders.', ["Brambrink"]),
        ("Kaiser: Uns bleibt jetzt nichts anderes übrig.", ["Kaiser"]),  # a known surname
        ("Fazit: Es lohnt sich.", []),  # a German word
        ("Hamburg: Ein Unfall sorgte für Stau.", []),  # a place
    ],
)
def test_interview_answer_after_a_surname_and_colon(text: str, want: list[str]) -> None:
    assert lone(text) == want


def test_listed_surname_after_a_speech_verb() -> None:
    assert lone("Das sei nicht geplant gewesen, sagte Berlusconi.") == ["Berlusconi"]


def test_foreign_particle_surname_after_a_speech_verb() -> None:
    text = "Das wird schwer, erklärt van der Zworno, aber wir packen das."
    persons, _ = find_mentions(text, "rules")
    assert [m.name for m in persons] == ["van der Zworno"]


def test_name_after_kinship_noun_and_von() -> None:
    assert lone("Sie gebar ihren dritten Sohn von Gottfried, William, in Argentan.") == [
        "Gottfried"
    ]
    assert lone("Er heiratete eine der Schwestern von Zworno.") == ["Zworno"]


def test_present_verb_after_a_pronoun_frames_the_subject() -> None:
    # "die geplante" is an adjective after an article; "Das macht" a pronoun and a verb
    assert lone("Das macht Zworno heute noch zum Rekordhalter.") == ["Zworno"]
    assert lone("Die geplante Zworno wurde abgesagt.") == []


def test_subject_after_verb_before_a_predicate_role() -> None:
    assert lone("1919 war Zworno Gründungsmitglied der Sezession.") == ["Zworno"]
    assert lone("Danach wurde Brambrink Trainer in Wolfsburg.") == ["Brambrink"]
    assert lone("Danach wurde Brambrink Bank genannt.") == []


def test_surname_after_a_glued_section_heading() -> None:
    assert lone("Leben Zworno studierte Medizin in Hannover.") == ["Zworno"]
    assert lone("Leben Zworno Medizin in Hannover.") == []
