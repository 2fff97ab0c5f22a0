"""Which documents a query matches, computed with array operations on whole posting lists.

Whoosh finds the matching documents by walking its matcher tree one document at a time, in
Python: a common word at 100,000 releases took it most of a second just to count the hits
for the total and the facets. Here each term's documents are read at once, from the segment's
doc lists (``doclists``: plain arrays beside the segment) or else from Whoosh's posting blocks,
and the query tree becomes AND, OR and NOT of one boolean per document, in numpy. Phrases are
first narrowed to the documents holding all their words; then adjacent words are checked with
the positions of the doc lists (or, for rare words, decoded from the posting blocks that hold a
candidate), and a phrase with slop by Whoosh's span matcher.

The weights read with the documents are kept per query term: they rank the matches with
Whoosh's BM25F (``ranking``) and tell the few hits of a page which of the query's words
they contain, for highlighting.

A search may be given a deadline, as Whoosh's ``TimeLimitCollector`` stops collecting: it is
checked at every node of the query tree, every term of a pattern, between segments and every
few hundred documents of the loops that check positions one document at a time. Past it, what
is not yet read counts as not matching, or, under a negation, as matching (so that ``NICHT x``
lets nothing through it could not check): the answer is then a part of the true matches, never
a document that does not match, and the ``MatchSet`` says it is ``partial``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from whoosh import query as q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher

from indexer.engine.doclists import DocLists, open_lists

Term = tuple[str, bytes]
# A term's document numbers (ascending) and weights in one segment or, in a MatchSet, overall.
Postings = tuple[np.ndarray, np.ndarray]
_NONE: Postings = (np.zeros(0, np.int64), np.zeros(0, np.float32))


@dataclass
class MatchSet:
    """The documents a query matches and, per query term, the documents that hold it."""

    mask: np.ndarray  # one boolean per document number of the searcher
    terms: dict[Term, Postings] = field(default_factory=dict)
    boosts: dict[Term, float] = field(default_factory=dict)
    partial: bool = False  # the deadline passed: some documents were not checked

    @property
    def total(self) -> int:
        return int(np.count_nonzero(self.mask))

    @property
    def docs(self) -> set[int]:
        """The matching document numbers as a set (for small results and tests)."""
        return set(np.flatnonzero(self.mask).tolist())

    def matched_terms(self, docnum: int) -> list[Term]:
        """The query's terms found in one document."""
        found = []
        for term, (ids, _) in self.terms.items():
            place = np.searchsorted(ids, docnum)
            if place < len(ids) and ids[place] == docnum:
                found.append(term)
        return found


def _matcher(reader, fieldname: str, btext: bytes):
    """Whoosh's matcher of a term without its filter of deleted documents, or None."""
    try:
        matcher = reader.postings(fieldname, btext)
    except TermNotFound:
        return None
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        matcher = matcher.child
    return matcher


def _read_blocks(reader, fieldname: str, btext: bytes) -> Postings:
    """A term's document numbers and weights from Whoosh's posting blocks, a block at a time."""
    matcher = _matcher(reader, fieldname, btext)
    if matcher is None:
        return _NONE
    ids: list = []
    weights: list = []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():  # a block at a time: no per-document method calls
            matcher._read_ids()
            matcher._read_weights()
            ids.append(matcher._ids)
            weights.append(matcher._weights)
            matcher._next_block()
        if not ids:
            return _NONE
        return (
            np.fromiter((i for block in ids for i in block), np.int64),
            np.concatenate([np.asarray(w, np.float32) for w in weights]),
        )
    while matcher.is_active():  # short posting lists kept inline in the term's entry
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(ids, np.int64), np.array(weights, np.float32)


