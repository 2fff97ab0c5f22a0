"""The statistical person and organisation tagger, and how its spans join the rules' mentions.

The tagger is a linear-chain CRF trained by CRFsuite (``make model``) on openly licensed German NER
corpora (see ``data/ATTRIBUTION.md``); its weights ship in the package (``data/ner_crf.npz``), are
read once per process and applied with numpy (``crf``). ``find_mentions`` returns the persons and
organisations of a text in one of four modes (``PRESSESUCHE_NER``):

- ``rules``: the press-release rules alone (roles, appositions, speech verbs, head nouns …);
- ``model``: the tagger alone;
- ``both``: the rules' mentions unchanged, plus each tagger span that overlaps none of
  them, that the tagger is sure of (every token's probability at least ``MIN_CONFIDENCE``) and
  that is no role, title, month, generic head noun, number or common word on its own, and no
  person that is an English title or brand (``ner_spans``: ``Stone Age``); in a
  text of more than ``ner_features.RUNNING_TEXT`` sentences (a release) a person needs two
  words or more: a release names its persons in full, where the rules find them; and an
  organisation of one word needs a second mention (``ner_spans.lone_org_once``);
- ``fast``: as ``both``, but only sentences with a possible name outside the rules' mentions are
  tagged (``candidate``): a quarter of the tokens of a release.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress

import numpy as np

from indexer.extraction.crf import LinearCRF
from indexer.extraction.lexicon import (
    NOT_NAME,
    PARTICLES,
    TIME_WORDS,
    TITLES,
    UNIQUE,
    WIRE_SERVICES,
)
from indexer.extraction.ner_features import (
    lexical_class,
    name_class,
    name_likeness,
    running_text,
    sentences,
)
from indexer.extraction.ner_spans import (
    false_person,
    lone_english_title,
    lone_org_once,
    lowercase_tail,
    no_name_part,
    no_person,
    place_frame,
    running_bounds,
    wrong_mend,
)
from indexer.extraction.org_heads import head_of
from indexer.extraction.organisations import OrgMention, find_organisations
from indexer.extraction.person_text import is_role
from indexer.extraction.persons import PersonMention, extract_persons
from indexer.extraction.tokens import split_tokens
from indexer.text.wordlist import frequency

_PRESS_CODE = re.compile(r"[A-Z]{2,4}-[A-Z]{1,4}$")
MODES = ("rules", "model", "both", "fast")
# "rules": on the tune part of pressemitteilungen_dev the rules give persons P/R .987/.987 and
# organisations .894/.782, "fast" .974/.987 and .858/.810 (GermEval 2014 dev halves: PER F1
# .58/.63 -> .69/.69, ORG .41/.46 -> .49/.51), but the tagger costs ~2.3 ms CPU per release more
# (stock Whoosh indexes one in ~4.7 ms), far over the rebuild's budget of 1.3x stock (README).
DEFAULT = "rules"
THRESHOLD = {"PER": 0.3, "ORG": 0.3}  # marginal probability that makes a token part of a name
# what a span needs to join the rules' mentions; ORG 0.5 -> 0.6: GermEval tune half ORG F1 .610
# -> .617 (the model then trained without it), blind half equal, the releases' tune part P up
MIN_CONFIDENCE = {"PER": 0.7, "ORG": 0.6}
SURE_BOUNDS = 0.9  # what a person span needs to mend the bounds of a rule's person (_mend_bounds)
_MODEL = ("indexer.extraction", "data/ner_crf.npz")
COMMON = 100  # a word more frequent than this (``wordlist.frequency``) is no organisation alone
RARE = 50  # the word list's lowest frequency: 95 % of its words, most of them nouns
# fast mode: a rare listed word opens a sentence to the tagger only when it looks this much like
# a name (``name_likeness``); with 0 (until session 17) fast tagged 1.5 x the tokens of bench
# releases, and found 14 more organisations in 10kGNAD and government speeches, 9 of them wrong
# (``Berliner Mauer``, ``Frankfurter Marienkirche``)
LISTED_NAME_LIKENESS = 2


@dataclass(frozen=True)
class Span:
    """A tagged span of the text: ``PER`` or ``ORG``, its offsets, and the tagger's certainty."""

    kind: str
    start: int
    end: int
    confidence: float


