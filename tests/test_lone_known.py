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
    # at a sentence's start before an auxiliary it is the subject (lone_famous)
    ("sentence-start", "Berlusconi hatte dazu geschwiegen.", ["Berlusconi"]),
    ("sentence-start-verb", "Berlusconi steht dazu.", []),  # nouns stand there as often
    ("noun-after-verb", "Im Winter traf Dialog die Menschen.", []),
    ("verb-of-meaning", "Toleranz heißt Berlusconi vor anderen.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), FRAMES, ids=[c for c, _, _ in FRAMES])
def test_listed_surname_in_frames(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want
