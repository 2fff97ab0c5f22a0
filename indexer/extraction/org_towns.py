"""Towns that news text names with a head noun of a body but means as a place.

``die Stadt Wien teilt mit`` is the city's administration, but ``in der syrischen Stadt Aleppo``,
``die nordchinesische Hafenstadt Dalian`` and ``der westlichen Stadt Herat`` describe where
something happened: an adjective of a country, region or direction before ``Stadt`` (or one of
its compounds) makes it a description of a town, no body. So do motorway exits named after a
town's centre (``zwischen Essen-Zentrum und Essen-Kray``). ``organisations`` asks these before
it keeps a head.
"""

from __future__ import annotations

import re

from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens

# "syrischen", "nordchinesische", "südserbischen", "westafghanischen", "flämischen"
_NATIONAL = re.compile(r"[a-zäöüß]{3,}isch(?:e|en|er|es)?")
# the same shape, but adjectives of a faith: "die jüdische Gemeinde Wien" is a body
_BODY_ADJECTIVES = re.compile(
    r"(?:evangel|kathol|altkathol|jüd|israelit|islam|muslim|reformiert|luther|orthodox"
    r"|neuapostol|mennonit|baptist|methodist|anglikan|alevit)\w*"
)
# a direction or the state of a town in war and disaster: "der östlichen Stadt Miskolc",
# "in der abgeriegelten Stadt Cizre", "die nahe gelegene Stadt"
_DESCRIBING = re.compile(
    r"(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)?(?:östlich|westlich|nördlich|südlich)"
    r"(?:e|en|er|es)"
    r"|(?:nächst|nahe|nah|gleichnamig|benachbart|umkämpft|belagert|abgeriegelt|zerstört|besetzt"
    r"|erobert|eingeschlossen|umzingelt|zerbombt|überflutet|gelegen|nahegelegen|nächstgelegen)(?:e|en|er|es)"
)
# compounds of "Stadt" and the bare "Gemeinde" that the adjective describes
_TOWN_HEADS = frozenset(("stadt", "gemeinde"))


def described_town(tk: Tokens, a: int, i: int, head: str) -> bool:
    """Tell a town described by an adjective before its head noun (``der syrischen Stadt
    Aleppo``, ``der chinesischen Hafenstadt Tianjin``): a place, not the town's administration."""
    if a != i or head not in _TOWN_HEADS or i == 0:
        return False
    if head == "gemeinde" and tk.texts[i].lower() not in ("gemeinde", "gemeinden"):
        return False  # "der katholischen Kirchengemeinde St. Martin" is a body
    before = tk.texts[i - 1]
    if _NATIONAL.fullmatch(before):
        return _BODY_ADJECTIVES.fullmatch(before) is None
    return _DESCRIBING.fullmatch(before) is not None


# words before a motorway exit in traffic reports: "zwischen X und Y", "in Höhe X", "Richtung X"
_ROUTE_WORDS = frozenset(("zwischen", "und", "Höhe", "Richtung", "bis", "ab", "Ausfahrt"))


def town_exit(tk: Tokens, a: int, i: int, k: int) -> bool:
    """Tell a motorway exit named after a town's centre (``zwischen Dreieck Langenfeld und
    Leverkusen-Zentrum``) from a centre that is a body (``des Abdullah-Zentrums``)."""
    word = tk.texts[i]
    if a != i or k != i + 1 or not word.endswith("-Zentrum") or word.count("-") != 1:
        return False
    return tk.word(i - 1) in _ROUTE_WORDS and is_place(word.split("-")[0])
