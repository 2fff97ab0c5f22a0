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

import io
import os
import struct
from collections.abc import Callable, Iterable

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

    def __init__(self, storage, segment) -> None:
        super().__init__(storage, segment)
        self._row_data: Callable[[int], bytes] | None = None

    def row_data(self, docnum: int) -> bytes:
        """A document's row as written, empty when it has none."""
        if self._row_data is None:
            column = self._cached_reader(ROW, _COLUMN)
            self._row_data = _values(column) if column is not None else lambda docnum: b""
        return self._row_data(docnum)

    def row(self, docnum: int) -> dict[str, str] | None:
        """The row fields of a release, None when it has no row (see the module)."""
        data = self.row_data(docnum)
        return decode_row(data) if data else None

    def stored_fields(self, docnum: int) -> dict:
        stored = super().stored_fields(docnum)
        if f.BODY not in stored and (row := self.row(docnum)) and f.BODY in row:
            stored[f.BODY] = row[f.BODY]
        return stored


def _values(column) -> Callable[[int], bytes]:
    """Read a document's value of a ``VarBytesColumn``: with one ``pread`` when the column is a
    file of its own (Whoosh's reader seeks and reads through Python's buffered file), else
    with Whoosh's reader (a column inside a compound segment file)."""
    dbfile = getattr(column, "_dbfile", None)
    if type(getattr(dbfile, "file", None)) is not io.BufferedReader:
        return column.__getitem__
    file = dbfile.file
    fd, base = file.fileno(), column._basepos
    offsets, lengths = column._offsets, column._lengths

    def value(docnum: int) -> bytes:
        if file.closed:  # its descriptor may be another file's by now
            raise ValueError(f"read of closed file {dbfile._name}")
        length = lengths[docnum]
        return os.pread(fd, length, base + offsets[docnum]) if length else b""

    return value


class RowCodec(W3Codec):
    """The codec a segment is read with (pickled into the table of contents): Whoosh's, with
    the rows read back (``RowReader``)."""

    def per_document_reader(self, storage, segment) -> RowReader:
        return RowReader(storage, segment)


def read_rows(searcher, docs: Iterable[int]) -> dict[int, dict]:
    """The row fields of releases (document numbers of ``searcher``): read from their rows, or
    for a release without one, from its stored record (all its stored fields)."""
    docs = list(docs)
    found: dict[int, dict] = {}
    for leaf, offset in searcher.reader().leaf_readers():
        end = offset + leaf.doc_count_all()
        perdoc = getattr(leaf, "_perdoc", None)
        data = perdoc.row_data if isinstance(perdoc, RowReader) else lambda docnum: b""
        for docnum in docs:
            if offset <= docnum < end:
                row = data(docnum - offset)
                found[docnum] = decode_row(row) if row else searcher.stored_fields(docnum)
    return found
