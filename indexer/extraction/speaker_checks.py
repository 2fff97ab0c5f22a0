"""Checks that leave a speaker null where the frame names someone who does not speak (session 16,
from reading the named speakers of Bundestag and government speeches and of news text).

- A colon frame whose subject is ``ich`` or ``wir`` is the text's own voice: a person named in it
  is an object (``Ich fand die Bemerkung von Herrn X wichtig, …:``, ``Dass wir, lieber X, …
  sagen:``), not the speaker.
- A frame subject that is a name of a paper or a work (``Die „…“ schrieb zu den Reden von X:``,
  ``Die Allgemeine Zeitung schrieb … X:``) names nobody known.
- A role noun of one gender is not a person the text gives the same role in the other gender
  (``die EU-Kommissarin`` is not ``Kommissar X``).
- The one person of a text stands for ``der Pressesprecher`` only when named in the same
  paragraph before it or speaking somewhere in the text (``erklärt Burchardt``), not for ``der
  Außenminister`` of a speech that named a singer paragraphs before.
- A quote asked as a question (``Auf die Frage: „…?“, bestätigt X:``) is not the answerer's.
"""

from __future__ import annotations

import re

from indexer.extraction.joint_frames import JointFrames
from indexer.extraction.mentions import _Mention
from indexer.extraction.speech_frames import _ROLE_END, _VERB, _WORDS_OF, SAYING, WORD

# "ich"/"wir" as the subject opening a frame's sentence, maybe after a conjunction or subordinator
_FIRST_PERSON = re.compile(
    r"[\s\"“”»«_]*(?:(?:Dass|Wenn|Weil|Als|Ob|Und|Aber|Doch|Denn|Deshalb|Daher|Darum|Dann|Jetzt"
    r"|Heute|Hier|Nun)\s+)?(?i:ich|wir)\b",
)
_CLAUSE_END = re.compile(r"[,;–—]")
_CITING = re.compile(r"\bzitier", re.I)
# whom a speech addresses: "Dass wir, lieber X, …", ", sehr geehrte Frau X,"
_VOCATIVE = re.compile(
    r",\s*(?:(?:lieber|liebe|sehr\s+geehrte[rn]?|verehrte[rn]?)\s+(?:(?:Herr|Frau)\s+)?"
    r"|(?:Herr|Frau)\s+)(?:(?:Kollege|Kollegin|Minister|Ministerin|Dr\.|Prof\.)\s+)*$"
)
# a frame opened by whom a speech addresses: they did not say the quote when the frame goes on in
# the first person or as a supposition ("Herr X, wenn es um … geht, erinnere ich mich an …, auf
# denen stand:", "Herr X, wenn Sie … sagen würden:"; but "Herr X, Sie haben gesagt:")
_ADDRESS_OPEN = re.compile(
    r"[\s\"“”»«_*]*(?:(?:Sehr\s+geehrte[rn]?|Liebe[r]?|Verehrte[r]?)\s+)?(?:Herr|Frau)\s+"
    r"(?:(?:Kollege|Kollegin|Minister|Ministerin|Dr\.|Prof\.)\s+)*[A-ZÄÖÜ][\w'’-]*"
    r"(?:\s+[A-ZÄÖÜ][\w'’-]*)?\s*,"
)
_NOT_ADDRESSEE = re.compile(r"\b(?:ich|wir|wenn|falls|würde|würden|könnten|sollten)\b")
# a noun-phrase subject right before the frame's verb: a paper's or work's name with capitalised
# adjectives or in quotation marks (masked): "Die Allgemeine Zeitung", "Die „…“", "Der Spiegel"
_NAMED_SUBJECT = re.compile(
    r"\s*(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}(?:[„“\"»«]_+[“\"«]|[A-ZÄÖÜ][\w-]*)"
    rf"[ \t]+(?:{_VERB})\b"
)
# a preposition opening a frame before a person: "Mit X sprach Y", "Neben X", "Nach X"
_BESIDE = re.compile(
    r"[\s\"“”»«_*]*(?:Mit|Neben|Nach|Vor|Gegenüber|Gemeinsam\s+mit|Zusammen\s+mit)\s+"
    r"(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s+)*"
)
_TOWARDS = re.compile(
    r"\b(?:in|an|zu|zur|zum|mit|bei|gegenüber|nach|vor|über|auf|neben|gegen|hinter)\b"
)
# a person named after a role as the owner or founder of what the role heads: "die Sprecherin des
# Vereins von X", "die Leiterin der von X gegründeten Stiftung" (X is not the Sprecherin)
_OWNER_GAP = re.compile(
    r"\b(?i:der|die|das|des|dem|den|eine?[mnrs]?)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?von\s+"
    r"(?:(?:Dr|Prof)\.\s*)*(?:[A-ZÄÖÜ][\w-]*\s+){0,2}$"
)
# a short frame opened by a noun subject and its verb: "Die Stadt ist zufrieden:"
_NOUN_FRAME = re.compile(
    r"[\s\"“”»«_*]*(?:Der|Die|Das)\s+(?:[a-zäöüß-]+\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)\s+[a-zäöüß]"
)
_SPOKEN_BEFORE = re.compile(rf"\b(?:so|{_VERB})\s+(?:[\w.-]+\s+){{0,3}}$", re.I)
_SPOKEN_AFTER = re.compile(rf"\s+(?:[a-zäöüß]+\s+)?(?:{_VERB})\b", re.I)
# a question a quote asks: "Auf die Frage: „…?“", "auf die Frage „…?“", "Frage: „…?“"
_ASKED = re.compile(r"(?:\b[Aa]uf\s+(?:die|eine|seine|ihre|unsere)\s+)?\bFrage\s*[,:]?\s*$")
_ASKING = re.compile(r"^\W*(?:so\s+)?(?:fragt|fragte|fragen|fragten|wollte|will)\b", re.I)


