"""Plain arrays of the documents, weights and positions of each common term, beside a segment.

Whoosh stores a block of up to 128 postings as one zlib-compressed pickle of document numbers,
weights and values (positions, characters): to learn which documents hold a word, a search
unpickles all of it, about 2 µs a posting (0.15 s for a word in 68,000 releases), and a phrase
unpickles each candidate's positions once more. The codec here also writes, for every term with
at least ``MIN_POSTINGS`` postings, its document numbers, weights and (in fields that keep them)
word positions to ``<segment>.dls``, uncompressed; a search reads a term's arrays with one
``pread`` each, into numpy, and checks phrases with array operations. Terms with fewer postings
(a block or less) are read from Whoosh's blocks as before, and so is a segment written without
the file (by an older version).

The file's name follows Whoosh's pattern for segment files, so Whoosh deletes it with its
segment. Layout, native byte order: ``MAGIC``; the counts K, P, K2, P2, Q (uint64 each); the K
terms' start offsets in the postings file (uint64, ascending: the key); K + 1 starts of each
term's postings (uint64); P document numbers (uint32); P weights (float32); then for the K2
terms with positions, their keys (uint64), K2 + 1 starts of their postings in the per-posting
table (uint64), that table of P2 + 1 starts in the positions (uint32), and Q positions (uint32).
"""

from __future__ import annotations

import os
import struct
import weakref
import zlib
from array import array
from itertools import chain
from operator import itemgetter
from pathlib import Path
from pickle import loads

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PostingsWriter,
    W3Segment,
)
from whoosh.compat import dumps
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Characters, Positions
from whoosh.system import pack_int
from whoosh.util.numeric import length_to_byte

from indexer.engine.rows import RowCodec, RowWriter
from indexer.engine.terms import HashTables, add_terms

EXT = ".dls"
MAGIC = b"PSDLS\x00\x00\x02"
MIN_POSTINGS = 128
PLAIN_BELOW = 128  # bytes: a block's pickle shorter than this is written without compression
# postings: a term with fewer is kept in its term-index entry, not as a block in the postings file
# (Whoosh reads such entries, its writer never made them). Half the terms of a segment occur once,
# four in five fewer than 16 times: closing a segment of 2,000 releases took 20 % less time than
# with single postings inline alone, for 6 % more index (32: 3 % less time again, 5 % more index)
INLINE_BELOW = 16
MAX_POSITIONS = 2**32  # per segment, as the uint32 starts can point to
_HEADER = struct.Struct("=8s5Q")


def decode_positions(values: list[bytes], characters: bool) -> tuple[list[int], np.ndarray]:
    """The word positions of a block's posting values (Whoosh's ``Positions`` or ``Characters``
    encoding: a count, then a pickled list of deltas): how many per posting, and all of them."""
    codes = [loads(v[4:] if v.endswith(b".") else v[4:] + b".") for v in values]
    counts = [len(c) for c in codes]
    if characters:
        deltas = np.fromiter(map(itemgetter(0), chain.from_iterable(codes)), np.int64)
    else:
        deltas = np.fromiter(chain.from_iterable(codes), np.int64)
    if not len(deltas):
        return counts, deltas
    total = np.concatenate(([0], np.cumsum(deltas)))  # the running sum before each delta
    starts = np.cumsum(counts) - counts
    return counts, total[1:] - np.repeat(total[starts], counts)


def _kept(count: int, minimum: int) -> bool:
    """Tell whether a term of ``count`` postings in a segment gets doc lists."""
    return count >= max(minimum, 1)


