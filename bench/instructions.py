"""``python -m bench.instructions``: an in-process rebuild's instructions, counted by callgrind.

Wall and CPU seconds move with the load of a shared machine; instruction counts do not. This
runs ``index_corpus(rebuild=True)`` over a bench corpus (default 200 releases) in one process
(``PRESSESUCHE_WORKERS=0``) under ``valgrind --tool=callgrind``, with the instrumentation
switched on only around the rebuild, after the warm-up (the start-up, imports and the tables
and models that preparing loads on first use are not counted), and prints the total.

``--phases`` counts each phase apart (preparing, linking, analysing and adding the records,
closing the segment, counting and swapping in, the vocabulary file); ``--only MODULE:FUNCTION``
counts only inside the calls of one function (e.g. ``indexer.build.pipeline:pre_analyse``).
The most expensive functions of each part (``callgrind_annotate``, exclusive) are printed and
kept in ``bench/out/callgrind-<label>-<part>.txt``, the raw output in
``bench/out/callgrind-<label>.out.<n>``. A run takes 6 to 20 minutes (callgrind runs the code
about 50 times slower).

The switch is a tiny C library built with the system compiler from valgrind's
``callgrind.h`` (client requests are macros, not callable from Python otherwise).
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

from bench import OUT, corpora

_SOURCE = """
#include <valgrind/callgrind.h>
void instr_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void instr_stop(void) { CALLGRIND_DUMP_STATS_AT("rebuild"); CALLGRIND_STOP_INSTRUMENTATION; }
void instr_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
void instr_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""


def _switch() -> ctypes.CDLL:
    """Build (once) and load the library whose calls switch callgrind's instrumentation."""
    lib = OUT / f"callgrind_switch-{hashlib.sha1(_SOURCE.encode()).hexdigest()[:8]}.so"
    if not lib.is_file():
        OUT.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", suffix=".c", delete=False) as fh:
            fh.write(_SOURCE)
        try:
            subprocess.run(["cc", "-O1", "-shared", "-fPIC", fh.name, "-o", str(lib)], check=True)
        finally:
            os.unlink(fh.name)
    return ctypes.CDLL(str(lib))


def _mark(owner, name: str, dump, label: str, after: bool = False) -> None:
    """Dump the counts (the phase that ends) before, or after, each call of ``owner.name``."""
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        if not after:
            dump(label.encode())
        result = original(*args, **kwargs)
        if after:
            dump(label.encode())
        return result

    setattr(owner, name, wrapped)


def _phases(switch: ctypes.CDLL) -> None:
    """Dump the counts at the ends of the phases of an in-process rebuild (each dump is named
    after the phase it ends; the last one, ``rebuild``, is the vocabulary file)."""
    from indexer.build import indexing
    from indexer.engine.writer import Writer
    from indexer.search import vocabulary

    dump = switch.instr_dump
    _mark(indexing, "_carry_over", dump, "prepare")
    _mark(indexing, "relink", dump, "hold")
    _mark(indexing, "relink", dump, "relink", after=True)
    _mark(indexing._Batch, "_write_pending", dump, "analyse-add", after=True)
    _mark(Writer, "commit", dump, "close-segment", after=True)
    _mark(vocabulary, "write_live", dump, "count-swap")


def _only(switch: ctypes.CDLL, target: str) -> None:
    """Count only the instructions inside the calls of ``target`` (``module:function`` or
    ``module:Class.method``; collection is off at the start)."""
    module, _, name = target.partition(":")
    owner = importlib.import_module(module)
    *path, name = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    depth = [0]

    def wrapped(*args, **kwargs):
        if not depth[0]:
            switch.instr_toggle()
        depth[0] += 1
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                switch.instr_toggle()

    setattr(owner, name, wrapped)


def child(corpus: Path, root: Path, phases: bool, only: str | None = None) -> None:
    """The measured process: warm up, then a counted rebuild."""
    from indexer.build import indexing, pipeline

    switch = _switch()
    pipeline.warm_up()
    shutil.rmtree(root, ignore_errors=True)
    if phases:
        _phases(switch)
    if only:
        _only(switch, only)
    switch.instr_start()
    report = indexing.index_corpus(corpus, root, rebuild=True)
    switch.instr_stop()
    print(f"documents {report.documents}", file=sys.stderr)


def total(out: Path) -> int:
    """The instructions of the dumped part (the rebuild) in a callgrind output file."""
    text = out.read_text(errors="replace")
    found = re.search(r"^totals: (\d+)", text, re.M)
    if not found:
        raise ValueError(f"no totals in {out}")
    return int(found[1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--label", default="current")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--phases", action="store_true", help="count each phase apart")
    parser.add_argument("--only", help="count only inside MODULE:FUNCTION (e.g. the analysis)")
    parser.add_argument("--corpus", type=Path, help="a corpus folder instead of a bench corpus")
    parser.add_argument("--out", type=Path, default=OUT, help="where the outputs go (bench/out)")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, args.phases, args.only)
        return
    corpus = args.corpus or corpora.corpus_dir(args.docs, "jsonl")
    out_dir = args.out
    work = out_dir / f"instructions-{args.label}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    _switch()
    out = out_dir / f"callgrind-{args.label}.out"
    for old in out_dir.glob(f"callgrind-{args.label}.out*"):
        old.unlink()
    # no time limit per release: under callgrind (~50x slower) on a busy machine a long release
    # ran over the 20 s of PRESSESUCHE_DOC_SECONDS and was skipped, half counted
    env = {**os.environ, "PRESSESUCHE_WORKERS": "0", "PYTHONHASHSEED": "0"}
    env["PRESSESUCHE_DOC_SECONDS"] = "0"
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        *(["--collect-atstart=no"] if args.only else []),
        f"--callgrind-out-file={out}",
        sys.executable,
        "-m",
        "bench.instructions",
        *(["--phases"] if args.phases else []),
        *(["--only", args.only] if args.only else []),
        "--child",
        str(corpus),
        str(work / "index"),
    ]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    dumps = sorted(out_dir.glob(f"callgrind-{args.label}.out.*"), key=lambda p: int(p.suffix[1:]))
    counts = [(_trigger(p), total(p)) for p in dumps]
    count = sum(n for _, n in counts)
    print(f"{args.label}: {count / 1e9:.3f} G instructions ({corpus.name})")
    for name, n in counts:
        print(f"  {name:<16} {n / 1e9:7.3f} G  {100 * n / count:5.1f} %  {n:>15,}")
    for (name, _), dumped in zip(counts, dumps, strict=True):
        listing = subprocess.run(
            ["callgrind_annotate", str(dumped)], capture_output=True, text=True
        )
        text = re.sub(
            r"/tmp/python-build[^ ]*?/Python-[0-9.]+/|\[/root/[^]]*\]", "", listing.stdout
        )
        (out_dir / f"callgrind-{args.label}-{name}.txt").write_text(text)
        print(f"== {name}")
        print("\n".join(text.splitlines()[20 : args.top + 20]))


def _trigger(out: Path) -> str:
    """The name of the dump (``CALLGRIND_DUMP_STATS_AT``) a callgrind output file holds."""
    with out.open(errors="replace") as fh:
        for line in islice(fh, 40):
            if line.startswith("desc: Trigger: Client Request: "):
                return line.split(": ", 3)[-1].strip()
    return "?"


if __name__ == "__main__":
    main()
