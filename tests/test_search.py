"""German queries against a real index of the seed releases."""

from __future__ import annotations

import re

import pytest

from indexer.search import query as query_module
from indexer.search.query import Filters
from indexer.search.searcher import search

S000, S001, S002, S003, S004 = (
    "000_4bf18ec25455da8e.txt",
    "001_d9a87676c7dfc921.txt",
    "002_6faef6796251b2fc.txt",
    "003_17c95d0f755f08c0.txt",
    "004_2bd094ce7e921f38.txt",
)
KAYKIN = {S000, S001, S002, S004}


def ids(engine, text, **kw) -> set[str]:
    return {h.id for h in search(engine, text, limit=100, **kw).hits}


@pytest.mark.parametrize(
    ("text", "must_find"),
    [
        ("Migrantinnen", {S000, S001, S002, S004}),
        ("Migranten", {S000, S001, S002, S004}),
        ("Ministerium", {S003}),
        ("Kaykin", KAYKIN),
        ("Kaykın", KAYKIN),
        ("KAYKIN", KAYKIN),
        ("Duesseldorf", {S000, S004}),
        ("Dusseldorf", {S000, S004}),
        ("Düsseldorf", {S000, S004}),
        ('"interkulturelle Öffnung"', {S001}),
        ("Bürger*innen", {S003}),
        ("Migrant*", {S000, S001, S002, S004}),
        ("Vereinbarung", {S000, S002}),
        ("besonders", {S002}),
    ],
    ids=[
        "gender-form", "plural", "compound-head", "kaykin", "dotless-i", "upper",
        "ue", "u", "umlaut", "phrase-inflected", "gender-star", "prefix", "compound-part",
        "repaired-hyphen",
    ],
)  # fmt: skip
def test_german_queries_find_their_releases(engine, text, must_find):
    assert must_find <= ids(engine, text)


def test_contact_block_does_not_make_a_release_relevant(engine):
    assert ids(engine, "Fürstenwall") == set()
    assert ids(engine, "0211") == set()
    assert ids(engine, "kontakt:Fürstenwall") >= {S000, S001, S004}


def test_words_are_anded_and_operators_work(engine):
    relaxed = search(engine, "Duisburg Hüllhorst", limit=100)
    assert relaxed.relaxed and "alle 2 Suchbegriffe" in relaxed.notes[-1]  # none has both
    assert ids(engine, "Duisburg ODER Hüllhorst") == ids(engine, "Duisburg") | {S003}
    assert ids(engine, "Duisburg OR Hüllhorst") == ids(engine, "Duisburg ODER Hüllhorst")
    assert S001 not in ids(engine, "Kaykin -Wellhausen")
    assert ids(engine, "Kaykin NICHT Wellhausen") == ids(engine, "Kaykin -Wellhausen")
    assert ids(engine, "titel:Volkshochschulen") == {S000}


def test_exact_spelling_ranks_first(engine):
    hits = search(engine, "Kaykın").hits
    assert hits[0].id == S002  # the only release that spells it with a dotless i
    hits = search(engine, "Kaykin").hits
    assert hits[0].id != S002


def test_title_outweighs_body(engine):
    hits = search(engine, "Volkshochschulen").hits
    assert hits[0].id == S000


def test_empty_query_lists_everything_newest_first(engine):
    result = search(engine, "")
    assert result.total == 5
    dates = [h.date for h in result.hits]
    assert dates[:3] == ["2024-03-14", "2012-11-28", "2012-08-15"]
    assert all(h.score == 0.0 for h in result.hits)


def test_snippets_mark_matches_and_escape_the_rest(engine):
    result = search(engine, "Migranten")
    snippet = result.hits[0].snippet
    assert "<mark>Migranten</mark>" in snippet
    assert not re.search(r"<(?!/?mark>)", snippet)
    assert '"' not in snippet


def test_compound_part_highlights_the_whole_word(engine):
    hits = {h.id: h for h in search(engine, "Ministerium").hits}
    assert "<mark>Integrationsministerium</mark>" in hits[S003].snippet


