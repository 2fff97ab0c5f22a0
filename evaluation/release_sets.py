"""Score another set of annotated releases in the format of ``pressemitteilungen_dev``.

A set kept outside the project (third-party text never enters the repository) is scored with the
matching rules of ``evaluation.releases``; a release's own ``split`` field (``tune``, ``check``,
``report`` …, fixed before any output was read) groups it, else the SHA-1 split of its id.
Errors are printed for ``tune`` releases only: the other parts stay blind.

    python -m evaluation.release_sets PATH [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from evaluation.releases import Result, format_results, score_release, sender_group, split_of


def load_set(path: Path) -> list[dict]:
    """Read the releases of a JSONL file (one per line); empty when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def part_of(row: dict) -> str:
    """Return the part a release belongs to: its ``split`` field, else the id's SHA-1 split."""
    return row.get("split") or split_of(row["id"])


def evaluate_set(rows: list[dict], errors: list[str] | None = None) -> dict[str, Result]:
    """Score releases: a result per part, per sender group within each part, and in all; the
    errors of ``tune`` releases go to ``errors``."""
    results: dict[str, Result] = {}
    for row in rows:
        part = part_of(row)
        mine = [] if part == "tune" else None  # other parts' errors are never shown
        result = score_release(row, mine)
        if errors is not None and mine:
            errors.extend(mine)
        group = sender_group(row.get("sender_type", ""))
        for key in ("all", part, f"{part} · {group}"):
            results.setdefault(key, Result()).add(result)
    return results


def main(argv: list[str]) -> int:
    """Print the table of the set at ``argv[0]`` (and its tune errors with ``--errors``)."""
    paths = [a for a in argv if not a.startswith("--")]
    if len(paths) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    rows = load_set(Path(paths[0]))
    if not rows:
        print(f"{paths[0]}: no releases, skipped")
        return 0
    found: list[str] | None = [] if "--errors" in argv else None
    print(format_results(evaluate_set(rows, found)))
    for line in Counter(found or []).elements():
        print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
