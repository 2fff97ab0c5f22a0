"""Colon frames before a quote (``X betonte: „…“``): where they start, and when whose words follow
is not clear from them (a subject naming nobody known, a headline part, cited or announced words).
"""

from __future__ import annotations

import re

from indexer.extraction.mentions import _Mention
from indexer.extraction.quote_marks import Span
from indexer.extraction.referents import Referents
from indexer.extraction.speech_frames import (
    _CITES,
    _CLAUSE_SUBJECT,
    _FRAME_SUBJECT,
    _FRAME_VERB,
    _HEADLINE_PART,
    _LAST_DASH,
    _NOUN_OPENER,
    _PASSIVE,
    _ROLE_GAP,
    _SOMEONE,
    _SUBORDINATOR,
    _WORDS_END,
    _WORDS_OF,
    BY_ROLE,
    LONG_FRAME,
    NAMED,
    WORD,
)

# a subject that names no person before the person cited: "zitiert die Zeitung (den Präsidenten)
# X", "zitiert das Blatt „…“ X" (not "zitiert Landrätin X", "zitiert Dr. X")
_NOUN_SUBJECT = re.compile(
    r"\s*(?:die|der|das|ein|eine)\s+(?:[a-zäöüß-]+[ \t]+)?"
    r"(?:[A-ZÄÖÜ][\w-]*[a-zäöüß]|[„“\"»«]_+[“\"«])\s+(?:[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+)?"
    r"(?:(?:den|die|der|das|ihren|ihre|seinen|seine)\s+(?:[a-zäöüß-]+\s+)?)?"
)
# "zitiere ich X:" (a first person the speech verbs leave out)
_ZITIERE = re.compile(r"\bzitier\w*", re.I)


# an indefinite subject after the frame's verb: "Beim Schach sagt man:", "Dort heißt es immer:"
_INVERTED_SOMEONE = re.compile(r"\s+(?:man|jemand|niemand)\b")


