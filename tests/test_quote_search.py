"""Quote search: who said what, when — on a real index of the seed releases."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.search.quotes import search_quotes
from indexer.search.searcher import get_release
from webapp import ENGINE, create_app


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
    assert list(data) == ["query", "total", "quotes", "facets", "partial"]
    assert data["total"] >= 2
    only_stopwords = runner.invoke(main, ["quotes", "muss", "--index", str(seed_index), "--json"])
    assert json.loads(only_stopwords.stdout)["total"] == 0
    assert "häufige Wörter" in only_stopwords.stderr
    assert list(data["quotes"][0]) == [
        "id", "text", "speaker", "role", "confidence", "date", "doc_id", "path", "title", "url",
    ]  # fmt: skip
    for quote in data["quotes"]:  # how sure the speaker is; null without one
        sure = quote["confidence"]
        assert (0 < sure <= 1) if quote["speaker"] else sure is None
    out = runner.invoke(
        main, ["quotes", "--speaker", "Heuwinkel", "--format", "csv", "--index", str(seed_index)],
        env={"PRESSESUCHE_BASE_URL": "https://presse.example"},
    ).stdout  # fmt: skip
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0] == ["quote", "speaker", "role", "date", "title", "link", "url"]
    assert len(rows) == 3
    assert all(r[1] == "Friedel Heuwinkel" and r[2] == "Landrat" for r in rows[1:])
    assert all(r[5].startswith("https://presse.example/dokument/") for r in rows[1:])
    assert all("#zitat-" in r[5] for r in rows[1:])


# The documented query syntax on quote records (issue 21, item 5): the query, the quotes of the
# seeds it finds, and the note it must carry. ``jahr:`` reads the date, ``titel:`` is refused.
SYNTAX = [
    ("NICHT Klima", 17, None),
    ("NOT 2019", 17, None),
    ("Vielfalt NICHT Klima", 4, None),
    ("NICHT jahr:2012", 10, None),
    ("jahr:2*", 8, None),
    ("jahr:2012", 7, None),
    ("jahr:[2017 TO 2020]", 0, None),
    ("jahr:[2010 TO 2013]", 7, None),
    ("jahr:201?", 7, None),
    ("text:Vielfalt", 4, None),
    ("person:Kaykin", 10, None),
    ("titel:[a TO b]", 0, "titel:"),
    ("Vielfalt NICHT titel:x", 4, "titel:"),
]


@pytest.mark.parametrize(("query", "total", "note"), SYNTAX, ids=[s[0] for s in SYNTAX])
def test_quote_search_reads_the_search_syntax_on_every_front_end(seed_index, query, total, note):
    app = create_app({"TESTING": True, "INDEX_DIR": str(seed_index)})
    client = app.test_client()
    try:
        api = client.get("/api/quotes", query_string={"q": query})
        assert api.status_code == 200 and api.get_json()["total"] == total
        for hit in api.get_json()["quotes"]:
            assert hit["id"].rsplit("-z", 1)[1].isdigit()  # quote records, never releases
        page = client.get("/zitate", query_string={"q": query})
        assert page.status_code == 200
        assert (note in page.get_data(as_text=True)) if note else True
        assert client.get("/zitate.csv", query_string={"q": query}).status_code == 200
    finally:
        app.extensions[ENGINE].close()
    result = CliRunner().invoke(main, ["quotes", query, "--index", str(seed_index), "--json"])
    assert result.exit_code == 0 and result.exception is None
    assert json.loads(result.stdout)["total"] == total
    assert (note in result.stderr) if note else "Hinweis" not in result.stderr


def test_a_negation_counts_only_releases_in_the_search(engine):
    from indexer.search.searcher import search

    assert search(engine, "NICHT Klima").total == search(engine, "").total == 5


def test_quotes_page_has_date_fields_chips_and_keeps_filters(client):
    url = "/zitate?speaker=Kaykin&from=2012-09-01&to=2012-12-31"
    page = client.get(url).get_data(as_text=True)
    # the date fields hold the range, so the next search (the form) keeps it
    assert '<input type="date" name="from" value="2012-09-01">' in page
    assert '<input type="date" name="to" value="2012-12-31">' in page
    assert 'class="chips"' in page and "Zeitraum: 2012-09-01 – 2012-12-31" in page
    assert "Sprecher: Kaykin" in page
    # each chip removes its own filter and keeps the others
    assert 'href="/zitate?speaker=Kaykin"' in page
    assert 'href="/zitate?from=2012-09-01&amp;to=2012-12-31"' in page
    assert "Datum der Pressemitteilung, die es wiedergibt" in page
    assert 'class="chips"' not in client.get("/zitate?q=Vielfalt").get_data(as_text=True)
