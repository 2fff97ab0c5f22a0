"""Where the quotes of a release are: quotation marks paired paragraph by paragraph (rule 1).

The rules are listed in ``quotes``; this module finds the top-level quoted spans and masks them,
so that the speaker rules of ``attribution`` never take a name inside a quote for its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

_CLOSERS = {
    "„": '“”"',
    "“": '”"',
    '"': '"“”',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    ",": "‘’'",
    "'": "'’‘",
    "›": "‹",
    "‹": "›",
}
DOUBLE = '„“"»«'
# a mark, or a comma after a blank before a letter (a low single quote typed as a comma); one
# character class first, so that the scan skips to the next candidate at once
_MARKS = "„“”\"»«‚‘’'›‹,"
_MARK = re.compile(rf"[{_MARKS}](?:(?<!,)|(?<=\s,)(?=[^\W\d_]))")
_OPEN_AFTER = " \t\n([{/–—-:"

# what masking blanks: all but line breaks and the blanks that are not a plain space
_MASKED = re.compile(r"\S| ")
_KEPT = re.compile(r"[^\S ]")  # what it keeps: a quote without any is blanked at once


@dataclass
class Span:
    """A top-level quoted span: text offsets, the opening mark and where the marks sit."""

    start: int
    end: int
    mark: str
    open_at: int
    close_at: int | None


def find_spans(body: str) -> list[Span]:
    """Scan the marks paragraph by paragraph and return the top-level quoted spans."""
    spans: list[Span] = []
    pending: Span | None = None
    pos = 0
    for line in body.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        stack = _Stack()
        skip = -1
        if pending is not None:
            first = start + len(line) - len(line.lstrip())
            if body[first] in _CLOSERS[pending.mark] and body[first + 1 : first + 2] in ",.;:!?":
                # the closing mark alone at a paragraph start: '\n“, so Claussen.'
                spans.append(_trim(body, pending.mark, pending.open_at, first, first))
                skip = first
            elif body[first] in DOUBLE:
                stack.push(pending.mark, pending.open_at)
                skip = first
            elif _runs_on(body, start, pending.mark):
                stack.push(pending.mark, pending.open_at)
            else:
                spans.append(pending)
            pending = None
        for m in _MARK.finditer(body, start, start + len(line)):
            i, ch = m.start(), m.group()
            if i == skip:
                continue
            prev_ch = body[i - 1] if i > start else " "
            k = stack.closed_by(ch)
            if k >= 0 and (ch in "“”‘" or not prev_ch.isspace()):
                op, at = stack[k]
                stack.cut(k)
                if k == 0:
                    spans.append(_trim(body, op, at, i, i))
                continue
            if not _can_open(ch, prev_ch, body[i + 1 : i + 3] or " "):
                continue
            if stack and ch in DOUBLE and stack[0][0] in DOUBLE and _after_sentence(body, i):
                spans.append(_trim(body, stack[0][0], stack[0][1], i, None))
                stack.cut(0)
            if ch in DOUBLE and not stack.has_double():
                stack.cut(0)  # single marks left open were apostrophes, not quotes
            stack.push(ch, i)
        if stack and stack[0][0] in DOUBLE:
            pending = _trim(body, stack[0][0], stack[0][1], start + len(line.rstrip()), None)
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


# the opening marks each mark can close
_CLOSES = {ch: tuple(op for op, closers in _CLOSERS.items() if ch in closers) for ch in _MARKS}


class _Stack(list):
    """The open marks of a paragraph, with where each kind of mark last sits on it.

    A paragraph of thousands of opening marks (``„Wort `` repeated) made the former scan over
    the whole stack for every mark quadratic; here a mark finds what it closes at once."""

    def __init__(self) -> None:
        super().__init__()
        self.at: dict[str, list[int]] = {}  # mark -> its indices on the stack, ascending

    def push(self, mark: str, offset: int) -> None:
        self.at.setdefault(mark, []).append(len(self))
        self.append((mark, offset))

    def closed_by(self, ch: str) -> int:
        """Return the index of the topmost open mark that ``ch`` closes, or -1."""
        return max((self.at[op][-1] for op in _CLOSES[ch] if self.at.get(op)), default=-1)

    def cut(self, k: int) -> None:
        """Drop the marks from index ``k`` on."""
        for mark, _ in self[k:]:
            self.at[mark].pop()
        del self[k:]

    def has_double(self) -> bool:
        return any(self.at.get(mark) for mark in DOUBLE)


_RUN_ON_PARAGRAPHS = 4
_RUN_ON_LINES = 12  # paragraphs of any kind, hard-wrapped lines included
_SENTENCE_END = ".!?:;…“”\"»«‘’'"


def _runs_on(body: str, start: int, mark: str) -> bool:
    """Tell whether a quote open at a paragraph end closes in one of the next paragraphs.

    A quote over several paragraphs may leave out the opening mark of each new one: it runs on
    when a closing mark for it comes before any opening mark, within a few paragraphs. A
    paragraph that ends inside a sentence is a hard-wrapped line and counts only towards a
    wider bound (``… ist mir enorm\n\nschwergefallen.``).
    """
    end, paragraphs, lines = start, 0, 0
    while paragraphs < _RUN_ON_PARAGRAPHS and lines < _RUN_ON_LINES and end < len(body):
        nl = body.find("\n", end)
        end = len(body) if nl < 0 else nl + 1
        text = body[start:end].strip()
        lines += bool(text)
        paragraphs += bool(text) and (text[-1] in _SENTENCE_END or start == 0)
        for m in _MARK.finditer(body, start, end):
            i, ch = m.start(), m.group()
            prev_ch = body[i - 1] if i > 0 else " "
            if ch in _CLOSERS[mark] and (ch in "“”‘" or not prev_ch.isspace()):
                return True
            if ch in DOUBLE and _can_open(ch, prev_ch, body[i + 1 : i + 3] or " "):
                return False
        start = end
    return False


def _can_open(ch: str, prev_ch: str, ahead: str) -> bool:
    """Tell whether a mark in this context can open a quote (``ahead``: the next two chars)."""
    next_ch = ahead[0]
    if ch in "„‚,":
        return True
    if ch in "”‘’":
        return False
    if ch == "'":
        return prev_ch in _OPEN_AFTER and next_ch.isalpha() and not re.match(r"[sn]\b", ahead)
    return prev_ch in _OPEN_AFTER and not next_ch.isspace()


def _after_sentence(body: str, i: int) -> bool:
    """Tell whether the text before position ``i`` ends a sentence."""
    head = body[max(0, i - 3) : i].rstrip()
    return bool(head) and head[-1] in ".!?"


def _trim(body: str, mark: str, open_at: int, end: int, close_at: int | None) -> Span:
    """Make a span of the text between the marks, without surrounding blanks or a final comma."""
    start = open_at + 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
        end -= 1
    return Span(start, end, mark, open_at, close_at)


def mask(body: str, spans: list[Span]) -> str:
    """Blank the quoted text (keeping a final stop) so names inside quotes are not speakers."""
    pieces, at = [], 0
    for s in sorted(spans, key=attrgetter("start")):
        last = s.end - 1 if body[s.end - 1] in ".!?" else s.end
        start = max(s.start, at)  # what an earlier span blanked is blank
        if last <= start:
            continue
        part = body[start:last]
        blank = "_" * len(part) if _KEPT.search(part) is None else _MASKED.sub("_", part)
        pieces += (body[at:start], blank)
        at = last
    pieces.append(body[at:])
    return "".join(pieces)
