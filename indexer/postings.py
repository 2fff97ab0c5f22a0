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

from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import chain, islice
from operator import attrgetter
from re import Match, Pattern
from typing import NamedTuple

from whoosh.analysis import CompositeAnalyzer
from whoosh.fields import FieldType
from whoosh.formats import Characters, Frequency, Positions
from whoosh.system import pack_uint

from indexer.analysis import _STOPS, _TERMS, _plain, exact_analyzer, german_analyzer
from indexer.morphology import fold
from indexer.schema import TextField

Posting = tuple[bytes, int, float, bytes]


class _Token(NamedTuple):
    """What the postings of any text take from one match of the token regex."""

    width: int  # positions the tokenizer gives the match
    first: int  # the position of its first term, from the match's first
    count: int  # positions its terms take, from the first
    terms: tuple[tuple[int, int, int, str], ...]  # (position from ``first``, start, end, term)
    words: tuple[str, ...]  # the terms' texts alone


_GERMAN = german_analyzer()
_EXACT = exact_analyzer()
_FORMATS = (Frequency, Positions, Characters)
_INDEX_METHODS = (FieldType.index, TextField.index)  # those that end in the analyzer and format


def field_postings(field: FieldType, text: str) -> list[Posting]:
    """Return what ``list(field.index(text))`` returns: (term, frequency, weight, value) tuples."""
    analyzer, fmt = field.analyzer, field.format
    german = analyzer == _GERMAN
    if not (
        isinstance(text, str)
        and type(field).index in _INDEX_METHODS
        and type(fmt) in _FORMATS
        and (german or analyzer == _EXACT)
    ):
        return list(field.index(text))
    positions = type(fmt) is not Frequency
    token = _TOKENS[german, positions]
    expression = analyzer.items[0].expression
    boost = fmt.field_boost  # every token's own boost is 1.0, so a term's weight is its frequency
    if not positions:
        counts = _count(expression, text, token)
        return [(t.encode(), n, n * boost, pack_uint(n)) for t, n in counts.items()]
    found = _gather(expression, text, token, chars=type(fmt) is Characters)
    return [(t.encode(), len(v), len(v) * boost, fmt.encode(v)) for t, v in found.items()]


def _count(expression: Pattern[str], text: str, token: Callable[[str], _Token]) -> Counter[str]:
    """Return how often each term occurs in ``text``, in the order of first occurrence."""
    words = map(attrgetter("words"), map(token, expression.findall(text)))
    return Counter(chain.from_iterable(words))


def _gather(
    expression: Pattern[str],
    text: str,
    token: Callable[[str], _Token],
    chars: bool,
) -> dict[str, list]:
    """Return the positions, or (position, start, end), of each term of ``text``, in order.

    The first term keeps its position, the next ones follow without the gaps of stopwords.
    """
    found: dict[str, list] = defaultdict(list)
    matches = list(expression.finditer(text))
    tokens = list(map(token, map(Match.group, matches)))
    first = next((i for i, t in enumerate(tokens) if t.terms), None)  # the first with terms
    if first is None:
        return found
    new = sum(t.width for t in tokens[:first]) + tokens[first].first  # its position
    if chars:
        starts = map(Match.start, islice(matches, first, None))
        for (_, _, count, terms, _), start in zip(islice(tokens, first, None), starts, strict=True):
            for p, s, e, term in terms:
                found[term].append((new + p, start + s, start + e))
            new += count
    else:
        for _, _, count, terms, _ in islice(tokens, first, None):
            for p, _, _, term in terms:
                found[term].append(new + p)
            new += count
    return found


def _token(raw: str, german: bool, positions: bool) -> _Token:
    """Analyse one match of the token regex as the field's analyzer does."""
    if (plain := _plain(raw)) is None:  # a hyphen compound: rare, so the analyzer itself
        return _analysed(raw, _GERMAN if german else _EXACT, positions)
    if not german:
        lower = plain.lower()
        words: tuple[str, ...] = () if fold(lower) in _STOPS else (lower,)
    else:  # all terms at one position: stopwords go, and DedupeFilter keeps each term once
        words = tuple(term for term, stopped in _TERMS[True, True](plain) if not stopped)
        words = tuple(dict.fromkeys(words)) if positions else words
    return _Token(
        width=1,
        first=0,
        count=1 if words else 0,
        terms=tuple((0, 0, len(raw), word) for word in words),
        words=words,
    )


def _analysed(raw: str, analyzer: CompositeAnalyzer, positions: bool) -> _Token:
    """Analyse one match of the token regex with ``analyzer``, as a format asks it to."""
    # the kind of token a format asks for: dedupe and stopword gaps depend on ``positions``
    kwargs = {"mode": "index", "boosts": True, "positions": positions, "chars": positions}
    terms = [
        (t.pos, t.startchar, t.endchar, t.text) if positions else (0, 0, 0, t.text)
        for t in analyzer(raw, **kwargs)
    ]
    tokens = analyzer.items[0](raw, positions=True, mode="index")
    first = terms[0][0] if terms else 0
    return _Token(
        width=1 + max(t.pos for t in tokens),
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
