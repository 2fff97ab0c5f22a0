"""Where the live index lives on disk: generations, the ``current`` symlink, the build lock.

Layout of an index folder::

    index/current -> generations/g-<time>-<pid>   (the live Whoosh index)
    index/generations/...                          (the live one, the previous one, builds)
    index/.lock                                    (held by the one running ``index`` command)

A full rebuild writes a new generation beside the live one and swaps the symlink with an atomic
``rename``; readers that opened the old generation keep it until they reopen.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from indexer.engine.schema import SCHEMA_VERSION, build_schema

CURRENT = "current"
GENERATIONS = "generations"
META = "pressesuche.json"
_TOC = re.compile(r"_MAIN_(\d+)\.toc")  # one per Whoosh commit: the commit's generation


class StoreError(Exception):
    """A problem with the index folder, worded for people."""


class IndexMissing(StoreError):
    """There is no built index in the folder."""


class IndexBusy(StoreError):
    """Another index command holds the lock."""


REPAIR = "pressesuche index"


class IndexDamaged(StoreError):
    """Files of the live index are missing, cut short or changed since they were written."""

    # for web visitors: no folder names
    public = (
        "Der Suchindex ist beschädigt und kann gerade nicht durchsucht werden. "
        f"Reparatur auf dem Server: „{REPAIR}“ ausführen (baut ihn aus dem Korpus neu auf)."
    )

    def __init__(self, root: Path, problem: str) -> None:
        self.problem = problem
        super().__init__(
            f"Der Index in {root} ist beschädigt ({problem}). Bitte '{REPAIR}' ausführen: "
            "es erkennt den Schaden und baut den Index aus dem Korpus neu auf."
        )


def live_path(root: Path) -> Path | None:
    """Return the generation the ``current`` symlink points at, or None when there is none."""
    link = root / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    path = (root / target).resolve()
    return path if (path / META).is_file() else None


def live_token(root: Path) -> str | None:
    """Return a cheap token that changes whenever a new generation is swapped in or committed to.

    Readers must reopen on every commit: Whoosh's ``Searcher.refresh()`` reuses the reader of a
    segment it already had, with that segment's old deletions, so a release replaced by an
    incremental update would be found twice.
    """
    try:
        target = os.readlink(root / CURRENT)
    except OSError:
        return None
    try:
        names = os.listdir(root / target)
    except OSError:
        return target
    commits = [int(m[1]) for m in map(_TOC.fullmatch, names) if m]
    return f"{target}#{max(commits, default=0)}"


def open_live(root: Path) -> whoosh_index.Index:
    """Open the live index for reading."""
    path = live_path(root)
    if path is None:
        raise IndexMissing(f"Kein Index in {root}. Bitte zuerst 'pressesuche index' ausführen.")
    return whoosh_index.open_dir(str(path))


def read_meta(path: Path) -> dict:
    """Return the metadata file of a generation ({} when unreadable)."""
    try:
        return json.loads((path / META).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def is_compatible(path: Path) -> bool:
    """Tell whether a generation was built with this schema version."""
    return read_meta(path).get("schema_version") == SCHEMA_VERSION


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """Hold the index folder's lock; the kernel drops it if the process dies."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(f"Ein anderer Indexlauf arbeitet gerade an {root}.") from None
        yield
    finally:
        os.close(fd)


class DurableStorage(FileStorage):
    """Whoosh's file storage with fsync: a commit's files reach the disk before its table of
    contents is renamed into place, so a power loss cannot leave a TOC naming lost segments."""

    def rename_file(self, oldname: str, newname: str, safe: bool = False) -> None:
        fsync_tree(Path(self.folder))
        super().rename_file(oldname, newname, safe)
        _fsync_dir(Path(self.folder))


def open_for_update(path: Path) -> whoosh_index.Index:
    """Open a generation for an in-place update whose commit is durable."""
    return whoosh_index.FileIndex(DurableStorage(str(path)), indexname=whoosh_index._DEF_INDEX_NAME)


def new_generation(root: Path) -> tuple[Path, whoosh_index.Index]:
    """Create an empty generation folder with a fresh Whoosh index in it."""
    gens = root / GENERATIONS
    gens.mkdir(parents=True, exist_ok=True)
    path = gens / f"g-{time.time_ns()}-{os.getpid()}"
    path.mkdir()
    return path, whoosh_index.create_in(str(path), build_schema())


# The generation's files with their sizes and CRC-32 are written into its metadata after each
# commit, so that a file cut short or changed later is found before a search reads it.
FILES = "files"
COMMIT = "commit"
_NOT_LISTED = {META, META + ".tmp", "MAIN_WRITELOCK"}


