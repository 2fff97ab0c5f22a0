"""What a person span of the tagger must not be, or begin with, though the tagger is sure of it.

The tagger (``ner``) learned where persons stand, so it also takes for persons the English
titles, brands and slogans German news quotes (``Angry Birds``, ``Point Break``), and it reads
a town's adjective before a name as part of it (``Kärntner Marco Haller``), and places named in
Spanish or English for persons (``Puerto Rico``, ``Santa Clara``). The rules' own word tests tell
them apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.false_persons import is_false
from indexer.extraction.lexicon import ENGLISH_GIVEN, LEGAL, ORG_AFTER, PARTICLES, word_set
from indexer.extraction.lone_words import _common_noun
from indexer.extraction.names import FIRST_NAME_LISTS, faker_names, is_first_name
from indexer.extraction.ner_features import name_likeness
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import english_phrase, is_role
from indexer.extraction.places import any_surnames, is_place, is_place_adjective
from indexer.text.wordlist import english_frequencies, frequency

_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _any_first_names() -> frozenset[str]:
    """Return the first names of all of Faker's person lists (MIT), any language."""
    lists = (names for attr in FIRST_NAME_LISTS for _, names in faker_names(attr))
    return frozenset(n for names in lists for n in names)


def noun_word(word: str) -> bool:
    """Tell a German noun that is no first name or surname of any language (``Flanke``,
    ``Enkeltochter``; not ``Shirley``, ``Rose``, ``Wagner``)."""
    return (
        _common_noun(word)
        and not is_first_name(word)
        and word not in _any_first_names()
        and word.lower() not in any_surnames()
    )


def running_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of a tagger person of a release without the nouns at its edges.

    A noun before the name is none of it (``Radprofi Matt Brammeier``, ``Flanke Dijks``), nor
    is a noun after a genitive and what follows it (``Pattisons Enkeltochter``, ``George Millers
    Actionspektakel Mad Max``). What is left may be a lone word: in a release no person.
    """
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while len(words) > 1 and noun_word(text[words[0][0] : words[0][1]]):
        words = words[1:]
    for j in range(1, len(words)):
        before, word = text[words[j - 1][0] : words[j - 1][1]], text[words[j][0] : words[j][1]]
        if before.endswith("s") and before[:1].isupper() and noun_word(word):
            words = words[:j]
            break
    return words[0][0], words[-1][1]


def no_person(words: list[str]) -> bool:
    """Tell whether a tagger person of ``words`` is no person: an English phrase (a title, a
    brand, a slogan; unless a known surname ends it: ``Tim Cook``), words with a lowercase one
    that is no particle (``De facto``), or a place (``Puerto Rico``, ``Buenos Aires``)"""
    return (
        english_phrase(words)
        or lowercase_inside(words)
        or place_name(words)
        or firm_name(words)
        or english_tail(words)
        or any(w.endswith(",") for w in words)  # "Oskar, Rico und …": two names
    )


ENGLISH_TAIL = 100  # pyspellchecker's count from which a last word is an English word


def english_tail(words: list[str]) -> bool:
    """Tell a brand, product, team or title that ends in an English word (``Popcorn Time``,
    ``Chevrolet Traverse``, ``Güssing Knights``, ``Hello Barbie``): the last word is one that
    is no known surname or given name, and the first word is no given name of any list (``Donald
    Trump``, ``David Bowie``, ``Lord Derby`` and ``Carolina Panthers`` stay)."""
    first, last = words[0], words[-1]
    return (
        len(words) > 1
        and english_frequencies().get(last.lower(), 0) >= ENGLISH_TAIL
        and last.lower() not in any_surnames()
        and not is_first_name(last)
        and not is_first_name(first)
        and first not in _any_first_names()
        and first.lower() not in ENGLISH_GIVEN  # "Lord Derby", "Sir …"
    )


def firm_name(words: list[str]) -> bool:
    """Tell a firm, a band or a venue named after a person: its last word is such a kind
    (``Alix Partners``, ``Rose Bikes``, ``Fritz Walter Stadion``) or a legal form glued to a
    word (``Pfeiffer HandelsgmbH``)."""
    last = words[-1].lower().strip(".")
    return len(words) > 1 and (last in ORG_AFTER or last.endswith("gmbh"))


# first words of place names in Romance languages and English (``Puerto Rico``, ``Cerro
# Amarillo``, ``Los Angeles``, ``Fort Worth``): no first names
PLACE_LEADS = word_set(
    "san santa santo são sao puerto porto los las cerro monte mount lake port fort new "
    "saint ciudad isla playa villa"
)


def place_name(words: list[str]) -> bool:
    """Tell whether a tagger person is a place: a place name's first word, or places alone."""
    names = [w for w in words if w not in PARTICLES]
    return words[0].lower() in PLACE_LEADS or (len(names) > 1 and all(map(is_place, names)))


