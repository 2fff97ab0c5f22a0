"""Short names that are organisations only after their article.

``IS`` is the militia in ``der IS``, ``den IS``, ``gegen den IS``, ``vom IS``: two capitals that
no list may take alone (they are also an English word in capitals and a car's model). The
masculine article says the militia (``der Islamische Staat``), and so does a word of its kind before
it (``die Terrororganisation IS``, ``der Extremistenmiliz IS``) or ``gegen`` (``Kampf gegen IS``).
Its value is the militia's name, ``Islamischer Staat``, which the curated list gives where it is
written out: one facet value for both. ``organisations`` runs this beside its other rules.
"""

from __future__ import annotations

from bisect import bisect_left

from indexer.extraction.tokens import Tokens

MILITIA = "Islamischer Staat"
_MASCULINE = frozenset(("der", "den", "dem", "des", "vom", "beim", "zum", "Der", "Den", "Dem"))
# words of its kind before the militia's acronym: "Terrororganisation", "Extremistenmiliz"
_KINDS = ("organisation", "miliz", "gruppe")


def article_names(tk: Tokens, blocked: set[int]) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of ``IS`` after a masculine article, a word of its
    kind or ``gegen``."""
    found, text, n = [], tk.text, len(tk.texts)
    at = text.find("IS")
    while at >= 0:
        i = bisect_left(tk.starts, at)
        if i < n and tk.starts[i] == at and tk.texts[i] == "IS" and at not in blocked:
            after = tk.word(i + 1)
            model = after[:1].isdigit()  # "den IS 250": a car's model
            # "UND DER IS DES TAGES": a headline in capitals
            capitals = _caps(after) or _caps(tk.word(i - 2))
            before = tk.word(i - 1)
            kind = before[:1].isupper() and before.lower().endswith(_KINDS)
            if (before in _MASCULINE or kind or before == "gegen") and not model and not capitals:
                found.append((at, tk.ends[i]))
        at = text.find("IS", at + 2)
    return found


def _caps(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()
