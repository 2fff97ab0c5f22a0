"""The opened live index: one generation per committed state, each with a pool of searchers.

A Whoosh searcher is not safe to share between threads, so each search borrows one from the pool
of the newest generation and gives it back; searches of one process run side by side (the server
runs eight threads). A thread that holds a snapshot (``Engine.snapshot()``, one web request) reads
the same generation for every search inside it, even if a rebuild swaps in a new index meanwhile;
a generation's searchers are closed when its last user is done.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from whoosh.searching import Searcher

from indexer import config
from indexer.engine import matches, ranking, store
from indexer.engine import schema as f
from indexer.search import vocabulary
from indexer.search.facets import FACETS, FIELD_KEYS, FacetColumn, read_facet
from indexer.search.versions import Versions, read_versions

# The fields whose words rank the releases (boilerplate and filters only select).
SCORED_FIELDS = frozenset(f.TEXT_FIELDS)
# After an unexpected error the index files are summed again at most this often per state: a
# request that fails for another reason must not make the server read the whole index each time.
DAMAGE_CHECK_SECONDS = 60


class Generation:
    """One committed state of the live index: its searchers and what searches cache about it."""

    def __init__(self, token: str | None, index, postings_limit: int) -> None:
        self.token = token
        self.index = index
        self.postings = matches.PostingsCache(postings_limit)
        self.users = 0
        self.retired = False
        self._lock = threading.Lock()
        self._caching = threading.RLock()  # one thread computes a table, the others wait for it
        self._idle: list[Searcher] = []
        self._opened: list[Searcher] = []
        self._cache: dict[tuple, Any] = {}

    def enter(self) -> None:
        """Count one more user (under the engine's lock, so it cannot be retired in between)."""
        with self._lock:
            self.users += 1

    def borrow(self) -> Searcher:
        """Take an idle searcher of this generation or open another one."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        searcher = self.index.searcher(weighting=f.weighting())
        reader = searcher.reader()
        me, commit = weakref.ref(self), reader.generation()  # no strong path back to the reader

        def tables() -> dict | None:
            generation = me()
            return generation.vocabulary(commit) if generation is not None else None

        for leaf in [reader, *(leaf for leaf, _ in reader.leaf_readers())]:
            vocabulary.attach(leaf, tables)  # fuzzy terms are expanded segment by segment
        with self._lock:
            self._opened.append(searcher)
        return searcher

    def vocabulary(self, commit: int) -> dict | None:
        """The spelling tables written at index time for a commit of this generation, loaded
        once; None while there is no file (an older index: the tables are built lazily)."""
        found = self._cache.get(("vocabulary", commit))
        if found is None:
            with self._caching:
                found = self._cache.get(("vocabulary", commit))
                if found is None:
                    found = vocabulary.load(Path(self.index.storage.folder), commit)
                    if found is not None:
                        self._cache[("vocabulary", commit)] = found
        return found

    def give_back(self, searcher: Searcher | None) -> None:
        """Return a searcher; the last user of a retired generation closes its searchers."""
        with self._lock:
            if searcher is not None:
                self._idle.append(searcher)
            self.users -= 1
            done = self.retired and self.users == 0
        if done:
            self.close()

    def retire(self) -> None:
        """Mark the generation as replaced; closed now or when its last user is done."""
        with self._lock:
            self.retired = True
            done = self.users == 0
        if done:
            self.close()

    def close(self) -> None:
        with self._lock:
            opened, self._opened, self._idle = self._opened, [], []
        for searcher in opened:
            searcher.close()

    @property
    def closed(self) -> bool:
        return self.retired and self.users == 0

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """Return a table read once per generation (facet columns, norms, date ranking)."""
        found = self._cache.get(key)
        if found is None:
            with self._caching:
                found = self._cache.get(key)
                if found is None:
                    found = self._cache[key] = compute()
        return found

    def cached_keys(self) -> set[tuple]:
        return set(self._cache)


class Engine:
    """The opened live index, reopened when a rebuild swaps in a new generation."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()  # guards the swap of ``_generation`` only
        self._generation: Generation | None = None
        self._local = threading.local()  # per thread: the held (generation, searcher), pinning
        self._postings_limit = config.postings_cache()
        # the last thorough check after an error: (token, valid until, damage or None)
        self._checked: tuple[str | None, float, str | None] | None = None

    # -- holding a state of the index ------------------------------------------------------

    def _newest(self) -> Generation:
        """The newest generation, entered by the caller (one user more)."""
        token = store.live_token(self.root)
        checked = self._checked
        if checked and checked[0] == token and checked[2]:
            raise store.IndexDamaged(self.root, checked[2])  # found by an earlier search
        with self._lock:
            current = self._generation
            old = None
            if current is None or token != current.token:
                store.check_live(self.root)  # a file cut short is not opened (sizes only: cheap)
                index = store.open_live(self.root)
                old, current = current, Generation(token, index, self._postings_limit)
                self._generation = current
            current.enter()
        if old is not None:
            old.retire()
        return current

    def _held(self) -> tuple[Generation, Searcher] | None:
        return getattr(self._local, "held", None)

    @property
    def held(self) -> Generation | None:
        """The generation this thread holds (inside ``reading`` or a snapshot), else None."""
        held = self._held()
        return held[0] if held else None

    def _hold(self) -> tuple[Generation, Searcher]:
        held = self._held()
        if held is None:
            generation = self._newest()
            try:
                held = (generation, generation.borrow())
            except BaseException:
                generation.give_back(None)
                raise
            self._local.held = held
        return held

    def _let_go(self) -> None:
        held = self._held()
        if held is not None:
            self._local.held = None
            held[0].give_back(held[1])

    @contextlib.contextmanager
    def reading(self) -> Iterator[Searcher]:
        """Hold one state of the live index for one search (the newest, unless this thread
        already holds one: then that one, so a request reads one snapshot throughout)."""
        outer = self._held() is not None
        generation, searcher = self._hold()
        try:
            with self._naming_damage():
                yield searcher
        finally:
            if not outer and not getattr(self._local, "pinned", False):
                self._let_go()

    @contextlib.contextmanager
    def _naming_damage(self) -> Iterator[None]:
        """Raise ``IndexDamaged`` instead of an unexpected error that a damaged index caused."""
        try:
            yield
        except store.StoreError:
            raise
        except Exception:
            self._raise_if_damaged()
            raise

    def _raise_if_damaged(self) -> None:
        """After an unexpected error in a search: a damaged index is named as the cause
        (every file's sum compared once per index state), anything else is raised as it is."""
        token, now = store.live_token(self.root), time.monotonic()
        checked = self._checked
        if checked is None or checked[0] != token or now > checked[1]:
            path = store.live_path(self.root)
            problem = store.damage(path, thorough=True) if path else None
            checked = self._checked = (token, now + DAMAGE_CHECK_SECONDS, problem)
        if checked[2]:
            raise store.IndexDamaged(self.root, checked[2])

    def pin(self) -> None:
        """Keep the first state this thread reads for every search until ``unpin``."""
        self._local.pinned = True

    def unpin(self) -> None:
        """Give back the state this thread held since ``pin``."""
        self._local.pinned = False
        self._let_go()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read one state of the index for every search in the block (one web request)."""
        if getattr(self._local, "pinned", False):
            yield
            return
        self.pin()
        try:
            yield
        finally:
            self.unpin()

    def searcher(self) -> Searcher:
        """Return a searcher over the held or newest state (for schema and vocabulary)."""
        with self.reading() as searcher:
            return searcher

    @property
    def postings(self) -> matches.PostingsCache:
        """The postings cache of the held (or newest) state."""
        with self.reading():
            return self._hold()[0].postings

    def _cached(self, key: tuple, compute: Callable[[Searcher], Any]) -> Any:
        with self.reading() as searcher:
            generation = self._hold()[0]
            return generation.cached(key, lambda: compute(searcher))

    def cached_keys(self) -> set[tuple]:
        """What the newest state has read and keeps (for tests and warming)."""
        return self._generation.cached_keys() if self._generation else set()

    # -- tables read once per state ----------------------------------------------------------

    def facet_values(self, fieldname: str) -> dict[int, tuple[str, ...]]:
        """Map document numbers to their canonical values of a facet field (cached)."""
        return self.facet_column(fieldname).docs

    def canonical(self, fieldname: str, values: list[str]) -> list[str]:
        """Show each name in the spelling most used across the index, once."""
        return self.facet_column(fieldname).shown(values)

    def facet_column(self, fieldname: str) -> FacetColumn:
        """The values of a facet field, per document and per value (cached)."""
        return self._cached(("facet", fieldname), lambda s: read_facet(s.reader(), fieldname))

    def date_rank(self) -> np.ndarray:
        """Each document's place when all are ordered by date, then number (cached).

        The order of Whoosh's date sort, so that the newest of any set of matches are picked
        without reading the date of every match.
        """

        def compute(searcher: Searcher) -> np.ndarray:
            dates = matches.column_values(searcher.reader(), f.DATESORT)
            order = sorted(range(len(dates)), key=dates.__getitem__)  # stable: ties by number
            rank = np.empty(len(dates), np.int64)
            rank[order] = np.arange(len(dates))
            return rank

        return self._cached(("date_rank",), compute)

    def versions(self) -> Versions:
        """The version groups of the releases: near-identical texts (cached)."""
        return self._cached(("versions",), read_versions)

    def norms(self, fieldname: str) -> np.ndarray:
        """The BM25 length normalisation of every document in one field (cached)."""
        return self._cached(("norms", fieldname), lambda s: ranking.field_norms(s, fieldname))

    def warm(self) -> bool:
        """Read what searches need (facet tables, length norms, date ranking, vocabulary tables)
        before the first one asks; False when there is no index yet (the pages then say so).

        Every file of the index is checked against the sums written with it first: a damaged
        index raises ``IndexDamaged`` (the server still starts and answers 503 with a note).
        """
        try:
            self._raise_if_damaged()
            with self.reading() as searcher:
                for fieldname in (*FACETS.values(), f.SPEAKER):
                    self.facet_column(fieldname).by_key(FIELD_KEYS.get(fieldname, str.strip))
                for fieldname in (*SCORED_FIELDS, f.QUOTE):
                    self.norms(fieldname)
                self.date_rank()
                self.versions()
                # did you mean, ~ (the quote search's too)
                vocabulary.warm(searcher.reader(), (*vocabulary.FIELDS, f.QUOTE))
                # the German analysis of a compound loads the word list (1-2 s) that
                # highlighting needs: not in the first visitor's search
                list(searcher.schema[f.BODY].analyzer("Bundestagsabgeordnete", mode="index"))
        except store.IndexDamaged:
            raise
        except store.StoreError:
            return False
        return True

    def close(self) -> None:
        """Retire the open state: its searchers close when the last search using them ends."""
        with self._lock:
            old, self._generation = self._generation, None
        if old is not None:
            old.retire()