def read_values(reader, fieldname: str, btext: bytes, docs: np.ndarray) -> dict[int, bytes]:
    """The encoded posting values (positions) of a term in the given documents (ascending),
    decoding only the blocks that hold one of them."""
    matcher = _matcher(reader, fieldname, btext)
    found: dict[int, bytes] = {}
    if matcher is None or not len(docs):
        return found
    if not isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            found[matcher.id()] = matcher.value()
            matcher.next()
        return found
    wanted = docs.tolist()
    low = 0
    while matcher.is_active() and low < len(wanted):
        high = int(np.searchsorted(docs, matcher._maxid, "right"))
        if high > low:  # the block holds documents asked for: decode it
            matcher._read_ids()
            matcher._read_values()
            block = dict(zip(matcher._ids, matcher._values, strict=True))
            for docnum in wanted[low:high]:
                value = block.get(docnum)
                if value is not None:
                    found[docnum] = value
            low = high
        matcher._next_block()
    return found


class Segment:
    """What the search needs of one segment besides its postings: doc lists and deletions."""

    def __init__(self, reader) -> None:
        self.count = reader.doc_count_all()
        self.lists: DocLists | None = open_lists(reader)
        self.live: np.ndarray | None = None  # False for deleted documents, None: none deleted
        if reader.has_deletions():
            self.live = np.ones(self.count, bool)
            self.live[np.fromiter(reader.deleted_docs_set, np.int64)] = False

    def all_docs(self) -> np.ndarray:
        return np.ones(self.count, bool) if self.live is None else self.live.copy()


def _list_key(reader, fieldname: str, btext: bytes) -> int | None:
    """Where a term's postings start in the segment's postings file, its key in the doc lists;
    None for a term the segment lacks or keeps inline."""
    try:
        info = reader.term_info(fieldname, btext)
    except TermNotFound:
        return None
    return None if info.is_inlined() else info.extent()[0]


def _postings(reader, fieldname: str, btext: bytes, segment: Segment) -> tuple[Postings, bool]:
    """A term's postings in one segment, deleted documents left out, and whether they had to be
    read from Whoosh's blocks (no doc list)."""
    key = _list_key(reader, fieldname, btext) if segment.lists is not None else None
    got = segment.lists.get(key) if key is not None else None
    ids, weights = got if got is not None else _read_blocks(reader, fieldname, btext)
    if segment.live is not None and len(ids):
        keep = segment.live[ids]
        ids, weights = ids[keep], weights[keep]
    return (ids, weights), got is None


def term_postings(reader, fieldname: str, btext: bytes, segment: Segment | None = None) -> Postings:
    """A term's document numbers (ascending) and weights in one segment, deleted ones left out
    (``segment``: the reader's ``Segment``, when several terms are read)."""
    return _postings(reader, fieldname, btext, segment or Segment(reader))[0]


def term_docs(reader, fieldname: str, text, segment: Segment | None = None) -> np.ndarray:
    """Document numbers of one term in one segment, deleted documents left out."""
    return term_postings(reader, fieldname, text, segment)[0]


