"""Searches of one process run side by side, each request on one snapshot of the index."""

from __future__ import annotations

import threading

from conftest import copy_seeds

from indexer.build.indexing import index_corpus
from indexer.search.searcher import Engine, search

HANG_GUARD = 60  # seconds; only so that a broken pool fails instead of hanging the suite


def _thread(target) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


def test_a_search_proceeds_while_another_request_holds_the_index(engine):
    inside, release, finished = threading.Event(), threading.Event(), threading.Event()
    totals = []

    def blocked_request():
        with engine.reading():  # a request that is in the middle of reading the index
            totals.append(search(engine, "Kaykin").total)
            inside.set()
            release.wait(HANG_GUARD)

    def other_request():
        totals.append(search(engine, "Integration").total)
        finished.set()

    first = _thread(blocked_request)
    assert inside.wait(HANG_GUARD)
    second = _thread(other_request)
    try:
        # The second search completes while the first still holds its searcher.
        assert finished.wait(HANG_GUARD), "the second search waited for the first"
        assert not release.is_set() and first.is_alive()
    finally:
        release.set()
        first.join(HANG_GUARD)
        second.join(HANG_GUARD)
    assert len(totals) == 2 and all(totals)


def test_two_requests_read_with_two_searchers(engine):
    inside = [threading.Event(), threading.Event()]
    release = threading.Event()
    used = []

    def request(n: int):
        with engine.reading() as searcher:
            used.append(searcher)
            inside[n].set()
            release.wait(HANG_GUARD)

    threads = [_thread(lambda n=n: request(n)) for n in range(2)]
    try:
        assert all(event.wait(HANG_GUARD) for event in inside)
        assert used[0] is not used[1]
    finally:
        release.set()
        for thread in threads:
            thread.join(HANG_GUARD)
    with engine.reading() as again:  # idle searchers are reused, not opened anew
        assert any(again is searcher for searcher in used)


def test_a_swap_in_the_middle_of_a_request_keeps_its_snapshot(tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    try:
        with engine.snapshot():
            before = search(engine, "")
            old = engine.held
            (corpus / before.hits[0].path).unlink()
            index_corpus(corpus, root, rebuild=True)  # a new generation is swapped in
            during = search(engine, "")
            assert during.total == before.total
            assert [h.id for h in during.hits] == [h.id for h in before.hits]
            assert during.facets == before.facets
            assert not old.closed  # still in use by this request
        after = search(engine, "")
        assert after.total == before.total - 1
        assert old.closed  # the last user is gone: its searchers are closed
    finally:
        engine.close()


def test_each_web_request_reads_one_snapshot(app, client):
    engine = app.extensions["pressesuche.engine"]
    seen = []

    @app.get("/_test-snapshot")
    def snapshot_view():
        with engine.reading() as first:
            pass
        with engine.reading() as second:
            seen.append(first is second)
        return "ok"

    assert client.get("/_test-snapshot").status_code == 200
    assert seen == [True]
    assert engine.held is None  # given back at the end of the request
