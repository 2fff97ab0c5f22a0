"""What a person span of the tagger must not be, or begin with, though the tagger is sure of it.

The tagger (``ner``) learned where persons stand, so it also takes for persons the English
titles, brands and slogans German news quotes (``Angry Birds``, ``Point Break``), and it reads
a town's adjective before a name as part of it (``Kärntner Marco Haller``). The rules' own word
tests tell them apart.
"""

from __future__ import annotations

from indexer.extraction.person_text import english_phrase, is_role
from indexer.extraction.places import is_place_adjective


def no_person(words: list[str]) -> bool:
    """Tell whether a tagger person of ``words`` is no person: an English phrase (a title, a
    brand, a slogan), unless a known surname ends it (``Tim Cook``)."""
    return english_phrase(words)


def no_name_part(word: str) -> bool:
    """Tell whether ``word`` at the start of a tagger person is none of the name: a role
    (``Bischof Gerber``) or a town's adjective (``Kärntner Marco Haller``, ``Grazer …``)."""
    return is_role(word) or is_place_adjective(word)
