"""Facet counts: how many matching releases name each person, organisation and year.

Search semantics, so the core owns them and every front end (the pages, the JSON API, the CLI,
the exports) shows the same numbers: each facet is counted over the matches of the query and of
the *other* facets' selections, leaving out its own, so that several values of one facet can be
combined (they are ORed); each value says whether it is selected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np

from indexer.engine import matches
from indexer.engine import schema as f
from indexer.engine.matches import term_docs
from indexer.extraction.keys import org_group_key
from indexer.extraction.names import best_spelling, name_key
from indexer.search.query import Filters

FACETS = {
    "person": f.PERSONS,
    "organisation": f.ORGANISATIONS,
    "year": f.YEAR,
    "source": f.PUBLISHER,
}
# The attribute of ``Filters`` that holds each facet's selection.
SELECTIONS = {
    "person": "persons",
    "organisation": "organisations",
    "year": "years",
    "source": "sources",
}
FACET_CAP = 20
# How the values of a facet field are compared: the spellings of one name meet in one key.
FIELD_KEYS = {f.PERSONS: name_key, f.ORGANISATIONS: org_group_key, f.SPEAKER: name_key}
NAME_FIELDS = {f.PERSONS, f.ORGANISATIONS, f.SPEAKER}


@dataclass
class FacetValue:
    """One facet value with its count in the current result set."""

    value: str
    count: int
    selected: bool = False

    def to_json(self) -> dict:
        """Return the JSON record of the value."""
        return {"value": self.value, "count": self.count, "selected": self.selected}


def value_key(name: str, value: str) -> str:
    """The key under which two spellings of one facet value are the same value."""
    return FIELD_KEYS.get(FACETS.get(name, name), str.strip)(value)


@dataclass
class FacetColumn:
    """A facet field read once per index state: its values per document, as a table for
    counting (one row per document and value) and as a dictionary."""

    docs: dict[int, tuple[str, ...]]  # document number → canonical values
    labels: dict[str, str]  # any spelling → the spelling shown

    def __post_init__(self) -> None:
        self.values = sorted({v for values in self.docs.values() for v in values})
        number = {value: n for n, value in enumerate(self.values)}
        pairs = [(d, number[v]) for d, values in self.docs.items() for v in values]
        table = np.array(pairs, np.int64).reshape(-1, 2)
        self._docs, self._values = table[:, 0], table[:, 1]
        self._keyed: dict[str, str] | None = None

    def shown(self, values: Iterable[str]) -> list[str]:
        """The names ``values`` in the spelling shown, each once."""
        return shown(self.labels, values)

    def by_key(self, key: Callable[[str], str]) -> dict[str, str]:
        """Each value under its comparison key (keyed once per index state)."""
        if self._keyed is None:
            self._keyed = {key(value): value for value in self.values}
        return self._keyed

    def count(self, mask: np.ndarray) -> Counter[str]:
        """Count the values over the documents where ``mask`` is true: the rows of those
        documents, counted per value in numpy."""
        rows = self._values[mask[self._docs]]
        counts = np.bincount(rows, minlength=len(self.values))
        return Counter({self.values[n]: int(counts[n]) for n in np.flatnonzero(counts)})


def read_facet(reader, fieldname: str) -> FacetColumn:
    """Read a facet field's values per document from its postings, spellings of a name merged.

    Names are grouped by ``name_key`` (``Kaykın``, ``Kaykin``, ``Kayk?n``; organisations by
    ``org_group_key``, without region and legal form) and shown in the spelling most used.
    """
    raw: dict[int, list[str]] = {}
    uses: Counter[str] = Counter()  # releases per spelling
    for leaf, offset in reader.leaf_readers():
        segment = matches.Segment(leaf)
        for term in leaf.field_terms(fieldname):
            if term:
                found = term_docs(leaf, fieldname, term, segment)
                if not len(found):  # a spelling only deleted releases had (a relinked name)
                    continue
                uses[term] += len(found)
                for docnum in (found + offset).tolist():
                    raw.setdefault(docnum, []).append(term)
    labels: dict[str, str] = {}
    if fieldname in NAME_FIELDS:  # each spelling keyed once, not once per release
        key_of = FIELD_KEYS[fieldname]
        spellings: dict[str, Counter[str]] = {}
        for value, count in uses.items():
            spellings.setdefault(key_of(value), Counter())[value] += count
        best = {key: best_spelling(counts) for key, counts in spellings.items()}
        labels = {value: best[key] for key, c in spellings.items() for value in c}
    docs = {d: tuple(shown(labels, vs)) for d, vs in raw.items()}
    return FacetColumn(docs, labels)


def shown(labels: dict[str, str], values: Iterable[str]) -> list[str]:
    """``values`` in the spellings ``labels`` shows (the spelling most used across the index),
    each once, in their order."""
    return list(dict.fromkeys(labels.get(v, v) for v in values))


def facet(
    engine,
    fieldname: str,
    mask: np.ndarray,
    chosen: list[str],
    *,
    cap: int = FACET_CAP,
    newest_first: bool = False,
) -> list[FacetValue]:
    """Count one facet's values over the matching documents, most frequent (or newest) first.

    A selected value beyond the cap is listed after the others, so a selection is never hidden.
    """
    key = FIELD_KEYS.get(fieldname, str.strip)
    selected = {key(v) for v in chosen}
    column = engine.facet_column(fieldname)
    counts = column.count(mask)
    if newest_first:
        ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
    else:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ordered[:cap]
    if selected and len(ordered) > cap:
        listed = {value for value, _ in shown}
        keyed = column.by_key(key)
        beyond = {keyed[k] for k in selected if k in keyed} & counts.keys()
        shown += [kv for kv in ordered[cap:] if kv[0] in beyond - listed]
    return [FacetValue(value, count, key(value) in selected) for value, count in shown]


def without(filters: Filters, name: str) -> Filters:
    """The filters with one facet's selection left out."""
    return replace(filters, **{SELECTIONS[name]: []})


def count_facets(
    engine,
    mask: np.ndarray,
    filters: Filters,
    wider: Callable[[Filters], np.ndarray],
) -> dict[str, list[FacetValue]]:
    """Count the person, organisation, year and source facets (years newest first).

    ``mask`` holds the matches of the whole request; a facet with a selection is counted over
    ``wider(filters without it)``, the matches of the query and the other facets' selections.
    """
    counted = {}
    for name, fieldname in FACETS.items():
        chosen = list(getattr(filters, SELECTIONS[name]))
        over = wider(without(filters, name)) if chosen else mask
        counted[name] = facet(engine, fieldname, over, chosen, newest_first=name == "year")
    return counted