class ColonFrames(Referents):
    """The colon-frame rules of one release."""

    def _other_speaker(
        self, person: str, prev: tuple[Span, str | None, float] | None, lo: int, hi: int
    ) -> bool:
        """Tell whether the quote before in the paragraph is someone else's and the sentence
        ``masked[lo:hi]`` names ``person`` without a speech verb: either may speak
        (``„…“, sagt X. Sein Vorgänger Y hatte das Werk gegründet. „…“``)."""
        if prev is None or prev[1] in (None, person):
            return False
        return _FRAME_VERB.search(self.masked, lo, hi) is None

    def _subject_or_speaking(self, lo: int, hi: int) -> bool:
        """Tell whether the first person or role of a sentence may be its subject: not after a
        noun phrase opening the sentence and its verb (``Die Feuerwehr dankte X für …``), unless
        a speech verb comes first (``Dann lobte der Verein X``: still no subject; ``Danach sprach
        X …``: the inverted subject)."""
        found = self._mentions(lo, hi)
        if not found:
            return False
        first = found[0]
        if _NOUN_OPENER.match(self.masked, lo, first.pos) is None:
            return True
        return _FRAME_VERB.search(self.masked, lo, first.pos) is not None

    def _words_of(self, lo: int, hi: int) -> tuple[bool, str | None]:
        """Tell whether a colon frame ends in whose words follow (``mit einem Zitat von X
        schließen:``, ``an die Worte ihres Vaters X:``), and return that person if known."""
        words = _WORDS_END.search(self.masked, max(lo, hi - 120), hi)
        if words is None:
            return False, None
        found = [m for m in self._mentions(words.start(), hi) if m.person]
        return True, found[-1].person if found else None

    def _last_verb(self, lo: int, hi: int) -> re.Match | None:
        """Return the last speech verb of a colon frame, the one its colon belongs to (``Da ich
        weiß, dass …, zitiere ich X:``: ``zitiere``, not ``weiß``)."""
        verbs = [
            *_FRAME_VERB.finditer(self.masked, lo, hi),
            *_ZITIERE.finditer(self.masked, lo, hi),
        ]
        return max(verbs, key=lambda v: v.start(), default=None)

    def _cited(self, lo: int, verb: re.Match, hi: int) -> tuple[str | None, float] | None:
        """Return whom a colon frame's subject quotes and how sure that is (``Sie zitiert den
        Bauleiter:``: nobody known; ``X zitierte in ihrer Rede Y:``: Y); None when the verb
        quotes nobody or is passive (``X wird mit den Worten zitiert:``)."""
        clause = max(lo, *(self.masked.rfind(c, lo, verb.start()) + 1 for c in ",;–—"))
        if not _CITES.match(verb.group()) or _PASSIVE.search(self.masked, clause, verb.start()):
            return None  # "X wird mit den Worten zitiert:" (not "…, Y wird … –, zitiere ich")
        if not self.masked[verb.end() : hi].strip(" \t\n–—-"):
            return None  # "X warnt – ich zitiere –:": an aside, X speaks
        for m in self._mentions(verb.end(), hi):
            if (whom := self._whom(m)) is not None:
                return whom
        return None, 0.0

    def _whom(self, m: _Mention) -> tuple[str | None, float] | None:
        """Return the person a mention names and how sure that is (a role noun resolved by the
        roles or the text); None when it is neither a person nor a definite role noun."""
        if m.person:
            return m.person, NAMED
        if m.role and not m.indefinite:
            named = self._named(m)
            if named:
                return named, NAMED
            person = self._by_role(m.role, m.pos, self._role_gender(m))
            return person, BY_ROLE if person else 0.0
        return None

    def _cited_after(self, lo: int, hi: int) -> tuple[str | None, float]:
        """Return whom the subject of a frame after the quote cites (``„…“, zitierte X den
        Bauleiter``: nobody known; ``„…“, zitiert die Zeitung Anna Berg``: Anna Berg) and how
        sure that is: the first person or role after the subject that opens the clause."""
        found = [m for m in self._mentions(lo, hi) if m.person or m.role or m.pronoun]
        if (
            found
            and _ROLE_GAP.fullmatch(self.masked, lo, found[0].pos)
            and not _NOUN_SUBJECT.fullmatch(self.masked, lo, found[0].pos)
        ):  # the subject cites; but "zitiert die Zeitung X": the paper cites X
            subject, found = found[0], found[1:]
            if subject.role and found and not self.masked[subject.end : found[0].pos].strip():
                found = found[1:]  # "zitiert die Landrätin X den Bauleiter": X cites too
        whom = self._whom(found[0]) if found else None
        return whom or (None, 0.0)

    def _headline_part(self, lo: int, hi: int) -> bool:
        """Tell whether a colon frame ends in a headline part after a dash without a speech verb
        of its own (``… spricht X das Vertrauen aus – Als Nachfolger gehandelter Y:``); a dash
        pair around an aside (``warnt – ich zitiere –:``) is no such part."""
        dash = _LAST_DASH.search(self.masked, lo, hi)
        if dash is None:
            return False
        part = self.masked[dash.end() : hi]
        return (
            _HEADLINE_PART.fullmatch(part) is not None
            and _FRAME_VERB.search(part) is None
            and _ZITIERE.search(part) is None
        )

    def _inner_clause(self, start: int, hi: int) -> int:
        """Where a colon frame starts after a colon inside its sentence, when the clause after
        it holds a speech verb or names someone (``Kollege X –: Wir können …, und sie sagen:``)."""
        inner = self.masked.rfind(": ", start, hi)
        if inner < 0:
            return start
        after = inner + 2
        if _FRAME_VERB.search(self.masked, after, hi) or self._mentions(after, hi):
            return after
        return start

    def _unclear_frame(self, lo: int, hi: int) -> bool:
        """Tell a long colon frame without a speech verb whose first person does not open it as
        its subject: whose words follow is not clear (``Die Sage inspirierte X und Y, obwohl Z
        … aufgeräumt hatte, …:``, ``Nach der Rede von X sangen alle auch die Passage:``; but
        ``Präsident X dankte Y für …:`` and ``… mit einem Zitat von X schließen:``)."""
        if len(WORD.findall(self.masked, lo, hi)) <= LONG_FRAME:
            return False
        found = [m for m in self._mentions(lo, hi) if m.person or m.role]
        if not found:
            return False
        if any(_WORDS_OF.search(self.masked, lo, m.pos) for m in found if m.person):
            return False
        opener = _ROLE_GAP.fullmatch(self.masked, lo, found[0].pos)
        return opener is None or _SUBORDINATOR.match(self.masked, lo) is not None

    def _unnamed_subject(self, lo: int, hi: int) -> bool:
        """Tell whether the last speech verb of a colon frame has a subject of its own that names
        nobody known: ``…, und der Arbeitgeber sagt:``, ``wenn man … fragt:``."""
        verb = next(reversed(list(_FRAME_VERB.finditer(self.masked, lo, hi))), None)
        if verb is None:
            return False
        at = verb.start()
        if _INVERTED_SOMEONE.match(self.masked, verb.end(), hi):
            return True  # "Beim Schach sagt man:"
        clause = max(lo, *(self.masked.rfind(c, lo, at) + 1 for c in ",;–—"))
        if _SOMEONE.match(self.masked, clause, at):
            return not self._mentions(clause, at)
        subject = _CLAUSE_SUBJECT.search(self.masked, lo, at) or _FRAME_SUBJECT.match(
            self.masked, lo, at
        )
        return subject is not None and not self._mentions(subject.start(), at)

    def _frame_start(self, lo: int, hi: int, prev: tuple[Span, str | None, float] | None) -> int:
        """Where a colon frame starts: not before the end of the previous quote of the paragraph
        (``Bauer: „…“, Stürmerin Hoff: „…“`` names Hoff for the second)."""
        if prev is not None and prev[0].close_at is not None and lo <= prev[0].close_at < hi:
            return prev[0].close_at + 1
        return lo
