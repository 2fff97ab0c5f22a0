"""Statements without quotation marks: a paragraph a ``so X`` line says someone said, interview
answers after ``Frage:`` lines, a first-person paragraph in a release in the third person.

Each is a quote only for a known speaker (``quotes.extract_quotes`` drops it otherwise).
"""

from __future__ import annotations

import re
from bisect import bisect_right

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
    r"(?m)^[ \t*_]*(?P<who>(?:(?:Dr|Prof)\.[ \t]*)*"
    r"(?:A|[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,3}))"
    r"[*_]*[ \t]*:[*_]*[ \t]+(?P<text>[^\n]{12,})"
)
# an interview without "Frage:" lines: questions are lines ending in "?" (bare or after the
# interviewer's name), answers lines after one name that recurs ("Anna Berg: Wir …")
_QUESTION_MARK_LINE = re.compile(r"(?m)\?[*_]*[ \t]*$")
INTERVIEW_LINES = 2  # questions and answers of one name: fewer is no interview


# whom a release interviews, named in its heading: "Interview mit Anna Berg", "Drei Fragen an X"
_INTERVIEW_HEAD = re.compile(
    r"\b(?:Interview|Gespräch|Fragen|Nachgefragt)\b[^\n.?!]{0,40}?\b(?:mit|an|bei)\s+"
    r"(?:(?:Dr|Prof)\.\s*)*(?P<name>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2})"
)
HEAD_CHARS = 300  # the heading: the first lines of the text


def interviewee(body: str, persons: list[str]) -> str | None:
    """Return the known person an interview heading names (``Interview mit Anna Berg``), whose
    are the answers after ``Antwort:``/``A:``; None without such a heading."""
    head = _INTERVIEW_HEAD.search(body, 0, HEAD_CHARS)
    if head is None or not _QUESTION_LINE.search(body):
        return None
    words = head["name"].split()
    found = [p for p in persons if p.split() and p.split()[-1] in words]
    return found[0] if len(found) == 1 else None


ANSWER_HEAD = re.compile(r"[ \t*_]*(?:Antwort|A)[*_]*[ \t]*:[*_]*[ \t]*")


def _interview_answers(body: str) -> list[Span]:
    """Return the answers of an interview without quotation marks (``Frage: …`` lines and
    ``Anna Berg: …`` lines); whose they are, the colon frame before each tells."""
    labelled = _QUESTION_LINE.search(body) is not None
    if not labelled and len(_QUESTION_MARK_LINE.findall(body)) < INTERVIEW_LINES:
        return []
    lines = [m for m in _ANSWER_LINE.finditer(body) if not _QUESTION_LINE.match(body, m.start())]
    if not labelled:  # answers: lines of one name that does not ask
        answers = [m for m in lines if not _QUESTION_MARK_LINE.search(m["text"])]
        names = [m["who"] for m in answers]
        lines = [m for m in answers if names.count(m["who"]) >= INTERVIEW_LINES]
    found = []
    for m in lines:
        if _MARK_CHARS.intersection(m["text"]):
            continue
        end = m.end("text") - (len(m["text"]) - len(m["text"].rstrip()))
        found.append(Span(m.start("text"), end, "„", m.start("text"), None))
    return found


# a first-person paragraph outside quotation marks is someone's statement in a release written in
# the third person ("Ich bin froh, dass …" after "„…“, so Oberbürgermeisterin X."); a text with
# more of them is a speech, a letter or a column in its author's voice
_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e[mnrs]?)?|ICH)\b")
FIRST_PERSON_PARAGRAPHS = 2


def first_person_paragraphs(body: str, spans: list[Span], persons: list[str]) -> list[Span]:
    """Return the first paragraph that speaks in the first person singular outside ``spans``
    (the text before it is in the third person) if it has no marks and ends a sentence, unless
    more than ``FIRST_PERSON_PARAGRAPHS`` paragraphs do (a text in its author's voice).

    Without other quotes only the paragraph before can say whose it is: when it names none of
    ``persons`` (by the last word of the name) nothing is returned, and no speaker rules run."""
    ranges = sorted((s.start, s.end) for s in spans)
    starts = [r[0] for r in ranges]
    lines: list[tuple[int, int]] = []
    for m in _FIRST_PERSON.finditer(body):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < ranges[k][1] or lines and m.start() < lines[-1][1]:
            continue  # inside a quote, or a line already counted
        end = body.find("\n", m.end())
        lines.append((body.rfind("\n", 0, m.start()) + 1, end if end >= 0 else len(body)))
        if len(lines) > FIRST_PERSON_PARAGRAPHS:
            return []
    if not lines:
        return []
    start, end = lines[0]
    line = body[start:end]
    text = line.strip()
    k = bisect_right(starts, end) - 1
    if (
        any(a < end and start < b for a, b in ranges[: k + 1])
        or _MARK_CHARS.intersection(line)
        or text[-1:] not in (".", "!", "?")
        or len(text) < STATEMENT_CHARS
        or len(text.split()) < STATEMENT_WORDS
    ):
        return []  # only the first paragraph in the first person, a whole one, may be quoted
    if not spans:
        before = body[body.rfind("\n", 0, max(0, start - 1)) + 1 : start]
        if not any(p.split()[-1] in before for p in persons if p.split()):
            return []
    begin = start + len(line) - len(line.lstrip())
    return [Span(begin, begin + len(text), "„", begin, None)]
