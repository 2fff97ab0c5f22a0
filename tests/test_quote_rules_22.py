"""Speaker and date rules of session 22 (sentences of our own; each rule with a case it must
leave alone)."""

from __future__ import annotations

import pytest

from indexer.build.release import prepare
from indexer.extraction.dates import extract_date
from indexer.model import Entities
from indexer.text.corpus import SourceRecord
from tests.quote_checks import quote_speakers

Q = "„Die neue Brücke verbindet zwei Ufer und zwei Generationen.“"
Q2 = "„Wir freuen uns schon sehr auf die Eröffnung im kommenden Sommer.“"


def released(text: str) -> tuple[list[str], list[str | None]]:
    """The persons and the quotes' speakers of a release run through the whole pipeline."""
    record = SourceRecord("t", "t.txt", "dev", "txt", text, {"title": "Neue Brücke für Tal"})
    release = prepare(record)
    return release.persons, [q["speaker"] for q in release.quotes]


# an academic title of Austria (or a second doctorate) between the frame and the name: the name
# speaks, the title is no person of its own
TITLED = [
    ("mag-after-so", f"Die Stadt Tal baut.\n{Q[:-1]}“, so Mag. Lena Maier, Leiterin des Bauamts."),
    ("mag-a-after-verb", f"Die Stadt Tal baut.\n{Q[:-2]}“, betont Mag.a Lena Maier."),
    ("ddr-after-so", f"Die Stadt Tal baut.\n{Q[:-2]}“, so DDr. Lena Maier."),
    ("univ-prof-after-so", f"Die Stadt Tal baut.\n{Q[:-2]}“, so Univ.-Prof. Lena Maier."),
]


@pytest.mark.parametrize("text", [c[1] for c in TITLED], ids=[c[0] for c in TITLED])
def test_titled_speaker(text):
    persons, speakers = released(text)
    assert persons == ["Lena Maier"]
    assert speakers == ["Lena Maier"]


def test_title_alone_is_no_speaker():
    # a frame naming nobody but a title's abbreviation: nobody known speaks
    persons, speakers = released(f"Die Stadt Tal baut.\n{Q[:-2]}“, so DDr. am Ende.")
    assert persons == []
    assert speakers == [None]


