"""Small towns of Germany, Austria and Switzerland, which stand where a lone surname would.

News names a town or its club as a sentence's subject (``Güssing hat keine potenten Firmen``,
``Dabei hatte Grödig …``) as it names a person, and the general-knowledge list of places in
``places`` holds the larger towns only. Faker's address providers (MIT, a dependency already)
list about 700 towns of the three countries; a single-word town there counts as no lone
surname, unless it is a surname too: one the name lists know (``Jessen``, ``Roth``) or one
shaped as a surname (``Eisenberg``, ``Auerbach``, ``Rottenmann``).
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from indexer.extraction.lexicon import word_set
from indexer.extraction.names import faker_names, fold
from indexer.extraction.places import surnames

_LOCALES = ("de_DE", "de_AT", "de_CH")
# towns of the lists that are well-known surnames too (general knowledge: "Sebastian Kehl")
_ALSO_SURNAMES = word_set("kehl suhr retz jülich kusel mayen hardegg roding fehring schrems")
# endings that make a town's name a surname as well ("Sternberg", "Feldbach", "Lobenstein")
_SURNAME_ENDINGS = tuple(
    sorted(word_set("mann berg bach feld stein brink beck born hof winkel knecht bauer horst kamp"))
)


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Return the folded single-word towns of Faker's German-language address providers that
    are no surname (``frozenset()`` without Faker)."""
    towns: set[str] = set()
    for locale in _LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            return frozenset()
        towns.update(c for c in getattr(provider, "cities", ()) if c.isalpha())
    last = {fold(n) for _, names in faker_names("last_names") for n in names}
    return frozenset(
        fold(town)
        for town in towns
        if fold(town) not in last
        and town.lower() not in surnames()
        and town.lower() not in _ALSO_SURNAMES
        and not town.lower().endswith(_SURNAME_ENDINGS)
    )


def load_tables() -> None:
    """Build this module's table of towns now (``tables.load``; later calls cost nothing)."""
    _towns()


def small_town(word: str) -> bool:
    """Tell a small town's name that is no surname (``Güssing``, ``Grödig``, ``Lustenau``)."""
    return fold(word) in _towns()
