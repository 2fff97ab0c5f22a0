"""The index vocabulary as a lookup table for spelling suggestions and fuzzy terms.

Whoosh compares a word with every term of a field (``terms_within``, ``suggest``): 3.5 s for one
zero-hit word at 2,000 releases, 44 s for a 500-letter word. Here the words of a field are
grouped by their first letter (umlauts and accents folded: ``ä`` with ``a``) and length; a lookup
compares the word only with the words of a few groups whose length is within the allowed edits,
in rapidfuzz (C++, optimal string alignment: a swap of two letters is one edit). How many words a
lookup would compare is known before any comparison is made, so its work is bounded by a count.

Fuzzy terms keep the first letter as typed (the groups of that letter). Suggestions also find
a word whose first letter was typed wrong, dropped, doubled or swapped (``Vundestag``,
``Nitegration``): the words are grouped a second time by their second letter, and a lookup reads
the groups of the typed word's first two letters in both tables: four small groups, not all.

The tables are written at index time, one file per commit of a generation
(``<generation>/vocabulary/commit-<n>.npz``, written atomically after the run: the words and
the two groupings as offsets, from the lexicon alone). The searcher pool
loads the file of the commit it reads (``attach``). A reader without a file (an index built by
an older version, or the moment between a commit and its file) builds the tables lazily from
the lexicon as before, once per set of segments; ``LAZY_BUILDS`` counts those builds.
"""

from __future__ import annotations

import contextlib
import operator
import os
import threading
import unicodedata
import weakref
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh import index as whoosh_index

from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.lexicon import field_terms

MAX_EDITS = 2  # edits a fuzzy term or suggestion may make (Lucene's limit too)
MAX_WORD = 64  # longer words are not looked up (no index word is that long)
MAX_COMPARED = 200_000  # words one lookup may compare; more are refused before comparing
CACHE_SEGMENTS = 16  # lazily built tables kept (per set of segments and field)
FIELDS = f.TEXT_FIELDS  # the fields whose words fuzzy terms expand to; EXACT for suggestions
FOLDER = "vocabulary"  # inside a generation: not a file of it, so not in its list of files
FORMAT = 1
LAZY_BUILDS = [0]  # tables built from a lexicon at search time (tests count them)


@dataclass(frozen=True)
class Match:
    """A vocabulary word near the word looked up."""

    word: str
    edits: int


_KEYS: dict[str, str] = {}


def key(letter: str) -> str:
    """A letter as grouped: lowercase, without accents or umlaut dots (``Ä`` → ``a``)."""
    found = _KEYS.get(letter)
    if found is None:
        base = unicodedata.normalize("NFD", letter.lower())[:1] or letter
        found = _KEYS[letter] = base
    return found


class Groups:
    """Words ordered by (key letter, length); a group is a slice of that order, kept as a list
    of its own so that a lookup hands it to rapidfuzz without copying."""

    def __init__(self, words: list[str], offsets: dict, order: np.ndarray | None = None) -> None:
        self.words = words
        self.offsets = offsets  # (key letter, length) -> (start, end)
        self.lists = {group: words[start:end] for group, (start, end) in offsets.items()}
        self.order = order  # where each word stands in the list the groups were built from

    @classmethod
    def build(cls, words: list[str], at: int) -> Groups:
        """Group ``words`` by the letter at position ``at`` (words too short are left out)."""
        every = np.fromiter(map(len, words), np.int64, len(words))
        kept = np.flatnonzero(every > at)
        lengths = every[kept]
        if len(kept) < len(words):
            letters_at = list(map(itemgetter(at), map(words.__getitem__, kept.tolist())))
        else:
            letters_at = list(map(itemgetter(at), words))
        codes = {letter: ord(key(letter)) for letter in set(letters_at)}
        letters = np.fromiter(map(codes.__getitem__, letters_at), np.int64, len(kept))
        # stable by index within a group: the lexicon's sorted order
        by_group = np.lexsort((lengths, letters))
        order, letters, lengths = kept[by_group], letters[by_group], lengths[by_group]
        if not len(order):
            return cls([], {}, order)
        changes = (letters[1:] != letters[:-1]) | (lengths[1:] != lengths[:-1])
        ends = np.append(np.flatnonzero(changes) + 1, len(order))
        starts = np.concatenate(([0], ends[:-1]))
        offsets = {
            (chr(letter), length): (start, end)
            for letter, length, start, end in zip(
                letters[ends - 1].tolist(),
                lengths[ends - 1].tolist(),
                starts.tolist(),
                ends.tolist(),
                strict=True,
            )
        }
        return cls([words[i] for i in order.tolist()], offsets, order)

    def groups(self, letter: str, low: int, high: int) -> Iterable[list[str]]:
        """The groups of one key letter whose words are ``low`` to ``high`` letters long."""
        for length in range(max(1, low), high + 1):
            found = self.lists.get((letter, length))
            if found:
                yield found


