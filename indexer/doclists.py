"""Plain arrays of the documents and weights of each common term, written beside a segment.

Whoosh stores a block of up to 128 postings as one zlib-compressed pickle of document numbers,
weights and values (positions, characters): to learn which documents hold a word, a search
unpickles all of it, about 2 µs a posting (0.15 s for a word in 68,000 releases). The codec here
also writes the document numbers and weights of every term with at least ``MIN_POSTINGS``
postings to ``<segment>.dls``, uncompressed; a search maps the file and takes a term's arrays
as slices, without copying. Terms with fewer postings (a block or less) are read from Whoosh's
blocks as before, and so is a segment written without the file (by an older version).

The file's name follows Whoosh's pattern for segment files, so Whoosh deletes it with its
segment. Its layout, native byte order: ``MAGIC``, the number of terms K and of postings P
(uint64 each), then K term start offsets in the postings file (uint64, ascending: the key),
K + 1 starts in the arrays (uint64), P document numbers (uint32) and P weights (float32).
"""

from __future__ import annotations

import mmap
import struct
from array import array
from pathlib import Path

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter, W3Segment

EXT = ".dls"
MAGIC = b"PSDLS\x00\x00\x01"
MIN_POSTINGS = 128
_HEADER = struct.Struct("=8sQQ")


class _Lists:
    """The arrays being collected for one segment."""

    def __init__(self) -> None:
        self.keys = array("Q")
        self.starts = array("Q", [0])
        self.ids = array("I")
        self.weights = array("f")
        self._key = 0

    def start(self, key: int) -> None:
        self._key = key

    def add(self, ids, weights) -> None:
        self.ids.extend(ids)
        self.weights.extend(weights)

    def finish(self, minimum: int) -> None:
        """Keep the term just written if it has enough postings, else drop its arrays."""
        begin = self.starts[-1]
        if len(self.ids) - begin >= minimum:
            self.keys.append(self._key)
            self.starts.append(len(self.ids))
        else:
            del self.ids[begin:]
            del self.weights[begin:]

    def write(self, out) -> None:
        out.write(_HEADER.pack(MAGIC, len(self.keys), len(self.ids)))
        for part in (self.keys, self.starts, self.ids, self.weights):
            out.write(part.tobytes())


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, handing each block's numbers and weights to ``_Lists``."""

    def __init__(self, lists: _Lists, minimum: int, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lists = lists
        self.minimum = minimum

    def start_postings(self, format_, terminfo):
        super().start_postings(format_, terminfo)
        self.lists.start(self._startoffset)

    def _write_block(self, last=False):
        self.lists.add(self._ids, self._weights)  # before Whoosh resets its buffers
        super()._write_block(last)

    def finish_postings(self):
        terminfo = super().finish_postings()
        self.lists.finish(self.minimum if not terminfo.is_inlined() else 2**63)
        return terminfo


class _FieldWriter(W3FieldWriter):
    def __init__(self, codec: Codec, storage, segment) -> None:
        super().__init__(codec, storage, segment)
        self._lists = _Lists()

    def start_field(self, fieldname, fieldobj):
        super().start_field(fieldname, fieldobj)
        codec = self._codec
        self._postwriter = _PostingsWriter(
            self._lists,
            codec.min_postings,
            self._postfile,
            blocklimit=codec._blocklimit,
            compression=codec._compression,
            inlinelimit=codec._inlinelimit,
        )

    def close(self):
        super().close()
        out = self._create_file(EXT)
        self._lists.write(out)
        out.close()


class Codec(W3Codec):
    """Whoosh's codec, with the doc lists written beside each segment's postings."""

    def __init__(self, min_postings: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.min_postings = MIN_POSTINGS if min_postings is None else min_postings

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def new_segment(self, storage, indexname):
        """A segment that reads with Whoosh's own codec: the table of contents, which pickles
        it, stays readable without this module."""
        reading = W3Codec(self._blocklimit, self._compression, self._inlinelimit)
        return W3Segment(reading, indexname)


class DocLists:
    """One segment's doc lists, mapped from disk."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        magic, terms, postings = _HEADER.unpack_from(self._map)
        if magic != MAGIC:
            raise ValueError(f"{path}: not a doc list file")
        at = _HEADER.size
        self.keys = np.frombuffer(self._map, np.uint64, terms, at)
        at += 8 * terms
        self.starts = np.frombuffer(self._map, np.uint64, terms + 1, at)
        at += 8 * (terms + 1)
        self.ids = np.frombuffer(self._map, np.uint32, postings, at)
        self.weights = np.frombuffer(self._map, np.float32, postings, at + 4 * postings)

    def get(self, key: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The document numbers and weights of the term whose postings start at ``key``."""
        place = int(np.searchsorted(self.keys, key))
        if place == len(self.keys) or self.keys[place] != key:
            return None
        start, end = int(self.starts[place]), int(self.starts[place + 1])
        return self.ids[start:end], self.weights[start:end]


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
