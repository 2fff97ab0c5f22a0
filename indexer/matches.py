"""Which documents a query matches, computed with set operations on whole posting blocks.

Whoosh finds the matching documents by walking its matcher tree one document at a time, in
Python: a common word at 100,000 releases took it most of a second just to count the hits
for the total and the facets. Here each term's posting list is read a block (up to 128
documents) at a time into a Python set, and the query tree becomes set unions, intersections
and differences, which run in C. Phrases are first narrowed to the documents holding all their
words and only those are checked for positions: from the posting values read with them for
adjacent words, by Whoosh's span matcher for a phrase with slop.

The weights read with the documents are kept per query term: they rank the matches with
Whoosh's BM25F (``scores``, ``top``) and tell the few hits of a page which of the query's words
they contain, for highlighting.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from dataclasses import dataclass, field

from whoosh import query as q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length, length_to_byte

Term = tuple[str, bytes]


@dataclass
class MatchSet:
    """The documents a query matches and, per query term, the documents that hold it."""

    docs: set[int]
    terms: dict[Term, dict[int, float]] = field(default_factory=dict)  # document → frequency
    boosts: dict[Term, float] = field(default_factory=dict)

    def matched_terms(self, docnum: int) -> list[Term]:
        """The query's terms found in one document."""
        return [term for term, docs in self.terms.items() if docnum in docs]


Block = tuple[list[int] | tuple[int, ...], list[float], list[bytes] | None]


def _read(reader, fieldname: str, text, values: bool = False) -> tuple[list[Block], frozenset]:
    """Return the (ids, weights, values) of a term's posting blocks in one segment, and the
    deleted documents to leave out."""
    try:
        matcher = reader.postings(fieldname, text)
    except TermNotFound:
        return [], frozenset()
    deleted: frozenset[int] = frozenset()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        matcher, deleted = matcher.child, matcher._ids
    blocks: list[Block] = []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():  # a block at a time: no per-document method calls
            matcher._read_ids()
            matcher._read_weights()
            if values:
                matcher._read_values()
            blocks.append((matcher._ids, matcher._weights, matcher._values if values else None))
            matcher._next_block()
        return blocks, deleted
    ids: list[int] = []  # short posting lists are kept inline in the term's entry
    weights: list[float] = []
    found: list[bytes] = []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if values:
            found.append(matcher.value())
        matcher.next()
    return [(ids, weights, found if values else None)], deleted


def term_docs(reader, fieldname: str, text) -> set[int]:
    """Document numbers of one term in one segment, deleted documents left out."""
    blocks, deleted = _read(reader, fieldname, text)
    docs: set[int] = set()
    for ids, _, _ in blocks:
        docs.update(ids)
    return docs - deleted if deleted else docs


def term_postings(
    reader, fieldname: str, text, values: bool = False
) -> tuple[dict[int, float], dict[int, bytes]]:
    """Document number → weight and, with ``values``, → encoded posting value (positions)."""
    blocks, deleted = _read(reader, fieldname, text, values)
    weights: dict[int, float] = {}
    found: dict[int, bytes] = {}
    for ids, ws, vs in blocks:
        weights.update(zip(ids, ws, strict=True))
        if values:
            found.update(zip(ids, vs, strict=True))
    for docnum in deleted.intersection(weights):
        del weights[docnum]
        found.pop(docnum, None)
    return weights, found


Postings = tuple[dict[int, float], dict[int, bytes]]


