"""Each name in the spelling most used across the index, as the embedded engine shows it.

The embedded engine reads a facet field's values once per index state and shows every
spelling of a name (``Kaykın``, ``Kaykin``) as the one most releases use. Here the counts come
from a ``composite`` aggregation read page by page (``reader.value_counts``: every spelling,
however many) per physical index, its state and field: a rebuild makes a new index and an
update in place a new state token (``opensearch.state``), so the labels are read again.
"""

from __future__ import annotations

import functools
from collections import Counter

from indexer.extraction.names import best_spelling
from indexer.opensearch import state
from indexer.opensearch.reader import value_counts
from indexer.search.facets import FIELD_KEYS

_LABELS: state.Kept[dict[str, str]] = state.Kept(8)  # the live index's fields and a rebuild's
# a name's key computed once per value and process: an organisation's costs ~0.1 ms
KEYS = {name: functools.lru_cache(maxsize=1 << 16)(key) for name, key in FIELD_KEYS.items()}


def labels(client, index: str, fieldname: str) -> dict[str, str]:
    """Map every spelling of ``fieldname`` in ``index`` to the spelling shown for it."""

    def read() -> dict[str, str]:
        key_of = KEYS[fieldname]
        spellings: dict[str, Counter[str]] = {}
        for value, count in value_counts(client, index, fieldname).items():
            spellings.setdefault(key_of(value), Counter())[value] += count
        return {value: best_spelling(c) for c in spellings.values() for value in c}

    return _LABELS.get(client, index, read, fieldname)


def canonical(names: dict[str, str], values: list[str]) -> list[str]:
    """Show each name in its label, once (``Engine.canonical``)."""
    return list(dict.fromkeys(names.get(v, v) for v in values))


def physical_index(client, alias: str, response: dict) -> str | None:
    """The physical index behind ``alias`` that answered ``response``."""
    for hit in response["hits"]["hits"]:
        return hit["_index"]
    found = client.indices.get_alias(name=alias) if client.indices.exists_alias(name=alias) else {}
    return next(iter(found), None) or (alias if client.indices.exists(index=alias) else None)
