"""Whoosh's segment writer, with the field lengths read once per document instead of per posting.

When a segment's postings are written, Whoosh asks the new segment's length column for the
length of the posting's document, once per posting (a seek and a read each time): a quarter of
the writer's time here. ``Writer`` reads each field's lengths once, into a list, and hands the
same values on, so the index written is the same.
"""

from __future__ import annotations

from whoosh.writing import SegmentWriter

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