class PostingsCache:
    """The postings of the terms searched last, up to ``limit`` postings (least recently used
    go first): a common word is read and unpickled once, not on every search and page.

    One cache belongs to one opened state of the index; it is dropped with the searcher.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._items: OrderedDict[tuple, Postings] = OrderedDict()

    def get(self, key: tuple, values: bool) -> Postings | None:
        found = self._items.get(key)
        if found is None or (values and not found[1] and found[0]):
            return None
        self._items.move_to_end(key)
        return found

    def put(self, key: tuple, postings: Postings) -> None:
        if _size(postings) > self.limit:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= _size(old)
        self._items[key] = postings
        self.size += _size(postings)
        while self.size > self.limit:
            _, dropped = self._items.popitem(last=False)
            self.size -= _size(dropped)


def _size(postings: Postings) -> int:
    return len(postings[0]) + len(postings[1])


class _Leaf:
    """Evaluates a query tree over one segment."""

    def __init__(
        self,
        searcher: Searcher,
        offset: int,
        found: MatchSet,
        fields,
        cache: PostingsCache | None = None,
    ) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.offset = offset
        self.found = found
        self.fields = fields  # whose terms are recorded with their weights (for scoring)
        self.cache = cache

    def all_docs(self) -> set[int]:
        return set(self.reader.all_doc_ids())

    def term(self, fieldname: str, text, boost: float = 1.0, scored: bool = True) -> set[int]:
        return set(self.postings(fieldname, text, boost, scored)[0])

    def postings(
        self, fieldname: str, text, boost: float = 1.0, scored: bool = True, values: bool = False
    ) -> tuple[dict[int, float] | set[int], dict[int, bytes]]:
        """A term's documents (with weights when it is scored) and, if asked, posting values."""
        if fieldname not in self.reader.schema:
            return set(), {}
        btext = self.reader.schema[fieldname].to_bytes(text) if isinstance(text, str) else text
        record = scored and (self.fields is None or fieldname in self.fields)
        if not values and not record:
            return term_docs(self.reader, fieldname, btext), {}
        weights, found = self._read(fieldname, btext, values)
        if weights and record:
            key = (fieldname, btext)
            recorded = self.found.terms.setdefault(key, {})
            offset = self.offset
            recorded.update(weights if not offset else {d + offset: w for d, w in weights.items()})
            self.found.boosts[key] = max(boost, self.found.boosts.get(key, 0.0))
        return weights, found

    def _read(self, fieldname: str, btext: bytes, values: bool) -> Postings:
        if self.cache is None:
            return term_postings(self.reader, fieldname, btext, values)
        key = (self.offset, fieldname, btext)
        postings = self.cache.get(key, values)
        if postings is None:
            postings = term_postings(self.reader, fieldname, btext, values)
            self.cache.put(key, postings)
        return postings

    def eval(self, node: q.Query, boost: float = 1.0, scored: bool = True) -> set[int]:
        """The segment's documents that ``node`` matches; ``boost`` and ``scored`` say how its
        terms count in the ranking (negated parts do not)."""
        boost *= getattr(node, "boost", 1.0)
        if node is q.NullQuery or isinstance(node, type(q.NullQuery)):
            return set()
        if isinstance(node, q.Every):
            if node.fieldname in (None, "", "*"):
                return self.all_docs()
            return set(node.docs(self.searcher))
        if isinstance(node, q.Term):
            return self.term(node.fieldname, node.text, boost, scored)
        if isinstance(node, q.MultiTerm):
            if node.fieldname not in self.reader.schema:
                return set()
            docs: set[int] = set()
            for btext in node._btexts(self.reader):
                docs |= self.term(node.fieldname, btext, boost, scored)
            return docs
        if isinstance(node, q.Phrase):
            return self.phrase(node, boost, scored)
        if isinstance(node, (q.Or, q.DisjunctionMax)) and getattr(node, "minmatch", 0) <= 1:
            return set().union(*(self.eval(c, boost, scored) for c in node.subqueries))
        if isinstance(node, q.And):
            return self.intersect([self.eval(c, boost, scored) for c in node.subqueries])
        if isinstance(node, q.AndNot):
            return self.eval(node.a, boost, scored) - self.eval(node.b, boost, False)
        if isinstance(node, q.AndMaybe):
            self.eval(node.b, boost, scored)  # its terms still count for ranking and marks
            return self.eval(node.a, boost, scored)
        if isinstance(node, q.Require):
            return self.eval(node.a, boost, scored) & self.eval(node.b, boost, False)
        if isinstance(node, q.Not):
            return self.all_docs() - self.eval(node.query, boost, False)
        return set(node.docs(self.searcher))  # anything else: Whoosh's own way

    @staticmethod
    def intersect(sets: list[set[int]]) -> set[int]:
        if not sets:
            return set()
        sets.sort(key=len)
        return sets[0].intersection(*sets[1:])

    def phrase(self, node: q.Phrase, boost: float, scored: bool) -> set[int]:
        """Documents with all of the phrase's words, then checked for their positions."""
        adjacent = node.slop == 1 and len(node.words) > 1
        read = [self.postings(node.fieldname, w, boost, scored, adjacent) for w in node.words]
        candidates = self.intersect([set(docs) for docs, _ in read])
        if not candidates or len(node.words) < 2:
            return candidates
        if not adjacent:  # words within some distance: Whoosh's span matcher decides
            return self._checked(node, candidates)
        decode = self.reader.schema[node.fieldname].format.decode_positions
        values = [found for _, found in read]
        hits: set[int] = set()
        for docnum in candidates:
            rest = [set(decode(v[docnum])) for v in values[1:]]
            first = decode(values[0][docnum])
            if any(all(p + i in later for i, later in enumerate(rest, 1)) for p in first):
                hits.add(docnum)
        return hits

    def _checked(self, node: q.Phrase, candidates: set[int]) -> set[int]:
        matcher = node.matcher(self.searcher)
        found: set[int] = set()
        for docnum in sorted(candidates):
            if not matcher.is_active():
                break
            matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                found.add(docnum)
        return found


