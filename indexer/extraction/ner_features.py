"""The features of the statistical person and organisation tagger, for training and tagging alike.

A token is described by what it is (lowercased word, shape, prefixes and suffixes, capitalisation,
how common it is as a German word, whether a capitalised word is unknown: no German word and no
word cluster), by what the project's word lists say of it (first name, title,
role noun, organisation head noun, legal form, party, particle, speech verb; curated organisation,
place) and by the same for its neighbours (two to each side), plus its position in the sentence
(and whether a first word is capitalised, which says little there).
The word-level part is computed once per distinct word; a token adds only its position and its
neighbours' parts.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import islice

from indexer.extraction.known_orgs import is_known_start, is_known_word
from indexer.extraction.lexicon import (
    LEGAL,
    PARTICLES,
    PARTY_WORDS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
    UNIQUE,
    WIRE_SERVICES,
)
from indexer.extraction.names import faker_names, fold, is_first_name
from indexer.extraction.org_heads import head_of
from indexer.extraction.person_text import is_role
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

LABELS = ("PER", "ORG")
TRIGRAMS = "data/name_trigrams.json.gz"  # made by ``make model`` from the name and word lists
CLUSTERS = "data/word_clusters.json.gz"  # made by ``make model`` from Bundestag speeches
MAX_SENTENCE = 120  # tokens; a longer run without a full stop is cut here
_SHAPE_RUNS = re.compile(r"(.)\1+")
_SENTENCE_END = frozenset(".!?")


class _ShapeTable(dict):
    """``str.translate`` table of a character's shape: ``X`` upper, ``x`` other letter, ``d``
    digit, else itself; filled as characters are met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        mapped = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        self[code] = mapped
        return mapped


_SHAPES = _ShapeTable()


@lru_cache(maxsize=131072)
def shape(word: str) -> str:
    """Return the shape of ``word`` with runs folded: ``Müller-Lüdenscheidt`` -> ``Xx-Xx``."""
    return _SHAPE_RUNS.sub(r"\1", word.translate(_SHAPES))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Return the folded surnames of Faker's person providers (MIT) that are no common word."""
    found: set[str] = set()
    for locale, names in faker_names("last_names"):
        german = locale.startswith("de")
        for name in names:
            if not name[:1].isupper() or not all(c.isalpha() or c in "-' " for c in name):
                continue
            if " " in name or (not german and frequency(name) > 0):
                continue  # "Hall", "Baker" are German words or English ones read as such
            found.add(fold(name))
    return frozenset(found)


def name_class(word: str) -> str:
    """Return the first classes of ``lexical_class``, the cheap ones: ``title``, ``first``
    (name), ``speech`` (verb), ``surname``, or ``""`` when ``word`` is none of them."""
    low = word.lower()
    if low in TITLES:
        return "title"
    if word[:1].isupper() and is_first_name(word):
        return "first"
    if low in SPEECH_VERBS:
        return "speech"
    if word[:1].isupper() and fold(word) in surnames():
        return "surname"
    return ""


@lru_cache(maxsize=131072)
def lexical_class(word: str) -> str:
    """Return the word-list class of ``word`` that matters most to a neighbour, or ``""``."""
    cls = name_class(word)
    if cls:
        return cls
    low = word.lower()
    if word[:1].isupper() and is_role(word):
        return "role"
    if low in LEGAL or low in UNIQUE or head_of(word) is not None:
        return "orghead"
    if low in PARTICLES:
        return "particle"
    if low in PARTY_WORDS and word[:1].isupper():
        return "party"
    if low in STOPWORDS:
        return "stop"
    return ""


@lru_cache(maxsize=1)
def _trigram_weights() -> dict[str, float]:
    """Return the shipped trigram log-ratios of names against German words (``{}`` if absent)."""
    ref = resources.files("indexer.extraction").joinpath(TRIGRAMS)
    if not ref.is_file():
        return {}
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def clusters() -> dict[str, list[int]]:
    """Return the shipped word clusters: word -> ``[coarse, fine]`` (``{}`` if absent).

    Words that stand in the same places of the Bundestag speeches share a cluster (surnames with
    surnames, first names with first names, companies with companies), so a name the tagger never
    saw in its training data is still known by its cluster (``tools/train_ner.py``).
    """
    ref = resources.files("indexer.extraction").joinpath(CLUSTERS)
    if not ref.is_file():
        return {}
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def trigrams(word: str) -> list[str]:
    """Return the letter trigrams of ``word``, folded, with ``^`` and ``$`` at its edges."""
    padded = f"^{fold(word)}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


