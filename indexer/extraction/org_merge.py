"""One value for a body that a release names by its town's adjective as well as in full.

``das Tübinger Klinikum`` beside ``Universitätsklinikum Tübingen``, ``das Jenaer Uni-Klinikum``
beside ``Universitätsklinikum Jena``, ``die Bielefelder Polizei`` beside ``Polizei Bielefeld``:
the short form is the full name's town as an adjective and its head noun (or the end of the full
name's compound head, ``Uni-`` read as ``Universitäts``). It is an alias of the full name, not a
second facet value. Without a full name in the release it stays a value of its own.
"""

from __future__ import annotations

from indexer.extraction.places import is_place_adjective


def town_owner(name: str, others: list[str]) -> str | None:
    """Return the full name in ``others`` that ``name`` (``Tübinger Klinikum``) stands for."""
    words = name.split()
    if len(words) != 2 or not is_place_adjective(words[0]):
        return None
    stem, head = words[0][:-2].lower(), _spelled_out(words[1].lower())
    for other in others:
        parts = other.split()
        if other == name or len(parts) < 2:
            continue
        town = parts[-1].lower()
        if not (town.startswith(stem) or _town_stem(town) == stem):
            continue
        if _spelled_out(parts[0].lower()).endswith(head):
            return other
    return None


def _spelled_out(word: str) -> str:
    """Read ``uni``, ``uni-klinikum``, ``uniklinik`` as ``universität``, ``universitätsklinikum``,
    ``universitätsklinik``."""
    if word.startswith(("universit", "union")) or not word.startswith("uni"):
        return word
    if word == "uni":
        return "universität"  # "die Bonner Uni"
    return "universitäts" + word.removeprefix("uni").removeprefix("-")


def _town_stem(town: str) -> str:
    """Return the stem of a town's adjective: ``münchen`` -> ``münchn`` (``Münchner``)."""
    return town[:-2] + "n" if town.endswith("en") else town
