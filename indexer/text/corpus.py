"""Reading the corpus folder: files and JSONL lines become source records or reasoned skips."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from indexer.text.fields import check_fields, safe_name
from indexer.text.office import FORMATS as OFFICE_FORMATS

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SUFFIXES |= OFFICE_FORMATS  # PDF, DOCX, ODT: read as bytes here, turned into text in the build
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_OS_REASONS = {
    errno.ENOENT: "Datei fehlt (verwaister Verweis?)",
    errno.EACCES: "keine Leserechte",
    errno.EPERM: "keine Leserechte",
    errno.EISDIR: "ist ein Ordner",
    errno.ELOOP: "Verweisschleife",
    errno.ENAMETOOLONG: "Name zu lang",
    errno.EIO: "Lesefehler des Datenträgers",
}


@dataclass(frozen=True)
class SourceRecord:
    """One release as read from the corpus, before repair."""

    id: str
    path: str
    source: str
    fmt: str
    data: bytes | str
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Skip:
    """A file or JSONL line that was not indexed, and why (in German, for the report)."""

    path: str
    reason: str


@dataclass(frozen=True)
class SourceFile:
    """A corpus file with the digest of its bytes, the unit of incremental updates."""

    path: Path
    relpath: str
    digest: str


def make_id(text: str) -> str:
    """Turn a relative path or a JSONL id into a URL-safe document id."""
    slug = _ID_UNSAFE.sub("_", text).strip("._-")
    return slug[:200] or hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def relative_name(path: Path, corpus: Path) -> str:
    """Return the corpus-relative POSIX path; undecodable bytes in names are kept as escapes."""
    rel = path.relative_to(corpus).as_posix()
    return safe_name(rel.encode("utf-8", "backslashreplace").decode("utf-8"))


FOLDER_MARK = "/"  # a skipped folder's path ends with it: every file under it is meant
LINK_OUT = "Verweis auf {} außerhalb des Korpusordners ({}); mit --follow-links zulassen"


def covers(skip_path: str, source: str) -> bool:
    """Tell whether a skip (a file, or a folder ending in ``/``) concerns ``source``."""
    if skip_path.endswith(FOLDER_MARK):
        return skip_path == "./" or source.startswith(skip_path)
    return source == skip_path


def walk(
    corpus: Path, follow_links: bool = False, skips: list[Skip] | None = None
) -> Iterator[Path]:
    """Yield the readable-looking corpus files in a stable order, hidden files left out.

    A folder that cannot be listed, and a link that leads out of the corpus (unless
    ``follow_links``), is added to ``skips`` with the reason; nothing is dropped unsaid."""
    wanted = set(SUFFIXES) | JSONL_SUFFIXES
    skips = [] if skips is None else skips
    home = os.path.realpath(corpus)
    seen = {home}  # folders walked, by their real path: a link loop is walked once

    def failed(exc: OSError) -> None:
        rel = relative_name(Path(exc.filename), corpus) if exc.filename else "."
        skips.append(Skip(f"{rel}/" if rel != "." else "./", f"Ordner {unreadable(exc)}"))

    for root, dirs, files in os.walk(corpus, onerror=failed, followlinks=follow_links):
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            path = Path(root) / name
            try:
                link = path.is_symlink()
            except OSError as exc:  # a path too long to look at (ENAMETOOLONG) cannot be listed
                failed(exc)
                continue
            if not link:
                kept.append(name)
                continue
            real = os.path.realpath(path)
            if not _inside(real, home) and not follow_links:
                rel = relative_name(path, corpus)
                skips.append(Skip(f"{rel}/", LINK_OUT.format("einen Ordner", real)))
            elif follow_links and real not in seen and not _inside(home, real):
                seen.add(real)
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in wanted:
                path = Path(root) / name
                outside = _leaves(path, home)
                if outside and not follow_links:
                    skips.append(
                        Skip(relative_name(path, corpus), LINK_OUT.format("eine Datei", outside))
                    )
                    continue
                yield path


def _inside(path: str, folder: str) -> bool:
    """Tell whether a real path is ``folder`` or lies under it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _leaves(path: Path, home: str) -> str | None:
    """Return where a link leads if that is an existing file outside the corpus, else None.

    A dangling link is no way out: it is reported as a missing file when read."""
    try:
        if not path.is_symlink():
            return None
    except OSError:  # reading it fails too, and says why
        return None
    real = os.path.realpath(path)
    return real if os.path.exists(real) and not _inside(real, home) else None


