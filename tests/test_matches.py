"""The array evaluation of queries finds exactly the documents Whoosh's matchers find, with
the postings read from the segments' doc lists and from Whoosh's blocks alike."""

from __future__ import annotations

import random
import shutil
from collections import Counter

import numpy as np
import pytest
from whoosh import query as q

from indexer.build.indexing import index_corpus
from indexer.engine import doclists, matches, store
from indexer.engine import schema as f
from indexer.engine.matches import match, term_docs
from indexer.search.query import Filters, parse_query
from indexer.search.searcher import RELEASES, restrict
from tests.conftest import copy_seeds

QUERIES = [
    "Migrantinnen",
    "Kaykin",
    "Integration Düsseldorf",
    "Integration OR Ministerium",
    "Integration NOT Düsseldorf",
    "Integration ANDNOT Köln",
    "Integration ANDMAYBE Köln",
    "Integration REQUIRE Land",
    '"interkulturelle Öffnung"',
    '"Öffnung interkulturelle"',
    '"ganz und gar nicht vorhanden"',
    "Migrant*",
    "Kaykn~",
    "titel:Integration",
    "kontakt:Pressekontakt",
    "person:Kaykin",
    "jahr:2019 OR jahr:2020",
    "datum:[20190101 TO 20201231]",
    "gibtesnicht",
    "der die das",
    "",
]


