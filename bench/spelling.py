"""Did-you-mean and fuzzy terms on built indexes, this code beside an older revision, one run.

``python -m bench.spelling INDEX [INDEX …] [--old REV]`` (INDEX: an index folder built by
``pressesuche index``, e.g. the 10k and 100k bench corpora) writes ``bench/spelling.md`` and
``bench/out/spelling-<time>.json``:

- the vocabulary file of the live commit (``search.vocabulary``): seconds to write it from the
  index (what the hook after ``pressesuche index`` adds), its size, words per field;
- the typos of ``bench/typos.txt`` (kinds: swap, drop, double, neighbour, first letter, umlaut
  as two letters, common misspellings, several words): the share whose suggestion is the word
  meant (``spelling.suggest``, capitalisation as typed), and the latency of the whole search
  (``search()``, as the API calls it) for each typo, p50/p95 over the warm rounds;
- the robustness queries (``bench/queries_typing.txt``, the hostile queries of ``bench.typing``
  and those of issue 7): the slowest time of each.

Each code version runs in its own child process over the same index: the old revision from a
``git archive`` snapshot (its ``indexer/``, this file beside it), this one from the work tree.
The old code ignores the vocabulary folder and builds its tables lazily, as it always did.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TYPOS = HERE / "typos.txt"
OUT = HERE / "out"
ISSUE_7 = ["*", "*a*", "?*", "[a TO z]", "(" * 5000 + "a" + ")" * 5000]


def read_typos(path: Path = TYPOS) -> list[tuple[str, str, str]]:
    """(kind, typed, meant) rows of the typo file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, typed, meant = line.split("\t")
            rows.append((kind, typed, meant))
    return rows


def robustness_queries() -> list[str]:
    from bench.typing import HOSTILE

    typing = [
        line.split("\t")[1]
        for line in (HERE / "queries_typing.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return list(dict.fromkeys([*typing, *HOSTILE, *ISSUE_7]))


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * (len(ordered) - 1) + 0.5))]


# -- in the child process -------------------------------------------------------------------------


def measure(index: Path, rounds: int) -> dict:
    """Everything one code version answers on one index (run in a child process)."""
    from indexer.engine import schema as f
    from indexer.search import spelling, vocabulary
    from indexer.search.searcher import Engine, search

    lazy = getattr(vocabulary, "LAZY_BUILDS", None)
    engine = Engine(index)
    start = time.perf_counter()
    engine.warm()
    warm = time.perf_counter() - start
    rows = []
    with engine.snapshot():
        reader = engine.searcher().reader()
        documents = reader.doc_count()
        for kind, typed, meant in read_typos():
            known = any(reader.doc_frequency(f.EXACT, w.lower()) for w in typed.split())
            times, cpu, result = [], [], None
            for _ in range(rounds):
                start, thread = time.perf_counter(), time.thread_time()
                result = search(engine, typed)
                times.append(time.perf_counter() - start)
                cpu.append(time.thread_time() - thread)
            suggested = spelling.suggest(reader, typed)
            rows.append(
                {
                    "kind": kind,
                    "typed": typed,
                    "meant": meant,
                    "known": known,  # the typo is an index word: nothing to correct
                    "suggested": suggested,
                    "shown": result.suggestion,
                    "total": result.total,
                    "first": times[0],
                    "warm": times[1:] or times,
                    "cpu": cpu[1:] or cpu,
                }
            )
    hostile = []
    for text in robustness_queries():
        times = []
        for _ in range(2):
            start = time.perf_counter()
            result = search(engine, text)
            times.append(time.perf_counter() - start)
        hostile.append({"query": text[:60], "seconds": max(times), "total": result.total})
    engine.close()
    return {
        "warm_seconds": warm,
        "documents": documents,
        "lazy_builds": lazy[0] if lazy else None,
        "typos": rows,
        "robustness": hostile,
    }


