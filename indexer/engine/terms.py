"""Writing a segment's term index a chunk of terms at a time, in the bytes Whoosh writes.

Most terms of a segment have fewer postings than ``doclists.INLINE_BELOW`` (half of them one):
their postings go into their term-index entry, not the postings file. Written term by term
through Whoosh's objects (a term info, a postings writer, the hash writer's ``add``) or even
through one method per term, closing a segment spent most of its time on them. Here one loop
writes all the small terms of a chunk (one field's terms within a block of the pool, in order):
each entry's bytes are made in place and the entries go to the file in one write; a term with
more postings is handed to the postings writer as before, between them.

``HashTables`` is Whoosh's ordered hash writer with the 256 hash tables at its end packed in one
call per table instead of one per slot.
"""

from __future__ import annotations

import struct
from array import array
from hashlib import md5

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.compat import dumps
from whoosh.filedb.filetables import OrderedHashWriter, md5_hash
from whoosh.filedb.filetables import _lengths as _ENTRY_LENGTHS
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

_INLINE_INFO = W3TermInfo._struct
_NULL = (0, 0)  # an empty slot (no entry is at position 0: the file's header is)
_POINTER = np.dtype([("hash", ">u4"), ("position", ">i8")])  # Whoosh's "!Iq", unpadded


