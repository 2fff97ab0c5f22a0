"""Texts in their author's own voice: a speech to its listeners, a statement spoken as ``wir``.

A press release tells in the third person what its persons did and said; a paragraph in the first
person after such a lead is a person's statement (``unmarked.first_person_paragraphs``), and a
speech verb with ``am`` and a date dates the report (``dates``). A speech, a greeting or a letter
is different: it addresses its listeners from the start (``Herr Präsident!``, ``Meine Damen und
Herren``, ``Sehr geehrte …``, ``Herr Minister, Sie …``), and a text that has spoken as ``wir``
(``wie wir dem Ausschuss gemeldet haben``, ``unser Minister``) before its first ``ich`` has had one
voice all along. Their first-person paragraphs are the author's, not a quote of the person named
before, and what someone said on a day there is recalled, not reported. Of 3,000 Bundestag
speeches read without their JSONL speaker, the three first-person paragraphs given to a person
named before were all of this kind (none of the tune releases' were).
"""

from __future__ import annotations

import re

from indexer.extraction.quote_marks import Span

# an address to listeners near the start: a speech, a greeting, a letter
_ADDRESS = re.compile(
    r"\b(?:(?:Sehr\s+)?(?:geehrte|verehrte)[rn]?\s|Herr\s+Präsident|Frau\s+Präsidentin"
    r"|Herr\s+Vorsitzender|Frau\s+Vorsitzende|Exzellenz|Exzellenzen"
    r"|(?:Meine|Liebe)\s+(?:sehr\s+)?(?:geehrten\s+|verehrten\s+|lieben\s+)?Damen\s+und\s+Herren"
    r"|Liebe\s+(?:Kolleginnen|Kollegen|Freundinnen|Freunde|Gäste|Mitbürgerinnen|Mitbürger))\b"
    r"|^\s*(?:Herr|Frau)\s+[A-ZÄÖÜ][\w-]*\s*[,!]"  # "Herr Bundesminister, Sie haben …"
)
_ADDRESS_CHARS = 300
_WE = re.compile(r"\b(?:[Ww]ir|uns|unser\w*|Unser\w*)\b")


def addresses_listeners(body: str) -> bool:
    """Tell a text that opens by addressing listeners (a speech, a greeting, a letter)."""
    return _ADDRESS.search(body, 0, _ADDRESS_CHARS) is not None


def authors_paragraph(body: str, paragraph: Span, quotes: list[Span]) -> bool:
    """Tell a first-person paragraph in its author's voice: the text addresses listeners, or it
    spoke as ``wir`` outside ``quotes`` before this paragraph."""
    if addresses_listeners(body):
        return True
    at = 0
    for quote in sorted(quotes, key=lambda s: s.start):
        if quote.start >= paragraph.start:
            break
        if _WE.search(body, at, quote.start):
            return True
        at = max(at, quote.end)
    return _WE.search(body, at, paragraph.start) is not None
