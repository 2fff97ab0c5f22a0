"""The state of a physical index, as a key for what a server process keeps of it.

A rebuild makes a new physical index, but an update in place (``opensearch.updating``) changes
the one the alias names: a cache keyed by the index's name alone (the version groups, the name
labels) would keep answering with what the index held before. Every build and update writes a
new token in the mapping's ``_meta`` when it is done (``documents.meta``), and every cache of
this package is keyed by the index and its token. A process reads the token of an index at most
once per ``SECONDS``: an update is seen by every server process at most that long after it
ended (and a request pays one ``_mapping`` request per index and second, not one per search).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from indexer.opensearch import OpenSearchError
from indexer.opensearch.documents import STATE

SECONDS = 1.0  # how long a process trusts the token it read last (the bound of staleness)
_KEPT = 64  # indices whose token is remembered (the live one, a rebuild's, tests' aliases)
_SEEN: dict[str, tuple[float, str]] = {}  # physical index -> (when read, token)
_LOCK = threading.Lock()


def token(client, index: str) -> str:
    """The state token of the physical index ``index`` ("" for an index written without one),
    read from the cluster at most once per ``SECONDS`` in this process."""
    now = time.monotonic()
    with _LOCK:
        seen = _SEEN.get(index)
    if seen is not None and now - seen[0] < SECONDS:
        return seen[1]
    try:
        found = client.indices.get_mapping(index=index)
    except Exception as exc:  # the client's transport and request errors
        raise OpenSearchError(f"OpenSearch nennt den Stand von {index!r} nicht: {exc}") from exc
    found = next(iter(found.values()), {}) if index not in found else found[index]
    value = str((found.get("mappings", {}).get("_meta") or {}).get(STATE, ""))
    with _LOCK:
        if len(_SEEN) >= _KEPT:
            _SEEN.clear()
        _SEEN[index] = (now, value)
    return value


class Kept[T]:
    """What a process keeps of physical indices in their current state (the version groups,
    the name labels): one value per index, state token and ``key``, at most ``size`` of them
    (all dropped when full: they are the live index's and, for a while, a rebuild's)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: dict[tuple, T] = {}
        self._lock = threading.Lock()

    def get(self, client, index: str, make: Callable[[], T], *key: str) -> T:
        """The value kept for ``index`` in its state, made by ``make`` when there is none."""
        full = (index, token(client, index), *key)  # the token before the values
        with self._lock:
            found = self._kept.get(full)
        if found is not None:
            return found
        found = make()
        with self._lock:
            if len(self._kept) >= self.size:
                self._kept.clear()
            self._kept[full] = found
        return found
