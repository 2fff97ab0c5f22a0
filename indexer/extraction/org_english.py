"""English names of bodies in German text: ``Complexity Science Hub``, ``Sun Microsystems``.

German text quotes English names as they are, without a German head noun: a run of two to four
capitalised words, none a German word, that ends in an English word for a body (``School``,
``Theatre``, ``Systems``, ``League``, ``Foundation`` …). English titles of that shape exist
(``Police Academy``, ``Old School``), so every word but the last must be foreign to German.
"""

from __future__ import annotations

from itertools import compress

from indexer.extraction.english_bodies import of_tail
from indexer.extraction.english_heads import ENGLISH_BODIES
from indexer.extraction.fastpaths import Memo
from indexer.extraction.org_acronyms import foreign_word
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens

# body words written capitalised, and their compounds' ends ("Microsystems")
# not the words that end terms as often: "Fake News", "Social Media", "Opposing Force"
_TERM_ENDS = frozenset(("international", "news", "media", "team", "force", "electric", "radio"))
_BODIES = (ENGLISH_BODIES - _TERM_ENDS) | frozenset(
    ("academy", "hotel", "studios", "pictures", "airport")
)
_ENDS = ("systems", "technologies")
# body words that end common compounds too: they need two words before them
_GENERIC = frozenset(
    (
        "center",
        "centre",
        "service",
        "services",
        "network",
        "group",
        "technology",
        "technologies",
        "office",
        "department",
        "club",
        "court",
        "hub",
        "systems",
    )
)
_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einem", "Einer"))
_LINKS = frozenset(("of", "and", "for", "&"))
_MAX = 4


def _body(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() and (low in _BODIES or (low.endswith(_ENDS) and len(low) > 8))


_BODY_WORDS = Memo(_body)  # a dict lookup per token (fastpaths)


def _air_force(tk: Tokens, k: int) -> bool:
    """Tell ``Air Force``, ``Space Force``: a body, where ``Force`` alone ends terms."""
    return tk.texts[k] == "Force" and tk.word(k - 1) in {"Air", "Space"}


def english_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a run of foreign capitalised words that ends in an English word for a body."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    bodies = set(compress(range(1, len(texts)), map(_BODY_WORDS.__getitem__, texts[1:])))
    if "Force" in texts:
        bodies.update(k for k in range(1, len(texts)) if _air_force(tk, k))
    for k in sorted(bodies):
        if starts[k] in blocked or tk.kinds[k] != "w":
            continue
        a = k
        while a > 0 and k - a < _MAX and starts[a - 1] not in blocked:
            word = texts[a - 1]
            if word in _LINKS and a > 1 and tk.capital[a - 2]:
                a -= 1
                continue
            if not tk.capital[a - 1] or not foreign_word(word) or not word[1:].islower():
                break  # a German word, a lowercase one; an acronym ends the run
            a -= 1
        if a == k or texts[a] in _LINKS or (a and _glued(tk, a - 1)):
            continue
        if k - a < 2 and texts[k].lower() in _GENERIC:
            continue  # "Shopping Center", "Social Network": a thing, unless a longer name
        if a and tk.capital[a - 1] and texts[a - 1] not in _ARTICLES:
            continue  # "Human Rights Watch": a German word cut the run, its start is unclear
        e = of_tail(texts, k) - 1  # "Graduate School of Neural and Behavioral Sciences"
        found.append(OrgMention(tk.text[starts[a] : ends[e]], starts[a], ends[e]))
    return found


def _glued(tk: Tokens, j: int) -> bool:
    """Tell a start that is not clear: ``3S Swiss …``, ``2nd Tactical …``, ``St. Martin's``."""
    if tk.texts[j] == "." and tk.word(j - 1) in {"St", "Mt", "Ft"}:
        return True
    glued = j > 0 and tk.kinds[j - 1] == "d" and tk.ends[j - 1] == tk.starts[j]
    return tk.kinds[j] == "d" or (tk.kinds[j] == "w" and glued)
