"""A statement whose heading names its speaker: ``Erklärung von Ministerpräsident X zu …``.

A release that is one statement puts who speaks in its heading and gives the words in marks
right below it, with no speech verb and no name beside the quote: ``Erklärung von
Ministerpräsident Stephan Weil zum Rückzug von …`` then ``„Dem heutigen Schritt …“``. The
first quote of the body takes the person whom such a heading names first, when nothing but
blank lines stands between the heading and the quote and no speaker was found for it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.model import Quote

_HEADING = re.compile(
    r"^[^\S\n]*+(?:Presse)?(?:Erklärung|Statement|Stellungnahme)\s+(?:von|des|der)\s+"
    r"(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_GAP = ' \t\n„“"»«‚‘'
HEADING_SPEAKER = 0.7  # as sure as a speaker named in a frame beside the quote


def heading_speaker(body: str, persons: list[str], quotes: list[Quote]) -> list[Quote]:
    """Give the first quote of ``quotes`` the person its heading names (module doc)."""
    if not quotes or quotes[0].speaker is not None:
        return quotes
    first = quotes[0]
    heads = list(_HEADING.finditer(body, 0, first.start))
    head = heads[-1] if heads else None  # the last heading before the quote
    if head is None or body[head.end() : first.start].strip(_GAP):
        return quotes
    rest = head.group("rest")
    named = [(rest.find(p), -len(p), p) for p in persons if " " in p and p in rest]
    if not named:
        return quotes
    speaker = min(named)[2]
    return [replace(first, speaker=speaker, confidence=HEADING_SPEAKER), *quotes[1:]]
