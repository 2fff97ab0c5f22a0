"""Quote search: who said what, when — on a real index of the seed releases."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from indexer.cli import main
from indexer.search.quotes import search_quotes
from indexer.search.searcher import get_release


def test_quotes_are_found_by_words_with_speaker_and_date(engine):
    result = search_quotes(engine, "Vielfalt")
    assert result.total >= 2
    speakers = {hit.speaker for hit in result.quotes}
    assert "Zülfiye Kaykin" in speakers
    for hit in result.quotes:
        assert "<mark>" in hit.highlighted
        release = get_release(engine, hit.doc_id)
        assert release.body[hit.start : hit.end] == hit.text


def test_speaker_filter_accepts_any_spelling_and_the_surname(engine):
    full = search_quotes(engine, "", speaker=["Zülfiye Kaykin"])
    assert full.total >= 8
    for spelling in ("Zülfiye Kaykın", "zulfiye kaykin", "Kaykin"):
        assert search_quotes(engine, "", speaker=[spelling]).total == full.total
    assert {h.speaker for h in full.quotes} == {"Zülfiye Kaykin"}
    both = search_quotes(engine, "", speaker=["Kaykin", "Heuwinkel"])
    assert both.total == full.total + search_quotes(engine, "", speaker=["Heuwinkel"]).total


def test_empty_query_lists_newest_first_and_dates_filter(engine):
    dates = [h.date for h in search_quotes(engine, "", limit=100).quotes]
    dated = [d for d in dates if d and d[0].isdigit()]
    assert dated == sorted(dated, reverse=True) and dated[0] == "2024-03-14"
    recent = search_quotes(engine, "", date_from="2013-01-01")
    assert {h.speaker for h in recent.quotes} == {"Lorenz Bahr"}


def test_speaker_facet_merges_spellings(engine):
    facet = {v.value: v.count for v in search_quotes(engine, "").facets["speaker"]}
    assert "Zülfiye Kaykın" not in facet and facet["Zülfiye Kaykin"] >= 8


def test_slogans_are_not_quotes(engine):
    texts = [h.text for h in search_quotes(engine, "", limit=100).quotes]
    assert not any(t.startswith("Vielfalt verbindet") for t in texts)


def test_cli_json_and_citation_csv(seed_index):
    runner = CliRunner()
    out = runner.invoke(main, ["quotes", "Vielfalt", "--index", str(seed_index), "--json"]).stdout
    data = json.loads(out)
    assert list(data) == ["query", "total", "quotes", "facets"]
    assert data["total"] >= 2
    only_stopwords = runner.invoke(main, ["quotes", "muss", "--index", str(seed_index), "--json"])
    assert json.loads(only_stopwords.stdout)["total"] == 0
    assert "häufige Wörter" in only_stopwords.stderr
    assert list(data["quotes"][0]) == [
        "id", "text", "speaker", "role", "date", "doc_id", "path", "title", "url",
    ]  # fmt: skip
    out = runner.invoke(
        main, ["quotes", "--speaker", "Heuwinkel", "--format", "csv", "--index", str(seed_index)],
        env={"PRESSESUCHE_BASE_URL": "https://presse.example"},
    ).stdout  # fmt: skip
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["quote", "speaker", "role", "date", "title", "link", "url"]
    assert len(rows) == 3
    assert all(r[1] == "Friedel Heuwinkel" and r[2] == "Landrat" for r in rows[1:])
    assert all(r[5].startswith("https://presse.example/dokument/") for r in rows[1:])
    assert all("#zitat-" in r[5] for r in rows[1:])
