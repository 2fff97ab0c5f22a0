"""The segment writer that keeps postings by term writes the same segments as Whoosh's own."""

from __future__ import annotations

import random
import tracemalloc
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pytest
from conftest import copy_seeds
from whoosh import index as whoosh_index
from whoosh.writing import PostingPool, SegmentWriter

from indexer.build.pipeline import prepare_files
from indexer.build.release import to_records
from indexer.engine import doclists
from indexer.engine import writer as writer_module
from indexer.engine.schema import build_schema
from indexer.engine.writer import Writer
from indexer.text.corpus import scan


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    corpus = copy_seeds(tmp_path_factory.mktemp("corpus"))
    files, _ = scan(corpus)
    found = [r for item in prepare_files(files, 10**7) for r in item.releases]
    assert len(found) == 5
    return found


def _build(
    releases, folder: Path, make_writer, limitmb=128, copies=1, extra=None
) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = make_writer(ix, compound=False, limitmb=limitmb)
    for _ in range(copies):
        for release in releases:
            for record in to_records(release, "digest"):
                writer.add_document(**record, **(extra or {}))
    writer.commit()
    ix.close()
    # segment names are random: compare the files by what follows the name
    return {
        path.name.split(".", 1)[1]: path.read_bytes()
        for path in folder.iterdir()
        if path.name.startswith("MAIN_") and "." in path.name
    }


def _whooshs_blocks(ix, **kwargs):
    """Our writer with every block compressed and none inline, and the stored records without
    rows (``engine.rows``, tests/test_rows.py), as Whoosh does."""
    codec = doclists.Codec(plain_below=0, inlinelimit=1, rows=False)
    return Writer(ix, codec=codec, **kwargs)


@pytest.mark.parametrize("copies", [1, 30], ids=["one-block", "several-blocks"])
@pytest.mark.parametrize("limitmb", [128, 0.05], ids=["in-memory", "sorted-runs"])
def test_writer_writes_the_same_segment_files_as_whoosh(
    tmp_path, releases, limitmb, copies, monkeypatch
):
    """Also when the pool goes to run files (50 KB: several runs, merged by term) and when terms
    have more postings than a block holds (30 copies of the seeds: 150 releases)."""
    monkeypatch.setattr(writer_module, "RUN_CHUNK", 50)
    monkeypatch.setattr(writer_module, "CHECK", 20)
    runs = []
    spill = writer_module._TermPool._spill
    monkeypatch.setattr(
        writer_module._TermPool, "_spill", lambda pool: (runs.append(1), spill(pool))
    )
    ours = _build(releases, tmp_path / "ours", _whooshs_blocks, limitmb, copies)
    assert (len(runs) > 5) == (limitmb < 1)
    with whoosh_index.open_dir(str(tmp_path / "ours")).reader() as reader:
        most = max(reader.doc_frequency("body", t) for t in reader.lexicon("body"))
    assert (most > 128) == (copies > 1)  # a term of the body over more than one block
    stock = _build(releases, tmp_path / "stock", SegmentWriter, limitmb, copies)
    assert ours.pop("dls")  # the doc lists, written beside Whoosh's files
    assert ours.keys() == stock.keys()
    assert any(name.endswith("pst") for name in ours)  # the postings, with their length stats
    assert ours == stock


@pytest.mark.parametrize(
    "extra", [{"_boost": 2.0}, {"_body_boost": 0.5}, {}], ids=["document", "field", "none"]
)
def test_writer_adds_boosted_documents_as_whoosh(tmp_path, releases, extra):
    """A record with boosts goes Whoosh's way (a field's postings are otherwise added at once)."""
    ours = _build(releases, tmp_path / "ours", _whooshs_blocks, extra=extra)
    stock = _build(releases, tmp_path / "stock", SegmentWriter, extra=extra)
    ours.pop("dls")
    assert ours == stock
    plain = _build(releases, tmp_path / "plain", SegmentWriter)
    assert (stock == plain) == (not extra)  # the boosts took effect


def test_term_pool_adds_a_field_at_once_as_one_by_one(tmp_path):
    """``add_field`` gives the pool what ``add`` gives it posting by posting, and the length."""
    items = _pool_items(4)
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    storage = ix.storage.temp_storage("pool.tmp")
    one, many = (writer_module._TermPool(storage, 10**9) for _ in range(2))
    for item in items:
        one.add(item)
    for (fieldname, docnum), group in groupby(items, key=itemgetter(0, 2)):
        postings = [(term, 2, weight, value) for _, term, _, weight, value in group]
        assert many.add_field(fieldname, postings, docnum, True) == 2 * len(postings)
        assert many.add_field(fieldname, [], docnum, True) == 0
    assert many.add_field("body", [(b"x", 3, 1.0, b"")], 400, False) == 0  # no lengths
    one.add(("body", b"x", 400, 1.0, b""))
    assert list(many.iter_postings()) == list(one.iter_postings())
    storage.destroy()


