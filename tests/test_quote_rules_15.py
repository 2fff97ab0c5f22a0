"""Speaker rules of session 15 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause", "Frank Berger"],
    roles={"Anna Berg": "Oberbürgermeisterin", "Peter Krause": "Landrat"},
)
MINE = "Ich danke allen, die heute gekommen sind, um mit uns gemeinsam dieses Jubiläum zu feiern."


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


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


SAYS = "„Wir werden im Herbst mit dem Bau der neuen Schule beginnen.“"
FRAMES = [
    # the verb the colon belongs to is the frame's last: whom it cites speaks
    (
        "cites-after-an-aside-with-a-passive",
        "Da ich weiß, dass auch der Kreis – Landrat Peter Krause wird ja gleich sprechen – "
        f"zustimmt, zitiere ich gerne die Oberbürgermeisterin, Anna Berg: {SAYS}",
        ["Anna Berg"],
    ),
    (
        "passive-cited",
        f"Anna Berg wird in der Zeitung mit den Worten zitiert: {SAYS}",
        ["Anna Berg"],
    ),
    # whom the words are said to is no speaker, nor what a pronoun in that clause means
    (
        "said-to-then-pronoun",
        f"Anna Berg sprach mit den Eltern. Und zu Peter Krause hat er gesagt: {SAYS}",
        [None],
    ),
    (
        "said-to-then-pronoun-of-another",
        f"Anna Berg sprach mit den Eltern. Und zu Peter Krause hat sie gesagt: {SAYS}",
        ["Anna Berg"],
    ),
    ("said-to-a-name", f"Dann sagte Anna Berg zu Peter Krause: {SAYS}", ["Anna Berg"]),
    (
        "pronoun-after-a-sentence",
        f"Anna Berg sprach mit Peter Krause. Er sagte: {SAYS}",
        ["Peter Krause"],
    ),
    # a motto after a colon is nobody's words
    ("motto-colon", f"Landrat Peter Krause feiert unter dem Motto: {SAYS}", []),
    (
        "after-motto-sentence",
        f"Landrat Peter Krause sagte zum Motto des Festes: {SAYS}",
        ["Peter Krause"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES])
def test_frames_whose_first_person_does_not_speak(body, expected):
    assert speakers(body) == expected


def test_a_pronoun_in_a_clause_of_its_own_may_mean_the_object():
    body = f"Wir haben Peter Krause am Rathaus erlebt, als er sagte: {SAYS}"
    assert speakers(body) == ["Peter Krause"]


EPITHETS = [
    # a noun for a person that is no office stands for them like a pronoun of its gender
    (
        "politician",
        "Anna Berg hat am Montag die Pläne vorgestellt.\n„Wir beginnen im Herbst mit dem Bau“, "
        "sagt die Politikerin.",
        ["Anna Berg"],
    ),
    (
        "christian-democrat",
        "Peter Krause hat die Pläne vorgestellt.\n„Wir beginnen im Herbst mit dem Bau“, "
        "sagt der Christdemokrat.",
        ["Peter Krause"],
    ),
    # its gender must fit: "die Politikerin" is not Peter Krause
    (
        "gender-does-not-fit",
        "Peter Krause hat die Pläne vorgestellt.\n„Wir beginnen im Herbst mit dem Bau“, "
        "sagt die Politikerin.",
        [None],
    ),
    # whose words an opening phrase names speaks
    ("according-to", f"Nach Angaben von Anna Berg gilt: {SAYS}", ["Anna Berg"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in EPITHETS], ids=[c[0] for c in EPITHETS]
)
def test_epithets_and_sources_name_the_speaker(body, expected):
    assert speakers(body) == expected


def test_an_epithet_before_a_name_is_no_pronoun():
    body = f"Anna Berg sprach. Der Politiker und Landrat Peter Krause hat einmal gesagt: {SAYS}"
    assert speakers(body) == ["Peter Krause"]


TALK = [
    # an interview without "Frage:" lines: questions end in "?", answers follow one name
    (
        "questions-by-a-paper",
        "Ein Gespräch mit Anna Berg\nStadtanzeiger: Frau Berg, wie geht es mit der Schule weiter?\n"
        "Berg: Wir beginnen im Herbst mit dem Bau, wenn alles gut geht.\n"
        "Stadtanzeiger: Und was kostet das?\n"
        "Berg: Die Kosten liegen bei rund drei Millionen Euro, das ist im Rahmen.",
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "bare-questions",
        "Frau Berg, wie geht es mit der Schule weiter?\n"
        "Anna Berg: Wir beginnen im Herbst mit dem Bau, wenn alles gut geht.\nUnd die Kosten?\n"
        "Anna Berg: Die Kosten liegen bei rund drei Millionen Euro, das ist im Rahmen.",
        ["Anna Berg", "Anna Berg"],
    ),
    # "A:" answers in an interview whose heading names whom it asks
    (
        "answers-after-a-heading",
        "Interview mit Anna Berg\nF: Wie geht es mit der Schule weiter?\n"
        "A: Wir beginnen im Herbst mit dem Bau, wenn alles gut geht.",
        ["Anna Berg"],
    ),
    # labelled lines without questions are no interview
    (
        "notes-are-no-interview",
        "Die Straße ist gesperrt. Wie lange noch? Wer zahlt das?\n"
        "Anna Berg: Ansprechpartnerin für Rückfragen ist das Bauamt der Stadt.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in TALK], ids=[c[0] for c in TALK])
def test_interviews_without_marks(body, expected):
    assert speakers(body) == expected


def test_a_role_only_headline_names_the_holder_after_the_dateline():
    body = (
        "Landeshauptmann: „Jetzt wird die Sicherheit in der Regierung ernst genommen.“\n"
        "Eisenstadt – Einen Monat nach dem Start zeigt sich Landeshauptmann Hans Gruber zufrieden."
    )
    people = Entities(persons=["Hans Gruber"], roles={"Hans Gruber": "Landeshauptmann"})
    assert speakers(body, people) == ["Hans Gruber"]


CROWD = [
    (
        "shouts",
        "„Wir bauen die Schule im Herbst“, sagte Anna Berg. Bei den Zuhörern Rufe: "
        "„Das glauben wir nicht mehr!“",
        ["Anna Berg", None],
    ),
    (
        "her-conclusion",
        "„Wir bauen die Schule im Herbst“, sagte Anna Berg. Ihr Fazit: "
        "„Das wird ein gutes Jahr für die Stadt.“",
        ["Anna Berg", "Anna Berg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CROWD], ids=[c[0] for c in CROWD])
def test_a_frame_of_many_voices_is_not_the_speaker_before(body, expected):
    assert speakers(body) == expected


PERFECT = [
    # a perfect tense after the quote: "Das hat X gesagt"
    (
        "das-hat-gesagt",
        "„Wir bauen die Schule im Herbst.“ Das hat Anna Berg gesagt.",
        ["Anna Berg"],
    ),
    (
        "das-hat-versprochen",
        "„Wir bauen die Schule im Herbst.“ Das hat Peter Krause schon vor einem Jahr versprochen.",
        ["Peter Krause"],
    ),
    # "Das hat X gefreut": X is no speaker
    ("das-hat-gefreut", "„Wir bauen die Schule im Herbst.“ Das hat Anna Berg gefreut.", [None]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PERFECT], ids=[c[0] for c in PERFECT]
)
def test_a_perfect_tense_frame_after_the_quote(body, expected):
    assert speakers(body) == expected