def match(
    searcher: Searcher, query: q.Query, fields=None, cache: PostingsCache | None = None
) -> MatchSet:
    """Return the (global) numbers of the documents ``query`` matches, with the weights of its
    terms in the ``fields`` given (all fields when None) for ranking and highlighting.

    ``cache`` keeps the postings read for the next search of the same index state."""
    found = MatchSet(set())
    for sub, offset in searcher.leaf_searchers():
        docs = _Leaf(sub, offset, found, fields, cache).eval(query)
        found.docs |= docs if not offset else {d + offset for d in docs}
    return found


def _bm25(searcher: Searcher, fieldname: str) -> tuple[float, float]:
    """K1 and the field's B of the searcher's ranking, Whoosh's BM25F."""
    weighting = searcher.weighting
    return weighting.K1, weighting._field_B.get(fieldname, weighting.B)


def field_norms(searcher: Searcher, fieldname: str) -> list[float]:
    """Each document's BM25 length normalisation in one field, ``K1 * (1 - B + B * dl / avg)``.

    The lengths are read as Whoosh stores them, a byte per document, a whole segment at once.
    """
    k1, b_field = _bm25(searcher, fieldname)
    avg = searcher.avg_field_length(fieldname) or 1.0
    table = [k1 * ((1 - b_field) + b_field * byte_to_length(b) / avg) for b in range(256)]
    norms: list[float] = []
    for leaf, _offset in searcher.reader().leaf_readers():
        count = leaf.doc_count_all()
        column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            raw = bytes(count)
        elif isinstance(column, NumericColumn.Reader) and column._typecode == "B":
            raw = column._dbfile.get(column._basepos, column._count).ljust(count, b"\0")
        else:
            raw = bytes(length_to_byte(leaf.doc_field_length(d, fieldname)) for d in range(count))
        norms.extend(table[b] for b in raw)
    return norms


def scores(searcher: Searcher, found: MatchSet, norms) -> dict[int, float]:
    """BM25F scores of the matching documents, as Whoosh computes them for terms: the sum over
    the query's terms of ``idf * boost * tf * (K1 + 1) / (tf + norm)``. ``norms(fieldname)``
    gives ``field_norms`` (cached by the caller)."""
    docs = found.docs
    total: dict[int, float] = {}
    get = total.get
    for (fieldname, btext), weights in found.terms.items():
        norm = norms(fieldname)
        k1 = _bm25(searcher, fieldname)[0]
        factor = searcher.idf(fieldname, btext) * found.boosts[fieldname, btext] * (k1 + 1)
        for docnum, tf in weights.items():
            if docnum in docs:
                total[docnum] = get(docnum, 0.0) + factor * tf / (tf + norm[docnum])
    return total


def top(found: MatchSet, scored: dict[int, float], wanted: int) -> list[tuple[float, int]]:
    """The ``wanted`` best (score, document) pairs, ties to the lower number; matches without a
    score fill the list last."""
    best = heapq.nlargest(wanted, scored.values())  # the scores alone: compared in C
    cut = best[-1] if best else 0.0
    pairs = [(score, docnum) for docnum, score in scored.items() if score >= cut]
    pairs = sorted(pairs, key=lambda pair: (-pair[0], pair[1]))[:wanted]
    if len(pairs) < wanted:
        rest = found.docs.difference(scored)
        pairs += [(0.0, docnum) for docnum in heapq.nsmallest(wanted - len(pairs), rest)]
    return pairs