@pytest.mark.parametrize(
    "text",
    ['"nicht geschlossen', "((((", "title:(", "(" * 5000 + "a", "AND OR NOT", ")))", "*:*",
     "kontakt: ", "\x00\x01", "a" * 2000, "[a TO", "ü~~~2", "^3", "Düsseldorf^^"],
    ids=["open-quote", "parens", "field-paren", "deep-nesting", "only-operators", "closing",
         "star-field", "empty-field", "control-chars", "very-long", "open-range", "tilde",
         "caret", "double-caret"],
)  # fmt: skip
def test_odd_queries_never_raise(engine, text):
    result = search(engine, text)
    assert result.total >= 0
    assert result.to_json()["query"] == text


def test_unreadable_query_is_answered_from_its_words_with_a_note(engine):
    result = search(engine, "(" * 50 + "Kaykin")
    assert result.notes and "teilweise" in result.notes[0]
    assert {h.id for h in result.hits} == KAYKIN


def test_too_many_expansions_are_refused_with_a_note(engine, monkeypatch):
    monkeypatch.setattr(query_module, "MAX_EXPANSIONS", 3)
    result = search(engine, "Kaykin i*")
    assert any("zu viele" in note for note in result.notes)
    assert {h.id for h in result.hits} == KAYKIN


def test_suggestion_when_nothing_is_found(engine):
    result = search(engine, "Kaykni")
    assert result.total == 0
    assert result.suggestion == "Kaykin"  # as the user wrote it
    assert search(engine, "Kaykin").suggestion is None


def test_paging_and_sorting(engine):
    first = search(engine, "", limit=2, page=1).hits
    second = search(engine, "", limit=2, page=2).hits
    assert len(first) == len(second) == 2
    assert not {h.id for h in first} & {h.id for h in second}
    by_date = search(engine, "Kaykin", sort="date").hits
    assert [h.date for h in by_date][:2] == ["2012-11-28", "2012-08-15"]
    assert search(engine, "", page=10**9).page == 1000


def test_json_shape(engine):
    data = search(engine, "Kaykin").to_json()
    assert list(data) == ["query", "total", "hits", "facets", "suggestion", "relaxed", "partial"]
    assert list(data["hits"][0]) == [
        "id", "path", "title", "date", "persons", "organisations", "score", "snippet", "url",
        "source", "versions",
    ]  # fmt: skip
    assert list(data["facets"]) == ["person", "organisation", "year", "source"]


def test_date_filters(engine):
    assert ids(engine, "", filters=Filters(date_from="2013-01-01")) == {S003}
    assert ids(engine, "", filters=Filters(date_to="2012-12-31")) == {S000, S002}
    assert ids(engine, "", filters=Filters(years=["2012"])) == {S000, S002}
    assert ids(engine, "", filters=Filters(years=["2012", "2024"])) == {S000, S002, S003}


def test_page_past_the_end_is_empty(engine):
    result = search(engine, "Kaykin", page=3, limit=2)
    assert result.total == 4 and result.hits == []


def test_names_are_merged_across_spellings(engine):
    persons = {v.value: v.count for v in search(engine, "").facets["person"]}
    assert persons["Zülfiye Kaykin"] == 4
    assert not any("Kaykın" in name for name in persons)
    for spelling in ("Zülfiye Kaykın", "ZULFIYE KAYKIN", "Kaykin"):
        assert ids(engine, "", filters=Filters(persons=[spelling])) == KAYKIN
    hit = next(h for h in search(engine, "Kaykın").hits if h.id == S002)
    assert "Zülfiye Kaykin" in hit.persons


def test_year_facet_has_no_empty_value(engine):
    years = [v.value for v in search(engine, "").facets["year"]]
    assert years == ["2024", "2012"]


@pytest.mark.parametrize(
    "text", ["", "datum:2012-11-28", "Vielfalt", '"interkulturelle Öffnung"', "Migrant*"]
)
def test_release_search_never_returns_quote_records(engine, text):
    for hit in search(engine, text, limit=100).hits:
        assert "-z" not in hit.id and hit.title