class PostingsCache:
    """The postings read from Whoosh's blocks for the terms searched last, up to ``limit``
    postings (least recently used go first): a word of a segment without doc lists, or too
    rare to have one, is unpickled once, not on every search and page. It also keeps each
    segment's doc lists and deletions.

    One cache belongs to one opened state of the index; it is dropped with the searcher.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._items: OrderedDict[tuple, Postings] = OrderedDict()
        self._segments: dict[int, Segment] = {}
        self._lock = threading.Lock()  # the searches of one state share it, thread by thread

    def segment(self, offset: int, reader) -> Segment:
        with self._lock:
            found = self._segments.get(offset)
        if found is None:
            made = Segment(reader)  # read outside the lock; a twin made meanwhile is equal
            with self._lock:
                found = self._segments.setdefault(offset, made)
        return found

    def get(self, key: tuple) -> Postings | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple, postings: Postings) -> None:
        size = len(postings[0])
        if not size or size > self.limit:  # a term not there costs no reading to look up
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= len(old[0])
            self._items[key] = postings
            self.size += size
            while self.size > self.limit:
                _, dropped = self._items.popitem(last=False)
                self.size -= len(dropped[0])


CHECK_EVERY = 256  # documents checked one by one between looks at the clock
_now = time.monotonic  # the clock of deadlines (tests count its readings instead)


def _mask(count: int, ids) -> np.ndarray:
    mask = np.zeros(count, bool)
    mask[ids] = True
    return mask


class _Leaf:
    """Evaluates a query tree over one segment: one boolean per document of the segment."""

    def __init__(
        self,
        searcher: Searcher,
        offset: int,
        found: dict[Term, list],
        boosts: dict[Term, float],
        fields,
        cache: PostingsCache | None = None,
        deadline: float | None = None,
    ) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.offset = offset
        self.found = found  # term → postings per segment, global numbers
        self.boosts = boosts
        self.fields = fields  # whose terms are recorded with their weights (for scoring)
        self.cache = cache
        self.segment = cache.segment(offset, self.reader) if cache else Segment(self.reader)
        self.count = self.segment.count
        self.deadline = deadline  # on the monotonic clock; None: no limit
        self.late = False  # the deadline passed and something was left unchecked

    def out_of_time(self) -> bool:
        """Whether the deadline has passed (then the rest of the work is left out)."""
        if not self.late and self.deadline is not None and _now() > self.deadline:
            self.late = True
        return self.late

    def unchecked(self, negated: bool) -> np.ndarray:
        """What documents left unchecked count as: not matching, or matching under a negation
        (the negation then lets none of them through)."""
        return np.ones(self.count, bool) if negated else np.zeros(self.count, bool)

    def postings(self, fieldname: str, text, boost: float = 1.0, scored: bool = True) -> Postings:
        """A term's documents and weights; recorded for ranking when it is scored."""
        if fieldname not in self.reader.schema:
            return _NONE
        btext = self.reader.schema[fieldname].to_bytes(text) if isinstance(text, str) else text
        ids, weights = self._read(fieldname, btext)
        if len(ids) and scored and (self.fields is None or fieldname in self.fields):
            key = (fieldname, btext)
            self.found.setdefault(key, []).append((ids + self.offset, weights))
            self.boosts[key] = max(boost, self.boosts.get(key, 0.0))
        return ids, weights

    def _read(self, fieldname: str, btext: bytes) -> Postings:
        key = (self.offset, fieldname, btext)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None:
            return cached
        postings, unpickled = _postings(self.reader, fieldname, btext, self.segment)
        if unpickled and self.cache is not None:  # doc lists are read in place, not kept
            self.cache.put(key, postings)
        return postings

    def term(self, fieldname: str, text, boost: float = 1.0, scored: bool = True) -> np.ndarray:
        return _mask(self.count, self.postings(fieldname, text, boost, scored)[0])

    def docs(self, node: q.Query, negated: bool = False) -> np.ndarray:
        """The documents of a query this module does not evaluate itself, from Whoosh."""
        found = np.zeros(self.count, bool)
        for seen, docnum in enumerate(node.docs(self.searcher), start=1):
            found[docnum] = True
            if seen % CHECK_EVERY == 0 and self.out_of_time():
                if negated:
                    found[docnum + 1 :] = True
                break
        return found

    def eval(
        self, node: q.Query, boost: float = 1.0, scored: bool = True, negated: bool = False
    ) -> np.ndarray:
        """The segment's documents that ``node`` matches; ``boost`` and ``scored`` say how its
        terms count in the ranking (negated parts do not), ``negated`` whether it sits under an
        odd number of negations (for what is left unchecked past the deadline)."""
        if self.out_of_time():
            return self.unchecked(negated)
        boost *= getattr(node, "boost", 1.0)
        if node is q.NullQuery or isinstance(node, type(q.NullQuery)):
            return np.zeros(self.count, bool)
        if isinstance(node, q.Every):
            if node.fieldname in (None, "", "*"):
                return self.segment.all_docs()
            return self.docs(node, negated)
        if isinstance(node, q.Term):
            return self.term(node.fieldname, node.text, boost, scored)
        if isinstance(node, q.MultiTerm):
            docs = np.zeros(self.count, bool)
            if node.fieldname in self.reader.schema:
                for btext in node._btexts(self.reader):
                    if self.out_of_time():
                        return docs | self.unchecked(negated)
                    docs |= self.term(node.fieldname, btext, boost, scored)
            return docs
        if isinstance(node, q.Phrase):
            return self.phrase(node, boost, scored, negated)
        if isinstance(node, (q.Or, q.DisjunctionMax)) and getattr(node, "minmatch", 0) <= 1:
            docs = np.zeros(self.count, bool)
            for child in node.subqueries:
                docs |= self.eval(child, boost, scored, negated)
            return docs
        if isinstance(node, q.Or) and node.minmatch > 1:  # at least ``minmatch`` of its parts
            counts = np.zeros(self.count, np.int32)
            for child in node.subqueries:
                counts += self.eval(child, boost, scored, negated)
            return counts >= node.minmatch
        if isinstance(node, q.And):
            return self.intersect([self.eval(c, boost, scored, negated) for c in node.subqueries])
        if isinstance(node, q.AndNot):
            a = self.eval(node.a, boost, scored, negated)
            return a & ~self.eval(node.b, boost, False, not negated)
        if isinstance(node, q.AndMaybe):
            self.eval(node.b, boost, scored, negated)  # its terms still count for ranking and marks
            return self.eval(node.a, boost, scored, negated)
        if isinstance(node, q.Require):
            a = self.eval(node.a, boost, scored, negated)
            return a & self.eval(node.b, boost, False, negated)
        if isinstance(node, q.Not):
            return self.segment.all_docs() & ~self.eval(node.query, boost, False, not negated)
        return self.docs(node, negated)  # anything else: Whoosh's own way

    def intersect(self, masks: list[np.ndarray]) -> np.ndarray:
        if not masks:
            return np.zeros(self.count, bool)
        docs = masks[0].copy()
        for other in masks[1:]:
            docs &= other
        return docs

    def phrase(
        self, node: q.Phrase, boost: float, scored: bool, negated: bool = False
    ) -> np.ndarray:
        """Documents with all of the phrase's words, then checked for their positions."""
        words = [self.term(node.fieldname, w, boost, scored) for w in node.words]
        candidates = self.intersect(words)
        if len(node.words) < 2 or not candidates.any():
            return candidates
        if node.slop != 1:  # words within some distance: Whoosh's span matcher decides
            return self._checked(node, candidates, negated)
        docs = np.flatnonzero(candidates)
        listed = self._adjacent(node, docs)
        if listed is not None:
            return listed
        fieldobj = self.reader.schema[node.fieldname]
        decode = fieldobj.format.decode_positions
        values = [
            read_values(self.reader, node.fieldname, fieldobj.to_bytes(w), docs) for w in node.words
        ]
        hits = np.zeros(self.count, bool)
        for seen, docnum in enumerate(docs.tolist(), start=1):
            if seen % CHECK_EVERY == 0 and self.out_of_time():
                hits[docs[seen - 1 :]] = negated  # the candidates not checked
                break
            rest = [set(decode(v[docnum])) for v in values[1:]]
            first = decode(values[0][docnum])
            if any(all(p + i in later for i, later in enumerate(rest, 1)) for p in first):
                hits[docnum] = True
        return hits

    def _listed(self, fieldname: str, word) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """A word's documents, where each one's positions end, and the positions, from the doc
        lists; None when the word has no positions there."""
        lists = self.segment.lists
        btext = self.reader.schema[fieldname].to_bytes(word)
        key = _list_key(self.reader, fieldname, btext) if lists is not None else None
        if key is None:
            return None
        postings, positions = lists.get(key), lists.positions(key)
        if postings is None or positions is None:
            return None
        return postings[0], positions[0], positions[1]

    def _adjacent(self, node: q.Phrase, docs: np.ndarray) -> np.ndarray | None:
        """Which candidate documents hold the words at consecutive positions, from the doc
        lists' positions: each word's (document, position - its place in the phrase) pairs,
        intersected. None when a word has no listed positions (rare words)."""
        common = None
        for place, word in enumerate(node.words):
            listed = self._listed(node.fieldname, word)
            if listed is None:
                return None
            ids, ends, positions = listed
            at = np.searchsorted(ids, docs)  # every candidate holds every word
            starts, sizes = ends[at], ends[at + 1] - ends[at]
            first = np.cumsum(sizes) - sizes
            take = np.repeat(starts - first, sizes) + np.arange(int(sizes.sum()))
            pairs = (np.repeat(docs, sizes) << 32) | (positions[take] - place + 2**31)
            common = pairs if common is None else np.intersect1d(common, pairs, True)
        hits = np.zeros(self.count, bool)
        hits[np.unique(common >> 32)] = True
        return hits

    def _checked(self, node: q.Phrase, candidates: np.ndarray, negated: bool) -> np.ndarray:
        matcher = node.matcher(self.searcher)
        found = np.zeros(self.count, bool)
        docs = np.flatnonzero(candidates)
        for seen, docnum in enumerate(docs.tolist(), start=1):
            if seen % CHECK_EVERY == 0 and self.out_of_time():
                found[docs[seen - 1 :]] = negated  # the candidates not checked
                break
            if not matcher.is_active():
                break
            matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                found[docnum] = True
        return found


