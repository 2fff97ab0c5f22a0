"""Which tagger persons ``both`` and ``fast`` take: the filters of ``ner_spans`` (session 19)."""

from __future__ import annotations

import pytest

from indexer.extraction import ner
from indexer.extraction.ner_spans import (
    english_tail,
    false_person,
    lone_english_title,
    place_frame,
    wrong_mend,
)
from indexer.extraction.person_mention import PersonMention


def _tagged(text: str, kind: str = "PER") -> dict[str, float]:
    return {text[s.start : s.end]: s.confidence for s in ner.tag(text) if s.kind == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zurückgerufen werden Geländewagen der Marken Chevrolet Traverse und Buick Enclave.",
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


@pytest.mark.parametrize("how", ["both", "fast"])
def test_a_tagger_person_after_a_saints_st_is_a_church_or_a_town(how):
    text = (
        "Die Gemeinde musste in die Klosterkirche St. Peter Paul des ehemaligen Stifts ausweichen."
    )
    assert _tagged(text)["Peter Paul"] >= ner.MIN_CONFIDENCE["PER"]  # the tagger is sure of it
    assert ner.find_mentions(text, how)[0] == []


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("die Klosterkirche St. Peter Paul", "Peter Paul", True),
        ("die Kapelle St . Florian", "Florian", True),
        ("in Sankt Florian", "Florian", True),
        ("Gewählt: 1 St. Senoner Alois", "Senoner Alois", False),  # a count of votes
        ("die Strecke von Wilson nach Downsview", "Wilson", True),
        ("die Rede von Wilson nach der Wahl", "Wilson", False),
        ("ein Brief von Wilson an Lloyd George", "Wilson", False),
    ],
)
def test_where_a_place_stands(text, name, place):
    start = text.index(name)
    assert place_frame(text, start, start + len(name)) is place


def test_a_lone_english_title_is_no_person():
    assert lone_english_title(["Captain"]) and lone_english_title(["Lord"])
    assert lone_english_title(["Chr"]) and lone_english_title(["Chr."])  # "69 n. Chr."
    assert not lone_english_title(["Captain", "Kirk"]) and not lone_english_title(["Kirk"])


@pytest.mark.parametrize("how", ["both", "fast"])
def test_the_rules_tests_of_false_persons_reject_a_tagger_place(how):
    text = "Die Armee will die Straßen der Ortschaft Albu Kamal sperren."
    assert _tagged(text)["Albu Kamal"] >= ner.MIN_CONFIDENCE["PER"]  # the tagger is sure of it
    assert ner.find_mentions(text, how)[0] == []


def test_a_tagger_person_beside_no_place_noun_stays():
    text = "Die Armee will die Straßen von Albu Kamal sperren."
    start = text.index("Albu")
    mention = PersonMention("Albu Kamal", start, start + 10, None, False)
    assert not false_person(text, mention, [])
    place = text.replace("von", "der Ortschaft")
    start = place.index("Albu")
    assert false_person(place, PersonMention("Albu Kamal", start, start + 10, None, False), [])


@pytest.mark.parametrize(
    ("text", "rule", "tagger"),
    [
        (
            "Im Herbst hat sich Frontmann Gerhard Pirkelbauer eine neue Band gesucht.",
            "Gerhard Pirkelbauer",
            "Frontmann Gerhard Pirkelbauer",
        ),
        (
            "Ein Sprecher von Erwin Pröll sagte am Abend, man prüfe den Fall.",
            "Erwin Pröll",
            "von Erwin Pröll",
        ),
    ],
    ids=["role-before", "particle-before"],
)
def test_a_sure_tagger_person_does_not_stretch_a_rule_person_over_a_role(text, rule, tagger):
    assert _tagged(text)[tagger] >= ner.SURE_BOUNDS  # the tagger is sure of its longer span
    assert [m.name for m in ner.find_mentions(text, "rules")[0]] == [rule]
    assert [m.name for m in ner.find_mentions(text, "both")[0]] == [rule]


@pytest.mark.parametrize(
    ("text", "rule", "tagger", "wrong"),
    [
        ("Antwort auf Axel Springers Sperre", "Axel Springers", "Axel Springers Sperre", True),
        ("Weidinger Trost zu spenden", "Weidinger", "Weidinger Trost", True),
        ("sagt der Soziologe Valenta", "Valenta", "Soziologe Valenta", True),
        ("gegen Tom Berger/Max Holzner", "Max Holzner", "Berger/Max Holzner", True),
        ("Regisseur F. Gary Gray dreht", "Gary Gray", "F. Gary Gray", False),
        ("Hans Peter Müller sagt", "Peter Müller", "Hans Peter Müller", False),
        ("Dissident Nguyen Van Ly kam", "Van Ly", "Nguyen Van Ly", False),
        ("Manager Thomas Linke sagt", "Thomas", "Thomas Linke", False),
        ("Baden; Kraus Karl, Gastwirt", "Karl", "Kraus Karl", False),  # surname first
        ("Präsident Xi Jinping will", "Xi", "Xi Jinping", False),
        ("Da Amundsen dabei war", "Amundsen", "Da Amundsen", True),
        ("Justiz, Rodrigo Alvarez Quintero.", "Rodrigo Alvarez", "Rodrigo Alvarez Quintero", False),
    ],
)
def test_which_stretches_of_a_rule_person_are_wrong(text, rule, tagger, wrong):
    a, b = text.index(tagger), text.index(tagger) + len(tagger)
    start = text.index(rule, a)
    assert wrong_mend(text, rule, start, start + len(rule), a, b) is wrong