@pytest.fixture(scope="module", params=[doclists.MIN_POSTINGS, 1], ids=["blocks", "doclists"])
def changed_index(request, tmp_path_factory):
    """The seed index after an update: several segments and deleted documents. Its terms are
    too rare for doc lists at the usual threshold (read from Whoosh's blocks); with a threshold
    of 1 every term has one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(doclists, "MIN_POSTINGS", request.param)
        return _changed_index(tmp_path_factory.mktemp("matches"))


def _changed_index(base):
    corpus = copy_seeds(base / "corpus")
    root = base / "index"
    index_corpus(corpus, root)
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nEin neuer Satz zur Integration.\n")
    shutil.copy(sorted(corpus.glob("*.txt"))[1], corpus / "005_copy_changed.txt")
    (corpus / "005_copy_changed.txt").write_text(
        "Neue Mitteilung\n\nDüsseldorf, 3. März 2021 – Die interkulturelle Öffnung geht weiter.\n",
        encoding="utf-8",
    )
    index_corpus(corpus, root)
    return root


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("kind", ["release", "quote", "any"])
def test_match_equals_whoosh(changed_index, text, kind):
    searcher = store.open_live(changed_index).searcher()
    try:
        assert len(searcher.leaf_searchers()) > 1, "the update should add a segment"
        assert searcher.reader().has_deletions(), "the update should delete documents"
        parsed = parse_query(text, searcher.schema)
        fields = (f.QUOTE,) if kind == "quote" else f.TEXT_FIELDS
        parsed = parse_query(text, searcher.schema, fields)
        query = parsed.query
        if kind == "release":
            query = restrict(parsed, RELEASES, Filters().query(searcher.reader()))
        elif kind == "quote":
            query = restrict(parsed, q.Term(f.KIND, f.QUOTE_KIND), None)
        expected = set(searcher.docs_for_query(query))
        assert match(searcher, query).docs == expected
    finally:
        searcher.close()


def test_some_queries_match_something_and_some_nothing(changed_index):
    """The table above is not vacuous: it has hits, misses and a phrase that must be checked."""
    searcher = store.open_live(changed_index).searcher()
    try:
        sizes = {
            text: len(match(searcher, parse_query(text, searcher.schema).query).docs)
            for text in QUERIES
        }
        assert sizes["Kaykin"] > 0 and sizes["gibtesnicht"] == 0
        both = parse_query("Öffnung interkulturelle", searcher.schema).query
        assert sizes['"Öffnung interkulturelle"'] < len(match(searcher, both).docs)
    finally:
        searcher.close()


def test_term_sets_record_where_each_word_is(changed_index):
    searcher = store.open_live(changed_index).searcher()
    try:
        query = parse_query("Kaykin OR Düsseldorf", searcher.schema).query
        found = match(searcher, query)
        for (fieldname, btext), (ids, weights) in found.terms.items():
            expected = set(searcher.docs_for_query(q.Term(fieldname, btext)))
            assert set(ids.tolist()) == expected and len(ids) == len(expected) == len(weights)
            assert set(ids.tolist()) <= found.docs
            assert list(ids) == sorted(ids)
        assert found.terms
    finally:
        searcher.close()


def test_term_docs_reads_long_posting_lists_block_by_block(tmp_path):
    """A term in more documents than one posting block (and not inline) is read whole."""
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage

    schema = fields.Schema(body=fields.TEXT())
    ix = FileStorage(str(tmp_path)).create_index(schema)
    with ix.writer() as writer:
        for n in range(1000):
            writer.add_document(body=f"alle {'gerade' if n % 2 == 0 else 'ungerade'}")
    with ix.writer() as writer:
        writer.delete_by_query(q.Term("body", "gerade"))  # deletes 500
        writer.add_document(body="alle neu")
    with ix.searcher() as searcher:
        total = 0
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            docs = term_docs(reader, "body", b"alle").tolist()
            assert docs == sorted(sub.docs_for_query(q.Term("body", "alle")))
            total += len(docs)
        assert total == 501
        assert match(searcher, q.Term("body", "alle")).docs == set(
            searcher.docs_for_query(q.Term("body", "alle"))
        )


@pytest.mark.parametrize("fieldname", [f.PERSONS, f.ORGANISATIONS, f.YEAR, f.SPEAKER])
def test_facet_counts_agree_with_a_plain_count(changed_index, fieldname):
    """The counts over any set of documents equal those counted from the values per document."""
    from indexer.search.searcher import Engine

    engine = Engine(changed_index)
    try:
        column = engine.facet_column(fieldname)
        size = engine.searcher().doc_count_all()
        assert column.docs, f"{fieldname} has values in the seed index"
        pick = random.Random(7)
        for share in (0.0, 0.1, 0.5, 0.9, 1.0):
            mask = np.array([pick.random() < share for _ in range(size)], bool)
            expected = Counter(
                v for d in np.flatnonzero(mask).tolist() for v in column.docs.get(d, ())
            )
            assert column.count(mask) == expected
        assert column.count(np.ones(size, bool)), "all documents: some values counted"
    finally:
        engine.close()


@pytest.mark.parametrize(
    "text", ["Kaykin", "Integration Düsseldorf", "Integration OR Ministerium", "Migrant*"]
)
def test_scores_are_whooshs_bm25f(changed_index, text):
    """The block-wise scores equal Whoosh's own for term queries (boosts of the fields included)."""
    from indexer.engine.ranking import field_norms, scores, top

    searcher = store.open_live(changed_index).searcher()
    try:
        query = parse_query(text, searcher.schema).query
        found = match(searcher, query, set(f.TEXT_FIELDS))
        ours = scores(searcher, found, lambda name: field_norms(searcher, name))
        whoosh = {d: s for s, d in searcher.search(query, limit=None).top_n}
        assert whoosh and set(np.flatnonzero(ours).tolist()) == set(whoosh)
        for docnum, score in whoosh.items():
            assert ours[docnum] == pytest.approx(score, rel=1e-6)
        ranked = top(found, ours, 3)
        assert [s for s, _ in ranked] == pytest.approx(sorted(whoosh.values(), reverse=True)[:3])
    finally:
        searcher.close()


def test_postings_cache_answers_like_a_fresh_read_and_stays_bounded(changed_index, request):
    from indexer.engine.matches import PostingsCache

    searcher = store.open_live(changed_index).searcher()
    try:
        cache = PostingsCache(limit=40)
        texts = ["Integration", '"interkulturelle Öffnung"', "Kaykin OR Düsseldorf", "Migrant*"]
        for text in texts * 2:  # the second pass is answered from the cache where it can
            query = parse_query(text, searcher.schema).query
            fresh = match(searcher, query, set(f.TEXT_FIELDS))
            cached = match(searcher, query, set(f.TEXT_FIELDS), cache)
            assert cached.docs == fresh.docs and cached.terms.keys() == fresh.terms.keys()
            for term, (ids, weights) in fresh.terms.items():
                assert np.array_equal(cached.terms[term][0], ids)
                assert np.array_equal(cached.terms[term][1], weights)
            assert cache.size <= 40
        assert sum(len(ids) for ids, _ in cache._items.values()) == cache.size
        every_term_listed = request.node.callspec.params["changed_index"] == 1
        assert (cache.size == 0) == every_term_listed  # doc lists are read in place, not kept
    finally:
        searcher.close()


