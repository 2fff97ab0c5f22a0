"""The word tables the extraction builds on first use are built before the first release."""

from __future__ import annotations

from indexer.build import pipeline
from indexer.extraction import known_orgs, lone_known, lone_towns, names, places, tables
from indexer.text import wordlist

# every cached table the loaders of ``tables.LOADERS`` build, private ones included
CACHED = (
    wordlist.frequencies,
    wordlist.english_frequencies,
    wordlist.longest,
    lone_known._reversed_words,
    lone_towns._towns,
    names.first_names,
    names._first_names,
    names._gendered,
    places.surnames,
    places.any_surnames,
    places.places,
    known_orgs._by_length,
    known_orgs._index,
    known_orgs.single_word_names,
)


def test_load_builds_every_table():
    for table in CACHED:
        table.cache_clear()
    tables.load()
    assert [table.__qualname__ for table in CACHED if not table.cache_info().currsize] == []


def test_warm_up_builds_a_table_the_sample_release_does_not_reach(monkeypatch):
    monkeypatch.setattr(pipeline, "_warmed", False)
    lone_known._reversed_words.cache_clear()
    pipeline.warm_up()
    assert lone_known._reversed_words.cache_info().currsize == 1
