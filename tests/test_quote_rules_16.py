"""Speaker rules of session 16 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause"],
    roles={"Anna Berg": "Landrätin"},
)
SAID = "Kassel – Der Bau der Brücke verzögert sich. „Wir schaffen den Termin im Mai nicht“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


CITED = [
    # a paper, a report, a magazine cites the person after it
    ("the-paper-cites", f"{SAID}, zitiert die Zeitung Anna Berg.", ["Anna Berg"]),
    ("a-compound-paper", f"{SAID}, zitiert die Lokalzeitung Anna Berg.", ["Anna Berg"]),
    ("a-named-paper", f"{SAID}, zitiert die Kasseler Allgemeine Anna Berg.", ["Anna Berg"]),
    ("a-magazine", f"{SAID}, zitiert der Spiegel Anna Berg.", ["Anna Berg"]),
    ("the-paper-cites-a-role", f"{SAID}, zitiert die Zeitung die Landrätin.", ["Anna Berg"]),
    # a person or a role that cites is the subject: whom they cite follows
    ("a-role-and-name-cite", f"{SAID}, zitiert die Landrätin Anna Berg den Bauleiter.", [None]),
    ("a-bare-role-and-name", f"{SAID}, zitiert Landrätin Anna Berg den Bauleiter.", [None]),
    (
        "a-role-cites-a-named-person",
        f"{SAID}, zitiert die Landrätin Anna Berg ihren Bauleiter Peter Krause.",
        ["Peter Krause"],
    ),
    ("a-person-cites", f"{SAID}, zitierte Anna Berg den Bauleiter.", [None]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CITED], ids=[c[0] for c in CITED])
def test_who_is_cited_after_the_quote(body, expected):
    assert speakers(body) == expected


WORDS = "„Wir wollen hier einen Punkt setzen und vorankommen.“"
NOT_THE_SPEAKER = [
    # a frame in the text's own voice: the person in its first clause is an object
    (
        "first-person-frame",
        "Ich fand die Bemerkung von Herrn Krause deshalb wichtig, weil wir nicht vergessen "
        "dürfen, worum es geht; denn das Ziel ist immer das gleiche, die Zerstörung des ersten "
        f"Satzes der Verfassung: {WORDS}",
        [None],
    ),
    (
        "first-person-frame-addressing",
        f"Dass wir, lieber Peter Krause, dieses Thema heute aufgreifen und sagen: {WORDS[:-2]}“, "
        "halte ich für richtig.",
        [None],
    ),
    # ... but a person speaking in a later clause, or whose words it names, is the speaker
    (
        "first-person-frame-then-he-said",
        f"Wir haben Peter Krause am Rathaus erlebt, als er sagte: {WORDS}",
        ["Peter Krause"],
    ),
    (
        "first-person-frame-words-of",
        f"Ich darf mit einem Satz von Peter Krause anfangen, der besagt: {WORDS}",
        ["Peter Krause"],
    ),
    # a paper as the subject: the person in a phrase after its verb did not say it
    (
        "a-paper-wrote",
        f"Die Kasseler Allgemeine schrieb im Mai zu den Reden von Peter Krause: {WORDS}",
        [None],
    ),
    (
        "a-titled-paper-wrote",
        f"Die „Kasseler Post“ schrieb im Mai zu den Reden von Peter Krause: {WORDS}",
        [None],
    ),
    ("a-role-wrote", f"Die Landrätin Anna Berg schrieb im Mai: {WORDS}", ["Anna Berg"]),
    # a question put to someone is not the answerer's
    (
        "a-question-put",
        "Peter Krause gab ein Interview. Auf die Frage: „Soll die Stadt allein bauen?“, "
        "bestätigt Krause: Ja, das muss sie.",
        [None],
    ),
    (
        "a-question-asked",
        "Peter Krause kam ins Rathaus. „Soll die Stadt allein bauen?“, fragte Krause.",
        ["Peter Krause"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NOT_THE_SPEAKER], ids=[c[0] for c in NOT_THE_SPEAKER]
)
def test_persons_a_frame_names_who_do_not_speak(body, expected):
    assert speakers(body) == expected


SOMEONE = Entities(persons=["Peter Krause"], roles={})
SURNAME = Entities(persons=["Krause"], roles={})  # no first name: no gender known
ROLES = [
    # a role noun of one gender is not the person the text gives the other gender's role
    (
        "other-gender-role",
        "Kommissar Krause kündigt Kürzungen an.\n"
        "„Das macht nichts“, sagt die EU-Kommissarin für Regionalpolitik.",
        SURNAME,
        [None],
    ),
    (
        "same-gender-role",
        "Kommissar Krause kündigt Kürzungen an.\n„Das macht nichts“, sagt der EU-Kommissar.",
        SURNAME,
        ["Krause"],
    ),
    # the only person of a text stands for a role noun when named in its paragraph or speaking
    (
        "only-person-named-paragraphs-before",
        "Wir reden über Frieden. Peter Krause sang einst von einer Welt ohne Waffen.\n"
        "Das ist lange her.\n„Mit Waffen schafft man keinen Frieden“, hat der Außenminister "
        "gesagt.",
        SOMEONE,
        [None],
    ),
    (
        "only-person-in-the-paragraph",
        "Peter Krause hat das Archiv besucht. „Kultur verbindet“, sagte der Staatsminister.",
        SOMEONE,
        ["Peter Krause"],
    ),
    (
        "only-person-speaking-elsewhere",
        "Peter Krause leitet die Pressestelle.\n„Wir schreiben viel“, erinnert sich der "
        "Pressesprecher.\n„Und wir lesen viel“, erklärt Krause.",
        SOMEONE,
        ["Peter Krause", "Peter Krause"],
    ),
]


@pytest.mark.parametrize(
    ("body", "entities", "expected"), [c[1:] for c in ROLES], ids=[c[0] for c in ROLES]
)
def test_role_nouns_and_the_person_they_stand_for(body, entities, expected):
    assert speakers(body, entities) == expected


WORKS = Entities(persons=["Anna Berg", "Peter Krause"], roles={})
TITLES = [
    # a work, its kind and its maker after a comma is a title, not a quote
    (
        "poem-by",
        "Am schönsten war „Aus dem Krieg zurück,“ dramatisches Gedicht von Peter Krause, "
        "und das Fest danach.",
        [],
    ),
    (
        "operetta-in-a-programme",
        "Sonntag: „Das Haus am See“, Singspiel von Peter Krause; abends 19 Uhr: „Die goldene "
        "Tochter“, (Erstaufführung.) Operette in drei Akten von Anna Berg.",
        [],
    ),
    # a speaker's apposition that names a work is no title
    (
        "author-of-a-book",
        "„Wir freuen uns sehr auf das Publikum“, sagt Anna Berg, Autorin des Buches.",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_a_work_with_its_kind_and_maker_is_no_quote(body, expected):
    assert speakers(body, WORKS) == expected


def test_a_year_ends_a_sentence_before_a_colon_frame():
    # "seit 2019." ends its sentence: the frame after it names its own speaker
    body = (
        "Anna Berg leitet das Jugendamt seit 2019. Der Sprecher des Jugendrats, Peter Krause, "
        "sagt: „Wir bekommen endlich einen eigenen Raum.“"
    )
    assert speakers(body) == ["Peter Krause"]
    # a day before its month is no sentence end
    assert speakers("Am 12. Peter Krause sagte: „Wir bekommen einen Raum.“") == ["Peter Krause"]


def test_i_quote_names_whom():
    body = "Zu Beginn ein Zitat von 2018. Ich zitiere jetzt Herrn Krause: „Wir bauen den Raum.“"
    assert speakers(body) == ["Peter Krause"]


NOUN_FRAMES = [
    # a short colon frame with a noun subject naming nobody is that subject's, not the person
    # of the sentence before
    (
        "the-city-is-glad",
        "Kassel – Die Stadt baut ein Zentrum. Anna Berg leitet das Jugendamt seit 2019. Die "
        "Stadt ist zufrieden: „Die Jugendlichen haben endlich einen Raum.“",
        [None],
    ),
    # a frame after the speaker's quote in the paragraph is still theirs
    (
        "after-the-speakers-quote",
        "„Wir bauen ein Zentrum für alle“, sagt Anna Berg. Der Grund ist einfach: „Die "
        "Jugendlichen brauchen einen Raum.“",
        ["Anna Berg", "Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NOUN_FRAMES], ids=[c[0] for c in NOUN_FRAMES]
)
def test_a_noun_subject_of_a_short_colon_frame(body, expected):
    assert speakers(body) == expected


TWO = Entities(
    persons=["Anna Berg", "Peter Krause"],
    roles={"Anna Berg": "Bürgermeisterin", "Peter Krause": "Landrat"},
)
FRAMES_OF_TWO = [
    # the agent of a passive whose participle has no ge- names the speaker
    ("passive-without-ge", f"Peter Krause wurde von Anna Berg begrüßt: {WORDS}", ["Anna Berg"]),
    # a person after a preposition opening the frame is not its subject
    ("mit-x-sprach-y", f"Mit Peter Krause sprach Anna Berg über die Pläne: {WORDS}", ["Anna Berg"]),
    ("neben-x-sprach-y", f"Neben Anna Berg sprach auch Peter Krause: {WORDS}", ["Peter Krause"]),
    (
        "nach-x-ergriff-y",
        f"Nach Anna Berg ergriff Peter Krause das Wort: {WORDS}",
        ["Peter Krause"],
    ),
    # a second role after a preposition names its own person
    (
        "towards-another-role",
        f"{WORDS[:-2]}“, sagte die Bürgermeisterin in Richtung von Landrat Peter Krause.",
        ["Anna Berg"],
    ),
    (
        "apposition-of-two-roles",
        f"{WORDS[:-2]}“, sagte die Sprecherin der Stadt, Bürgermeisterin Anna Berg.",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in FRAMES_OF_TWO], ids=[c[0] for c in FRAMES_OF_TWO]
)
def test_frames_that_name_two_persons(body, expected):
    assert speakers(body, TWO) == expected
