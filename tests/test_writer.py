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
from indexer.engine import doclists, terms
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
    """``add_terms`` writes, a chunk of terms at once, what Whoosh's term by term and posting by
    posting path (``start_term``, ``add``, ``finish_term``) writes."""

    def make(ix, **kwargs):
        return Writer(ix, codec=doclists.Codec(inlinelimit=limit), **kwargs)

    fast = _build(releases, tmp_path / "fast", make, copies=copies, extra=extra)
    assert bool(_inline_terms(tmp_path / "fast")) == (limit > copies)  # each term >= copies
    monkeypatch.setattr(doclists._FieldWriter, "add_terms", None)
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


def test_the_inline_terms_of_a_chunk_go_to_the_term_index_in_one_write(
    tmp_path, releases, monkeypatch
):
    """Whoosh's hash writer writes a term's entry in three pieces; ours writes the entries of
    a chunk's terms in one (the same bytes:
    ``test_inline_terms_written_at_once_are_the_bytes_of_the_slow_way``)."""
    writes, chunks = [], []
    real_write, real_add = doclists._TellingFile.write, doclists._FieldWriter.add_terms

    def write(self, data) -> None:
        writes.append(self)
        real_write(self, data)

    def add_terms(self, btexts, ends, *args):
        writes.clear()
        real_add(self, btexts, ends, *args)
        counts = [b - a for a, b in zip([0, *ends], ends, strict=False)]
        written = sum(w is self._tindex.dbfile for w in writes)
        chunks.append((written, len(counts), sum(n < doclists.INLINE_BELOW for n in counts)))

    monkeypatch.setattr(doclists._TellingFile, "write", write)
    monkeypatch.setattr(doclists._FieldWriter, "add_terms", add_terms)
    _build(releases, tmp_path / "ix", Writer)
    monkeypatch.undo()
    assert sum(inline for *_, inline in chunks) > 1000
    only_inline = [written for written, terms, inline in chunks if terms == inline]
    assert only_inline and all(written == 1 for written in only_inline)


@pytest.mark.parametrize("seed", range(3))
def test_hash_tables_are_those_of_whooshs_hash_writer(tmp_path, seed):
    """``terms.HashTables`` packs its hash tables a table at a time: the file is Whoosh's,
    byte for byte, collisions (neighbouring slots) and empty buckets included."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.filetables import OrderedHashWriter

    rng = random.Random(seed)
    count = rng.choice([0, 3, 2000])
    keys = sorted(
        {bytes(rng.randrange(256) for _ in range(rng.randint(1, 30))) for _ in range(count)}
    )
    storage = FileStorage(str(tmp_path))
    theirs = OrderedHashWriter(storage.create_file("theirs"))
    ours = terms.HashTables(doclists._TellingFile(storage.create_file("ours")))
    for key in keys:
        value = bytes(rng.randrange(256) for _ in range(rng.randint(0, 60)))
        theirs.add(key, value)
        ours.add(key, value)
    assert max(map(len, theirs.buckets)) > 5 or count < 2000
    theirs.close()
    ours.close()
    assert (tmp_path / "ours").read_bytes() == (tmp_path / "theirs").read_bytes()


def test_term_index_keys_must_increase(tmp_path, releases):
    """As Whoosh's writer checks: a chunk whose terms are not in order is refused."""
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = Writer(ix)
    fieldwriter = writer.fieldwriter
    fieldwriter.start_field("body", ix.schema["body"])
    with pytest.raises(ValueError, match="Keys must increase"):
        fieldwriter.add_terms([b"b", b"a"], [1, 2], [0, 1], [1.0, 1.0], [None, None], [0, 0])
    writer.cancel()
    ix.close()


@pytest.mark.parametrize("seed", range(3))
def test_a_single_posting_is_pickled_as_the_pickler_does(seed):
    """``terms.single`` joins the opcodes ``pickle.dumps`` writes for a single posting's
    document, weight and value (none, or bytes: any byte, any document number)."""
    from pickle import dumps

    rng = random.Random(seed)
    for _ in range(3000):
        docnum = rng.choice([0, 255, 256, 65535, 65536, 2**31 - 1, 2**31, rng.randrange(10**6)])
        weight = rng.choice([1.0, 0.5, 3.0, 1e300, rng.random()])
        value = rng.choice(
            [None, b"\x00\x01", b"x", bytes(rng.randrange(256) for _ in range(rng.randint(2, 60)))]
        )
        assert terms.single(docnum, weight, value) == dumps(((docnum,), (weight,), (value,)), 2)