def _count(groups: Groups, letter: str, low: int, high: int) -> int:
    return sum(len(found) for found in groups.groups(letter, low, high))


class Vocabulary:
    """The words of one field, grouped twice."""

    def __init__(
        self, first: Groups, second: Groups | None, words: list[str] | None = None
    ) -> None:
        self.first = first  # by first letter: fuzzy terms and suggestions
        self.second = second  # by second letter: suggestions for a mistyped first letter
        self.size = len(first.words)
        self.words = words  # the words the groups were built from, in their order

    @classmethod
    def build(cls, words: list[str], second: bool = True) -> Vocabulary:
        words = [w for w in words if w]
        return cls(Groups.build(words, 0), Groups.build(words, 1) if second else None, words)

    def _probes(self, word: str, edits: int, any_first: bool) -> list[tuple[Groups, str]]:
        probes = [(self.first, key(word[0]))]
        if any_first and len(word) > 1:
            # typed first letter wrong (Vundestag) or dropped (ntegration): the meant word's
            # second letter is the typed second or first; swapped (Nitegration) or one put
            # before it (Bbundestag, xIntegration): its first letter is the typed second
            probes.append((self.first, key(word[1])))
            if self.second is not None:
                probes += [(self.second, key(word[1])), (self.second, key(word[0]))]
        return list({(id(g), letter): (g, letter) for g, letter in probes}.values())

    def candidates(self, word: str, edits: int, any_first: bool = False) -> int:
        """How many words a lookup of ``word`` would compare (counted, nothing compared)."""
        if not word or len(word) > MAX_WORD:
            return 0
        low, high = len(word) - edits, len(word) + edits
        return sum(
            _count(g, letter, low, high) for g, letter in self._probes(word, edits, any_first)
        )

    def near(self, word: str, edits: int, prefix: int = 1, any_first: bool = False) -> list[Match]:
        """The words within ``edits`` edits of ``word`` that share its first ``prefix`` letters
        (any first letter with ``any_first``: suggestions)."""
        if not word or len(word) > MAX_WORD:
            return []
        edits = min(edits, MAX_EDITS)
        head = "" if any_first else word[:prefix]
        found: dict[str, Match] = {}
        for groups, letter in self._probes(word, edits, any_first):
            for choices in groups.groups(letter, len(word) - edits, len(word) + edits):
                for text, dist, _ in process.extract(
                    word, choices, scorer=OSA.distance, score_cutoff=edits, limit=None
                ):
                    if text.startswith(head):
                        found[text] = Match(text, int(dist))
        return list(found.values())


# -- written at index time ----------------------------------------------------------------------


def _path(generation: Path, commit: int) -> Path:
    return Path(generation) / FOLDER / f"commit-{commit}.npz"


def read_fields(reader, fields: Iterable[str] = FIELDS) -> dict[str, Vocabulary]:
    """The tables of a reader's fields, from the lexicon alone (reading each term's release
    count as well took 5 to 10 times as long: the few words a suggestion weighs are counted
    when it is made)."""
    return {
        fieldname: Vocabulary.build(
            [b.decode("utf-8", "replace") for b in field_terms(reader, fieldname)],
            second=fieldname == f.EXACT,
        )
        for fieldname in fields
        if fieldname in reader.schema
    }