@lru_cache(maxsize=131072)
def name_likeness(word: str) -> int:
    """Return how much ``word`` looks like a name rather than a German word, in steps -4..4."""
    weights = _trigram_weights()
    grams = trigrams(word)
    if not weights or not grams:
        return 0
    score = sum(weights.get(g, 0.0) for g in grams) / len(grams)
    return max(-4, min(4, round(score * 2)))


@lru_cache(maxsize=131072)
def word_features(word: str) -> tuple[str, ...]:
    """Return the features of ``word`` itself, independent of its place in a sentence."""
    low = word.lower()
    feats = [f"w={low}", f"sh={shape(word)}", f"s3={low[-3:]}", f"s4={low[-4:]}", f"p3={low[:3]}"]
    if len(low) > 4:
        feats.append(f"s5={low[-5:]}")
    feats += (f"s2={low[-2:]}", f"p4={low[:4]}")  # "-ić", "-ez"; "Schr…" beside "Schä…"
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
        elif word.translate(_SHAPES).count("X") > 1:
            feats.append("mixcap")  # "McKinsey", "BayernLB"
    if "-" in word:
        feats.append("hyph")
        feats.append(f"last={fold(word.rsplit('-', 1)[1])[-5:]}")
    freq = frequency(word)
    feats.append(f"f={min(int(math.log10(freq + 1)), 4) if freq else 'none'}")
    cls = lexical_class(word)
    if cls:
        feats.append(f"lex={cls}")
    if low in WIRE_SERVICES:
        feats.append("wire")
    if word[:1].isupper() and word[:1].isalpha():
        feats.append(f"nl={name_likeness(word)}")
    head = head_of(word)
    if head is not None:
        feats.append(f"head={head[1]}")
    feats += gazetteer(word)
    cluster = clusters().get(word)
    if cluster:
        feats += (f"c={cluster[0]}", f"k={cluster[1]}")
    elif _unknown_capital(word, freq):
        feats.append("oov")  # no German word, no cluster: a name the corpora never had
    if word[-1:] == "s" and len(word) > 3 and word[:1].isupper():
        feats += _genitive(word[:-1])  # "Nerudas", "Bushs": what the name without -s is
    return tuple(feats)


def _genitive(stem: str) -> tuple[str, ...]:
    """Return what ``stem`` (a word without its final -s) tells as a name: cluster, word list."""
    feats = []
    cluster = clusters().get(stem)
    if cluster:
        feats.append(f"gk={cluster[1]}")
    cls = lexical_class(stem)
    if cls in ("first", "surname"):
        feats.append(f"glex={cls}")
    return tuple(feats)


def _unknown_capital(word: str, freq: int) -> bool:
    """Tell whether ``word`` is capitalised (no acronym) and no German word; called for words
    without a word cluster, it marks a rare name (``Kaká``, ``Demirović``)."""
    return word[:1].isupper() and word[:1].isalpha() and not word.isupper() and not freq


WINDOW = 2  # neighbours on each side that describe a token (``make model``'s choice)


def offsets(window: int = WINDOW) -> tuple[tuple[str, int], ...]:
    """Return the parts of a token's features: its own word (``""``), and its neighbours at
    these offsets (``-window`` .. ``+window``)."""
    shifts = [*range(-window, 0), *range(1, window + 1)]
    return (("", 0), *((f"{shift:+d}", shift) for shift in shifts))


