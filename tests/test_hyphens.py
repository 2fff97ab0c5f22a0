"""A hyphen compound analysed directly gives the terms the German analyzer gives it."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis.hyphens import hyphen_terms
from indexer.engine import postings

COMPOUNDS = [
    "Corona-Pandemie",
    "E-Mail-Adresse",
    "Frage-und-Antwort-Runde",
    "Nord-Nord-Ost",
    "G7-Gipfel",
    "COVID-19-Pandemie",
    "2020-2021",
    "Bürger*innen-Dialog",
    "Ärzt*innen-Verband",
    "Mitarbeiter(innen)-Rat",
    "Vor‐Ort-Termin",
    "Nord‑Süd-Achse",
    "Kaykın-Stiftung",
    "O’Brien-Gesetz",
    "Ko\u0308ln-Su\u0308d",
    "Teil\u00ad-Habe",
    "Integrationsministerium-Integrationsministerium",
    "der-die-das",
    "Landes-Gesundheitsministerium",
    "A-1",
    "x-y",
]


def _assert_same(raw: str) -> None:
    for positions in (True, False):
        found = hyphen_terms(raw, positions)
        expected = postings._analysed(raw, postings._GERMAN, positions)
        if found is None:  # not one token: the analyzer runs
            assert postings._EXACT.items[0].expression.match(raw)[0] != raw
            continue
        assert postings._of_terms(*found) == expected, (raw, positions)


@pytest.mark.parametrize("raw", COMPOUNDS)
def test_hyphen_compounds_are_analysed_as_the_analyzer_does(raw):
    assert "-" in raw or "‐" in raw or "‑" in raw
    _assert_same(raw)


PIECES = ["-", "-", "‐", "*innen", ":in", "(innen)", "/-innen", "der", "und", "für", "Bürger",
          "Corona", "Pandemie", "Mail", "E", "7", "2024", "ministerium", "Integrations", "ß",
          "Ä", "a", "\u0301", "\u00ad", "’s", "İ", "Innen"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=12).map("".join))
def test_any_hyphen_compound_is_analysed_as_the_analyzer_does(text):
    for match in postings._EXACT.items[0].expression.finditer(text):
        if postings._plain(match[0]) is None:
            _assert_same(match[0])


def test_the_hyphen_compounds_of_real_speeches_are_analysed_as_the_analyzer_does():
    speeches = SHARED / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    if not speeches.is_file():
        pytest.skip(f"{speeches} is not available")
    found: set[str] = set()
    expression = re.compile(postings._EXACT.items[0].expression.pattern)
    with gzip.open(speeches, "rt", encoding="utf-8") as fh:
        for _, line in zip(range(400), fh, strict=False):
            text = json.loads(line)["text"]
            found.update(m[0] for m in expression.finditer(text) if postings._plain(m[0]) is None)
    assert len(found) > 300
    for raw in sorted(found):
        _assert_same(raw)
