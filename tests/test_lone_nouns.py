"""German words the word list lacks in this form are no lone surname (``lone_nouns``)."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_names import framed
from indexer.extraction.lone_nouns import derived_word
from indexer.extraction.person_text import PersonText


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


CASES = [
    ("adjective-isch", "Läuferisch war er nie besonders stark.", []),
    ("adjective-ig", "Stachelig war auch der Rand des Weges.", []),
    ("adjective-latin", "Deeskalativ sei das Vorgehen gewesen.", []),
    ("plural-erei", "Das Gehirn erzeugt Tagträumereien und Bilder.", []),
    ("swiss-spelling", "Ausserdem ist die Zufahrt bis Mittag gesperrt.", []),
    ("feminine-occupation", "Rechnerin ist seit Mai eine Lehrerin aus Ulm.", []),
    ("holiday-first-name", "Oder hat Silvester wirklich alles verändert?", []),
    ("rare-first-name", "Zuvor hatte Gregor keine Zeit.", ["Gregor"]),
    ("surname-stays", "Brambrink war seit 1990 im Vorstand.", ["Brambrink"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_derived_german_word_is_no_lone_surname(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want, case


@pytest.mark.parametrize(
    "word", ["Liebig", "Kimmig", "Grundig", "Kubisch", "Hennig", "Mundlos", "Grosse", "Kessler"]
)
def test_surnames_of_adjective_shape_stay(word: str) -> None:
    assert not derived_word(word)
