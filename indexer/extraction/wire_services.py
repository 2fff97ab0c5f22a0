"""Wire services that distribute releases (``ots``, ``dpa``, ``news aktuell``): no facet values.

``lexicon.WIRE_SERVICES`` is a set of words, so the service of two words, ``news aktuell``, is
in it as ``news`` and ``aktuell``: a name that opened with either word counted as a wire service
and was dropped (``News Corp``, ``Aktuell Verlag GmbH``). Those two words count only together.
"""

from __future__ import annotations

from indexer.extraction.lexicon import WIRE_SERVICES
from indexer.extraction.names import fold

# services of several words; their words alone are no service
PHRASES = ("news aktuell",)
_PHRASE_WORDS = frozenset(w for p in PHRASES for w in p.split())


def is_wire_service(name: str) -> bool:
    """Tell whether ``name`` is the wire service that distributed a release (``ots``)."""
    low = " ".join(fold(name).split())
    if any(low == p or low.startswith(p + " ") for p in PHRASES):
        return True
    words = low.split()
    if not words or words[0] in _PHRASE_WORDS:
        return False
    return words[0] in WIRE_SERVICES or low in WIRE_SERVICES
