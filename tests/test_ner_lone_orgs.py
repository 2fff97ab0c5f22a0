"""In a long text the tagger's one-word organisation counts only when the text says it again."""

from __future__ import annotations

import pytest

from indexer.extraction import ner
from indexer.extraction.ner_spans import lone_org_once

# a firm the rules do not know (since session 17 they find the union Verdi among words of its trade)
STRIKE = (
    "Die Belegschaft hat am Montag zu Streiks aufgerufen. Laut Fanuc legten 2000 Beschäftigte "
    "die Arbeit nieder. Die Gespräche sollen am Freitag weitergehen. {last}"
)


@pytest.mark.parametrize("how", ["both", "fast"])
def test_a_one_word_organisation_said_once_in_a_long_text_is_left_out(how):
    once = STRIKE.format(last="Ein Ende ist nicht in Sicht.")
    assert [m.name for m in ner.find_mentions(once, how)[1]] == []
    twice = STRIKE.format(last="Fanuc rechnet mit einem langen Streik.")
    assert [m.name for m in ner.find_mentions(twice, how)[1]] == ["Fanuc", "Fanuc"]


def test_a_lone_sentence_keeps_its_one_word_organisation():
    sentence = "Laut Fanuc legten 2000 Beschäftigte die Arbeit nieder."
    assert [m.name for m in ner.find_mentions(sentence, "both")[1]] == ["Fanuc"]
    assert [m.name for m in ner.find_mentions(sentence, "rules")[1]] == []


@pytest.mark.parametrize(
    ("name", "once"),
    [("Verdi", True), ("Rapid", False), ("Casinos Austria", False)],
    ids=["said once", "said again in a compound", "two words"],
)
def test_what_counts_as_said_once(name, once):
    text = "Verdi streikt. Rapid gewinnt, der Rapid-Trainer jubelt. Casinos Austria zahlt."
    assert lone_org_once(text, name) is once
