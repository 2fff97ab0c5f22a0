"""Who said a quote: speech frames, persons, role nouns and pronouns (rules 3 and 5 of ``quotes``).

``Context`` finds the persons of ``entities``, role nouns and pronouns in the masked body once per
release (``mentions``); ``Context.attribute`` then tries the frame after the quote, the colon frame
before it, the sentence before it and the previous quote's speaker, in this order. The patterns
and weights the rules use are in ``speech_frames``.
"""

from __future__ import annotations

import re

from indexer.extraction.mentions import Mentions, _Mention
from indexer.extraction.names import is_first_name
from indexer.extraction.quote_marks import Span
from indexer.extraction.speech_frames import (
    _AFTER_VERB,
    _ARTICLE_GAP,
    _AUTHOR_LINE,
    _BYLINE,
    _CITES,
    _CLAUSE_SUBJECT,
    _COMPLEMENT,
    _FALLBACK_NAME,
    _FRAME_SUBJECT,
    _FRAME_VERB,
    _HEADLINE_PART,
    _LAST_DASH,
    _NOT_SUBJECT,
    _OBLIQUE,
    _OBLIQUE_NAME,
    _ONLY_QUOTE,
    _OWNED,
    _PASSIVE,
    _POSSESSIVE,
    _RELATIVE,
    _REPORTED,
    _ROLE_GAP,
    _SENT_END,
    _SIGNATURE,
    _SOMEONE,
    _STATEMENT_HEAD,
    _SUBORDINATOR,
    _WORDS_END,
    _WORDS_OF,
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
    LONG_FRAME,
    LOOSE_FRAME,
    NAMED,
    NOUN_PHRASE_END,
    ONLY_PERSON,
    POSSESSIVE_FRAME,
    SENTENCE_BEFORE,
    SHORT_FRAME,
    SPEAKER_LINE,
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


class Context(Mentions):
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
            m = AFTER.match(after)
            comma = m is not None
            if m is None and self.body[: span.close_at].rstrip()[-1:] in ("!", "?", ","):
                m = AFTER_BARE.match(after)
            if m is None and NOUN_PHRASE_END.search(before[-40:]) is None:
                # "„…“ sagt X" without a comma; not "in seiner „…“ beschrieb er": a quote
                # inside a noun phrase is a title, the verb after it the sentence's own
                after = loose = self._line_after(span)
                m = _AFTER_VERB.match(after)
            if m:
                frame = AFTER_FRAME if after is not loose else LOOSE_FRAME
                if not _SENT_END.search(after, m.end()):
                    after = self._wrapped_after(span, after)  # "„…“, so\nMatthias Kirschner"
                    frame = LOOSE_FRAME
                lo = span.close_at + 1 + m.end()
                hi = self._clause_end(span.close_at + 1, m.end(), span.close_at + 1 + len(after))
                if not comma and self._opens_next(hi):
                    # "der „Stiftung X“ betonte Y: „…“": the frame is the next quote's
                    return None, None, False, 0.0
                speaker, role, _, sure = self.resolve(lo, hi, span.open_at)
                found = self._mentions(lo, hi)
                if found and _NOT_SUBJECT.search(self.masked, lo, found[0].pos):
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
            words, owner = self._words_of(start, hi)
            if words:  # "… erinnert an die Worte ihres Vaters X:": X (unnamed: nobody known)
                return owner, self.roles.get(owner or ""), True, _sure(owner, COLON_FRAME)
            cited = self._cited(start, verb, hi) if verb else None
            if cited is not None:
                return cited[0], self.roles.get(cited[0] or ""), True, COLON_FRAME * cited[1]
            speaker, role, named, sure = self.resolve(
                start, hi, span.open_at, verb.end() if verb else None
            )
            if named or verb:
                return speaker, role, True, _sure(speaker, COLON_FRAME * sure)
            # an unnamed frame (``Ihr Fazit:``) before a sentence: a quote, speaker from earlier;
            # a longer clause naming nobody known has a speaker of its own (``Dagegen wehrt sich
            # nun Y, und zwar so:``, ``X – der Erfinder von Y – twittert:``): left null
            colon = text[-1:] in ".!?"
            if len(WORD.findall(self.masked, whole, hi)) > SHORT_FRAME:
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
        if head[-1:] in (".", "!", "?"):
            lo = self._sentence_start(para, para + len(head) - 1)
            # "Das freue sie, sagte die Ministerin. „…“": who reports the sentence before
            frame = _reported_frame(self.masked, lo, para + len(head))
            speaker, role, _, sure = self.resolve(lo, para + len(head), span.open_at, frame)
            if speaker and not self._other_speaker(speaker, prev, lo, para + len(head)):
                return speaker, role, colon, SENTENCE_BEFORE * sure
        if prev is not None and prev[1] is not None:
            gap_lo = prev[0].close_at if prev[0].close_at is not None else prev[0].end
            if all(self._is(m, prev[1]) for m in self._mentions(gap_lo, span.open_at)):
                return prev[1], self.roles.get(prev[1]), colon, FOLLOW_ON * prev[2]
        return None, None, colon, 0.0

    def _other_speaker(
        self, person: str, prev: tuple[Span, str | None, float] | None, lo: int, hi: int
    ) -> bool:
        """Tell whether the quote before in the paragraph is someone else's and the sentence
        ``masked[lo:hi]`` names ``person`` without a speech verb: either may speak
        (``„…“, sagt X. Sein Vorgänger Y hatte das Werk gegründet. „…“``)."""
        if prev is None or prev[1] in (None, person):
            return False
        return _FRAME_VERB.search(self.masked, lo, hi) is None

    def _words_of(self, lo: int, hi: int) -> tuple[bool, str | None]:
        """Tell whether a colon frame ends in whose words follow (``mit einem Zitat von X
        schließen:``, ``an die Worte ihres Vaters X:``), and return that person if known."""
        words = _WORDS_END.search(self.masked, max(lo, hi - 120), hi)
        if words is None:
            return False, None
        found = [m for m in self._mentions(words.start(), hi) if m.person]
        return True, found[-1].person if found else None

    def _cited(self, lo: int, verb: re.Match, hi: int) -> tuple[str | None, float] | None:
        """Return whom a colon frame's subject quotes and how sure that is (``Sie zitiert den
        Bauleiter:``: nobody known; ``X zitierte in ihrer Rede Y:``: Y); None when the verb
        quotes nobody or is passive (``X wird mit den Worten zitiert:``)."""
        if not _CITES.match(verb.group()) or _PASSIVE.search(self.masked, lo, verb.start()):
            return None
        for m in self._mentions(verb.end(), hi):
            if m.person:
                return m.person, NAMED
            if m.role and not m.indefinite:
                named = self._named(m)
                if named:
                    return named, NAMED
                person = self._by_role(m.role, m.pos, self._role_gender(m))
                return person, BY_ROLE if person else 0.0
        return None, 0.0

    def _author_line(self, span: Span) -> str | None:
        """Return the person of a signature line under a block quote (``– X, Sprecherin für …``).

        The quote ends its line; the next line names a person first and holds nothing but a
        role (no sentence, no colon, no quote); a quote on the line after it would make the
        name a speaker line for that quote instead."""
        line_end = self.body.find("\n", span.close_at)
        rest = self.masked[span.close_at + 1 : line_end if line_end >= 0 else len(self.masked)]
        same = _SIGNATURE.fullmatch(rest)  # "„…“ (X, Vorsitzende)", "„…“ – X"
        if same is None:  # "„…“ (X). Danach …": a name in parentheses ending the sentence
            same = _SIGNATURE.match(rest)
            if same is None or same["paren"] is None or same.group().rstrip()[-1:] not in ".;":
                same = None
        if same:
            return self._person_in(span.close_at + 1, same)
        if line_end < 0 or rest.strip(" \t.,;"):
            return None
        text = self.masked[line_end + 1 : line_end + 400]
        start = len(text) - len(text.lstrip("\n"))
        end = text.find("\n", start)
        line = _AUTHOR_LINE.fullmatch(text, start, end if end >= 0 else len(text))
        if line is None or (end >= 0 and text[end:].lstrip()[:1] in tuple('„“"»«')):
            return None
        return self._person_in(line_end + 1, line)

    def _person_in(self, at: int, match: re.Match) -> str | None:
        """Return the person the ``name`` group of a match at offset ``at`` names, if any."""
        found = self._mentions(at + match.start("name"), at + match.end("name"))
        return found[0].person if found and found[0].person else None

    def _opens_next(self, at: int) -> bool:
        """Tell whether a colon at ``at`` is followed by an opening quotation mark."""
        if self.masked[at : at + 1] != ":":
            return False
        return self.masked[at + 1 : at + 12].lstrip()[:1] in tuple('„“"»«')

    def _headline_part(self, lo: int, hi: int) -> bool:
        """Tell whether a colon frame ends in a headline part after a dash without a speech verb
        of its own (``… spricht X das Vertrauen aus – Als Nachfolger gehandelter Y:``); a dash
        pair around an aside (``warnt – ich zitiere –:``) is no such part."""
        dash = _LAST_DASH.search(self.masked, lo, hi)
        if dash is None:
            return False
        part = self.masked[dash.end() : hi]
        return _HEADLINE_PART.fullmatch(part) is not None and _FRAME_VERB.search(part) is None

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

    def _wrapped_after(self, span: Span, after: str) -> str:
        """Continue an after-frame over hard line breaks until its sentence ends (200 chars)."""
        start = span.close_at + 1
        text = self.masked[start : start + 200]
        stop = _SENT_END.search(text, len(after))
        quote = text.find("„", len(after))
        ends = [e for e in (stop.end() if stop else -1, quote) if e >= 0]
        return text[: min(ends)] if ends else after

    def _line_after(self, span: Span, skip: str = "") -> str:
        """Return the masked text after the closing mark to the end of the next non-empty line
        (after ``skip``, the rest of the quote's own line)."""
        end = self.body.find("\n", span.close_at + 2 + len(skip))
        return self.masked[span.close_at + 1 : end if end >= 0 else len(self.body)]

    def _lead_in(self, para: int) -> str | None:
        """Return the one person named in the last sentence of the paragraph before ``para``."""
        end = len(self.masked[: para - 1].rstrip())
        start = self.masked.rfind("\n", 0, end) + 1
        text = self.masked[start:end].rstrip("“”\"»«‘’' ")
        head = _STATEMENT_HEAD.match(text)  # "Statement von X, Vorsitzende" over the quote
        if _BYLINE.match(text):
            return None  # "Von X, dpa": who wrote the text, not who speaks in it
        if head or len(WORD.findall(text)) <= SPEAKER_LINE and _AUTHOR_LINE.fullmatch(text):
            lo = start  # or a speaker line over the quote: "Dr. Anna Berg, Geschäftsführerin"
        elif not text or text[-1] not in ".!?):":
            return None
        else:
            lo = self._sentence_start(start, start + len(text) - 1)
        found = [m for m in self._mentions(lo, end) if m.person and not self._credited(m)]
        if len({m.person for m in found}) != 1:
            return None
        # the person opens the sentence or a speech verb says what they do; not an object
        # ("Die Stadt dankt X für seine Arbeit.")
        if head or text[-1] in "):" or _FRAME_VERB.search(self.masked, lo, end):
            return found[0].person
        opener = self._mentions(lo, end)[0]
        return found[0].person if _ROLE_GAP.fullmatch(self.masked, lo, opener.pos) else None

    def _quote_paragraph(self, para: int, quote: Span) -> bool:
        """Tell whether the paragraph before ``para`` holds nothing but ``quote``."""
        end = len(self.masked[: para - 1].rstrip())
        start = self.masked.rfind("\n", 0, end) + 1
        return quote.open_at >= start and _ONLY_QUOTE.fullmatch(self.masked, start, end) is not None

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
            if right and _ARTICLE_GAP.fullmatch(self.masked, verb_end, right[0].pos):
                found = right + found
        oblique, object_only = None, False
        for n, m in enumerate(found):
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
            ):
                # "erteilte dem Grafen X das Recht:": a dative or accusative is not who speaks
                # (but "mit dem Kanzler X, der gesagt hat:" is)
                object_only = True
                continue
            far = FAR_FACTOR if m.pos - lo > FAR else 1.0
            if m.person:
                return m.person, self.roles.get(m.person), True, NAMED * far
            if m.pronoun:
                person, sure = self._pronoun(m)
                return person, self.roles.get(person or ""), True, sure * far
            if m.indefinite:
                return None, None, True, 0.0
            if self._agent_of_named(m):
                return None, None, True, 0.0  # "der Sprecher der Ministerin X": not X
            named = self._named(m)
            if named:
                return named, self.roles.get(named) or m.role, True, NAMED * far
            person = self._by_role(m.role or "", at, self._role_gender(m))
            sure = BY_ROLE
            if person is None:
                person, sure = self._only_after_article(m), ONLY_PERSON
            return person, (self.roles.get(person) or m.role) if person else None, True, sure * far
        return None, None, object_only, 0.0

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

    def _fallback(self, lo: int, hi: int) -> str | None:
        """Take a full name written right after the verb when ``entities`` lacks the person."""
        m = _FALLBACK_NAME.match(self.body, lo, hi)
        return m.group("name") if m and is_first_name(m.group("name").split()[0]) else None
