"""Benchmark of pressesuche against stock Whoosh and tantivy: ``python -m bench.run``."""

from __future__ import annotations

from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"


def shared_dir() -> Path:
    """Return the shared folder: ``PRESSESUCHE_SHARED`` or ``../shared`` beside the repository."""
    from evaluation.extraction import (
        shared_dir as shared,  # one definition for eval, tests and bench
    )

    return shared()


def speeches_path() -> Path:
    """Return the gzipped JSONL of Bundestag speeches the corpora are built from."""
    return shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
