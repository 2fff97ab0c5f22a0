"""What a person span of the tagger must not be, or begin with, though the tagger is sure of it.

The tagger (``ner``) learned where persons stand, so it also takes for persons the English
titles, brands and slogans German news quotes (``Angry Birds``, ``Point Break``), and it reads
a town's adjective before a name as part of it (``Kärntner Marco Haller``). The rules' own word
tests tell them apart.
"""

from __future__ import annotations

from indexer.extraction.lexicon import LEGAL, PARTICLES
from indexer.extraction.person_text import english_phrase, is_role
from indexer.extraction.places import is_place_adjective


def no_person(words: list[str]) -> bool:
    """Tell whether a tagger person of ``words`` is no person: an English phrase (a title, a
    brand, a slogan; unless a known surname ends it: ``Tim Cook``), or words with a lowercase one
    that is no particle (``De facto``)"""
    return english_phrase(words) or lowercase_inside(words)


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
    (``Bischof Gerber``) or a town's adjective (``Kärntner Marco Haller``, ``Grazer …``)."""
    return is_role(word) or is_place_adjective(word)