def _arrays(name: str, groups: Groups, words: dict[str, int] | None) -> dict[str, np.ndarray]:
    """The arrays of one grouping; ``words`` numbers the sorted words (None: they are the words
    the groups were built from, so ``groups.order`` numbers them already)."""
    keys = sorted(groups.offsets.items(), key=lambda item: item[1])
    if words is None:
        order = groups.order.astype(np.uint32)
    else:
        order = np.fromiter((words[w] for w in groups.words), np.uint32, len(groups.words))
    return {
        f"{name}.order": order,
        f"{name}.letters": np.array([ord(k) for (k, _), _ in keys], np.uint32),
        f"{name}.lengths": np.array([n for (_, n), _ in keys], np.uint32),
        f"{name}.ends": np.array([end for _, (_, end) in keys], np.uint32),
    }


def write(generation: Path, commit: int, tables: dict[str, Vocabulary]) -> Path:
    """Write the tables of one commit atomically; files of other commits are removed."""
    folder = Path(generation) / FOLDER
    folder.mkdir(exist_ok=True)
    arrays: dict[str, np.ndarray] = {"format": np.array([FORMAT, commit], np.int64)}
    for fieldname, table in tables.items():
        words = table.words  # each word once, sorted; the groups point into it
        index = None  # a lexicon's words are sorted already: the groups' order numbers them
        if words is None or not all(map(operator.lt, words, words[1:])):
            words = sorted(table.first.words)
            index = {w: i for i, w in enumerate(words)}
        blob = "\n".join(words).encode("utf-8")
        arrays[f"{fieldname}.words"] = np.frombuffer(blob, np.uint8)
        arrays |= _arrays(f"{fieldname}.first", table.first, index)
        if table.second is not None:
            arrays |= _arrays(f"{fieldname}.second", table.second, index)
    target = _path(generation, commit)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            _save(fh, arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    for old in folder.iterdir():
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return target


def _save(fh, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed``, at zlib's fastest level: a file 11 % larger, written in a
    fifth of the time (the file is written after every index run, read once per commit)."""
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zipf:
        for name, array in arrays.items():
            with zipf.open(f"{name}.npy", "w", force_zip64=True) as fid:
                np.lib.format.write_array(fid, np.asanyarray(array), allow_pickle=False)


def write_live(root: Path) -> Path | None:
    """Write the tables of the live index's newest commit unless its file is there already
    (the hook after each ``pressesuche index``); None when there is nothing to write, or when
    writing fails (searches then build the tables lazily)."""
    live = store.live_path(Path(root))
    if live is None:
        return None
    ix = whoosh_index.open_dir(str(live))
    try:
        with ix.reader() as reader:
            commit = reader.generation()
            if not isinstance(commit, int) or commit < 0:  # an empty index: no words
                return None
            if _readable(_path(live, commit), commit):
                return _path(live, commit)
            try:
                return write(live, commit, read_fields(reader))
            except OSError:
                return None
    finally:
        ix.close()


def _readable(path: Path, commit: int) -> bool:
    """Whether a file is there with the header of ``commit`` (its words are not read)."""
    try:
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            return data["format"].tolist() == [FORMAT, commit]
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError):
        return False


def load(generation: Path, commit: int) -> dict[str, Vocabulary] | None:
    """The tables written for ``commit`` of a generation, or None (no file, or not readable:
    the searches then build their tables lazily)."""
    try:
        path = _path(generation, commit)
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        if arrays["format"].tolist() != [FORMAT, commit]:
            return None
        return {
            fieldname: _table(arrays, fieldname)
            for fieldname in FIELDS
            if f"{fieldname}.words" in arrays
        }
    except (OSError, ValueError, KeyError, IndexError, zlib.error, zipfile.BadZipFile, EOFError):
        return None


def _table(arrays: dict, fieldname: str) -> Vocabulary:
    text = arrays[f"{fieldname}.words"].tobytes().decode("utf-8")
    words = text.split("\n") if text else []
    first = _groups(arrays, f"{fieldname}.first", words)
    if first is None:
        raise KeyError(f"{fieldname}.first")
    return Vocabulary(first, _groups(arrays, f"{fieldname}.second", words))


def _groups(arrays: dict, name: str, words: list[str]) -> Groups | None:
    order = arrays.get(f"{name}.order")
    if order is None:
        return None
    offsets = {}
    start = 0
    for letter, length, end in zip(
        arrays[f"{name}.letters"].tolist(),
        arrays[f"{name}.lengths"].tolist(),
        arrays[f"{name}.ends"].tolist(),
        strict=True,
    ):
        offsets[(chr(letter), length)] = (start, end)
        start = end
    return Groups([words[i] for i in order.tolist()], offsets)


# -- the tables a reader uses ---------------------------------------------------------------------

_ATTACHED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def attach(reader, tables: Callable[[], dict[str, Vocabulary] | None]) -> None:
    """Give a reader the tables of its commit (``tables()`` is asked on each lookup, cached by
    the caller; None means not written yet: then the lazy tables are used)."""
    _ATTACHED[reader] = tables


def _segment_key(reader) -> tuple:
    segment = reader.segment()
    return (segment.segment_id(), segment.deleted_count()) if segment is not None else (id(reader),)


_CACHE: OrderedDict[tuple, Vocabulary] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_BUILDING: dict[tuple, threading.Lock] = {}


def _lazy(reader, fieldname: str) -> Vocabulary:
    """Tables built from the lexicon of every segment of a reader, once, then cached."""
    key_ = (tuple(_segment_key(leaf) for leaf, _ in reader.leaf_readers()), fieldname)
    with _CACHE_LOCK:
        found = _CACHE.get(key_)
        if found is not None:
            _CACHE.move_to_end(key_)
            return found
        building = _BUILDING.setdefault(key_, threading.Lock())
    with building:  # one thread builds; others asking for the same table wait for it
        with _CACHE_LOCK:
            found = _CACHE.get(key_)
        if found is None:
            found = read_fields(reader, [fieldname]).get(fieldname) or Vocabulary.build([])
            with _CACHE_LOCK:
                LAZY_BUILDS[0] += 1
                _CACHE[key_] = found
                _BUILDING.pop(key_, None)
                while len(_CACHE) > CACHE_SEGMENTS:
                    _CACHE.popitem(last=False)
    return found


def table(reader, fieldname: str) -> Vocabulary:
    """The table of one field for a reader: the one written at index time, else the lazy one."""
    tables = _ATTACHED.get(reader)
    written = tables() if tables is not None else None
    if written is not None:
        found = written.get(fieldname)
        return found if found is not None else Vocabulary.build([])
    return _lazy(reader, fieldname)


def vocabularies(reader, fieldname: str) -> list[Vocabulary]:
    """The tables of a field a lookup reads (one, over all segments)."""
    return [table(reader, fieldname)]


def candidates(reader, fieldname: str, word: str, edits: int, any_first: bool = False) -> int:
    """How many words a lookup would compare."""
    return table(reader, fieldname).candidates(word, min(edits, MAX_EDITS), any_first)


def near(
    reader, fieldname: str, word: str, edits: int, prefix: int = 1, any_first: bool = False
) -> list[Match]:
    """Words of a field within ``edits`` of ``word`` that keep its first ``prefix`` letters
    (any letters with ``any_first``), closest first; [] when the lookup would compare more than
    ``MAX_COMPARED`` words (counted before comparing)."""
    vocab = table(reader, fieldname)
    if vocab.candidates(word, min(edits, MAX_EDITS), any_first) > MAX_COMPARED:
        return []
    found = vocab.near(word, edits, prefix, any_first)
    return sorted(found, key=lambda m: (m.edits, m.word))


def warm(reader, fieldnames) -> None:
    """Load or build the tables of the given fields now, before a search needs them."""
    for fieldname in fieldnames:
        table(reader, fieldname)
