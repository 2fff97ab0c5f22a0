"""Which tagger persons ``both`` and ``fast`` take: the filters of ``ner_spans`` (session 19)."""

from __future__ import annotations

import pytest

from indexer.extraction import ner
from indexer.extraction.ner_spans import english_tail


def _tagged(text: str, kind: str = "PER") -> dict[str, float]:
    return {text[s.start : s.end]: s.confidence for s in ner.tag(text) if s.kind == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Betroffen sind Stadtgeländewagen der Marken Chevrolet Traverse und Buick Enclave.",
            "Buick Enclave",
        ),
        ("Das bekommt Österreichs Basketballmeister Gmünd Knights zu spüren.", "Gmünd Knights"),
    ],
    ids=["car-model", "team"],
)
@pytest.mark.parametrize("how", ["both", "fast"])
def test_a_tagger_person_ending_in_an_english_word_is_none(text, name, how):
    assert _tagged(text)[name] >= ner.MIN_CONFIDENCE["PER"]  # the tagger is sure of it
    assert name not in [m.name for m in ner.find_mentions(text, how)[0]]


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("Popcorn Time", True),
        ("Lens Blur", True),
        ("Hello Barbie", True),
        ("Donald Trump", False),  # a given name first
        ("Carolina Panthers", False),  # a given name first: the tagger's doubt stays
        ("Lord Derby", False),  # an English title first
        ("Han Brown", False),  # a known surname last
        ("Ziwui Ziwui", False),  # no English word
        ("Knights", False),  # one word
    ],
)
def test_what_ends_in_an_english_word(name, tail):
    assert english_tail(name.split()) is tail
