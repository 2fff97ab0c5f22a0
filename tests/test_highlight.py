"""The core answers which words of a release the release page marks."""

from __future__ import annotations

import pytest

from indexer.search.highlight import mark_spans

BODY = "Die Migrantinnen und Migranten in Köln. Ein Migrationsbeirat tagte, Kaykin sprach."


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("Migrantinnen", ["Migrantinnen", "Migranten"]),
        ("Migra*", ["Migrantinnen", "Migranten", "Migrationsbeirat"]),
        ("Kaykin -Köln", ["Kaykin"]),
        ("Kaykin NICHT Köln", ["Kaykin"]),
        ("titel:Köln", []),
        ("", []),
    ],
    ids=["gender forms", "prefix", "minus", "NICHT", "other field", "empty"],
)
def test_mark_spans_marks_what_the_query_matches(engine, query, marked):
    spans = mark_spans(engine, BODY, query)
    assert [BODY[a:b] for a, b in spans] == marked


def test_the_release_page_marks_the_spans_of_the_core(client, engine):
    from indexer.search.searcher import get_release, search

    hit = search(engine, "Kaykin").hits[0]
    release = get_release(engine, hit.id)
    spans = mark_spans(engine, release.body, "Kaykin")
    page = client.get(f"/dokument/{hit.id}", query_string={"q": "Kaykin"}).get_data(as_text=True)
    assert spans and page.count("<mark") >= len(spans)
