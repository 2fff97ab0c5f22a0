"""Who speaks when the frame names more than the speaker: spokespersons, cited words, bylines,
objects, unknown speakers between a pronoun and its person (sentences of our own; each rule with
a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Julia Vogel", "Hans Meier", "Georg Lang", "Maria Lang", "Anna Berg", "Tom Hahn"],
    roles={"Julia Vogel": "Ministerin", "Hans Meier": "Bauleiter"},
)
SAID = "„Wir haben in diesem Jahr sehr viel erreicht"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


SPOKESPERSONS = [
    (
        "spokesperson-of-a-role-and-name-after-von",
        SAID + "“, sagte der Sprecher von Ministerin Julia Vogel.",
        [None],
    ),
    ("spokesperson-of-a-name-after-von", SAID + "“, sagte der Sprecher von Julia Vogel.", [None]),
    (
        "spokesperson-named-after-a-comma",
        SAID + "“, sagte der Sprecher der Ministerin, Tom Hahn.",
        ["Tom Hahn"],
    ),
    ("a-speaker-of-a-place", SAID + "“, sagte Sprecher Tom Hahn von der Stadt.", ["Tom Hahn"]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SPOKESPERSONS], ids=[c[0] for c in SPOKESPERSONS]
)
def test_a_spokesperson_speaks_not_the_person_they_speak_for(body, expected):
    assert speakers(body) == expected


CITED = [
    (
        "cites-a-role-nobody-fills",
        "Anna Berg ist zufrieden. Sie zitiert den Polier: „Bis zum Sommer sind wir fertig.“",
        [None],
    ),
    (
        "cites-a-role-the-release-fills",
        "Anna Berg zitiert den Bauleiter: „Bis zum Sommer sind wir fertig.“",
        ["Hans Meier"],
    ),
    (
        "cites-a-name-after-other-words",
        "Anna Berg zitierte in ihrer Rede Georg Lang: „Gib niemals auf, auch wenn es schwer ist.“",
        ["Georg Lang"],
    ),
    (
        "cites-a-document",
        "Anna Berg zitierte aus dem Bericht: „Die Zahl der Unfälle ist gestiegen.“",
        [None],
    ),
    (
        "is-cited-in-the-passive",
        "Anna Berg wird in der Zeitung mit den Worten zitiert: „Wir machen weiter.“",
        ["Anna Berg"],
    ),
    (
        "the-words-of-a-named-person",
        "Maria Lang erinnert sich an die Worte ihres Vaters Georg Lang: „Gib niemals auf.“",
        ["Georg Lang"],
    ),
    (
        "the-words-of-an-unnamed-person",
        "Maria Lang erinnert sich an die Worte ihres Vaters: „Gib niemals auf.“",
        [None],
    ),
    (
        "speaks-about-a-person",
        "Maria Lang sprach über Georg Lang: „Er hat nie aufgegeben.“",
        ["Maria Lang"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CITED], ids=[c[0] for c in CITED])
def test_cited_words_are_spoken_by_whom_they_are_cited_from(body, expected):
    assert speakers(body) == expected


OBJECTS = [
    (
        "there-was-a-speech",
        "Bei der Eröffnung im Rathaus, zu der auch Hans Meier gekommen war, gab es viel Lob "
        "und eine Rede: „Kunst verbindet uns alle.“",
        [None],
    ),
    (
        "a-genitive-is-no-subject",
        "Der Vater des Schülers Tom Hahn sagte: „Er hat schon als Kind gemalt.“",
        [None],
    ),
    (
        "a-genitive-in-the-sentence-before",
        "„Es ist schön“, sagte Anna Berg.\n\nDer Film, der die Geschichte des Trappers und "
        "Abenteurers Tom Hahn erzählt, ist nominiert. „Wenn ich drehe, denke ich nicht an Preise.“",
        ["Anna Berg", None],
    ),
    (
        "a-role-before-a-genitive-speaks",
        "Der Bauleiter des Unternehmens Hans Meier sagte: „Wir sind stolz.“",
        ["Hans Meier"],
    ),
    (
        "a-role-in-the-genitive-is-no-subject",
        "Der Vater des Künstlers Tom Hahn sagte: „Er hat schon als Kind gemalt.“",
        [None],
    ),
    (
        "a-feminine-role-in-the-genitive-is-no-subject",
        "Die Mutter der Sängerin Anna Berg erzählte: „Sie hat schon als Kind gesungen.“",
        [None],
    ),
    (
        "a-person-in-an-opening-phrase-is-no-subject",
        "Nach der Rede von Hans Meier sangen alle: „Freude, schöner Götterfunken.“",
        [None],
    ),
    (
        "a-role-in-an-opening-phrase-is-no-subject",
        "Bei der Ehrung des Präsidenten Hans Meier sangen alle gemeinsam: „Hoch soll er leben.“",
        [None],
    ),
    (
        "the-subject-after-an-opening-phrase-speaks",
        "Nach der Rede von Hans Meier sagte Anna Berg: „Wir sind stolz.“",
        ["Anna Berg"],
    ),
    (
        "the-object-of-an-unknown-name-is-no-subject",
        "Krüger schaute Anna Berg an und meinte: „Das wird schwer.“",
        [None],
    ),
    (
        "the-object-of-an-unknown-name-in-the-sentence-before",
        "Hörmann dankte Anna Berg für die Einladung. „Das war ein großartiger Abend.“",
        [None],
    ),
    (
        "after-an-opening-adverb-the-person-speaks",
        "Heute begrüßte Anna Berg die Gäste und sagte: „Das wird schön.“",
        ["Anna Berg"],
    ),
    (
        "after-an-opening-participle-the-person-speaks",
        "Schmunzelnd ergänzte Anna Berg: „Das wird schön.“",
        ["Anna Berg"],
    ),
    (
        "an-opening-phrase-without-a-person-leaves-the-subject",
        "Nach der Rede dankte Bürgermeisterin Anna Berg allen Gästen: „Wir sind stolz.“",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS]
)
def test_a_person_named_as_an_object_is_not_the_speaker(body, expected):
    assert speakers(body) == expected


SIGNATURES = [
    (
        "a-byline-over-the-quote",
        "Von Tom Hahn, dpa\n„Ich denke nicht, dass wir einen guten Job gemacht haben.“",
        [None],
    ),
    (
        "a-speaker-line-over-the-quote",
        "Tom Hahn, Vorsitzender\n„Ich denke nicht, dass wir einen guten Job gemacht haben.“",
        ["Tom Hahn"],
    ),
    (
        "a-byline-under-a-framed-quote",
        "Eltern fordern: „Hier muss ein Zebrastreifen her“\nTom Hahn\nFoto: privat",
        [None],
    ),
    (
        "a-name-in-parentheses-ending-a-sentence",
        "„Wir haben lange gewartet.“ (Anna Berg). Danach ging es los.",
        ["Anna Berg"],
    ),
    (
        "parentheses-without-a-name",
        "„Wir haben lange gewartet.“ (Archiv). Danach ging es los.",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SIGNATURES], ids=[c[0] for c in SIGNATURES]
)
def test_signatures_and_bylines(body, expected):
    assert speakers(body) == expected


EITHER = [
    (
        "a-person-named-between-two-quotes",
        SAID + "“, sagt Tom Hahn. Sein Vorgänger Georg Lang hatte das Werk 1990 gegründet. "
        "„Damals gab es hier nur Wiesen.“",
        ["Tom Hahn", None],
    ),
    (
        "a-person-speaking-between-two-quotes",
        SAID + "“, sagt Tom Hahn. Sein Vorgänger Georg Lang sieht das anders: "
        "„Damals gab es hier nur Wiesen.“",
        ["Tom Hahn", "Georg Lang"],
    ),
    (
        "the-same-person-between-two-quotes",
        SAID + "“, sagt Tom Hahn. Hahn leitet das Werk seit 1990. „Damals gab es hier nur Wiesen.“",
        ["Tom Hahn", "Tom Hahn"],
    ),
    (
        "an-unknown-speaker-between-pronoun-and-person",
        "Georg Lang drohte mit Rache. Dieser Angriff sei ein Bruch, sagte al-Sabah am Abend. "
        "Er warf Lang Untätigkeit vor. „Wir werden unseren Weg weitergehen.“",
        [None],
    ),
    (
        "an-unknown-speaker-of-the-other-gender",
        "Ministerin Julia Vogel besuchte das Werk. Die Zahlen seien gut, sagte ein Sprecher. "
        "Sie betonte: „Wir investieren weiter in die Region.“",
        ["Julia Vogel"],
    ),
    (
        "a-known-speaker-between-pronoun-and-person",
        "Ministerin Julia Vogel besuchte das Werk. Die Zahlen seien gut, sagte sie. "
        "Sie betonte: „Wir investieren weiter in die Region.“",
        ["Julia Vogel"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in EITHER], ids=[c[0] for c in EITHER])
def test_when_two_persons_may_speak_nobody_is_named(body, expected):
    assert speakers(body) == expected


FRAMES = [
    (
        "cited-in-the-passive-after-the-quote",
        SAID + "“, wurde Bauleiter Hans Meier auf der Homepage zitiert.",
        ["Hans Meier"],
    ),
    ("asked-in-the-passive-is-no-frame", SAID + "“, wurde Hans Meier gefragt.", [None]),
    (
        "the-frame-on-the-next-line",
        "Bericht vom Einsatz\n\n" + SAID + "“,\nerzählt Anna Berg von der Bergwacht.",
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES])
def test_frames_after_the_quote(body, expected):
    assert speakers(body) == expected


STATEMENT = (
    "Der Besuch erforderte große Sicherheitsvorkehrungen, die zu Belastungen für die Stadt "
    "führten. Nicht nur die Anwohner mussten Einschränkungen hinnehmen,\n"
)
UNMARKED = [
    ("so-and-a-name", STATEMENT + "so Ministerin Julia Vogel.", ["Julia Vogel"]),
    (
        "so-and-a-role-then-a-second-one",
        STATEMENT + "so Ministerin Julia Vogel.\nMein besonderer Dank gilt allen Einsatzkräften "
        "der Feuerwehr und der Polizei,\nso die Ministerin weiter.",
        ["Julia Vogel", "Julia Vogel"],
    ),
    ("so-and-nobody-known", STATEMENT + "so die Polizei.", []),
    ("a-sentence-going-on", STATEMENT + "so dass die Stadt leer war.", []),
    (
        "a-short-line",
        "Alle mussten warten,\nso Ministerin Julia Vogel.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in UNMARKED], ids=[c[0] for c in UNMARKED]
)
def test_a_paragraph_without_marks_said_by_a_so_line(body, expected):
    assert speakers(body) == expected


INTERVIEWS = [
    (
        "questions-and-named-answers",
        "Frage: Wie geht es weiter mit dem Projekt?\nAnna Berg: Wir machen weiter, das ist klar."
        "\nFrage: Und die Kosten?\nBerg: Die tragen wir gemeinsam mit dem Land.",
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "bold-markup",
        "**Frage:** Wie geht es weiter?\n**Anna Berg:** Wir machen weiter, das ist klar.",
        ["Anna Berg"],
    ),
    (
        "lines-with-a-colon-outside-an-interview",
        "Termine: Am Montag tagt der Rat im großen Saal.\nAnna Berg: Vorsitzende des Rates",
        [],
    ),
    (
        "an-answer-by-nobody-known",
        "Frage: Wie geht es weiter?\nAntwort: Wir machen weiter, das ist doch klar.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in INTERVIEWS], ids=[c[0] for c in INTERVIEWS]
)
def test_interview_answers_are_quotes_of_who_answers(body, expected):
    assert speakers(body) == expected


def test_interview_answers_of_the_records_speaker():
    body = "Frage: Wie geht es weiter?\nAntwort: Wir machen weiter, das ist doch klar."
    found = extract_quotes(body, Entities(), speaker="Anna Berg")
    assert [(q.text, q.speaker) for q in found] == [
        ("Wir machen weiter, das ist doch klar.", "Anna Berg")
    ]


WHOSE = [
    (
        "the-successor-of-a-named-person",
        "Die Nachfolgerin von Landrat Tom Hahn, Anna Berg, sagte: „Er hat viel bewegt.“",
        ["Anna Berg"],
    ),
    (
        "the-daughter-of-a-named-person",
        "Die Tochter von Tom Hahn sagte: „Er hat viel bewegt in diesen Jahren.“",
        [None],
    ),
    ("a-possessor-before-a-kin-noun", SAID + "“, sagte Tom Hahns Nachfolgerin.", [None]),
    (
        "a-quote-of-a-named-person",
        "Ich darf mit einem Satz von Tom Hahn anfangen, der besagt: „Jedes Haus braucht Halt.“",
        ["Tom Hahn"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in WHOSE], ids=[c[0] for c in WHOSE])
def test_whose_someone_is_does_not_speak(body, expected):
    people = Entities(persons=[*PEOPLE.persons, "Tom Hahns"], roles=PEOPLE.roles)
    assert speakers(body, people if "Hahns" in body else PEOPLE) == expected


SENTENCE_BEFORE = [
    (
        "thanked-by-an-unnamed-subject",
        "Die Feuerwehr dankte Anna Berg für die Unterstützung. „Ohne die Stadt wäre das nicht "
        "gegangen.“",
        [None],
    ),
    (
        "the-person-thanks",
        "Anna Berg dankte der Feuerwehr für die Unterstützung. „Ohne euch wäre das nicht "
        "gegangen.“",
        ["Anna Berg"],
    ),
    (
        "an-inverted-subject-after-adverbs",
        "Auch deshalb erhofft sich die Ministerin einen regen Austausch. „Die Öffnung ist ein "
        "Muss.“",
        ["Julia Vogel"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SENTENCE_BEFORE], ids=[c[0] for c in SENTENCE_BEFORE]
)
def test_the_sentence_before_names_its_subject(body, expected):
    assert speakers(body) == expected
