"""Football clubs by their nicknames in sports reports: ``die Fohlen``, ``die Knappen``.

Sports pages name the big German clubs by nicknames that every reader knows. Only nicknames
that name one club are listed (not ``die Löwen``, ``die Adler``, ``die Bullen``, ``die Roten``,
which name several clubs, animals or the police), from general knowledge, and only where the
nickname follows its article and its sentence speaks of a game (``Spiel``, ``Tor``,
``Trainer``, ``Bundesliga`` …): ``die Fohlen auf der Weide`` and ``das Kleeblatt`` on a
meadow are no club. The facet value is the club's name; the span is the nickname.
"""

from __future__ import annotations

import re

from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens

_CLUBS = {
    "Borussia Mönchengladbach": ("Fohlen", "Fohlenelf"),
    "FC Schalke 04": ("Knappen", "Königsblauen"),
    "1. FC Köln": ("Geißböcke", "Geißböcken"),
    "1. FC Kaiserslautern": ("Roten Teufel",),
    "MSV Duisburg": ("Zebras",),
    "SpVgg Greuther Fürth": ("Kleeblatt", "Kleeblatts"),
    "Bayer 04 Leverkusen": ("Werkself",),
    "1. FC Union Berlin": ("Eisernen",),
    "SV Darmstadt 98": ("Lilien",),
    "FC St. Pauli": ("Kiezkicker",),
    "Hamburger SV": ("Rothosen",),
    "1. FC Nürnberg": ("Clubberer",),
    "FC Augsburg": ("Fuggerstädter",),
    "TSG 1899 Hoffenheim": ("Kraichgauer",),
    "Mainz 05": ("Nullfünfer",),
    "Arminia Bielefeld": ("Arminen",),
    "VfL Bochum": ("Unabsteigbaren",),
}
_BY_NICKNAME = {nick: club for club, nicks in _CLUBS.items() for nick in nicks}
_FIRST_WORDS = frozenset(nick.split()[0] for nick in _BY_NICKNAME)
_ARTICLES = frozenset(("die", "der", "den", "des", "dem", "das"))
_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:e|en|er|es)")
# words of a game in the same sentence
_GAME = re.compile(
    r"\b(?:Spiel|Spiele[ns]?|Spiels|Heimspiel|Auswärtsspiel|Tor|Tore[ns]?|Treffer|Trainer|"
    r"Saison|Bundesliga|Liga|Punkte?|Sieg|Niederlage|Remis|Tabelle|Stürmer|Abwehr|Mittelfeld|"
    r"Stadion|Derby|Pokal|Halbzeit|Abstieg|Aufstieg|Anpfiff|Abpfiff|Spieltag|Elfmeter|"
    r"Mannschaft|Kader|Fans|Gegner|Rückrunde|Hinrunde|Tabellenplatz|Relegation|Oberliga|"
    r"Spielzeiten|Spielzeit|spielte|Spieler|Spielerin|wechselte|Fußballer|Torhüter|Meister|"
    r"Meisterschaft|Verein|Vereins|Oberligist|Absteiger|Aufsteiger)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def nickname_clubs(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a club by its nickname after an article in a sentence about a game."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found: list[OrgMention] = []
    for i in tk.where(_FIRST_WORDS):
        word = texts[i]
        if starts[i] in blocked:
            continue
        two = f"{word} {tk.word(i + 1)}"
        nick, last = (two, i + 1) if two in _BY_NICKNAME else (word, i)
        if nick not in _BY_NICKNAME or not _after_article(tk, i):
            continue
        if tk.word(last + 1) == "-" or (last + 1 < len(texts) and starts[last + 1] == ends[last]):
            continue  # "Fohlen-Stall": a compound, not the name
        if last + 1 < len(texts) and tk.capital[last + 1] and tk.kinds[last + 1] == "w":
            continue  # "den Eisernen Vorhang": an adjective before its noun
        if _GAME.search(_sentence(tk.text, starts[i])):
            found.append(OrgMention(_BY_NICKNAME[nick], starts[i], ends[last]))
    return found


def _after_article(tk: Tokens, i: int) -> bool:
    """Tell an article before ``i``, over one declined adjective: ``die abstiegsbedrohten``."""
    j = i - 1
    if j >= 0 and _ADJECTIVE.fullmatch(tk.texts[j]) and tk.texts[j] not in _ARTICLES:
        j -= 1
    return j >= 0 and tk.texts[j].lower() in _ARTICLES


def _sentence(text: str, at: int) -> str:
    """Return the sentence around offset ``at`` (at most 300 characters either side)."""
    left = text.rfind("\n", max(0, at - 300), at)
    for m in _SENTENCE_END.finditer(text, max(0, at - 300), at):
        left = max(left, m.end())
    right = _SENTENCE_END.search(text, at)
    end = min(right.end() if right else len(text), at + 300)
    return text[max(left, 0, at - 300) : end]


# sectors of works that named East German clubs: "BSG Chemie Leipzig", "Motor Zwickau"
_SECTORS = frozenset(
    ("Motor", "Lok", "Lokomotive", "Chemie", "Stahl", "Empor", "Turbine", "Aktivist", "Vorwärts",
     "Traktor", "Wismut", "Rotation", "Energie")
)  # fmt: skip


def sector_clubs(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find ``Chemie Leipzig``: a works' sector before a place, in a sentence about a game."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found: list[OrgMention] = []
    for i in tk.where(_SECTORS, 0, len(texts) - 1):
        if starts[i] in blocked or starts[i + 1] in blocked:
            continue
        if tk.word(i - 1) in {"-", "/"} or (i and ends[i - 1] == starts[i]):
            continue  # "Auto-Motor", "VEB/Chemie": part of another word
        town = texts[i + 1]
        if not tk.capital[i + 1] or not is_place(town):
            continue
        if town.endswith("s") and is_place(town[:-1]):
            continue  # "Stahl Deutschlands": a genitive, no club
        if _GAME.search(_sentence(tk.text, starts[i])):
            found.append(OrgMention(tk.text[starts[i] : ends[i + 1]], starts[i], ends[i + 1]))
    return found


def in_game(text: str, at: int) -> bool:
    """Tell whether the sentence around offset ``at`` speaks of a game or a player's clubs."""
    return _GAME.search(_sentence(text, at)) is not None
