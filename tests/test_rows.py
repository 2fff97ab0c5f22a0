"""A release's hit row (``engine.rows``): written beside Whoosh's stored record, the body out of
it, read back the same by every reader; a segment without rows is read as before."""

from __future__ import annotations

import json
import random
import shutil

import pytest
from conftest import copy_seeds
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3PerDocReader

from indexer.build.indexing import index_corpus
from indexer.engine import doclists, store
from indexer.engine import schema as f
from indexer.engine.rows import ROW_FIELDS, RowReader, decode_row, encode_row, read_rows
from indexer.engine.writer import Writer
from webapp import ENGINE, create_app

RELEASE = {
    f.ID: "pm-1", f.KIND: f.RELEASE_KIND, f.PATH: "a/pm-1.txt", f.TITLE: "Neuer Radweg",
    f.DATE: "2024-03-01", f.PERSONS: "Anna Schmidt\x1fJonas Weber", f.BODY: "Die Stadt baut.",
    f.QUOTES: [{"text": "Gut.", "start": 3, "end": 7}], f.SOURCE: "a/pm-1.txt",
}  # fmt: skip


def _expected(stored: dict) -> dict:
    return {name: stored[name] for name in ROW_FIELDS if name in stored}


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {f.DATE: None, f.URL: None, f.BODY: None},  # not stored: missing, not ""
        {f.TITLE: "", f.BODY: ""},
        {f.TITLE: "Ärger um „Tempo 30“ 🚲", f.BODY: "e\u0301 – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\x1e\x00 ende"},
        {f.URL: "https://example.org/pm?id=1", f.ORIGIN: "Stadt", f.FIRST_INDEXED: "2024-03-02"},
    ],
    ids=["plain", "missing", "empty", "astral-and-separators", "all"],
)
def test_a_row_reads_back_the_fields_as_stored(changes):
    stored = {k: v for k, v in (RELEASE | changes).items() if v is not None}
    assert decode_row(encode_row(stored)) == _expected(stored)


@pytest.mark.parametrize(
    "changes",
    [{f.KIND: f.QUOTE_KIND}, {f.TITLE: "kaputt \ud800"}, {f.URL: 7}, {f.BODY: b"bytes"}],
    ids=["quote-record", "lone-surrogate", "number", "bytes"],
)
def test_records_that_a_row_cannot_hold_get_none(changes):
    assert encode_row(RELEASE | changes) is None


def test_random_rows_read_back():
    rng = random.Random(7)
    alphabet = "aä ß\x1f\n€🚲\u0301\x00\x7f" + "".join(map(chr, range(0x2000, 0x2010)))
    for _ in range(300):
        stored = {f.KIND: f.RELEASE_KIND}
        for name in ROW_FIELDS:
            if rng.random() < 0.8:
                stored[name] = "".join(rng.choices(alphabet, k=rng.randrange(0, 40)))
        assert decode_row(encode_row(stored)) == _expected(stored)


