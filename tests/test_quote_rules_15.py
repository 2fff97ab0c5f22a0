"""Speaker rules of session 15 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause", "Frank Berger"],
    roles={"Anna Berg": "Oberbürgermeisterin", "Peter Krause": "Landrat"},
)
MINE = "Ich danke allen, die heute gekommen sind, um mit uns gemeinsam dieses Jubiläum zu feiern."


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    found = extract_quotes(body, entities)
    for q in found:
        assert body[q.start : q.end] == q.text
    return [q.speaker for q in found]


ADDRESSED = [
    # whom a speech addresses does not speak its first-person paragraphs
    ("vocative-line", f"Herr Präsident Frank Berger!\n{MINE}", []),
    (
        "formal-you",
        "Sie, Frau Berg, haben dagegen eine ganz andere Rede gehalten.\n" + MINE,
        [],
    ),
    # a lead-in that reports on the person still says whose the paragraph is
    (
        "reported-lead-in",
        f"Präsident Frank Berger hat heute die Gäste der Feier begrüßt.\n{MINE}",
        ["Frank Berger"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ADDRESSED], ids=[c[0] for c in ADDRESSED]
)
def test_an_addressed_person_is_no_speaker(body, expected):
    assert speakers(body) == expected


HEADLINE = "„Wir brauchen jetzt mehr Tempo beim Ausbau der Netze“"
ECHOES = [
    # a headline quote said again in the body, where its speaker is named
    (
        "headline-said-again",
        f"{HEADLINE}\nKiel – Der Ausbau kommt voran. {HEADLINE}, sagte Anna Berg am Montag.",
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "teaser-part-of-a-longer-quote",
        "„Wir brauchen mehr Tempo“\nKiel – Die Stadt legt ihre Zahlen vor. "
        "„Wir brauchen mehr Tempo beim Ausbau der Netze“, sagte Anna Berg.",
        ["Anna Berg", "Anna Berg"],
    ),
    # the same words in the mouths of two persons: whose the headline is stays open
    (
        "two-speakers-say-it",
        f"{HEADLINE}\nKiel – {HEADLINE}, sagte Anna Berg. Und {HEADLINE}, sagte Peter Krause.",
        [None, "Anna Berg", "Peter Krause"],
    ),
    # a short phrase may be anyone's
    (
        "short-phrase",
        "„Wir handeln jetzt.“\nKiel – Die Stadt legt ihre Zahlen vor. „Wir handeln jetzt“, "
        "sagte Anna Berg.",
        [None, "Anna Berg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in ECHOES], ids=[c[0] for c in ECHOES])
def test_a_quote_said_again_is_the_same_speakers(body, expected):
    assert speakers(body) == expected
