"""Settings read from the environment, with the defaults a new user gets."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MAX_DOC_BYTES = 5 * 1024 * 1024


def corpus_dir() -> Path:
    """Return the corpus folder: ``PRESSESUCHE_CORPUS`` or ``./corpus``."""
    return Path(os.environ.get("PRESSESUCHE_CORPUS") or "corpus")


def index_dir() -> Path:
    """Return the index folder: ``PRESSESUCHE_INDEX`` or ``./index``."""
    return Path(os.environ.get("PRESSESUCHE_INDEX") or "index")


def base_url() -> str:
    """Return the public address of the web front end, used in exported citation links."""
    return (os.environ.get("PRESSESUCHE_BASE_URL") or "http://127.0.0.1:8000").rstrip("/")


def max_doc_bytes() -> int:
    """Return the size cap of one document: ``PRESSESUCHE_MAX_DOC_BYTES`` (default 5 MB)."""
    value = os.environ.get("PRESSESUCHE_MAX_DOC_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_DOC_BYTES


DEFAULT_POSTINGS_CACHE = 1_000_000


def postings_cache() -> int:
    """Return how many postings read from Whoosh's blocks the search server keeps:
    ``PRESSESUCHE_POSTINGS_CACHE`` (default 1,000,000, about 12 MB; 0 turns the cache off)."""
    value = os.environ.get("PRESSESUCHE_POSTINGS_CACHE", "").strip()
    return int(value) if value.isdigit() else DEFAULT_POSTINGS_CACHE


DEFAULT_WRITER_MB = 1024
MIN_WRITER_MB = 16


def writer_mb() -> int:
    """Return the posting pool of each index writer in MB: ``PRESSESUCHE_WRITER_MB``.

    Default 1024: the 10k benchmark corpus then fits each worker's pool (its build took 56 s
    instead of 71 s at 256 MB, with a peak of 2.0 GB instead of 1.8 GB for all processes); a
    larger corpus is sorted in runs of this size and merged. Values under 16 are raised to it.
    """
    value = os.environ.get("PRESSESUCHE_WRITER_MB", "").strip()
    return max(int(value), MIN_WRITER_MB) if value.isdigit() else DEFAULT_WRITER_MB
