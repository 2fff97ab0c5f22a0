"""Whoosh's segment writer, with its postings sorted by term once instead of one by one.

Whoosh's ``SegmentWriter`` puts every posting, a (field, term, document, weight, value) tuple,
into a pool that sorts them (an external merge sort through pickled run files when the pool is
full), then hands them one at a time to the postings writer, which asks the new segment's
length column for the posting's document length each time (a seek and a read) and finds its
file position with a system call per term. That was well over half of a worker's writing time.

Here the pool (``_TermPool``) appends each posting's term number, document number, weight and
value to flat arrays, and sorts them by term once (numpy, stable). Documents are numbered in the
order they are added, so a term's postings come out in document order: the segment is written
term by term, a block of postings at a time (``doclists._PostingsWriter.add_term``), with each
field's lengths read once. When the pool holds more than its limit, its terms go to a run file,
sorted, and the runs are merged by term (not by posting) at the end. The files written are
Whoosh's, byte for byte, but that the codec leaves blocks of a short pickle uncompressed
(``doclists.PLAIN_BELOW``; with ``Codec(plain_below=0)`` they are the same in every byte).
"""

from __future__ import annotations

import heapq
import marshal
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import suppress
from itertools import filterfalse, groupby, islice
from operator import itemgetter, lt

import numpy as np
from whoosh.codec.whoosh3 import _lenfield
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from indexer.engine import doclists
from indexer.engine.postings import word_postings

# estimated bytes per posting held (its numbers and value, and the arrays that sort them) and term
POSTING_BYTES = 100
TERM_BYTES = 200
CHECK = 4096  # postings between checks of the pool's size
BLOCK = 1 << 16  # postings turned into Python lists at once when the pool is written out
RUN_CHUNK = 4096  # terms per marshal call in a run file

Postings = tuple[list[int], list[float], list]  # a term's documents, weights and values
Term = tuple[tuple[str, bytes], Postings]
# one field's terms within a block: the field, its terms' bytes, where each term's postings end
# in the lists that follow, and the documents, weights and values of their postings
Chunk = tuple[str, list[bytes], list[int], list[int], list[float], list]


