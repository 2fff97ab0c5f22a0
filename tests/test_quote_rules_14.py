"""Frames whose first person is not the one speaker, frames on the line under a quote, nouns of
saying, and titles that are no quotes (sentences of our own; each rule with a case it must leave
alone)."""

from __future__ import annotations

import pytest

from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause"],
    roles={"Anna Berg": "Oberbürgermeisterin", "Peter Krause": "Landrat"},
)
Q = "„Das ist ein wichtiges Signal für die ganze Region.“"
ASK = "„Wie wollen Sie das alles bezahlen?“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


SPEAKERS = [
    # several persons as one subject: not the first alone
    (
        "joint-subject-in-the-sentence-before",
        f"Anna Berg und Peter Krause stellten am Montag das Konzept vor. {Q}",
        [None],
    ),
    ("joint-subject-colon", f"Oberbürgermeisterin Anna Berg und Landrat Peter Krause: {Q}", [None]),
    ("joint-subject-after", f"{Q}, sagten Anna Berg und Peter Krause.", [None]),
    ("joint-subject-sind-sich-einig", f"{Q}, sind sich Anna Berg und Peter Krause einig.", [None]),
    ("one-subject-then-an-object", f"{Q}, sagte Anna Berg gegenüber Peter Krause.", ["Anna Berg"]),
    ("one-subject-who-goes-on", f"{Q}, sagte Anna Berg und lachte.", ["Anna Berg"]),
    (
        "thanks-to-two-by-a-third",
        f"Anna Berg dankte Peter Krause und den Helfern: {Q}",
        ["Anna Berg"],
    ),
    # the subject before the verb, the person after it its object
    ("subject-before-verb-asks", f"Peter Krause fragte Anna Berg: {ASK}", ["Peter Krause"]),
    ("inverted-subject", f"Dann fragte Landrat Peter Krause: {ASK}", ["Peter Krause"]),
    # a relative clause with the speech verb ends the frame: whom it is about speaks
    (
        "relative-clause-speaker",
        f"Anna Berg erinnerte an Peter Krause, der einmal sagte: {Q}",
        ["Peter Krause"],
    ),
    ("relative-clause-unknown", f"Anna Berg erinnerte an einen Lehrer, der oft sagte: {Q}", [None]),
    (
        "article-not-relative",
        f"Liebe Gäste, der Landrat Peter Krause hat einmal gesagt: {Q}",
        ["Peter Krause"],
    ),
    # a passive: the agent speaks, not the subject
    ("passive-agent-asks", f"Anna Berg wurde von Peter Krause gefragt: {ASK}", ["Peter Krause"]),
    ("passive-agent-unknown", f"Anna Berg wurde von einem Schüler gefragt: {ASK}", [None]),
    (
        "passive-cited-subject",
        f"Anna Berg wird von der Zeitung mit den Worten zitiert: {Q}",
        ["Anna Berg"],
    ),
    # a noun of saying names whose words the quote is
    ("so-die-antwort-von", f"{Q}, so die Antwort von Peter Krause.", ["Peter Krause"]),
    ("lautet-das-fazit-von", f"{Q}, lautet das Fazit von Anna Berg.", ["Anna Berg"]),
    ("so-der-sprecher-von", f"{Q}, so der Sprecher von Peter Krause.", [None]),
    ("aus-sicht-von", f"Aus Sicht von Anna Berg ist klar: {Q}", ["Anna Berg"]),
    ("nach-der-rede-von", f"Nach der Rede von Anna Berg riefen alle: {Q}", [None]),
    # a frame after a semicolon, on the line under the quote, a signature in parentheses
    ("semicolon-das-sagte-schon", f"{Q}; das sagte schon Peter Krause.", ["Peter Krause"]),
    (
        "dash-frame-next-line",
        f"Die Stadt stellte den Plan vor.\n{Q}\n– so Anna Berg bei der Vorstellung.",
        ["Anna Berg"],
    ),
    (
        "dash-line-without-frame",
        f"Die Stadt stellte den Plan vor.\n{Q}\n– Weitere Termine folgen.",
        [None],
    ),
    ("signature-in-parentheses-next-line", f"{Q}\n(Anna Berg, Oberbürgermeisterin)", ["Anna Berg"]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker(body, expected):
    assert speakers(body) == expected


TITLES = [
    (
        "title-subject-soll",
        "Anna Berg startete die Aktion. „Wir sind mehr“ soll junge Menschen erreichen.",
    ),
    (
        "title-subject-erscheint",
        "Anna Berg schrieb ein Buch. „Wir sind die Neuen hier“ erscheint im Mai.",
    ),
    (
        "title-in-the-work-heisst-es",
        "Frau Berg, im Titel Ihres Antrags heißt es: „Verbindliche Regeln für alle Vereine und"
        " Verbände schaffen“.",
    ),
    (
        "title-after-a-work-colon",
        "Anna Berg stellt ihr neues Buch vor: „Die Stadt und ihre Kinder“.",
    ),
]


@pytest.mark.parametrize("body", [c[1] for c in TITLES], ids=[c[0] for c in TITLES])
def test_title_is_no_quote(body):
    assert extract_quotes(body, PEOPLE) == []


QUOTES = [
    # reported speech: "„…“ soll X gesagt haben" is said (kept; who said it is left open)
    (
        "soll-gesagt-haben",
        "„Wir sind noch lange nicht fertig“ soll Anna Berg gesagt haben.",
        [None],
    ),
    # a colon frame naming a work whose author speaks, or announcing someone's words
    (
        "work-then-its-author-speaks",
        "In seinem Buch schreibt Peter Krause: „Ohne Mut keine Zukunft“",
        ["Peter Krause"],
    ),
    (
        "words-announced-after-a-work",
        "Ich schließe mit den Worten des Präsidenten dieses Hauses: „Nicht die Regierung hält"
        " sich ein Parlament“",
        [None],
    ),
    # a sentence said after a colon frame naming a work: a quote
    (
        "said-after-a-work-colon",
        "Anna Berg stellt ihr Buch vor: „Wir haben lange daran gearbeitet.“",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in QUOTES], ids=[c[0] for c in QUOTES])
def test_quote_kept(body, expected):
    assert speakers(body) == expected
