"""Frames in which nobody named speaks leave the quote without a speaker (sentences of our own;
each with a frame that names its speaker and must keep it)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(persons=["Jana Roth", "Peter Krause"], roles={"Peter Krause": "Minister"})

CASES = [
    (
        "someone-supposed",
        "Frau Roth, Sie wirken wie jemand, der im Büro sitzt und sagt: „Es gibt kein Problem.“",
        [None],
    ),
    (
        "impersonal-passive",
        "Der Eindruck – Herr Krause kennt ihn gut – entsteht, wenn gesagt wird: "
        "„Das kann doch jeder machen.“",
        [None],
    ),
    (
        "told-to-read",
        "Frau Roth, lesen Sie im Gesetz nach: „Alle Menschen sind vor dem Gesetz gleich.“",
        [None],
    ),
    (
        "subjunctive-after",
        "Minister Peter Krause hat das angekündigt. „Das ist doch völlig verrückt“, würde "
        "meine Nachbarin sagen.",
        [None],
    ),
    (
        "counterfactual",
        "Hätte die Kollegin Roth gesagt: „Wir machen mit“, wäre alles anders gekommen.",
        [None],
    ),
    (
        "supposed-with-man",
        "Der Plan von Peter Krause ist kein Gegenentwurf, wo man sagen könnte: "
        "„Der andere Weg ist besser.“",
        [None],
    ),
    (
        "the-one-addressed-speaks-of-someone",
        "Wenn Frau Roth von neuen Schulen spricht, rufen Sie sofort: „Das ist zu teuer.“",
        [None],
    ),
    (
        "the-one-addressed-asks-about-someone",
        "Als Sie auf die Rede von Minister Krause eingingen und fragten: „Wer soll das zahlen?“",
        [None],
    ),
    (
        "the-one-addressed-by-name-says-it",
        "Wenn Sie sagen, Frau Roth: „Das ist zu teuer“, dann irren Sie.",
        ["Jana Roth"],
    ),
    (
        "say-it-like-someone",
        "Oder sagen Sie wie Minister Peter Krause: „Das machen wir nicht.“",
        ["Peter Krause"],
    ),
    (
        "let-me-quote",
        "Lassen Sie mich mit einem Satz von Peter Krause beginnen: „Wer wagt, gewinnt.“",
        ["Peter Krause"],
    ),
    (
        "the-one-addressed-said-it",
        "Frau Roth, Sie haben gestern gesagt: „Es gibt kein Problem.“",
        ["Jana Roth"],
    ),
    (
        "passive-with-its-agent",
        "Im Ausschuss wurde von Herrn Krause gesagt: „Wir brauchen mehr Zeit.“",
        ["Peter Krause"],
    ),
    (
        "indicative-after",
        "„Das ist doch völlig verrückt“, sagte Minister Peter Krause.",
        ["Peter Krause"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_frame_where_nobody_named_speaks_leaves_the_speaker_null(body, expected):
    assert quote_speakers(body, PEOPLE) == expected
