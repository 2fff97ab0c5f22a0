"""Direct quotes in a release body: find them, tell them from titles, attribute them by rule.

Rules, in the order they are tried for each quoted span:

1. Marks: „…“ „…" "…" »…« «…» “…” are double quotes; ‚…‘ ,…‘ '…' ›…‹ are single quotes.
   Quotes nested in a quote belong to it. A top-level quote still open at a paragraph end runs
   on when the next paragraph opens with a quote mark (German convention), else it ends there
   (lost closing mark). An opening mark after a sentence end inside an open quote closes it.
2. Titles are not quotes: a quote right after a naming noun (Initiative, Vereinbarung, Motto,
   Titel, Projekt, Workshops, Verein, …) or after ``sogenannte``/``namens``, the next items of
   such a list, a quote followed by ``heißt``/``lautet`` (but not ``heißt es``), a title as its
   sentence's subject or after a colon frame naming a work (``quote_titles``).
3. Attribution: a speech verb or ``so`` after the closing mark (``“, sagte Landrat X``); else a
   frame ending in a colon before the opening mark (``Minister X: „…“``, ``X betonte …: „…“``,
   also at the end of the previous paragraph); else the previous sentence of the same paragraph
   when it names a person (``Auch deshalb erhofft sich die Staatssekretärin … . „…“``); else the
   speaker of the previous quote in the same paragraph when nobody else is named in between.
4. A quote without rule 3's after/colon attribution is kept only if it starts a sentence and reads
   like one (three words or more with a finite verb or a personal pronoun), or it
   continues an interrupted quote (``„…“, sagte X, „…“``). Single quotes need rule 3's
   after/colon attribution. A kept quote whose speaker no rule finds has speaker None.
5. Speakers: a person of ``entities.persons`` named in full or by surname; a role noun
   (``die Staatssekretärin``) resolved through ``entities.roles`` or the release text;
   ``er``/``sie`` to the previous speaker; a full name after the verb (first name known) when
   ``entities`` lacks it. ``ein Sprecher`` stays None. Role: ``entities.roles``, else the noun.
6. A quote still without speaker whose words another quote repeats (a headline quote said again
   in the body) takes that quote's speaker (``quote_echoes``).
"""

from __future__ import annotations

import re

from indexer.extraction.attribution import Context
from indexer.extraction.heading_speakers import heading_speaker
from indexer.extraction.nobody_frames import addressed_says, nobody_says
from indexer.extraction.quote_echoes import with_echoes
from indexer.extraction.quote_marks import DOUBLE, Span, find_spans, mask
from indexer.extraction.quote_titles import is_title, speechy
from indexer.extraction.speaker_checks import asked
from indexer.extraction.speech_frames import (
    _ABBREV,
    AFTER,
    AFTER_BARE,
)
from indexer.extraction.speech_voice import authors_paragraph
from indexer.extraction.unmarked import (
    ANSWER_HEAD,
    first_person_paragraphs,
    interviewee,
    unmarked_statements,
)
from indexer.model import Entities, Quote

# An attribution less sure than this leaves the speaker null: a wrong speaker is worse than none.
# Chosen on the tune split of pressemitteilungen_dev (``pressesuche eval`` prints the trade-off).
MIN_CONFIDENCE = 0.6


