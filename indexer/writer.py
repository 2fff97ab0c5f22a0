"""Whoosh's segment writer, with the field lengths read once per document instead of per posting
and the posting pool's sorted runs written in chunks.

When a segment's postings are written, Whoosh asks the new segment's length column for the
length of the posting's document, once per posting (a seek and a read each time): a quarter of
the writer's time here. ``Writer`` reads each field's lengths once, into a list, and hands the
same values on, so the index written is the same.

Whoosh sorts the postings of a segment with an external merge sort: when its pool is full, the
sorted postings are written to a run file, one ``pickle.dump`` call per posting, and read back
one ``pickle.load`` each, for a fifth of a build's time. ``_Pool`` writes and reads the same
runs as ``marshal``-ed lists of ``CHUNK`` postings: one call per chunk, in C.
"""

from __future__ import annotations

import marshal
from itertools import islice

from whoosh.writing import PostingPool, SegmentWriter

from indexer import doclists


class _Lengths:
    """The per-document field lengths of a segment, read on first use of each field."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self.fields: dict[str, list] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        lengths = self.fields.get(fieldname)
        if lengths is None:
            read = self.reader.doc_field_length
            count = self.reader.doc_count_all()
            lengths = self.fields[fieldname] = [read(d, fieldname, default) for d in range(count)]
        return lengths[docnum]


CHUNK = 8192  # postings per chunk of a run: the merge holds one chunk of each run in memory


class _Pool(PostingPool):
    """Whoosh's posting pool, its runs written and read a chunk of postings at a time."""

    def _write_run(self, f, items):
        items = iter(items)
        while chunk := list(islice(items, CHUNK)):
            marshal.dump(chunk, f)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = marshal.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


class Writer(SegmentWriter):
    """A ``SegmentWriter`` whose flush looks each document's field length up in memory.

    It also does what Whoosh's multisegment ``MpWriter`` does with its sub-writers: a writer in a
    worker process closes its own segment (``close_segment``), and the main writer's commit lists
    those segments beside its own (``commit_with``). Whoosh's private steps stay in this class.
    Its codec writes each segment's doc lists (``doclists``) beside the postings.
    """

    def __init__(self, ix, **kwargs) -> None:
        kwargs.setdefault("codec", doclists.Codec())
        super().__init__(ix, **kwargs)
        pool = _Pool(self._tempstorage, self.newsegment)
        pool.limit = self.pool.limit  # as Whoosh sized its own from ``limitmb``
        self.pool = pool

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
        # SegmentWriter._flush_segment with the length reader wrapped
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        postings = self.pool.iter_postings()
        self.fieldwriter.add_postings(self.schema, reader and _Lengths(reader), postings)
        self.fieldwriter.close()
        if reader:
            reader.close()
