"""Persons, role nouns and pronouns named in a release, and whom a role noun or pronoun means.

``Mentions`` finds the persons of ``entities``, role nouns and pronouns in the masked body once per
release, with the stops of its sentences and clauses. A role noun resolves to a person by the roles
of ``entities`` or the text, ``er``/``sie`` to the last person named whose first name fits: less
sure when that name shows no gender, was named far back, or another person or role fits as well.
``attribution.Context`` builds the speaker rules on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from indexer.extraction.names import gender_of, keys_match, name_key
from indexer.extraction.speech_frames import (
    _ABBREV,
    _AGE,
    _AGENT,
    _ARTICLE,
    _BOUNDARY,
    _CREDIT,
    _CREDIT_LINE,
    _DEFINITE,
    _GENITIVE_GAP,
    _INDEFINITE,
    _NAME_GAP,
    _OF_GAP,
    _ONE,
    _PRONOUN,
    _REPORTED,
    _ROLE_END,
    _ROLE_GAP,
    _SENT_END,
    _UNFIT,
    PRONOUN_AMBIGUOUS,
    PRONOUN_FITS,
    PRONOUN_GUESS,
    PRONOUN_REACH,
    PRONOUN_UNSURE,
    WORD,
)
from indexer.model import Entities

_key = lru_cache(maxsize=1 << 16)(name_key)
_ROLE_CUE, _PRONOUN_CUE = 1, 2


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


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """Return the key a text word is compared with names by (lowercase words stay as they are)."""
    return _key(word) if word[0].isupper() or "?" in word else word


@lru_cache(maxsize=1 << 16)
def _cue(word: str) -> int:
    """Tell whether a text word is a role noun (``Staatssekretärin``), a pronoun, or neither."""
    if word[0].isupper() and _ROLE_END.search(word.lower()):
        return _ROLE_CUE
    return _PRONOUN_CUE if word in _PRONOUN or word in ("Er", "Sie") else 0


def _opens_sentence(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence: text start, or after a stop, colon or quote mark."""
    head = text[max(0, pos - 20) : pos].rstrip()
    return not head or head[-1] in '.!?:;\n“”"»«„'


def _fits(person: str | None, gender: str | None) -> bool:
    """Tell whether a person's first name does not contradict a gender (None: any)."""
    return person is not None and (gender is None or gender_of(person) in (None, gender))


def _same(keys: list[str], name: list[str]) -> bool:
    """Tell whether text word keys spell a name, ``?`` standing for a lost letter."""
    return len(keys) == len(name) and all(keys_match(a, b) for a, b in zip(keys, name, strict=True))