class _TermPool:
    """A segment's postings, sorted by term when they are written out.

    Postings are appended to flat arrays as they come (a term number, document number, weight
    and value each), about as cheaply as Whoosh appends its tuple; a list per term costs three
    times as much. Writing them out sorts the term numbers once, in numpy; the sort is stable,
    so each term keeps its postings in the order they came, which is the documents' order.
    """

    def __init__(self, tempstore, limit: float) -> None:
        self.tempstore = tempstore
        self.limit = limit
        self.runs: list[str] = []
        self._clear()

    def _clear(self) -> None:
        self.fields: dict[str, dict[bytes, int]] = {}  # field -> term bytes -> term number
        self.count = 0  # terms
        self.terms = array("I")  # per posting: its term's number
        self.ids = array("I")
        self.weights = array("d")
        self.values: list[bytes | None] = []

    def add(self, item: tuple) -> None:
        """Add a (field, term bytes, document number, weight, value bytes) posting."""
        fieldname, btext, docnum, weight, value = item
        numbers = self.fields.get(fieldname)
        if numbers is None:
            numbers = self.fields[fieldname] = {}
        number = numbers.get(btext)
        if number is None:
            number = numbers[btext] = self.count
            self.count += 1
        self.terms.append(number)
        self.ids.append(docnum)
        self.weights.append(weight)
        self.values.append(value)
        if not len(self.values) % CHECK and self._bytes() > self.limit:
            self._spill()

    def add_field(self, fieldname: str, items, docnum: int, lengths: bool) -> int:
        """Add one document's postings of one field, (term bytes, frequency, weight, value)
        items, as ``add`` would one by one; return the field's length (the sum of the
        frequencies) if it has ``lengths``, else 0."""
        items = list(items)
        if not items:
            return 0
        btexts, freqs, weights, values = zip(*items, strict=True)
        numbers = self.fields.get(fieldname)
        if numbers is None:
            numbers = self.fields[fieldname] = {}
        new = list(dict.fromkeys(filterfalse(numbers.__contains__, btexts)))
        if new:
            numbers.update(zip(new, range(self.count, self.count + len(new)), strict=True))
            self.count += len(new)
        before = len(self.values)
        self.terms.extend(map(numbers.__getitem__, btexts))
        self.ids.extend(array("I", (docnum,)) * len(items))
        self.weights.extend(weights)
        self.values.extend(values)
        if before // CHECK != len(self.values) // CHECK and self._bytes() > self.limit:
            self._spill()
        return sum(freqs) if lengths else 0

    def _bytes(self) -> int:
        return len(self.values) * POSTING_BYTES + self.count * TERM_BYTES

    def _chunks(self) -> Iterator[Chunk]:
        """Take the postings held; yield them by term, sorted, each term's in document order, as
        chunks: one field's terms within a block (``Chunk``).

        The sorted numbers stay in numpy arrays and become Python lists a block of
        ``BLOCK`` postings at a time: lists of all of them at once (a Python int or float and
        a pointer each, ~110 bytes a posting) more than doubled a worker's memory while its
        full pool was written out."""
        keys: list[bytes] = []  # term bytes, sorted by field, then by term
        numbers: list[int] = []  # their term numbers
        fields: list[tuple[str, int]] = []  # each field and where its terms end in ``keys``
        for fieldname in sorted(self.fields):
            # a field's terms are unique: sorting its (term, number) pairs compares terms only
            terms = sorted(self.fields[fieldname].items())
            keys.extend(map(itemgetter(0), terms))
            numbers.extend(map(itemgetter(1), terms))
            fields.append((fieldname, len(keys)))
        rank = np.empty(len(keys), np.int64)
        rank[np.array(numbers, np.int64)] = np.arange(len(keys))
        ranks = rank[np.frombuffer(self.terms, np.uint32)]
        order = np.argsort(ranks, kind="stable")
        ends = np.cumsum(np.bincount(ranks, minlength=len(keys)))
        del rank, ranks, numbers
        ids = np.frombuffer(self.ids, np.uint32)[order]
        # the terms whose documents do not ascend (none, as writers add them): sorted one by one;
        # a term's first posting follows the last one of the term before, which is no fall
        falls = np.flatnonzero(ids[1:] <= ids[:-1]) + 1
        falls = falls[~np.isin(falls, ends)]
        unsorted = sorted(set(np.searchsorted(ends, falls, side="right").tolist()))
        weights = np.frombuffer(self.weights, np.float64)[order]
        held = self.values
        ends = ends.tolist()
        self._clear()
        number, start, field = 0, 0, 0
        while number < len(keys):
            # the terms whose postings fill the next block (at least one term), of one field
            while fields[field][1] <= number:
                field += 1
            fieldname, last = fields[field]
            stop = min(max(bisect_left(ends, start + BLOCK, number) + 1, number + 1), last)
            end = ends[stop - 1]
            block_ids, block_weights = ids[start:end].tolist(), weights[start:end].tolist()
            block_values = list(map(held.__getitem__, order[start:end].tolist()))
            block_ends = [b - start for b in ends[number:stop]]
            for n in unsorted[bisect_left(unsorted, number) : bisect_left(unsorted, stop)]:
                a, b = (ends[n - 1] - start if n > number else 0), ends[n] - start
                postings = block_ids[a:b], block_weights[a:b], block_values[a:b]
                block_ids[a:b], block_weights[a:b], block_values[a:b] = _in_order(postings)
            yield fieldname, keys[number:stop], block_ends, block_ids, block_weights, block_values
            number, start = stop, end

    def _sorted(self) -> Iterator[Term]:
        """The postings held, by term (``_chunks``)."""
        for fieldname, btexts, ends, ids, weights, values in self._chunks():
            a = 0
            for btext, b in zip(btexts, ends, strict=True):
                yield (fieldname, btext), (ids[a:b], weights[a:b], values[a:b])
                a = b

    def _spill(self) -> None:
        path = f"{random_name()}.run"
        terms = self._sorted()
        with self.tempstore.create_file(path).raw_file() as f:
            while chunk := list(islice(terms, RUN_CHUNK)):
                marshal.dump([(k, _ids(i), _weights(w), v) for k, (i, w, v) in chunk], f)
        self.runs.append(path)

    def _read_run(self, path: str) -> Iterator[tuple]:
        try:
            with self.tempstore.open_file(path).raw_file() as f:
                while True:
                    try:
                        yield from marshal.load(f)
                    except EOFError:
                        return
        finally:
            self.tempstore.delete_file(path)

    def chunks(self) -> Iterator[Chunk]:
        """Yield the terms in order, each with all its postings in document order, as chunks
        of one field's terms (``_chunks``; a term of its own when run files are merged)."""
        if not self.runs:
            yield from self._chunks()
            return
        for (fieldname, btext), (ids, weights, values) in self.iter_terms():
            yield fieldname, [btext], [len(ids)], ids, weights, values

    def iter_terms(self) -> Iterator[Term]:
        """Yield the terms in order, each with all its postings in document order."""
        if not self.runs:
            yield from self._sorted()
            return
        if self.values:
            self._spill()
        runs, self.runs = self.runs, []
        # on equal keys heapq.merge keeps the order of the runs, which is the documents' order
        merged = heapq.merge(*map(self._read_run, runs), key=itemgetter(0))
        for key, parts in groupby(merged, key=itemgetter(0)):
            ids, weights, values = array("I"), array("d"), []
            for _, i, w, v in parts:
                ids.frombytes(i)
                weights.frombytes(w)
                values.extend(v)
            yield key, _in_order((ids.tolist(), weights.tolist(), values))

    def iter_postings(self) -> Iterator[tuple]:
        """The postings one by one, sorted as Whoosh's pool yields them."""
        for (fieldname, btext), (ids, weights, values) in self.iter_terms():
            for docnum, weight, value in zip(ids, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        for path in self.runs:
            with suppress(OSError):
                self.tempstore.delete_file(path)
        self.runs = []


def _ids(ids: list[int]) -> bytes:
    return array("I", ids).tobytes()


def _weights(weights: list[float]) -> bytes:
    return array("d", weights).tobytes()


def _in_order(postings: Postings) -> Postings:
    """A term's postings in document order (as they come from a writer: checked, not sorted);
    out of order, sorted as Whoosh sorts them: by document, weight, value."""
    ids, weights, values = postings
    if len(ids) < 2 or all(map(lt, ids, islice(ids, 1, None))):
        return postings
    postings = sorted(
        zip(ids, weights, values, strict=True), key=lambda p: (p[0], p[1], p[2] or b"")
    )
    return (
        list(map(itemgetter(0), postings)),
        list(map(itemgetter(1), postings)),
        list(map(itemgetter(2), postings)),
    )


def _field_lengths(reader, fieldname: str) -> list[int | None]:
    """The field's length in each document; none for a field without lengths (not scored),
    which Whoosh would look for on disk once per posting."""
    if not reader.has_column(_lenfield(fieldname)):
        return []
    return [reader.doc_field_length(d, fieldname, 0) for d in range(reader.doc_count_all())]


def write_terms(fieldwriter, schema, reader, chunks: Iterator[Chunk]) -> None:
    """Write the terms' postings with ``fieldwriter``, as Whoosh's ``add_postings`` does; a
    chunk of terms at a time where the field writer can (``doclists._FieldWriter.add_terms``)."""
    lastfn = None
    lengths: list[int | None] = []
    add_terms = getattr(fieldwriter, "add_terms", None)
    for fieldname, btexts, ends, ids, weights, values in chunks:
        if fieldname != lastfn:
            if lastfn is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            lengths = _field_lengths(reader, fieldname) if reader else []
            lastfn = fieldname
        lens = list(map(lengths.__getitem__, ids)) if lengths else [0] * len(ids)
        if add_terms is not None:
            add_terms(btexts, ends, ids, weights, values, lens)
            continue
        a = 0
        for btext, b in zip(btexts, ends, strict=True):
            fieldwriter.start_term(btext)
            values_here = [b"" if v is None else v for v in values[a:b]]  # as Whoosh's
            for posting in zip(ids[a:b], weights[a:b], values_here, lens[a:b], strict=True):
                fieldwriter.add(*posting)
            fieldwriter.finish_term()
            a = b
    if lastfn is not None:
        fieldwriter.finish_field()


class Writer(SegmentWriter):
    """A ``SegmentWriter`` that sorts its postings by term once and writes a segment term by term.

    It also does what Whoosh's multisegment ``MpWriter`` does with its sub-writers: a writer in a
    worker process closes its own segment (``close_segment``), and the main writer's commit lists
    those segments beside its own (``commit_with``). Whoosh's private steps stay in this class.
    Its codec writes each segment's doc lists (``doclists``) beside the postings.
    """

    def __init__(self, ix, **kwargs) -> None:
        kwargs.setdefault("codec", doclists.Codec())
        super().__init__(ix, **kwargs)
        self.pool = _TermPool(self._tempstorage, self.pool.limit)  # the limit Whoosh set
        self._whooshs_way = any(
            field.vector or field.separate_spelling() for _, field in self.schema.items()
        )

    def add_document(self, **fields) -> None:
        """Whoosh's ``add_document``, with each field's postings put into the pool at once
        (``_TermPool.add_field``) instead of one call per posting. A record with boosts, or a
        schema with term vectors or separate spelling fields, goes Whoosh's way."""
        if self._whooshs_way or any(k.endswith("_boost") for k in fields if k[:1] == "_"):
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter, schema, docnum = self.perdocwriter, self.schema, self.docnum
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    items = word_postings(field, value) or field.index(value)
                    length = self.pool.add_field(fieldname, items, docnum, field.scorable)
                stored = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    column_value = field.to_column_value(stored)
                    perdocwriter.add_column_value(fieldname, field.column_type, column_value)
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def close_segment(self):
        """Write out this writer's segment without committing; None if nothing was added."""
        if not self._added:
            self._close_segment()
            return None
        return self._finalize_segment()

    def commit_with(self, segments: list) -> None:
        """Commit, listing ``segments`` (closed by other writers of the index) beside its own."""
        final = self._merge_segments(None, None, None)  # the merge policy, as in commit()
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final + segments)
        self._finish()

    def _flush_segment(self):
        # SegmentWriter._flush_segment, term by term
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        write_terms(self.fieldwriter, self.schema, reader, self.pool.chunks())
        self.fieldwriter.close()
        if reader:
            reader.close()