def _postings(folder: Path) -> dict:
    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as reader:
        found = {}
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            found[fieldname, btext] = list(matcher.all_items())
            found[fieldname, btext, "info"] = (
                matcher.block_min_length(),
                matcher.block_max_length(),
                matcher.block_max_weight(),
            )
    ix.close()
    return found


@pytest.mark.parametrize("copies", [1, 30], ids=["one-block", "several-blocks"])
def test_small_blocks_are_written_plain_and_read_the_same(tmp_path, releases, copies):
    """A block whose pickle is short is left uncompressed, a term that occurs once is kept in
    its term-index entry: Whoosh reads the same postings and block statistics."""
    ours = _build(releases, tmp_path / "ours", Writer, copies=copies)
    stock = _build(releases, tmp_path / "stock", SegmentWriter, copies=copies)
    postings = next(name for name in ours if name.endswith("pst"))
    assert ours[postings] != stock[postings]  # some blocks are stored plain
    assert _postings(tmp_path / "ours") == _postings(tmp_path / "stock")
    inline = _inline_terms(tmp_path / "ours")
    assert not _inline_terms(tmp_path / "stock")
    if copies == 1:  # with and without values; 30 copies leave few single postings
        assert {field for field, _ in inline} >= {"body", "exact", "id"}


@pytest.mark.parametrize("limit", [2, 16, 200], ids=["singles", "up-to-15", "over-a-block"])
@pytest.mark.parametrize("copies", [1, 30], ids=["one-block", "several-blocks"])
@pytest.mark.parametrize("extra", [{}, {"_body_boost": 0.3}], ids=["", "fractional-weights"])
def test_inline_terms_written_at_once_are_the_bytes_of_the_slow_way(
    tmp_path, releases, copies, limit, extra, monkeypatch
):
    """``add_inline_term`` writes what ``start_term``, ``add_term`` and ``finish_term`` write."""

    def make(ix, **kwargs):
        return Writer(ix, codec=doclists.Codec(inlinelimit=limit), **kwargs)

    fast = _build(releases, tmp_path / "fast", make, copies=copies, extra=extra)
    assert bool(_inline_terms(tmp_path / "fast")) == (limit > copies)  # each term >= copies
    monkeypatch.setattr(doclists._FieldWriter, "add_inline_term", lambda *args: False)
    slow = _build(releases, tmp_path / "slow", make, copies=copies, extra=extra)
    assert fast == slow


def _inline_terms(folder: Path) -> set:
    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as reader:
        found = {term for term in reader.all_terms() if reader.term_info(*term).is_inlined()}
    ix.close()
    return found


def _pool_items(seed: int) -> list[tuple]:
    rng = random.Random(seed)
    words = [f"w{n}".encode() for n in range(40)]
    items = []
    for docnum in range(300):
        for fieldname in ("body", "title"):
            for word in rng.sample(words, 6):
                items.append(
                    (fieldname, word, docnum, float(rng.randint(1, 3)), bytes([docnum % 7]))
                )
    return items


@pytest.mark.parametrize("limit", [10**9, 2000], ids=["in-memory", "sorted-runs"])
def test_term_pool_yields_postings_as_whoosh_sorts_them(tmp_path, limit, monkeypatch):
    """Documents in order (as a writer adds them), and out of order (then sorted, as Whoosh
    sorts the whole posting)."""
    monkeypatch.setattr(writer_module, "CHECK", 10)
    spills = []
    spill = writer_module._TermPool._spill
    monkeypatch.setattr(
        writer_module._TermPool, "_spill", lambda pool: (spills.append(1), spill(pool))
    )
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    storage = ix.storage.temp_storage("pool.tmp")
    for items in (_pool_items(1), random.Random(2).sample(_pool_items(3), 3600)):
        pool = writer_module._TermPool(storage, limit)
        stock = PostingPool(storage, None)
        for item in items:
            pool.add(item)
            stock.add(item)
        assert list(pool.iter_postings()) == list(stock.iter_postings())
    assert (len(spills) > 4) == (limit < 10**9)
    assert not list(Path(storage.folder).glob("*.run"))  # the runs are removed once read
    storage.destroy()


@pytest.mark.parametrize("block", [1, 7, 1 << 16])
def test_term_pool_yields_in_blocks_as_at_once(tmp_path, block, monkeypatch):
    """Postings turned into lists a block at a time: every term whole, as Whoosh sorts them,
    whether a block ends inside a term's postings, between terms or never."""
    monkeypatch.setattr(writer_module, "BLOCK", block)
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    storage = ix.storage.temp_storage("pool.tmp")
    for items in (_pool_items(2), random.Random(3).sample(_pool_items(3), 3000)):
        pool = writer_module._TermPool(storage, 10**9)
        stock = PostingPool(storage, None)
        for item in items:
            pool.add(item)
            stock.add(item)
        assert list(pool.iter_postings()) == list(stock.iter_postings())
    storage.destroy()


