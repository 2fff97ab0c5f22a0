"""The speakers a text's quotes get, for the quote rule tests (each file has its own persons)."""

from __future__ import annotations

from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities


def quote_speakers(body: str, entities: Entities) -> list[str | None]:
    """Return the speaker of every quote in ``body``, checking each quote's offsets on the way."""
    found = extract_quotes(body, entities)
    for q in found:
        assert body[q.start : q.end] == q.text
    return [q.speaker for q in found]
