"""A colon frame that hands the floor to someone: the one who gets it speaks the quote.

``X übergab das Wort an Y: „…“``, ``X erteilte Y das Wort:``, ``X reichte das Mikrofon an den
Bürgermeister weiter:``: Y (the Bürgermeister) speaks, not X; when the frame does not say to
whom, nobody known does.
"""

from __future__ import annotations

import re

_HANDOVER = re.compile(
    r"\b(?:übergab|übergaben|übergibt|gab|gaben|gibt|erteilte|erteilten|erteilt|reichte"
    r"|reichten|reicht|überließ|überlässt)\b(?P<rest>[^.!?;:„“\"»«]*?)"
    r"\b(?:das|dem)\s+(?:Wort|Mikrofon|Mikro|Rednerpult)\b(?P<tail>[^.!?;:„“\"»«]*)$"
)
_TO = re.compile(r"\s*(?:weiter\s+)?(?:an|zu)\s+")


def handed_to(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return where a colon frame ``text[lo:hi]`` that hands over the floor names whom it hands
    it to (after ``an``, or between the verb and ``das Wort``), or None for another frame."""
    m = _HANDOVER.search(text, lo, hi)
    if m is None:
        return None
    to = _TO.match(text, m.start("tail"), m.end("tail"))
    if to is not None:
        return to.end(), m.end("tail")
    return m.start("rest"), m.end("rest")
