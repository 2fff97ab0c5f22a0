"""Persons, role nouns and pronouns named in a release, and the stops of its sentences and clauses.

``Mentions`` finds the persons of ``entities``, role nouns and pronouns in the masked body once per
release, with the stops of its sentences and clauses; ``referents`` says whom a role noun or a
pronoun means, ``colon_frames`` and ``signatures`` read the frames and lines around a quote, and
``attribution.Context`` builds the speaker rules on them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import or_

from indexer.extraction.aged_nouns import aged_pronoun
from indexer.extraction.fastpaths import Memo, Splitter
from indexer.extraction.names import fold, is_title, keys_match, name_key
from indexer.extraction.speech_frames import (
    _ABBREV,
    _AGE,
    _BOUNDARY,
    _CREDIT,
    _CREDIT_LINE,
    _INDEFINITE,
    _PRONOUN,
    _ROLE_END,
    _SENT_END,
    EPITHET,
    WORD,
)
from indexer.model import Entities

_key = lru_cache(maxsize=1 << 16)(name_key)
_ROLE_CUE, _PRONOUN_CUE, _EPITHET_CUE = 1, 2, 3
_EPITHET_END = re.compile(EPITHET.pattern + "$")
_NAMED_NEXT = re.compile(r"[ \t]+(?:und[ \t]+[A-ZÄÖÜ][\w-]*[ \t]+)?[A-ZÄÖÜ]")


@dataclass
class _Mention:
    """A person, role noun or pronoun found in the (masked) body."""

    pos: int
    end: int
    person: str | None = None
    role: str | None = None
    pronoun: bool = False
    indefinite: bool = False
    stands_for: str | None = None  # the pronoun an age noun stands for: "der 45-Jährige" -> er


def _word_key(word: str) -> str:
    """Return the key a text word is compared with names by (lowercase words stay as they are)."""
    if not word[0].isupper() and "?" not in word:
        return word
    if word.isalpha():  # one name token (``names.name_tokens``): its key, or none for a title
        key = fold(word)
        return "" if is_title(word, key) else key
    return _key(word)


def _cue(word: str) -> int:
    """Tell whether a text word is a role noun (``Staatssekretärin``), a pronoun, or neither.
    A role compound may open with a name written small (``ver.di-Geschäftsführer``: the word
    is ``di-Geschäftsführer``; ``dpa-Korrespondentin``)."""
    if (word[0].isupper() or "-" in word and word.rsplit("-", 1)[1][:1].isupper()) and (
        _ROLE_END.search(word.lower())
    ):
        return _ROLE_CUE
    if word[0].isupper() and _EPITHET_END.search(word.lower()):
        return _EPITHET_CUE
    return _PRONOUN_CUE if word in _PRONOUN or word in ("Er", "Sie") else 0


_WORD_KEYS, _CUES = Memo(_word_key), Memo(_cue)  # one dict lookup per word of a text
_WORDS = Splitter(f"({WORD.pattern})")


def _epithet_stands_for(word: str, article: str) -> str | None:
    """Return the pronoun ``der Politiker``/``die Politikerin`` stands for (None: a plural)."""
    feminine = _EPITHET_END.search(word.lower())["f"] is not None
    if article == "der" and not feminine:
        return "er"
    return "sie" if article == "die" and feminine else None


def _opens_sentence(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence: text start, or after a stop, colon or quote mark."""
    head = text[max(0, pos - 20) : pos].rstrip()
    return not head or head[-1] in '.!?:;\n“”"»«„'


def _same(keys: list[str], name: list[str]) -> bool:
    """Tell whether text word keys spell a name, ``?`` standing for a lost letter."""
    return len(keys) == len(name) and all(keys_match(a, b) for a, b in zip(keys, name, strict=True))


