"""The head nouns of organisations, and how far a name reaches to the left of its head.

A head noun (``Ministerium``, ``Kreises``, ``GmbH``) is extended to the left over naming
adjectives (``Paritätischer``) and names written before it (``GLS Bank``), and the span is shown
in the nominative (``display``); what names it on the right (``für Arbeit, Integration und
Soziales``, ``Lippe``, ``des Landes NRW``, ``e. V.``) is read in ``org_complements``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.lexicon import (
    ABBREVIATIONS,
    GENERIC_PREFIX,
    HEADS,
    LEGAL,
    MUNICIPAL,
    REGIONS,
    ROLE_STEMS,
    STOPWORDS,
    TITLES,
    UNIQUE,
    word_set,
)
from indexer.extraction.org_plurals import dative_plural
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

_ENDINGS = ("es", "s", "en", "n", "e", "ien")
_HEAD = re.compile(
    "(?P<head>"
    + "|".join(sorted(HEADS, key=len, reverse=True))
    + f")(?P<infl>{'|'.join(_ENDINGS)})?$",
    re.IGNORECASE,
)
# Every head with each ending, by length: a word that ends in none of them is no head, known
# without the search above, which tries every head at every letter of the word. Only for words
# of letters whose case ``lower()`` folds as the search ignores it.
_FORMS = frozenset(head + ending for head in HEADS for ending in ("", *_ENDINGS))
# the lengths of the forms by their last three letters (those shorter apart): a word is compared
# only with the forms it may end in, most words with none
_SHORT = tuple(sorted({len(form) for form in _FORMS if len(form) < 3}))
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _form in _FORMS:
    if len(_form) >= 3:
        _LENGTHS[_form[-3:]] = tuple(sorted({*_LENGTHS.get(_form[-3:], ()), len(_form)}))
_PLAIN = re.compile(r"[A-Za-zÄÖÜäöüß0-9-]+")
# nouns that end like an adjective: "Pressestelle" is no adjective "Pressestell-e"
ADJECTIVE = re.compile(
    r"^(?!(?i:\w*(?:stelle|welle|quelle|kapelle|zelle|schwelle|tabelle|novelle|initiative|alternative"
    r"|perspektive|archive|motive|menschen))$)"
    r"(?:[A-ZÄÖÜ][\w-]*(?:isch|lich|ell|al|iv|är|sch)|Rot|Grün|Frei|Oberst|Höchst)"
    r"(?P<end>e|en|em|er|es)$"
)
# a town's adjective ("Kölner", "Schweizer"), with fullmatch (org_described, org_kind_names too)
TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")
# "Mittwochabend", "Sonntagmorgen": a time, never a name
DAY_PART = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s?"
    r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?"
)
NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|nis|mittel|geld|plan|arbeit|ungen|bericht|gesetz|antrag"
    r"|vertrag|entwurf|programm|konzept|strategie|papier|beschluss)$"
)
QUOTES = "„“”\"'‚‘’,»«"
_DETERMINERS = word_set(
    "ihrer unserer eurer seiner meiner deiner dieser jener jeder aller anderer mancher solcher "
    "welcher keiner"
)


# legal forms that start lowercase: the "g" of a charitable (gemeinnützige) GmbH or UG
_LOWER_LEGAL = frozenset(("gGmbH", "gUG"))


@lru_cache(maxsize=65536)
def head_of(word: str) -> tuple[str, str, str] | None:
    """Return ``(nominative, head suffix, gender)`` for an organisation head noun, else None."""
    if word in _LOWER_LEGAL:
        return word, word.lower(), "e"  # "FilmWerk M-V gGmbH": a charitable firm's legal form
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in ABBREVIATIONS or low in LEGAL:
        return word, low, HEADS.get(low, "e")
    if low.endswith("ministerien"):
        return word[:-2] + "um", "ministerium", "s"  # "Das Ministerien für …": a typo for one
    ends = (*_SHORT, *_LENGTHS.get(low[-3:], ()))
    if _PLAIN.fullmatch(word) and not any(low[-n:] in _FORMS for n in ends):
        return None
    match = _HEAD.search(word)
    if match is None:
        return None
    head, infl = match.group("head").lower(), (match.group("infl") or "").lower()
    gender = HEADS.get(head)
    if gender is None:
        return None  # "Unİ": matched ignoring case, but "İ" lowers to two letters
    if dative_plural(word, head, infl):  # "den Stadtwerken Werdau"
        return word[: match.start("infl")], head, gender
    if infl and (gender == "e" or infl not in {"s", "es"}):
        return None  # a plural ("Verbänden", "Volkshochschulen") or not this head at all
    return (word[: match.start("infl")] if infl else word), head, gender


def is_org_word(word: str) -> bool:
    """Tell whether ``word`` is an organisation head noun (``Kreises``, ``Ministerium``)."""
    return head_of(word) is not None or word.lower() in UNIQUE


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text[:1].isupper() and sum(c.isupper() for c in text) >= 2


def named_compound(word: str) -> bool:
    """Tell ``Hans-Böckler-Stiftung``, ``DGB-Kreisverband`` from ``NRW-Integrationsministerium``."""
    if "-" not in word.rstrip("-"):
        return False
    first, last = word.split("-")[0], word.rstrip("-").split("-")[-1]
    low = first.lower()
    if town_compound(last):
        return False  # "Titisee-Neustadt", "US-Ostküstenstadt": a town, no body
    return (
        first[:1].isupper()
        and low not in REGIONS
        and low not in _GENERIC_PARTS
        and (head_of(first) is None)
    )


_GENERIC_PARTS = word_set("landes bundes stadt kreis gemeinde haupt ober nieder enquete")


def town_compound(word: str) -> bool:
    """Tell a town whose name ends in a head noun (``Grünstadt``) from the head (``Hansestadt``)."""
    low = word.lower()
    return low.endswith("stadt") and low not in MUNICIPAL and frequency(low) < 50


def extend_left(tk: Tokens, i: int, legal: bool, blocked: set[int]) -> tuple[int, bool]:
    """Extend left of the head at ``i`` over naming adjectives; return (start index, named?)."""
    texts, kinds, cap, starts = tk.texts, tk.kinds, tk.capital, tk.starts
    a, named = i, False
    brand = legal and texts[i].lower() in LEGAL  # a legal form, not "Stiftung" or "Airlines"
    while a > 0:
        t = texts[a - 1]
        if kinds[a - 1] == "w" and (ADJECTIVE.match(t) or TOWN_ADJECTIVE.fullmatch(t)):
            if t.lower() in STOPWORDS or t.lower() in _DETERMINERS:
                break  # "Ihrer Partei", "unserer Fraktion": no naming adjective
            if t.lower().endswith(KIND_NOUNS):
                break  # "der Versicherer Allianz": a kind, no town adjective
            if not ADJECTIVE.match(t) and any(stem in t.lower() for stem in ROLE_STEMS):
                break  # "Leiter Konzern Schaden": a role noun, no town adjective
            a, named = a - 1, True
        elif a == i and starts[a - 1] not in blocked and _name_before(t, kinds[a - 1], texts[i]):
            a, named = a - 1, True  # "GLS Bank", "Lichtenstern Gymnasium"
        elif t in {"und", "oder"} and a > 1 and texts[a - 2].endswith("-"):
            a -= 2
        elif legal and (cap[a - 1] or t in {"&", "."}) and starts[a - 1] not in blocked:
            if t.lower() in GENERIC_PREFIX or t.lower() in STOPWORDS:
                break
            if t == "." and a > 1 and texts[a - 2] == "Fa":
                break  # "die Fa. Kremer GmbH": "Fa." is "Firma", no part of the name
            a, named = a - 1, True
            if t == "The":
                break  # "Verlage The Quill Company": an English name starts at its article
        elif brand and a == i and _lower_brand(t, kinds[a - 1]) and starts[a - 1] not in blocked:
            a, named = a - 1, True  # "zooplus AG", "psb intralogistics GmbH": a lowercase brand
            while i - a < 3 and a > 0 and _lower_brand(texts[a - 1], kinds[a - 1]):
                a -= 1
            break  # "des bundeseigenen …": the words before a lowercase brand are no name
        elif legal and t in {"der", "des", "und", "in", "zu", "von", "for", "of", "and"} and a > 1:
            prev = texts[a - 2]
            if not cap[a - 2] or prev.lower() in STOPWORDS or starts[a - 2] in blocked:
                break
            if t in {"der", "des"} and not is_org_word(prev):
                break
            a -= 1
        else:
            break
        if i - a > 8:
            break
    while a < i and (kinds[a] != "w" or texts[a] in {"der", "und", "in", "zu", "von"}):
        a += 1
    return a, named


def _lower_brand(word: str, kind: str) -> bool:
    """Tell a brand written in lowercase before a legal form: no German word, no stopword, no
    declined adjective's ending (``die bundeseigenen AG``)."""
    return (
        kind == "w"
        and word[:1].islower()
        and len(word) >= 2
        and frequency(word) == 0
        and word not in STOPWORDS
        and not word.endswith(("en", "er", "es", "em"))  # "des bundeseigenen Unternehmens"
    )


