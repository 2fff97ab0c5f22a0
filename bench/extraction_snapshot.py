"""``python -m bench.extraction_snapshot``: every release's extraction, to compare two codes.

A speed-up of the extraction must not change what it finds. This prepares the releases of
corpora (default: the 3,000-release bench corpus and the 150 annotated releases of
``pressemitteilungen_dev``) in one process and writes, per release, its title, body, date,
persons, organisations, aliases, surname roles, quotes, link cues and MinHash signature as one
JSON line (``--out FILE``). ``--compare OLD NEW`` lists the releases whose lines differ (field
by field) and exits 1 if any do.

    python -m bench.extraction_snapshot --out /tmp/before.jsonl      # on the old code
    python -m bench.extraction_snapshot --out /tmp/after.jsonl       # on the new code
    python -m bench.extraction_snapshot --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench import corpora
from indexer.build.release import prepare
from indexer.text.corpus import read_source, scan

FIELDS = (
    "title",
    "body",
    "boilerplate",
    "date",
    "persons",
    "organisations",
    "aliases",
    "surname_roles",
    "quotes",
    "link_cues",
    "version_signature",
)


def releases_dir(shared: Path) -> Path:
    """A temporary folder holding a copy of the annotated releases, read as a JSONL corpus."""
    source = shared / "corpora" / "pressemitteilungen_dev" / "releases.jsonl"
    folder = Path(tempfile.mkdtemp(prefix="snapshot-releases-"))
    shutil.copyfile(source, folder / "releases.jsonl")
    return folder


def snapshot(corpus: Path, label: str) -> Iterator[dict]:
    """Prepare every record of a corpus and yield its extraction as plain data."""
    files, _ = scan(corpus)
    for src in sorted(files, key=lambda s: s.relpath):
        records, _ = read_source(src, 1 << 26)
        for record in records:
            release = prepare(record)
            row = {"where": f"{label}/{record.path}", "id": record.id}
            for name in FIELDS:
                value = getattr(release, name)
                row[name] = value.hex() if isinstance(value, bytes) else value
            yield row


def compare(old: Path, new: Path) -> int:
    """Print the releases whose extraction differs; the number of them."""
    before = [json.loads(line) for line in old.open(encoding="utf-8")]
    after = [json.loads(line) for line in new.open(encoding="utf-8")]
    if len(before) != len(after):
        print(f"{len(before)} releases before, {len(after)} after")
    differ = 0
    for a, b in zip(before, after, strict=False):
        fields = [k for k in a if a.get(k) != b.get(k)]
        if fields:
            differ += 1
            print(f"{a['where']}: {', '.join(fields)}")
            for name in fields[:3]:
                print(f"  - {json.dumps(a.get(name), ensure_ascii=False)[:300]}")
                print(f"  + {json.dumps(b.get(name), ensure_ascii=False)[:300]}")
    print(f"{differ} of {len(before)} releases differ")
    return differ + abs(len(before) - len(after))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extraction_snapshot", description=__doc__
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--docs", type=int, default=3000, help="bench corpus size (0: none)")
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="more corpora")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if not args.out:
        parser.error("--out FILE or --compare OLD NEW")
    shared = Path(os.environ.get("PRESSESUCHE_SHARED", Path(__file__).parents[2] / "shared"))
    folders = [(releases_dir(shared), "releases")] + [(c, c.name) for c in args.corpus]
    if args.docs:
        folders.append((corpora.corpus_dir(args.docs, "jsonl"), f"bench-{args.docs}"))
    with args.out.open("w", encoding="utf-8") as fh:
        for folder, label in folders:
            for row in snapshot(folder, label):
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