@pytest.fixture(scope="module")
def rows_index(tmp_path_factory):
    """The seeds and 60 releases of a JSONL file, with a quote each, indexed as usual."""
    base = tmp_path_factory.mktemp("rows")
    corpus = copy_seeds(base / "corpus")
    lines = []
    for n in range(60):
        text = (
            f"Die Stadt baut einen Radweg im Bezirk {n}. Bürgermeisterin Anna Schmidt sagte: "
            f"„Der Radweg verbindet die Schulen.“ " + "Weitere Sätze folgen hier. " * (n % 7)
        )
        record = {"id": f"r{n}", "title": f"Radweg {n}", "date": f"2024-03-{n % 28 + 1:02d}"}
        lines.append(json.dumps(record | {"text": text}, ensure_ascii=False))
    (corpus / "radwege.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, base / "index")
    return base / "index"


def _merged_copy(root, target, *, rows: bool):
    """A copy of an index whose segments are merged into one by our writer, with or without
    rows (without: as an index written before rows existed stores its records)."""
    shutil.copytree(root, target, symlinks=True)
    path = store.live_path(target)
    before = store.commit_number(path)
    ix = whoosh_index.open_dir(str(path))
    Writer(ix, codec=doclists.Codec(rows=rows)).commit(optimize=True)
    ix.close()
    vocabulary = path / "vocabulary"
    for old in vocabulary.glob(f"commit-{before}.*"):  # the spelling tables of the new commit
        shutil.copy(old, vocabulary / old.name.replace(f"-{before}.", f"-{before + 1}."))
    info = {k: v for k, v in store.read_meta(path).items() if k not in (store.FILES, store.COMMIT)}
    store.finish_generation(path, info)
    return target


def _records(root) -> tuple[list[dict], int, int]:
    """Every live record's stored fields; how many bodies the stored records hold themselves,
    and how many records have a row."""
    ix = whoosh_index.open_dir(str(store.live_path(root)))
    with ix.reader() as reader:
        records, own, rows = [], 0, 0
        for leaf, _ in reader.leaf_readers():
            for docnum in leaf.all_doc_ids():
                records.append(leaf.stored_fields(docnum))
                own += f.BODY in W3PerDocReader.stored_fields(leaf._perdoc, docnum)
                rows += isinstance(leaf._perdoc, RowReader) and bool(leaf._perdoc.row(docnum))
    ix.close()
    return sorted(records, key=lambda r: (r[f.KIND], r[f.ID])), own, rows


def test_stored_records_read_the_same_with_rows_and_after_merges(rows_index, tmp_path):
    records, own, rows = _records(rows_index)
    releases = [r for r in records if r[f.KIND] == f.RELEASE_KIND]
    assert len(releases) == 65 and len(records) > 65  # the quotes are records of their own
    assert own == 0 and rows == 65  # every body is in its row, none in the stored record
    assert all(r[f.BODY] for r in releases)
    merged = _records(_merged_copy(rows_index, tmp_path / "merged", rows=True))
    assert merged == (records, 0, 65)
    plain = _records(_merged_copy(rows_index, tmp_path / "plain", rows=False))
    assert plain == (records, 65, 0)


def test_read_rows_gives_the_rows_of_releases_with_or_without_rows(rows_index, tmp_path):
    plain = _merged_copy(rows_index, tmp_path / "plain", rows=False)
    found = {}
    for root in (rows_index, plain):
        ix = whoosh_index.open_dir(str(store.live_path(root)))
        with ix.searcher() as searcher:
            docs = list(searcher.document_numbers(kind=f.RELEASE_KIND))
            found[root] = {
                searcher.stored_fields(d)[f.ID]: _expected(row)
                for d, row in read_rows(searcher, docs).items()
            }
        ix.close()
    assert len(found[plain]) == 65 and found[rows_index] == found[plain]


ROUTES = [
    "/export.csv?q=Radweg", "/export.json?q=Radweg~2", "/export.csv?q=", "/export.json?q=Stadt",
    "/?q=Radweg", "/api/search?q=NICHT+Radweg&limit=100", "/feed.atom?q=Radweg",
    "/dokument/r3", "/api/documents/r5", "/zitate.csv?q=Radweg",
]  # fmt: skip


def test_pages_and_exports_are_the_same_with_or_without_rows(rows_index, tmp_path):
    plain = _merged_copy(rows_index, tmp_path / "plain", rows=False)
    merged = _merged_copy(rows_index, tmp_path / "merged", rows=True)
    answers = []
    for root in (merged, plain):
        app = create_app({"TESTING": True, "INDEX_DIR": str(root)})
        try:
            client = app.test_client()
            answers.append([(r.status_code, r.get_data()) for r in map(client.get, ROUTES)])
        finally:
            app.extensions[ENGINE].close()
    assert all(status == 200 for status, _ in answers[0])
    assert answers[0] == answers[1]


def test_rows_of_a_closed_reader_are_not_read(rows_index):
    """A row is read by its file's descriptor: once Whoosh closed the file, that number may be
    another file's, so the read is refused as Whoosh's own would be."""
    ix = whoosh_index.open_dir(str(store.live_path(rows_index)))
    reader = ix.reader()
    leaf, _ = reader.leaf_readers()[0]
    docnum = next(d for d in leaf.all_doc_ids() if leaf.stored_fields(d)[f.KIND] == f.RELEASE_KIND)
    assert leaf._perdoc.row(docnum)[f.BODY]
    reader.close()
    with pytest.raises(ValueError):
        leaf._perdoc.row(docnum)
    ix.close()
