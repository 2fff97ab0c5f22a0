"""Mentions the whole text or the word shows to be no person (``false_persons``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.false_persons import after_venue, firm_shaped, firm_words
from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    # a firm the text names with its legal form or after a word for a company
    ("legal-form", "Quorvanta AG: Quorvanta meldet einen Rekordumsatz.", []),
    ("firm-noun", "Die Firma Zelvorix will gehen. Ich appelliere an Zelvorix, zu bleiben.", []),
    ("group-daughter", "Die Börse mag die EnBW-Tochter Brenvaro. Brenvaro zahlt viel.", []),
    ("business-compound", "Zervanta wächst weiter, meldete ein Zervanta-Vorstand.", []),
    ("person-compound", "Kowalczyk lachte. Ein Kowalczyk-Sprecher schwieg.", ["Kowalczyk"]),
    # coined names of firms and games
    ("firm-opening", "Biofrontena meldet neue Studiendaten.", []),
    ("firm-ending", "Solarwett baut ein zweites Werk in Sachsen.", []),
    ("firm-point", "Grabpoint wechselt den Vorstand.", []),
    # streets, squares, hotels and villas named like persons
    ("piazza", "Das Büro liegt an der Piazza Giuseppe Verdi in Triest.", []),
    ("hotel-address", "Das Konzert im Hotel Frau Berta war gut besucht.", []),
    ("villa", "Bei der Villa Kerryhof, sagte Anna Kerryhof, liegt Gold.", ["Anna Kerryhof"]),
    # an abbreviated month after a day, as letters date them; a given name after a date stays
    ("month", "Am 28. Febr: Alles ist verkauft.", []),
    ("month-name", "Am 3. Jan sagte Jan Brambrink nichts.", ["Jan Brambrink"]),
    # places named by a noun before them or an apposition after them
    ("municipality", "Es zahlte die Gemeinde Campo Verdello sehr viel.", []),
    ("landscape", "Dahinter öffnet sich die Felsschlucht Gorge de la Brivette.", []),
    ("apposition", "Zuvor hatte Kandar Sahib, die Provinzhauptstadt, viele Einwohner.", []),
    ("paper-after-comma", "Das sagte Lutz Brambrink, dem Stadt-Anzeiger.", ["Lutz Brambrink"]),
    # a lone word that names a place, also in the spelling of older print
    ("old-spelling", "Es ist bekannt, daß Rußland den Vertrag billigt.", []),
    ("place-of-a-title", "Fürst Karl von Rumänien kam. Rumänien jubelte.", ["Karl von Rumänien"]),
    # persons stay
    ("kin-mother", "Lukas wurde von seiner Mutter Brambrina erzogen.", ["Lukas", "Brambrina"]),
    ("place-surname", "Gerda Salzach leitet es. Salzach: Gut.", ["Gerda Salzach", "Salzach"]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_no_person_where_the_text_says_what_it_is(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Biofrontera", True),
        ("Solarwatt", True),
        ("Siltronic", True),
        ("Forcepoint", True),
        ("Bioshock", True),
        ("Müller", False),
        ("Bianca", False),
        ("Microsoft", True),
        ("Watt", False),
        ("Tele", False),
    ],
)
def test_firm_shaped(word: str, want: bool) -> None:
    assert firm_shaped(word) is want


def test_firm_words() -> None:
    text = "Die Hachez GmbH, der Autobauer Tesla, der Kunsthändler Gurlitt, die Mutter Anna."
    assert firm_words(text) == {"hachez", "tesla"}


def test_surname_of_a_firm_stays_beside_the_full_name() -> None:
    found = persons("Anna Müller leitet die Müller GmbH. Müller lachte.")
    assert found[0] == "Anna Müller"
    assert found[-1] == "Müller"


@pytest.mark.parametrize(
    ("before", "want"),
    [("auf der Piazza ", True), ("im Hotel Frau ", True), ("sagte Frau ", False), ("", False)],
)
def test_after_venue(before: str, want: bool) -> None:
    assert after_venue(before + "Emma", len(before)) is want