PEOPLE = Entities(
    persons=["Tom Berger", "Jan Korbel", "Tim Sauer"],
    roles={"Jan Korbel": "Oberst", "Tim Sauer": "Oberst"},
)
SPEAKERS = [
    # two subjects and a plural verb, the first not recognised as a person: not the second alone
    (
        "plural-verb-second-subject",
        f"Die Schau ist eröffnet.\nDas Team im Museum Tal Lena Maier und Tom Berger erklärten "
        f"die Idee: {Q2}",
        [None],
    ),
    (
        "singular-verb-object-after-und",
        "Die Schau ist eröffnet.\nDie Kuratorin dankte Lena Maier und Tom Berger und "
        f"erklärte: {Q2}",
        [None],
    ),
    (
        "plural-verb-person-first",
        f"Die Schau ist eröffnet.\nTom Berger und Lena Maier erklärten die Idee: {Q2}",
        [None],
    ),
    (
        "singular-verb-after-und-in-clause",
        "Die Schau ist eröffnet.\nDanach sprach die Kuratorin und Tom Berger erklärte die "
        f"Idee: {Q2}",
        ["Tom Berger"],
    ),
    # a handover: the role noun with a word of succession is not the holder the text introduces
    # with the opposite word
    (
        "outgoing-is-not-the-new-holder",
        "Die Leitung geht von Oberst Jan Korbel an Oberst Tim Sauer. Der neue Leiter, Oberst "
        f"Tim Sauer, kommt aus Bonn. {Q[:-1]}“, sagte der scheidende Leiter zum Abschied.",
        [None],
    ),
    (
        "new-is-the-new-holder",
        "Die Leitung geht von Oberst Jan Korbel an Oberst Tim Sauer. Der neue Leiter, Oberst "
        f"Tim Sauer, kommt aus Bonn. {Q[:-1]}“, sagte der neue Leiter zum Antritt.",
        ["Tim Sauer"],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker(body, expected):
    assert quote_speakers(body, PEOPLE) == expected


def test_heading_quote_shortened_from_the_body_takes_its_speaker():
    body = (
        "„Ein Glücksfall für unsere Stadt“\n\nTom Berger eröffnete die Brücke. „Sie ist ein echter "
        "Glücksfall für unsere ganze Stadt und ihre Gäste“, sagte Berger."
    )
    assert quote_speakers(body, PEOPLE) == ["Tom Berger", "Tom Berger"]


def test_heading_quote_with_other_words_stays_without_speaker():
    body = (
        "„Ein Glücksfall für unsere Stadt“\n\nTom Berger eröffnete die Brücke. „Sie ist für die "
        "Gäste der Stadt ein großer und später Glücksfall“, sagte Berger."
    )
    assert quote_speakers(body, PEOPLE) == [None, "Tom Berger"]


LINE_Q = "„Wir sind mit dem Jahr zufrieden und blicken voller Zuversicht auf die Monate.“"
SIGNED = [
    # a signature line under a quote paragraph whose role opens with an ordinal or "stellv."
    (
        "ordinal-role",
        f"Der Verein zieht Bilanz.\n{LINE_Q}\nTom Berger, 1. Vorsitzender\nMehr",
        "Tom Berger",
    ),
    (
        "stellv-role",
        f"Der Verein zieht Bilanz.\n{LINE_Q}\nTom Berger, stellv. Vorsitzender",
        "Tom Berger",
    ),
    (
        "paren-ordinal",
        f"Der Verein zieht Bilanz.\n{LINE_Q}\n(Tom Berger, 2. Bürgermeister)",
        "Tom Berger",
    ),
    # a sentence after the quote, with a date in it, is no signature
    (
        "sentence-with-date",
        f"Der Verein zieht Bilanz.\n{LINE_Q}\nTom Berger, 1. Mai war der Tag.",
        None,
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SIGNED], ids=[c[0] for c in SIGNED])
def test_signature_line(body, expected):
    assert quote_speakers(body, PEOPLE) == [expected]


VIEWS = [
    # "Für" and a person in the accusative: the frame gives their view, they speak
    (
        "fuer-den-experten",
        "Die Brücke ist fertig.\nFür den Experten Tom Berger gibt es gute Gründe, warum die "
        f"Brücke so lange hält:\n\n{Q2}",
        ["Tom Berger"],
    ),
    (
        "fuer-die-leiterin",
        f"Die Brücke ist fertig.\nFür die Leiterin Jana Roth steht fest: {Q2}",
        ["Jana Roth"],
    ),
    # without "Für" the accusative is an object: nobody known speaks
    (
        "accusative-object",
        f"Die Brücke ist fertig.\nDie Stadt ehrte den Sportler Tom Berger: {Q2}",
        [None],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in VIEWS], ids=[c[0] for c in VIEWS])
def test_view_holder(body, expected):
    people = Entities(persons=["Tom Berger", "Jana Roth"], roles={})
    assert quote_speakers(body, people) == expected


SMALL_COMPOUNDS = [
    # a role compound opening with a name written small: the role noun refers back to its holder
    (
        "small-compound-role",
        "Der Verband lädt ein, informiert ver.di-Geschäftsführer Tom Berger. Das Treffen ist am "
        f"Abend.\nDer Geschäftsführer: {Q2}",
        ["Tom Berger"],
    ),
    (
        "small-compound-other-role",
        "Der Verband lädt ein, informiert ver.di-Geschäftsführer Tom Berger. Das Treffen ist am "
        f"Abend.\nDie Sprecherin: {Q2}",
        [None],
    ),
]


@pytest.mark.parametrize(
    "body, expected", [c[1:] for c in SMALL_COMPOUNDS], ids=[c[0] for c in SMALL_COMPOUNDS]
)
def test_small_compound_role(body, expected):
    people = Entities(persons=["Tom Berger"], roles={})
    assert quote_speakers(body, people) == expected


# the opening words of a sentence before a comma and a date are no dateline's place
DATES = [
    (
        "sentence-opening-is-no-place",
        "Lesung fällt aus\n\nDie am nächsten Freitag, den 7. März, in der Bücherei angesetzte "
        "Lesung entfällt.",
        None,
    ),
    ("place-small-words", "Frankfurt am Main, 3. Mai 2021 – Die Stadt lädt ein.", "2021-05-03"),
    ("place-abbreviated", "Freiburg i. Br., 3. Mai 2021 – Die Stadt lädt ein.", "2021-05-03"),
    ("place-two-words-upper", "BAD TAL, 5. Juni 2019 – Heute beginnt das Fest.", "2019-06-05"),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_dateline_place(body, expected):
    assert extract_date("Titel", body) == expected
