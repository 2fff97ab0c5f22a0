"""Firms named by their partners: ``Herzog & de Meuron``, ``Gerkan, Marg und Partner``.

Architects', lawyers' and consultants' firms and many old companies are named by the surnames
of their founders joined by ``&`` (``Procter & Gamble``, ``Mayer & Söhne``) or by ``und
Partner``. Two words of a dictionary joined by ``&`` are no firm (``Forschung & Entwicklung``,
``Drag & Drop``), nor is a pair with a first name (``Bill & Melinda``), nor ``Apple, Google &
Co.``: one side must be a word neither the German nor the English dictionary holds, unless the
second is a word for partners (``Partner``, ``Söhne``) or the first again (``Saatchi & Saatchi``,
``Johnson & Johnson``: brothers); before ``und Partner`` it must be.
"""

from __future__ import annotations

from indexer.extraction.lexicon import STOPWORDS
from indexer.extraction.names import is_first_name
from indexer.extraction.org_heads import head_of
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import english_frequencies, frequency

_PARTNERS = frozenset(("Partner", "Partners", "Söhne", "Sohn"))
_PARTICLES = frozenset(("de", "van", "von", "du", "da", "di", "le", "la"))
_JOINS = frozenset(("&", "und"))
_RARE = 50  # "Saatchi & Saatchi", "Johnson & Johnson"; not "Schritt & Schritt"


def firm_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find names of two or more partners joined by ``&`` (or ``und Partner``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    n, found = len(texts), []
    for j in tk.where(_JOINS, 1, n - 1):
        b = j + 1
        if texts[b] in _PARTICLES and b + 1 < n and tk.capital[b + 1]:
            b += 1  # "Herzog & de Meuron"
        if not (_partner(tk, j - 1, blocked) and _partner(tk, b, blocked)):
            continue
        first, second = texts[j - 1], texts[b]
        if texts[j] == "und" and (second not in {"Partner", "Partners"} or _word(first)):
            continue  # "Müller und Schmidt": two persons; "Freunde und Partner": no firm
        if is_first_name(first) or is_first_name(second):
            continue  # "Tom & Jerry", "Bill & Melinda"
        twice = first == second and texts[j] == "&" and frequency(first) <= _RARE
        if second not in _PARTNERS and _word(first) and _word(second) and not twice:
            continue  # "Forschung & Entwicklung", "Drag & Drop"; "Saatchi & Saatchi" is one
        a = j - 1
        while a >= 2 and texts[a - 1] == "," and _partner(tk, a - 2, blocked):
            if _word(texts[a - 2]):
                break  # "Internet, Telefon & TV": a list of things
            a -= 2  # "Gerkan, Marg und Partner"
        found.append(OrgMention(tk.text[starts[a] : ends[b]], starts[a], ends[b]))
    return found


def _partner(tk: Tokens, i: int, blocked: set[int]) -> bool:
    """Tell a partner's name: a capitalised word, no head noun, no function word."""
    if i < 0 or i >= len(tk.texts) or not tk.capital[i] or tk.starts[i] in blocked:
        return False
    word = tk.texts[i]
    if "-" in word or word.isupper() or word.lower() in STOPWORDS:
        return False  # "CH-Rock & Pop", "Apple, Google & Co."
    return word not in {"Co", "Cie"} and head_of(word) is None


def _word(word: str) -> bool:
    """Tell a word of the German or the English dictionary."""
    return frequency(word) > 0 or word.lower() in english_frequencies()