# saints: ``die Statue des Heiligen Pankratius``
SAINTS = word_set("heilige heiligen heiliger")


# lowercase words inside names besides the particles ("Tariq bin Taimur", "Josef jun.")
NAME_LINKS = frozenset(
    {"bin", "ibn", "al", "el", "y", "e", "do", "das", "dos", "af", "av", "jun", "sen"}
)


def lowercase_tail(words: list[str]) -> bool:
    """Tell whether an organisation of the tagger ends in a lowercase word that is no legal form
    or address: it ran on into the sentence (``Polizei rabiat``, ``Parlament lud``)."""
    last = words[-1]
    return last[:1].islower() and last.lower().strip(".") not in LEGAL and "." not in last


def lowercase_inside(words: list[str]) -> bool:
    """Tell whether a person of the tagger holds a lowercase word that is no particle or link
    of a name or an abbreviation (``Joost den Haan``, ``Tariq bin Taimur``, ``al-Gaddafi``,
    ``Moritz v. Schwind`` are names; ``Primero vemos``, ``De facto`` are not)."""
    return any(
        w[:1].islower() and not ("-" in w or "." in w or w in PARTICLES or w in NAME_LINKS)
        for w in words
    )


def no_name_part(word: str) -> bool:
    """Tell whether ``word`` at the start of a tagger person is none of the name: a role
    (``Bischof Gerber``), a town's adjective (``Kärntner Marco Haller``, ``Grazer …``) or a
    saint's title (``des Heiligen Pankratius``)."""
    return is_role(word) or is_place_adjective(word) or word.lower().strip(".") in SAINTS


def lone_org_once(text: str, name: str) -> bool:
    """Tell whether a tagger organisation is one word that ``text`` holds only once.

    In a long text (a release, a news article) the tagger's one-word organisations said once
    were wrong more often than right (10kGNAD: 15 of 25 — ``Frontkamera``, ``EM-Finale``,
    ``Fastenmonats``; releases' tune part: 3 of 3), those said again mostly right (``Verdi``,
    ``Rapid``, ``Novomatic``): a text names the organisations it is about more than once.
    """
    return " " not in name and text.count(name) < 2


_SAINT_BEFORE = re.compile(r"(?<![\d\s])\s*(?:\bSt\s?\.|\bSankt)\s*$")
_ROUTE = re.compile(r"\bvon\s+$")
_ROUTE_AFTER = re.compile(r"\s+nach\s+[A-ZÄÖÜ]")


def place_frame(text: str, start: int, end: int) -> bool:
    """Tell whether the tagger person at ``start``..``end`` stands where a place stands: after
    a saint's ``St.`` (``Klosterkirche St. Johann Baptist``: a church, a town; a saint himself
    would be named with his ``St.``; not ``1 St. Senoner``, a count) or as the start of a route
    (``von Wilson nach Downsview``)."""
    before = text[max(0, start - 12) : start]
    if _SAINT_BEFORE.search(before):
        return True
    return bool(_ROUTE.search(before) and _ROUTE_AFTER.match(text, end))


