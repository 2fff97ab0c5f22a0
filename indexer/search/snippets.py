"""Hit snippets: the body around the matched words, marked with ``<mark>``, from stored offsets.

The same text as Whoosh's pinpoint highlighter (``PinpointFragmenter(maxchars=200, surround=60,
autotrim=True)``, ``BasicFragmentScorer``, the best two fragments in text order, joined by
`` … ``), without its objects: one ``Token`` and ``Fragment`` per match, a posting matcher
walked document by document and the scorer's generator chains cost an export of 4,468 rows
about 0.04 ms a row, more than reading the row. Here the character offsets of the page's matched
terms are read block by block (``matches.read_values``) and the fragments are built from tuples.
``tests/test_snippets.py`` compares the two on real hits.
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Iterable

import numpy as np
from whoosh import highlight
from whoosh.reading import TermNotFound

from indexer.engine import matches
from indexer.engine import schema as f
from indexer.engine.matches import Term

MAXCHARS = 200  # the longest run of matches one fragment gathers
SURROUND = 60  # characters of context on each side of a fragment's matches
TOP = 2  # fragments per snippet
CHARLIMIT = highlight.DEFAULT_CHARLIMIT  # matches ending past this character are not marked
BETWEEN = " … "
SNIPPET_CHARS = 240  # the start of the body, when no word of it is marked

# A match: start and end character, the matched word.
Span = tuple[int, int, bytes]


def body_offsets(
    searcher, docs: Iterable[int], docterms: dict[int, list[Term]]
) -> dict[int, list[tuple[bytes, list[tuple[int, int, int]]]]]:
    """Each document's matched body words (in the order of ``docterms``) with their character
    offsets (position, start, end), read once per word and segment. A matched word the index
    cannot find raises ``TermNotFound``, as Whoosh's highlighter did: the search then checks
    the index for damage (a cut term file) instead of showing a snippet without marks."""
    docs = list(docs)
    words = {d: [t for fieldname, t in docterms.get(d, ()) if fieldname == f.BODY] for d in docs}
    holders: dict[bytes, list[int]] = {}
    for docnum, found in words.items():
        for btext in found:
            holders.setdefault(btext, []).append(docnum)
    decode = searcher.schema[f.BODY].format.decode_characters
    chars: dict[tuple[int, bytes], list[tuple[int, int, int]]] = {}
    for leaf, offset in searcher.reader().leaf_readers():
        end = offset + leaf.doc_count_all()
        for btext, held in holders.items():
            local = np.array(sorted(d - offset for d in held if offset <= d < end), np.int64)
            if len(local):
                for docnum, value in matches.read_values(leaf, f.BODY, btext, local).items():
                    chars[docnum + offset, btext] = decode(value)
    for docnum, found in words.items():
        for btext in found:
            if (docnum, btext) not in chars:  # matched, yet not in the segment's term index
                raise TermNotFound(f"{f.BODY}:{btext!r} has no offsets in document {docnum}")
    return {d: [(t, chars[d, t]) for t in found] for d, found in words.items()}


class _Fragment:
    """A passage of the text and its matches; ordered by start, as Whoosh's ``Fragment``, so
    that fragments of equal score are chosen as Whoosh chooses them."""

    __slots__ = ("end", "matches", "start")

    def __init__(self, start: int, end: int, found: list[Span]) -> None:
        self.start, self.end, self.matches = start, end, found

    def __lt__(self, other: _Fragment) -> bool:
        return self.start < other.start


def _fragments(text: str, tokens: list[Span]) -> Iterable[tuple[float, _Fragment]]:
    """Whoosh's ``PinpointFragmenter.fragment_matches`` with ``autotrim``, each fragment with
    the ``BasicFragmentScorer``'s score (every match weighs 1)."""
    j = -1
    last = len(tokens) - 1
    for i, (left, right, _) in enumerate(tokens):
        if j >= i:
            continue
        j = i
        if right > CHARLIMIT:
            break
        length = right - left
        while j < last and length < MAXCHARS:
            start, end, _ = tokens[j + 1]
            if end - right <= SURROUND and end - left <= MAXCHARS:
                j += 1
                right = end
                length += end - start
            else:
                break
        found = tokens[i : j + 1]
        left = max(0, left - SURROUND)
        right = min(len(text), right + SURROUND)
        space = text.find(" ", left, right)
        if space > 0:
            left = space + 1
        space = text.rfind(" ", left, right)
        if space > 0:
            right = space
        left = min(left, found[0][0])
        right = max(right, found[-1][1])
        words = len({word for _, _, word in found})
        yield float(len(found)) * ((words * 100) or 1), _Fragment(left, right, found)


def _format(text: str, fragment: _Fragment) -> str:
    """Whoosh's ``Formatter.format_fragment`` with ``<mark>`` and everything escaped."""
    out = []
    index = fragment.start
    found = fragment.matches
    if len(found) > 1:
        found = sorted(found, key=lambda t: (t[0], t[0] - t[1]))
    for start, end, _ in found:
        if start < index:
            continue
        if start > index:
            out.append(html.escape(text[index:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        index = end
    out.append(html.escape(text[index : fragment.end]))
    return "".join(out)


def marked(text: str, offsets: list[tuple[bytes, list[tuple[int, int, int]]]]) -> str:
    """The best two fragments of ``text`` around its matched words (their ``offsets``, as
    ``body_offsets`` gives them), marked and escaped; empty when nothing is marked."""
    tokens: list[Span] = []
    for word, chars in offsets:
        for _, start, end in chars:
            if end > CHARLIMIT:
                break
            tokens.append((start, end, word))
    if not tokens:
        return ""
    if len(tokens) == 1:  # most hits of an export: one match, one fragment, nothing to choose
        return _format(text, next(_fragments(text, tokens))[1])
    tokens.sort(key=lambda t: t[0])
    longest: list[Span] = []
    for token in tokens:  # of the matches starting at one character, the (first) longest
        if longest and longest[-1][0] == token[0]:
            if token[1] - token[0] > longest[-1][1] - longest[-1][0]:
                longest[-1] = token
        else:
            longest.append(token)
    best = [fr for score, fr in heapq.nlargest(TOP, _fragments(text, longest)) if score >= 1]
    best.sort(key=lambda fr: fr.start)
    return BETWEEN.join(_format(text, fr) for fr in best)


def lead(body: str) -> str:
    """The start of a body, escaped, cut at a space: the snippet of a hit with nothing marked."""
    start = body[:SNIPPET_CHARS]
    cut = start.rsplit(" ", 1)[0] if len(body) > SNIPPET_CHARS else start
    return html.escape(cut) + (" …" if len(body) > SNIPPET_CHARS else "")
