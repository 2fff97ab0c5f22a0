"""A search past its time budget stops and answers what it found, with a German note.

``PRESSESUCHE_SEARCH_SECONDS=0`` leaves no time at all: the matching stops at its first look at
the clock, so every answer is partial, whatever the machine's speed. No timing is asserted.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.search.quotes import search_quotes
from indexer.search.searcher import search

BUDGET = "PRESSESUCHE_SEARCH_SECONDS"


@pytest.fixture
def no_time(monkeypatch):
    monkeypatch.setenv(BUDGET, "0")


def test_a_search_with_time_finds_everything_and_is_not_partial(engine, monkeypatch):
    monkeypatch.delenv(BUDGET, raising=False)
    result = search(engine, "Kaykin")
    assert result.total == 4 and not result.partial
    assert result.to_json()["partial"] is False
    assert not any("Zeitbudget" in note for note in result.notes)


def test_a_search_out_of_time_is_partial_with_a_note(engine, no_time):
    result = search(engine, "Kaykin")
    assert result.partial and result.to_json()["partial"] is True
    assert result.total == 0 and result.hits == []  # nothing was checked in no time
    assert all(value.count == 0 for values in result.facets.values() for value in values)
    assert result.suggestion is None and not result.relaxed  # no extras once partial
    [note] = [n for n in result.notes if "Zeitbudget" in n]
    assert "abgebrochen" in note and "0 s" in note


def test_a_quote_search_out_of_time_is_partial(engine, no_time):
    result = search_quotes(engine, "Vielfalt")
    assert result.partial and result.to_json()["partial"] is True
    assert any("Zeitbudget" in note for note in result.notes)


def test_the_budget_is_read_from_the_environment(engine, monkeypatch):
    monkeypatch.setenv(BUDGET, "nicht")  # unreadable: the default
    assert not search(engine, "Kaykin").partial
    monkeypatch.setenv(BUDGET, "0.000000001")
    assert search(engine, "Kaykin").partial


def test_the_cli_says_partial_in_json_and_notes(seed_index, no_time):
    result = CliRunner().invoke(main, ["search", "Kaykin", "--index", str(seed_index), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["partial"] is True
    assert "Hinweis: Die Suche hat ihr Zeitbudget (0 s) überschritten" in result.stderr

    plain = CliRunner().invoke(main, ["search", "Kaykin", "--index", str(seed_index)])
    assert plain.exit_code == 0
    assert "0 Treffer" in plain.stdout and "Zeitbudget" in plain.stderr

    quotes = CliRunner().invoke(main, ["quotes", "Vielfalt", "--index", str(seed_index), "--json"])
    assert quotes.exit_code == 0, quotes.output
    assert json.loads(quotes.stdout)["partial"] is True


def test_the_api_and_the_page_say_partial(client, no_time):
    got = client.get("/api/search", query_string={"q": "Kaykin"})
    assert got.status_code == 200 and got.get_json()["partial"] is True
    quotes = client.get("/api/quotes", query_string={"q": "Vielfalt"})
    assert quotes.status_code == 200 and quotes.get_json()["partial"] is True
    for path in ("/", "/zitate"):
        page = client.get(path, query_string={"q": "Kaykin"}).get_data(as_text=True)
        assert "Die Suche hat ihr Zeitbudget (0 s) überschritten" in page, path


def test_the_api_says_not_partial_with_time(client, monkeypatch):
    monkeypatch.delenv(BUDGET, raising=False)
    got = client.get("/api/search", query_string={"q": "Kaykin"}).get_json()
    assert got["partial"] is False and got["total"] == 4


@pytest.mark.parametrize(
    ("route", "query"), [("/export.csv", "Kaykin"), ("/zitate.csv", "")], ids=["search", "quotes"]
)
def test_an_export_stops_reading_rows_when_its_budget_is_spent(client, monkeypatch, route, query):
    """An export reads its rows while its time budget lasts (the first page's always); past it
    it stops, and says so."""
    from indexer.search import searcher as searcher_module

    monkeypatch.setattr(searcher_module, "MAX_LIMIT", 2)  # a first page of two rows
    whole = client.get(route, query_string={"q": query})
    assert whole.status_code == 200 and "X-Partial" not in whole.headers
    total = int(whole.headers["X-Total-Count"])
    assert total > 2 and "X-Truncated" not in whole.headers

    monkeypatch.setenv("PRESSESUCHE_EXPORT_SECONDS", "0")  # no time past the first page
    cut = client.get(route, query_string={"q": query})
    assert cut.status_code == 200 and cut.headers["X-Partial"] == "true"
    assert cut.headers["X-Truncated"] == f"2 of {total}"
    rows = list(csv.reader(io.StringIO(cut.get_data(as_text=True))))
    assert len(rows) == 1 + 2  # the header and the first page


def test_a_pattern_refused_in_one_field_is_not_listed_in_the_others(seed_index, monkeypatch):
    """``a*`` is searched in three fields; once one lists more words than allowed, the pattern
    is refused whole, so the other fields' words are not listed (the cost of ``a* b* …``)."""
    from indexer.search import query as query_module
    from indexer.search.pool import Engine

    listed = []
    real = query_module.expansions

    def counting(node, reader, limit):
        listed.append(node.fieldname)
        return real(node, reader, limit)

    monkeypatch.setattr(query_module, "MAX_EXPANSIONS", 1)
    monkeypatch.setattr(query_module, "expansions", counting)
    engine = Engine(seed_index)
    try:
        result = search(engine, "a* b*")
    finally:
        engine.close()
    assert result.total == 0 and len(result.notes) >= 2  # both refused, each with a note
    # each stopped at the first field over the limit (body), before the last (exact)
    assert listed == ["title", "body", "title", "body"]
