"""Who said a quote: speech frames, persons, role nouns and pronouns (rules 3 and 5 of ``quotes``).

``Context`` finds the persons of ``entities``, role nouns and pronouns in the masked body once per
release (``mentions``, whom roles and pronouns mean: ``referents``); ``Context.attribute`` then
tries the frame after the quote, a signature under it, the colon frame before it (``colon_frames``),
the lead-in or the sentence before it (``signatures``) and the previous quote's speaker, in this
order. The patterns and weights the rules use are in ``speech_frames``.
"""

from __future__ import annotations

from indexer.extraction.handover import handed_to
from indexer.extraction.mentions import _Mention
from indexer.extraction.quote_marks import Span
from indexer.extraction.shared_frames import shared_frame_end as shared
from indexer.extraction.speaker_checks import SpeakerChecks
from indexer.extraction.speaker_contrasts import one_of_two, succession_clash, view_holder
from indexer.extraction.speech_frames import (
    _AFTER_VERB,
    _ARTICLE_GAP,
    _CITES,
    _CROWD,
    _FRAME_VERB,
    _HEAD_OF,
    _IN_OPENING_PHRASE,
    _LAST_DASH,
    _NOT_SUBJECT,
    _OBLIQUE,
    _OBLIQUE_NAME,
    _OPINION_OF,
    _POSSESSIVE,
    _RELATIVE,
    _REPORTED,
    _SENT_END,
    AFTER,
    AFTER_BARE,
    AFTER_FRAME,
    AUTHOR_LINE,
    BY_ROLE,
    COLON_FRAME,
    FALLBACK_NAME,
    FAR,
    FAR_FACTOR,
    FOLLOW_ON,
    LEAD_IN,
    LOOSE_FRAME,
    NAMED,
    NOUN_PHRASE_END,
    ONLY_PERSON,
    POSSESSIVE_FRAME,
    SENTENCE_BEFORE,
    SHORT_FRAME,
    WORD,
)
from indexer.model import Entities


def _reported_frame(text: str, lo: int, hi: int) -> int | None:
    """Return where the last ``, sagte`` of ``text[lo:hi]`` ends (a speech verb after a comma)."""
    last = None
    for m in _REPORTED.finditer(text, lo, hi):
        last = m.end()
    return last


def _sure(speaker: str | None, confidence: float) -> float:
    """Return the confidence of an attribution, 0 when it names nobody."""
    return confidence if speaker else 0.0


