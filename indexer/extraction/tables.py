"""Load at once the word tables the extraction builds on first use.

Each table is built the first time a rule asks for it (``lru_cache(maxsize=1)``): the sorted
reversed word list behind ``lone_known.listed_surname``, Faker's surnames and first names, the
English frequencies, the curated organisations' indexes. The sample release that
``build.pipeline.warm_up`` prepares does not reach every rule, so a table a later release
needed was built inside that release's time bound — in each worker process of a build, and in
the instruction count of ``bench.instructions``. ``load`` builds them all before the first
release (the tagger's tables load with the tagger, only in the modes that use it).
"""

from __future__ import annotations

from indexer.extraction import known_orgs, lone_known, lone_towns, names, places
from indexer.text import wordlist

# the public loaders: a module whose tables are private builds them in its ``load_tables``
LOADERS = (
    wordlist.frequencies,
    wordlist.english_frequencies,
    wordlist.longest,
    lone_known.load_tables,
    lone_towns.load_tables,
    names.load_tables,
    places.surnames,
    places.any_surnames,
    places.places,
    known_orgs.load_tables,
)


def load() -> None:
    """Build every table of ``LOADERS`` now (each is cached: a second call costs nothing)."""
    for loader in LOADERS:
        loader()