def mode() -> str:
    """Return the mode of ``PRESSESUCHE_NER`` (see ``MODES``); ``rules`` when unset or unknown."""
    value = (os.environ.get("PRESSESUCHE_NER") or DEFAULT).strip().lower()
    return value if value in MODES else DEFAULT


@lru_cache(maxsize=1)
def tagger() -> LinearCRF:
    """Return the tagger of the shipped model, read once per process."""
    return LinearCRF.load(model_bytes())


_OTHER_MODEL: list[str] = []  # a model file to use instead of the shipped one (``use_model``)


def use_model(path) -> None:
    """Tag with the model file at ``path`` from now on (evaluation of a trained variant)."""
    _OTHER_MODEL[:] = [str(path)]
    tagger.cache_clear()


def model_bytes() -> bytes:
    """Return the model file: the shipped one, or the one ``use_model`` chose."""
    if _OTHER_MODEL:
        with open(_OTHER_MODEL[0], "rb") as fh:
            return fh.read()
    package, name = _MODEL
    return resources.files(package).joinpath(name).read_bytes()


def tag(
    text: str, threshold: dict[str, float] | None = None, known: list[tuple[int, int]] | None = None
) -> list[Span]:
    """Return the PER and ORG spans the tagger finds in ``text``.

    A token is part of a name when the tagger's marginal probability ``P(B-X) + P(I-X)`` reaches
    ``threshold[X]``; a token whose ``P(B-X)`` beats ``P(I-X)`` starts a new name. Read so, rather
    than from the single best labelling, the tagger finds more names at little cost in precision.
    The certainty of a span is the least probability of its tokens. With ``known`` (spans the
    rules found), only sentences with a capitalised word outside them that may be a name are
    tagged (``candidate``): the ``fast`` mode.
    """
    crf = tagger()
    threshold = threshold or THRESHOLD
    tokens = split_tokens(text)
    texts, starts, ends, capital = tokens.texts, tokens.starts, tokens.ends, tokens.capital
    chosen = [(a, k) for a, k in sentences(tokens) if any(capital[a:k])]  # no capital, no name
    if known is not None:
        opened = _open_capitals(tokens, known)
        chosen = [
            (a, k) for a, k in chosen if any(map(candidate, compress(texts[a:k], opened[a:k])))
        ]
    if not chosen:
        return []
    probs = np.concatenate(crf.marginals([texts[a:k] for a, k in chosen]))
    where = np.concatenate([np.arange(a, k) for a, k in chosen])  # token of each row
    at = {label: i for i, label in enumerate(crf.labels)}
    b_per, i_per = probs[:, at["B-PER"]], probs[:, at["I-PER"]]
    b_org, i_org = probs[:, at["B-ORG"]], probs[:, at["I-ORG"]]
    per, org = b_per + i_per, b_org + i_org
    is_per = (per >= org) & (per >= threshold["PER"])
    is_org = (org > per) & (org >= threshold["ORG"])
    begins = np.where(is_per, b_per > i_per, b_org > i_org)
    sure = np.where(is_per, per, org)
    runs: list[list] = []  # kind, first token, last token, certainty
    for r in np.flatnonzero(is_per | is_org).tolist():
        kind, token = "PER" if is_per[r] else "ORG", int(where[r])
        current = runs[-1] if runs else None
        # a person's name goes on over its next token: "W. | Fesenko", "Ferdinand Wilhelm |
        # Slawata" are one name however sure the tagger is that a new one begins
        if (
            current
            and current[0] == kind
            and current[2] == token - 1
            and (kind == "PER" or not begins[r])
        ):
            current[2], current[3] = token, min(current[3], float(sure[r]))
            continue
        runs.append([kind, token, token, float(sure[r])])
    spans = []
    for kind, a, k, certainty in runs:
        a, k = _trimmed(texts, a, k)
        while kind == "PER" and a < k and no_name_part(texts[a]):
            a += 1  # "Bischof Gerber", "Kärntner Marco Haller": no part of the name
        if a <= k:
            spans.append(Span(kind, starts[a], ends[k], certainty))
    return spans


