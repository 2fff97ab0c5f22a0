"""The set evaluation of queries finds exactly the documents Whoosh's matchers find."""

from __future__ import annotations

import shutil

import pytest
from whoosh import query as q

from indexer import schema as f
from indexer import search as search_module
from indexer import store
from indexer.indexing import index_corpus
from indexer.matches import match, term_docs
from indexer.query import Filters, parse_query
from indexer.search import RELEASES, restrict
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


@pytest.fixture(scope="module")
def changed_index(tmp_path_factory):
    """The seed index after an update: several segments and deleted documents."""
    base = tmp_path_factory.mktemp("matches")
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
        for (fieldname, btext), docs in found.terms.items():
            expected = set(searcher.docs_for_query(q.Term(fieldname, btext)))
            assert set(docs) == expected
            assert set(docs) <= found.docs
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
            docs = term_docs(reader, "body", b"alle")
            assert docs == set(sub.docs_for_query(q.Term("body", "alle")))
            total += len(docs)
        assert total == 501
        assert match(searcher, q.Term("body", "alle")).docs == set(
            searcher.docs_for_query(q.Term("body", "alle"))
        )


@pytest.mark.parametrize("few", [0, 10_000], ids=["per-document", "per-value"])
@pytest.mark.parametrize("fieldname", [f.PERSONS, f.ORGANISATIONS, f.YEAR, f.SPEAKER])
def test_facet_counts_per_document_and_per_value_agree(changed_index, fieldname, few, monkeypatch):
    """Counted per value (few values), per document up to half the documents, else by the
    complement: all agree with the plain count."""
    monkeypatch.setattr(search_module, "FEW_VALUES", few)
    from collections import Counter

    from indexer.search import Engine

    engine = Engine(changed_index)
    try:
        column = engine.facet_column(fieldname)
        alldocs = sorted(column.docs)
        assert column.members, f"{fieldname} has values in the seed index"
        halves = set()
        for size in range(0, len(alldocs) + 1, max(1, len(alldocs) // 7)):
            docnums = set(alldocs[:size]) | {10**9}  # a number without values is ignored
            expected = Counter(v for d in docnums for v in column.docs.get(d, ()))
            assert column.count(docnums) == expected
            halves.add(len(docnums) * 2 > len(column.docs))
        assert halves == {True, False}
    finally:
        engine.close()


@pytest.mark.parametrize(
    "text", ["Kaykin", "Integration Düsseldorf", "Integration OR Ministerium", "Migrant*"]
)
def test_scores_are_whooshs_bm25f(changed_index, text):
    """The block-wise scores equal Whoosh's own for term queries (boosts of the fields included)."""
    from indexer.matches import field_norms, scores, top

    searcher = store.open_live(changed_index).searcher()
    try:
        query = parse_query(text, searcher.schema).query
        found = match(searcher, query, set(f.TEXT_FIELDS))
        ours = scores(searcher, found, lambda name: field_norms(searcher, name))
        whoosh = {d: s for s, d in searcher.search(query, limit=None).top_n}
        assert whoosh and set(ours) == set(whoosh)
        for docnum, score in whoosh.items():
            assert ours[docnum] == pytest.approx(score, rel=1e-6)
        ranked = top(found, ours, 3)
        assert [s for s, _ in ranked] == pytest.approx(sorted(whoosh.values(), reverse=True)[:3])
    finally:
        searcher.close()


def test_postings_cache_answers_like_a_fresh_read_and_stays_bounded(changed_index):
    from indexer.matches import PostingsCache

    searcher = store.open_live(changed_index).searcher()
    try:
        cache = PostingsCache(limit=40)
        texts = ["Integration", '"interkulturelle Öffnung"', "Kaykin OR Düsseldorf", "Migrant*"]
        for text in texts * 2:  # the second pass is answered from the cache where it can
            query = parse_query(text, searcher.schema).query
            fresh = match(searcher, query, set(f.TEXT_FIELDS))
            cached = match(searcher, query, set(f.TEXT_FIELDS), cache)
            assert cached.docs == fresh.docs and cached.terms == fresh.terms
            assert 0 < cache.size <= 40
        assert sum(len(w) + len(v) for w, v in cache._items.values()) == cache.size
    finally:
        searcher.close()


def test_engine_drops_its_cache_when_the_index_changes(tmp_path):
    """Cached postings of the old state would still find a deleted release."""
    from indexer.search import Engine, search

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
    from indexer.matches import MatchSet, top

    scored = {7: 1.0, 3: 2.0, 5: 2.0, 9: 0.5, 1: 2.0}
    found = MatchSet(set(scored) | {2, 4})
    assert top(found, scored, 2) == [(2.0, 1), (2.0, 3)]
    assert top(found, scored, 4) == [(2.0, 1), (2.0, 3), (2.0, 5), (1.0, 7)]
    assert top(found, scored, 7)[-2:] == [(0.0, 2), (0.0, 4)]
    assert top(MatchSet(set()), {}, 3) == []


def test_warming_reads_the_tables_searches_need(changed_index, tmp_path):
    from indexer.search import Engine

    engine = Engine(changed_index)
    try:
        assert engine.warm()
        assert engine._date_rank is not None and f.BODY in engine._norms
        assert f.PERSONS in engine._facets and f.SPEAKER in engine._facets
    finally:
        engine.close()
    assert Engine(tmp_path / "no-index").warm() is False
