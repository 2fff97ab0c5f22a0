"""German word forms for the analyzer: gender forms, compounds, folding, stopwords, stems.

Each function maps one word and is cached per word, since the analyzer meets the same words in
every release. The stemmer and the compound splitter are created lazily, once per thread.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer
from charsplit_fst import Splitter
from whoosh.lang import stopwords_for_language

from indexer.analysis.folding import fold as fold
from indexer.extraction.lexicon import word_set
from indexer.text.wordlist import frequencies, is_word

GENDER_MARK = r"[*:_·∗]"  # Bürger*innen, Bürger:innen, Bürger_innen, Bürger·innen
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


def normalize(text: str) -> str:
    """Compose accents (NFC) and drop soft hyphens."""
    return text if text.isascii() else unicodedata.normalize("NFC", text).replace("\u00ad", "")


_MARKED = re.compile(rf"(.{{2,}}?)(?:{GENDER_MARK}|/-?|\()(?i:innen|in)\)?(.*)")
_CAMEL = re.compile(r"(.+[a-zäöüß])(?:In|Innen([a-zäöüß]*))")
_UNUMLAUT = str.maketrans("äöü", "aou")
_ADVERBS = word_set("darin darinnen drinnen worin worinnen hierin hierinnen")


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


# Heads that mostly end names and places (Leidemann, Steinmeier, Wiesbaden): never split there.
_NAME_HEADS = word_set(
    "mann männer meier meyer maier mayer hausen dorf burg berg horst heim bach feld stein baden "
    "hagen kamp brink beck born furt rode hafen land stadt kirchen hof winkel knecht bauer wald "
    "ruhe schweig beil"
)
# Modifiers that are particles rather than nouns (Gegen|teil, Zusammen|arbeit, Rück|sicht).
_PARTICLES = word_set(
    "über unter gegen zusammen wider durch hinter voraus vorbei nieder fort selbst innen außen "
    "aller alle allem einig viel wieder weiter sonder rück zurück voran heraus hinaus herum hinein "
    "entgegen miss"
)
# Snowball's German stopwords (shipped with Whoosh) and modern spellings; negations and words
# that carry meaning in political text (gegen, ohne, Weg) stay searchable.
KEPT_WORDS = word_set("nicht nichts kein keine keinem keinen keiner keines gegen ohne weg machen")
STOPWORDS = frozenset(stopwords_for_language("de")) - KEPT_WORDS | word_set("dass sowie beim bzw")
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


def _may_split(word: str) -> bool:
    """Tell whether ``word`` can have parts at all.

    A compound's outermost modifier is a known word (alone or with an e) that begins it, its
    innermost head a known word that ends it after the modifier, each of MIN_PART letters or
    more: without both, charsplit's answer cannot matter (~40 % of the words it was asked about
    in a bench rebuild; splitting a word costs ~8 times this test).
    """
    low = word.lower()
    if low.upper().lower() != low or len(low) != len(word):  # charsplit upper-cases: ß -> SS
        return True
    words = frequencies()
    last = len(low) - MIN_PART + 1
    starts = (i for i in range(MIN_PART, last) if low[:i] in words or low[:i] + "e" in words)
    first = next(starts, 0)
    return bool(first) and any(low[i:] in words for i in range(first, last))


@lru_cache(maxsize=1 << 17)
def compound_parts(word: str) -> tuple[str, ...]:
    """Return the parts of a German compound, head first and recursively, or () to keep it whole."""
    noun = word.isalpha() and word[0].isupper() and word[1:].islower()
    if not noun or not 2 * MIN_PART <= len(word) <= MAX_WORD:  # charsplit is slow on long junk
        return ()
    if not _may_split(word):
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


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Return the Snowball 3 German stem of a lowercase word."""
    return _stemmer().stemWord(word)
