"""Lone surnames the world knows, ``laut X``, genitives of ``-mann`` names and double surnames
(``lone_famous``, ``lone_words.double_surname``): own sentences, the rules' real code path."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_famous import famous_word
from indexer.extraction.lone_words import double_surname
from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, "rules")[0]]


CASES = [
    # a surname the word list holds at its floor, opening a sentence before an auxiliary
    ("famous-auxiliary", "Madonna hatte am Abend keine Zeit.", ["Madonna"]),
    ("famous-copula", "Schumacher war am Montag in Maranello.", ["Schumacher"]),
    ("famous-modal", "Euler will die Regeln ändern.", ["Euler"]),
    # common words, months and any other verb leave it none
    ("common-word", "Lange war er krank.", []),
    ("month", "August hatte viele Regentage.", []),
    ("other-verb", "Euler steht für die Regeln.", []),
    ("season", "Sommer ist schön.", []),
    # "laut" before a lone word that is no German word: the source of a statement
    ("according-to", "Der Umsatz stieg laut Wendlandt um drei Prozent.", ["Wendlandt"]),
    ("according-to-firm", "Der Umsatz stieg laut Wendlandt Consulting um drei Prozent.", []),
    ("according-to-noun", "Der Umsatz stieg laut Statistik um drei Prozent.", []),
    ("according-to-council", "Die Quote sinkt laut Fiskalrat im nächsten Jahr.", []),
    # a genitive whose last part the word list holds ("manns"), its stem no German word
    ("genitive-mann", "Nach Tiedmanns Rücktritt übernahm sie den Vorsitz.", ["Tiedmann"]),
    ("genitive-noun", "Nach Bergmanns Rücktritt übernahm sie den Vorsitz.", []),
    # a genitive before a compound the word list lacks whole
    ("genitive-compound", "Die Kritik an Tarnowskis Budgetplanung wuchs.", ["Tarnowski"]),
    ("genitive-corps", "Das Armeecorps Marschordre kam.", []),
    # a double surname in a lone surname's frame
    ("double-surname", "Huber-Tarnowski hatte das Amt lange inne.", ["Huber-Tarnowski"]),
    ("double-noun", "Box-Familie hatte Glück.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_lone_famous_frames(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


@pytest.mark.parametrize(
    ("word", "want"),
    [("Madonna", True), ("Beck", True), ("Lange", False), ("August", False), ("Hamburg", False)],
)
def test_famous_word(word: str, want: bool) -> None:
    assert famous_word(word) is want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Weber-Thedy", True),
        ("Huber-Tarnowski", True),
        ("Pressta-Eisele", False),  # no part a known surname: a firm as often
        ("Box-Familie", False),
        ("Weber-Thedy-Haus", False),
    ],
)
def test_double_surname(word: str, want: bool) -> None:
    assert double_surname(word) is want
