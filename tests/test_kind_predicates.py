"""A lone name its sentence defines as a firm, body, place or work is no person
(``kind_predicates``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.kind_predicates import defined_as_kind, kind_noun
from indexer.extraction.ner import find_mentions
from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    ("chain", "Tarvenko ist die größte Handelskette im Süden des Landes.", []),
    ("town", "Ostrovik ist einerseits eine alte Stadt und andererseits modern.", []),
    ("capital", "Brenvaro gilt als Hauptstadt der ganzen Region.", []),
    ("settlement", "Kalvenu ist eine kleine Siedlung im Hügelland.", []),
    ("project", "Quorvanta ist ein Community-betriebenes Software-Projekt.", []),
    ("novel", "Morvelin ist auch ein Künstlerroman.", []),
    # an auxiliary or an object, no predicate noun
    ("future", "Kowalczyk wird die Stadt im Mai verlassen.", ["Kowalczyk"]),
    ("passive", "Kowalczyk wurde die Stadt zu eng.", ["Kowalczyk"]),
    ("object", "Kowalczyk war den Film leid.", ["Kowalczyk"]),
    ("one-of", "Tarvenko ist einer der größten Konzerne im Land.", []),
    # an apposition after the name
    ("fort", "Die erste Siedlung war Morvel Ansgard, ein römisches Fort am Fluss.", []),
    ("plural", "Dort lag Morvel Ansgard, eine der ersten Festungen am Fluss.", []),
    (
        "relative",
        "Wir stoßen an Grenzen, sagt Kowalczyk, der beim Neujahrsfilm half.",
        ["Kowalczyk"],
    ),
    ("given", "Sie traf Anna Berg, die größte Verlegerin der Stadt.", ["Anna Berg"]),
    # a person's noun first, a preposition, a person described, a full name elsewhere
    ("member", "Kowalczyk ist Mitglied der Partei.", ["Kowalczyk"]),
    ("in-town", "Kowalczyk war in der Stadt geboren.", ["Kowalczyk"]),
    ("traveller", "Kowalczyk war ein großer Reisender.", ["Kowalczyk"]),
    ("service", "Kowalczyk war ein Dienstleister für die Presse.", ["Kowalczyk"]),
    ("brand", "Kowalczyk ist eine Marke für sich.", ["Kowalczyk"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lone_names_defined_as_kinds(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_a_full_name_keeps_its_surname() -> None:
    text = "Ewa Kowalczyk lacht. Kowalczyk ist die Hauptstadt des Humors."
    assert persons(text) == ["Ewa Kowalczyk", "Kowalczyk"]


def test_the_tagger_s_lone_place_is_dropped_too() -> None:
    found, _ = find_mentions("Ostrovik ist eine kleine Stadt im Norden.", "both")
    assert [m.name for m in found] == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Handelskette", True),
        ("Kreisstadt", True),
        ("Tageszeitung", True),
        ("Sender", True),
        ("Provinzen", True),
        ("Reisender", False),
        ("Kunsthändler", False),
        ("Mitglied", False),
        ("stadt", False),
    ],
)
def test_kind_nouns(word: str, expected: bool) -> None:
    assert kind_noun(word) is expected


def test_only_a_sentence_s_opening_word() -> None:
    text = "Wir sahen Tarvenko ist die größte Handelskette"
    start = text.index("Tarvenko")
    assert not defined_as_kind(text, start, start + len("Tarvenko"))


def test_a_fort_s_name_is_no_tagger_person() -> None:
    found, _ = find_mentions(
        "Die Truppen zogen weiter nach Fort Tarvenko und lagerten dort.", "both"
    )
    assert [m.name for m in found] == []
