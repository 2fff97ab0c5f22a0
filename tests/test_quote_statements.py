"""Statements that go on past their frame: a quote opening the paragraph after a speaker's quote and
its frame, a first-person paragraph without marks after a speaker's statement, words cited by
someone after the quote (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Frank Berger", "Anna Berg", "Peter Krause"],
    roles={"Frank Berger": "Präsident", "Anna Berg": "Oberbürgermeisterin"},
)
FIRST = "„Ich sehe die Diskussion noch ganz am Anfang“"
NEXT = "„Wer jetzt Zahlen verbreitet, hat die Lage nicht verstanden.“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


NEXT_PARAGRAPH = [
    (
        "after-the-frame-with-a-pronoun",
        f"Präsident Frank Berger warnt vor Eile. {FIRST}, sagte er am Montag.\n{NEXT}",
        ["Frank Berger", "Frank Berger"],
    ),
    (
        "after-the-frame-with-the-name",
        f"{FIRST}, sagte Frank Berger am Montag in Weimar.\n{NEXT}",
        ["Frank Berger", "Frank Berger"],
    ),
    (
        "after-reported-speech",
        f"{FIRST}, sagte Frank Berger. Es werde noch zu wenig sachlich diskutiert.\n{NEXT}",
        ["Frank Berger", "Frank Berger"],
    ),
    (
        "not-after-a-sentence-of-the-writer",
        f"{FIRST}, sagte Frank Berger. Die Gewerkschaft kritisierte den Plan scharf.\n{NEXT}",
        ["Frank Berger", None],
    ),
    (
        "not-after-reported-speech-naming-another",
        f"{FIRST}, sagte Frank Berger. Das sehe auch Peter Krause so.\n{NEXT}",
        ["Frank Berger", None],
    ),
    (
        "not-without-a-frame",
        f"Präsident Frank Berger sagte: {FIRST}. Die Gewerkschaft kritisierte das.\n{NEXT}",
        ["Frank Berger", None],
    ),
    (
        "not-when-the-frame-names-another",
        f"{FIRST}, sagte Frank Berger zu Peter Krause.\n{NEXT}",
        ["Frank Berger", None],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NEXT_PARAGRAPH], ids=[c[0] for c in NEXT_PARAGRAPH]
)
def test_a_quote_after_the_speakers_quote_and_frame_goes_on(body, expected):
    assert speakers(body) == expected


FIRST_PERSON = [
    (
        "after-a-so-line",
        "„Der Einsatz war hervorragend, alle haben ihr Bestes gegeben“, so Anna Berg.\n"
        "Ich bin froh, dass wir heute feststellen können, dass alles friedlich verlaufen ist.",
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "after-a-paragraph-said-by-a-so-line",
        "Der Besuch erforderte Sicherheitsvorkehrungen, die zu Belastungen für die Stadt führten,\n"
        "so die Oberbürgermeisterin Anna Berg.\n"
        "Ich bin froh, dass wir heute feststellen können, dass alles friedlich verlaufen ist.",
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "after-a-lead-in-naming-one-person",
        "Präsident Frank Berger hat sich heute mit den Beschäftigten der Agentur getroffen.\n"
        "Die Agentur sichert das Auskommen von Millionen Menschen. Ich zolle den Beschäftigten "
        "meinen tiefsten Respekt.\nDanach traf sich Berger mit dem Vorstand.",
        ["Frank Berger"],
    ),
    (
        "not-after-a-sentence-of-the-writer",
        "„Der Einsatz war hervorragend, alle haben ihr Bestes gegeben“, so Anna Berg.\n"
        "Die Polizei zog eine positive Bilanz des Tages.\n"
        "Ich bin froh, dass wir heute feststellen können, dass alles friedlich verlaufen ist.",
        ["Anna Berg"],
    ),
    (
        "not-after-a-paragraph-in-the-authors-voice",
        "Ich freue mich, heute bei Ihnen zu sein. Präsident Frank Berger hat uns eingeladen.\n"
        "Es freut mich sehr, dass in diesem Jahr so viele Gäste aus aller Welt gekommen sind.",
        [],
    ),
    (
        "not-a-frame-ending-in-a-colon",
        "Präsident Frank Berger hat sich heute mit den Beschäftigten der Agentur getroffen.\n"
        "Ich beginne meine Rede mit einem Wort, das Peter Krause geprägt hat:\n"
        "„Wir werden es schaffen, weil wir es gemeinsam wollen.“",
        ["Peter Krause"],
    ),
    (
        "not-in-a-text-in-its-authors-voice",
        "„Der Einsatz war hervorragend, alle haben ihr Bestes gegeben“, so Anna Berg.\n"
        + "\n".join(
            f"Ich bin froh, dass wir am {day} feststellen können, dass alles ruhig verlaufen ist."
            for day in ("Montag", "Dienstag", "Mittwoch")
        ),
        ["Anna Berg"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in FIRST_PERSON], ids=[c[0] for c in FIRST_PERSON]
)
def test_a_first_person_paragraph_without_marks_is_the_speakers(body, expected):
    assert speakers(body) == expected


SAID = "„Wir haben in diesem Jahr sehr viel erreicht.“"
AFTER_THE_QUOTE = [
    ("das-sagt", f"{SAID} Das sagt Anna Berg, Leiterin des Museums.", ["Anna Berg"]),
    ("on-the-next-line", f"{SAID}\nDas sagte Anna Berg bei der Eröffnung.", ["Anna Berg"]),
    ("so-fasst", f"{SAID} So fasst Anna Berg das Jahr zusammen.", ["Anna Berg"]),
    ("davon-ist-überzeugt", f"{SAID} Davon ist Anna Berg überzeugt.", ["Anna Berg"]),
    (
        "mit-diesen-worten",
        f"{SAID} Mit diesen Worten eröffnete Anna Berg die Feier.",
        ["Anna Berg"],
    ),
    ("not-an-object", f"{SAID} Das sagt viel über Anna Berg aus.", [None]),
    (
        "the-words-of-a-role-after-an-adverb",
        f"{SAID} Mit diesen Worten kommentierte gestern der Präsident, Frank Berger, die Zahl.",
        ["Frank Berger"],
    ),
    ("who-cites-does-not-speak", SAID[:-2] + "“, zitierte Anna Berg den Bauleiter.", [None]),
    ("nor-when-citing-kin", SAID[:-2] + "“, zitiert Anna Berg ihren Vater.", [None]),
    (
        "the-cited-person-speaks",
        SAID[:-2] + "“, zitiert die Zeitung den Präsidenten Frank Berger.",
        ["Frank Berger"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in AFTER_THE_QUOTE], ids=[c[0] for c in AFTER_THE_QUOTE]
)
def test_frames_after_the_quote_with_a_demonstrative_or_a_citing_verb(body, expected):
    assert speakers(body) == expected


REFLEXIVE = [
    ("wünscht-sich", SAID[:-2] + "“, wünscht sich Anna Berg.", ["Anna Berg"]),
    ("erinnert-sich", SAID[:-2] + "“, erinnert sich Anna Berg.", ["Anna Berg"]),
    (
        "not-after-a-preposition",
        SAID[:-2] + "“, bedankte sich der Verein bei Anna Berg.",
        [None],
    ),
    ("nor-after-an", SAID[:-2] + "“, wandte sich der Verein an Anna Berg.", [None]),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in REFLEXIVE], ids=[c[0] for c in REFLEXIVE]
)
def test_reflexive_verbs_after_the_quote(body, expected):
    assert speakers(body) == expected


VISIT = "Bundesministerin Anna Berg besuchte am Montag die Schule in Neustadt. "
ROLE_BEFORE_PRONOUN = [
    (
        "the-role-opening-the-sentence-before",
        VISIT + "Begleitet wurde sie von Landrätin Maria Krause. Die Ministerin zeigte sich "
        "beeindruckt. Sie sagte: „Die Schulen brauchen schnelles Internet.“",
        ["Anna Berg"],
    ),
    (
        "not-a-role-as-object",
        "Landrätin Maria Krause begrüßte die Ministerin Anna Berg. Die Landrätin begrüßte die "
        "Ministerin. Sie sagte: „Die Schulen brauchen schnelles Internet.“",
        [None],
    ),
]
KRAUSE = Entities(
    persons=["Anna Berg", "Maria Krause"],
    roles={"Anna Berg": "Bundesministerin", "Maria Krause": "Landrätin"},
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in ROLE_BEFORE_PRONOUN],
    ids=[c[0] for c in ROLE_BEFORE_PRONOUN],
)
def test_a_pronoun_after_a_role_opening_a_sentence(body, expected):
    assert speakers(body, KRAUSE) == expected