def _trimmed(texts: list[str], a: int, k: int) -> tuple[int, int]:
    """Take titles and punctuation off the edges of the name of tokens ``a``..``k``.

    ``Dr . Bernd Rödl`` -> ``Bernd Rödl``, ``Colón )`` -> ``Colón``, ``Kaiser » .`` -> ``Kaiser``;
    an initial keeps its full stop (``Nico G.``).
    """
    while a <= k and (
        not texts[a][:1].isalnum()
        or (
            texts[a].lower() in TITLES and a < k and (texts[a + 1] == "." or texts[a][:1].isupper())
        )
    ):
        a += 1
    while k >= a and not texts[k][:1].isalnum():
        if texts[k] == "." and k > a and len(texts[k - 1]) == 1 and texts[k - 1].isupper():
            break
        k -= 1
    return a, k


@lru_cache(maxsize=131072)
def candidate(word: str) -> bool:
    """Tell whether a capitalised ``word`` may be a name the rules miss (fast mode's test)."""
    if not word[:1].isupper():
        return False
    if word.isupper():
        return 2 <= len(word) <= 6  # an acronym: "dpa" is not upper, but "EU", "DAAD" are
    cls = name_class(word)
    if cls:
        return cls in ("first", "surname")  # not a title or a speech verb
    freq = frequency(word)  # a common word is no name here, whatever its class: asked first
    if freq > RARE or head_of(word) is not None or lexical_class(word):
        return False  # a role, head noun, party …
    # an unknown word, or a rare German word that looks like a name (``Tito``, not ``Jubiläum``)
    return name_likeness(word) >= (LISTED_NAME_LIKENESS if freq else 0)


def _open_capitals(tokens, known: list[tuple[int, int]]) -> list[bool]:
    """Mark the capitalised words that start inside none of the ``known`` spans: where a name
    the rules missed may stand (``candidate`` is false for every other token)."""
    starts, opened = tokens.starts, list(tokens.capital)
    for x, y in known:
        a, b = bisect_left(starts, x), bisect_left(starts, y)
        opened[a:b] = [False] * (b - a)  # an empty span (b <= a) replaces an empty slice
    return opened


def _plausible(text: str, span: Span) -> bool:
    """Reject what the rules know to be no name: a lone role, title, month or generic head noun.

    A head noun alone (``Ministerium``, ``Landesverband``, ``Integrationsministerium``) is a
    generic reference, no facet value (see ``organisations``), unless it names one institution
    (``Bundestag``); ``POL-DO`` is a police press office's code.
    """
    words = text[span.start : span.end].split()
    if not words or not words[0][:1].isupper() or not words[-1][-1:].isalnum():
        return False  # "2", "Motto „", "Ortsvereins-, Stadt-"
    if span.kind == "ORG" and (words[-1].isdigit() or lowercase_tail(words)):
        return False  # "Beisitzer 2. Liga", "Polizei rabiat"
    if span.kind == "PER" and (no_person(words) or lone_english_title(words)):
        return False  # "Angry Birds", "Point Break", "Captain"
    if span.kind == "PER" and place_frame(text, span.start, span.end):
        return False  # "St. Johann Baptist", "von Wilson nach Downsview"
    if len(words) > 1:
        return True
    word, low = words[0], words[0].lower()
    if span.kind == "ORG" and (len(word) < 3 if word.isupper() else frequency(word) > COMMON):
        return False  # a lone "TH", "LK"; a common word ("Entsprechende", "Unternehmen")
    if low in NOT_NAME or low in TIME_WORDS or low in TITLES or is_role(word):
        return False
    if span.kind == "PER":
        return head_of(word) is None
    if low in UNIQUE:
        return True
    return head_of(word) is None and low not in WIRE_SERVICES and not _PRESS_CODE.match(word)


@lru_cache(maxsize=1)
def _is_running_text(text: str) -> bool:
    """Tell whether ``text`` is more than a few sentences (a release, not a lone sentence)."""
    return running_text(split_tokens(text))


