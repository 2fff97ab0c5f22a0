"""Speaker rules of session 17 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause", "Jana Roth"],
    roles={"Anna Berg": "Landrätin", "Peter Krause": "Professor"},
)
WORDS = "„Die Brücke verbindet zwei Ufer und zwei Generationen“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


AGENT_OF_A_PARTICIPLE = [
    # the person who edited, founded or led the thing the frame names is not who speaks
    (
        "edited-volume",
        f"Kassel – {WORDS}, wie es im Untertitel des von Professor Peter Krause im Stadtverlag "
        "herausgegebenen Bandes heißt.",
        [None],
    ),
    (
        "founded-club",
        f"Kassel – {WORDS}, sagte die Sprecherin des von Anna Berg gegründeten Vereins.",
        [None],
    ),
    ("club-of", f"Kassel – {WORDS}, sagte die Sprecherin des Vereins von Anna Berg.", [None]),
    # the head of the noun phrase named after them: left null rather than guessed
    (
        "named-head",
        f"Kassel – {WORDS}, sagte die Leiterin der von Anna Berg gegründeten Stiftung, Jana Roth.",
        [None],
    ),
    # left alone: the author of a poem, a person after "von" as a plain complement
    (
        "a-poem-by",
        f"Kassel – {WORDS}, heißt es in einem Gedicht von Peter Krause.",
        ["Peter Krause"],
    ),
    ("said-by", f"Kassel – {WORDS}, sagte Anna Berg von der Stadt Kassel.", ["Anna Berg"]),
    (
        "a-place-after-von",
        f"Kassel – {WORDS}, sagte die Präsidentin der Universität von Kassel, Anna Berg.",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in AGENT_OF_A_PARTICIPLE],
    ids=[c[0] for c in AGENT_OF_A_PARTICIPLE],
)
def test_the_agent_of_a_participle_is_no_speaker(body, expected):
    assert speakers(body) == expected


WEISS = Entities(persons=["Anna Berg", "Tom Weiss"])
SURNAME_VERB = [
    # "Weiss" is a surname, not the verb "weiss": the frame has no speech verb and leaves the
    # speaker open
    (
        "weiss-in-a-long-frame",
        "Wer Anna Berg verstehen will, hält sich am besten an Tom Weiss, der das Vorwort zu "
        f"ihrem neuen Band liefert: {WORDS}",
        [None],
    ),
    ("weiss-the-verb", f"Die Landrätin Anna Berg weiss genau: {WORDS}", ["Anna Berg"]),
    ("weiss-speaks", f"Tom Weiss sagte: {WORDS}", ["Tom Weiss"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SURNAME_VERB], ids=[c[0] for c in SURNAME_VERB]
)
def test_a_surname_is_no_speech_verb(body, expected):
    assert speakers(body, WEISS) == expected


HANDOVER = [
    # the one who is given the floor speaks, not the one who gives it
    ("word-to", f"Landrätin Anna Berg übergab das Wort an Peter Krause: {WORDS}", ["Peter Krause"]),
    (
        "word-to-a-role-and-name",
        f"Anschließend übergab Anna Berg das Wort an Professor Peter Krause: {WORDS}",
        ["Peter Krause"],
    ),
    ("dative", f"Anna Berg erteilte Peter Krause das Wort: {WORDS}", ["Peter Krause"]),
    (
        "microphone",
        f"Anna Berg reichte das Mikrofon weiter an Peter Krause: {WORDS}",
        ["Peter Krause"],
    ),
    # to nobody named: nobody known speaks
    ("to-someone", f"Anna Berg übergab das Wort an einen Gast aus Kassel: {WORDS}", [None]),
    # left alone: other things given, the giver speaking after greeting someone
    ("a-promise", f"Anna Berg gab Peter Krause das Versprechen: {WORDS}", ["Anna Berg"]),
    ("greeted", f"Anna Berg begrüßte Peter Krause und sagte: {WORDS}", ["Anna Berg"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in HANDOVER], ids=[c[0] for c in HANDOVER]
)
def test_who_is_given_the_floor_speaks(body, expected):
    assert speakers(body) == expected


ADDRESSED = [
    # a person and the one addressed write together: not the first alone
    (
        "and-you",
        f"Landrätin Anna Berg und Sie, Herr Krause, schreiben in Ihrem Vorwort: {WORDS}",
        [None],
    ),
    (
        "and-you-inverted",
        f"Landrätin Berg und Sie, Herr Professor Krause, schreiben Sie im Vorwort: {WORDS}",
        [None],
    ),
    # left alone: the one addressed alone
    ("you-alone", f"In Ihrem Vorwort, Herr Krause, schreiben Sie: {WORDS}", ["Peter Krause"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ADDRESSED], ids=[c[0] for c in ADDRESSED]
)
def test_a_person_and_the_one_addressed_are_no_one_speaker(body, expected):
    assert speakers(body) == expected


ADVISER = [
    # an adviser, a confidant of X is not X ("Ein Berater von X, Y, formulierte:")
    ("adviser", f"Ein Berater von Anna Berg, Herr Lenz, formulierte öffentlich: {WORDS}", [None]),
    ("confidant", f"Die Vertraute von Anna Berg meinte dazu: {WORDS}", [None]),
    ("adviser-named", f"Ein Berater von Anna Berg, Peter Krause, sagte: {WORDS}", ["Peter Krause"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ADVISER], ids=[c[0] for c in ADVISER]
)
def test_an_adviser_of_a_person_is_not_them(body, expected):
    assert speakers(body) == expected


SOMEONE = [
    # "man" after the verb: nobody in particular speaks (not a name the frame opens with)
    ("man-after-the-verb", f"In Kassel sagt man gern: {WORDS}", [None]),
    ("man-after-a-name", f"Bei Anna Berg sagt man gern: {WORDS}", [None]),
    # left alone: a person after the verb
    ("inverted-person", f"Dazu sagte Anna Berg: {WORDS}", ["Anna Berg"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SOMEONE], ids=[c[0] for c in SOMEONE]
)
def test_man_after_the_verb_is_nobody(body, expected):
    assert speakers(body) == expected


ADDRESS = [
    # whom a speech addresses did not say the quote when the frame goes on in the first person
    # or supposes what they might say
    (
        "first-person-after",
        "Herr Krause, wenn es um Ihre Pläne geht, erinnere ich mich an die Plakate, auf denen "
        f"stand: {WORDS}",
        [None],
    ),
    (
        "supposed",
        f"Herr Krause, wenn Sie in Ihrem Antrag wenigstens sagen würden: {WORDS}",
        [None],
    ),
    (
        "we-said",
        f"Sehr geehrter Herr Dr. Krause, ich freue mich, dass Sie kamen, als wir sagten: {WORDS}",
        [None],
    ),
    # left alone: they said it
    ("you-said", f"Herr Krause, Sie haben gestern gesagt: {WORDS}", ["Peter Krause"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ADDRESS], ids=[c[0] for c in ADDRESS]
)
def test_the_one_addressed_did_not_say_it(body, expected):
    assert speakers(body) == expected


IN_A_PHRASE = [
    # a person inside a prepositional phrase of the frame is not its subject
    (
        "in-the-spirit-of",
        f"Sind Sie bereit, das im Sinne von Frau Berg zu ändern, oder sagen Sie: {WORDS}",
        [None],
    ),
    (
        "invited-by",
        f"Die Gäste kamen auf Einladung von Anna Berg, und einer von ihnen sagte: {WORDS}",
        [None],
    ),
    # left alone: whose view the phrase names speaks; a name after a role and "von"
    ("in-the-view-of", f"Nach Ansicht von Anna Berg gilt: {WORDS}", ["Anna Berg"]),
    (
        "said-by-name",
        f"Kassel – {WORDS}, sagte Anna Berg im Namen von Peter Krause.",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in IN_A_PHRASE], ids=[c[0] for c in IN_A_PHRASE]
)
def test_a_person_in_a_prepositional_phrase_is_no_subject(body, expected):
    assert speakers(body) == expected
