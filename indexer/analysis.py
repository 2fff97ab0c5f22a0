"""German analysis for Whoosh: a tokenizer, small filters and the composed analyzers.

``german_analyzer()`` runs, in this order (each class says why it is there):
GermanTokenizer | GenderFilter | CompoundFilter | LowercaseFilter | FoldFilter(umlauts=False)
| GermanStopFilter | StemFilter | DedupeFilter.
Gender forms are resolved before lowercasing (``BürgerInnen`` needs its capital I). Umlauts and
ae/oe/ue are left to the Snowball 3 stemmer, which folds them with context rules, so Düsseldorf,
Duesseldorf and Dusseldorf meet while Europäern stays with Europäer and Steuer keeps its ue.
Whoosh pickles the analyzer into the index: all classes are module level and hold plain settings
only; the stemmer and the compound splitter are created lazily, once per thread.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer
from charsplit_fst import Splitter
from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer
from whoosh.lang import stopwords_for_language

from indexer.wordlist import is_word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_W = r"(?:[^\W_]|[\u0300-\u036f\u00ad])"  # letter or digit, combining accent, soft hyphen
_MARK = r"[*:_·∗]"
_GENDER = (
    rf"(?:{_MARK}(?i:innen){_W}*|{_MARK}(?i:in)(?!{_W})"
    rf"|/-?(?i:innen|in)(?!{_W})|\((?i:innen|in)\))"
)
_UNIT = rf"{_W}+(?:['’ʼ]{_W}+)*{_GENDER}?"
TOKEN_PATTERN = rf"{_UNIT}(?:[-‐‑]{_UNIT})*"
_HYPHEN = re.compile(r"(?<!/)[-‐‑]")  # not the one in Bürger/-innen
_PART = re.compile(r"(?:[^-‐‑]|(?<=/)-)+")

_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    """Return this thread's Snowball German stemmer (PyStemmer objects are not thread-safe)."""
    if not hasattr(_local, "stemmer"):
        _local.stemmer = Stemmer.Stemmer("german")
    return _local.stemmer


def _splitter() -> Splitter:
    """Return this thread's compound splitter (not pickled with the analyzer)."""
    if not hasattr(_local, "splitter"):
        _local.splitter = Splitter()
    return _local.splitter


class _TextFilter(Filter):
    """Base of the filters that map each token's text through one cached function."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = self.apply(t.text)
            yield t


def _normalize(text: str) -> str:
    """Compose accents (NFC) and drop soft hyphens."""
    return text if text.isascii() else unicodedata.normalize("NFC", text).replace("\u00ad", "")


class GermanTokenizer(RegexTokenizer):
    """Words, numbers, gender forms; hyphen compounds give their parts and, indexing, the joined."""

    def __init__(self, expression: str = TOKEN_PATTERN):
        super().__init__(expression)

    def __call__(self, value, positions=False, chars=False, mode="", tokenize=True, **kwargs):
        tokens = super().__call__(value, positions, chars, mode=mode, tokenize=tokenize, **kwargs)
        shift = 0  # extra positions taken by the parts of earlier hyphen compounds
        for t in tokens:
            raw = t.text
            if positions:
                t.pos += shift
            if not tokenize or not _HYPHEN.search(raw):
                t.text = _normalize(raw)
                yield t
                continue
            pos, start = (t.pos if positions else 0), (t.startchar if chars else 0)
            parts = [
                (pos + i, m.start(), m.end(), _normalize(m[0]))
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


_MARKED = re.compile(rf"(.{{2,}}?)(?:{_MARK}|/-?|\()(?i:innen|in)\)?(.*)")
_CAMEL = re.compile(r"(.+[a-zäöüß])(?:In|Innen([a-zäöüß]*))")
_UNUMLAUT = str.maketrans("äöü", "aou")
_ADVERBS = _words("darin darinnen drinnen worin worinnen hierin hierinnen")


def _masculine(stem: str) -> str | None:
    """Return the known word for a stem (kolleg -> kollege, ärzt -> ärzte, wander -> wanderer)."""
    plain = stem.translate(_UNUMLAUT)
    agent = stem + "er" if stem.endswith("er") else stem
    for word in (stem, agent, stem + "e", plain, plain + "e"):
        if len(word) >= 3 and is_word(word):
            return word
    return None


def _feminine_base(low: str) -> str | None:
    """Return the masculine base of a lowercase feminine noun, or None if it is not one."""
    if low.endswith("innen"):
        stem, twin = low[:-5], "in"
    elif low.endswith("in"):
        stem, twin = low[:-2], "innen"
    else:
        return None
    # the other number must be a word too: Termin has no Terminnen, Migrantin has Migrantinnen;
    # i > 0 tries the tails of compounds: Staats|sekretärin, Integrations|ministerin
    for i in (0, *range(max(1, len(stem) - 24), len(stem) - 3)) if low not in _ADVERBS else ():
        if len(stem) - i >= 3 and is_word(stem[i:] + twin) and (base := _masculine(stem[i:])):
            return stem[:i] + base
    return None


@lru_cache(maxsize=1 << 16)
def degender(word: str) -> str:
    """Return the masculine base of a feminine or gender-inclusive form, else the word itself."""
    if not word.isalpha():
        marked = _MARKED.fullmatch(word)
        return marked[1] + marked[2].lower() if marked else word
    if "In" in word[1:] and (camel := _CAMEL.fullmatch(word)) and _masculine(camel[1].lower()):
        return camel[1] + (camel[2] or "")
    low = word.lower()
    if len(low) != len(word) or not (base := _feminine_base(low)):
        return word
    same = 0  # keep the original case of the unchanged beginning
    while same < min(len(low), len(base)) and low[same] == base[same]:
        same += 1
    return word[:same] + base[same:]


class GenderFilter(_TextFilter):
    """Bürger*innen, BürgerInnen, Bürgerinnen -> Bürger; Ärztin -> Ärzte. Runs before lowercase."""

    apply = staticmethod(degender)


# Heads that mostly end names and places (Leidemann, Steinmeier, Wiesbaden): never split there.
_NAME_HEADS = _words(
    "mann männer meier meyer maier mayer hausen dorf burg berg horst heim bach feld stein baden "
    "hagen kamp brink beck born furt rode hafen land stadt kirchen hof winkel knecht bauer wald "
    "ruhe schweig beil"
)
# Modifiers that are particles rather than nouns (Gegen|teil, Zusammen|arbeit, Rück|sicht).
_PARTICLES = _words(
    "über unter gegen zusammen wider durch hinter voraus vorbei nieder fort selbst innen außen "
    "aller alle allem einig viel wieder weiter sonder rück zurück voran heraus hinaus herum hinein "
    "entgegen miss"
)
# Snowball's German stopwords (shipped with Whoosh) and modern spellings; negations and words
# that carry meaning in political text (gegen, ohne, Weg) stay searchable.
KEPT_WORDS = _words("nicht nichts kein keine keinem keinen keiner keines gegen ohne weg machen")
STOPWORDS = frozenset(stopwords_for_language("de")) - KEPT_WORDS | _words("dass sowie beim bzw")
_FUGEN = ("", "s", "es", "n", "en")
MIN_PART, MIN_SCORE, LONG_WORD, MIN_SCORE_LONG, MAX_WORD = 4, 0.4, 15, -1.0, 64


def _modifier(left: str) -> str | None:
    """Return the known word in a compound's left part, without its linking element (Fugen-s)."""
    low = left.lower()
    if low in _PARTICLES or low in STOPWORDS:
        return None
    candidates = [left[: len(left) - len(f)] for f in _FUGEN if low.endswith(f)]
    if len(left) >= MIN_PART:  # Schul|ministerin lost the e of Schule, but Mit|arbeiter is no Mite
        candidates.append(left + "e")
    return next((c for c in candidates if len(c) >= MIN_PART and is_word(c)), None)


