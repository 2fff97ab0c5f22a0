"""Audit the person and organisation facet values of an index built from Bundestag speeches.

    .venv/bin/python tools/facet_audit.py 1000 [--orgs 100] [--keep DIR]

Indexes ``N`` speeches of ``../shared/corpora/bundestag_wp19_speeches`` (the seeded sample of
``bench.corpora``) into a temporary index and reports, over the release facet values:

- variants: two full names of one surname whose given names are a subset of each other
  (``Alexander Gauland`` beside ``Eberhardt Alexander Gauland``),
- bare surnames beside exactly one full name of that surname (``Gauland`` beside
  ``Alexander Gauland``: the same person as two values),
- bare surnames beside several full names (``Heil`` beside ``Hubertus Heil`` and
  ``Mechthild Heil``: ambiguous, counted apart),
- the share of person values that are a bare surname, and the top organisation values (to judge
  junk by eye).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import build_records, write_corpus  # noqa: E402
from indexer.analysis.folding import fold_name as fold
from indexer.build.indexing import index_corpus
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.stored import from_stored
from indexer.extraction.names import name_tokens


def facet_counts(root: Path) -> tuple[Counter[str], Counter[str]]:
    """Count the person and organisation values of the live releases of the index at ``root``."""
    persons: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    ix = store.whoosh_index.open_dir(str(store.live_path(root)))
    try:
        with ix.searcher() as searcher:
            for doc in searcher.documents(kind=f.RELEASE_KIND):
                release = from_stored(doc)
                persons.update(set(release.persons))
                orgs.update(set(release.organisations))
    finally:
        ix.close()
    return persons, orgs


def duplicates(persons: Counter[str]) -> dict[str, list[tuple[str, ...]]]:
    """Classify person values that are (or may be) one person shown twice."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for value in persons:
        words = name_tokens(value)
        if words:
            by_surname[fold(words[-1])].append(value)
    found: dict[str, list[tuple[str, ...]]] = {"variants": [], "bare_one": [], "bare_many": []}
    for values in by_surname.values():
        full = [v for v in values if len(name_tokens(v)) >= 2]
        bare = [v for v in values if len(name_tokens(v)) == 1]
        for i, a in enumerate(full):
            ga = {fold(w) for w in name_tokens(a)[:-1]}
            for b in full[i + 1 :]:
                gb = {fold(w) for w in name_tokens(b)[:-1]}
                if ga <= gb or gb <= ga:
                    found["variants"].append((a, b))
        for b in bare:
            if len(full) == 1:
                found["bare_one"].append((b, full[0]))
            elif full:
                found["bare_many"].append((b, *sorted(full)))
    return found


def report(persons: Counter[str], orgs: Counter[str], top_orgs: int) -> None:
    found = duplicates(persons)
    bare = [v for v in persons if len(name_tokens(v)) == 1]
    print(f"person values: {len(persons)}; bare surnames: {len(bare)}", end="")
    print(f" ({len(bare) / max(1, len(persons)):.0%})")
    bare_known = len(found["bare_one"]) + len(found["bare_many"])
    print(f"bare surnames with a full name of that surname known: {bare_known}")
    print(f"same person twice: variants {len(found['variants'])}, ", end="")
    print(f"bare beside its one full name {len(found['bare_one'])}")
    print(f"bare beside several full names (ambiguous): {len(found['bare_many'])}")
    for kind, pairs in found.items():
        print(f"\n## {kind}")
        for pair in sorted(pairs, key=lambda p: -persons[p[0]])[:25]:
            print("  " + " | ".join(f"{v} ({persons[v]})" for v in pair))
    print(f"\n## top {top_orgs} organisation values")
    for value, count in orgs.most_common(top_orgs):
        print(f"  {count:5d}  {value}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build the corpus and index under this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        corpus, root = base / "corpus", base / "index"
        if not corpus.is_dir():
            write_corpus(build_records(args.size), corpus, "jsonl")
        index_corpus(corpus, root, rebuild=True)
        report(*facet_counts(root), args.orgs)


if __name__ == "__main__":
    main()
