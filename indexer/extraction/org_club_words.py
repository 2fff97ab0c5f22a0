"""Sports clubs named by a common word and their town: ``Motor Jena``, ``Sturm Graz``.

Many clubs of Germany and Austria, East German ones above all, are named by a word of their
works or ideals before their town (``Chemie Leipzig``, ``Stahl Brandenburg``, ``Lok Leipzig``,
``Jahn Regensburg``, ``Preußen Münster``, ``Vorwärts Berlin``). Those words are common words
(``Sturm Sabine`` is a storm, ``Motor Sport`` no club): they name a club only with a town right
after them. ``org_shapes`` knows the unambiguous ones (``Borussia``, ``Fortuna``, ``Rot-Weiß``).
``organisations`` runs this beside its other rules.
"""

from __future__ import annotations

from itertools import compress

from indexer.extraction.lexicon import PLACES, REGIONS
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import COUNTRIES, is_place
from indexer.extraction.tokens import Tokens

_CLUB_WORDS = frozenset(
    ("Jahn", "Sturm", "Chemie", "Lok", "Lokomotive", "Stahl", "Motor", "Preußen", "Vorwärts",
     "Dynamo", "Einheit", "Empor", "Aufbau", "Turbine", "Traktor", "Admira", "Westfalia",
     "Saxonia", "Bavaria", "Olympia", "Victoria", "Wacker", "Tennis")
)  # fmt: skip


def club_word_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find ``Motor Jena``: a club's word, then a town (``Tennis Borussia Berlin`` whole)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for i in compress(range(len(texts) - 1), map(_CLUB_WORDS.__contains__, texts)):
        j = i + 1
        if texts[i] == "Tennis":
            if texts[j] != "Borussia":
                continue
            j += 1  # "Tennis Borussia Berlin"
        if j >= len(texts) or starts[i] in blocked or starts[j] in blocked:
            continue
        town, low = texts[j], texts[j].lower()
        if not town[:1].isupper() or low in COUNTRIES or low in REGIONS:
            continue  # "der Sturm Deutschland traf": a country is no club's town
        if not (low in PLACES or is_place(town)):
            continue
        if low.endswith("s") and (low[:-1] in COUNTRIES or is_place(town[:-1])):
            continue  # "die Einheit Deutschlands": a country's genitive
        found.append(OrgMention(tk.text[starts[i] : ends[j]], starts[i], ends[j]))
    return found