def digest(path: Path) -> str:
    """Return the SHA-1 of a file's bytes."""
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unreadable(exc: OSError) -> str:
    """Say in German why a file could not be read."""
    return f"nicht lesbar: {_OS_REASONS.get(exc.errno) or exc.strerror or exc}"


def _regular(path: Path) -> str | None:
    """Return why ``path`` is not a regular file (FIFOs and devices would block or never end)."""
    mode = path.stat().st_mode  # follows symlinks: a dangling one raises
    if stat.S_ISREG(mode):
        return None
    return "ist ein Ordner" if stat.S_ISDIR(mode) else "keine gewöhnliche Datei (Gerät oder Pipe)"


def scan(corpus: Path, follow_links: bool = False) -> tuple[list[SourceFile], list[Skip]]:
    """List the corpus files with their digests; unreadable ones (and folders) become skips."""
    found: list[SourceFile] = []
    skips: list[Skip] = []
    for path in walk(corpus, follow_links, skips):
        rel = relative_name(path, corpus)
        try:
            odd = _regular(path)
            if odd:
                skips.append(Skip(rel, odd))
                continue
            found.append(SourceFile(path, rel, digest(path)))
        except OSError as exc:
            skips.append(Skip(rel, unreadable(exc)))
    return found, skips


def read_source(src: SourceFile, max_bytes: int) -> tuple[list[SourceRecord], list[Skip]]:
    """Read one corpus file into records; problems become skips, never exceptions."""
    suffix = src.path.suffix.lower()
    try:
        odd = _regular(src.path)
        if odd:
            return [], [Skip(src.relpath, odd)]
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl(src, max_bytes)
        size = src.path.stat().st_size
        if size > max_bytes:
            return [], [Skip(src.relpath, f"zu groß: {size} Bytes (Grenze {max_bytes})")]
        data = src.path.read_bytes()
    except OSError as exc:
        return [], [Skip(src.relpath, unreadable(exc))]
    if not data.strip():
        return [], [Skip(src.relpath, "leere Datei")]
    record = SourceRecord(make_id(src.relpath), src.relpath, src.relpath, SUFFIXES[suffix], data)
    return [record], []


def _lines(fh, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line, size); a line over ``max_bytes`` is skipped, never held whole."""
    lineno = 0
    while raw := fh.readline(max_bytes + 1):
        lineno += 1
        if len(raw) <= max_bytes:
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n") and (raw := fh.readline(1 << 20)):
            size += len(raw)
        yield lineno, None, size


def _read_jsonl(src: SourceFile, max_bytes: int) -> tuple[list[SourceRecord], list[Skip]]:
    records: list[SourceRecord] = []
    skips: list[Skip] = []
    with src.path.open("rb") as fh:
        for lineno, raw, size in _lines(fh, max_bytes):
            where = f"{src.relpath}:{lineno}"
            if raw is None:
                skips.append(Skip(where, f"zu groß: {size} Bytes (Grenze {max_bytes})"))
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                skips.append(Skip(where, "kein gültiges JSON: kein UTF-8"))
                continue
            except (ValueError, RecursionError) as exc:  # RecursionError: [[[[… nested deeply
                skips.append(Skip(where, _json_error(exc)))
                continue
            if not isinstance(obj, dict):
                skips.append(Skip(where, "kein JSON-Objekt"))
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                skips.append(Skip(where, "Feld 'text' fehlt, ist leer oder kein Text"))
                continue
            meta, problem = check_fields(
                {k: obj.get(k) for k in ("title", "date", "url", "source", "speaker")}
            )
            if problem:
                skips.append(Skip(where, problem))
                continue
            given = obj.get("id")
            doc_id = make_id(str(given)) if given not in (None, "") else make_id(where)
            fmt = "html" if "<html" in text[:500].lower() else "txt"
            records.append(SourceRecord(doc_id, where, src.relpath, fmt, text, meta))
    return records, skips


def _json_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"kein gültiges JSON (Fehler bei Zeichen {exc.pos + 1})"
    if isinstance(exc, RecursionError):
        return "kein gültiges JSON: zu tief verschachtelt"
    return "kein gültiges JSON: Wert nicht lesbar"