# A record's own speaker (a speech, an interview) says a quote when a first-person frame opens
# it: "Ich sage Ihnen: „…“", "Deshalb fordern wir: „…“" (not "ich zitiere"). A first-person quote
# without such a frame is someone else's voice in speeches ("Sie sagen immer: „Wir …“", "Sätze
# wie: „Ich …“"): all 12 such quotes of 1,500 Bundestag speeches were, read by hand.
GIVEN_SPEAKER = 0.8
_SAYS = (
    r"sage|sagen|sagte|sagten|frage|fragen|fragte|fragten|betone|betonen|wiederhole|wiederholen"
    r"|rufe|rufen|antworte|antworten|fordere|fordern|appelliere|appellieren|erkläre|erklären"
    r"|versichere|versichern|verspreche|versprechen|bitte|bitten"
)
# the subject and the verb side by side in one clause that ends in the colon, nothing
# hypothetical in it ("Wenn wir sagen: „…“", "Sagen wir dann: „…“", "… sagen können: „…“")
_FIRST_PERSON_FRAME = re.compile(
    rf"(?:\b(?:ich|wir)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{_SAYS})|\b(?:{_SAYS})\s+(?:ich|wir))\b"
    r"[^,;.!?:„“\"»«–—()]{0,60}:\s*$",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:wenn|falls|ob|dann|würde|würden|könnte|könnten|können|sollte|sollten|müsste"
    r"|müssten|wollen|nicht|nie|zitiere|zitieren)\b",
    re.IGNORECASE,
)


def extract_quotes(
    body: str,
    entities: Entities,
    min_confidence: float = MIN_CONFIDENCE,
    speaker: str | None = None,
) -> list[Quote]:
    """Return the direct quotes of ``body`` with speaker, role and confidence, in text order.

    ``speaker`` is who speaks the whole text (a speech, an interview partner): a quote opened
    by a first-person frame (``Ich sage Ihnen: „…“``) that names nobody else is theirs."""
    spans = _with_lost_openings(body, find_spans(body))
    unmarked = unmarked_statements(body)
    if not speaker and entities.persons:  # a record's speaker speaks all of it as ich
        found = first_person_paragraphs(body, spans + unmarked, entities.persons)
        unmarked += [p for p in found if not authors_paragraph(body, p, spans + unmarked)]
    if unmarked:
        spans = sorted(spans + unmarked, key=lambda s: s.open_at)
    if not spans:
        return []  # no quotation marks: no need to look for speakers
    masked = mask(body, spans)
    ctx = Context(body, masked, entities)
    answers = speaker or (interviewee(body, entities.persons) if unmarked else None)
    quotes: list[Quote] = []
    last_title_end = -1
    prev: tuple[Span, str | None, float] | None = None
    for span in spans:
        para = body.rfind("\n", 0, span.open_at) + 1
        before = masked[para : span.open_at]
        after = ""
        if span.close_at is not None:
            end = body.find("\n", span.close_at)
            after = masked[span.close_at + 1 : end if end >= 0 else len(body)]
        text = body[span.start : span.end]
        gap_from_title = masked[last_title_end : span.open_at] if last_title_end >= 0 else None
        marked = body[span.start : span.close_at or span.end]  # with a stop before the mark
        if is_title(before, after, text, marked, gap_from_title):
            last_title_end = (span.close_at or span.end) + 1
            continue
        same_para = prev is not None and prev[0].open_at >= para
        who, role, explicit, sure = ctx.attribute(
            span, before, after, text, prev if same_para else None
        )
        if who is not None and (
            asked(before, text, after) or nobody_says(before, after) or addressed_says(before, who)
        ):
            who, role, sure = None, None, 0.0  # "Auf die Frage: „…?“, bestätigt X:": X answers
        if who is None and speaker and _own_frame(before):
            who, sure = speaker, GIVEN_SPEAKER  # "Ich sage Ihnen: „…“": the record's speaker
        elif who is None and answers and ANSWER_HEAD.fullmatch(before):
            # "Antwort: …" in an interview with the record's speaker or the one its heading names
            who, sure = answers, GIVEN_SPEAKER
        speechlike = (
            _starts_sentence(before)
            and (speechy(text) or _follows_on(prev, span, text, body))
            or _interrupted(prev, span, masked)
        )
        if not explicit and (span.mark not in DOUBLE or not speechlike):
            continue
        if who is None or sure < min_confidence:
            if span in unmarked:
                continue  # a paragraph without marks is a quote only for a known speaker
            who, role, sure = None, None, 0.0
        quotes.append(Quote(text, who, span.start, span.end, role, _shown(sure)))
        prev = ctx.previous = (span, who, sure)
        ctx.last = who or ctx.last
    return heading_speaker(body, entities.persons, with_echoes(quotes, min_confidence))


