"""German analysis for Whoosh: a tokenizer, small filters and the composed analyzers.

``german_analyzer()`` runs, in this order (each class says why it is there):
GermanTokenizer | GenderFilter | CompoundFilter | LowercaseFilter | FoldFilter(umlauts=False)
| GermanStopFilter | StemFilter | DedupeFilter.
Gender forms are resolved before lowercasing (``BürgerInnen`` needs its capital I). Umlauts and
ae/oe/ue are left to the Snowball 3 stemmer, which folds them with context rules, so Düsseldorf,
Duesseldorf and Dusseldorf meet while Europäern stays with Europäer and Steuer keeps its ue.
The word functions behind the filters live in ``morphology``. Each stage works alone, but the
analyzer runs the seven filters fused in one loop with one cache entry per word: the same tokens,
without a generator per stage and token. Whoosh pickles the analyzer into the index: all classes
are module level and hold plain settings only.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, Token

from indexer.analysis.morphology import (
    GENDER_MARK,
    STOPWORDS,
    compound_parts,
    degender,
    fold,
    normalize,
    stem,
)

# re-exported: the word lists and settings of the analysis were defined here once
from indexer.analysis.morphology import KEPT_WORDS as KEPT_WORDS
from indexer.analysis.morphology import LONG_WORD as LONG_WORD
from indexer.analysis.morphology import MAX_WORD as MAX_WORD
from indexer.analysis.morphology import MIN_PART as MIN_PART
from indexer.analysis.morphology import MIN_SCORE as MIN_SCORE
from indexer.analysis.morphology import MIN_SCORE_LONG as MIN_SCORE_LONG

_ALNUM = r"[^\W_]"  # a letter or digit
_MARK = r"[\u0300-\u036f\u00ad]"  # a combining accent or soft hyphen, part of a word too
_W = rf"(?:{_ALNUM}|{_MARK})"
_GENDER = (
    rf"(?:{GENDER_MARK}(?i:innen){_W}*|{GENDER_MARK}(?i:in)(?!{_W})"
    rf"|/-?(?i:innen|in)(?!{_W})|\((?i:innen|in)\))"
)
_UNIT = rf"{_W}+(?:['’ʼ]{_W}+)*{_GENDER}?"
TOKEN_PATTERN = rf"{_UNIT}(?:[-‐‑]{_UNIT})*"
_HYPHEN = re.compile(r"(?<!/)[-‐‑]")  # not the one in Bürger/-innen
_PART = re.compile(r"(?:[^-‐‑]|(?<=/)-)+")


class _TextFilter(Filter):
    """Base of the filters that map each token's text through one cached function."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = self.apply(t.text)
            yield t


class GermanTokenizer(RegexTokenizer):
    """Words, numbers, gender forms; hyphen compounds give their parts and, indexing, the joined."""

    def __init__(self, expression: str = TOKEN_PATTERN):
        super().__init__(expression)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        mode="",
        tokenize=True,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        **kwargs,
    ):
        # RegexTokenizer.__call__ written out, so that a text runs through one generator, not two
        assert isinstance(value, str), f"{value!r} is not unicode"
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original, t.text, t.boost = value, normalize(value), 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        shift = 0  # extra positions taken by the parts of earlier hyphen compounds
        for n, match in enumerate(self.expression.finditer(value)):
            raw = match.group()
            t.boost, t.stopped = 1.0, False
            if keeporiginal:
                t.original = raw
            if positions:
                t.pos = start_pos + n + shift
            if chars:
                t.startchar, t.endchar = start_char + match.start(), start_char + match.end()
            if (plain := _plain(raw)) is not None:
                t.text = plain
                yield t
                continue
            pos, start = (t.pos if positions else 0), (t.startchar if chars else 0)
            parts = [
                (pos + i, m.start(), m.end(), normalize(m[0]))
                for i, m in enumerate(_PART.finditer(raw))
            ]
            shift += len(parts) - 1
            # E-Mail also as Email, Corona-Pandemie as Coronapandemie, at the head's position
            if mode == "index" and not any(text.isdigit() for *_, text in parts):
                joined = parts[0][3] + "".join(text.lower() for *_, text in parts[1:])
                parts.append((parts[-1][0], 0, len(raw), joined))
            for p, s, e, text in parts:
                t.text, t.stopped, t.boost = text, False, 1.0
                if positions:
                    t.pos = p
                if chars:
                    t.startchar, t.endchar = start + s, start + e
                yield t


@lru_cache(maxsize=1 << 17)
def _plain(raw: str) -> str | None:
    """Return a token as it is indexed (accents composed), or None for a hyphen compound."""
    return None if _HYPHEN.search(raw) else normalize(raw)


class GenderFilter(_TextFilter):
    """Bürger*innen, BürgerInnen, Bürgerinnen -> Bürger; Ärztin -> Ärzte. Runs before lowercase."""

    apply = staticmethod(degender)


class CompoundFilter(Filter):
    """Indexing only: adds compound parts at the compound's position, so phrases still match."""

    def __call__(self, tokens):
        for t in tokens:
            if t.mode != "index" or not (parts := compound_parts(t.text)):
                yield t
                continue
            original = t.copy()
            yield t
            for part in parts:
                extra = original.copy()
                extra.text = part
                yield extra