def _is_name_head(head: str) -> bool:
    """Tell whether a compound head mostly ends names and places (-mann, -hausen, -lands)."""
    low = head.lower()
    return any(low[: len(low) - len(f)] in _NAME_HEADS for f in _FUGEN if low.endswith(f))


@lru_cache(maxsize=1 << 17)
def compound_parts(word: str) -> tuple[str, ...]:
    """Return the parts of a German compound, head first and recursively, or () to keep it whole."""
    noun = word.isalpha() and word[0].isupper() and word[1:].islower()
    if not noun or not 2 * MIN_PART <= len(word) <= MAX_WORD:  # charsplit is slow on long junk
        return ()
    best = _splitter().split_compound(word)[:1]
    # charsplit scores long, many-part compounds low (Landes|gesundheitsministerium: -0.53)
    if not best or best[0][0] < (MIN_SCORE if len(word) < LONG_WORD else MIN_SCORE_LONG):
        return ()
    _, left, right = best[0]
    if len(right) < MIN_PART or _is_name_head(right):
        return ()
    head_parts = compound_parts(right)
    if not (head_parts or is_word(right)):
        return ()
    if modifier := _modifier(left):
        return (right, *head_parts, modifier, *compound_parts(modifier))
    modifier = left[:-1] if left.endswith("s") else left  # Landesgesundheits: itself a compound
    modifier_parts = compound_parts(modifier)
    return (right, *head_parts, modifier, *modifier_parts) if modifier_parts else ()


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


_DIGRAPH = re.compile(r"(?<![aeiouyäöüq])ue|ae|oe")  # as Snowball: no ue after a vowel or q
_SPECIAL = str.maketrans(
    {"'": "", "’": "", "ʼ": "", "‘": "", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
     "þ": "th", "ħ": "h", "æ": "ä", "œ": "ö", "ẞ": "ß"}
)  # fmt: skip


def _strip_accents(ch: str) -> str:
    """Drop the accents of one character (é -> e, č -> c, the dot of İ)."""
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 18)
def fold(word: str, umlauts: bool = True) -> str:
    """Fold a lowercase word to ASCII; with ``umlauts=False`` keep ä ö ü ß and ae/oe/ue."""
    word = word.translate(_SPECIAL)
    if umlauts:
        word = _DIGRAPH.sub(lambda m: m[0][0], word).replace("ß", "ss")
    if word.isascii():
        return word
    keep = "" if umlauts else "äöüß"
    return "".join(ch if ch.isascii() or ch in keep else _strip_accents(ch) for ch in word)


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


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Return the Snowball 3 German stem of a lowercase word."""
    return _stemmer().stemWord(word)


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


def german_analyzer() -> CompositeAnalyzer:
    """Return the analyzer of the main searched text: degendered, decompounded, folded, stemmed."""
    return (
        GermanTokenizer()
        | GenderFilter()
        | CompoundFilter()
        | LowercaseFilter()
        | FoldFilter(umlauts=False)
        | GermanStopFilter()
        | StemFilter()
        | DedupeFilter()
    )


def exact_analyzer() -> CompositeAnalyzer:
    """Return the analyzer of the exact-spelling field: tokenized and lowercased only."""
    return GermanTokenizer() | LowercaseFilter()


_DEFAULT = german_analyzer()


def analyze(text: str, mode: str = "index", analyzer: CompositeAnalyzer | None = None) -> list[str]:
    """Return the terms that ``analyzer`` (default ``german_analyzer()``) makes of ``text``."""
    return [t.text for t in (analyzer or _DEFAULT)(text, positions=True, mode=mode)]