def _hash(key: bytes) -> int:
    """``filetables.md5_hash``: the last four bytes of the key's MD5, big-endian."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:])


def _small_value(ids, floats, weights, values, lengths) -> bytes:
    """The term-index value of a term of a few postings kept inline (``finish_postings``):
    its term info, then the pickled documents, weights (as a block holds them: 32-bit) and
    values."""
    count = len(ids)
    values = tuple(v for v in values if v) or (None,) * count  # see ``finish_postings``
    lengths = [n for n in lengths if n]
    info = _INLINE_INFO.pack(
        True,
        sum(array("f", floats)),
        count,
        length_to_byte(min(lengths)) if lengths else 0,
        length_to_byte(max(lengths)) if lengths else 0,
        max(0, max(weights)),
        ids[0],
        ids[-1],
    )
    return info + dumps((tuple(ids), tuple(floats), values), 2)


# -- ``pickle.dumps(((docnum,), (weight,), (value,)), 2)`` without a pickler -------------------
# Protocol 2 writes a bytes object as a call of ``_codecs.encode`` on its text read as Latin-1:
# a new pickler took 2.5 times as long for the three tuples of a single posting as joining the
# opcodes it writes: the number as BININT1/2/4, the weight as BINFLOAT, each tuple and string
# memoized in order (BINPUT). Terms of more postings are few; the pickler writes them.

_FLOAT = struct.Struct(">d").pack
_LENGTH = struct.Struct("<I").pack
_ENCODE = b"c_codecs\nencode\n"
_LATIN1 = b"X\x06\x00\x00\x00latin1"
_NONE_AFTER = b"\x85q\x01N\x85q\x02\x87q\x03."
_VALUE_BEFORE = b"\x85q\x01" + _ENCODE + b"q\x02X"
_VALUE_AFTER = b"q\x03" + _LATIN1 + b"q\x04\x86q\x05Rq\x06\x85q\x07\x87q\x08."


def pickled_number(n: int) -> bytes:
    """A number from 0 to 2**31 - 1 as ``pickle`` writes it (BININT1, BININT2 or BININT)."""
    if n < 256:
        return b"K" + bytes((n,))
    if n < 65536:
        return b"M" + n.to_bytes(2, "little")
    return b"J" + n.to_bytes(4, "little")


def single(docnum: int, weight: float, value: bytes | None) -> bytes:
    """``dumps(((docnum,), (weight,), (value,)), 2)`` for a document number and a float."""
    if docnum >= 2**31 or (value is not None and (type(value) is not bytes or len(value) < 2)):
        return dumps(((docnum,), (weight,), (value,)), 2)
    number = pickled_number(docnum)
    if value is None:
        return b"".join((b"\x80\x02", number, b"\x85q\x00G", _FLOAT(weight), _NONE_AFTER))
    text = value.decode("latin1").encode("utf-8")
    head = (b"\x80\x02", number, b"\x85q\x00G", _FLOAT(weight), _VALUE_BEFORE)
    return b"".join((*head, _LENGTH(len(text)), text, _VALUE_AFTER))


def add_terms(fieldwriter, btexts, ends, ids, weights, values, lengths) -> None:
    """Write one field's terms (``btexts``, sorted; term ``i``'s postings end at ``ends[i]`` in
    the lists ``ids``, ``weights``, ``values``, ``lengths``) with ``fieldwriter``
    (``doclists._FieldWriter``): a term of few postings into its term-index entry (the bytes
    ``start_term``, ``add_term`` and ``finish_term`` would write), any other through the
    postings writer."""
    postwriter, tindex = fieldwriter._postwriter, fieldwriter._tindex
    # the fewest postings not kept inline: those of a block or more, or with a doc list
    below = min(postwriter._inlinelimit, postwriter._blocklimit + 1, max(postwriter.minimum, 1))
    if tindex.hashfn is not md5_hash:
        below = 1  # nothing inline here: the hash writer's own ``add`` for every entry
    floats = array("f", weights).tolist()  # the weights as a block holds them
    prefix = pack_ushort(fieldwriter._fieldid)
    dbfile = tindex.dbfile
    index, buckets = tindex.index, tindex.buckets
    lastkey, pos, parts = tindex.lastkey, dbfile.tell(), []
    pack_entry, pack_info = _ENTRY_LENGTHS.pack, _INLINE_INFO.pack
    a = 0
    for btext, b in zip(btexts, ends, strict=True):
        if b - a >= below:
            if parts:
                dbfile.write(b"".join(parts))
                parts = []
            tindex.lastkey = lastkey
            fieldwriter.start_term(btext)
            postwriter.add_term(ids[a:b], weights[a:b], values[a:b], lengths[a:b])
            fieldwriter.finish_term()
            lastkey, pos = tindex.lastkey, dbfile.tell()
            a = b
            continue
        key = prefix + btext
        if key <= lastkey:
            raise ValueError(f"Keys must increase: {lastkey!r}..{key!r}")
        if b - a == 1:  # half the terms of a segment: the same bytes, without the loops
            docnum, weight, length = ids[a], floats[a], lengths[a]
            byte = length_to_byte(length) if length else 0
            info = pack_info(True, weight, 1, byte, byte, max(0, weights[a]), docnum, docnum)
            value = info + single(docnum, weight, values[a] or None)
        else:
            value = _small_value(ids[a:b], floats[a:b], weights[a:b], values[a:b], lengths[a:b])
        entry = pack_entry(len(key), len(value)) + key + value
        parts.append(entry)
        index.append(pos)
        h = _hash(key)
        buckets[h & 255].append((h, pos))
        pos += len(entry)
        lastkey = key
        a = b
    if parts:
        dbfile.write(b"".join(parts))
    tindex.lastkey = lastkey


class HashTables(OrderedHashWriter):
    """Whoosh's ordered hash writer, its hash tables packed a table at a time (the same
    bytes: ``_write_hashes``)."""

    def _write_hashes(self) -> None:
        dbfile = self.dbfile
        for entries in self.buckets:
            pos = dbfile.tell()
            numslots = 2 * len(entries)
            self.directory.append((pos, numslots))
            table = [_NULL] * numslots
            for hashval, position in entries:
                slot = (hashval >> 8) % numslots
                while table[slot] is not _NULL:  # taken: the next slot
                    slot = (slot + 1) % numslots
                table[slot] = (hashval, position)
            dbfile.write(np.array(table, _POINTER).tobytes())
