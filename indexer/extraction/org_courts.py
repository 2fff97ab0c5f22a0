"""Courts by their acronym and town: ``das OLG Naumburg`` is the Oberlandesgericht Naumburg.

Reports of judgments name a court by the acronym of its kind and its seat (``OLG Naumburg``,
``VG Berlin``, ``OVG Münster``, ``LAG Hamm``). Written so, the court is the whole, named in full
as the facet value. The acronym alone (``das OLG entschied``) is a kind, like ``das
Oberlandesgericht`` alone, and no facet value. ``AG``, ``SG`` and ``KG`` are left out: they
are also legal forms and club prefixes.
"""

from __future__ import annotations

from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

COURTS = {
    "OLG": "Oberlandesgericht",
    "LG": "Landgericht",
    "VG": "Verwaltungsgericht",
    "OVG": "Oberverwaltungsgericht",
    "VGH": "Verwaltungsgerichtshof",
    "LSG": "Landessozialgericht",
    "FG": "Finanzgericht",
    "LAG": "Landesarbeitsgericht",
    "ArbG": "Arbeitsgericht",
}


def court_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find ``OLG Naumburg`` (a court's acronym before its seat) and ``das Landgericht (LG)
    Köln``, ``des Oberlandesgerichts (OLG) Frankfurt am Main`` (the court named in full, its
    acronym in brackets, then its seat): the court named in full with its seat."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for i in tk.where(COURTS):
        word = texts[i]
        if i + 1 < len(texts) and starts[i] not in blocked and _seat(tk, i + 1):
            k = i + 3 if tk.word(i + 2) in {"I", "II"} else i + 2  # "LG München I"
            name = f"{COURTS[word]} {tk.text[starts[i + 1] : ends[k - 1]]}"
            found.append(OrgMention(name, starts[i], ends[k - 1]))
        elif _bracketed(tk, i) and starts[i - 2] not in blocked and _seat(tk, i + 2):
            k = i + 3
            if tk.word(k) in {"I", "II"}:  # "Landgericht (LG) München I"
                k += 1
            elif tk.word(k) == "am" and tk.capital[k + 1 : k + 2] == [True]:
                k += 2  # "Frankfurt am Main"
            name = f"{COURTS[word]} {tk.text[starts[i + 2] : ends[k - 1]]}"
            found.append(OrgMention(name, starts[i - 2], ends[k - 1], word))
    return found


def _bracketed(tk: Tokens, i: int) -> bool:
    """Tell a court's acronym in brackets right after its full name: ``Landgericht (LG)``."""
    texts = tk.texts
    if i < 2 or i + 2 >= len(texts) or texts[i - 1] != "(" or texts[i + 1] != ")":
        return False
    return texts[i - 2] in _FORMS[COURTS[texts[i]]]


# a court's full name, also in the genitive: "des Oberlandesgerichts (OLG) Celle"
_FORMS = {full: (full, f"{full}s", f"{full}es") for full in COURTS.values()}


def bare_court(tk: Tokens, start: int, end: int) -> bool:
    """Tell a court's acronym standing alone: ``das OLG entschied`` names a kind."""
    word = tk.text[start:end]
    return word in COURTS and word not in _ALSO_FIRMS


# acronyms of courts that are firms too: "LG Electronics", "LG stellt ein Smartphone vor"
_ALSO_FIRMS = frozenset(("LG",))


def _seat(tk: Tokens, j: int) -> bool:
    word = tk.texts[j]
    if tk.kinds[j] != "w" or not tk.capital[j] or tk.starts[j] != tk.ends[j - 1] + 1:
        return False
    if tk.texts[j - 1] in _ALSO_FIRMS:
        return is_place(word)  # "LG Köln", not "LG Electronics"
    return is_place(word) or frequency(word.lower()) == 0
