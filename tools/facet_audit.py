"""Audit the person and organisation facet values of an index built from Bundestag speeches.

    .venv/bin/python tools/facet_audit.py 1000 [--orgs 100] [--keep DIR]
    .venv/bin/python tools/facet_audit.py --dev


Indexes ``N`` speeches of ``../shared/corpora/bundestag_wp19_speeches`` (the seeded sample of
``bench.corpora``) into a temporary index and reports, over the release facet values:

- variants: two full names of one surname whose given names are a subset of each other
  (``Alexander Gauland`` beside ``Eberhardt Alexander Gauland``),
- bare surnames beside exactly one full name of that surname (``Gauland`` beside
  ``Alexander Gauland``: the same person as two values),
- bare surnames beside several full names (``Heil`` beside ``Hubertus Heil`` and
  ``Mechthild Heil``: ambiguous, counted apart),
- the share of person values that are a bare surname, and the top organisation values (to judge
  junk by eye; values of a shape that is never a name are marked ``?`` and counted).

Its first line is the count to watch: person values that show a person a second time (variants
and bare surnames beside a full name of that surname, the ambiguous ones included). Then what the
linking did with bare surnames that several known persons share (``person_links`` column):
linked by their context, or left out of the persons; and at the end a silver check of those
links: full names of such surnames decided as if only the surname were given.

``--dev`` scores the persons of ``pressemitteilungen_dev`` (all 150 releases) as a release
alone gives them (what ``pressesuche eval`` scores) and as linked across the whole set (what
the index shows), with the README's matching rules.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import build_records, write_corpus  # noqa: E402
from indexer.analysis.folding import fold_name as fold
from indexer.build import relink
from indexer.build.indexing import index_corpus
from indexer.build.relink import indexed_links, link_all
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.stored import PersonLinks, from_stored
from indexer.extraction.names import PersonRegistry, name_parts, name_tokens

# shapes no organisation name has: a pronoun first (``Ihrer Partei``), a filler phrase inside
_NOT_ORG_FIRST = {
    "ihrer", "ihre", "ihren", "ihrem", "unserer", "unsere", "unseren", "unserem", "meiner",
    "meine", "seiner", "seine", "dieser", "diese", "diesem", "jeder", "jede", "alle",
}  # fmt: skip
_FILLERS = re.compile(r"\b(?:zum Beispiel|zum Teil|und so weiter|im Moment)\b", re.IGNORECASE)


def odd_org(value: str) -> bool:
    """A value of a shape no organisation name has: a lowercase start (``bundestag``), a
    pronoun first (``Ihrer Partei``), a filler phrase inside (``Schule zum Beispiel``)."""
    words = value.split()
    return (
        not value[:1].isupper() or fold(words[0]) in _NOT_ORG_FIRST or bool(_FILLERS.search(value))
    )


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


def column(root: Path) -> dict[str, PersonLinks]:
    """The ``person_links`` column of the live releases of the index at ``root``."""
    ix = store.whoosh_index.open_dir(str(store.live_path(root)))
    try:
        with ix.searcher() as searcher:
            return {rid: links for rid, (_, links) in indexed_links(searcher.reader()).items()}
    finally:
        ix.close()


def silver(releases: dict[str, PersonLinks]) -> Counter[str]:
    """A check of the context links where the truth is known: each full name whose surname
    several known persons share is taken as its bare surname (what its release says around the
    surname kept), the release itself left out of what is known, and decided as a bare surname
    is; counted right, wrong or left out (or known only from that release: not decided)."""
    naming = relink._naming(releases)
    registry, _ = relink.person_links(naming)
    counts: Counter[str] = Counter()
    for release_id, release in sorted(releases.items()):
        for value in dict.fromkeys(release.persons):
            surname, given = name_parts(value)
            persons = registry.persons_of(surname) if given else {}
            truth = registry.resolve(value)
            if len(persons) < 2 or truth not in persons:
                continue
            others = {v: [r for r in ids if r != release_id] for v, ids in naming.items()}
            if not any(others.get(spelling) for spelling in persons[truth]):
                counts["known only there"] += 1
                continue
            bare = name_tokens(value)[-1]
            hidden = replace(release, cues={**release.cues, bare: release.cues.get(value, ())})
            known = relink._known(persons, surname, releases, others)
            got = relink._choose(bare, surname, hidden, known)
            counts["right" if got == truth else "wrong" if got else "left out"] += 1
    return counts


def link_counts(releases: dict[str, PersonLinks]) -> Counter[str]:
    registry = PersonRegistry()
    for release in releases.values():
        registry.add(release.persons)
    counts: Counter[str] = Counter()
    for release in releases.values():
        for value in dict.fromkeys(release.persons):
            if len(name_tokens(value)) != 1 or len(registry.persons_of(value)) < 2:
                continue
            linked = release.links.get(value, value)
            counts[
                "linked" if linked and linked != value else "left out" if not linked else "kept"
            ] += 1
    return counts


def report(persons: Counter[str], orgs: Counter[str], top_orgs: int, linked=None) -> None:
    found = duplicates(persons)
    twice = sum(len(pairs) for pairs in found.values())
    print(f"person values that show a person a second time: {twice}")
    if linked is not None:
        print(
            f"bare surnames of several known persons (release, value): {sum(linked.values())};"
            f" linked by context {linked['linked']}, left out of the persons"
            f" {linked['left out']}, kept as a value {linked['kept']}"
        )
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
    top = sorted(orgs.items(), key=lambda item: (-item[1], item[0]))[:top_orgs]
    odd = sum(odd_org(value) for value, _ in top)
    print(f"\n## top {top_orgs} organisation values (? a shape no name has: {odd})")
    for value, count in top:
        print(f"  {count:5d} {'?' if odd_org(value) else ' '} {value}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=3000)
    parser.add_argument("--dev", action="store_true", help="persons of pressemitteilungen_dev")
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build the corpus and index under this folder")
    args = parser.parse_args(argv)
    if args.dev:
        dev_persons()
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        corpus, root = base / "corpus", base / "index"
        if not corpus.is_dir():
            write_corpus(build_records(args.size), corpus, "jsonl")
        index_corpus(corpus, root, rebuild=True)
        kept = column(root)
        report(*facet_counts(root), args.orgs, link_counts(kept))
        checked = silver(kept)
        print(
            f"\nsilver check (full names taken as bare surnames): right {checked['right']},"
            f" wrong {checked['wrong']}, left out {checked['left out']}"
            f" (person known from that release only: {checked['known only there']})"
        )


def dev_persons() -> None:
    """Persons of the dev set: each release alone (``pressesuche eval``) and linked across it."""
    from evaluation.extraction import Score
    from evaluation.releases import load, match_one_to_one, persons_match
    from indexer.build.release import prepare
    from indexer.text.corpus import SourceRecord

    rows = load()
    if not rows:
        sys.exit("pressemitteilungen_dev fehlt (PRESSESUCHE_SHARED)")
    prepared = {}
    for row in rows:
        meta = {"title": row["title"]} if row.get("title") else {}
        record = SourceRecord(row["id"], f"{row['id']}.txt", "dev", "txt", row["text"], meta)
        prepared[row["id"]] = prepare(record)
    links = link_all({rid: PersonLinks.of(r, "") for rid, r in prepared.items()})
    for label, linked in (("alone", False), ("linked", True)):
        total = Score()
        for row in rows:
            mine = links.get(row["id"], {}) if linked else {}
            names = [mine.get(p, p) for p in prepared[row["id"]].persons]
            gold = row["gold"]
            score = match_one_to_one(
                ([p] for p in dict.fromkeys(n for n in names if n)),
                [[p] for p in gold["persons"]],
                gold.get("persons_optional", []),
                persons_match,
            )
            total.tp, total.fp, total.fn = (
                total.tp + score.tp,
                total.fp + score.fp,
                total.fn + score.fn,
            )
        counts = f"tp {total.tp}, fp {total.fp}, fn {total.fn}"
        print(f"persons {label}: P {total.precision:.3f} R {total.recall:.3f} ({counts})")
    changed = {rid: m for rid, m in links.items() if m}
    print(f"releases whose persons linking changes: {len(changed)}")
    for rid, mine in sorted(changed.items()):
        print(f"  {rid}: " + ", ".join(f"{a} -> {b or '(left out)'}" for a, b in mine.items()))


if __name__ == "__main__":
    main()
