"""A field's terms read from the segments' term-index files at once.

``reader.lexicon(field)`` walks Whoosh's generators term by term (a key read with a seek and
two reads each, then a merge of the segments' iterators): the vocabulary file written after
every index run (``search.vocabulary``) spent most of its time there. A segment's term index
(``filetables.OrderedHashWriter``) lists the positions of all its keys, in key order, and a key
is the field's number (two bytes) and the term: the keys of a field are one run of that list,
read here with one read of the file and array operations.
"""

from __future__ import annotations

import numpy as np
from whoosh.filedb.filetables import OrderedHashReader

_ORDER = {"B": ">u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8"}  # Whoosh writes big-endian


def field_terms(reader, fieldname: str) -> list[bytes]:
    """The terms of ``fieldname`` in ``reader``, sorted, each once: ``list(reader.lexicon(
    fieldname))`` (Whoosh's way for a segment whose term index is not Whoosh's own)."""
    found = []
    for leaf, _ in reader.leaf_readers():
        terms = _segment_terms(leaf, fieldname)
        if terms is None:
            return list(reader.lexicon(fieldname))
        found.append(terms)
    if len(found) == 1:
        return found[0]
    return sorted(set().union(*found))


def _segment_terms(leaf, fieldname: str) -> list[bytes] | None:
    terms = getattr(leaf, "_terms", None)
    tindex = getattr(terms, "_tindex", None)
    if type(tindex) is not OrderedHashReader:
        return None
    number = terms._fieldmap.get(fieldname)
    dtype = _ORDER.get(tindex.extras.get("indextype"))
    if dtype is None:
        return None
    if number is None or not tindex.indexlen:
        return []
    dbfile = tindex.dbfile
    positions = np.frombuffer(
        dbfile.get(tindex.indexbase, tindex.indexlen * tindex.indexsize), dtype
    ).astype(np.int64)
    # the keys are sorted, so the field's are one run: found by bisection, then read at once
    first = _first_key(dbfile, positions, number)
    last = _first_key(dbfile, positions, number + 1)
    if first == last:
        return []
    base = int(positions[first])
    end = int(positions[last]) if last < len(positions) else tindex.endofdata
    data = dbfile.get(base, end - base)
    at = positions[first:last] - base
    raw = np.frombuffer(data, np.uint8)
    # an entry: key length, value length (big-endian int32 each), then the key: field, term
    lengths = np.zeros(len(at), np.int64)
    for k in range(4):
        lengths = lengths << 8 | raw[at + k]
    starts = (at + 10).tolist()
    ends = (at + 8 + lengths).tolist()
    return [data[a:b] for a, b in zip(starts, ends, strict=True)]


def _first_key(dbfile, positions: np.ndarray, number: int) -> int:
    """Where the first key of field ``number`` or a later one stands in ``positions``."""
    lo, hi = 0, len(positions)
    while lo < hi:
        mid = (lo + hi) // 2
        if int.from_bytes(dbfile.get(int(positions[mid]) + 8, 2)) < number:
            lo = mid + 1
        else:
            hi = mid
    return lo
