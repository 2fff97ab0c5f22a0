"""Compound splitting: the test that spares charsplit words it cannot split changes no answer."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.analysis import morphology
from indexer.analysis.morphology import MAX_WORD, MIN_PART, compound_parts
from indexer.text.wordlist import frequencies


def _parts_without_test(words: list[str], monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """``compound_parts`` of each word as charsplit alone decides it (no pre-check)."""
    compound_parts.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(morphology, "_may_split", lambda word: True)
        found = [compound_parts(word) for word in words]
    compound_parts.cache_clear()
    return found


def _sample() -> list[str]:
    """Listed words, joins of two listed words and invented compounds, capitalised."""
    rng = random.Random(22)
    listed = sorted(w for w in frequencies() if w.isalpha() and 2 * MIN_PART <= len(w) <= MAX_WORD)
    every = sorted(frequencies())
    joined = [rng.choice(every) + rng.choice(every) for _ in range(2000)]
    invented = [
        "Fahrradständerbeleuchtung",
        "Gießkannenprinzip",
        "Straßenbahnhaltestelle",
        "Schließfachschlüssel",
        "Überseehafenbehörde",
        "Ölmühlenbetrieb",
        "Qwertzuiopasdf",
        "Zwischenüberschrift",
        "Landesgesundheitsministerium",
        "Kreisverwaltungsreferat",
        "Hansestadthausen",
    ]
    words = [*rng.sample(listed, 3000), *joined, *invented]
    return [w[0].upper() + w[1:] for w in words]


def test_the_pre_check_changes_no_split(monkeypatch):
    words = _sample()
    compound_parts.cache_clear()
    fast = [compound_parts(word) for word in words]
    assert fast == _parts_without_test(words, monkeypatch)
    assert sum(map(bool, fast)) > 1000  # the sample holds compounds, not only refusals
    # and the test refuses enough words to be worth it
    assert sum(not morphology._may_split(w) for w in words) > len(words) // 10


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßesn", min_size=8, max_size=30))
def test_random_letter_strings_split_as_before(monkeypatch, letters):
    word = letters[0].upper() + letters[1:]
    assert [compound_parts(word)] == _parts_without_test([word], monkeypatch)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Fahrradständerbeleuchtung", True),  # Fahrrad... | ...beleuchtung
        ("Schließfachschlüssel", True),  # ß: charsplit upper-cases it to SS, always asked
        ("Qwertzuiopasdf", False),  # no known word begins it
        ("Zuiopasdfkatze", False),  # none ends it after one that begins it
    ],
    ids=["compound", "sharp-s", "no-modifier", "no-head"],
)
def test_what_the_pre_check_lets_through(word, expected):
    assert morphology._may_split(word) is expected