def match(
    searcher: Searcher,
    query: q.Query,
    fields=None,
    cache: PostingsCache | None = None,
    deadline: float | None = None,
) -> MatchSet:
    """Return the (global) numbers of the documents ``query`` matches, with the weights of its
    terms in the ``fields`` given (all fields when None) for ranking and highlighting.

    ``cache`` keeps the postings read, and each segment's doc lists, for the next search of the
    same index state. Past ``deadline`` (``time.monotonic()``) the work stops and the matches
    found so far are answered, ``partial`` (see the module's note)."""
    parts: list[np.ndarray] = []
    found: dict[Term, list] = {}
    boosts: dict[Term, float] = {}
    partial = False
    for sub, offset in searcher.leaf_searchers():
        leaf = _Leaf(sub, offset, found, boosts, fields, cache, deadline)
        parts.append(leaf.eval(query))
        partial = partial or leaf.late
    mask = np.concatenate(parts) if parts else np.zeros(0, bool)
    terms = {
        term: (np.concatenate([i for i, _ in lists]), np.concatenate([w for _, w in lists]))
        for term, lists in found.items()
    }
    return MatchSet(mask, terms, boosts, partial)


def column_values(reader, fieldname: str) -> list:
    """Every document's value in a column field, in document order, over all segments.

    Whoosh's ``MultiReader.column_reader`` leaves out the segments that have no file for the
    column (a segment whose documents all lack the value, such as an update of undated
    releases), which shifts every later document; each segment is read here, one without the
    column giving the field's default for each of its documents.
    """
    field_obj = reader.schema[fieldname]
    default = field_obj.from_column_value(field_obj.column_type.default_value())
    values: list = []
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        read = list(leaf.column_reader(fieldname))[:count]  # no column file: the default
        values.extend(read + [default] * (count - len(read)))
    return values


def expansions(node: q.MultiTerm, reader, limit: int) -> set[str] | None:
    """Return the index words a wildcard, prefix, range or fuzzy ``node`` matches, or None when
    there are more than ``limit`` (counted while Whoosh lists them: no more are computed)."""
    found: set[str] = set()
    for count, btext in enumerate(node._btexts(reader), start=1):  # Whoosh's private lister
        if count > limit:
            return None
        found.add(btext.decode("utf-8", "replace") if isinstance(btext, bytes) else btext)
    return found
