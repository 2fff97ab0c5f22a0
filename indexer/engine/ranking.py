"""Ranking the matches: Whoosh's BM25F over the weights ``matches.match`` read, in numpy.

``field_norms`` reads each document's length normalisation of one field a whole segment at a
time; ``scores`` sums, per document, every query term's BM25F part; ``top`` and ``newest`` pick
the page without sorting all matches.
"""

from __future__ import annotations

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import NumericColumn
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length, length_to_byte

from indexer.engine.matches import MatchSet


def _bm25(searcher: Searcher, fieldname: str) -> tuple[float, float]:
    """K1 and the field's B of the searcher's ranking, Whoosh's BM25F."""
    weighting = searcher.weighting
    return weighting.K1, weighting._field_B.get(fieldname, weighting.B)


def field_norms(searcher: Searcher, fieldname: str) -> np.ndarray:
    """Each document's BM25 length normalisation in one field, ``K1 * (1 - B + B * dl / avg)``.

    The lengths are read as Whoosh stores them, a byte per document, a whole segment at once.
    """
    k1, b_field = _bm25(searcher, fieldname)
    avg = searcher.avg_field_length(fieldname) or 1.0
    table = np.array([k1 * ((1 - b_field) + b_field * byte_to_length(b) / avg) for b in range(256)])
    raws: list[bytes] = []
    for leaf, _offset in searcher.reader().leaf_readers():
        count = leaf.doc_count_all()
        column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            raw = bytes(count)
        elif isinstance(column, NumericColumn.Reader) and column._typecode == "B":
            raw = column._dbfile.get(column._basepos, column._count).ljust(count, b"\0")
        else:
            raw = bytes(length_to_byte(leaf.doc_field_length(d, fieldname)) for d in range(count))
        raws.append(raw)
    return table[np.frombuffer(b"".join(raws), np.uint8)]


def scores(searcher: Searcher, found: MatchSet, norms) -> np.ndarray:
    """BM25F scores of every document (0 where no scored term matched), as Whoosh computes them
    for terms: the sum over the query's terms of ``idf * boost * tf * (K1 + 1) / (tf + norm)``.
    ``norms(fieldname)`` gives ``field_norms`` (cached by the caller)."""
    total = np.zeros(len(found.mask))
    for (fieldname, btext), (ids, tf) in found.terms.items():
        norm = norms(fieldname)
        k1 = _bm25(searcher, fieldname)[0]
        factor = searcher.idf(fieldname, btext) * found.boosts[fieldname, btext] * (k1 + 1)
        total[ids] += factor * tf / (tf + norm[ids])
    total[~found.mask] = 0.0
    return total


def top(found: MatchSet, scored: np.ndarray, wanted: int) -> list[tuple[float, int]]:
    """The ``wanted`` best (score, document) pairs of the matches, ties to the lower number;
    matches without a score fill the list last."""
    docs = np.flatnonzero(found.mask)
    values = scored[docs]
    if len(docs) > wanted > 0:
        cut = np.partition(values, len(values) - wanted)[len(values) - wanted]
        keep = values >= cut
        docs, values = docs[keep], values[keep]
    order = np.lexsort((docs, -values))[:wanted]
    return [(float(values[i]), int(docs[i])) for i in order]


def newest(found: MatchSet, rank: np.ndarray, wanted: int) -> list[int]:
    """The ``wanted`` matches latest in the date ranking ``rank``, latest first."""
    docs = np.flatnonzero(found.mask)
    ranks = rank[docs]
    if len(docs) > wanted > 0:
        part = np.argpartition(ranks, len(ranks) - wanted)[len(ranks) - wanted :]
        docs, ranks = docs[part], ranks[part]
    return docs[np.argsort(-ranks, kind="stable")][:wanted].tolist()
