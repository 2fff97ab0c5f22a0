"""A release laid out for its page: paragraphs of plain segments, query words and quotes marked.

Which words a query marks is the core's answer (``indexer.search.highlight.mark_spans``); this
module only cuts the body at those spans. Segments are plain text with flags; the template
escapes them, so nothing here builds HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"[ \t]*\n\s*")


@dataclass
class Segment:
    """A run of text that is entirely inside or outside a match and a quote."""

    text: str
    mark: bool = False
    quote: int | None = None  # the quote's start offset, used as its anchor
    anchor: bool = False  # the first segment of a quote carries the anchor


@dataclass
class Paragraph:
    segments: list[Segment] = field(default_factory=list)


def quote_spans(body: str, quotes: list[dict]) -> list[tuple[int, int]]:
    """Return the usable character spans of the quotes (offsets checked against the body)."""
    spans = []
    for quote in quotes:
        start, end = quote.get("start"), quote.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body):
            spans.append((start, end))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for span in spans:
        if span[0] <= pos < span[1]:
            return span
    return None


def layout(body: str, marks: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list:
    """Split a body into paragraphs of segments at every match and quote boundary."""
    # Blank lines part paragraphs; a text without any has one paragraph per line.
    splitter = _BLANK_LINE if _BLANK_LINE.search(body) else _NEWLINE
    bounds, pos = [], 0
    for gap in splitter.finditer(body):
        bounds.append((pos, gap.start()))
        pos = gap.end()
    bounds.append((pos, len(body)))
    paragraphs = []
    anchored: set[int] = set()
    for pstart, pend in bounds:
        if not body[pstart:pend].strip():
            continue
        cuts = {pstart, pend}
        for a, b in marks + quotes:
            cuts.update(c for c in (a, b) if pstart < c < pend)
        points = sorted(cuts)
        para = Paragraph()
        for a, b in zip(points, points[1:], strict=False):
            quote = _inside(a, quotes)
            qid = quote[0] if quote else None
            first = qid is not None and qid not in anchored
            if qid is not None:
                anchored.add(qid)
            para.segments.append(Segment(body[a:b], bool(_inside(a, marks)), qid, first))
        paragraphs.append(para)
    return paragraphs


def body_layout(body: str, marks: list[tuple[int, int]], quotes: list[dict]) -> list[Paragraph]:
    """Lay out a release body with the spans ``marks`` marked and anchors at its quotes."""
    return layout(body, marks, quote_spans(body, quotes))
