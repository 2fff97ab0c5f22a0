"""An export of several pages' worth of rows is one search on one state of the index, whatever
lands while it runs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from indexer.build.indexing import index_corpus
from indexer.search import searcher
from webapp import ENGINE, create_app

FIRST = 150  # releases before the update: more than a page of 100


def write_records(path, start: int, count: int, day: dt.date) -> None:
    lines = []
    for n in range(start, start + count):
        date = (day + dt.timedelta(days=n)).isoformat()
        text = f"Meldung {n} des Tages über Radwege und Schulen in Bezirk {n}."
        record = {"id": f"m{n}", "title": f"Meldung Nummer {n}", "date": date, "text": text}
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", "utf-8")


@pytest.fixture
def corpus_and_index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_records(corpus / "alt.jsonl", 0, FIRST, dt.date(2020, 1, 1))
    index_corpus(corpus, tmp_path / "index")
    return corpus, tmp_path / "index"


@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
@pytest.mark.parametrize("route", ["/export.json", "/export.csv"])
def test_an_export_reads_one_state_while_the_index_changes(
    corpus_and_index, monkeypatch, rebuild, route
):
    corpus, index = corpus_and_index
    real_match = searcher.Budget.match
    matched = []

    def match_then_update(self, *args, **kwargs):
        """The real matching; right after the export's first, 20 newer releases land."""
        found = real_match(self, *args, **kwargs)
        matched.append(found.total)
        if len(matched) == 1:
            write_records(corpus / "neu.jsonl", FIRST, 20, dt.date(2024, 1, 1))
            index_corpus(corpus, index, rebuild=rebuild)
        return found

    monkeypatch.setattr(searcher.Budget, "match", match_then_update)
    # the index run inside the first page must not spend the export's time budget
    monkeypatch.setenv("PRESSESUCHE_SEARCH_SECONDS", "3600")
    app = create_app({"TESTING": True, "INDEX_DIR": str(index)})
    client = app.test_client()
    try:
        got = client.get(route, query_string={"sort": "date"})
        assert got.status_code == 200
        if route.endswith(".json"):
            ids = [hit["id"] for hit in got.get_json()["hits"]]
        else:
            ids = [
                row["id"] for row in csv.DictReader(io.StringIO(got.get_data().decode("utf-8-sig")))
            ]
        assert matched == [FIRST]  # one matching for all the rows, the update right after it
        assert len(ids) == len(set(ids)) == FIRST  # no row twice, none skipped
        assert ids[0] == f"m{FIRST - 1}"  # the state the export began with
        # the next request sees the update
        assert client.get("/api/search").get_json()["total"] == FIRST + 20
    finally:
        app.extensions[ENGINE].close()
