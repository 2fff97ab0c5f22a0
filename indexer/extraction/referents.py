"""Whom a role noun or a pronoun of a release means.

A role noun (``die Staatssekretärin``) resolves to a person by the roles of ``entities`` or the
text, ``er``/``sie`` to the last person named whose first name fits: less sure when that name
shows no gender, was named far back, another person or role fits as well, or someone not known
as a person spoke in between. A person named as an object (``Scholz schaute X an``) or as whose
someone is (``die Nachfolgerin von X``) is no subject. ``Mentions`` finds the mentions; the
speaker rules build on this.
"""

from __future__ import annotations

import re

from indexer.extraction.mentions import Mentions, _key, _Mention
from indexer.extraction.names import gender_of
from indexer.extraction.places import surnames
from indexer.extraction.speech_frames import (
    _AGENT,
    _ARTICLE,
    _COMPLEMENT,
    _DEFINITE,
    _GENITIVE_GAP,
    _NAME_GAP,
    _NAME_VERB_OPENER,
    _OF_GAP,
    _ONE,
    _OWNED,
    _REPORTED,
    _ROLE_GAP,
    _UNFIT,
    PRONOUN_AMBIGUOUS,
    PRONOUN_FITS,
    PRONOUN_GUESS,
    PRONOUN_REACH,
    PRONOUN_UNSURE,
    WORD,
)
from indexer.text.wordlist import frequency

# a word this rare in the word list may be a surname that is no common word (``Krüger``)
RARE_WORD = 100
# endings of adverbs and participles opening a sentence (``Schmunzelnd``, ``Hocherfreut``)
_ADVERB_ENDINGS = ("lich", "nd", "weise", "ig", "isch", "t")

# a role noun as the subject opening a sentence: "Die Ministerin zeigte sich beeindruckt."
_SUBJECT_ROLE = re.compile(r"\s*(?:Der|Die)\s+(?:[a-zäöüß-]+\s+)?")


def _fits(person: str | None, gender: str | None) -> bool:
    """Tell whether a person's first name does not contradict a gender (None: any)."""
    return person is not None and (gender is None or gender_of(person) in (None, gender))


def _stem(key: str) -> str:
    """Fold a role noun's gender, adjective and genitive endings: Ministerin/Minister,
    Vorsitzender/-e, des Landeschefs/Landeschef."""
    folded = re.sub(r"(?<=[dt]e)[rns]$", "", re.sub(r"(?:innen|in)$", "", key))
    return re.sub(r"(?<=[^\W\d_]{3}[^\Wse])s$", "", folded)


class Referents(Mentions):
    """The persons a release's role nouns and pronouns stand for."""

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
        # "… Landrätin Y. Die Ministerin zeigte sich beeindruckt. Sie sagte:": the role noun
        # opening the sentence after the last person named is whom the pronoun means
        last = self._role_subject(last.end, mention.pos, pronoun) or last
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

    def _role_subject(self, lo: int, at: int, pronoun: str) -> _Mention | None:
        """Return, as a person's mention, the last role noun between ``lo`` and ``at`` that
        opens its sentence after an article (``Die Ministerin zeigte sich …``), shows the
        pronoun's gender and names a person of the release; None when there is none."""
        gender = {"er": "m", "sie": "f"}.get(pronoun)
        for m in reversed(self._mentions(lo, at)):
            if m.person or m.pronoun:
                return None  # someone else is nearer: the usual rules decide
            if m.indefinite or gender is None or self._role_gender(m) != gender:
                continue
            start = self._sentence_start(max(lo, m.pos - 200), m.pos)
            if not _SUBJECT_ROLE.fullmatch(self.masked, start, m.pos):
                continue
            person = self._named(m) or self._by_role(m.role, m.pos, gender)
            return _Mention(m.pos, m.end, person=person) if person else None
        return None

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

    def _object_of_a_name(self, lo: int, at: int) -> bool:
        """Tell whether the clause at ``lo`` opens with a name no mention knows and its verb
        right before ``at`` (``Scholz schaute X an``): a name, not an adverb, when the word is
        rare or no German word and not shaped like an adverb unless a known surname
        (``Heute begrüßte X``, ``Schmunzelnd meinte X``: X speaks)."""
        opener = _NAME_VERB_OPENER.fullmatch(self.masked, lo, at)
        if opener is None:
            return False
        word = opener.group("word").lower()
        if frequency(word) > RARE_WORD:
            return False
        return word in surnames() or not word.endswith(_ADVERB_ENDINGS)

    def _complement(self, m: _Mention) -> bool:
        """Tell a person or role named as whose someone is: after ``die Nachfolgerin von``, or
        as a possessor before a kin or role noun (``Peter Krauses Nachfolgerin``)."""
        if _COMPLEMENT.search(self.masked, max(0, m.pos - 60), m.pos):
            return True
        return (
            m.person is not None
            and self.masked[m.end - 1 : m.end] == "s"
            and _OWNED.match(self.masked, m.end) is not None
        )
