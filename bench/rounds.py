"""Rebuild rounds: ours and stock Whoosh built in turns, and the spread of their ratios.

One build of each on a shared machine gives a ratio that the load can move by a tenth or more
(stock alone took 50 to 63 s in four runs). ``make bench`` therefore builds ours, stock, ours,
stock … (``--build-rounds N`` pairs, default 3): the two builds of a pair run one after the
other, under much the same load. The first pair builds the indexes that are then queried and
updated; the others build into scratch folders, removed after each build. Reported: every
pair's wall seconds and CPU seconds (user + system of the build's process tree, workers
included) and their ratios, and the median and range of the ratios. The ratio of issue 6's
goal is the median of the pairs' wall-time ratios.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

Build = Callable[[Path], dict]  # build into this folder, return the task's result


def alternate(ours: Build, stock: Build, roots: tuple[Path, Path], scratch: Path, n: int) -> list:
    """Build ours then stock ``n`` times; the first pair into ``roots`` (kept), the others into
    ``scratch`` (removed after each build). Returns one ``{"ours": …, "stock": …}`` per pair,
    each build's result with the time it started (``started``, seconds from the first)."""
    pairs = []
    first = time.monotonic()
    for number in range(n):
        pair = {}
        for name, build, root in (("ours", ours, roots[0]), ("stock", stock, roots[1])):
            target = root if number == 0 else scratch / f"{name}-{number}"
            started = time.monotonic() - first
            pair[name] = {**build(target), "started": round(started, 1)}
            if number:
                shutil.rmtree(target, ignore_errors=True)
            if "error" in pair[name]:
                return [*pairs, pair]
        pairs.append(pair)
    return pairs


def _ratio(a, b) -> float | None:
    numbers = isinstance(a, int | float) and isinstance(b, int | float)
    return round(a / b, 3) if numbers and b else None


def _seconds(build: dict) -> float | None:
    return build.get("seconds") or build.get("wall_s")


def summarise(pairs: list[dict]) -> dict:
    """Each pair's seconds, CPU seconds and ratios; the median and range of the ratios."""
    rows = []
    for pair in pairs:
        ours, stock = pair.get("ours", {}), pair.get("stock", {})
        if "error" in ours or "error" in stock:
            rows.append({"error": (ours.get("error") or stock.get("error"))[:300]})
            continue
        row = {
            "ours_s": _seconds(ours),
            "stock_s": _seconds(stock),
            "ours_cpu_s": ours.get("cpu_s"),
            "stock_cpu_s": stock.get("cpu_s"),
            "ours_started": ours.get("started"),
            "stock_started": stock.get("started"),
        }
        row["ratio"] = _ratio(row["ours_s"], row["stock_s"])
        row["cpu_ratio"] = _ratio(row["ours_cpu_s"], row["stock_cpu_s"])
        rows.append(row)
    out: dict = {"pairs": rows}
    for key in ("ratio", "cpu_ratio"):
        values = [r[key] for r in rows if r.get(key) is not None]
        if values:
            out[key] = {"median": round(median(values), 3), "min": min(values), "max": max(values)}
    return out


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def markdown(summary: dict | None) -> list[str]:
    """The rounds as a table, every pair shown, and the median ratios with their range."""
    if not summary or not summary.get("pairs"):
        return []
    lines = [
        "",
        "| rebuild round | ours s | stock s | ratio | ours CPU s | stock CPU s | CPU ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, row in enumerate(summary["pairs"], start=1):
        if "error" in row:
            lines.append(f"| {number} | {row['error'][:120]} | | | | | |")
            continue
        lines.append(
            f"| {number} | {_num(row['ours_s'])} | {_num(row['stock_s'])}"
            f" | {_num(row['ratio'], 2)} | {_num(row['ours_cpu_s'])}"
            f" | {_num(row['stock_cpu_s'])} | {_num(row['cpu_ratio'], 2)} |"
        )
    parts = []
    for key, label in (("ratio", "wall time"), ("cpu_ratio", "CPU time")):
        if stats := summary.get(key):
            parts.append(
                f"{label} {stats['median']:.2f} × (pairs {stats['min']:.2f}–{stats['max']:.2f})"
            )
    if parts:
        lines += [
            "",
            f"Rebuild ours / stock Whoosh, median of {len(summary['pairs'])} pairs built in"
            f" turns: {'; '.join(parts)}. CPU = user + system seconds of the build's processes.",
        ]
    return lines
