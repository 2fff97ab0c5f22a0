"""The keys under which names are the same: organisations without legal form and region.

Kept apart from the finding of organisations, so that searching (facets, filters) reads only
these few rules, not the extraction that the build runs. Persons: ``names.name_key``.
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import ABBREVIATIONS
from indexer.extraction.names import fold

_REGION_TAIL = re.compile(r"(?: (?:des (?:landes|freistaate?s) \S+|nrw|nordrhein-westfalen))+$")
_LEGAL_TAIL = re.compile(r"(?: (?:e ?v|gmbh|ag|kg|kgaa|se|mbb|ohg|group|& co|& cie))+$")
_OF_TOWN = re.compile(r" (?:der stadt|des kreises|der gemeinde) ")


def org_key(name: str) -> str:
    """Fold an organisation name for comparison (case, diacritics, ``e. V.``/``e.V.``, ``FH``)."""
    words = re.sub(r"[^\w&/-]+", " ", fold(name)).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def org_group_key(name: str) -> str:
    """Return ``org_key`` without legal form, region and ``der Stadt`` (``Impfzentrum Münster``)."""
    key = _OF_TOWN.sub(" ", org_key(name))
    for _ in range(2):
        key = _LEGAL_TAIL.sub("", _REGION_TAIL.sub("", key))
    return key
