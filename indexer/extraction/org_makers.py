"""A maker's name that stands for its product: ``ein Audi prallte``, ``Mozilla Firefox``.

``org_products`` tells a carmaker before a model (``BMW X5``) or after ``im``/``einen``. Police
reports and news name cars more ways: after a determiner with adjectives between (``eines grauen
Opel``, ``Ein Audi prallte``, ``den Renault eines 52-Jährigen``), before a word for its driver
(``der Renault Fahrer``). Makers of planes and of computer things name a product by the maker
and a product line (``Airbus A380``, ``Boeing 737``, ``HTC Vive``, ``Mozilla Firefox``,
``Nvidia GeForce``). Then the maker's name is no organisation; the company itself stays
(``die BMW AG``, ``bei der BMW``, ``der BMW-Konzern``, ``Mozilla teilte mit``).
"""

from __future__ import annotations

import re

from indexer.extraction.org_products import CARMAKERS, car
from indexer.extraction.tokens import Tokens

# masculine and neuter determiners only: a car is "der Wagen", "das Auto"; "bei der BMW" and
# "die VW" name the company or its shares
_DETERMINERS = frozenset(
    ("den", "dem", "ein", "einen", "einem", "eines", "kein", "keinen", "keinem", "dieser",
     "diesen", "diesem", "jenen", "seinen", "seinem", "seines", "ihren", "ihrem", "ihres",
     "unseren", "unserem", "meinen", "meinem", "eurem", "einem")
)  # fmt: skip
# "der" names a car only after a verb or at a sentence's start, not after a preposition
# ("bei der BMW", "von der VW"): there it is the feminine dative of the company
_PREPOSITIONS = frozenset(
    ("bei", "von", "mit", "zu", "an", "aus", "nach", "seit", "in", "vor", "unter", "für", "auf",
     "gegenüber", "hinter", "neben", "über", "zwischen", "durch", "gegen", "um", "trotz", "wegen",
     "laut", "während", "innerhalb", "außerhalb", "samt", "ohne", "bis", "und", "oder", "sowie")
)  # fmt: skip
_ADJECTIVE = re.compile(r"[a-zäöüß][a-zäöüß-]*(?:e|en|em|er|es)|\d+(?:er)?")
# the one who drives it: "der Renault Fahrer", "die Opel Fahrerin"
_DRIVERS = frozenset(("Fahrer", "Fahrerin", "Fahrers", "Lenker", "Lenkerin", "Halter", "Halterin"))
# makers of planes: a type number after the name is the plane ("Airbus A380", "Boeing 737")
_PLANE_MAKERS = frozenset(("Airbus", "Boeing", "Embraer", "Bombardier", "Cessna", "Fokker"))
_PLANE = re.compile(r"\d{3}")
# a maker and a product line of its own (hardware, software, consoles): the product
_LINES = {
    "Mozilla": ("Firefox", "Thunderbird"),
    "Google": ("Chrome", "Maps", "Earth", "Glass", "Pixel", "Translate", "Docs", "Street"),
    "Microsoft": ("Windows", "Office", "Word", "Excel", "Teams", "Xbox", "Edge", "Outlook",
                  "Surface", "Bing", "PowerPoint", "Explorer"),
    "Apple": ("iPhone", "iPad", "Watch", "Mac", "MacBook", "iPod", "AirPods", "Vision"),
    "Sony": ("PlayStation", "Walkman", "Xperia"),
    "Nintendo": ("Switch", "Wii", "DS", "Gameboy", "Game"),
    "Samsung": ("Galaxy",),
    "HTC": ("Vive", "One", "Desire"),
    "Nvidia": ("GeForce", "Tegra", "Fermi", "Quadro", "Titan"),
    "NVIDIA": ("GeForce", "Tegra", "Fermi", "Quadro", "Titan"),
    "AMD": ("Ryzen", "Radeon", "Athlon", "Opteron", "Phenom"),
    "Intel": ("Core", "Pentium", "Atom", "Xeon", "Celeron", "Itanium"),
    "Amazon": ("Echo", "Kindle", "Alexa", "Fire"),
    "Oculus": ("Rift", "Quest", "Go"),
    "Meta": ("Quest",),
    "Adobe": ("Photoshop", "Acrobat", "Reader", "Flash", "Illustrator", "Premiere"),
    "Nokia": ("Lumia", "Communicator"),
    "BlackBerry": ("Bold", "Curve", "Storm"),
}  # fmt: skip


def stands_for_product(tk: Tokens, a: int, b: int) -> bool:
    """Tell a maker's name at ``a:b`` (one token) that stands for a product of it."""
    if b - a != 1:
        return False
    word, after = tk.texts[a], tk.word(b)
    glued = b < len(tk.texts) and tk.starts[b] == tk.ends[a]
    maker = word[:-1] if word.endswith("s") and word[:-1] in _LINES else word
    if maker in _LINES and after in _LINES[maker] and not glued:
        return True  # "Mozilla Firefox", "HTC Vive", "Samsungs Galaxy"
    if word in _PLANE_MAKERS:  # "Airbus A380", "Boeing 737"
        return not glued and (_PLANE.fullmatch(after) is not None or _lettered(tk, b, _PLANE))
    if word not in CARMAKERS:
        return False
    if car(tk, a, b) or (not glued and _lettered(tk, b, _TYPE)):
        return True  # "BMW X5", "im Mercedes"
    if after in _DRIVERS and not glued:
        return True  # "der Renault Fahrer"
    if b < len(tk.texts) and (tk.capital[b] or after in {"-", "/", "&"}):
        return False  # "den BMW Konzern", "die VW AG": the company; a model: org_products
    return _determined(tk, a)


def _lettered(tk: Tokens, b: int, number: re.Pattern) -> bool:
    """Tell a type of letters glued to a number at ``b``: ``X1``, ``A350`` (two tokens)."""
    return (
        b + 1 < len(tk.texts)
        and _LETTERS.fullmatch(tk.texts[b]) is not None
        and tk.starts[b + 1] == tk.ends[b]
        and number.fullmatch(tk.texts[b + 1]) is not None
        and not (b + 2 < len(tk.texts) and tk.texts[b + 2] in {",", "%"})
    )


_LETTERS = re.compile(r"[A-Z]{1,3}")
_TYPE = re.compile(r"\d{1,3}")


def _determined(tk: Tokens, a: int) -> bool:
    """Tell a car's determiner before ``a``, over declined adjectives: ``eines grauen Opel``."""
    j = a - 1
    while j >= 0 and a - j <= 3:
        word = tk.texts[j].lower()
        if word in _DETERMINERS or word == "der" or not _ADJECTIVE.fullmatch(tk.texts[j]):
            break
        j -= 1  # "eines grauen Opel": over the adjectives
    if j < 0:
        return False
    word = tk.texts[j].lower()
    if word in {"den", "dem", "der"} and j > 0 and tk.texts[j - 1] == ",":
        return False  # "der Brief, den Tesla schrieb": a relative pronoun
    if word in _DETERMINERS:
        return True
    if word != "der":
        return False
    before = tk.word(j - 1) if j > 0 else "."
    return before.lower() not in _PREPOSITIONS and before not in {",", "(", "„", '"'}
