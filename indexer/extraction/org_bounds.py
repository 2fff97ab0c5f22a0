"""Where a name found by its head noun starts, and heads that name no body in their sentence.

A legal form (``AG``, ``GmbH``) takes the capitalised words before it as its name, and in a
notice of the stock market those are often a noun of the notice itself: ``Verbreitung Brenntag
AG``, ``Stimmrechtsmitteilung Brenntag AG``, ``Übernahme von StarCapital AG``,
``Kursinformationen von SIX … GmbH``, ``die Tochtergesellschaft TrustCase GmbH``. Such a noun (an
action or a notice, by its ending; a word for a subsidiary) starts no name. And ``Kreuz`` is a
body only with its colour (``Rotes Kreuz``, ``Blaues Kreuz``): ``Kreuz Köln-Nord``,
``zwischen Kreuz Hilden und …``, ``Bremer Kreuz`` are motorway junctions of a traffic report;
``Gruppe B`` is a group of a tournament's draw, ``Oberlandesgericht B`` a town cut to its initial.
"""

from __future__ import annotations

import re

from indexer.extraction.org_heads import head_of
from indexer.extraction.tokens import Tokens

# nouns of an action or a notice: "Übernahme", "Verbreitung", "Kursinformationen", "Meldung"
_NOTICE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:ungen|ung|nahme|nahmen|informationen|mitteilungen)")
# words for a subsidiary or a parent, then its name: "die Tochtergesellschaft TrustCase GmbH"
_SUBSIDIARY = frozenset(
    ("Tochtergesellschaft", "Tochterfirma", "Tochterunternehmen", "Konzerntochter", "Tochter",
     "Muttergesellschaft", "Mutterkonzern", "Schwestergesellschaft", "Enkelgesellschaft")
)  # fmt: skip
_JOINS = frozenset(("von", "der", "des"))
_LETTER = re.compile(r"[A-ZÄÖÜ]")
_COLOUR = re.compile(r"(?:Rot|Blau|Weiß|Weiss|Grün|Gelb)(?:e|er|es|en|em)?")


def notice_start(tk: Tokens, a: int, last: int) -> int:
    """Return the start of the name from ``a`` to its legal form at ``last``, past the nouns of
    a notice and the words for a subsidiary before it (``Übernahme von StarCapital AG`` starts
    at ``StarCapital``); a head noun stays (``Stiftung``, ``Zeitung``)."""
    texts = tk.texts
    b = a
    while b < last - 1 and (_notice(texts[b]) or texts[b] in _SUBSIDIARY):
        b += 1
        if texts[b] in _JOINS and b < last - 1:
            b += 1
    if b > a and tk.capital[b] and tk.kinds[b] == "w":
        return b
    return a


def _notice(word: str) -> bool:
    """Tell a noun of an action or a notice that is no head noun (``Verbreitung``, not
    ``Stiftung``)."""
    return _NOTICE.fullmatch(word) is not None and head_of(word) is None


def junction(tk: Tokens, a: int, i: int) -> bool:
    """Tell a motorway junction (``Kreuz Köln-Nord``, ``Bremer Kreuz``) from the red, blue or
    white cross of a charity: ``Kreuz`` at ``i`` with no colour among ``a`` to ``i``."""
    return not any(_COLOUR.fullmatch(word) for word in tk.texts[max(0, a - 1) : i])


def colour_start(tk: Tokens, a: int) -> int:
    """Return the start of a cross's name with its colour: ``Blauen Kreuz Wuppertal``."""
    return a - 1 if a and _COLOUR.fullmatch(tk.texts[a - 1]) else a


def draw_group(tk: Tokens, i: int) -> bool:
    """Tell a head noun at ``i`` named by one capital letter alone: a group of a tournament's
    draw (``Gruppe B``), a party of an example (``Partei C``) or a town cut to its initial in an
    old text (``Oberlandesgericht B.``), no name."""
    j = i + 1
    if _LETTER.fullmatch(tk.word(j)) is None:
        return False
    return j + 1 >= len(tk.texts) or not tk.capital[j + 1] or tk.texts[j + 1] == "."


# an indefinite or negating article before a head with no name of its own: a description
_INDEFINITE = frozenset(
    ("ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner", "keinem",
     "keinen", "keines")
)  # fmt: skip


def described_kind(tk: Tokens, a: int, i: int) -> bool:
    """Tell ``eine Bank für Unternehmen``, ``einen Verein für Menschen …``: a kind of body that
    an indefinite article describes, no name (``die Bundesagentur für Arbeit`` is one)."""
    if a != i or i == 0 or "-" in tk.texts[i]:
        return False
    return tk.texts[i - 1].lower() in _INDEFINITE


def join_overlaps(text: str, found: list) -> list:
    """Join two mentions that overlap in part into one: ``University College`` and ``College
    London`` are ``University College London``; ``Bankhaus Schelhammer`` and ``Schelhammer &
    Schattera`` one bank. A kind compound before a club's name (``Fußball-Erste-Liga-Club SC
    Wiener`` over ``SC Wiener Neustadt``) gives way to the name."""
    if len(found) < 2:
        return found
    ordered = sorted(found, key=lambda m: (m.start, -m.end))
    kept = [ordered[0]]
    for m in ordered[1:]:
        last = kept[-1]
        if not last.start < m.start < last.end < m.end:
            kept.append(m)
            continue
        first = text[last.start : last.end].split()[0]
        if "-" in first and head_of(first.rstrip(",")):
            kept[-1] = m  # "des Fußball-Erste-Liga-Clubs SC Wiener" + "SC Wiener Neustadt"
        else:
            written = text[last.start : last.end]
            same_end = last.name.split()[-1] == written.split()[-1]
            # "des Bankhauses Schelhammer" + " & Schattera": the first name's nominative kept
            name = last.name + text[last.end : m.end] if same_end else text[last.start : m.end]
            kept[-1] = type(m)(name, last.start, m.end, m.acronym)
    return kept
