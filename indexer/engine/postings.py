"""The postings of a text field, computed without running Whoosh's analysis over the whole text.

``field.index(text)`` makes Whoosh run the analyzer's generators, build a ``Token`` per term and
gather positions in the defaultdicts of ``whoosh.formats``; most of the indexing workers' time went
there. Our two analyzers treat each match of the token regex on its own, but for two things that
carry over from token to token: the position (a hyphen compound takes one per part) and the
renumbering that closes the gaps of removed stopwords (DedupeFilter compares terms at one
position only, and tokens never share one). So each distinct match is analysed once
and cached: a word through the analyzer's own cached word analysis, a hyphen compound through the
analyzer itself. A text is then one loop over the regex that shifts the cached terms to their
positions. Any other analyzer, format or field type takes Whoosh's path."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from itertools import chain, islice
from operator import sub
from pickle import dumps
from re import Match, Pattern
from typing import NamedTuple

from whoosh.analysis import CompositeAnalyzer, IDTokenizer, RegexTokenizer
from whoosh.fields import FieldType
from whoosh.formats import Characters, Existence, Frequency, Positions
from whoosh.system import pack_uint

from indexer.analysis.analyzers import (
    _ALNUM,
    _MARK,
    _STOPS,
    _TERMS,
    _W,
    TOKEN_PATTERN,
    _plain,
    exact_analyzer,
    german_analyzer,
)
from indexer.analysis.hyphens import hyphen_terms
from indexer.analysis.morphology import fold
from indexer.engine.schema import TextField
from indexer.engine.terms import pickled_number
from indexer.extraction.fastpaths import bmp_class, has_astral

Posting = tuple[bytes, int, float, bytes]


class _Token(NamedTuple):
    """What the postings of any text take from one match of the token regex."""

    width: int  # positions the tokenizer gives the match
    first: int  # the position of its first term, from the match's first
    count: int  # positions its terms take, from the first
    terms: tuple[tuple[int, int, int, str], ...]  # (position from ``first``, start, end, term)
    words: tuple[str, ...]  # the terms' texts alone
    whole: int = 0  # all terms at the match's position and span: its length (no ``terms``)


_GERMAN = german_analyzer()
_EXACT = exact_analyzer()
_FORMATS = (Frequency, Positions, Characters)
_INDEX_METHODS = (FieldType.index, TextField.index)  # those that end in the analyzer and format
_LETTER = re.compile(_W)  # what the token regex looks ahead for


def field_postings(field: FieldType, text: str) -> list[Posting]:
    """Return what ``list(field.index(text))`` returns: (term, frequency, weight, value) tuples."""
    if not _ours(field, text):
        return list(field.index(text))
    return _postings(field, _scan(field.analyzer.items[0].expression, text))


def word_postings(field: FieldType, value: object) -> list[Posting] | None:
    """Return what ``list(field.index(value))`` returns for an ID field (the value is the one
    term) or a field whose analyzer is one token regex (the facets, split at ``SEP``), without
    Whoosh's generators (a record has about twenty such fields); None for any other field."""
    if not isinstance(value, str) or type(field).index is not FieldType.index:
        return None
    analyzer, fmt = field.analyzer, field.format
    kind = type(fmt)
    if kind is Existence and type(analyzer) is IDTokenizer:
        return [(value.encode("utf-8"), 1, fmt.field_boost, b"")]
    if kind is Frequency and type(analyzer) is RegexTokenizer and not analyzer.gaps:
        expression = analyzer.expression
        if expression.groups == 0:  # findall gives the whole matches, as the tokenizer
            boost = fmt.field_boost  # every token's boost is 1.0: a weight is a frequency
            counts = Counter(expression.findall(value))
            return [
                (w.encode("utf-8"), n, float(n) * boost, pack_uint(n)) for w, n in counts.items()
            ]
    return None


def span_postings(field: FieldType, text: str, start: int, end: int) -> list[Posting]:
    """Return ``field_postings(field, text[start:end])``, taken from the matches of all ``text``.

    A quote is a span of its release's body, whose matches its own analysis has just found. They
    are the span's matches unless one crosses an edge of the span or the character after it could
    change the last one (the tokenizer looks one letter ahead); then the span is analysed alone.
    """
    part = text[start:end]
    if not _ours(field, part):
        return list(field.index(part))
    raws, starts = _scan(field.analyzer.items[0].expression, text)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    crossed = (i and starts[i - 1] + len(raws[i - 1]) > start) or (
        j > i and starts[j - 1] + len(raws[j - 1]) > end
    )
    if crossed or _LETTER.match(text, end):
        return field_postings(field, part)
    return _postings(field, _Scan(raws[i:j], starts[i:j]), offset=start)


