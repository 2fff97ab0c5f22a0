"""One frame between two quotes that attributes both: ``„…“ erklärt der Vorsitzende X und ergänzt
dann: „…“``. The frame after the first quote names its speaker and goes on, after ``und``, with a
second speech verb that ends in the colon before the next quote: the same person says both.

A frame after a quote that ends in a colon before the next quote is otherwise that next quote's
alone (``der „Stiftung X“ betonte Y: „…“``: the first quote is a title). It is shared only when the
first quote is a whole sentence (it ends in ``.``, ``!``, ``?``) and the colon follows ``und`` with
a speech verb and at most a few adverbs (``und ergänzt dann:``, ``und fügte hinzu:``); the
speaker is then looked for before ``und`` only.
"""

from __future__ import annotations

import re

from indexer.extraction.speech_frames import _VERB

# "und ergänzt dann:", "und fügte noch hinzu:", "und betont:" at the end of the frame
_AND_VERB_COLON = re.compile(
    rf"\s+und\s+(?:{_VERB}|füg(?:t|te)(?=[^:]*\bhinzu\b))\b(?:\s+[a-zäöüß]+){{0,3}}\s*$",
    re.IGNORECASE,
)


def shared_frame_end(masked: str, quote: str, lo: int, hi: int) -> int | None:
    """Return where the speaker part of a frame shared by two quotes ends (at ``und``), or None
    when the frame ``masked[lo:hi]`` (``hi`` at the colon) is only the next quote's."""
    if quote.rstrip()[-1:] not in (".", "!", "?", "…"):
        return None
    m = _AND_VERB_COLON.search(masked, lo, hi)
    if m is None or m.end() != hi:
        return None
    return m.start()
