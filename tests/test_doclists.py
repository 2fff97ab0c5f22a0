"""The doc lists written beside each segment hold exactly Whoosh's postings, live and die with
their segment, and a segment without them is still searched the same."""

from __future__ import annotations

import pytest
from whoosh.codec.whoosh3 import W3Codec

from indexer.build.indexing import index_corpus
from indexer.engine import doclists, store
from indexer.engine.matches import _read_blocks, match
from indexer.engine.rows import RowCodec
from indexer.search.query import parse_query
from tests.conftest import copy_seeds


def _segment_files(root, ext: str) -> set[str]:
    folder = store.live_path(root)
    return {p.name.split(".", 1)[0] for p in folder.iterdir() if p.name.endswith(ext)}


@pytest.fixture
def low_threshold(monkeypatch):
    monkeypatch.setattr(doclists, "MIN_POSTINGS", 3)


def test_doc_lists_hold_whooshs_postings_of_the_common_terms(tmp_path, low_threshold):
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    with store.open_live(root).reader() as reader:
        listed, unlisted = _compare(reader)
    assert listed > 100 and unlisted > 100


def _compare(reader) -> tuple[int, int]:
    listed = unlisted = positional = 0
    for leaf, _offset in reader.leaf_readers():
        lists = doclists.open_lists(leaf)
        assert lists is not None
        for (fieldname, btext), info in leaf._terms.items():
            ids, weights = _read_blocks(leaf, fieldname, btext)
            key = None if info.is_inlined() else info.extent()[0]  # single postings: inline
            got = None if key is None else lists.get(key)
            if info.doc_frequency() >= 3:
                assert got is not None, (fieldname, btext)
                assert got[0].tolist() == ids.tolist()
                assert got[1].tolist() == weights.tolist()
                listed += 1
                positional += _same_positions(leaf, fieldname, btext, lists.positions(key))
            else:
                assert got is None
                unlisted += 1
    assert positional > 100
    return listed, unlisted


def _same_positions(leaf, fieldname: str, btext: bytes, listed) -> bool:
    """The positions listed for a term are those Whoosh decodes from each posting, in fields
    that keep positions (body with characters, title without); other fields list none."""
    fmt = leaf.schema[fieldname].format
    if not fmt.supports("positions"):
        assert listed is None
        return False
    ends, positions = listed
    matcher = leaf.postings(fieldname, btext)
    n = 0
    while matcher.is_active():
        assert positions[ends[n] : ends[n + 1]].tolist() == fmt.decode_positions(matcher.value())
        n += 1
        matcher.next()
    assert n == len(ends) - 1
    return True


def test_doc_lists_go_with_their_segments(tmp_path, low_threshold):
    """Whoosh deletes a merged segment's files, its doc lists among them; each segment that
    remains has its own, and the table of contents names Whoosh's codec (with the releases'
    rows read back, ``rows.RowCodec``), not the doc lists' writing one."""
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    for n in range(12):  # enough small updates for Whoosh's merge policy to merge segments
        (corpus / f"extra_{n}.txt").write_text(
            f"Mitteilung {n}\n\nDüsseldorf, 3. März 2021 – Integration Nummer {n}.\n",
            encoding="utf-8",
        )
        index_corpus(corpus, root)
    ix = store.open_live(root)
    segments = {s.segment_id() for s in ix._segments()}
    assert _segment_files(root, ".dls") == segments == _segment_files(root, ".pst")
    assert all(type(s.codec()) is RowCodec for s in ix._segments())
    assert all(s.codec()._inlinelimit == W3Codec()._inlinelimit for s in ix._segments())


@pytest.mark.parametrize("positions", [True, False], ids=["with-positions", "too-many"])
def test_a_segment_without_doc_lists_answers_the_same(
    tmp_path, low_threshold, positions, monkeypatch
):
    """With the doc lists (their positions left out when there are too many), and without."""
    if not positions:
        monkeypatch.setattr(doclists, "MAX_POSITIONS", 1000)
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    texts = ["Integration", '"interkulturelle Öffnung"', "Migrant*", "Integration NOT Köln"]

    def answers():
        searcher = store.open_live(root).searcher()
        try:
            found = [match(searcher, parse_query(t, searcher.schema).query) for t in texts]
            return [(m.docs, {k: v[0].tolist() for k, v in m.terms.items()}) for m in found]
        finally:
            searcher.close()

    before = answers()
    with store.open_live(root).reader() as reader:
        for leaf, _ in reader.leaf_readers():
            assert (len(doclists.open_lists(leaf).pkeys) > 0) == positions
    for path in store.live_path(root).glob("*.dls"):
        path.unlink()
    assert answers() == before
    assert all(docs for docs, _ in before[:3])


def test_a_damaged_doc_list_file_is_not_used(tmp_path, low_threshold):
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    for path in store.live_path(root).glob("*.dls"):
        path.write_bytes(b"not a doc list")
    with store.open_live(root).reader() as reader:
        assert all(doclists.open_lists(leaf) is None for leaf, _ in reader.leaf_readers())


def test_phrases_are_checked_from_the_listed_positions(tmp_path, monkeypatch):
    """With every term listed, a phrase never decodes Whoosh's posting values; the phrase in
    the wrong order is rejected by the positions alone."""
    from indexer.engine import matches

    monkeypatch.setattr(doclists, "MIN_POSTINGS", 1)
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)

    def unpickled(*args):
        raise AssertionError("posting values decoded")

    monkeypatch.setattr(matches, "read_values", unpickled)
    with store.open_live(root).searcher() as searcher:
        right = parse_query('"interkulturelle Öffnung"', searcher.schema).query
        wrong = parse_query('"Öffnung interkulturelle"', searcher.schema).query
        words = parse_query("interkulturelle Öffnung", searcher.schema).query
        assert match(searcher, right).docs == set(searcher.docs_for_query(right))
        assert match(searcher, right).docs and not match(searcher, wrong).docs
        assert match(searcher, words).docs >= match(searcher, right).docs  # both words there
