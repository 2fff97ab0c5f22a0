"""Watch the tagger's training: CRFsuite's log, with a held-out fold scored after every iteration.

``train_ner.py --hold-out K/N --log FILE`` hands the fold it leaves out to CRFsuite as a holdout
group: CRFsuite never trains on it (its features come from the training group only) but tags it
after each L-BFGS iteration and writes per label the tokens it got right, tagged and should have
tagged. ``read_log`` reads such a log back; ``python tools/ner_watch.py FILE`` prints the curve
(loss, active features, token F1 of ``B-PER``, ``I-PER``, ``B-ORG``, ``I-ORG`` on the fold), which
tells whether more iterations still help on sentences the model never saw — one training instead
of one per iteration count. Token-level labels, by Viterbi: the spans ``evaluation.ner`` scores go
through the tagger's marginals and thresholds, so a flat curve still needs that check.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

LABELS = ("B-PER", "I-PER", "B-ORG", "I-ORG")
_ITERATION = re.compile(r"\*+ Iteration #(\d+) \*+")
_LOSS = re.compile(r"Loss: ([-\d.e+]+)")
_ACTIVE = re.compile(r"Active features: (\d+)")
_LABEL = re.compile(r"\s+(\S+): \((\d+), (\d+), (\d+)\)")


def trainer(log: Path):
    """Return a ``pycrfsuite.Trainer`` that writes CRFsuite's messages to ``log``."""
    import pycrfsuite

    class WatchedTrainer(pycrfsuite.Trainer):
        def message(self, message: str) -> None:
            with log.open("a", encoding="utf-8") as fh:
                fh.write(message)

    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    return WatchedTrainer(verbose=True)


def read_log(path: Path) -> list[dict]:
    """Return one row per iteration: ``iteration``, ``loss``, ``active`` and, when a holdout
    group was scored, ``(right, tagged, gold)`` token counts per label."""
    rows: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _ITERATION.match(line):
            rows.append({"iteration": int(match.group(1))})
        elif not rows:
            continue
        elif match := _LOSS.match(line):
            rows[-1]["loss"] = float(match.group(1))
        elif match := _ACTIVE.match(line):
            rows[-1]["active"] = int(match.group(1))
        elif match := _LABEL.match(line):
            rows[-1][match.group(1)] = tuple(int(match.group(i)) for i in (2, 3, 4))
    return rows


def f1(counts: tuple[int, int, int]) -> float:
    """Return the F1 of ``(right, tagged, gold)`` token counts."""
    right, tagged, gold = counts
    return 2 * right / (tagged + gold) if tagged + gold else 1.0


def curve(rows: list[dict], every: int = 10) -> list[str]:
    """Format every ``every``-th iteration (and the last) as a line of the curve."""
    lines = []
    for row in rows:
        if row["iteration"] % every and row is not rows[-1]:
            continue
        scores = " ".join(f"{x} {f1(row[x]):.3f}" for x in LABELS if x in row)
        lines.append(f"{row['iteration']:4d}  loss {row.get('loss', 0):12.1f}  {scores}".rstrip())
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path, help="written by train_ner.py --log")
    parser.add_argument("--every", type=int, default=10, help="print every N-th iteration")
    args = parser.parse_args(argv)
    print("\n".join(curve(read_log(args.log), args.every)))


if __name__ == "__main__":
    main()