def _overlaps(span: Span, taken: list[tuple[int, int]]) -> bool:
    return any(a < span.end and span.start < b for a, b in taken)


def _mend_bounds(
    text: str, span: Span, persons: list[PersonMention], taken: list[tuple[int, int]]
) -> None:
    """Let a sure person span of the tagger mend the bounds of the one rule person it overlaps.

    The tagger's span wins when it goes on past the rule's name by a particle or capitalised
    words (``Joseph Victor`` -> ``Joseph Victor von Scheffel``), or when the rule's name runs on
    into lowercase words the tagger leaves out (``Judith Hermann in den Norden``).
    """
    hits = [i for i, m in enumerate(persons) if m.start < span.end and span.start < m.end]
    if len(hits) != 1:
        return
    m = persons[hits[0]]
    if (m.start, m.end) == (span.start, span.end):
        return
    if span.start <= m.start and m.end <= span.end:
        extra = (text[span.start : m.start] + " " + text[m.end : span.end]).split()
        if not all(w[:1].isupper() or w.lower() in PARTICLES for w in extra):
            return
    elif m.start <= span.start and span.end <= m.end:
        extra = text[m.start : span.start].split() + text[span.end : m.end].split()
        if not any(w[:1].islower() and w.lower() not in PARTICLES for w in extra):
            return
    else:
        return
    if wrong_mend(text, m.name, m.start, m.end, span.start, span.end):
        return  # "Frontmann Gerhard Pirkelbauer", "Andrew Lloyd Webbers Evita"
    name = text[span.start : span.end]
    persons[hits[0]] = PersonMention(name, span.start, span.end, m.role, " " not in name)
    taken[taken.index((m.start, m.end))] = (span.start, span.end)


def model_mentions(text: str) -> tuple[list[PersonMention], list[OrgMention]]:
    """Return the tagger's persons and organisations as mentions."""
    persons, orgs = [], []
    for span in tag(text):
        name = text[span.start : span.end]
        if span.kind == "PER":
            persons.append(PersonMention(name, span.start, span.end, None, " " not in name))
        else:
            orgs.append(OrgMention(name, span.start, span.end))
    return persons, orgs


def find_mentions(
    text: str, how: str | None = None
) -> tuple[list[PersonMention], list[OrgMention]]:
    """Return the person and organisation mentions of ``text`` in mode ``how`` (see ``mode``)."""
    how = how or mode()
    if how == "model":
        return model_mentions(text)
    persons = extract_persons(text)
    orgs = find_organisations(text, [(m.start, m.end) for m in persons])
    if how == "rules":
        return persons, orgs
    taken = [(m.start, m.end) for m in persons] + [(m.start, m.end) for m in orgs]
    found = tag(text, known=taken if how == "fast" else None)
    running = bool(found) and _is_running_text(text)  # tokenises the whole text: once
    for span in found:  # the rules' mentions stay as they are; the tagger's fill gaps
        if span.kind == "PER" and span.confidence >= SURE_BOUNDS:
            _mend_bounds(text, span, persons, taken)
        if span.confidence < MIN_CONFIDENCE[span.kind] or _overlaps(span, taken):
            continue
        if span.kind == "PER" and running:
            span = Span("PER", *running_bounds(text, span.start, span.end), span.confidence)
        name = text[span.start : span.end]
        if span.kind == "PER" and " " not in name and running:
            continue  # a release introduces its persons by full name, in the rules' frames
        if span.kind == "ORG" and running and lone_org_once(text, name):
            continue  # "Krauskopfpelikan", "(FRA)": a one-word name a long text says once
        if _plausible(text, span):
            if span.kind == "PER":
                mention = PersonMention(name, span.start, span.end, None, " " not in name)
                if false_person(text, mention, persons):
                    continue  # "Piazza Giuseppe Verdi", "Laschkar Gah, der Provinzhauptstadt"
                persons.append(mention)
            else:
                orgs.append(OrgMention(name, span.start, span.end))
            taken.append((span.start, span.end))
    return sorted(persons, key=lambda m: m.start), sorted(orgs, key=lambda m: m.start)