def joined_postings(field: FieldType, texts: Sequence[str], sep: str = "\n") -> list[Posting]:
    """Return ``field_postings(field, sep.join(texts))``, taken from the matches of each text.

    No token spans whitespace, so the matches of texts joined by it are those of each text (the
    title and body just analysed for their own fields); character offsets would not be, so a
    format that keeps them analyses the joined text.
    """
    plain = sep.isspace() and _ours(field, sep) and all(isinstance(t, str) for t in texts)
    if not plain or type(field.format) is Characters:
        return field_postings(field, sep.join(texts))
    expression = field.analyzer.items[0].expression
    scans = [_scan(expression, text) for text in texts]
    return _postings(field, _Scan(list(chain.from_iterable(s.raws for s in scans)), []))


class _Scan(NamedTuple):
    """The matches of the token regex in a text: their strings and starts (a match ends at its
    start plus its length)."""

    raws: list[str]
    starts: list[int]


# The German token pattern takes, as a letter, a combining accent or soft hyphen too (``_W``):
# an alternation tried at every character. A text without them (a repaired text is composed
# and has no soft hyphens) is scanned with a plain letter class instead, 40 % faster; one
# without characters beyond U+FFFF too (``has_astral``: nearly every text) with that class as
# ranges, one bitmap lookup a character instead of four category tests (10 % fewer instructions).
_PLAIN_LETTERS = {TOKEN_PATTERN: re.compile(TOKEN_PATTERN.replace(_W, _ALNUM))}
_BMP_LETTERS = {
    TOKEN_PATTERN: re.compile(
        TOKEN_PATTERN.replace(_W, _ALNUM).replace(_ALNUM, bmp_class(str.isalnum))
    )
}
_MARKS = re.compile(_MARK)


@lru_cache(maxsize=8)
def _scan(expression: Pattern[str], text: str) -> _Scan:
    """Find the matches of ``expression`` in ``text``; the last few texts' are kept for reuse."""
    plain = _PLAIN_LETTERS.get(expression.pattern)
    if plain is not None and not _MARKS.search(text):
        expression = plain if has_astral(text) else _BMP_LETTERS[expression.pattern]
    matches = list(expression.finditer(text))
    return _Scan(list(map(Match.group, matches)), list(map(Match.start, matches)))


def _ours(field: FieldType, text: object) -> bool:
    """Tell whether the postings of ``text`` in ``field`` can be computed here, not by Whoosh."""
    return (
        isinstance(text, str)
        and type(field).index in _INDEX_METHODS
        and type(field.format) in _FORMATS
        and _german(field.analyzer) is not None
    )


# id(analyzer) -> (analyzer, what ``_german`` says): comparing an analyzer with ours compares
# every stage's settings (the stopword set too), a few microseconds asked several times a release
_KNOWN: dict[int, tuple[CompositeAnalyzer, bool | None]] = {}


def _german(analyzer: CompositeAnalyzer) -> bool | None:
    """True for our German analyzer, False for the exact one, None for any other (an analyzer's
    stages are not changed once it has indexed)."""
    known = _KNOWN.get(id(analyzer))
    if known is None or known[0] is not analyzer:
        german = True if analyzer == _GERMAN else False if analyzer == _EXACT else None
        if len(_KNOWN) >= 64:  # schemas read again and again (searchers reopened)
            _KNOWN.clear()
        known = _KNOWN[id(analyzer)] = (analyzer, german)
    return known[1]


def _postings(field: FieldType, scan: _Scan, offset: int = 0) -> list[Posting]:
    """Return the postings of the matches ``scan`` in ``field``; offsets counted from ``offset``."""
    fmt = field.format
    kind = type(fmt)
    token = _TOKENS[_german(field.analyzer), kind is not Frequency]
    boost = fmt.field_boost  # every token's own boost is 1.0, so a term's weight is its frequency
    if kind is Frequency:
        counts = _count(scan.raws, token)
        return [(t.encode(), n, n * boost, pack_uint(n)) for t, n in counts.items()]
    chars = kind is Characters
    found = _gather(scan, token, chars=chars, offset=offset)
    encode = _encode_characters if chars else _encode_positions
    return [(t.encode(), len(v), len(v) * boost, encode(v)) for t, v in found.items()]


def _encode_positions(positions: list[int]) -> bytes:
    """``Positions.encode``: the count, then the pickled gaps between the positions."""
    if len(positions) == 1:  # the first gap is the position itself
        (p,) = positions
        if 0 <= p < _SMALL:  # most terms of a text: the opcodes pickle writes for [p]
            return _ONE_LIST + _NUMBERS[p] + b"a."
        return _ONE + dumps(positions, 2)
    gaps = list(map(sub, positions, (0, *positions[:-1])))
    return pack_uint(len(gaps)) + dumps(gaps, 2)


def _encode_characters(found: list[tuple[int, int, int]]) -> bytes:
    """``Characters.encode``: the count, then per posting the pickled gap to the last position,
    the gap from the last end to its start, and its length. Built fresh, as Whoosh builds them
    (pickle would write a tuple that occurs twice as a reference to the first)."""
    if len(found) == 1:
        ((p, s, e),) = found
        if 0 <= p < _SMALL and 0 <= s <= e < _SMALL:  # pickle's opcodes for [(p, s, e - s)]
            numbers = _NUMBERS
            return b"".join((_ONE_LIST, numbers[p], numbers[s], numbers[e - s], _ONE_TAIL))
        return _ONE + dumps([(p, s, e - s)], 2)
    before = ((0, 0, 0), *found[:-1])  # the previous posting of each
    gaps = [(p - q, s - t, e - s) for (p, s, e), (q, _, t) in zip(found, before, strict=True)]
    return pack_uint(len(gaps)) + dumps(gaps, 2)