def commit_number(path: Path) -> int:
    """The number of the newest Whoosh commit (table of contents) in a generation folder."""
    try:
        names = os.listdir(path)
    except OSError:
        return 0
    return max((int(m[1]) for m in map(_TOC.fullmatch, names) if m), default=0)


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def file_list(path: Path, known: dict | None = None) -> dict[str, list[int]]:
    """Each file of a generation with ``[size, crc32]``; Whoosh never rewrites a segment file,
    so the sums of files ``known`` with the same size are taken over."""
    known = known or {}
    files = {}
    for child in sorted(path.iterdir()):
        if child.is_file() and child.name not in _NOT_LISTED:
            size = child.stat().st_size
            old = known.get(child.name)
            same = isinstance(old, list) and len(old) == 2 and old[0] == size
            files[child.name] = old if same else [size, _crc(child)]
    return files


def damage(path: Path, thorough: bool = False) -> str | None:
    """Describe what is wrong with a generation's files, or None when nothing is found.

    Sizes are compared always (cheap, for every reopen), the CRC-32 only when ``thorough``
    (server start, index runs, after an unexpected error). A generation written by an older
    version, or caught between a commit and its metadata, has no list to compare with.
    """
    meta = read_meta(path)
    files = meta.get(FILES)
    if not isinstance(files, dict) or meta.get(COMMIT) != commit_number(path):
        return None
    for name, (size, crc) in files.items():
        try:
            found = (path / name).stat().st_size
        except FileNotFoundError:
            return f"{name} fehlt"
        except OSError as exc:
            return f"{name} ist nicht lesbar: {exc.strerror or exc}"
        if found != size:
            return f"{name} hat {found} statt {size} Bytes"
        if thorough:
            try:
                if _crc(path / name) != crc:
                    return f"{name} wurde verändert"
            except OSError as exc:
                return f"{name} ist nicht lesbar: {exc.strerror or exc}"
    return None


def check_live(root: Path, thorough: bool = False) -> None:
    """Raise ``IndexDamaged`` when the live generation's files are not as written."""
    path = live_path(root)
    problem = damage(path, thorough) if path is not None else None
    if problem:
        raise IndexDamaged(root, problem)


def os_problem(exc: OSError, root: Path) -> str:
    """One German line for a failure to write the index: full disk, unwritable folder."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (
            f"Kein Platz für den Index in {root} ({reason}). Der Lauf wurde abgebrochen, seine "
            "halb geschriebenen Dateien sind entfernt, der bisherige Index gilt weiter."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST):
        where = exc.filename or root
        return f"Der Indexordner {root} ist nicht beschreibbar ({reason}: {where})."
    return f"Lese- oder Schreibfehler am Index in {root}: {reason}."


def remove_new(path: Path, before: set[str]) -> None:
    """Remove what a failed, uncommitted update left in a generation: every entry not in
    ``before`` (partial segments, the writer's temporary folder, lock and metadata files)."""
    with contextlib.suppress(OSError):
        for child in path.iterdir():
            if child.name not in before:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        child.unlink()


def finish_generation(path: Path, info: dict) -> None:
    """Write the generation's metadata with its list of files; flush every file to disk."""
    known = read_meta(path).get(FILES)
    listed = {FILES: file_list(path, known if isinstance(known, dict) else None)}
    meta = {"schema_version": SCHEMA_VERSION, **info, COMMIT: commit_number(path), **listed}
    tmp = path / (META + ".tmp")
    tmp.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    os.replace(tmp, path / META)
    fsync_tree(path)


def swap_in(root: Path, path: Path) -> None:
    """Make ``path`` the live generation atomically, then drop generations no reader needs."""
    previous = live_path(root)
    tmp = root / (CURRENT + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(path.relative_to(root))
    os.replace(tmp, root / CURRENT)
    _fsync_dir(root)
    keep = {path.resolve()} | ({previous} if previous else set())
    prune(root, keep)


def prune_incomplete(root: Path) -> None:
    """Remove what interrupted runs left: every generation but the live one and the one before.

    A build killed before its swap leaves a generation without metadata, or one with metadata
    that is newer than the live one; a run killed between the swap and the pruning leaves older
    generations. Readers may still have the generation before the live one open: it stays.
    """
    gens = root / GENERATIONS
    if not gens.is_dir():
        return
    live = live_path(root)
    born = _born(live) if live else None
    older = [
        child
        for child in gens.iterdir()
        if born is not None and (_born(child) or 0) < born and (child / META).is_file()
    ]
    keep = {live, max(older, key=_born, default=None)} - {None}
    for child in gens.iterdir():
        if child.resolve() not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _born(path: Path) -> int | None:
    """Return the creation time in a generation's name ``g-<time_ns>-<pid>``."""
    parts = path.name.split("-")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


def prune(root: Path, keep: set[Path]) -> None:
    """Remove generations not in ``keep`` (left over by older or interrupted runs)."""
    gens = root / GENERATIONS
    if not gens.is_dir():
        return
    for child in gens.iterdir():
        if child.resolve() not in keep:
            shutil.rmtree(child, ignore_errors=True)


def fsync_tree(path: Path) -> None:
    """fsync every file in a folder and the folder itself (Whoosh never does)."""
    for child in path.iterdir():
        if child.is_file():
            fd = os.open(child, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