def _stem(key: str) -> str:
    """Fold a role noun's gender and adjective endings: Ministerin/Minister, Vorsitzender/-e."""
    return re.sub(r"(?<=[dt]e)[rns]$", "", re.sub(r"(?:innen|in)$", "", key))


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
        self.roles = {p: r for p, r in entities.roles.items() if r}
        # a role noun nobody else can fill: the one person of the release
        self._only = entities.persons[0] if len(entities.persons) == 1 else None
        names = [(p, [k for w in WORD.findall(p) if (k := _key(w))]) for p in entities.persons]
        names = [(p, toks) for p, toks in names if toks]
        fuzzy = any("?" in k for _, toks in names for k in toks)
        ends = {pt[0] for _, pt in names} | {pt[-1] for _, pt in names}
        self.mentions: list[_Mention] = []
        matches = list(WORD.finditer(masked))
        words = list(map(re.Match.group, matches))
        keys = list(map(_word_key, words))
        cues = list(map(_cue, words))
        for i, m in enumerate(matches):  # "Wenn Sie sagen: „…“": "Sie" inside a sentence is "you"
            if words[i] == "Sie" and not _opens_sentence(masked, m.start()):
                cues[i] = 0
        # "der 45-Jährige": a pronoun of known gender (most texts hold none: no word loop then)
        ages = "Jährige" in masked
        for i in (i for i, w in enumerate(words) if w.startswith("Jährige")) if ages else ():
            if _AGE.search(masked, max(0, matches[i].start() - 12), matches[i].start()):
                cues[i] = _PRONOUN_CUE
        # most words are none of a name's ends, a role noun or a pronoun: pass them over at once
        look = [
            i for i, (k, c) in enumerate(zip(keys, cues, strict=True)) if c or k in ends or "?" in k
        ]
        skip_until = -1
        for i in range(len(words)) if fuzzy else look:
            pos, end = matches[i].span()
            if pos < skip_until:
                continue
            word, key = words[i], keys[i]
            if fuzzy or "?" in key or key in ends:
                window = keys[i : i + 5]
                full = [(p, pt) for p, pt in names if _same(window[: len(pt)], pt)]
                sur = [p for p, pt in names if word[0].isupper() and _same([key], pt[-1:])]
                if full or sur:
                    p = full[0][0] if full else self._latest(sur, pos)
                    skip_until = matches[i + len(full[0][1]) - 1].end() if full else end
                    self.mentions.append(_Mention(pos, skip_until, person=p))
                    continue
            if cues[i] == _ROLE_CUE:
                before = keys[i - 1] if i else ""
                self.mentions.append(
                    _Mention(pos, end, role=word, indefinite=before in _INDEFINITE)
                )
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

    def _named(self, role: _Mention) -> str | None:
        """Return the person named right after a role noun (``Leiterin des Amtes, Dr. X``)."""
        if self._agent_of_named(role):
            return None
        end = role.end
        for nxt in self.mentions[self.mentions.index(role) + 1 :]:
            if nxt.pos - end > 60 or not _ROLE_GAP.fullmatch(self.masked, end, nxt.pos):
                return None
            if nxt.person or not nxt.role:
                return nxt.person
            end = nxt.end
        return None

    def _agent_of_named(self, role: _Mention) -> bool:
        """Tell whether a role speaks for a person named after it: ``Sprecher der Ministerin X``,
        ``Sprecher von X`` (after a comma X is the spokesperson: ``Sprecher der Ministerin, X``)."""
        if not _AGENT.match(role.role.lower()):
            return False
        k = self.mentions.index(role)
        nxt = self.mentions[k + 1 : k + 3]
        if nxt and nxt[0].person and _OF_GAP.fullmatch(self.masked, role.end, nxt[0].pos):
            return True
        return (
            len(nxt) == 2
            and nxt[0].role is not None
            and nxt[1].person is not None
            and _GENITIVE_GAP.fullmatch(self.masked, role.end, nxt[0].pos) is not None
            and _NAME_GAP.fullmatch(self.masked, nxt[0].end, nxt[1].pos) is not None
        )

    def _mentions(self, lo: int, hi: int) -> list[_Mention]:
        """Return the mentions between two offsets."""
        if len(self._positions) != len(self.mentions):  # mentions are in text order
            self._positions = [m.pos for m in self.mentions]
        at = self._positions
        return self.mentions[bisect_left(at, lo) : bisect_left(at, hi)]

    def _only_after_article(self, role: _Mention) -> str | None:
        """Return the one person of the release for ``der Pressesprecher`` (article, role)."""
        if _DEFINITE.search(self.masked, max(0, role.pos - 20), role.pos) and _fits(
            self._only, self._role_gender(role)
        ):
            return self._only
        return None

    def _role_gender(self, role: _Mention) -> str | None:
        """Return the gender a role noun shows: ``-in`` (``Ministerin``), or its article
        (``der Sprecher``, ``die Vorsitzende``); None when it shows none."""
        word = self.masked[role.pos : role.end].lower()
        if word.endswith(("in", "innen")):
            return "f"
        article = _ARTICLE.search(self.masked, max(0, role.pos - 20), role.pos)
        if article is None:
            one = _ONE.search(self.masked, max(0, role.pos - 20), role.pos)  # "ein Sprecher"
            return None if one is None else "f" if one.group(1).lower() == "eine" else "m"
        if article.group().lower().startswith("der"):
            return "m"
        return "f" if word.endswith("e") else None

    def _pronoun(self, mention: _Mention) -> tuple[str | None, float]:
        """Return the person ``er``/``sie`` refers to and how sure that is: the nearest person
        it fits, less sure when the first name shows no gender and others were named, when
        that person was named far back, or when another person or role it fits came between."""
        pronoun = mention.stands_for or self.masked[mention.pos : mention.end].lower()
        last = self._antecedent(mention.pos, pronoun)
        if last is None:
            return None, 0.0
        person = last.person
        if gender_of(person) is not None:
            sure = PRONOUN_FITS
        elif {m.person for m in self._mentions(0, mention.pos) if m.person} == {person}:
            sure = PRONOUN_UNSURE
        else:
            sure = PRONOUN_GUESS  # "Müller und Bauer kamen. Er sagte:" with unknown genders
        if len(self.masked[last.end : mention.pos].replace("_", "")) > PRONOUN_REACH:
            sure = min(sure, PRONOUN_AMBIGUOUS)  # named far back: someone unknown may be meant
        if self._rival(last, mention.pos, pronoun) or self._unknown_speaker(
            last.end, mention.pos, pronoun
        ):
            sure = PRONOUN_AMBIGUOUS
        return person, sure

    def _unknown_speaker(self, lo: int, at: int, pronoun: str) -> bool:
        """Tell whether someone the release does not name as a person spoke between ``lo`` and
        ``at`` (``…, sagte al-X am Sonntag. Er warf …``): the pronoun may mean them (not a role
        of the other gender: ``…, sagte ein Sprecher. Sie betonte …``)."""
        for frame in _REPORTED.finditer(self.masked, lo, at):
            end = self._clause_end(frame.end(), 0, len(self.masked))
            if end >= at:
                break  # the pronoun's own frame: "„…“, sagte er."
            found = self._mentions(frame.end(), end)
            if not any(m.person or m.pronoun or m.role and not m.indefinite for m in found):
                unfit = _UNFIT.get(pronoun)
                if not any(m.role and self._role_gender(m) == unfit for m in found):
                    return True
        return False

    def _antecedent(self, at: int, pronoun: str) -> _Mention | None:
        """Return the last mention before ``at`` of a person whose first name fits the pronoun."""
        for m in reversed(self._mentions(0, at)):
            if m.person and gender_of(m.person) != _UNFIT.get(pronoun) and not self._credited(m):
                return m
        return None

    def nearest(self, at: int, pronoun: str) -> str | None:
        """Return the person named last before ``at`` whose first name fits ``er``/``sie``."""
        last = self._antecedent(at, pronoun)
        return last.person if last else None

    def _rival(self, last: _Mention, at: int, pronoun: str) -> bool:
        """Tell whether another person the pronoun fits is named in the sentence that names
        the person last before ``at`` (``Otte dankte Bauer. Er sagte …``: either of them), or a
        role noun it fits that is somebody else (``Der Sprecher sah X an. Er fragte: …``)."""
        unfit = _UNFIT.get(pronoun)
        person = last.person
        lo = self._sentence_start(max(0, last.pos - 400), last.pos)
        for m in self._mentions(lo, at):
            if self._credited(m):
                continue
            if m.person not in (None, person) and gender_of(m.person) != unfit:
                return True
            if m.role and not m.indefinite:
                gender = self._role_gender(m)
                if gender is None or gender == unfit:
                    continue
                if (self._named(m) or self._by_role(m.role, m.pos, gender)) != person:
                    return True
        return False

    def _credited(self, mention: _Mention) -> bool:
        """Tell whether a person is named in a photo credit."""
        if _CREDIT.search(self.masked, max(0, mention.pos - 20), mention.pos):
            return True
        line = self.masked.rfind("\n", 0, mention.pos) + 1  # "Foto: Stiftung X/Anna Berg"
        return mention.pos - line < 80 and _CREDIT_LINE.match(self.masked, line) is not None

    def _by_role(self, word: str, at: int, gender: str | None = None) -> str | None:
        """Resolve a role noun (``die Staatssekretärin``) to a person of the release whose first
        name does not contradict the gender the role shows."""
        key = _key(word)
        stem = _stem(key)
        exact, loose = [], []
        for person, role in self.roles.items():
            for t in (_key(w) for w in WORD.findall(role)):
                if len(t) >= 4 and t == key:
                    exact.append(person)
                elif len(t) >= 4 and (_stem(t).endswith(stem) or stem.endswith(_stem(t))):
                    loose.append(person)
        found = [p for p in dict.fromkeys(exact or loose) if _fits(p, gender)]
        if not found:
            found = [p for p in self._role_in_text(stem) if _fits(p, gender)]
        if not found:
            return None
        return self._latest(found, at) if len(found) > 1 else found[0]

    def _role_in_text(self, stem: str) -> list[str]:
        """Find persons the text itself gives this role (``Staatssekretärin Zülfiye Kaykin``)."""
        found = []
        for k, m in enumerate(self.mentions):
            if m.role is None or m.indefinite:
                continue
            other = _stem(_key(m.role))
            if not (other.endswith(stem) or stem.endswith(other)):
                continue
            prv = self.mentions[k - 1] if k else None
            if named := self._named(m):
                found.append(named)
            elif prv and prv.person and re.fullmatch(r"\s*,\s*", self.masked[prv.end : m.pos]):
                found.append(prv.person)
        return list(dict.fromkeys(found))
