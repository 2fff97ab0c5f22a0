"""Words before a firm's name and legal form that say what kind of firm it is.

``das IT-Unternehmen Materna GmbH``, ``der Softwarehersteller Quorvex AG``, ``die Stollberger
IT-Firma TeDaPro GmbH``: a legal form takes the capitalised words before it as its name, but a
compound that names the firm's trade (``…unternehmen``, ``…firma``, ``…konzern``, ``…kanzlei``)
and a town's adjective before it start no name: the name is ``Materna GmbH``. The bare words
(``Unternehmen``, ``Firma``) are ``lexicon.GENERIC_PREFIX``; these are their compounds.
``organisations`` asks this where it starts a name that ends in a legal form.
"""

from __future__ import annotations

import re

from indexer.extraction.tokens import Tokens

# the trades' words that end a compound before a firm's name: "IT-Unternehmen", "Chemiekonzern"
_KINDS = (
    "unternehmen", "unternehmens", "firma", "konzern", "konzerns", "kanzlei", "hersteller",
    "herstellers", "anbieter", "anbieters", "dienstleister", "dienstleisters", "händler",
    "händlers", "zulieferer", "zulieferers", "versicherer", "versicherers", "betreiber",
    "betreibers", "entwickler", "entwicklers", "spezialist", "spezialisten", "start-up",
    "startup",
)  # fmt: skip

# a town's adjective, which no list needs to hold before a trade: "Stollberger IT-Firma"
_TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}er")


def _kind(word: str) -> bool:
    """Tell a compound that names a trade (``IT-Unternehmen``, ``Softwarehersteller``)."""
    low = word.lower()
    return any(low.endswith(kind) and len(low) > len(kind) + 2 for kind in _KINDS)


def kind_start(tk: Tokens, a: int, last: int) -> int:
    """Return the start of the name from ``a`` to its legal form at ``last``, past a town's
    adjective and a compound of a trade (``Stollberger IT-Firma TeDaPro GmbH``)."""
    texts, b = tk.texts, a
    if b < last - 1 and _TOWN_ADJECTIVE.fullmatch(texts[b]) and _kind(texts[b + 1]):
        b += 1  # "Stollberger IT-Firma …"
    if b < last and _kind(texts[b]) and tk.capital[b + 1] and tk.kinds[b + 1] == "w":
        return b + 1
    return a
