"""Newspapers named by their town or region: ``Berliner Kurier``, ``Westfälische Nachrichten``.

A German paper is most often a town's or region's adjective before a word for a paper
(``Kurier``, ``Rundschau``, ``Anzeiger``, ``Tagblatt``, ``Nachrichten``, ``Post`` …). The curated
lists hold the large ones; this shape finds the many local ones. ``Presse`` is left out: ``die
Berliner Presse`` is the press of a town, not a title.
"""

from __future__ import annotations

import re

from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place_adjective
from indexer.extraction.tokens import Tokens

_PAPER_WORDS = frozenset(
    ("Kurier", "Rundschau", "Anzeiger", "Stadt-Anzeiger", "Stadtanzeiger", "Generalanzeiger",
     "General-Anzeiger", "Tagblatt", "Tageblatt", "Morgenpost", "Abendblatt", "Abendpost",
     "Abendzeitung", "Nachrichten", "Volksstimme", "Volkszeitung", "Landeszeitung", "Merkur",
     "Bote", "Boten", "Echo", "Post", "Tagespost", "Wochenblatt", "Kuriers", "Anzeigers",
     "Tagblatts", "Tageblatts", "Merkurs")
)  # fmt: skip
# adjectives of regions, declined: "Westfälische", "Rheinischen", "Badische"
_REGION_ADJECTIVE = re.compile(
    r"(?:Westfäl|Rhein|Bad|Sächs|Hess|Bayer|Thüring|Schwäb|Fränk|Märk|Pfälz|Oberhess|Ostfries"
    r"|Lippi|Nordbayer|Oberbayer|Niederrhein|Mittelbayer|Ostthüring|Südthüring)isch(?:e|en|er|es)"
)


def paper_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a paper by its town's or region's adjective and a word for a paper."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for j in tk.where(_PAPER_WORDS, 1):
        a = j - 1
        if texts[j] == "Nachrichten" and texts[a] in {"Neueste", "Neuesten"} and a:
            a -= 1  # "Badische Neueste Nachrichten" reads its region first
        adjective = texts[a]
        if starts[a] in blocked or starts[j] in blocked:
            continue
        if not (is_place_adjective(adjective) or _REGION_ADJECTIVE.fullmatch(adjective)):
            continue
        if "\n" in tk.text[ends[a] : starts[j]]:
            continue  # not across a line
        found.append(OrgMention(tk.text[starts[a] : ends[j]], starts[a], ends[j]))
    return found