_ONE = pack_uint(1)
_ONE_LIST = _ONE + b"\x80\x02]q\x00"  # a count of one, then a pickled list (EMPTY_LIST, BINPUT)
_ONE_TAIL = b"\x87q\x01a."  # TUPLE3, BINPUT, APPEND, STOP
_SMALL = 1 << 16
_NUMBERS = list(map(pickled_number, range(_SMALL)))  # as pickle writes them (BININT1, BININT2)


def _count(raws: Sequence[str], token: Callable[[str], _Token]) -> dict[str, int]:
    """Return how often each term of the matches ``raws`` occurs, in order of first occurrence.

    Each distinct match is looked up once, with its count: the order of first occurrence is the
    same, since a term first occurs in the first match (in the text's order) that gives it."""
    counts: dict[str, int] = {}
    get = counts.get
    for raw, n in Counter(raws).items():
        for word in token(raw).words:
            counts[word] = get(word, 0) + n
    return counts


def _gather(
    scan: _Scan,
    token: Callable[[str], _Token],
    chars: bool,
    offset: int = 0,
) -> dict[str, list]:
    """Return the positions, or (position, start, end), of each term of the matches, in order.

    The first term keeps its position, the next ones follow without the gaps of stopwords;
    character offsets are counted from ``offset``. A match whose terms all take its own
    position and span (a word, a compound and its parts, not a hyphen compound) shares one
    entry among them.
    """
    found: dict[str, list] = defaultdict(list)
    tokens = list(map(token, scan.raws))
    first = next((i for i, t in enumerate(tokens) if t.count), None)  # the first with terms
    if first is None:
        return found
    new = sum(t.width for t in tokens[:first]) + tokens[first].first  # its position
    if chars:
        starts = islice(scan.starts, first, None)
        for (_, _, count, terms, words, whole), start in zip(
            islice(tokens, first, None), starts, strict=True
        ):
            if not count:
                continue
            start -= offset
            if whole:
                entry = (new, start, start + whole)
                for term in words:
                    found[term].append(entry)
            else:
                for p, s, e, term in terms:
                    found[term].append((new + p, start + s, start + e))
            new += count
    else:
        for _, _, count, terms, words, whole in islice(tokens, first, None):
            if not count:
                continue
            if whole:
                for term in words:
                    found[term].append(new)
            else:
                for p, _, _, term in terms:
                    found[term].append(new + p)
            new += count
    return found


def _token(raw: str, german: bool, positions: bool) -> _Token:
    """Analyse one match of the token regex as the field's analyzer does."""
    if (plain := _plain(raw)) is None:  # a hyphen compound: the analyzer's terms for it
        found = hyphen_terms(raw, positions) if german else None
        if found is not None:
            return _of_terms(*found)
        return _analysed(raw, _GERMAN if german else _EXACT, positions)
    if not german:
        lower = plain.lower()
        words: tuple[str, ...] = () if fold(lower) in _STOPS else (lower,)
    else:  # all terms at one position: stopwords go, and DedupeFilter keeps each term once
        words = tuple(term for term, stopped in _TERMS[True, True](plain) if not stopped)
        words = tuple(dict.fromkeys(words)) if positions else words
    return _Token(1, 0, 1 if words else 0, (), words, len(raw))


def _analysed(raw: str, analyzer: CompositeAnalyzer, positions: bool) -> _Token:
    """Analyse one match of the token regex with ``analyzer``, as a format asks it to."""
    # the kind of token a format asks for: dedupe and stopword gaps depend on ``positions``
    kwargs = {"mode": "index", "boosts": True, "positions": positions, "chars": positions}
    terms = [
        (t.pos, t.startchar, t.endchar, t.text) if positions else (0, 0, 0, t.text)
        for t in analyzer(raw, **kwargs)
    ]
    tokens = analyzer.items[0](raw, positions=True, mode="index")
    return _of_terms(terms, 1 + max(t.pos for t in tokens))


def _of_terms(terms: list[tuple[int, int, int, str]], width: int) -> _Token:
    """The analysis of a match from its terms (position, start, end, term) and the positions
    the tokenizer gives it."""
    first = terms[0][0] if terms else 0
    return _Token(
        width=width,
        first=first,
        count=terms[-1][0] - first + 1 if terms else 0,
        terms=tuple((p - first, s, e, term) for p, s, e, term in terms),
        words=tuple(term for *_, term in terms),
    )


# a cache per (German, positions) pair, as ``analysis._TERMS``: the analysis of a match
_TOKENS = {
    (german, positions): lru_cache(maxsize=1 << 17)(
        partial(_token, german=german, positions=positions)
    )
    for german in (True, False)
    for positions in (True, False)
}
