"""A contact label glued to a name where a contact block lost its line breaks.

Flattened contact blocks read ``Pressestelle Sophie Pawelke, Tobias Gläser Telefon: 038208 …``:
the label ``Telefon`` is capitalised like a surname and ends the person's run. A name whose last
word is such a label, right before a colon, loses the label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extraction.person_mention import PersonMention

LABELS = frozenset(("Telefon", "Tel", "Fax", "Telefax", "Mobil", "Mobilfunk", "Handy", "Email"))
_COLON = re.compile(r"\.?\s*:")


def without_labels(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Cut a trailing contact label before a colon off each name in ``found`` (module doc)."""
    out = []
    for m in found:
        words = m.name.split()
        if len(words) >= 3 and words[-1] in LABELS and _COLON.match(text, m.end):
            end = len(text[: m.end - len(words[-1])].rstrip())
            m = replace(m, name=" ".join(words[:-1]), end=end)
        out.append(m)
    return out
