"""Frames whose first person is not the one speaker: several persons as one subject (``X und Y
stellten … vor. „…“``, ``„…“, sagten X und Y``), a person after the verb of a subject-first
frame (``X fragte Y: „…“``: the object), the agent of a passive (``X wurde von Y gefragt:``),
and a noun of saying owned by the speaker (``„…“, so die Antwort von X``).
"""

from __future__ import annotations

import re

from indexer.extraction.mentions import _Mention
from indexer.extraction.names import is_first_name
from indexer.extraction.signatures import Signatures
from indexer.extraction.speech_frames import _FALLBACK_NAME, _ROLE_GAP, _VERB, SAYING

# a stop between a person and a pronoun after it: another clause, where the pronoun may mean them
_CLAUSE_STOP = re.compile(r"[,;:–—()]")
# what may stand between two persons of one subject: an aside in parentheses or commas, then
# ``und``/``sowie`` and at most two articles, possessives or nouns before the second person
# (``und ihr Kollege``, ``und Dr.``, ``und Sie, Frau``); no verb (``sagte X und dankte Y``: Y
# is an object)
_JOINT_GAP = re.compile(
    r"[ \t]*+(?:\([^()\n]{0,40}\)[ \t]*+)?(?:,[^,.;:!?„“\"»«\n]{0,80},[ \t]*+)?"
    r"(?:und|sowie|&)\s+(?:Sie\s*,\s*)?(?:(?:der|die|den|dem|ihr\w*|sein\w*|[A-ZÄÖÜ][\w.-]*)\s+){0,2}"
)
_AND_NAME = re.compile(r"[ \t]*+(?:und|sowie|&)\s+(?:(?:der|die|ihr\w*|sein\w*)\s+)?[A-ZÄÖÜ]")
# a subject right before its verb: "X fragte Y:" (Y, after the verb, is the object)
_VERB_ONLY = re.compile(r"[ \t]++[a-zäöüß]++(?:[ \t]++sich)?[ \t]*+")
# a colon frame ending in a relative clause with the speech verb: "X erinnerte an Y, der einmal
# sagte:" (Y speaks, the person right before the comma); no noun in it, else ``der`` is an
# article ("…, der Historiker X hat einmal gesagt:")
_RELATIVE_FRAME = re.compile(
    rf",[ \t]*+(?:der|die)\s+(?:[a-zäöüß][\w-]*\s+){{0,6}}?(?:{_VERB})\b"
    r"(?:\s+[a-zäöüß][\w-]*){0,3}\s*:\s*$"
)
# a passive frame that names who acts on the subject: "X wurde von Y gefragt:", "X wird vom
# Präsidenten begrüßt:"; the quote is what the agent said (not "… von Y mit den Worten zitiert")
_PASSIVE_AGENT = re.compile(
    r"\b(?:wird|wurde|werden|wurden)\b[^.!?;:„“\"»«]{0,80}?\b(?:von|vom)\s+(?P<agent>[^.!?;:]*?)"
    r"\s+(?:ge\w+t|\w+iert|\w+ge\w+t|(?:be|ver|er|ent|zer|emp)\w+t)"
    r"(?:\s+(?:worden|mit\s+den\s+Worten))?\s*:\s*$"
)
_QUOTED_PASSIVE = re.compile(r"\bzitiert\b")
# a noun of saying and whose it is, after ``so`` or a comma: "„…“, so die Antwort von X",
# "„…“, so das Fazit des Präsidenten X"
_SAYING_OF = re.compile(
    rf"\s*(?:der|die|das|sein\w*|ihr\w*)\s+(?:[a-zäöüß]+\s+)?{SAYING}\s+(?:von|vom|des|der)\s+"
)