def test_term_pool_writes_out_without_lists_of_every_posting(tmp_path, monkeypatch):
    """Writing out a full pool holds Python lists of one block of postings, not of all of them
    (those took ~110 bytes a posting beside the pool's own ~100)."""
    monkeypatch.setattr(writer_module, "BLOCK", 4096)
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    storage = ix.storage.temp_storage("pool.tmp")
    pool = writer_module._TermPool(storage, 10**9)
    count = 0
    for docnum in range(2000):
        postings = [(f"w{(docnum * 7 + k) % 5000}".encode(), 1, 1.0, b"") for k in range(100)]
        count += len(postings)
        pool.add_field("body", postings, docnum, False)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for _ in pool.iter_terms():
        pass
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    assert peak < 50 * count  # bytes a posting: numpy's sorted numbers and one block's lists
    storage.destroy()


def test_term_pool_checks_only_terms_whose_documents_fall(tmp_path, monkeypatch):
    """A term's first posting follows the last one of the term before; that is no fall in its
    documents: only a term whose own documents do not ascend is checked and sorted."""
    checked = []
    in_order = writer_module._in_order
    monkeypatch.setattr(writer_module, "_in_order", lambda p: (checked.append(p), in_order(p))[1])
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    storage = ix.storage.temp_storage("pool.tmp")
    items = _pool_items(2)  # documents added in order: no term falls
    for made in (items, [*items, ("body", b"zz", 5, 1.0, b"a"), ("body", b"zz", 1, 1.0, b"b")]):
        pool = writer_module._TermPool(storage, 10**9)
        stock = PostingPool(storage, None)
        for item in made:
            pool.add(item)
            stock.add(item)
        checked.clear()
        assert list(pool.iter_postings()) == list(stock.iter_postings())
        assert [ids for ids, _, _ in checked] == ([] if made is items else [[5, 1]])
    storage.destroy()


def _term_index_writes(releases, folder: Path, monkeypatch) -> tuple[int, int]:
    """Build a segment; return the writes to the term index by ``add_inline_term`` and the
    terms it wrote."""
    writes = []
    inline = []
    real_write = doclists._TellingFile.write
    real_inline = doclists._FieldWriter.add_inline_term

    def write(self, data) -> None:
        writes.append(self)
        real_write(self, data)

    def add_inline_term(self, *args):
        writes.clear()
        done = real_inline(self, *args)
        inline.append(sum(w is self._tindex.dbfile for w in writes) if done else 0)
        return done

    monkeypatch.setattr(doclists._TellingFile, "write", write)
    monkeypatch.setattr(doclists._FieldWriter, "add_inline_term", add_inline_term)
    _build(releases, folder, Writer)
    monkeypatch.undo()
    return sum(inline), sum(1 for n in inline if n)


def test_an_inline_term_goes_to_the_term_index_in_one_write(tmp_path, releases, monkeypatch):
    """Whoosh's hash writer writes a term's entry in three pieces; ours in one (the same bytes:
    ``test_inline_terms_written_at_once_are_the_bytes_of_the_slow_way``)."""
    writes, terms = _term_index_writes(releases, tmp_path / "ix", monkeypatch)
    assert terms > 1000
    assert writes == terms


@pytest.mark.parametrize("seed", range(3))
def test_term_index_entries_are_those_of_whooshs_hash_writer(tmp_path, seed):
    """``_add_entry`` leaves the file, hash buckets and key index as ``OrderedHashWriter.add``."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.filetables import OrderedHashWriter

    rng = random.Random(seed)
    keys = sorted(
        {bytes(rng.randrange(256) for _ in range(rng.randint(1, 30))) for _ in range(500)}
    )
    values = [bytes(rng.randrange(256) for _ in range(rng.randint(0, 60))) for _ in keys]
    storage = FileStorage(str(tmp_path))
    theirs = OrderedHashWriter(storage.create_file("theirs"))
    ours = OrderedHashWriter(doclists._TellingFile(storage.create_file("ours")))
    entry = doclists._FieldWriter._add_entry
    holder = type("Holder", (), {"_tindex": ours})()
    for key, value in zip(keys, values, strict=True):
        theirs.add(key, value)
        entry(holder, key, value)
    assert ours.buckets == theirs.buckets
    assert list(ours.index.array) == list(theirs.index.array)
    with pytest.raises(ValueError):
        entry(holder, keys[0], b"")  # keys must increase, as Whoosh's writer checks
    theirs.close()
    ours.close()
    assert (tmp_path / "ours").read_bytes() == (tmp_path / "theirs").read_bytes()
