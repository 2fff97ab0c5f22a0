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
    return int(value) if value.isdecimal() and int(value) > 0 else DEFAULT_MAX_DOC_BYTES


def follow_links() -> bool:
    """Return whether the index follows links out of the corpus: ``PRESSESUCHE_FOLLOW_LINKS``
    set to 1, true, yes or ja (default: no; such links are skipped with a reason)."""
    value = os.environ.get("PRESSESUCHE_FOLLOW_LINKS", "").strip().lower()
    return value in {"1", "true", "yes", "ja"}


def relink_persons() -> bool:
    """Return whether a build links the persons of the whole index (``build.relink``;
    ``PRESSESUCHE_RELINK``: on unless 0, false, no or nein; off, one person may be several facet
    values)."""
    value = os.environ.get("PRESSESUCHE_RELINK", "").strip().lower()
    return value not in {"0", "false", "no", "nein"}


DEFAULT_DOC_SECONDS = 20.0


def doc_seconds() -> float:
    """Return how long preparing one document may take: ``PRESSESUCHE_DOC_SECONDS`` (default 20;
    fractions allowed; 0 turns the bound off). A document that takes longer is skipped."""
    return _seconds("PRESSESUCHE_DOC_SECONDS", DEFAULT_DOC_SECONDS)


DEFAULT_SEARCH_SECONDS = 2.0
DEFAULT_EXPORT_SECONDS = 30.0  # an export of 10,000 rows with snippets takes ~2 s


def search_seconds() -> float:
    """Return the time budget of one search: ``PRESSESUCHE_SEARCH_SECONDS`` (default 2;
    fractions allowed). Past it a search stops and answers what it found, marked partial;
    relaxed readings and spelling suggestions are only tried in its first half."""
    return _seconds("PRESSESUCHE_SEARCH_SECONDS", DEFAULT_SEARCH_SECONDS)


def export_seconds() -> float:
    """Return the time budget of one export (``/export.csv``, ``/export.json``, ``/zitate.csv``):
    ``PRESSESUCHE_EXPORT_SECONDS`` (default 30). An export is one search (matched within the
    search's budget) whose rows are read while this lasts, the first 100 always."""
    return _seconds("PRESSESUCHE_EXPORT_SECONDS", DEFAULT_EXPORT_SECONDS)


def _seconds(variable: str, default: float) -> float:
    value = os.environ.get(variable, "").strip()
    try:
        seconds = float(value) if value.isascii() and value else default
    except ValueError:
        return default
    return seconds if 0 <= seconds < float("inf") else default


DEFAULT_POSTINGS_CACHE = 1_000_000


def postings_cache() -> int:
    """Return how many postings read from Whoosh's blocks the search server keeps:
    ``PRESSESUCHE_POSTINGS_CACHE`` (default 1,000,000, about 12 MB; 0 turns the cache off)."""
    value = _count_in("PRESSESUCHE_POSTINGS_CACHE")
    return DEFAULT_POSTINGS_CACHE if value is None else value


def _count_in(variable: str) -> int | None:
    """The whole number an environment variable holds (spaces around it allowed), else None."""
    value = os.environ.get(variable, "").strip()
    return int(value) if value.isdecimal() else None  # isdigit would pass "²", which int refuses


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def server_workers() -> int:
    """Return how many processes ``serve --production`` runs: ``PRESSESUCHE_SERVER_WORKERS``
    (at least 1), else one per core."""
    value = _count_in("PRESSESUCHE_SERVER_WORKERS")
    return max(value, 1) if value is not None else cores()


DEFAULT_WRITER_MB = 1024
MIN_WRITER_MB = 16
# a writer process holds about twice its pool at its peak (the postings' bytes, the sort, the
# caches of analysed words): the default pools take at most a third of the memory between them
WRITERS_SHARE = 3


def writer_mb(writers: int = 1, memory_mb: int | None = None) -> int:
    """Return the posting pool of each of ``writers`` index writers in MB.

    ``PRESSESUCHE_WRITER_MB`` when set (at least 16). Else 1024, or less when the machine's
    memory (``memory_mb``, default: read from the OS) divided by three times the writers is
    less, so that a many-core machine with little memory does not run out. At 1024 the 10k
    benchmark corpus fits each worker's pool (its build took 56 s instead of 71 s at 256 MB,
    with a peak of 2.0 GB instead of 1.8 GB for all processes); a larger corpus is sorted in
    runs of this size and merged.
    """
    value = _count_in("PRESSESUCHE_WRITER_MB")
    if value is not None:
        return max(value, MIN_WRITER_MB)
    memory_mb = _memory_mb() if memory_mb is None else memory_mb
    if not memory_mb:
        return DEFAULT_WRITER_MB
    share = memory_mb // (WRITERS_SHARE * max(writers, 1))
    return max(MIN_WRITER_MB, min(DEFAULT_WRITER_MB, share))


def _memory_mb() -> int | None:
    """The machine's physical memory in MB, where the OS tells it."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)
    except (AttributeError, ValueError, OSError):
        return None
