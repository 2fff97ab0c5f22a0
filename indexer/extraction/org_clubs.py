"""British football clubs by their shape: a town and ``Town``, ``City``, ``United``, ``Rovers`` ….

``Northampton Town``, ``Stoke City``, ``Leeds United``, ``Blackburn Rovers``, ``Bolton
Wanderers``, ``West Bromwich Albion``: a town's name (a place, or a word of the English word
list that is not common there) before one of the words British clubs end in. Left out: the
``City`` of a town in America or Asia (``Mexico City``, ``Kansas City``, ``Quezon City``), a
common English word before the ending (``Inner City``, ``Old Town``, ``Capital City``), a game
(``Sim City``) and a word English does not know (``Internetdienstleister United Internet``).
"""

from __future__ import annotations

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
    for j in tk.where(_ENDINGS, 1):
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


# words that open the names of clubs of Eastern and Southern Europe before their town:
# "Spartak Moskau", "Dinamo Zagreb", "Legia Warschau", "Olympique Lyon"
_CLUB_FIRSTS = frozenset(
    ("Dinamo", "Spartak", "Lokomotiv", "ZSKA", "CSKA", "Partizan", "Sparta", "Slavia", "Legia",
     "Lech", "Wisła", "Wisla", "Górnik", "Steaua", "Olympique", "Olympiakos", "Panathinaikos",
     "Schachtjor", "Shakhtar", "Metalist", "Maccabi", "Hapoel", "Beşiktaş", "Besiktas",
     "Fenerbahçe", "Fenerbahce", "Lazio", "Feyenoord", "Slovan", "Ferencváros", "Honvéd",
     "Hajduk", "Levski", "Ludogorez", "Apoel", "Anorthosis", "Rubin", "Anschi", "Dnipro",
     "Zagłębie", "Vitesse", "Servette", "Grasshoppers", "Wacker", "Admira", "Partizani")
)  # fmt: skip
# openings that are common words too ("der Sturm", "Rapid"): only in a sentence about a game
_CLUB_FIRSTS_IN_GAMES = frozenset(
    ("Sturm", "Rapid", "Torpedo", "Zenit", "Sporting", "Dynamo", "Lokomotive", "Roter")
)
_ALL_FIRSTS = _CLUB_FIRSTS | _CLUB_FIRSTS_IN_GAMES


def european_clubs(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find ``Spartak Moskau``, ``Roter Stern Belgrad``, ``Zenit St. Petersburg``: a club's
    opening word before its town (a known place or a word no dictionary holds)."""
    from indexer.extraction.org_nicknames import in_game

    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for i in tk.where(_ALL_FIRSTS, 0, len(texts) - 1):  # few tokens open a club
        word = texts[i]
        common = word in _CLUB_FIRSTS_IN_GAMES
        if (word not in _CLUB_FIRSTS and not common) or starts[i] in blocked:
            continue
        j = i + 2 if word == "Roter" and tk.word(i + 1) == "Stern" else i + 1
        if j < len(texts) and texts[j] == "St" and tk.word(j + 1) == ".":
            j += 2  # "Zenit St. Petersburg"
        if j >= len(texts) or starts[j] in blocked or not _club_town(tk, j):
            continue
        if common and not in_game(tk.text, starts[i]):
            continue
        a = i - 1 if i and texts[i - 1] in _CLUB_FIRSTS and starts[i - 1] not in blocked else i
        found.append(OrgMention(tk.text[starts[a] : ends[j]], starts[a], ends[j]))
    return found  # "Admira Wacker Mödling": two openings


def _club_town(tk: Tokens, j: int) -> bool:
    from indexer.text.wordlist import frequency

    word = tk.texts[j]
    if tk.kinds[j] != "w" or not tk.capital[j] or not word[1:].islower():
        return False
    return is_place(word) or frequency(word.lower()) == 0
