"""Choose pressesuche's field weights and BM25 parameters on the *tune* half of the relevance
benchmark: ``python -m bench.relevance_tune`` (issue 17).

Each tune query (all three forms) is matched once with the product's own path (parser,
``match``); the matches are then ranked again for every point of a grid of title and exact
weights (the body's stays 1), K1 and B with the product's ``scores`` and ``top``. The objective
is the mean MRR@10 over the six (source, form) cells of the tune half, so that neither the
XQuAD questions nor the press queries nor one form dominates. The report half is never read.

``--combined`` also ranks with a BM25F that adds the weighted, length-normalised frequencies of
a word in title and body before saturating them (Robertson et al.'s BM25F), to measure whether
Whoosh's per-field saturation is the limit.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
from pathlib import Path

import numpy as np

from bench import BENCH, shared_dir
from bench.relevance import FORMS, K, Ours, ndcg_at, query_text, reciprocal_rank
from bench.relevance_data import TUNE, load

# The grid of the third round. The first (title .5-3, exact 1-4, K1 .9-2, B .5-.9) and the
# second (title 1-3, exact .5-4, K1 .5-1.2, B .3-.75) ended at their low edges of K1 and B.
TITLE_WEIGHTS = (2.0, 3.0, 4.0)
EXACT_WEIGHTS = (1.0, 2.0)
K1S = (0.2, 0.3, 0.4, 0.5)
BS = (0.0, 0.1, 0.2, 0.3)


def matched(ours: Ours, text: str):
    """The product's matches of one query (parser, bounds, record kind), unranked."""
    from indexer.engine import schema as f
    from indexer.engine.matches import match
    from indexer.search.query import bound_expansions, parse_query
    from indexer.search.searcher import RELEASES, SCORED_FIELDS, restrict

    engine = ours.engine
    with engine.reading() as searcher:
        parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
        found = match(searcher, restrict(parsed, RELEASES, None), SCORED_FIELDS, engine.postings)
    # the parser multiplied each term's boost by its field's weight: keep the rest of it
    base = {key: boost / f.FIELD_BOOSTS.get(key[0], 1.0) for key, boost in found.boosts.items()}
    return found, base


def combined_scores(searcher, found, base, weights, norms, k1) -> np.ndarray:
    """BM25F over title and body as one field: per word, the weighted sum of its frequencies
    divided by each field's length normalisation, saturated once; the exact field on its own."""
    from indexer.engine import schema as f

    total = np.zeros(len(found.mask))
    pseudo: dict[bytes, np.ndarray] = {}
    for (fieldname, btext), (ids, tf) in found.terms.items():
        weight = weights[fieldname] * base[fieldname, btext]
        part = np.zeros(len(found.mask))
        part[ids] = weight * tf * k1 / norms[fieldname][ids]
        if fieldname == f.EXACT:
            idf = searcher.idf(fieldname, btext)
            total += idf * part * (k1 + 1) / (part + k1)
        else:
            pseudo[btext] = pseudo.get(btext, 0) + part
    for btext, tf in pseudo.items():
        idf = searcher.idf(f.BODY, btext)
        total += idf * tf * (k1 + 1) / (tf + k1)
    total[~found.mask] = 0.0
    return total


def tune(bench, ours: Ours, combined: bool = False) -> dict:
    """Rank every tune query under every grid point; the mean MRR@10 per point and cell."""
    from whoosh import scoring

    from indexer.engine import schema as f
    from indexer.engine.ranking import field_norms, scores, top

    queries = [q for q in bench.queries if q.part == TUNE]
    ids = None
    grid = list(itertools.product(TITLE_WEIGHTS, EXACT_WEIGHTS, K1S, BS))
    sums: dict[tuple, dict[str, list[float]]] = {point: {} for point in grid}
    with ours.engine.reading() as searcher:
        stored = searcher.reader().all_stored_fields()
        ids = [doc.get(f.ID) for doc in stored]
        norms = {}
        for k1, b in itertools.product(K1S, BS):
            searcher.weighting = scoring.BM25F(B=b, K1=k1)
            norms[k1, b] = {name: field_norms(searcher, name) for name in f.TEXT_FIELDS}
        for query, form in itertools.product(queries, FORMS):
            text = query_text(query, form)
            if not text.strip():
                continue
            found, base = matched(ours, text)
            cell = f"{query.source}/{form}"
            for point in grid:
                title, exact, k1, b = point
                weights = {f.TITLE: title, f.BODY: 1.0, f.EXACT: exact}
                searcher.weighting = scoring.BM25F(B=b, K1=k1)
                if combined:
                    ranked = combined_scores(searcher, found, base, weights, norms[k1, b], k1)
                else:
                    found.boosts = {key: boost * weights[key[0]] for key, boost in base.items()}
                    ranked = scores(searcher, found, norms[k1, b].__getitem__)
                top_ids = [ids[d] for _, d in top(found, ranked, K)]
                row = sums[point].setdefault(cell, [0.0, 0.0, 0])
                row[0] += reciprocal_rank(top_ids, query.relevant)
                row[1] += ndcg_at(top_ids, query.relevant)
                row[2] += 1
        searcher.weighting = f.weighting()
    out = {}
    for point, cells in sums.items():
        mrr = {cell: s[0] / s[2] for cell, s in cells.items()}
        out[point] = {"objective": sum(mrr.values()) / len(mrr), "mrr": mrr}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distractors", type=int, default=20_000)
    parser.add_argument("--combined", action="store_true")
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "relevance-tune.json")
    args = parser.parse_args(argv)
    bench = load(shared_dir(), args.distractors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    dump: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        ours = Ours(bench, Path(tmp))
        for kind in ("per_field", "combined") if args.combined else ("per_field",):
            res = tune(bench, ours, combined=kind == "combined")
            dump[kind] = [
                {"title": p[0], "exact": p[1], "k1": p[2], "b": p[3], **v}
                for p, v in sorted(res.items(), key=lambda kv: -kv[1]["objective"])
            ]
            args.out.write_text(json.dumps(dump, indent=1) + "\n", encoding="utf-8")
            show(kind, dump[kind])


def show(kind: str, rows: list[dict]) -> None:
    """Print the best grid points and the weights used before issue 17."""
    print(kind, flush=True)
    old = [r for r in rows if (r["title"], r["exact"], r["k1"], r["b"]) == (3.0, 4.0, 1.2, 0.75)]
    for row in rows[:8] + old:
        cells = " ".join(f"{c}={v:.3f}" for c, v in sorted(row["mrr"].items()))
        print(
            f"  title {row['title']} exact {row['exact']} k1 {row['k1']} b {row['b']}:"
            f" {row['objective']:.4f}  {cells}",
            flush=True,
        )


if __name__ == "__main__":
    main()
