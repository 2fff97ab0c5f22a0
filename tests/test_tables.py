"""The word tables the extraction builds on first use are built before the first release."""

from __future__ import annotations

from indexer.build import pipeline
from indexer.extraction import lone_known, tables


def test_load_builds_every_table():
    for loader in tables.LOADERS:
        loader.cache_clear()
    tables.load()
    assert [
        loader.__qualname__ for loader in tables.LOADERS if not loader.cache_info().currsize
    ] == []


def test_warm_up_builds_a_table_the_sample_release_does_not_reach(monkeypatch):
    monkeypatch.setattr(pipeline, "_warmed", False)
    lone_known._reversed_words.cache_clear()
    pipeline.warm_up()
    assert lone_known._reversed_words.cache_info().currsize == 1
