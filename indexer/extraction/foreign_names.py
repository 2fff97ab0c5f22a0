"""First names of Cyrillic, Greek and East Asian lists, spelled as German news spells them.

German news writes Russian, Ukrainian and Bulgarian names in the German transliteration
(``Jewgeni``, ``Witali``, ``Pjotr``), Greek names in the usual Latin one (``Panagiotis``,
``Giorgos``, ``Evangelos``) and Japanese and Chinese names romanized (``Takumi``). Faker's
person providers (MIT, a dependency already) hold these names in their own scripts, which
``names`` cannot match; here they are transliterated (Duden's rules for Cyrillic, the common
news spelling for Greek) and the romanized lists are read as they are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_CYRILLIC_LOCALES = ("ru_RU", "uk_UA")  # not bg_BG: many rare names, "ъ" a vowel there
_GREEK_LOCALES = ("el_GR",)
# Faker's lists of first names in Latin letters beside the native script
ROMANIZED = ("first_romanized_names", ("ja_JP", "zh_CN"))

_CYRILLIC = {
    "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo",
    "ж": "sch", "з": "s", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "є": "je", "ю": "ju", "я": "ja",
}  # fmt: skip
_CYRILLIC_VOWELS = frozenset("аеёиіїоуыэєюяъь")
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "μπ": "b", "ντ": "nt"}


def cyrillic_to_german(name: str, ukrainian: bool = False) -> str:
    """Spell a Cyrillic name as German does (``Евгений`` -> ``Jewgeni``, ``Пётр`` ->
    ``Pjotr``); in a Ukrainian name ``и`` is ``y`` and ``г`` is ``h`` (``Wolodymyr``)."""
    low = name.lower()
    out = []
    for i, c in enumerate(low):
        before = low[i - 1] if i else ""
        if c == "й" and i == len(low) - 1 and before in "иы":
            continue  # "Дмитрий" -> "Dmitri", "Юрий" -> "Juri"
        if c == "е" and (not before or before in _CYRILLIC_VOWELS):
            out.append("je")  # "Евгений" -> "Jewgeni"
        elif c == "с" and before in _CYRILLIC_VOWELS and low[i + 1 : i + 2] in _CYRILLIC_VOWELS:
            out.append("ss")  # "Анастасия" -> "Anastassija"
        elif ukrainian and c == "и":
            out.append("y")
        elif ukrainian and c == "г":
            out.append("h")
        elif c in _CYRILLIC:
            out.append(_CYRILLIC[c])
        else:
            return ""  # a letter of another script or a mark: no name here
    return "".join(out).capitalize()


def greek_to_latin(name: str) -> str:
    """Spell a Greek name as news does (``Παναγιώτης`` -> ``Panagiotis``)."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c)
    )
    out, i = [], 0
    while i < len(bare):
        pair = bare[i : i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
            continue
        if bare[i] not in _GREEK:
            return ""
        out.append(_GREEK[bare[i]])
        i += 1
    return "".join(out).capitalize()


def foreign_first_names(
    first: Iterable[tuple[str, Iterable[str]]], romanized: Iterable[tuple[str, Iterable[str]]]
) -> frozenset[str]:
    """Return the first names of the Cyrillic and Greek lists among ``first`` (``(locale,
    names)`` of Faker's first-name lists, as ``names.faker_names`` gives them) in Latin letters,
    and the names of the ``romanized`` lists (``ROMANIZED``)."""
    found: set[str] = set()
    for locale, names in first:
        if locale in _GREEK_LOCALES:
            found.update(greek_to_latin(name) for name in names)
        elif locale in _CYRILLIC_LOCALES:
            found.update(cyrillic_to_german(name, ukrainian=locale == "uk_UA") for name in names)
    for _, names in romanized:
        found.update(names)
    return frozenset(n for n in found if len(n) >= 3 and n.isalpha())
