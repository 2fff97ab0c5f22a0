"""A release's hit row: what a result line shows, kept beside Whoosh's stored record.

Whoosh stores a record's fields as one zlib-compressed pickle; a hit line needs only a few of
them and the body (for the snippet), yet reading the pickle decompressed and unpickled it all:
about 0.05 ms a row, half of an export of 4,468 rows. The codec here writes, for each release,
its ``ROW_FIELDS`` as one plain UTF-8 text in a column of its own (``_row``, a ``.col`` file
beside the segment's), with the character count of each field in front, and takes the body out
of the stored record. ``RowReader`` puts the body back into the stored record, so every reader
of stored fields (release pages, updates, relinking, the OpenSearch export) sees the record as
written; a result list reads the rows alone (``read_rows``), one decoding each, no pickle.

A record whose row fields are not all text (or not encodable) keeps its body in the stored
record and gets no row; a segment written before rows existed has none: both are read from the
stored record, as before.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from collections.abc import Iterable

from whoosh import columns
from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, W3PerDocWriter

from indexer.engine import schema as f

ROW = "_row"  # the column's name: not a schema field, so Whoosh never copies it on a merge
ROW_FIELDS = (
    f.ID, f.PATH, f.TITLE, f.DATE, f.PERSONS, f.ORGANISATIONS, f.URL, f.ORIGIN, f.FIRST_INDEXED,
    f.BODY,
)  # fmt: skip
_COLUMN = columns.VarBytesColumn()
_HEAD = struct.Struct(f"<{len(ROW_FIELDS)}i")  # each field's characters, -1 when not stored


def encode_row(stored: dict) -> bytes | None:
    """The row of a release's stored record; None for another record, or one whose row fields
    are not all text that UTF-8 can hold (it keeps its body in the stored record)."""
    if stored.get(f.KIND) != f.RELEASE_KIND:
        return None
    values = [stored.get(name) for name in ROW_FIELDS]
    if any(value is not None and type(value) is not str for value in values):
        return None
    try:
        text = "".join(value for value in values if value is not None).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    return _HEAD.pack(*(-1 if value is None else len(value) for value in values)) + text


def decode_row(data: bytes) -> dict[str, str]:
    """The stored row fields of a release from its row (``encode_row``), as Whoosh's stored
    record has them: a field not stored is missing."""
    counts = _HEAD.unpack_from(data)
    text = str(memoryview(data)[_HEAD.size :], "utf-8")
    row, at = {}, 0
    for name, count in zip(ROW_FIELDS, counts, strict=True):
        if count >= 0:
            row[name] = text[at : at + count]
            at += count
    return row


class RowWriter(W3PerDocWriter):
    """Whoosh's per-document writer, with each release's row written to its own column and
    the body left out of the stored record (``RowReader`` puts it back)."""

    def finish_doc(self) -> None:
        stored = self._storedfields
        if stored and (row := encode_row(stored)) is not None:
            self.add_column_value(ROW, _COLUMN, row)
            stored.pop(f.BODY, None)
        super().finish_doc()


class RowReader(W3PerDocReader):
    """Whoosh's per-document reader, with the body of a release read back from its row."""

    def row(self, docnum: int) -> dict[str, str] | None:
        """The row fields of a release, None when it has no row (see the module)."""
        column = self._cached_reader(ROW, _COLUMN)
        data = column[docnum] if column is not None else b""
        return decode_row(data) if data else None

    def stored_fields(self, docnum: int) -> dict:
        stored = super().stored_fields(docnum)
        if f.BODY not in stored and (row := self.row(docnum)) and f.BODY in row:
            stored[f.BODY] = row[f.BODY]
        return stored


class RowCodec(W3Codec):
    """The codec a segment is read with (pickled into the table of contents): Whoosh's, with
    the rows read back (``RowReader``)."""

    def per_document_reader(self, storage, segment) -> RowReader:
        return RowReader(storage, segment)


def read_rows(searcher, docs: Iterable[int]) -> dict[int, dict]:
    """The row fields of releases (document numbers of ``searcher``): read from their rows, or
    for a release without one, from its stored record (all its stored fields)."""
    found: dict[int, dict] = {}
    leaves = searcher.reader().leaf_readers()
    starts = [offset for _, offset in leaves]
    for docnum in docs:
        leaf, offset = leaves[bisect_right(starts, docnum) - 1]
        perdoc = getattr(leaf, "_perdoc", None)
        row = perdoc.row(docnum - offset) if isinstance(perdoc, RowReader) else None
        found[docnum] = row if row is not None else searcher.stored_fields(docnum)
    return found
