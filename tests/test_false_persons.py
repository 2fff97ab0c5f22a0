"""Mentions the whole text or the word shows to be no person (``false_persons``), own sentences."""

from __future__ import annotations

import re

import pytest

from indexer.extraction.false_persons import (
    _FIRM_BEFORE,
    _FIRM_COMPOUND,
    _FIRM_KINDS,
    CASE_FOLDS,
    after_venue,
    firm_shaped,
    firm_words,
)
from indexer.extraction.lexicon import LEGAL
from indexer.extraction.names import fold
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


def _every_token(text: str) -> set[str]:
    """``firm_words`` as it was: every token read, no cue looked for first."""
    tokens, found = re.findall(r"[\w&-]+", text), set()
    for i, word in enumerate(tokens):
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        if word[:1].isupper() and (
            after in LEGAL or (before[:1].isupper() and _FIRM_BEFORE.search(before))
        ):
            found.add(fold(word))
    return found | {fold(m.group(1)) for m in _FIRM_COMPOUND.finditer(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Die Brenvaro GMBH meldet Zahlen.",
        "Die Brenvaro ag meldet, der Tag beginnt.",
        "Der Weg führt zur Quorvanta-Gruppe.",
        "Das Jung\u017ftartup Zelvorix wächst.",  # a long s: only the case-blind search reads "s"
        "Die İnc Zelvorix und die Firma Quorvanta.",
        "Der Autohersteller Brenvaro, die \u212aG Zelvorix.",
        "Anna Berg sagte, das Wetter sei gut.",
        "Mutter-Tochter Brenvaro; Start-Up Quorvanta; Konzern-Mutter Zelvorix",
    ],
)
def test_firm_words_as_when_every_token_was_read(text: str) -> None:
    assert firm_words(text) == _every_token(text)


def test_case_folds_are_all_that_lower_reads_otherwise() -> None:
    letters = set("".join(_FIRM_KINDS) + "".join(LEGAL))
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    odd = {c for x in letters for c in re.findall(re.escape(x), every, re.I) if c.lower() != x}
    assert odd == set(CASE_FOLDS)
    # no mark lowers to a letter: a token keeps its bounds in the lowercased text
    assert not re.search(r"[\w&-]", "".join(c.lower() for c in re.findall(r"[^\w&-]", every)))


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