class FoldFilter(_TextFilter):
    """Folds accents and apostrophes (Kaykın -> kaykin); with umlauts also ä/ö/ü/ß, ae/oe/ue."""

    def __init__(self, umlauts: bool = True):
        self.umlauts = umlauts

    def apply(self, text: str) -> str:
        return fold(text, self.umlauts)


class GermanStopFilter(Filter):
    """Removes stopwords in any spelling (für, fuer, daß, dass) and closes the positional gaps."""

    def __init__(self, stoplist: frozenset[str] = STOPWORDS):
        self.stops = frozenset(fold(w) for w in stoplist)

    def __call__(self, tokens):
        stops = self.stops
        seen = new = None  # last original position kept, and its new number
        for t in tokens:
            if fold(t.text) in stops:
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            # "Öffnung der Verwaltung" must match the query "Öffnung Verwaltung" (slop 1)
            if t.positions and t.removestops:
                if t.pos != seen:  # tokens sharing a position (compound parts) keep sharing it
                    seen, new = t.pos, (t.pos if new is None else new + 1)
                t.pos = new
            yield t


class StemFilter(_TextFilter):
    """Stems lowercase German words with Snowball 3 (PyStemmer), cached per word."""

    is_morph = True
    apply = staticmethod(stem)


class DedupeFilter(Filter):
    """Drops a term already emitted at the same position (compound part = hyphen part)."""

    def __call__(self, tokens):
        pos, seen = None, set()
        for t in tokens:
            if t.positions:
                if t.pos != pos:
                    pos, seen = t.pos, set()
                elif t.text in seen:
                    continue
                seen.add(t.text)
            yield t


def _stages() -> list:
    return [
        GermanTokenizer(),
        GenderFilter(),
        CompoundFilter(),
        LowercaseFilter(),
        FoldFilter(umlauts=False),
        GermanStopFilter(),
        StemFilter(),
        DedupeFilter(),
    ]


_STAGES = _stages()
_STOPS = _STAGES[5].stops


def _terms(word: str, index: bool, morph: bool) -> tuple[tuple[str, bool], ...]:
    """Return what the filters make of a token: ``(text, stopword?)`` for it and its parts."""
    base = degender(word)
    parts = (base, *compound_parts(base)) if index else (base,)
    return tuple(_part_term(part.lower(), morph) for part in parts)


@lru_cache(maxsize=1 << 16)
def _part_term(low: str, morph: bool) -> tuple[str, bool]:
    """Return ``(text, stopword?)`` for a lowercase word or compound part: folded and, unless a
    stopword, stemmed. Cached on its own: compounds share their heads (Ministerium, Landes)
    and a word its lowercase with the capitalised one."""
    folded = fold(low, False)
    if fold(folded) in _STOPS:
        return folded, True  # a stopword is not stemmed
    return (stem(folded) if morph else folded), False


# a cache per (stemming, indexing) pair, so that the loop's lookup hashes the word alone
_TERMS = {
    (morph, index): lru_cache(maxsize=1 << 17)(partial(_terms, index=index, morph=morph))
    for morph in (False, True)
    for index in (False, True)
}


def _fused(tokens, morph: bool):
    """Do what the filters after the tokenizer do, token by token, in one generator."""
    last = new = None  # GermanStopFilter: the last original position kept, and its new number
    pos, seen = None, set()  # DedupeFilter: the current position and the terms it has had
    index_terms, query_terms = _TERMS[morph, True], _TERMS[morph, False]
    for t in tokens:
        terms = (index_terms if t.mode == "index" else query_terms)(t.text)
        # CompoundFilter yields its parts as copies of the token as it was before lowercasing
        original = t.copy() if len(terms) > 1 else t
        for n, (text, stopped) in enumerate(terms):
            x = original.copy() if n else t
            x.text = text
            if stopped:
                if x.removestops:
                    continue
                x.stopped = True
            elif x.positions and x.removestops:
                if x.pos != last:
                    last, new = x.pos, (x.pos if new is None else new + 1)
                x.pos = new
            if x.positions:
                if x.pos != pos:
                    pos, seen = x.pos, set()
                elif x.text in seen:
                    continue
                seen.add(x.text)
            yield x


class GermanAnalyzer(CompositeAnalyzer):
    """The composed German analyzer; it runs fused while its stages are those of ``_stages()``."""

    def __call__(self, value, no_morph=False, **kwargs):
        if self.items != _STAGES:  # stages added or changed: run them one after the other
            return super().__call__(value, no_morph=no_morph, **kwargs)
        return _fused(self.items[0](value, **kwargs), not no_morph)


def german_analyzer() -> GermanAnalyzer:
    """Return the analyzer of the main searched text: degendered, decompounded, folded, stemmed."""
    return GermanAnalyzer(*_stages())


def exact_analyzer() -> CompositeAnalyzer:
    """Return the analyzer of the exact-spelling field: lowercased, without stopwords.

    Stopwords were 40 % of the field's postings and rank nothing: the German analyzer drops
    them from title and body, so a query's stopwords now drop out of every field alike.
    """
    return GermanTokenizer() | LowercaseFilter() | GermanStopFilter()


_DEFAULT = german_analyzer()


def analyze(text: str, mode: str = "index", analyzer: CompositeAnalyzer | None = None) -> list[str]:
    """Return the terms that ``analyzer`` (default ``german_analyzer()``) makes of ``text``."""
    return [t.text for t in (analyzer or _DEFAULT)(text, positions=True, mode=mode)]
