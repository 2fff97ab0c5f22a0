"""A lone surname after ``mit`` where the sentence tells of meeting, talking or agreeing.

``mit`` and a capitalised word that is no German word names a product, a firm, a place or a
substance as often as a person (``Unfall mit Lkw``, ``Doping mit Clenbuterol``). Within five
words of a noun or verb of what people do with each other — talk, meet, marry, play, agree,
work together (``eine Einigung mit Constantius``, ``ein Treffen mit Rodríguez``, ``mit Hiroshige
eine weitere Zusammenarbeit``) — it is the partner. Read only in short texts, as every frame of
``lone_names``; ``Kooperation`` and ``Partnerschaft`` are left out: firms have them.
"""

from __future__ import annotations

import re

from indexer.extraction.person_text import PersonText

# nouns and verbs of what people do with each other, the partner after "mit"
_TOGETHER = re.compile(
    r"(?:gespräch|gespräche|gesprächen|telefonat|telefonaten|telefonierte|interview|duett|"
    r"duell|ehe|affäre|freundschaft|begegnung|treffen|verheiratet|befreundet|liiert|spielte|"
    r"spielt|tanzte|sang|heiratete|traf|trifft|sprach|stritt|zerstritten|einigung|"
    r"zusammenarbeit)",
    re.IGNORECASE,
)
_WINDOW = 5  # words on either side of "mit X"


def partner(t: PersonText, a: int, k: int) -> bool:
    """Tell ``eine Einigung mit Constantius``: the lone word ``a:k`` after ``mit``, no
    capitalised word after it, a word of meeting or agreeing within five words."""
    if k != a + 1 or t.word(a - 1) != "mit" or t.word(k)[:1].isupper():
        return False
    near = range(max(0, a - 1 - _WINDOW), min(len(t.words), k + _WINDOW))
    return any(_TOGETHER.fullmatch(t.words[j]) for j in near if j not in (a - 1, a))
