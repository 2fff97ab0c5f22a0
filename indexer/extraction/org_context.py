"""Guarded names that their neighbourhood makes plain: a union's name among words of strikes.

A guarded name (``known_orgs``) is also a common word or a person's name (``Verdi`` the composer,
``Ufo``) and counts only after a word of its kind or in quotation marks. Some of them are known by
their trade: near ``Warnstreik``, ``Tarifverhandlungen`` or ``Beschäftigte`` the word ``Verdi`` is
the union (``Verdi fordert sechs Prozent mehr``), while ``Arien von Verdi`` has no such word near.
The cues are stems looked for inside the words of a window around the name, so that compounds
count (``Warnstreiks``, ``Tarifrunde``).
"""

from __future__ import annotations

from indexer.extraction.tokens import Tokens

# a guarded name's full name -> the stems of the words of its trade
_TRADES = {
    "Vereinte Dienstleistungsgewerkschaft": (
        "streik", "tarif", "gewerkschaft", "beschäftigt", "arbeitgeber", "betriebsrat", "lohn",
        "löhne", "gehälter", "urabstimmung",
    ),
    "Unabhängige Flugbegleiter Organisation": (
        "streik", "tarif", "flugbegleiter", "kabinenpersonal", "gewerkschaft",
    ),
}  # fmt: skip
_WINDOW = 40  # tokens either side: about the sentence and its neighbours


def in_trade(tk: Tokens, a: int, b: int, name: str) -> bool:
    """Tell whether the guarded name ``name`` at tokens ``a:b`` stands among words of its
    trade (``Verdi ruft zum Warnstreik auf``)."""
    stems = _TRADES.get(name)
    if stems is None or b - a != 1 or not tk.texts[a][-1:].islower():
        return False
    if tk.texts[a].endswith("s") and not name.endswith("s"):
        return False  # "Verdis Requiem": a genitive of the composer
    near = tk.texts[max(0, a - _WINDOW) : a] + tk.texts[b : b + _WINDOW]
    return any(stem in word.lower() for word in near if len(word) > 3 for stem in stems)
