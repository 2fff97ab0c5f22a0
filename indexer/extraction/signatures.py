"""Lines around a quote that say whose it is: signatures and author lines under it, lead-ins and
speaker lines over it (not bylines), and a frame that goes on over a line break."""

from __future__ import annotations

import re

from indexer.extraction.colon_frames import ColonFrames
from indexer.extraction.quote_marks import Span
from indexer.extraction.speech_frames import (
    _AUTHOR_LINE,
    _BYLINE,
    _FRAME_VERB,
    _ONLY_QUOTE,
    _REPORTED_SPEECH,
    _ROLE_GAP,
    _SENT_END,
    _SIGNATURE,
    _STATEMENT_HEAD,
    AFTER,
    AFTER_BARE,
    FOLLOW_ON,
    REPORTED_ON,
    SPEAKER_LINE,
    WORD,
)

# a frame broken off its quote onto the next line: "„…“\n– so X", "„…“\n, zeigte sich X froh"
_DASH_LINE = re.compile(r"[ \t]*+\n[ \t]*+[,–—-]")
_ADVERB = re.compile(r"\s*(?:schon|bereits|einst|einmal|auch|damals|kürzlich|jüngst)\b")
# a person addressed, not reported on: "Herr Präsident X!", "Sie, Frau X, haben …" (a speech
# speaks to them; its first-person paragraphs are its author's)
_ADDRESSED = re.compile(r"\b(?:Herr|Herrn|Frau|Sie)\b")


class Signatures(ColonFrames):
    """The signature and lead-in rules of one release."""

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
        stop = end if end >= 0 else len(text)
        # "Anna Berg, Vorsitzende" or "(Anna Berg, Vorsitzende)" on the line under the quote
        line = _AUTHOR_LINE.fullmatch(text, start, stop)
        if line is None:  # in parentheses only: "– X, ich mache Ihnen …" is a sentence
            line = _SIGNATURE.fullmatch(text, start, stop)
            line = line if line is not None and line["paren"] is not None else None
        if line is None or (end >= 0 and text[end:].lstrip()[:1] in tuple('„“"»«')):
            return None
        return self._person_in(line_end + 1, line)

    def _dash_frame(self, span: Span, after: str) -> str | None:
        """Return the frame on the line under a quote that ends its line, when that line opens
        with a dash (``„…“\n– so Landrätin X``); None when there is none."""
        if after.strip():
            return None
        line = self._line_after(span, after)
        return line if _DASH_LINE.match(line) and AFTER.match(line) else None

    def _person_in(self, at: int, match: re.Match) -> str | None:
        """Return the person the ``name`` group of a match at offset ``at`` names, if any."""
        found = self._mentions(at + match.start("name"), at + match.end("name"))
        return found[0].person if found and found[0].person else None

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
        if text[-1] == "!" or _ADDRESSED.search(self.masked, lo, found[0].pos):
            return None  # "Herr Präsident X!": whom a speech addresses does not speak in it
        return found[0].person if _ROLE_GAP.fullmatch(self.masked, lo, opener.pos) else None

    def _quote_paragraph(self, para: int, quote: Span) -> bool:
        """Tell whether the paragraph before ``para`` holds nothing but ``quote``."""
        end = len(self.masked[: para - 1].rstrip())
        start = self.masked.rfind("\n", 0, end) + 1
        return quote.open_at >= start and _ONLY_QUOTE.fullmatch(self.masked, start, end) is not None

    def _statement_goes_on(self, para: int, quote: Span, person: str) -> float:
        """Tell how sure a quote opening ``para`` goes on with ``person``'s statement: the
        paragraph before ends in ``person``'s quote (or its frame wrapped onto it), that frame
        and at most three sentences of reported speech naming nobody else (``„…“, sagte sie.
        Es sei noch zu früh.\n„…“``); 0 when it does not."""
        end = len(self.masked[: para - 1].rstrip())
        if quote.close_at is None or quote.close_at >= end:
            return 0.0
        if self.masked.count("\n", quote.close_at, end) > 1:
            return 0.0  # the frame may wrap onto the next line ("…,\nso X."), no further
        if not all(self._is(m, person) for m in self._mentions(quote.close_at, end)):
            return 0.0
        stop = _SENT_END.search(self.masked, quote.close_at + 1, end)
        frame = self.masked[quote.close_at + 1 : stop.end() if stop else end]
        if not (AFTER.match(frame) or AFTER_BARE.match(frame.lstrip(" \t\n,"))):
            return 0.0  # no frame of its own: what follows is the writer's
        if stop is None:
            return FOLLOW_ON
        rest = self.masked[stop.end() : end]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", rest.strip()) if s]
        if not sentences:
            return FOLLOW_ON
        if all(_REPORTED_SPEECH.search(s) for s in sentences) and len(sentences) <= 3:
            return REPORTED_ON
        return 0.0

    def _speaker_opens(self, span: Span, verb_end: int, after: str) -> bool:
        """Tell whether a person or role follows right after the verb of a frame after the
        quote (``„…“ Das sagt Anna Berg``; not ``„…“ Das sagt viel über Anna Berg aus``)."""
        lo = span.close_at + 1 + verb_end
        found = self._mentions(lo, span.close_at + 1 + len(after))
        if not found:
            return False
        adverb = _ADVERB.match(self.masked, lo)  # "„…“; das sagte schon X"
        return (
            _ROLE_GAP.fullmatch(self.masked, adverb.end() if adverb else lo, found[0].pos)
            is not None
        )
