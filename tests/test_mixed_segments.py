"""An index of several segments, one of them without dates: every route and command works."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from webapp import ENGINE, create_app

UNDATED = {
    "id": "undatiert",
    "title": "Mitteilung ohne Datum",
    "text": "Eine Mitteilung ohne Datum.",
}

ROUTES = [
    "/",
    "/?sort=date",
    "/?q=Mitteilung",
    "/?q=Kaykin&sort=date",
    "/api/search",
    "/api/search?sort=date&q=Datum",
    "/feed.atom",
    "/export.csv",
    "/export.json",
    "/zitate",
    "/api/quotes",
    "/zitate.csv",
    "/dokument/undatiert",
    "/api/documents/undatiert",
    "/api/suggest?q=Kay",
    "/api/openapi.json",
]


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory):
    """The seeds indexed, then an update that adds only an undated release (a second segment
    without a ``datesort`` column)."""
    from tests.conftest import copy_seeds

    base = tmp_path_factory.mktemp("mixed")
    corpus = copy_seeds(base / "corpus")
    index = base / "index"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["index", "--corpus", str(corpus), "--index", str(index)]).exit_code
        == 0
    )
    (corpus / "neu.jsonl").write_text(json.dumps(UNDATED, ensure_ascii=False) + "\n", "utf-8")
    result = runner.invoke(main, ["index", "--corpus", str(corpus), "--index", str(index)])
    assert (
        result.exit_code == 0 and "1 neu" in result.output and "neu aufgebaut" not in result.output
    )
    return index


@pytest.fixture(scope="module")
def mixed_client(mixed_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(mixed_index)})
    yield app.test_client()
    app.extensions[ENGINE].close()


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_answers_after_an_undated_only_update(mixed_client, route):
    response = mixed_client.get(route)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]


def test_the_undated_release_is_listed_after_the_dated_ones(mixed_client):
    data = mixed_client.get("/api/search?limit=100").get_json()
    assert data["total"] == 6
    ids = [h["id"] for h in data["hits"]]
    dated = [h for h in data["hits"] if h["date"] and h["date"][0].isdigit()]
    assert ids.index("undatiert") >= len(dated) == 3
    assert [h["date"] for h in dated] == sorted((h["date"] for h in dated), reverse=True)
    assert "undatiert" in mixed_client.get("/export.csv").get_data(as_text=True)


@pytest.mark.parametrize(
    "args",
    [
        ["search", ""],
        ["search", "", "--sort", "date", "--json"],
        ["search", "Mitteilung", "--sort", "date"],
        ["quotes", ""],
        ["show", "undatiert"],
    ],
    ids=["search-all", "search-date-json", "search-words-date", "quotes", "show"],
)
def test_every_command_answers_after_an_undated_only_update(mixed_index, args):
    result = CliRunner().invoke(main, [*args, "--index", str(mixed_index)])
    assert result.exit_code == 0, result.output
    assert result.exception is None
