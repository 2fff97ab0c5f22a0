"""A name spelled out before its acronym is whole, also past where its head noun's rules end.

``Verband Österreichischer Zeitungen (VÖZ)``, ``Gesellschaft für bedrohte Völker (GfbV)``,
``Institut für die Wissenschaften vom Menschen (IWM)``: the head-noun rules stop at a genitive
plural, a lowercase adjective or an article inside the name, but the acronym in brackets after it
says how far the name reaches: its letters are the initials of the name's capitalised words, in
order (linking and lowercase words may give a letter or none). A span spelled so that holds a head
noun (``Verband``, ``Gesellschaft``) or a name already found replaces what was found inside it.
``organisations`` runs this last, before the acronym is attached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.org_acronyms import spelled_inside
from indexer.extraction.org_heads import display, head_of
from indexer.extraction.org_shapes import OrgMention, acronym_party
from indexer.extraction.tokens import Tokens

# lowercase words inside a name: they may give a letter of the acronym, or none
_LINKS = frozenset(
    ("für", "des", "der", "die", "das", "den", "dem", "und", "vom", "von", "zur", "zum", "im",
     "in", "am", "an", "auf", "gegen", "mit", "über", "of", "for", "the", "and", "&")
)  # fmt: skip
_LOWER_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es)")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}")
_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine"))
_MAX_WORDS = 10


def mend_spelled(tk: Tokens, found: list[OrgMention], blocked: set[int]) -> list[OrgMention]:
    """Return ``found`` with each name that an acronym in brackets spells whole (see above)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    if "(" not in tk.text:
        return found
    for b in range(1, len(texts) - 2):
        if texts[b] != "(" or texts[b + 2] != ")" or starts[b - 1] in blocked:
            continue
        acronym = texts[b + 1]
        if not _ACRONYM.fullmatch(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        a = _spelled_start(tk, b, acronym, blocked)
        if a is None:
            continue
        start, end = starts[a], ends[b - 1]
        inside = [m for m in found if start <= m.start < end and m.end <= end]
        heads = [j for j in range(a, b) if head_of(texts[j])]
        # "Partei Alternative" before "… für Deutschland (AfD)": the acronym names the span
        overlap = [m for m in found if m.start < start < m.end < end]
        if not heads and not inside and not overlap:
            continue
        if any(m.start == start and m.end == end for m in inside):
            continue  # found whole already
        if inside and not any(m.end == end or m.start == start for m in inside):
            continue  # "Verein der Freunde des Zoos (VFZ)" is found whole or not at all
        name = display(tk, a, b, heads[0]) if heads else tk.text[start:end]
        if acronym_party(acronym):
            name = acronym  # "Alternative für Deutschland (AfD)": the party's value is "AfD"
        mended = OrgMention(name, start, end, acronym)
        found = [m for m in found if m not in inside and m not in overlap] + [mended]
    return found


def _spelled_start(tk: Tokens, b: int, acronym: str, blocked: set[int]) -> int | None:
    """Return the first token of the longest span ending before ``b`` that spells ``acronym``,
    of two or more capitalised words, or None."""
    texts, best = tk.texts, None
    a = b - 1
    while a >= 0 and b - a <= _MAX_WORDS and tk.kinds[a] == "w" and tk.starts[a] not in blocked:
        word = texts[a]
        lower = word in _LINKS or _LOWER_ADJECTIVE.fullmatch(word)
        if not (tk.capital[a] or lower):
            break
        words = tuple(texts[a:b])
        if tk.capital[a] and word not in _ARTICLES and _spells(acronym.lower(), words):
            best = a
        a -= 1
    if best is None or sum(tk.capital[best:b]) < 2:
        return None
    return best


@lru_cache(maxsize=4096)
def _spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``words`` spell ``acronym``: a capitalised word gives its initial and maybe
    letters from inside it; a lowercase word gives its initial or nothing."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    capital = word[:1].isupper()
    if not capital and _spells(acronym, rest):
        return True
    if not acronym or acronym[0] != word[0].lower():
        return False
    if not capital:
        return _spells(acronym[1:], rest)
    return spelled_inside(acronym, word.lower(), rest, _spells)
