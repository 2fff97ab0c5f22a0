"""The names of local voters' lists, which run on past a head noun's name.

``Bürger für Ravensburg``, ``Bürger für Bonn`` are the names of local lists in a town's council:
after ``Fraktion Bürger`` or ``Wählergemeinschaft Bürger`` the ``für`` and the town belong to
the name, where after other names ``für`` starts the purpose of a sentence (``die Stadt Essen
für ihre Bürger``). ``organisations`` asks this before it ends a head's name.
"""

from __future__ import annotations

from indexer.extraction.lexicon import PLACES, REGIONS
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# the words a local list names itself by before "für" and its town
_LIST_WORDS = frozenset(("Bürger", "Bürgerinnen", "Wir", "Gemeinsam", "Unabhängige"))


def voters_end(tk: Tokens, i: int, k: int) -> int:
    """Return the index after the town in ``Fraktion Bürger für Ravensburg`` (the head at ``i``,
    its name ending before ``k``), or ``k``."""
    if k - 1 <= i or tk.texts[k - 1] not in _LIST_WORDS or tk.word(k) != "für":
        return k
    town = tk.word(k + 1)
    if not town[:1].isupper() or tk.kinds[k + 1] != "w":
        return k
    low = town.lower()
    town_like = low in REGIONS or low in PLACES or is_place(town) or frequency(low) == 0
    return k + 2 if town_like else k  # a town no list knows is no German word either
