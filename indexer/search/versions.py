"""Versions: releases whose texts are near-identical (the same release re-sent with small
edits) are grouped, once per index state, and a search shows each group as one hit.

The rule (``text.similarity``): two releases are versions of each other when the Jaccard
similarity of their sets of 3-word shingles (title and repaired body) is at least
``similarity.THRESHOLD``, measured exactly on the stored texts; both need at least
``similarity.MIN_SHINGLES`` shingles. A group is a connected set of such pairs, so it depends
on the texts only, not on the order in which the releases were indexed. The MinHash signatures
stored at index time only pick the pairs worth measuring (locality-sensitive hashing: pairs
that agree on all ``ROWS`` values of one of the signature's bands).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from indexer.engine import matches
from indexer.engine import schema as f
from indexer.text import similarity

ROWS = 3  # values per band: pairs at similarity .6 meet in one of 21 bands with p > .99
BANDS = similarity.HASHES // ROWS
# A band value shared by more releases than this (a template, a standard text) pairs each of
# them with its next neighbours in signature order only, not with all the others.
BUCKET_PAIRS = 64
NEIGHBOURS = 8
# Pairs whose signatures agree on less than this share are not measured: far below the rule.
CANDIDATE_SHARE = 0.4
TEXTS_KEPT = 256  # shingle sets kept while measuring pairs (the memory of a server process)


@dataclass
class Versions:
    """The version groups of one index state."""

    group: np.ndarray  # per document number: its group, -1 when it has no other version
    place: np.ndarray  # per document number: 0 for the newest version of a group, 1 next …
    members: dict[int, list[int]] = field(default_factory=dict)  # group → docnums, newest first
    ids: dict[int, str] = field(default_factory=dict)  # docnum → release id (grouped ones)

    def collapse(self, mask: np.ndarray) -> np.ndarray:
        """Keep, of each group, only the newest version among the matches in ``mask``."""
        grouped = np.flatnonzero(mask & (self.group >= 0))
        if len(grouped) < 2:
            return mask
        order = np.lexsort((self.place[grouped], self.group[grouped]))
        docs = grouped[order]
        groups = self.group[docs]
        later = np.zeros(len(docs), bool)
        later[1:] = groups[1:] == groups[:-1]
        if not later.any():
            return mask
        kept = mask.copy()
        kept[docs[later]] = False
        return kept

    def others(self, docnum: int) -> list[str]:
        """The ids of a release's other versions, newest first."""
        group = int(self.group[docnum]) if docnum < len(self.group) else -1
        if group < 0:
            return []
        return [self.ids[d] for d in self.members[group] if d != docnum]


def read_versions(searcher) -> Versions:
    """Group the releases of an index state into versions (see the module's rule)."""
    reader = searcher.reader()
    signatures = matches.column_values(reader, f.VERSION_SIGNATURE)
    # deleted documents (replaced by an update, until a merge drops them) keep their values
    live = np.zeros(len(signatures), bool)
    live[np.fromiter(reader.all_doc_ids(), np.int64)] = True
    return group_versions(signatures, live, searcher.stored_fields)


def group_versions(
    signatures: list[bytes], live: np.ndarray, stored: Callable[[int], dict]
) -> Versions:
    """Group the documents of ``signatures`` (by number; ``live`` marks those to group) into
    versions; ``stored(number)`` gives a document's stored fields (id, title, body, dates)."""
    count = len(signatures)
    group = np.full(count, -1, np.int64)
    place = np.zeros(count, np.int64)
    docs = [d for d, s in enumerate(signatures) if live[d] and len(s) == similarity.SIGNATURE_BYTES]
    if len(docs) < 2:
        return Versions(group, place)
    table = np.frombuffer(b"".join(signatures[d] for d in docs), "<u4").reshape(len(docs), -1)
    pairs = _candidates(table)
    if not pairs:
        return Versions(group, place)
    rows = np.array(sorted(pairs), np.int64)
    share = (table[rows[:, 0]] == table[rows[:, 1]]).mean(axis=1)
    rows = rows[share >= CANDIDATE_SHARE]
    numbers = np.array(docs, np.int64)
    # Shingles of the few releases measured last (the pairs come sorted, so a release's pairs
    # mostly follow each other): at 100k recombined releases, keeping every candidate's text
    # held 350 MB in each server process. Of the others only what orders a group is kept.
    shingled: OrderedDict[int, set[str]] = OrderedDict()
    known: dict[int, tuple[tuple[str, str, str], str]] = {}

    def text(docnum: int) -> set[str]:
        if docnum in shingled:
            shingled.move_to_end(docnum)
            return shingled[docnum]
        fields = stored(docnum)
        known[docnum] = (_newness(fields), fields[f.ID])
        found = similarity.shingles(f"{fields.get(f.TITLE, '')}\n{fields.get(f.BODY, '')}")
        shingled[docnum] = found
        if len(shingled) > TEXTS_KEPT:
            shingled.popitem(last=False)
        return found

    parent: dict[int, int] = {}

    def root(d: int) -> int:
        parent.setdefault(d, d)
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in numbers[rows].tolist():
        if similarity.jaccard(text(a), text(b)) >= similarity.THRESHOLD:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    components: dict[int, list[int]] = {}
    for d in parent:
        components.setdefault(root(d), []).append(d)
    members, ids = {}, {}
    for number, docnums in enumerate(components.values()):
        newest = sorted(docnums, key=lambda d: known[d][0], reverse=True)
        members[number] = newest
        for at, d in enumerate(newest):
            group[d], place[d], ids[d] = number, at, known[d][1]
    return Versions(group, place, members, ids)


def _newness(stored: dict) -> tuple[str, str, str]:
    """Order of the versions of a release: by date, then time first indexed, then id."""
    return (stored.get(f.DATESORT) or "", stored.get(f.FIRST_INDEXED) or "", stored[f.ID])


def _candidates(table: np.ndarray) -> set[tuple[int, int]]:
    """Pairs of rows that agree on every value of at least one band of the signature."""
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        # the band's values mixed into one number (a rare collision only adds a pair to measure)
        keys = np.zeros(len(table), np.uint64)
        for column in table[:, band * ROWS : (band + 1) * ROWS].T.astype(np.uint64):
            keys = keys * np.uint64(0x9E3779B97F4A7C15) + column
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(ordered)]
        shared = ends - starts > 1  # most band values belong to one release only
        for start, end in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
            rows = order[start:end].tolist()
            if len(rows) <= BUCKET_PAIRS:
                pairs.update((min(a, b), max(a, b)) for a, b in combinations(rows, 2))
                continue
            rows.sort(key=lambda r: table[r].tobytes())  # equal signatures side by side
            for i, a in enumerate(rows):
                for b in rows[i + 1 : i + 1 + NEIGHBOURS]:
                    pairs.add((min(a, b), max(a, b)))
    return pairs