class JointFrames(Signatures):
    """The frame rules about a second person in the speaker's place."""

    def _named_in_clause(self, skipped: list[_Mention], person: str, at: int) -> bool:
        """Tell whether ``person``, whom a pronoun at ``at`` seems to mean, is named as an object
        in the pronoun's own clause (``Und zu X hat er getwittert:``: er is not X; but ``Wir
        haben X erlebt, als er sagte:`` is X)."""
        return any(
            f.person == person and not _CLAUSE_STOP.search(self.masked, f.end, at) for f in skipped
        )

    def _joint(self, found: list[_Mention], n: int, end: int) -> bool:
        """Tell whether the person of ``found[n]`` (whose name ends at ``end``) shares the subject
        with another person or role named after ``und`` (``X und Y betonten:``)."""
        for nxt in found[n + 1 :]:
            if nxt.pos < end:
                continue
            gap = _JOINT_GAP.fullmatch(self.masked, end, nxt.pos)
            return gap is not None and not nxt.indefinite and bool(nxt.person or nxt.role)
        return False

    def _joint_after(self, at: int) -> bool:
        """Tell whether a name ending at ``at`` is followed by ``und`` and another name."""
        return _AND_NAME.match(self.masked, at) is not None

    def _subject_first(self, found: list[_Mention], lo: int, verb_end: int) -> bool:
        """Tell whether a person or role opens the frame right before its verb (``X fragte Y:``),
        so that a person after the verb is its object, not an inverted subject."""
        left = [m for m in found if m.end <= verb_end and (m.person or m.role)]
        return (
            bool(left)
            and _ROLE_GAP.fullmatch(self.masked, lo, left[0].pos) is not None
            and _VERB_ONLY.fullmatch(self.masked, left[-1].end, verb_end) is not None
        )

    def _name_end(self, m: _Mention, named: str | None) -> int:
        """Return where the name of a mention ends: a role noun's person named after it."""
        if m.person or named is None:
            return m.end
        for nxt in self.mentions[self.mentions.index(m) + 1 :]:
            if nxt.person == named:
                return nxt.end
        return m.end

    def _relative_speaker(self, lo: int, hi: int) -> tuple[str | None, bool]:
        """Return the person a colon frame's relative clause with the speech verb is about
        (``X erinnerte an Y, der einmal sagte:`` -> Y; ``an einen Freund, der …`` -> nobody
        known) and whether the frame ends in such a clause."""
        frame = _RELATIVE_FRAME.search(self.masked, lo, hi + 1)
        if frame is None:
            return None, False
        comma = frame.start()
        before = [m for m in self._mentions(lo, comma) if m.person or m.role]
        last = before[-1] if before else None
        if last is None or self.masked[last.end : comma].strip():
            return None, True
        if last.person:
            return last.person, True
        return self._named(last), True

    def _passive_agent(self, lo: int, hi: int) -> tuple[str | None, bool]:
        """Return the person of a passive colon frame's agent (``X wurde von Y gefragt:`` -> Y)
        and whether the frame is such a passive; the subject does not speak."""
        frame = _PASSIVE_AGENT.search(self.masked, lo, hi + 1)
        if frame is None or _QUOTED_PASSIVE.search(frame.group()):
            return None, False
        found = self._mentions(frame.start("agent"), frame.end("agent"))
        if not found or found[0].indefinite or found[0].pronoun:
            return None, True
        first = found[0]
        return (first.person or self._named(first)), True

    def _saying_of(self, lo: int, found: list[_Mention]) -> bool:
        """Tell whether an after-frame names whose words the quote is by a noun of saying
        (``„…“, so die Antwort von X``): X speaks, though named after ``von``."""
        m = _SAYING_OF.match(self.masked, lo)
        return m is not None and bool(found) and found[0].pos - m.end() <= 12

    def _fallback(self, lo: int, hi: int) -> str | None:
        """Take a full name written right after the verb when ``entities`` lacks the person."""
        m = _FALLBACK_NAME.match(self.body, lo, hi)
        if m is None or self._joint_after(m.end("name")):
            return None  # "sagten X und Y": not X alone
        return m.group("name") if is_first_name(m.group("name").split()[0]) else None
