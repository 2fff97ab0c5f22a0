"""Surnames the German word list holds as words (``lone_known``) in the frames of lone names."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_names import framed
from indexer.extraction.person_text import PersonText


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Stoiber", True),
        ("Berlusconi", True),
        ("Beckenbauer", True),
        ("Walzer", False),  # "walzern": a noun's dative plural
        ("Dialog", False),  # "dialoge"
        ("Sturm", False),  # "stürme": an umlaut plural
        ("Angaben", False),  # a plural of "angabe"
        ("Literatur", False),  # a noun's ending
        ("August", False),  # a month
        ("Schwarz", False),  # a common word
        ("Hamburg", False),  # a place
        ("Zukunft", False),  # no genitive "zukunfts" in the list, nor known in English
        ("Nachholbedarf", False),  # a compound: "bedarf"
    ],
)
def test_listed_surname(word: str, want: bool) -> None:
    assert listed_surname(word) is want


FRAMES = [
    ("after-auxiliary", "Am Abend hatte Stoiber seine Rede schon gehalten.", ["Stoiber"]),
    ("after-verb", "Im Sommer traf Beckenbauer die Spieler in München.", ["Beckenbauer"]),
    ("comma-clause", "Man hatte gehört, Berlusconi wolle zurücktreten.", ["Berlusconi"]),
    ("subordinate", "Er blieb, da Stoiber inzwischen krank war.", ["Stoiber"]),
    ("sentence-start", "Berlusconi hatte dazu geschwiegen.", []),  # nouns stand there as often
    ("noun-after-verb", "Im Winter traf Dialog die Menschen.", []),
    ("verb-of-meaning", "Toleranz heißt Berlusconi vor anderen.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), FRAMES, ids=[c for c, _, _ in FRAMES])
def test_listed_surname_in_frames(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want


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
