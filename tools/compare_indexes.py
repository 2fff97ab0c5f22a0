"""``python tools/compare_indexes.py ROOT_A ROOT_B``: do two index folders hold the same index?

A change to how a build runs (workers, holding, linking, writing) must not change what it
writes. This compares the live generations of two index folders record by record, keyed by
record id (document numbers and segments may differ): every stored field, every column value,
every field's length, the postings of every field (the records, weights and values of each
term), and the spelling tables of the vocabulary file. The time a release first entered the
index differs between two builds and is left out. Exit status 0 when equal, 1 otherwise, with
the first differences printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index

from indexer.engine import schema as f
from indexer.engine import store
from indexer.search import vocabulary

IGNORED = {f.FIRST_INDEXED}  # the time of each build
SHOWN = 10


def _records(reader) -> dict[int, str]:
    """Live document number -> its record id."""
    return {
        docnum: stored[f.ID]
        for docnum, stored in reader.iter_docs()  # live documents only
    }


def _columns(reader, ids: dict[int, str]) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for name, field in reader.schema.items():
        if not field.column_type or not reader.has_column(name):
            continue
        column = reader.column_reader(name)
        found[name] = {ids[d]: column[d] for d in ids}
    return found


def _lengths(reader, ids: dict[int, str]) -> dict[str, dict[str, int]]:
    return {
        name: {ids[d]: reader.doc_field_length(d, name, 0) for d in ids}
        for name, field in reader.schema.items()
        if field.scorable
    }


def _postings(reader, ids: dict[int, str]) -> dict[tuple[str, bytes], list]:
    found = {}
    for fieldname, btext in reader.all_terms():
        matcher = reader.postings(fieldname, btext)
        items = []
        while matcher.is_active():
            docnum = matcher.id()
            if docnum in ids:
                items.append((ids[docnum], matcher.weight(), matcher.value()))
            matcher.next()
        if items:
            found[fieldname, btext] = sorted(items)
    return found


def snapshot(root: Path) -> dict:
    """What a live index holds, keyed by record ids."""
    live = store.live_path(root)
    if live is None:
        raise SystemExit(f"{root}: kein Index")
    ix = whoosh_index.open_dir(str(live))
    try:
        with ix.reader() as reader:
            ids = _records(reader)
            stored = {
                ids[d]: {k: v for k, v in reader.stored_fields(d).items() if k not in IGNORED}
                for d in ids
            }
            tables = vocabulary.read_fields(reader)
            words = {
                name: (list(table.words) if table.words is not None else None)
                for name, table in tables.items()
            }
            return {
                "stored": stored,
                "columns": _columns(reader, ids),
                "lengths": _lengths(reader, ids),
                "postings": _postings(reader, ids),
                "vocabulary": words,
                "vocabulary_file": _vocabulary_file(live, reader.generation()),
            }
    finally:
        ix.close()


def _vocabulary_file(live: Path, commit: int) -> dict[str, list] | None:
    path = vocabulary._path(live, commit)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as data:
        return {name: data[name].tolist() for name in data.files if name != "format"}


def _diff(name: str, a: dict, b: dict, out: list[str]) -> None:
    for key in sorted(set(a) | set(b), key=repr):
        if key not in a or key not in b:
            out.append(f"{name} {key!r}: nur in {'B' if key not in a else 'A'}")
        elif isinstance(a[key], dict) and isinstance(b[key], dict):
            _diff(f"{name} {key!r}", a[key], b[key], out)
        elif a[key] != b[key]:
            out.append(f"{name} {key!r}: {a[key]!r:.300} != {b[key]!r:.300}")


def compare(a: dict, b: dict) -> list[str]:
    """The differences of two snapshots, one line each."""
    out: list[str] = []
    _diff("gespeichert", a["stored"], b["stored"], out)
    for part in ("columns", "lengths"):
        for name in sorted(set(a[part]) | set(b[part])):
            _diff(f"{part}.{name}", a[part].get(name, {}), b[part].get(name, {}), out)
    _diff("postings", a["postings"], b["postings"], out)
    _diff("vocabulary", a["vocabulary"], b["vocabulary"], out)
    if a["vocabulary_file"] != b["vocabulary_file"]:
        _diff("vocabulary_file", a["vocabulary_file"] or {}, b["vocabulary_file"] or {}, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    a, b = snapshot(args.a), snapshot(args.b)
    differences = compare(a, b)
    records = len(a["stored"])
    terms = len(a["postings"])
    if not differences:
        print(f"gleich: {records} Datensätze, {terms} Terme")
        return 0
    print(f"{len(differences)} Unterschiede ({records} / {len(b['stored'])} Datensätze):")
    for line in differences[:SHOWN]:
        print(" ", line)
    return 1


if __name__ == "__main__":
    sys.exit(main())