def test_engine_drops_its_cache_when_the_index_changes(tmp_path):
    """Cached postings of the old state would still find a deleted release."""
    from indexer.search.searcher import Engine, search

    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    try:
        before = search(engine, "Kaykin", limit=100)
        assert engine.postings.size > 0
        gone = before.hits[0].path
        (corpus / gone).unlink()
        index_corpus(corpus, root)
        after = search(engine, "Kaykin", limit=100)
        assert after.total == before.total - 1
        assert gone not in {hit.path for hit in after.hits}
    finally:
        engine.close()


def test_top_takes_the_best_scores_ties_to_the_lower_number():
    from indexer.engine.matches import MatchSet
    from indexer.engine.ranking import top

    scored = np.zeros(12)
    scored[[7, 3, 5, 9, 1, 11]] = [1.0, 2.0, 2.0, 0.5, 2.0, 9.0]  # 11 scored but not a match
    mask = np.zeros(12, bool)
    mask[[7, 3, 5, 9, 1, 2, 4]] = True
    found = MatchSet(mask)
    assert top(found, scored, 2) == [(2.0, 1), (2.0, 3)]
    assert top(found, scored, 4) == [(2.0, 1), (2.0, 3), (2.0, 5), (1.0, 7)]
    assert top(found, scored, 7)[-2:] == [(0.0, 2), (0.0, 4)]
    assert len(top(found, scored, 100)) == 7
    assert top(MatchSet(np.zeros(5, bool)), np.zeros(5), 3) == []


def test_newest_takes_the_latest_in_the_date_ranking():
    from indexer.engine.matches import MatchSet
    from indexer.engine.ranking import newest

    rank = np.array([5, 0, 9, 3, 7, 1, 8])
    mask = np.array([1, 1, 0, 1, 1, 1, 0], bool)
    assert newest(MatchSet(mask), rank, 3) == [4, 0, 3]
    assert newest(MatchSet(mask), rank, 10) == [4, 0, 3, 5, 1]


def test_warming_reads_the_tables_searches_need(changed_index, tmp_path):
    from indexer.search.searcher import Engine

    engine = Engine(changed_index)
    try:
        assert engine.warm()
        kept = engine.cached_keys()
        assert ("date_rank",) in kept and ("norms", f.BODY) in kept
        assert ("facet", f.PERSONS) in kept and ("facet", f.SPEAKER) in kept
    finally:
        engine.close()
    assert Engine(tmp_path / "no-index").warm() is False


BUDGET_QUERIES = [
    *QUERIES,
    '"interkulturelle Öffnung"~3',  # a phrase with slop: Whoosh's span matcher, one by one
    'Integration NOT "interkulturelle Öffnung"',
    "NOT Migrant* OR Kaykin",
    "Integration NOT (Düsseldorf NOT Kaykin)",
]


@pytest.mark.parametrize("text", BUDGET_QUERIES)
@pytest.mark.parametrize("restricted", [False, True], ids=["query", "releases"])
def test_a_search_stopped_at_its_deadline_answers_only_true_matches(
    changed_index, text, restricted, monkeypatch
):
    """Stopped after any number of looks at the clock (a counting clock, no timing), the
    matches are a part of the full answer: what was not checked never lets a document through,
    not even under a negation; and the answer says when it is partial."""
    monkeypatch.setattr(matches, "CHECK_EVERY", 1)  # the document loops look at every step
    readings = 0

    def clock() -> float:
        nonlocal readings
        readings += 1
        return float(readings)

    monkeypatch.setattr(matches, "_now", clock)
    searcher = store.open_live(changed_index).searcher()
    try:
        parsed = parse_query(text, searcher.schema)
        # the record kind comes last: unrestricted, a negation is the last part evaluated
        query = restrict(parsed, RELEASES, None) if restricted else parsed.query
        full = match(searcher, query, deadline=float("inf"))
        assert not full.partial
        looks = readings
        readings = 0
        seen_partial = 0
        for cut in range(looks + 1):
            readings = 0
            found = match(searcher, query, deadline=float(cut))
            assert found.docs <= full.docs, cut
            assert found.partial == (cut < looks), cut
            seen_partial += found.partial
            if not found.partial:
                assert found.docs == full.docs
        assert seen_partial == looks  # every cut before the end stopped the work
        readings = 0
        assert match(searcher, query, deadline=0.0).docs == set()
    finally:
        searcher.close()