# a closing mark no opening mark pairs with, right before a speech frame: the opening mark was
# lost and the quote is the sentence before it ("… erwarten wir,“ so X weiter, „dass …“")
_CLOSE_MARK = re.compile(r"[“”\"]")
_SENTENCE_STOP = re.compile(r"[.!?:][\s“”\"»«]+(?=[A-ZÄÖÜ„“\"»«])")


def _with_lost_openings(body: str, spans: list[Span]) -> list[Span]:
    """Add the quotes whose opening mark is lost before a closing mark and a speech frame."""
    found, k, covered_to = [], 0, -1
    for m in _CLOSE_MARK.finditer(body, 1):
        i = m.start()
        if not (body[i - 1].isalnum() or body[i - 1] in ",.!?"):
            continue  # an opening mark, or a closing one after a blank
        while k < len(spans) and spans[k].open_at <= i:
            covered_to = max(covered_to, spans[k].close_at or spans[k].end)
            k += 1
        if i <= covered_to:
            continue  # inside a quote or its own closing mark
        comma = body[i - 1] in ",!?"
        if not (AFTER.match(body, i + 1) or comma and AFTER_BARE.match(body, i + 1)):
            continue
        para = max(body.rfind("\n", 0, i) + 1, covered_to + 1)
        start = para
        for stop in _SENTENCE_STOP.finditer(body, para, i):
            if not _ABBREV.search(body, max(para, stop.start() - 6), stop.start()):
                start = stop.end()
        end = i - 1 if body[i - 1] == "," else i
        if len(body[start:end].split()) >= 3:
            found.append(Span(start, end, "„", start, i))
    return sorted(spans + found, key=lambda s: s.open_at) if found else spans


def _own_frame(before: str) -> bool:
    """Tell a first-person frame the record's speaker says a quote with (``Ich sage Ihnen:``)."""
    frame = _FIRST_PERSON_FRAME.search(before[-200:])
    if frame is None:
        return False
    clause = re.split(r"[,;.!?–—]", before[-200:][: frame.start()])[-1] + frame.group()
    return _HYPOTHETICAL.search(clause) is None


def _shown(confidence: float) -> float | None:
    """Return the confidence as stored and shown: two decimals, None without a speaker."""
    return round(confidence, 2) if confidence > 0 else None


def _starts_sentence(before: str) -> bool:
    """Tell whether a quote opens a sentence (paragraph start, after a stop, colon or quote)."""
    head = before.rstrip()
    return not head or head[-1] in '.!?:“”"»«_' or head.endswith(("–", "—"))


FOLLOW_ON_GAP = 400  # characters: how far a follow-on quote may be from the one before


def _follows_on(
    prev: tuple[Span, str | None, float] | None, span: Span, text: str, body: str
) -> bool:
    """Tell a follow-on quote (``„…“, sagte X. „Ein großer Tag für die Stadt.“``): a whole
    sentence of three words or more, shortly after a quote of the same paragraph whose speaker
    is known (in the next paragraph it may be another text: a speech after its teaser)."""
    if prev is None or prev[1] is None or text.rstrip()[-1:] not in (".", "!", "?", "…"):
        return False
    last = prev[0].close_at if prev[0].close_at is not None else prev[0].end
    gap = body[last : span.open_at]
    return len(text.split()) >= 3 and len(gap) <= FOLLOW_ON_GAP and "\n" not in gap


def _interrupted(prev: tuple[Span, str | None, float] | None, span: Span, masked: str) -> bool:
    """Tell whether ``span`` continues the previous quote after a speech frame (``, sagte X,``)."""
    if prev is None or prev[0].close_at is None:
        return False
    gap = masked[prev[0].close_at + 1 : span.open_at]
    return (
        "\n" not in gap
        and bool(AFTER.match(gap) or AFTER_BARE.match(gap))
        and gap.rstrip()[-1:] in (",", ";", ":")
    )
