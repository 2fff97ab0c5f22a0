"""Statements without quotation marks: a paragraph a ``so X`` line says someone said, interview
answers after ``Frage:`` lines, a first-person paragraph in a release in the third person.

Each is a quote only for a known speaker (``quotes.extract_quotes`` drops it otherwise).
"""

from __future__ import annotations

import re

from indexer.extraction.quote_marks import Span


def unmarked_statements(body: str) -> list[Span]:
    """Return the statements without marks of ``so X`` lines and interviews, in text order."""
    return sorted(_said_lines(body) + _interview_answers(body), key=lambda s: s.open_at)


# a paragraph whose marks were lost, ending in a comma, and a line that says who spoke it:
# "Der Besuch erforderte …, die zu Belastungen führten,\nso Oberbürgermeisterin X."
_LINE_COMMA = re.compile(r",[ \t]*\n")
_SAID_LINE = re.compile(
    r"[ \t]*(?:so|sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt)\s+"
    r"(?:(?:der|die)\s+)?[A-ZÄÖÜ][^\n„“\"»«:]{0,100}[.!]?[ \t]*"
)
STATEMENT_CHARS, STATEMENT_WORDS = 40, 8  # not a hard-wrapped line of a sentence
_MARK_CHARS = frozenset('„“”"»«')


def _said_lines(body: str) -> list[Span]:
    """Return the paragraphs without quotation marks that a ``so X`` line says someone said."""
    found = []
    for m in _LINE_COMMA.finditer(body):
        start = body.rfind("\n", 0, m.start()) + 1
        text = body[start : m.start()]
        if len(text.strip()) < STATEMENT_CHARS or _MARK_CHARS.intersection(text):
            continue
        end = body.find("\n", m.end())
        if not _SAID_LINE.fullmatch(body, m.end(), end if end >= 0 else len(body)):
            continue
        if len(text.split()) >= STATEMENT_WORDS:
            start += len(text) - len(text.lstrip())
            found.append(Span(start, m.start(), "„", start, m.start()))
    return found


# an interview: question lines, and answers after the name of who answers ("Anna Berg: Wir …")
_QUESTION_LINE = re.compile(
    r"(?m)^[ \t*_#]*(?:Frage|F|Interviewer(?:in)?|Redaktion|Moderation|Moderator(?:in)?)[*_]*\s*:"
)
_ANSWER_LINE = re.compile(
    r"(?m)^[ \t*_]*(?:(?:Dr|Prof)\.[ \t]*)*[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,3}[*_]*"
    r"[ \t]*:[*_]*[ \t]+(?P<text>[^\n]{12,})"
)


ANSWER_HEAD = re.compile(r"[ \t*_]*(?:Antwort|A)[*_]*[ \t]*:[*_]*[ \t]*")


def _interview_answers(body: str) -> list[Span]:
    """Return the answers of an interview without quotation marks (``Frage: …`` lines and
    ``Anna Berg: …`` lines); whose they are, the colon frame before each tells."""
    if not _QUESTION_LINE.search(body):
        return []
    found = []
    for m in _ANSWER_LINE.finditer(body):
        if _QUESTION_LINE.match(body, m.start()) or any(c in m["text"] for c in '„“”"»«'):
            continue
        end = m.end("text") - (len(m["text"]) - len(m["text"].rstrip()))
        found.append(Span(m.start("text"), end, "„", m.start("text"), None))
    return found


# a first-person paragraph outside quotation marks is someone's statement in a release written in
# the third person ("Ich bin froh, dass …" after "„…“, so Oberbürgermeisterin X."); a text with
# more of them is a speech, a letter or a column in its author's voice
_FIRST_PERSON = re.compile(r"\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines)\b", re.I)
FIRST_PERSON_PARAGRAPHS = 2


def first_person_paragraphs(body: str, spans: list[Span]) -> list[Span]:
    """Return the first paragraph that speaks in the first person singular outside ``spans``
    (the text before it is in the third person) if it has no marks and ends a sentence, unless
    more than ``FIRST_PERSON_PARAGRAPHS`` paragraphs do (a text in its author's voice)."""
    found, voiced, pos = [], 0, 0
    for line in body.split("\n"):
        start, pos = pos, pos + len(line) + 1
        inside = [(max(s.start, start), min(s.end, pos)) for s in spans]
        inside = sorted((a, b) for a, b in inside if a < b)
        own, at = [], start
        for a, b in inside:
            own.append(body[at:a])
            at = max(at, b)
        own.append(body[at : pos - 1])
        if not any(_FIRST_PERSON.search(part) for part in own):
            continue
        voiced += 1
        text = line.strip()
        if voiced > 1 or inside or _MARK_CHARS.intersection(line) or text[-1] not in ".!?":
            continue  # only the first paragraph in the first person, a whole one, may be quoted
        if len(text) >= STATEMENT_CHARS and len(text.split()) >= STATEMENT_WORDS:
            begin = start + len(line) - len(line.lstrip())
            found.append(Span(begin, begin + len(text), "„", begin, None))
    return found if voiced <= FIRST_PERSON_PARAGRAPHS else []