def asked(before: str, text: str, after: str) -> bool:
    """Tell a question put to someone (``Auf die Frage: „…?“, bestätigt X:``): whoever the frame
    after it names answers, and did not say it."""
    return (
        text.rstrip().endswith("?")
        and _ASKED.search(before[-60:]) is not None
        and _ASKING.match(after) is None
    )


class SpeakerChecks(JointFrames):
    """Rules that leave a speaker null where the frame's person does not speak."""

    def _first_person_frame(self, lo: int, hi: int) -> bool:
        """Tell a colon frame whose sentence opens with ``ich``/``wir`` as its subject and names
        persons only in that first clause or to address them (not ``Wir haben X erlebt, als er
        sagte:``, ``Ich beginne mit einem Wort, das X geprägt hat:``, ``Ich zitiere X:``)."""
        if _CITING.search(self.masked, lo, hi):
            return False  # "Ich zitiere Herrn X:": X's words
        opened = _ADDRESS_OPEN.match(self.masked, lo, hi)
        if opened and _NOT_ADDRESSEE.search(self.masked, opened.end(), hi):
            return True  # "Herr X, wenn Sie … sagen würden:": not X
        if _FIRST_PERSON.match(self.masked, lo, hi) is None:
            return False
        stop = _CLAUSE_END.search(self.masked, lo, hi)
        first = stop.start() if stop else hi
        found = [m for m in self._mentions(lo, hi) if m.person or m.role or m.pronoun]
        if any(_WORDS_OF.search(self.masked, lo, m.pos) for m in found):
            return False  # "Ich darf mit einem Satz von X anfangen, der besagt:": X's words
        return bool(found) and all(
            m.pos < first or _VOCATIVE.search(self.masked, max(lo, m.pos - 30), m.pos)
            for m in found
        )

    def _beside_subject(self, found: list[_Mention], n: int, lo: int) -> bool:
        """Tell a person right after a preposition opening the frame (``Mit X sprach Y``,
        ``Neben X sprach auch Y``, ``Nach X ergriff Y das Wort``) when another person or role
        follows: that one is the subject."""
        return _BESIDE.fullmatch(self.masked, lo, found[n].pos) is not None and any(
            m.person or m.role and not m.indefinite for m in found[n + 1 :]
        )

    def _named(self, role: _Mention) -> str | None:
        """Not a person a second role noun names after a preposition (``die Bürgermeisterin in
        Richtung von Landrat X``: X is the Landrat's); ``die Sprecherin der Behörde,
        Oberstaatsanwältin X`` names X for both."""
        named = super()._named(role)
        if not named:
            return named
        k = self.mentions.index(role) + 1
        at = next((m.pos for m in self.mentions[k:] if m.person == named), None)
        if at is not None and _OWNER_GAP.search(self.masked, role.end, at):
            return None
        while k < len(self.mentions) and self.mentions[k].person != named:
            other = self.mentions[k]
            gap = self.masked[role.end : other.pos]
            if other.role and _TOWARDS.search(gap) and not gap.rstrip().endswith(","):
                return None
            k += 1
        return named

    def _noun_subject(self, lo: int, hi: int) -> bool:
        """Tell a short colon frame whose subject is a noun that names nobody (``Die Stadt ist
        zufrieden:``): its own speaker, not the one before (but ``Das Fazit fällt klar aus:``)."""
        m = _NOUN_FRAME.match(self.masked, lo, hi)
        return m is not None and not re.fullmatch(SAYING, m["noun"])

    def _unnamed_subject(self, lo: int, hi: int) -> bool:
        """Also a paper's or work's name as the subject (``Die Allgemeine Zeitung schrieb``)."""
        if super()._unnamed_subject(lo, hi):
            return True
        subject = _NAMED_SUBJECT.match(self.masked, lo, hi)
        return subject is not None and not self._mentions(lo, subject.end())

    def _by_role(self, word: str, at: int, gender: str | None = None) -> str | None:
        """Not a person the text names with the same role in the other gender."""
        person = super()._by_role(word, at, gender)
        if person is None or gender is None:
            return person
        return None if self._gender_clash(person, gender) else person

    def _gender_clash(self, person: str, gender: str | None) -> bool:
        """Tell whether the text gives ``person`` a role noun of the other gender."""
        return gender is not None and any(
            self._role_word_gender(w) not in (None, gender) for w in self._own_roles(person)
        )

    def _own_roles(self, person: str) -> list[str]:
        """The role nouns the text puts right before ``person`` (``Kommissar X``), and its role."""
        found = [self.roles[person]] if person in self.roles else []
        for k, m in enumerate(self.mentions):
            prv = self.mentions[k - 1] if k else None
            if m.person == person and prv and prv.role and not self._between(prv, m):
                found.append(self.masked[prv.pos : prv.end])
        return found

    def _between(self, a: _Mention, b: _Mention) -> str:
        """What stands between two mentions, besides blanks, commas and brackets."""
        return self.masked[a.end : b.pos].strip(" \t(),")

    @staticmethod
    def _role_word_gender(role: str) -> str | None:
        """The gender the role noun of a role shows by itself (``Leiterin des Amtes``: f,
        ``Kommissar``: m, ``Vorsitzende``: either)."""
        word = next((w for w in WORD.findall(role.lower()) if _ROLE_END.search(w)), "")
        if word.endswith(("in", "innen")):
            return "f"
        return None if not word or word.endswith(("e", "es")) else "m"

    def _only_after_article(self, role: _Mention) -> str | None:
        """The one person of the text, when named in the role's paragraph or speaking in it."""
        person = super()._only_after_article(role)
        if person is None or self._gender_clash(person, self._role_gender(role)):
            return None
        para = self.masked.rfind("\n", 0, role.pos)
        named = any(
            para < m.pos < role.pos
            or _SPOKEN_BEFORE.search(self.masked, max(0, m.pos - 60), m.pos)
            or _SPOKEN_AFTER.match(self.masked, m.end)
            for m in self.mentions
            if m.person == person
        )
        return person if named else None