def write_file(index: Path) -> dict:
    """Write the vocabulary file of the live commit (afresh) and time it (this code only)."""
    import shutil

    import numpy as np

    from indexer.engine import store
    from indexer.search import vocabulary

    live = store.live_path(index)
    shutil.rmtree(live / vocabulary.FOLDER, ignore_errors=True)
    start = time.perf_counter()
    path = vocabulary.write_live(index)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    ix = store.whoosh_index.open_dir(str(live))
    with ix.reader() as reader:
        tables = vocabulary.load(live, reader.generation())
    ix.close()
    load = time.perf_counter() - start
    with np.load(path) as data:
        raw = sum(data[name].nbytes for name in data.files)
    return {
        "seconds": seconds,
        "load_seconds": load,
        "bytes": path.stat().st_size,
        "raw_bytes": raw,
        "words": {name: t.size for name, t in tables.items()},
    }


# -- at a size whose index is not built: the lookup alone over the corpus's words ------------------


def corpus_words(corpus: Path, target: Path) -> Path:
    """Every lowercase word (letters only) of a bench corpus with the number of releases it is
    in, as a JSON file: the vocabulary of the exact field, slightly larger (text as stored, with
    the mojibake and line-break hyphens the index build repairs)."""
    import re
    from collections import Counter

    from bench.corpora import corpus_records

    counts: Counter[str] = Counter()
    word = re.compile(r"[^\W\d_]+")
    documents = 0
    for record in corpus_records(corpus):
        documents += 1
        text = f"{record.get('title') or ''}\n{record.get('text') or ''}".lower()
        counts.update(set(word.findall(text)))
    target.write_text(json.dumps({"documents": documents, "words": counts}), encoding="utf-8")
    return target


class WordsReader:
    """Just enough of an index reader for ``spelling.suggest`` over a word list: the exact
    field's lexicon and release counts (both code versions ask for no more)."""

    def __init__(self, counts: dict[str, int]) -> None:
        from indexer.engine import schema as f

        self.counts = counts
        self.schema = {f.EXACT: None}

    def doc_frequency(self, fieldname: str, word: str) -> int:
        return self.counts.get(word, 0)

    def lexicon(self, fieldname: str):
        return (w.encode("utf-8") for w in sorted(self.counts))

    def segment(self):
        return None

    def leaf_readers(self):
        return [(self, 0)]


def lookups(words: Path, rounds: int) -> dict:
    """``spelling.suggest`` for each typo over the words of a corpus (child process)."""
    from indexer.engine import schema as f
    from indexer.search import spelling, vocabulary

    data = json.loads(words.read_text(encoding="utf-8"))
    reader = WordsReader(data["words"])
    start = time.perf_counter()
    if hasattr(vocabulary, "attach"):  # this code: the tables as the file would hold them
        tables = vocabulary.read_fields(reader, [f.EXACT])
        vocabulary.attach(reader, lambda: tables)
    else:  # the old code builds its table at the first lookup
        vocabulary.warm(reader, [f.EXACT])
    tables_seconds = time.perf_counter() - start
    rows = []
    for kind, typed, meant in read_typos():
        times, cpu, suggested = [], [], None
        for _ in range(rounds):
            start, thread = time.perf_counter(), time.thread_time()
            suggested = spelling.suggest(reader, typed)
            times.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - thread)
        known = any(reader.doc_frequency(f.EXACT, w.lower()) for w in typed.split())
        rows.append(
            {"kind": kind, "typed": typed, "meant": meant, "known": known,
             "suggested": suggested, "first": times[0], "warm": times[1:] or times,
             "cpu": cpu[1:] or cpu}
        )  # fmt: skip
    return {
        "documents": data["documents"],
        "words": len(data["words"]),
        "tables_seconds": tables_seconds,
        "typos": rows,
    }


def lookup_summary(result: dict) -> dict:
    rows = [r for r in result["typos"] if not r["known"]]
    times = [t for r in rows for t in r["warm"]]
    cpu = [t for r in rows for t in r["cpu"]]
    return {
        "typos": len(rows),
        "known": len(result["typos"]) - len(rows),
        "right": sum(r["suggested"] == r["meant"] for r in rows),
        "p50_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * _p(times, 0.95),
        "cpu_p95_ms": 1000 * _p(cpu, 0.95),
    }


# -- the driver ------------------------------------------------------------------------------------


