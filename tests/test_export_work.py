"""An export's work per row is its row: the name labels, the index state and the matched terms are
looked up once per export, not once per row (counted, never timed)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from urllib.parse import quote

import pytest
from whoosh.codec.whoosh3 import W3PerDocReader

from indexer.build.indexing import index_corpus
from indexer.engine import rows as row_module
from indexer.engine.matches import MatchSet
from indexer.search.pool import Engine
from webapp import ENGINE, create_app, export, views

ROWS = 120
NAMES = ["Anna Schmidt", "Jonas Weber", "Leyla Demir"]


@pytest.fixture(scope="module")
def export_index(tmp_path_factory):
    """Releases that name persons and an organisation, all holding the word ``Radweg``."""
    corpus = tmp_path_factory.mktemp("exportwork") / "corpus"
    corpus.mkdir()
    lines = []
    for n in range(ROWS):
        name = NAMES[n % len(NAMES)]
        text = (
            f"Die Stadtverwaltung Bielefeld plant einen Radweg im Bezirk {n}. "
            f"Bürgermeisterin {name} sagte: „Der Radweg verbindet die Schulen.“"
        )
        record = {"id": f"r{n}", "title": f"Radweg Nummer {n}", "date": "2024-03-01", "text": text}
        lines.append(json.dumps(record, ensure_ascii=False))
    (corpus / "radwege.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, corpus.parent / "index")
    return corpus.parent / "index"


def counted(monkeypatch, counts: Counter, owner, name: str) -> None:
    """Count the calls of a method (the real one runs)."""
    real = getattr(owner, name)

    def counting(*args, **kwargs):
        counts[name] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)


def export_work(export_index, monkeypatch, route: str, cap: int) -> tuple[int, Counter]:
    """The rows of one export of at most ``cap`` rows, and the lookups it made."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(export_index), "MAX_EXPORT_ROWS": cap})
    client = app.test_client()
    try:
        assert client.get(route, query_string={"q": "Radweg"}).status_code == 200  # warm
        counts: Counter = Counter()
        with monkeypatch.context() as patch:
            for name in ("reading", "facet_column", "canonical", "versions"):
                counted(patch, counts, Engine, name)
            counted(patch, counts, W3PerDocReader, "stored_fields")  # a segment's
            counted(patch, counts, row_module, "decode_row")
            counted(patch, counts, MatchSet, "matched_terms")
            got = client.get(route, query_string={"q": "Radweg"})
        assert got.status_code == 200
        if route.endswith(".json"):
            rows = len(got.get_json()["hits"])
        else:
            rows = len(list(csv.DictReader(io.StringIO(got.get_data(as_text=True)))))
        return rows, counts
    finally:
        app.extensions[ENGINE].close()


@pytest.mark.parametrize("route", ["/export.csv", "/export.json"])
def test_an_exports_lookups_do_not_grow_with_its_rows(export_index, monkeypatch, route):
    few, few_counts = export_work(export_index, monkeypatch, route, cap=5)
    many, many_counts = export_work(export_index, monkeypatch, route, cap=ROWS)
    assert (few, many) == (5, ROWS)
    # each row is read once from its row; Whoosh's stored record (a zlib-compressed pickle of
    # every field: the quotes, the boilerplate, the keys) is not read at all; nothing else is
    # looked up per row
    assert few_counts.pop("decode_row") == 5 and many_counts.pop("decode_row") == ROWS
    assert few_counts.pop("stored_fields", 0) == many_counts.pop("stored_fields", 0) == 0
    assert many_counts == few_counts
    assert many_counts["canonical"] == many_counts["matched_terms"] == 0
    assert many_counts["facet_column"] <= 6  # the two name labels and the four facets


def test_exported_names_are_shown_in_their_labels(export_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(export_index)})
    try:
        hits = app.test_client().get("/export.json?q=Radweg").get_json()["hits"]
        engine = app.extensions[ENGINE]
        for hit in hits:
            assert hit["persons"] == engine.canonical("persons", hit["persons"])
        assert {name for hit in hits for name in hit["persons"]} >= set(NAMES)
    finally:
        app.extensions[ENGINE].close()


@pytest.mark.parametrize("base", [None, "https://presse.example.org/archiv/"], ids=["host", "base"])
def test_export_links_are_the_routes_own_for_any_id(export_index, base):
    """The links of an export are put together once, then filled with each id: the same
    addresses as the route's own, whatever characters an id has."""
    config = {"TESTING": True, "INDEX_DIR": str(export_index)}
    app = create_app(config | ({"BASE_URL": base} if base else {}))
    ids = ["pm-1", "a b", "ä/ö", "x?y#z&=;", "%41", "€\u00a0–", "'\"<>`{}", "r7"]
    try:
        with app.test_request_context("/export.csv"):
            fast = export.each_link(views._doc_link)
            assert fast is not views._doc_link  # the quick way is taken
            assert [fast(i) for i in ids] == [views._doc_link(i) for i in ids]
    finally:
        app.extensions[ENGINE].close()


def test_a_link_of_another_shape_is_asked_for_each_id():
    def shouting(doc_id: str) -> str:
        return "/dokument/" + doc_id.upper()

    assert export.each_link(shouting) is shouting


def test_ids_that_need_no_quoting_are_told_apart_as_quote_does():
    """An id whose characters ``quote`` leaves as they are is put into a link without quoting;
    every other id is quoted (each character of ASCII and beyond)."""
    for char in map(chr, range(0x3000)):
        plain = quote(char, safe=export._SEGMENT_SAFE) == char
        assert bool(export._UNQUOTED.fullmatch(char)) == plain, repr(char)
