"""First names of Cyrillic, Greek and East Asian lists, spelled as German news spells them.

German news writes Russian, Ukrainian and Bulgarian names in the German transliteration
(``Jewgeni``, ``Witali``, ``Pjotr``), Greek names in the usual Latin one (``Panagiotis``,
``Giorgos``, ``Evangelos``) and Japanese and Chinese names romanized (``Takumi``). Faker's
person providers (MIT, a dependency already) hold these names in their own scripts, which
``names`` cannot match; here they are transliterated (Duden's rules for Cyrillic, the common
news spelling for Greek) and the romanized lists are read as they are.
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import lru_cache

_CYRILLIC_LOCALES = ("ru_RU", "uk_UA")  # not bg_BG: many rare names, "ъ" a vowel there
_GREEK_LOCALES = ("el_GR",)
_ROMANIZED = (("ja_JP", "first_romanized_names"), ("zh_CN", "first_romanized_names"))
_FIRST = ("first_names", "first_names_male", "first_names_female")

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


@lru_cache(maxsize=1)
def foreign_first_names() -> frozenset[str]:
    """Return the first names of Faker's Cyrillic, Greek, Japanese and Chinese lists in Latin
    letters (``frozenset()`` without Faker)."""
    found: set[str] = set()
    for locale in _CYRILLIC_LOCALES + _GREEK_LOCALES:
        provider = _provider(locale)
        for attr in _FIRST:
            for name in getattr(provider, attr, ()) or ():
                if locale in _GREEK_LOCALES:
                    found.add(greek_to_latin(name))
                else:
                    found.add(cyrillic_to_german(name, ukrainian=locale == "uk_UA"))
    for locale, attr in _ROMANIZED:
        found.update(getattr(_provider(locale), attr, ()) or ())
    return frozenset(n for n in found if len(n) >= 3 and n.isalpha())


def _provider(locale: str) -> object:
    """Return Faker's person provider of ``locale``, or None without Faker."""
    try:
        return importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return None
