"""A release laid out for its page: paragraphs of plain segments, query words and quotes marked.

Segments are plain text with flags; the template escapes them, so nothing here builds HTML.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field

from whoosh import query as wq

from indexer.engine import schema as f
from indexer.search.query import parse_query

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


@dataclass
class Matcher:
    """The analysed words of a query that should be marked in a release body."""

    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    patterns: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes or self.patterns)

    def matches(self, term: str) -> bool:
        return (
            term in self.terms
            or any(term.startswith(p) for p in self.prefixes)
            or any(fnmatch.fnmatchcase(term, p) for p in self.patterns)
        )


def _positive(node: wq.Query) -> wq.Query:
    """Drop the negated parts of a query: words a user excluded are not highlighted."""
    if isinstance(node, wq.Not):
        return wq.NullQuery
    if isinstance(node, wq.AndNot):
        return _positive(node.a)
    return node.apply(_positive) if node.children() else node


def matcher(schema, text: str) -> Matcher:
    """Collect the body-field terms, prefixes and wildcards of a query."""
    found = Matcher()
    if not text.strip():
        return found
    parsed = parse_query(text, schema)
    if parsed.is_empty:
        return found
    for leaf in _positive(parsed.query).leaves():
        if leaf.field() != f.BODY:
            continue
        if isinstance(leaf, wq.Prefix):
            found.prefixes.add(str(leaf.text))
        elif isinstance(leaf, wq.Wildcard):
            found.patterns.add(str(leaf.text))
        else:
            for _fieldname, term in leaf.iter_all_terms(phrases=True):
                found.terms.add(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    return found


def match_spans(schema, body: str, text: str) -> list[tuple[int, int]]:
    """Return the character spans of the body words that the query matches."""
    found = matcher(schema, text)
    if not found:
        return []
    spans = set()
    for token in schema[f.BODY].analyzer(body, chars=True, mode="index"):
        if found.matches(token.text):
            spans.add((token.startchar, token.endchar))
    return sorted(spans)


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


def body_layout(schema, body: str, text: str, quotes: list[dict]) -> list[Paragraph]:
    """Lay out a release body with the words of ``text`` marked and anchors at its quotes."""
    return layout(body, match_spans(schema, body, text), quote_spans(body, quotes))