def lone_english_title(words: list[str]) -> bool:
    """Tell a lone English title the tagger reads as a person (``Captain``, ``Lord``), or the
    ``Chr`` of ``n. Chr.`` (after Christ)."""
    return len(words) == 1 and words[0].lower().rstrip(".") in ENGLISH_TITLES


# "King" and "Prince" alone may be a surname and a singer: left to the tagger
ENGLISH_TITLES = word_set("queen princess lord lady sir captain saint chr")


def false_person(text: str, mention: PersonMention, persons: list[PersonMention]) -> bool:
    """Tell whether the rules' own tests of false persons (``false_persons.drop_false``) reject a
    tagger person beside the rules' ``persons``: a street, venue or place (``Piazza Giuseppe
    Verdi``, ``die Felsschlucht Gorge de la Brivette``, ``Kandar Sahib, die Provinzhauptstadt``),
    a lone place, month or coined firm's name."""
    return is_false(text, mention, persons)


def wrong_mend(text: str, name: str, start: int, end: int, new_start: int, new_end: int) -> bool:
    """Tell whether a sure tagger person at ``new_start``..``new_end`` must not stretch the rule's
    person ``name`` at ``start``..``end`` (``ner._mend_bounds``): to the left of a full name that
    opens with a given name (``Frontmann | Gerhard Pirkelbauer``, ``Kaiser | Franz Josef``), to the
    left of a lone surname by a noun or a common word (``Soziologen | Valenta``, ``Da |
    Amundsen``), to the right of a genitive
    (``Andrew Lloyd Webbers | Evita``), or to the right by a noun or a place (``Weidinger |
    Trost``, ``Dominik Frieser | Kapfenberg``). Surname-first lists stay (``Kraus | Karl``),
    and so do ``Nguyen | Van Ly`` and ``Thomas | Linke``."""
    words = text[start:end].split()
    left, right = text[new_start:start].split(), text[end:new_end].split()
    opens_given = len(words) > 1 and is_first_name(words[0]) and words[0].lower() not in PARTICLES
    if left and (
        (opens_given and not all(map(_given_like, left)))
        or any("/" in w for w in left)
        or (len(words) == 1 and (noun_word(left[-1]) or _common_word(left[-1])))
    ):
        return True
    if not right or is_first_name(words[-1]):
        return False  # "Joseph Victor | von Scheffel": given names go on to a surname
    last, surnames = words[-1].lower(), any_surnames()
    genitive = (  # no surname, but the rules' name drops its "s" or that is a surname
        last.endswith("s")
        and last not in surnames
        and (name == text[start : end - 1] or last[:-1] in surnames)
    )
    return genitive or any(noun_word(w) or is_place(w) or "/" in w for w in right)


def _given_like(word: str) -> bool:
    """Tell a word that may stand before a given name in a name: an initial (``F.``), a given
    name (``Hans | Peter Müller``) or an unknown word that looks like a name (``Orso``)."""
    if re.fullmatch(r"[A-ZÄÖÜ]?\.|[A-ZÄÖÜ]", word):
        return True  # "F.", or "F ." as GermEval's tokens stand
    return word[:1].isupper() and (
        is_first_name(word) or (frequency(word) == 0 and name_likeness(word) >= 2)
    )


COMMON_WORD = 100  # a word list frequency above which a capitalised word is no given name


def _common_word(word: str) -> bool:
    """Tell a common German word capitalised at a sentence's start (``Da``, ``Als``), no name."""
    low = word.lower()
    return (
        frequency(word) > COMMON_WORD
        and not is_first_name(word)
        and not (word[:1].islower() and low in PARTICLES)  # "van der | Marel", not "Da | Amundsen"
        and low not in any_surnames()  # "Putz | Anton" in a list of surnames first
    )
