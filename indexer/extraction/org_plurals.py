"""Heads that are plurals only, in the dative (``bei den Stadtwerken Werdau``).

``org_heads.head_of`` takes a head of feminine endings with an ending for a plural of many
bodies (``Volkshochschulen``); but ``Stadtwerke``, ``Verkehrsbetriebe`` and ``Festspiele``
are one body in the plural, and their dative adds an ``n``: ``den Stadtwerken Werdau`` is the
body ``Stadtwerke Werdau``.
"""

from __future__ import annotations

# plural heads of one body; a bare "Werke"/"Betriebe" only inside a compound ("Wasserwerken")
_PLURAL_BODIES = frozenset(("stadtwerke", "werke", "betriebe", "festspiele"))
_ALONE = frozenset(("stadtwerke", "festspiele"))


def dative_plural(head_start: int, head: str, infl: str) -> bool:
    """Tell whether a word with ``head`` at ``head_start`` and the ending ``infl`` is the dative
    of a plural body (``Stadtwerken``, ``Verkehrsbetrieben``; not ``Werken`` or ``Betrieben``)."""
    if infl != "n" or head not in _PLURAL_BODIES:
        return False
    return head in _ALONE or head_start > 0