class Context(SpeakerChecks):
    """The speaker rules of one release, over its persons, roles and their mentions."""

    def __init__(self, body: str, masked: str, entities: Entities) -> None:
        super().__init__(body, masked, entities)
        self.last = None
        # the last quote kept: span, speaker, confidence (``quotes`` sets it)
        self.previous: tuple[Span, str | None, float] | None = None

    def attribute(
        self,
        span: Span,
        before: str,
        after: str,
        text: str,
        prev: tuple[Span, str | None, float] | None,
    ) -> tuple[str | None, str | None, bool, float]:
        """Return speaker, role, whether an after/colon frame attributes the quote, and how
        sure the speaker is (0 to 1; 0 without a speaker)."""
        para = span.open_at - len(before)
        loose = None
        if span.close_at is not None:
            if after.strip() == ",":  # "„…“,\nerzählt X": the frame goes on on the next line
                after = self._line_after(span, after)
            after = self._dash_frame(span, after) or after  # "„…“\n– so X"
            m = AFTER.match(after)
            comma = m is not None
            if m is None and self.body[: span.close_at].rstrip()[-1:] in ("!", "?", ","):
                m = AFTER_BARE.match(after)
            if m is None and NOUN_PHRASE_END.search(before[-40:]) is None:
                # "„…“ sagt X" without a comma; not "in seiner „…“ beschrieb er": a quote
                # inside a noun phrase is a title, the verb after it the sentence's own
                after = loose = self._line_after(span)
                m = _AFTER_VERB.match(after)
                if m and (m["demo"] or m["any"]) and not self._speaker_opens(span, m.end(), after):
                    m = None  # "„…“ Das sagt viel über X aus": X is no speaker
            if m:
                frame = AFTER_FRAME if after is not loose else LOOSE_FRAME
                if not _SENT_END.search(after, m.end()):
                    after = self._wrapped_after(span, after)  # "„…“, so\nMatthias Kirschner"
                    frame = LOOSE_FRAME
                lo = span.close_at + 1 + m.end()
                hi = self._clause_end(span.close_at + 1, m.end(), span.close_at + 1 + len(after))
                if (
                    not comma
                    and self._opens_next(hi)
                    and not (hi := shared(self.masked, text, lo, hi))
                ):
                    # "der „Stiftung X“ betonte Y: „…“": the frame is the next quote's
                    return None, None, False, 0.0
                if _CITES.search(m.group()):  # "„…“, zitierte X den Bauleiter": not X
                    who, sure = self._cited_after(lo, hi)
                    return who, self.roles.get(who or ""), True, _sure(who, frame * sure)
                speaker, role, _, sure = self.resolve(lo, hi, span.open_at)
                found = self._mentions(lo, hi)
                if (
                    found
                    and _NOT_SUBJECT.search(self.masked, lo, found[0].pos)
                    and not self._saying_of(lo, found)
                ):
                    speaker = None  # "sagt X, Nachfolger von Y", "sagt die Tochter von Y"
                if speaker is None and not any(m.indefinite or m.pronoun for m in found):
                    speaker = self._fallback(lo, hi)
                    role = next((m.role for m in found if m.role), None) if speaker else None
                    sure = FALLBACK_NAME
                return speaker, role, True, _sure(speaker, frame * sure)
            # a line under the quote signs it, unless a colon frame before the quote names its
            # speaker (``Eltern fordern: „…“`` over an article's byline)
            author = None if before.rstrip().endswith(":") else self._author_line(span)
            if author is not None:
                return author, self.roles.get(author), True, AUTHOR_LINE
        head, base = before.rstrip().rstrip("*_").rstrip(), para  # "**X:** „…“": markup
        possessive = _POSSESSIVE.search(head[-40:])
        if possessive:  # "Sein Appell: „…“": the person the pronoun refers to
            person = self.nearest(
                para + before.rfind(possessive.group("p")), possessive["p"].lower()
            )
            return person, self.roles.get(person or ""), True, _sure(person, POSSESSIVE_FRAME)
        if not head and para > 1:
            base_end = len(self.masked[: para - 1].rstrip())
            base = self.masked.rfind("\n", 0, base_end) + 1
            head = self.masked[base:base_end]
        lo, hi = self._sentence_start(base, base + len(head) - 1), base + len(head) - 1
        colon = head.endswith(":")
        if colon:
            start = whole = self._inner_clause(self._frame_start(lo, hi, prev), hi)
            verb = _FRAME_VERB.search(self.masked, start, hi)
            if verb is not None and self._headline_part(start, hi):
                verb = None  # "Klub spricht X das Vertrauen aus – Nachfolger Y:": Y's part
            if verb is None:  # "Preis für X – Preisträger Y: „…“": who speaks follows the dash
                if self._unclear_frame(start, hi):
                    return None, None, True, 0.0
                dash = _LAST_DASH.search(self.masked, start, hi)
                start = dash.end() if dash else start
            elif self._unnamed_subject(start, hi):
                return None, None, True, 0.0
            if (handed := handed_to(self.masked, start, hi)) is not None:  # "… das Wort an Y:"
                to = next((m.person or self._named(m) for m in self._mentions(*handed)), None)
                return to, self.roles.get(to or ""), True, _sure(to, COLON_FRAME)
            words, owner = self._words_of(start, hi)
            if words:  # "… erinnert an die Worte ihres Vaters X:": X (unnamed: nobody known)
                return owner, self.roles.get(owner or ""), True, _sure(owner, COLON_FRAME)
            last = self._last_verb(start, hi) if verb else None
            cited = self._cited(start, last, hi) if last else None
            if cited is not None:
                return cited[0], self.roles.get(cited[0] or ""), True, COLON_FRAME * cited[1]
            relative, ends_in_one = self._relative_speaker(start, hi)
            if ends_in_one:  # "X erinnerte an Y, der einmal sagte:": Y
                return relative, self.roles.get(relative or ""), True, _sure(relative, COLON_FRAME)
            agent, passive = self._passive_agent(start, hi)
            if passive and (agent or self._mentions(start, hi)):
                # "X wurde von Y gefragt:": Y speaks, or someone not known (not X)
                return agent, self.roles.get(agent or ""), True, _sure(agent, COLON_FRAME)
            if self._first_person_frame(start, hi):
                return None, None, True, 0.0  # "Ich fand die Bemerkung von X wichtig, …:"
            speaker, role, named, sure = self.resolve(
                start, hi, span.open_at, verb.end() if verb else None
            )
            if named or verb:
                return speaker, role, True, _sure(speaker, COLON_FRAME * sure)
            # an unnamed frame (``Ihr Fazit:``) before a sentence: a quote, speaker from earlier;
            # a longer clause naming nobody known has a speaker of its own (``Dagegen wehrt sich
            # nun Y, und zwar so:``, ``X – der Erfinder von Y – twittert:``): left null
            colon = text[-1:] in ".!?"
            if (
                len(WORD.findall(self.masked, whole, hi)) > SHORT_FRAME
                or _CROWD.search(self.masked, whole, hi)  # "Bei den Liberalen Rufe:"
                or prev is None
                and self._noun_subject(whole, hi)  # "Die Stadt ist froh:"
            ):
                return None, None, colon, 0.0
        head = (self.masked[para:lo] if colon else before).rstrip().rstrip("“”\"»«‘’'")
        if not head and not colon and para > 1:
            # a quote opening a paragraph: the lead-in or the speaker of the paragraph before
            speaker = self._lead_in(para)
            if speaker:
                return speaker, self.roles.get(speaker), False, LEAD_IN
            earlier = self.previous
            if earlier is not None and earlier[1] and self._quote_paragraph(para, earlier[0]):
                # a statement over several paragraphs, each in its own marks
                return earlier[1], self.roles.get(earlier[1]), False, FOLLOW_ON * earlier[2]
            goes_on = earlier and earlier[1] and self._statement_goes_on(para, *earlier[:2])
            if goes_on:  # "„…“, sagte sie. Es sei … \n„…“": the paragraph before is theirs
                return earlier[1], self.roles.get(earlier[1]), False, goes_on * earlier[2]
        if head[-1:] in (".", "!", "?"):
            lo = self._sentence_start(para, para + len(head) - 1)
            # "Das freue sie, sagte die Ministerin. „…“": who reports the sentence before
            frame = _reported_frame(self.masked, lo, para + len(head))
            speaker, role, _, sure = self.resolve(lo, para + len(head), span.open_at, frame)
            hi = para + len(head)
            if (
                speaker
                and not self._other_speaker(speaker, prev, lo, hi)
                and (frame is not None or self._subject_or_speaking(lo, hi))
            ):
                return speaker, role, colon, SENTENCE_BEFORE * sure
        if prev is not None and prev[1] is not None:
            gap_lo = prev[0].close_at if prev[0].close_at is not None else prev[0].end
            if all(self._is(m, prev[1]) for m in self._mentions(gap_lo, span.open_at)):
                return prev[1], self.roles.get(prev[1]), colon, FOLLOW_ON * prev[2]
        return None, None, colon, 0.0

    def _named_at(self, person: str) -> list[int]:
        """Where the text names ``person``: by name, or by a role noun naming them."""
        return [
            m.pos
            for m in self.mentions
            if m.person == person or m.role and self._named(m) == person
        ]

    def _opens_next(self, at: int) -> bool:
        """Tell whether a colon at ``at`` is followed by an opening quotation mark."""
        if self.masked[at : at + 1] != ":":
            return False
        return self.masked[at + 1 : at + 12].lstrip()[:1] in tuple('„“"»«')

    def _is(self, mention: _Mention, person: str) -> bool:
        """Tell whether a mention can only mean ``person`` (or nobody in particular)."""
        if mention.role and not mention.indefinite:
            named = self._named(mention) or self._by_role(mention.role, mention.pos)
            return named in (person, None)
        return mention.person in (person, None)

    def resolve(
        self, lo: int, hi: int, at: int, verb_end: int | None = None
    ) -> tuple[str | None, str | None, bool, float]:
        """Return the speaker named between two offsets, the role, whether anyone is named, and
        how sure the speaker is from the way it was named (a name, a role noun, a pronoun)."""
        found = self._mentions(lo, hi)
        if verb_end is not None:
            # an inverted frame (``Dann sagte Landrat X:``) names the speaker after the verb
            right = [m for m in found if m.pos >= verb_end]
            if (
                right
                and _ARTICLE_GAP.fullmatch(self.masked, verb_end, right[0].pos)
                and not self._subject_first(found, lo, verb_end)
            ):
                found = right + found
        oblique, object_only = None, False
        for n, m in enumerate(found):
            if m.role and not m.indefinite and _HEAD_OF.fullmatch(self.masked, lo, m.pos):
                return None, None, True, 0.0  # "Der Vater des Künstlers X sagte:": not X
            if (
                (m.person or m.role)
                and (
                    _IN_OPENING_PHRASE.fullmatch(self.masked, lo, m.pos)
                    or self._beside_subject(found, n, lo)  # "Mit X sprach Y:"
                )
                and not _OPINION_OF.fullmatch(self.masked, lo, m.pos)
            ):
                object_only = True  # "Nach der Rede von X sangen alle:": X is no subject
                continue
            if (m.person or m.role) and self._object_of_a_name(lo, m.pos):
                object_only = True  # "Scholz schaute X an und meinte:": X is no subject
                continue
            if self._complement(m):
                # "Die Nachfolgerin von Landrat X, Y, sagte:", "sagte X' Nachfolgerin": not X
                object_only = True
                continue
            if (
                m.role
                and n + 1 < len(found)
                and _OBLIQUE.search(self.masked, max(0, m.pos - 30), m.pos)
            ):
                # "Dem neuen Präsidenten (X) wünschte der Minister": neither is the speaker
                oblique = self._named(m)
                continue
            if m.person is not None and m.person == oblique and n + 1 < len(found):
                continue
            if (
                m.person
                and _OBLIQUE_NAME.search(self.masked, max(0, m.pos - 40), m.pos)
                and not _RELATIVE.match(self.masked, m.end)
                and not view_holder(self.masked, lo, m.pos)
            ):
                # "erteilte dem Grafen X das Recht:": a dative or accusative is not who speaks
                # (but "mit dem Kanzler X, der gesagt hat:" is)
                object_only = True
                continue
            far = FAR_FACTOR if m.pos - lo > FAR else 1.0
            if (m.person or m.role and not m.indefinite) and self._joint(
                found, n, self._name_end(m, m.person or self._named(m))
            ):
                return None, None, True, 0.0  # "X und Y betonten:": not X alone
            if m.person and one_of_two(self.masked, lo, m.pos, m.end, verb_end):
                return None, None, True, 0.0  # "Das Team X und Y erklärten:": not Y alone
            if m.person:
                return m.person, self.roles.get(m.person), True, NAMED * far
            if m.pronoun:
                person, sure = self._pronoun(m)
                if person and self._named_in_clause(found[:n], person, m.pos):
                    return None, None, True, 0.0  # "Und zu X hat er getwittert:": not X
                return person, self.roles.get(person or ""), True, sure * far
            if m.indefinite:
                return None, None, True, 0.0
            if self._agent_of_named(m):
                return None, None, True, 0.0  # "der Sprecher der Ministerin X": not X
            named = self._named(m)
            if named:
                return named, self.roles.get(named) or m.role, True, NAMED * far
            person = self._by_role(m.role or "", at, self._role_gender(m))
            if person and succession_clash(self.masked, m.pos, self._named_at(person)):
                return None, None, True, 0.0  # "der scheidende Kommandeur" is not the new one
            sure = BY_ROLE
            if person is None:
                person, sure = self._only_after_article(m), ONLY_PERSON
            return person, (self.roles.get(person) or m.role) if person else None, True, sure * far
        return None, None, object_only, 0.0
