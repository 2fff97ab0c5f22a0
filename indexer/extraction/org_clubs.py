"""British football clubs by their shape: a town and ``Town``, ``City``, ``United``, ``Rovers`` ….

``Northampton Town``, ``Stoke City``, ``Leeds United``, ``Blackburn Rovers``, ``Bolton
Wanderers``, ``West Bromwich Albion``: a town's name (a place, or a word of the English word
list that is not common there) before one of the words British clubs end in. Left out: the
``City`` of a town in America or Asia (``Mexico City``, ``Kansas City``, ``Quezon City``), a
common English word before the ending (``Inner City``, ``Old Town``, ``Capital City``), a game
(``Sim City``) and a word English does not know (``Internetdienstleister United Internet``).
"""

from __future__ import annotations

from itertools import compress

from indexer.extraction.lexicon import STOPWORDS
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import english_frequencies

_ENDINGS = frozenset(
    ("Town", "City", "United", "Rovers", "Wanderers", "Albion", "Athletic", "Rangers",
     "Hotspur", "Argyle")
)  # fmt: skip
# towns whose name ends in "City" or "Town": no clubs
_TOWNS = frozenset(
    ("Mexico", "Kansas", "Oklahoma", "Atlantic", "Quebec", "Panama", "Vatican", "Kuwait",
     "Guatemala", "Carson", "Iowa", "Sioux", "Minh", "Jersey", "York", "Lake", "Dodge", "Culver",
     "Quezon", "Cebu", "Davao", "Makati", "Pasay", "Belize", "Gaza", "Cape", "George",
     "Ho-Chi-Minh", "Hongkong", "Taguig", "Rapid", "Ellis", "Virginia", "Jefferson",
     "Traverse", "Bay", "Garden", "Tracy", "Boulder", "Cooper", "Gotham", "Emerald", "Sin",
     "Sim")
)  # fmt: skip
_COMPASS = frozenset(("West", "East", "North", "South"))
_COMMON = 1500  # an English word this frequent is no town: "Inner City", "Old Town"


def club_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a British club: a town's name before ``Town``, ``City``, ``United`` …."""
    texts, starts, ends, kinds = tk.texts, tk.starts, tk.ends, tk.kinds
    english = english_frequencies()
    found = []
    for j in compress(range(1, len(texts)), map(_ENDINGS.__contains__, texts[1:])):
        a = j - 1
        town = texts[a]
        if kinds[a] != "w" or not tk.capital[a] or starts[a] in blocked or starts[j] in blocked:
            continue
        if town in _TOWNS or town.lower() in STOPWORDS or town.isupper():
            continue
        if (english.get(town.lower()) or 0) >= _COMMON:
            continue
        compass = a and texts[a - 1] in _COMPASS and "\n" not in tk.text[ends[a - 1] : starts[a]]
        if town.lower() not in english and not is_place(town) and not compass:
            continue  # "der Fernsehsender Orient", "Internetdienstleister United Internet"
        if tk.word(j + 1) in _ENDINGS or "\n" in tk.text[ends[a] : starts[j]]:
            continue
        if compass:
            a -= 1  # "West Bromwich Albion", "North Ferriby United"
        found.append(OrgMention(tk.text[starts[a] : ends[j]], starts[a], ends[j]))
    return found
