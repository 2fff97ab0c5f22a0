"""An undated release enters the Atom feed at the time it was first indexed, kept across
updates and rebuilds, never at the time of the latest build."""

from __future__ import annotations

import datetime as dt
import json
import os
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from indexer.build import indexing
from indexer.cli import main
from indexer.engine import store
from indexer.search.searcher import Engine, get_release
from webapp import ENGINE, create_app

ATOM = "{http://www.w3.org/2005/Atom}"
FIRST, LATER = "2020-03-04T05:06:07Z", "2024-01-02T03:04:05Z"


def write(corpus, records):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (corpus / "mitteilungen.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


UNDATED = {"id": "ohne-datum", "title": "Ohne Datum", "text": "Ein Text ohne jedes Datum."}
DATED = {"id": "datiert", "title": "Datiert", "date": "2012-11-28", "text": "Ein Text."}


def build(corpus, index, stamp, monkeypatch, *extra):
    monkeypatch.setattr(indexing, "now", lambda: stamp)
    got = CliRunner().invoke(
        main, ["index", "--corpus", str(corpus), "--index", str(index), *extra]
    )
    assert got.exit_code == 0, got.output


def first_indexed(index, doc_id):
    engine = Engine(str(index))
    try:
        return get_release(engine, doc_id).first_indexed
    finally:
        engine.close()


def feed_times(index) -> dict[str, str]:
    app = create_app({"TESTING": True, "INDEX_DIR": str(index)})
    try:
        feed = ET.fromstring(app.test_client().get("/feed.atom").data)
    finally:
        app.extensions[ENGINE].close()
    return {
        e.find(f"{ATOM}title").text: e.find(f"{ATOM}updated").text
        for e in feed.iter(f"{ATOM}entry")
    }


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def test_undated_release_is_dated_by_its_first_indexing(corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    write(corpus, [UNDATED, DATED])
    build(corpus, index, FIRST, monkeypatch)
    live = store.live_path(index)
    stamp = dt.datetime(2030, 1, 1, tzinfo=dt.UTC).timestamp()
    os.utime(live, (stamp, stamp))  # the build time the feed used to take
    times = feed_times(index)
    assert times == {"Datiert": "2012-11-28T00:00:00Z", "Ohne Datum": FIRST}


def test_updates_and_rebuilds_keep_the_first_time(corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    write(corpus, [UNDATED])
    build(corpus, index, FIRST, monkeypatch)
    changed = {**UNDATED, "text": "Ein geänderter Text ohne jedes Datum."}
    new = {"id": "neu", "title": "Neu", "text": "Neu hinzugekommen."}
    write(corpus, [changed, new])
    build(corpus, index, LATER, monkeypatch)
    assert first_indexed(index, "ohne-datum") == FIRST  # the changed release keeps its time
    assert first_indexed(index, "neu") == LATER
    build(corpus, index, "2025-05-05T05:05:05Z", monkeypatch, "--rebuild")
    assert first_indexed(index, "ohne-datum") == FIRST
    assert first_indexed(index, "neu") == LATER
    assert feed_times(index) == {"Ohne Datum": FIRST, "Neu": LATER}


def test_the_time_stays_out_of_the_search_json(corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    write(corpus, [UNDATED])
    build(corpus, index, FIRST, monkeypatch)
    got = CliRunner().invoke(main, ["search", "Text", "--json", "--index", str(index)])
    assert "first_indexed" not in got.output and got.exit_code == 0