@lru_cache(maxsize=131072)
def context_features(word: str, offset: str) -> tuple[str, ...]:
    """Return what a neighbour at ``offset`` tells: its word, shape and word-list class."""
    feats = [f"{offset}w={word.lower()}", f"{offset}sh={shape(word)}"]
    cls = lexical_class(word)
    if cls:
        feats.append(f"{offset}lex={cls}")
    cluster = clusters().get(word)
    if cluster:
        feats.append(f"{offset}c={cluster[0]}")
        if offset in ("-1", "+1"):
            feats.append(f"{offset}k={cluster[1]}")
    elif offset in ("-1", "+1") and _unknown_capital(word, frequency(word)):
        feats.append(f"{offset}oov")
    if offset in ("-1", "+1"):
        feats += (f"{offset}{g}" for g in gazetteer(word))
    return tuple(feats)


@lru_cache(maxsize=131072)
def gazetteer(word: str) -> tuple[str, ...]:
    """Return what the project's lists of names say of a capitalised ``word``: a curated
    organisation (``known``: ``Bundestag``, ``BVB``), the first word of one (``knownstart``:
    ``Deutsche``), a place (``place``: ``Ghanas``)."""
    if not word[:1].isupper():
        return ()
    feats = []
    if is_known_word(word):
        feats.append("known")
    elif is_known_start(word):
        feats.append("knownstart")
    if is_place(word):
        feats.append("place")
    return tuple(feats)


def sentence_features(words: list[str], window: int = WINDOW) -> list[list[str]]:
    """Return the feature strings of every token of a sentence (as CRFsuite trains on them)."""
    n = len(words)
    padded = ["<s>"] * window + [*words] + ["</s>"] * window
    neighbours = offsets(window)[1:]
    result = []
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word)]
        if i == 0:
            feats.append("first")
            if word[:1].isupper():
                feats.append("firstcap")  # a capital that says nothing: every sentence has one
        elif i == n - 1:
            feats.append("last")
        for offset, shift in neighbours:
            feats += context_features(padded[i + window + shift], offset)
        if i:
            feats.append(f"-1w|w={words[i - 1].lower()}|{word.lower()}")
        result.append(feats)
    return result


def _abbreviation(word: str) -> bool:
    """Tell whether ``word`` before a full stop is an abbreviation (``Dr.``, ``St.``, ``H.``)."""
    return len(word) <= 2 or word.lower() in TITLES


def sentences(tokens: Tokens) -> list[tuple[int, int]]:
    """Split tokens into sentences ``(a, k)``: at line breaks, and after . ! ? before a capital."""
    return list(_sentences(tokens))


def _sentences(tokens: Tokens) -> Iterator[tuple[int, int]]:
    """Yield the sentences of ``sentences`` one by one, in text order.

    A sentence ends at a line break, after . ! ? before a capital or a line break (not after an
    abbreviation), and after ``MAX_SENTENCE`` tokens; only the tokens that may end one are
    visited (a run without them is cut every ``MAX_SENTENCE`` tokens).
    """
    texts, kinds, capital = tokens.texts, tokens.kinds, tokens.capital
    a, n = 0, len(texts)
    ends = _SENTENCE_END
    # lazily: ``running_text`` reads only the first few sentences
    for i in (i for i, k in enumerate(kinds) if k == "n" or (k == "p" and texts[i] in ends)):
        while i - a >= MAX_SENTENCE:  # a run of MAX_SENTENCE tokens before this one
            yield a, a + MAX_SENTENCE
            a += MAX_SENTENCE
        if kinds[i] == "n":
            if i > a:
                yield a, i
            a = i + 1
        elif i + 1 - a >= MAX_SENTENCE or (
            (i + 1 == n or capital[i + 1] or kinds[i + 1] == "n")
            and not (i and _abbreviation(texts[i - 1]))
        ):
            yield a, i + 1
            a = i + 1
    while n - a > MAX_SENTENCE:
        yield a, a + MAX_SENTENCE
        a += MAX_SENTENCE
    if a < n:
        yield a, n


RUNNING_TEXT = 3  # sentences: a longer text is running text (a release), not a lone sentence


def running_text(tokens: Tokens) -> bool:
    """Tell whether ``tokens`` are more than a few sentences (a release, not a lone sentence).

    In running text a person is introduced by a first name or a role somewhere; a lone word that
    only a sentence frame (``persons``) or the tagger (``ner``) calls a name is no person there.
    """
    return next(islice(_sentences(tokens), RUNNING_TEXT, None), None) is not None
