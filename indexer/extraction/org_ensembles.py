"""Orchestras and choirs of a body: ``das Sinfonieorchester des Bayerischen Rundfunks``.

Broadcasters, opera houses and universities keep orchestras and choirs named by a genitive of
their body. The rules found the body alone (``Bayerischer Rundfunk``) and cut the ensemble off;
the name is the whole: ensemble word, ``des``/``der`` and the body.
"""

from __future__ import annotations

from bisect import bisect_left

from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens

_ENSEMBLES = ("orchester", "chor", "kapelle", "ensemble", "philharmonie", "big band", "bigband")


def ensemble_names(tk: Tokens, found: list[OrgMention]) -> list[OrgMention]:
    """Extend each mention after ``des``/``der`` and an ensemble word over both."""
    names = []
    for m in found:
        a = bisect_left(tk.starts, m.start)
        if a < 2 or a >= len(tk.starts) or tk.starts[a] != m.start:
            continue
        word = tk.texts[a - 2]
        if "Fraktion" in m.name or m.name.isupper():
            continue  # "der Chor der SPD-Fraktion", "der CDU": a figure of speech in debates
        if tk.texts[a - 1] in {"des", "der"} and tk.capital[a - 2] and _ensemble(word):
            start, first = tk.starts[a - 2], _nominative(word)
            name = first + tk.text[tk.ends[a - 2] : m.end]  # "Symphonieorchesters des SWR"
            names.append(OrgMention(name, start, m.end))
    return names


def _ensemble(word: str) -> bool:
    low = _nominative(word).lower()
    if low == "kapelle":
        return False  # "die Kapelle der Universität": a chapel; "Staatskapelle" is a band
    return low.endswith(_ENSEMBLES)


def _nominative(word: str) -> str:
    """Return ``Symphonieorchester`` for ``Symphonieorchesters``, ``Chor`` for ``Chores``."""
    for ending, cut in (("orchesters", 1), ("chores", 2), ("chors", 1)):
        if word.lower().endswith(ending):
            return word[:-cut]
    return word