def snapshot(rev: str) -> Path:
    """The ``indexer/`` of a git revision, with this file beside it, under bench/out."""
    target = OUT / f"spelling-code-{rev}"
    if not (target / "indexer").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", rev, "indexer"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    (target / "bench").mkdir(exist_ok=True)
    for name in ("__init__.py", "spelling.py", "typing.py", "typos.txt", "queries_typing.txt"):
        (target / "bench" / name).write_bytes((HERE / name).read_bytes())
    return target


def child(code: Path, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-m", "bench.spelling", "--child", *args],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{code}: {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(result: dict) -> dict:
    rows = [r for r in result["typos"] if not r["known"]]
    right = [r for r in rows if r["suggested"] == r["meant"]]
    zero = [r for r in rows if r["total"] == 0]
    times = [t for r in zero for t in r["warm"]]
    cpu = [t for r in zero for t in r["cpu"]]
    return {
        "cpu_p95_ms": 1000 * _p(cpu, 0.95) if cpu else None,
        "typos": len(rows),
        "known": len(result["typos"]) - len(rows),
        "right": len(right),
        "any": sum(r["suggested"] is not None for r in rows),
        "zero_hit": len(zero),
        "zero_right_shown": sum(r["shown"] == r["meant"] for r in zero),
        "p50_ms": 1000 * statistics.median(times) if times else None,
        "p95_ms": 1000 * _p(times, 0.95) if times else None,
        "first_max_ms": 1000 * max((r["first"] for r in zero), default=0),
        "by_kind": {
            kind: f"{sum(r['suggested'] == r['meant'] for r in rows if r['kind'] == kind)}/"
            f"{sum(r['kind'] == kind for r in rows)}"
            for kind in dict.fromkeys(r["kind"] for r in rows)
        },
        "slowest_robustness": max(result["robustness"], key=lambda r: r["seconds"]),
    }


def measured_commit() -> str:
    """The commit of this code, ``+dirty`` when ``indexer/`` has uncommitted changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    dirty = git("status", "--porcelain", "--", "indexer")
    return git("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")


def report(runs: dict, old: str) -> str:
    lines = [
        f"# Did you mean: {measured_commit()} beside {old} (`python -m bench.spelling`)",
        "",
        f"Typos: `bench/typos.txt` ({len(read_typos())}); the share counts the typos that are not"
        " index words themselves. Latency: the whole `search()` of a zero-hit typo, warm rounds;"
        " CPU: the thread's own time (on a loaded machine the wall time waits for the CPU).",
        "",
        "| index | code | typos | right | any | zero-hit shown right | p50 ms | p95 ms "
        "| p95 CPU ms | first max ms | warm s | lazy builds | slowest robustness query |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for by_code in runs.values():
        for code in ("old", "new"):
            r = by_code[code]
            s = summary(r)
            slow = s["slowest_robustness"]
            lines.append(
                f"| {r['documents']:,} docs | {code} | {s['typos']} (+{s['known']} known) "
                f"| {s['right']} ({s['right'] / max(s['typos'], 1):.0%}) | {s['any']} "
                f"| {s['zero_right_shown']}/{s['zero_hit']} | {s['p50_ms']:.1f} "
                f"| {s['p95_ms']:.1f} | {s['cpu_p95_ms']:.1f} | {s['first_max_ms']:.0f} "
                f"| {r['warm_seconds']:.2f} "
                f"| {r['lazy_builds'] if r['lazy_builds'] is not None else '–'} "
                f"| `{slow['query'][:24]}` {slow['seconds']:.2f} s |"
            )
    lines += ["", "Right per kind (old → new):", ""]
    for by_code in runs.values():
        old_kinds = summary(by_code["old"])["by_kind"]
        new_kinds = summary(by_code["new"])["by_kind"]
        kinds = ", ".join(f"{k} {old_kinds[k]} → {new_kinds[k]}" for k in new_kinds)
        lines.append(f"- {by_code['new']['documents']:,} docs: {kinds}")
    lines += ["", "Vocabulary file (written after `pressesuche index`):", ""]
    for by_code in runs.values():
        v = by_code["file"]
        words = ", ".join(f"{k} {n:,}" for k, n in v["words"].items())
        lines.append(
            f"- {by_code['new']['documents']:,} docs: written in {v['seconds']:.2f} s, loaded in "
            f"{v['load_seconds']:.2f} s, {v['bytes'] / 1e6:.1f} MB on disk "
            f"({v['raw_bytes'] / 1e6:.1f} MB unpacked); words: {words}"
        )
    lines += ["", "Misses of the new code:", ""]
    for by_code in runs.values():
        missed = [
            f"{r['typed']}→{r['suggested'] or '–'} (meant {r['meant']})"
            for r in by_code["new"]["typos"]
            if not r["known"] and r["suggested"] != r["meant"]
        ]
        known = [r["typed"] for r in by_code["new"]["typos"] if r["known"]]
        lines.append(
            f"- {by_code['new']['documents']:,} docs: {', '.join(missed) or 'none'}"
            f"; typos that are index words: {', '.join(known) or 'none'}"
        )
    return "\n".join(lines) + "\n"


def lookup_report(lookups_by_corpus: dict, old: str) -> list[str]:
    if not lookups_by_corpus:
        return []
    lines = [
        "",
        "The lookup alone (`spelling.suggest`) over the words of a corpus whose index was not "
        "built (every lowercase word of its stored text with its release count: a little more "
        "than the index holds):",
        "",
        "| corpus | words | code | tables s | typos | right | p50 ms | p95 ms | p95 CPU ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for by_code in lookups_by_corpus.values():
        for code in ("old", "new"):
            r, name = by_code[code], old if code == "old" else code
            s = lookup_summary(r)
            lines.append(
                f"| {r['documents']:,} releases | {r['words']:,} | {name} "
                f"| {r['tables_seconds']:.2f} | {s['typos']} (+{s['known']} known) "
                f"| {s['right']} ({s['right'] / max(s['typos'], 1):.0%}) "
                f"| {s['p50_ms']:.2f} | {s['p95_ms']:.2f} | {s['cpu_p95_ms']:.2f} |"
            )
    return lines


def main(argv: list[str] | None = None) -> None:
    """Measure suggestions and fuzzy terms of this code and an older revision."""
    parser = argparse.ArgumentParser(prog="python -m bench.spelling", description=main.__doc__)
    parser.add_argument("index", type=Path, nargs="*")
    parser.add_argument("--old", default="7babc20", help="the revision to compare with")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--lookup", type=Path, action="append", default=[],
        help="a bench corpus folder whose index is not built: time the lookup alone on its words",
    )  # fmt: skip
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--write", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--words", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.write:
            result = write_file(args.index[0])
        elif args.words:
            result = lookups(args.index[0], args.rounds)
        else:
            result = measure(args.index[0], args.rounds)
        print(json.dumps(result, ensure_ascii=False))
        return
    old = snapshot(args.old)
    runs, lookup_runs = {}, {}
    for index in args.index:
        index = index.resolve()
        print(f"{index}: old code", file=sys.stderr)
        by_code = {"old": child(old, str(index), "--rounds", str(args.rounds))}
        print(f"{index}: vocabulary file", file=sys.stderr)
        by_code["file"] = child(ROOT, str(index), "--write")
        print(f"{index}: new code", file=sys.stderr)
        by_code["new"] = child(ROOT, str(index), "--rounds", str(args.rounds))
        runs[str(index)] = by_code
    for corpus in args.lookup:
        words = OUT / f"words-{corpus.resolve().name}.json"
        if not words.is_file():
            print(f"{corpus}: words", file=sys.stderr)
            corpus_words(corpus.resolve(), words)
        rest = [str(words.resolve()), "--words", "--rounds", str(args.rounds)]
        lookup_runs[str(corpus)] = {
            code: child(where, *rest) for code, where in (("old", old), ("new", ROOT))
        }
    OUT.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (OUT / f"spelling-{stamp}.json").write_text(
        json.dumps({"indexes": runs, "lookups": lookup_runs}, ensure_ascii=False, indent=1)
    )
    text = (report(runs, args.old) if runs else "") + "\n".join(
        lookup_report(lookup_runs, args.old)
    )
    (HERE / "spelling.md").write_text(text.rstrip() + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
