"""German words the word list lacks, by their shape: no lone surname though no word it knows.

``lone_words.unknown_word`` takes a capitalised word the German word list lacks as a possible
surname. News capitalises words the list has only in another form: an adjective derived from a
word it holds, opening a sentence (``Läuferisch habe ich …``, ``Stachelig war …``), a plural of
a noun ending no surname has (``Tagträumereien``), a word in Swiss spelling (``Ausserdem``,
seven letters or more: ``Grosse`` is a surname too), a woman's occupation whose man's the list
holds (``Rechnerin``). Surnames of these shapes are rare; the stems must be German words of
four letters or more (``Kubisch``, ``Hennig`` have none), six before ``-ig`` (``Liebig``,
``Grundig`` are surnames).
"""

from __future__ import annotations

from functools import lru_cache

from indexer.extraction.places import surnames
from indexer.text.wordlist import is_word

# suffixes that derive an adjective from a noun or verb ("Läufer" -> "läuferisch")
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "haft", "sam", "bar")  # not "-los": "Mundlos"
_INFLECTIONS = ("", "e", "en", "er", "es", "em")
# plurals of noun endings no surname has ("Tagträumereien", "Zivilisationen")
PLURAL_SUFFIXES = (
    "ereien",
    "ationen",
    "itäten",
    "ologien",
    "ismen",
    "heiten",
    "keiten",
    "schaften",
)
# Latin adjectives in German ("deeskalativ", "innovativ")
_LATIN_ADJECTIVES = ("ativ", "itiv")


@lru_cache(maxsize=65536)
def derived_word(word: str) -> bool:
    """Tell a German adjective or plural the word list lacks in this form, a word in Swiss
    spelling (``Ausserdem``) or a feminine agent noun (``Rechnerin``)."""
    low = word.lower()
    if low in surnames():
        return False
    if "ss" in low and len(low) >= 7 and is_word(low.replace("ss", "ß")):
        return True  # Swiss spelling: "Ausserdem", "Strasse"; not "Grosse", "Weisse"
    if low.endswith("erin") and len(low) >= 8 and is_word(low[:-2]):
        return True  # "Rechnerin": a woman's occupation, the list holds the man's
    if low.endswith(PLURAL_SUFFIXES) or (len(low) >= 8 and low.endswith(_LATIN_ADJECTIVES)):
        return True
    for inflection in _INFLECTIONS:
        base = low[: len(low) - len(inflection)] if inflection else low
        if not low.endswith(inflection):
            continue
        for suffix in _ADJECTIVE_SUFFIXES:
            stem = base.removesuffix(suffix)
            shortest = 6 if suffix == "ig" else 4  # "Liebig", "Kimmig", "Grundig": surnames
            if stem != base and len(stem) >= shortest and is_word(stem):
                return True  # "Läuferisch", "Stachelig"
    return False
