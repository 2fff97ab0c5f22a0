"""The two baselines on the same documents and queries: stock Whoosh and tantivy-py.

Both index the raw release text (no repair, no boilerplate split, no entity extraction) with
the speaker from the corpus metadata as the person facet, and answer a query with what a result
page needs: the top 10, the total, snippets of the hits and the person and year facet counts.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from bench.queries import BenchQuery

FACET_SIZE = 20


def _fields(record: dict) -> dict:
    return {
        "id": record["id"],
        "title": record.get("title") or "",
        "body": record["text"],
        "person": record.get("speaker") or "",
        "year": record["date"][:4],
        "date": record["date"],
    }


# ---- stock Whoosh ------------------------------------------------------------------------


def stock_schema():
    """The schema a Whoosh user writes from the docs: ``LanguageAnalyzer("de")`` on the text."""
    from whoosh import analysis, fields

    german = analysis.LanguageAnalyzer("de")
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=german, stored=True),
        body=fields.TEXT(analyzer=german, stored=True),
        person=fields.ID(stored=True, sortable=True),
        year=fields.ID(stored=True, sortable=True),
        date=fields.ID(stored=True, sortable=True),
    )


def build_stock(records: Iterable[dict], root: Path) -> dict:
    """Index with one process and the default writer; return documents and seconds."""
    from whoosh import index

    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ix = index.create_in(str(root), stock_schema())
    writer = ix.writer()
    count = 0
    for record in records:
        writer.add_document(**_fields(record))
        count += 1
    writer.commit()
    seconds = time.perf_counter() - started
    return {"documents": ix.doc_count(), "added": count, "seconds": seconds}


class StockSearcher:
    """Answers benchmark queries on a stock Whoosh index, plain or as a full result page."""

    def __init__(self, root: Path) -> None:
        from whoosh import index, qparser

        self.ix = index.open_dir(str(root))
        self.searcher = self.ix.searcher()
        self.parser = qparser.MultifieldParser(
            ["title", "body"], self.ix.schema, group=qparser.AndGroup
        )

    def _query(self, bq: BenchQuery):
        from whoosh import query

        parsed = self.parser.parse(bq.text) if bq.text else query.Every()
        parts = []
        for name, values in (("person", bq.persons), ("year", bq.years)):
            if values:
                parts.append(query.Or([query.Term(name, v) for v in values]))
        return parsed, (query.And(parts) if parts else None)

    def run(self, bq: BenchQuery, page: bool) -> dict:
        """Search; with ``page`` also highlight the hits and count the facets."""
        from whoosh import sorting

        parsed, restrict = self._query(bq)
        kwargs: dict = {"limit": 10, "filter": restrict}
        if not bq.text:
            kwargs.update(sortedby="date", reverse=True)
        if page:
            kwargs["groupedby"] = {
                "person": sorting.FieldFacet("person", maptype=sorting.Count),
                "year": sorting.FieldFacet("year", maptype=sorting.Count),
            }
            kwargs["terms"] = True
        results = self.searcher.search(parsed, **kwargs)
        top = results[:10]  # with groupedby, iterating the results yields every match
        ids = [hit["id"] for hit in top]
        if page:
            for hit in top:
                hit.highlights("body", top=2)
            for name in ("person", "year"):
                counts = results.groups(name)
                sorted(counts.items(), key=lambda kv: -kv[1])[:FACET_SIZE]
        return {"total": len(results), "ids": ids}

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


# ---- tantivy -----------------------------------------------------------------------------


def tantivy_analyzer():
    """tantivy's German stemming chain: simple tokenizer, long-token filter, lowercase, stemmer."""
    import tantivy

    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("german"))
        .build()
    )


def tantivy_schema():
    """Stemmed, stored title and body; raw fast fields for the facets and the date sort."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="de_stem")
    builder.add_text_field("body", stored=True, tokenizer_name="de_stem")
    for name in ("person", "year", "date"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw", fast=True)
    return builder.build()


def _open_tantivy(root: Path, create: bool):
    import tantivy

    ix = (
        tantivy.Index(tantivy_schema(), path=str(root)) if create else tantivy.Index.open(str(root))
    )
    ix.register_tokenizer("de_stem", tantivy_analyzer())
    return ix


def build_tantivy(records: Iterable[dict], root: Path) -> dict:
    """Index with tantivy's default writer (its own threads); return documents and seconds."""
    import tantivy

    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ix = _open_tantivy(root, create=True)
    writer = ix.writer()
    count = 0
    for record in records:
        writer.add_document(tantivy.Document(**_fields(record)))
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - started
    ix.reload()
    return {"documents": ix.searcher().num_docs, "added": count, "seconds": seconds}


class TantivySearcher:
    """Answers benchmark queries on a tantivy index, plain or as a full result page."""

    def __init__(self, root: Path) -> None:
        self.ix = _open_tantivy(root, create=False)
        self.schema = self.ix.schema
        self.searcher = self.ix.searcher()

    def _query(self, bq: BenchQuery):
        import tantivy

        if bq.text:
            query = self.ix.parse_query(bq.text, ["title", "body"], conjunction_by_default=True)
        else:
            query = tantivy.Query.all_query()
        clauses = [(tantivy.Occur.Must, query)]
        for name, values in (("person", bq.persons), ("year", bq.years)):
            if values:
                terms = [
                    (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, name, v))
                    for v in values
                ]
                clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(terms)))
        return tantivy.Query.boolean_query(clauses) if len(clauses) > 1 else query

    def run(self, bq: BenchQuery, page: bool) -> dict:
        """Search; with ``page`` also make snippets of the hits and count the facets."""
        import tantivy

        query = self._query(bq)
        if bq.text:
            result = self.searcher.search(query, 10)
        else:
            result = self.searcher.search(query, 10, order_by_field="date")
        docs = [self.searcher.doc(addr) for _score, addr in result.hits]
        if page:
            if bq.text:
                snippets = tantivy.SnippetGenerator.create(
                    self.searcher, query, self.schema, "body"
                )
                for doc in docs:
                    snippets.snippet_from_doc(doc).to_html()
            aggs = {
                name: {"terms": {"field": name, "size": FACET_SIZE}} for name in ("person", "year")
            }
            self.searcher.aggregate(query, aggs)
        return {"total": result.count, "ids": [doc["id"][0] for doc in docs]}

    def close(self) -> None:
        pass
