"""Ranking (issue 17): a title taken from the text is shown, not boosted; the tuned BM25."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.build.indexing import index_corpus
from indexer.engine import schema as f
from indexer.search.searcher import Engine, get_release, search
from indexer.text.structure import clean_document

FIRST_LINE = "Okapi im Zoo Wuppertal geboren"
RELEASES = [
    # no title: its first line is shown as the title, but ranks as body text
    {"id": "ohne-titel", "text": f"{FIRST_LINE}\n\nDas Jungtier wiegt 20 Kilogramm."},
    # a given title is a title
    {"id": "mit-titel", "title": "Giraffe in Krefeld", "text": "Die Giraffe ist wohlauf."},
    {"id": "andere", "title": "Tierpark-Bilanz", "text": "Im Frühjahr kam ein Okapi nach Berlin."},
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    base = tmp_path_factory.mktemp("ranking")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in RELEASES)
    (corpus / "releases.jsonl").write_text(lines + "\n", encoding="utf-8")
    index_corpus(corpus, base / "index")
    eng = Engine(base / "index")
    yield eng
    eng.close()


def _ids(engine: Engine, text: str) -> list[str]:
    return [h.id for h in search(engine, text, limit=10).hits]


def test_title_from_the_text_is_shown_but_not_a_title(engine):
    hit = search(engine, "Jungtier").hits[0]
    assert (hit.id, hit.title) == ("ohne-titel", FIRST_LINE)
    assert _ids(engine, "titel:Wuppertal") == []  # the title field holds given titles only
    assert _ids(engine, "titel:Krefeld") == ["mit-titel"]
    assert _ids(engine, "Wuppertal") == ["ohne-titel"]  # its words are searched in the body


def test_title_from_the_text_stays_the_first_line_of_the_body(engine):
    release = get_release(engine, "ohne-titel")
    assert release.title == FIRST_LINE
    assert release.body.startswith(f"{FIRST_LINE}\n")
    assert get_release(engine, "mit-titel").body == "Die Giraffe ist wohlauf."


def test_title_from_the_text_weighs_as_body_text(engine):
    # one word of the first line, one of the body, each once in one release only: equal scores
    first_line, body = (search(engine, w).hits[0] for w in ("Wuppertal", "Kilogramm"))
    assert first_line.id == body.id == "ohne-titel"
    assert first_line.score == pytest.approx(body.score)


def test_snippet_offsets_hold_after_the_first_line(engine):
    snippet = search(engine, "Kilogramm").hits[0].snippet
    assert "<mark>Kilogramm</mark>" in snippet


@pytest.mark.parametrize(
    ("text", "fmt", "heading"),
    [
        ("Titel\n\nText.", "txt", False),
        ("\n\n## Titel\n\nText.", "txt", True),
        ("# Titel\n\nText.", "md", True),
        ("<html><body><h1>Titel</h1><p>Text.</p></body></html>", "html", True),
        ("<html><body><p>Titel</p><p>Text.</p></body></html>", "html", False),
    ],
    ids=["plain-first-line", "markdown-in-txt", "markdown", "html-h1", "html-paragraph"],
)
def test_marked_titles_count_as_titles(text, fmt, heading):
    assert clean_document(text, fmt).heading is heading


def test_engine_ranks_with_the_tuned_bm25(engine):
    weighting = engine.searcher().weighting
    assert (weighting.K1, weighting.B) == (f.BM25_K1, f.BM25_B)


def test_derived_title_survives_an_incremental_update(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{FIRST_LINE}\n\nDas Jungtier wiegt 20 Kilogramm.\n")
    (corpus / "b.txt").write_text("Zweite Meldung\n\nNoch ein Text.\n")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / "b.txt").write_text("Zweite Meldung\n\nEin anderer Text.\n")
    index_corpus(corpus, root)
    engine = Engine(root)
    try:
        assert _ids(engine, "titel:Wuppertal") == []
        assert get_release(engine, "a.txt").title == FIRST_LINE
    finally:
        engine.close()
