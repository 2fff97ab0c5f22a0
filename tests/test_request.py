"""One request model validates what every front end asks: the web answers 400, the CLI exits 1
for a bad value and 2 for wrong usage, both in German."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.search.request import RequestError, SearchRequest
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE

BAD_VALUES = [  # (query string, CLI options, a word of the German message)
    ({"from": "2024-13-45"}, ["--from", "2024-13-45"], "JJJJ-MM-TT"),
    ({"to": "gestern"}, ["--to", "gestern"], "JJJJ-MM-TT"),
    ({"from": "2024-02-01", "to": "2024-01-01"}, ["--from", "2024-02-01", "--to", "2024-01-01"],
     "Startdatum liegt nach"),
    ({"year": "12"}, ["--year", "12"], "vierstellig"),
    ({"year": "２０１２"}, ["--year", "２０１２"], "vierstellig"),
    ({"page": "²"}, ["--page", "²"], "Seitenzahl"),
    ({"limit": "²"}, ["--limit", "²"], "Treffer je Seite"),
    ({"page": "0"}, ["--page", "0"], "Seitenzahl"),
    ({"page": str(MAX_PAGE + 1)}, ["--page", str(MAX_PAGE + 1)], "Seitenzahl"),
    ({"limit": str(MAX_LIMIT + 1)}, ["--limit", str(MAX_LIMIT + 1)], "Treffer je Seite"),
    ({"limit": "zehn"}, ["--limit", "zehn"], "Treffer je Seite"),
    ({"sort": "alphabetisch"}, ["--sort", "alphabetisch"], "Sortierung"),
]  # fmt: skip
IDS = [" ".join(options) for _, options, _ in BAD_VALUES]


@pytest.fixture
def run(seed_index):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [*args, "--index", str(seed_index)], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize(("query", "options", "word"), BAD_VALUES, ids=IDS)
def test_the_model_refuses_bad_values_in_german(query, options, word):
    with pytest.raises(RequestError, match=word):
        SearchRequest.from_mapping(query)


@pytest.mark.parametrize(("query", "options", "word"), BAD_VALUES, ids=IDS)
def test_the_web_answers_400_on_every_search_route(client, query, options, word):
    for route in ("/", "/api/search", "/export.csv", "/export.json", "/feed.atom"):
        got = client.get(route, query_string=query)
        assert got.status_code == 400, route
        assert word in got.get_data(as_text=True), route


@pytest.mark.parametrize("query", [{"page": "²"}, {"limit": "²"}, {"page": "٣"}, {"limit": "1²"}])
def test_the_quote_routes_take_only_ascii_digits(client, query):
    for route in ("/zitate", "/api/quotes", "/zitate.csv"):
        assert client.get(route, query_string=query).status_code == 400, route


@pytest.mark.parametrize(("query", "options", "word"), BAD_VALUES, ids=IDS)
def test_the_cli_exits_1_with_the_same_message(run, query, options, word):
    result = run("search", "Kaykin", *options)
    assert result.exit_code == 1, result.output
    assert word in result.output and "Fehler:" in result.output
    assert "Traceback" not in result.output and "0 Treffer" not in result.output


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["search", "--gibtsnicht"], "Unbekannte Option „--gibtsnicht“"),
        (["search", "eins", "zwei"], "Unerwartete Angabe: zwei"),
        (["suchen"], "Unbekannter Befehl „suchen“"),
        (["quotes", "--format", "pdf"], "Ungültiger Wert für „--format“"),
        (["serve", "--port", "x"], "„x“ ist keine ganze Zahl"),
        (["search", "--limit"], "braucht einen Wert"),
    ],
    ids=["unknown option", "extra argument", "unknown command", "choice", "number", "no value"],
)
def test_usage_errors_exit_2_in_german(args, german):
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert german in result.output and "Fehler:" in result.output
    for english in ("Error:", "No such", "Invalid value", "Got unexpected", "Try '"):
        assert english not in result.output


def test_the_cli_takes_the_cores_limits(run):
    data = json.loads(run("search", "--limit", str(MAX_LIMIT), "--json").output)
    assert data["total"] == len(data["hits"])
    assert run("search", "--page", str(MAX_PAGE)).exit_code == 0


def test_the_web_and_the_cli_read_the_same_request(run, client):
    query = {"q": "Integration", "year": "2012", "sort": "date", "limit": "2"}
    web = client.get("/api/search", query_string=query).get_json()
    options = ["--year", "2012", "--sort", "date", "--limit", "2", "--json"]
    assert json.loads(run("search", "Integration", *options).output) == web