class _Lists:
    """The arrays being collected for one segment."""

    def __init__(self) -> None:
        self.keys = array("Q")
        self.starts = array("Q", [0])
        self.ids = array("I")
        self.weights = array("f")
        self.pkeys = array("Q")
        self.pstarts = array("Q", [0])
        self.ends = array("I", [0])  # per posting: where its positions end
        self.positions = array("I")
        self._key = 0
        self.overflow = False

    def start(self, key: int) -> None:
        self._key = key

    def add(self, ids, weights, positions: tuple[list[int], np.ndarray] | None) -> None:
        self.ids.extend(ids)
        self.weights.extend(weights)
        if positions is not None and not self.overflow:
            counts, found = positions
            at = self.ends[-1]
            if at + len(found) >= MAX_POSITIONS:  # more than uint32 can point to: none
                self.overflow = True
                return
            self.ends.extend((np.cumsum(counts, dtype=np.uint64) + at).tolist())
            self.positions.frombytes(found.astype(np.uint32).tobytes())

    def finish(self, minimum: int) -> None:
        """Keep the term just written if it has enough postings, else drop its arrays."""
        begin = self.starts[-1]
        pbegin = self.pstarts[-1]
        if _kept(len(self.ids) - begin, minimum):  # a key per term that has postings
            self.keys.append(self._key)
            self.starts.append(len(self.ids))
            if len(self.ends) - 1 > pbegin:
                self.pkeys.append(self._key)
                self.pstarts.append(len(self.ends) - 1)
            return
        del self.ids[begin:]
        del self.weights[begin:]
        del self.positions[self.ends[pbegin] :]
        del self.ends[pbegin + 1 :]

    def write(self, out) -> None:
        if self.overflow:
            self.pkeys, self.pstarts = array("Q"), array("Q", [0])
            self.ends, self.positions = array("I", [0]), array("I")
        counts = (len(self.keys), len(self.ids), len(self.pkeys), len(self.ends) - 1)
        out.write(_HEADER.pack(MAGIC, *counts, len(self.positions)))
        for part in (self.keys, self.starts, self.ids, self.weights):
            out.write(part.tobytes())
        for part in (self.pkeys, self.pstarts, self.ends, self.positions):
            out.write(part.tobytes())


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, handing each block's numbers, weights and positions on."""

    def __init__(self, lists: _Lists, minimum: int, plain_below: int, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lists = lists
        self.minimum = minimum
        self.plain_below = plain_below
        self._whole = False  # a whole term's lists were added already (``add_term``)

    def start_postings(self, format_, terminfo):
        super().start_postings(format_, terminfo)
        self.lists.start(self._startoffset)
        self._whole = False

    def _positions(self, values: list[bytes]) -> tuple[list[int], np.ndarray] | None:
        kind = type(self._format)  # exactly these: the boosted variants encode otherwise
        if kind in (Positions, Characters) and values:
            return decode_positions(values, kind is Characters)
        return None

    def _write_block(self, last=False):
        """Whoosh's ``_write_block``, but for a pickle shorter than ``plain_below``, which is
        left uncompressed (as Whoosh means to do below 20 bytes; zlib costs more than the pickle
        and saves nothing on a block of a few postings). Its block header says so, and Whoosh
        reads such blocks as they are. The pieces go to the file in one write."""
        # a term of fewer postings than the doc lists keep needs none
        small = last and not self._blockcount and not _kept(len(self._ids), self.minimum)
        if not (self._whole or small):
            self.lists.add(self._ids, self._weights, self._positions(self._values))
        head = b"" if self._blockcount else WHOOSH3_HEADER_MAGIC
        self._terminfo.add_block(self)
        data = dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2)
        compression = self._compression if len(data) >= self.plain_below else 0
        if compression:
            data = zlib.compress(data, compression)
        ids = self._ids
        info = (
            len(ids),
            ids[-1],
            self._maxweight,
            compression,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        info = dumps(info, 2)
        size = len(info) + len(data)
        self._postfile.write(b"".join((head, pack_int(-size if last else size), info, data)))
        self._blockcount += 1
        self._new_block()

    def add_term(
        self, ids: array, weights: array, values: list[bytes | None], lengths: list[int | None]
    ):
        """Add a term's postings at once (in document order), as ``add_posting`` one by one
        would: the same blocks, statistics and bytes; the doc lists in one go."""
        if _kept(len(ids), self.minimum):
            kept = [v for v in values if v]
            self.lists.add(ids, array("f", weights), self._positions(kept))
            self._whole = True
        limit = self._blocklimit
        for at in range(0, len(ids), limit):
            if at:
                self._write_block()
            end = at + limit
            self._ids = ids[at:end]
            block = weights[at:end]
            self._weights = array("f", block)
            self._maxweight = max(0, max(block))
            self._values = [v for v in values[at:end] if v]
            lengths_here = [n for n in lengths[at:end] if n]
            self._minlength = min(lengths_here) if lengths_here else None
            self._maxlength = max(lengths_here) if lengths_here else 0

    def finish_postings(self):
        """Whoosh's ``finish_postings``, whose branch for inline postings calls ``set_inline``,
        a method its term info lacks (it has ``set_inlined``): so its default limit of 1 never
        takes that branch. Here a term of fewer postings than the limit that needs no doc list
        (whose key is the place of its block) is kept in its term-index entry."""
        terminfo, count = self._terminfo, len(self)
        if not self.written() and count < self._inlinelimit and not _kept(count, self.minimum):
            terminfo.add_block(self)
            # no values (a field without positions): None for each, as Whoosh's blocks give them;
            # an empty tuple would make its list matcher's ``all_items`` yield nothing
            values = tuple(self._values) if self._values else (None,) * count
            terminfo._inlined = (tuple(self._ids), tuple(self._weights), values)
        else:
            if self._ids:
                self._write_block(last=True)
            terminfo.set_extent(self._startoffset, self._postfile.tell() - self._startoffset)
        self._terminfo = None
        self.lists.finish(self.minimum)
        return terminfo


class _TellingFile(StructFile):
    """A file being written that counts its bytes, so that ``tell`` (asked at every term and
    block) makes no system call."""

    def __init__(self, inner: StructFile) -> None:
        super().__init__(inner.file, name=inner._name, onclose=inner.onclose)
        self._at = inner.tell()

    def write(self, data) -> None:
        self.file.write(data)
        self._at += len(data)

    def tell(self) -> int:
        return self._at

    def seek(self, *args) -> int:
        self._at = self.file.seek(*args)
        return self._at

    def write_array(self, arry) -> None:
        super().write_array(arry)  # may write to the file directly
        self._at = self.file.tell()


class _FieldWriter(W3FieldWriter):
    def __init__(self, codec: Codec, storage, segment) -> None:
        super().__init__(codec, storage, segment)
        self._postfile = _TellingFile(self._postfile)
        self._tindex.dbfile = _TellingFile(self._tindex.dbfile)  # its position at every term
        self._tindex.__class__ = HashTables  # the same writer, its hash tables packed at once
        self._lists = _Lists()

    def start_field(self, fieldname, fieldobj):
        super().start_field(fieldname, fieldobj)
        codec = self._codec
        self._postwriter = _PostingsWriter(
            self._lists,
            codec.min_postings,
            codec.plain_below,
            self._postfile,
            blocklimit=codec._blocklimit,
            compression=codec._compression,
            inlinelimit=codec._inlinelimit,
        )

    def add_terms(self, btexts, ends, ids, weights, values, lengths) -> None:
        """Write a chunk of one field's terms at once, a term of few postings (fewer than the
        inline limit, no doc list) into its term-index entry (``terms.add_terms``)."""
        add_terms(self, btexts, ends, ids, weights, values, lengths)

    def close(self):
        super().close()
        out = self._create_file(EXT)
        self._lists.write(out)
        out.close()


class Codec(W3Codec):
    """Whoosh's codec, with the doc lists written beside each segment's postings."""

    def __init__(
        self,
        min_postings: int | None = None,
        plain_below: int = PLAIN_BELOW,
        rows: bool = True,
        **kwargs,
    ) -> None:
        kwargs.setdefault("inlinelimit", INLINE_BELOW)
        super().__init__(**kwargs)
        self.min_postings = MIN_POSTINGS if min_postings is None else min_postings
        self.plain_below = plain_below
        self.rows = rows  # False: Whoosh's stored records as they are (``rows``), for tests

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def per_document_writer(self, storage, segment):
        if self.rows:
            return RowWriter(self, storage, segment)
        return super().per_document_writer(storage, segment)

    def new_segment(self, storage, indexname):
        """A segment that reads with Whoosh's own codec but for the releases' rows
        (``rows.RowCodec``): the table of contents, which pickles it, stays readable without
        this module."""
        reading = RowCodec(self._blocklimit, self._compression)  # Whoosh's inline limit: its
        # writer cannot take a higher one (see ``_PostingsWriter.finish_postings``)
        return W3Segment(reading, indexname)


class DocLists:
    """One segment's doc lists: the small tables read at opening, a term's arrays on demand
    (``pread``, so that what a search read is freed with it, not kept as mapped pages)."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        head = os.pread(self._fd, _HEADER.size, 0)
        magic, terms, postings, pterms, ppostings, positions = _HEADER.unpack(head)
        if magic != MAGIC:
            raise ValueError(f"{path}: not a doc list file")
        at = _HEADER.size
        self.keys, at = self._table(at, terms, np.uint64)
        self.starts, at = self._table(at, terms + 1, np.uint64)
        self._ids, at = at, at + 4 * postings
        self._weights, at = at, at + 4 * postings
        self.pkeys, at = self._table(at, pterms, np.uint64)
        self.pstarts, at = self._table(at, pterms + 1, np.uint64)
        self._ends, at = at, at + 4 * (ppostings + 1)
        self._positions, at = at, at + 4 * positions
        if os.fstat(self._fd).st_size != at:
            raise ValueError(f"{path}: truncated")

    def _table(self, at: int, count: int, dtype) -> tuple[np.ndarray, int]:
        size = count * np.dtype(dtype).itemsize
        return self._array(at, count, dtype), at + size

    def _array(self, at: int, count: int, dtype) -> np.ndarray:
        data = os.pread(self._fd, count * np.dtype(dtype).itemsize, at)
        return np.frombuffer(data, dtype, count)

    @staticmethod
    def _find(keys: np.ndarray, key: int) -> int | None:
        place = int(np.searchsorted(keys, key))
        return place if place < len(keys) and keys[place] == key else None

    def get(self, key: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The document numbers and weights of the term whose postings start at ``key``."""
        place = self._find(self.keys, key)
        if place is None:
            return None
        start, end = int(self.starts[place]), int(self.starts[place + 1])
        ids = self._array(self._ids + 4 * start, end - start, np.uint32)
        return ids.astype(np.int64), self._array(self._weights + 4 * start, end - start, np.float32)

    def positions(self, key: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Per posting of the term (in document order) where its positions start and end in the
        second array, which holds them all; None if the term has no positions listed."""
        place = self._find(self.pkeys, key)
        if place is None:
            return None
        start, end = int(self.pstarts[place]), int(self.pstarts[place + 1])
        ends = self._array(self._ends + 4 * start, end - start + 1, np.uint32).astype(np.int64)
        first, last = int(ends[0]), int(ends[-1])
        found = self._array(self._positions + 4 * first, last - first, np.uint32)
        return ends - first, found.astype(np.int64)


def open_lists(reader) -> DocLists | None:
    """The doc lists of a segment reader, None when its segment has none (or they're unreadable)."""
    segment, storage = getattr(reader, "_segment", None), getattr(reader, "_storage", None)
    folder = getattr(storage, "folder", None)
    if segment is None or folder is None:
        return None
    path = Path(folder) / segment.make_filename(EXT)
    try:
        return DocLists(path)
    except (OSError, ValueError, struct.error):
        return None