class Mentions:
    """Persons, role nouns and pronouns named in one release, and whom a role or pronoun means."""

    def __init__(self, body: str, masked: str, entities: Entities) -> None:
        self.body, self.masked = body, masked
        self._stops: list[int] | None = None  # where _SENT_END matches in masked
        self._next_good: list[int] = []
        self._bounds: list[tuple[int, int]] | None = None  # where _BOUNDARY matches in masked
        self._bound_ends: list[int] = []
        self._prev_good: list[int] = []
        self._positions: list[int] = []
        self.roles = roles = {p: r for p, r in entities.roles.items() if r}
        # a role noun nobody else can fill: the one person of the release
        self._only = entities.persons[0] if len(entities.persons) == 1 else None
        names = [(p, [k for w in WORD.findall(p) if (k := _key(w))]) for p in entities.persons]
        names = [(p, toks) for p, toks in names if toks]
        fuzzy = any("?" in k for _, toks in names for k in toks)
        ends = {pt[0] for _, pt in names} | {pt[-1] for _, pt in names}
        self.mentions: list[_Mention] = []
        words, starts, stops = _WORDS.spans(masked)
        keys = list(map(_WORD_KEYS.__getitem__, words))
        cues = list(map(_CUES.__getitem__, words))
        # "Wenn Sie sagen: „…“": "Sie" inside a sentence is "you"
        for i in compress(range(len(words)), map("Sie".__eq__, words)) if "Sie" in masked else ():
            if not _opens_sentence(masked, starts[i]):
                cues[i] = 0
        # "der 45-Jährige": a pronoun of known gender (most texts hold none: no word loop then)
        ages = "Jährige" in masked
        for i in (i for i, w in enumerate(words) if w.startswith("Jährige")) if ages else ():
            if _AGE.search(masked, max(0, starts[i] - 12), starts[i]):
                cues[i] = _PRONOUN_CUE
        # most words are none of a name's ends, a role noun or a pronoun: pass them over at once
        look = list(compress(range(len(words)), map(or_, cues, map(ends.__contains__, keys))))
        holed = "?" in "".join(keys)
        if holed:  # a key with a lost letter may be a name's end
            look = sorted({*look, *(i for i, k in enumerate(keys) if "?" in k)})
        # without a lost letter anywhere, a name matches by equal keys: look it up by its ends
        by_first: dict[str, list[tuple[str, list[str]]]] = {}
        by_last: dict[str, list[str]] = {}
        for p, pt in names:
            by_first.setdefault(pt[0], []).append((p, pt))
            by_last.setdefault(pt[-1], []).append(p)
        plain = not fuzzy and not holed
        skip_until = -1
        for i in range(len(words)) if fuzzy else look:
            pos, end = starts[i], stops[i]
            if pos < skip_until:
                continue
            word, key = words[i], keys[i]
            if fuzzy or "?" in key or key in ends:
                window = keys[i : i + 5]
                if plain:
                    full = [(p, pt) for p, pt in by_first.get(key, ()) if window[: len(pt)] == pt]
                    sur = by_last.get(key, []) if word[0].isupper() else []
                else:
                    full = [(p, pt) for p, pt in names if _same(window[: len(pt)], pt)]
                    sur = [p for p, pt in names if word[0].isupper() and _same([key], pt[-1:])]
                if full or sur:
                    p = full[0][0] if full else self._latest(sur, pos)
                    skip_until = stops[i + len(full[0][1]) - 1] if full else end
                    self.mentions.append(_Mention(pos, skip_until, person=p))
                    continue
            if cues[i] == _ROLE_CUE and (aged := aged_pronoun(masked, words, starts, i, roles)):
                self.mentions.append(_Mention(pos, end, pronoun=True, stands_for=aged))
            elif cues[i] == _ROLE_CUE:
                before = keys[i - 1] if i else ""
                self.mentions.append(
                    _Mention(pos, end, role=word, indefinite=before in _INDEFINITE)
                )
            elif cues[i] == _EPITHET_CUE:
                if _NAMED_NEXT.match(masked, end):
                    continue  # "der Politiker (und General) George Marshall": the name speaks
                if stands_for := _epithet_stands_for(word, keys[i - 1] if i else ""):
                    self.mentions.append(_Mention(pos, end, pronoun=True, stands_for=stands_for))
            elif cues[i] == _PRONOUN_CUE:
                age = words[i].startswith("Jährige")
                stands_for = (
                    {"der": "er", "die": "sie"}.get(keys[i - 1] if i else "") if age else None
                )
                if not age or stands_for:
                    self.mentions.append(_Mention(pos, end, pronoun=True, stands_for=stands_for))

    def _clause_end(self, base: int, pos: int, end: int) -> int:
        """Where the clause from ``base + pos`` ends: the first stop before ``end`` that is no
        abbreviation (checked in ``masked[base:end]``), else ``end``; stops are found once.

        Each quote of a paragraph without a stop scanned the rest of it (``„a“, so `` repeated
        took a minute); a stop's abbreviation check depends on ``base`` only within 6 chars."""
        if self._stops is None:
            self._stops = [m.start() for m in _SENT_END.finditer(self.masked)]
            good = [not _ABBREV.search(self.masked[max(0, s - 6) : s]) for s in self._stops]
            self._next_good = [len(good)] * (len(good) + 1)
            for k in range(len(good) - 1, -1, -1):
                self._next_good[k] = k if good[k] else self._next_good[k + 1]
        stops = self._stops
        k = bisect_left(stops, base + pos)
        while k < len(stops) and stops[k] < min(base + 6, end):
            if not _ABBREV.search(self.masked[base : stops[k]]):
                return stops[k]
            k += 1
        k = self._next_good[k]
        return stops[k] if k < len(stops) and stops[k] < end else end

    def _sentence_start(self, base: int, end: int) -> int:
        """Where the last sentence of ``masked[base:end]`` starts (``base`` if it has one).

        The boundaries of the text are found once (the former search of the paragraph before
        every quote was quadratic); as for stops, the abbreviation check depends on ``base``
        only within 6 chars, and a boundary counts only if a character follows it before ``end``.
        """
        if self._bounds is None:
            found = [(m.start(), m.end()) for m in _BOUNDARY.finditer(self.masked)]
            self._bounds = found
            self._bound_ends = [e for _, e in found]
            last, self._prev_good = -1, []
            for s, _ in found:
                good = self.masked[s] != ":" and not _ABBREV.search(self.masked[max(0, s - 6) : s])
                last = len(self._prev_good) if good else last
                self._prev_good.append(last)
        k = bisect_left(self._bound_ends, end) - 1  # the last boundary followed by a char
        if k < 0:
            return base
        j = self._prev_good[k]
        if j >= 0 and self._bounds[j][0] >= base + 6:
            return self._bounds[j][1]
        while k >= 0 and self._bounds[k][0] >= base:
            s, e = self._bounds[k]
            if self.masked[s] != ":" and not _ABBREV.search(self.masked[max(base, s - 6) : s]):
                return e
            k -= 1
        return base

    def _latest(self, persons: list[str], pos: int) -> str:
        """Pick, among persons sharing a surname, the one last named in full before ``pos``."""
        for m in reversed(self.mentions):
            if m.pos < pos and m.person in persons:
                return m.person
        return persons[0]

    def _mentions(self, lo: int, hi: int) -> list[_Mention]:
        """Return the mentions between two offsets."""
        if len(self._positions) != len(self.mentions):  # mentions are in text order
            self._positions = [m.pos for m in self.mentions]
        at = self._positions
        return self.mentions[bisect_left(at, lo) : bisect_left(at, hi)]

    def _credited(self, mention: _Mention) -> bool:
        """Tell whether a person is named in a photo credit."""
        if _CREDIT.search(self.masked, max(0, mention.pos - 20), mention.pos):
            return True
        line = self.masked.rfind("\n", 0, mention.pos) + 1  # "Foto: Stiftung X/Anna Berg"
        return mention.pos - line < 80 and _CREDIT_LINE.match(self.masked, line) is not None