# nouns in -er that say what kind of organisation follows: "der Versicherer Allianz"
KIND_NOUNS = (
    "versicherer", "hersteller", "anbieter", "betreiber", "händler", "zulieferer", "sender",
    "versender", "vermarkter", "entwickler", "produzent", "discounter", "erzeuger", "träger",
)  # fmt: skip


# heads that follow a name that is no German word: "Kenyon College", not "DigitalPakt Schule"
_NAME_BEFORE_HEADS = word_set(
    "college gymnasium universität university bank versicherung verlag gruppe klinik hotel "
    "brauerei theater festival ensemble orchester"
)


def _name_before(word: str, kind: str, head_word: str) -> bool:
    """Tell a name written before its head: an acronym (``GLS Bank``, not ``NRW``), or a word
    that is no German word (``Kenyon College``), short and not itself an institution."""
    if kind != "w" or not word[:1].isupper() or word.lower() in REGIONS:
        return False
    if is_acronym(word):
        return True
    return (
        head_word.lower() in _NAME_BEFORE_HEADS
        and len(word) <= 12
        and "-" not in word  # "CDU-geführte Landesregierung": a description
        and frequency(word) == 0
        and not is_org_word(word)
        and not NOUNISH.search(word.lower())
        and word.lower() not in STOPWORDS
        and word.lower() not in TITLES
    )


def display(tk: Tokens, a: int, k: int, head_index: int) -> str:
    """Return the span as a nominative name (``des Kreises Lippe`` -> ``Kreis Lippe``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    head = head_of(texts[head_index])
    words = []
    for j in range(a, k):
        piece = texts[j]
        if j == head_index and head:
            piece = head[0]
        elif j < head_index and head and (m := ADJECTIVE.match(texts[j])) and not _town(m):
            piece = texts[j][: m.start("end")] + {"r": "er", "s": "es", "e": "e"}[head[2]]
        gap = tk.text[ends[j - 1] : starts[j]] if j > a else ""
        words.append((" " if gap else "") + piece)
    return "".join(words).strip(QUOTES + " ")


def _town(m: re.Match) -> bool:
    """Tell a town's adjective (``Jülicher``: no word ``jülich``), which is never declined."""
    return m.group("end") == "er" and frequency(m.string[: m.start("end")].lower()) == 0
