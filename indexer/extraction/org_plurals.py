"""Heads that are plurals only, in the dative (``bei den Stadtwerken Werdau``).

``org_heads.head_of`` takes a head of feminine endings with an ending for a plural of many
bodies (``Volkshochschulen``); but ``Stadtwerke``, ``Verkehrsbetriebe`` and ``Festspiele``
are one body in the plural, and their dative adds an ``n``: ``den Stadtwerken Werdau`` is the
body ``Stadtwerke Werdau``. Other compounds in ``-werke``/``-betriebe`` are plurals of many
things (``in Kraftwerken``, ``von Cold-Hands-Betrieben``).
"""

from __future__ import annotations

_ALONE = frozenset(("stadtwerke", "festspiele"))
# compounds in -werke/-betriebe that name one municipal body
_BODIES = (
    "verkehrsbetriebe",
    "stadtbetriebe",
    "wasserwerke",
    "entsorgungsbetriebe",
    "versorgungsbetriebe",
    "kommunalbetriebe",
    "wirtschaftsbetriebe",
)


def dative_plural(word: str, head: str, infl: str) -> bool:
    """Tell whether ``word``, with ``head`` and the ending ``infl``, is the dative of a plural
    body (``Stadtwerken``, ``Ruhrfestspielen``, ``Verkehrsbetrieben``; not ``Kraftwerken``)."""
    if infl != "n":
        return False
    return head in _ALONE or word[:-1].lower().endswith(_BODIES)
