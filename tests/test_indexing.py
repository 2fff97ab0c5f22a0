"""Building, updating and swapping the index on disk."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import config
from indexer.build.indexing import index_corpus
from indexer.build.release import content_hash
from indexer.engine import store, writer
from indexer.search.searcher import Engine, get_release, search

SEED = "002_6faef6796251b2fc.txt"


def _counts(report) -> dict:
    data = report.to_json()
    return {k: data[k] for k in ("documents", "added", "updated", "removed", "unchanged")}


def test_report_has_the_documented_shape(corpus, tmp_path):
    report = index_corpus(corpus, tmp_path / "index").to_json()
    assert list(report) == [
        "documents", "added", "updated", "removed", "unchanged", "skipped", "seconds",
    ]  # fmt: skip
    assert report["documents"] == report["added"] == 5
    json.dumps(report)


def test_second_run_changes_nothing(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    live = store.live_path(root)
    report = index_corpus(corpus, root)
    assert _counts(report) == dict(documents=5, added=0, updated=0, removed=0, unchanged=5)
    assert store.live_path(root) == live


def test_incremental_add_change_delete(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    (corpus / "neu.md").write_text("# Neue Meldung\n\nDer Zoo Wuppertal begrüßt ein Okapi.\n")
    seed = corpus / SEED
    seed.write_text(seed.read_text("utf-8").replace("Detmold", "Lemgo"), "utf-8")
    (corpus / "004_2bd094ce7e921f38.txt").unlink()
    report = index_corpus(corpus, root)
    assert _counts(report) == dict(documents=5, added=1, updated=1, removed=1, unchanged=3)
    assert search(engine, "Okapi").total == 1
    assert search(engine, "Lemgo").total == 1
    assert search(engine, "Detmold").total == 0
    assert get_release(engine, "004_2bd094ce7e921f38.txt") is None
    engine.close()


@pytest.mark.parametrize("workers", ["0", "2"])
def test_update_in_worker_processes_or_not(corpus, tmp_path, monkeypatch, workers):
    """Workers write their releases into segments of their own; the commit lists them all."""
    monkeypatch.setenv("PRESSESUCHE_WORKERS", workers)
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / "neu.md").write_text("# Neue Meldung\n\nDer Zoo Wuppertal begrüßt ein Okapi.\n")
    (corpus / "kopie.txt").write_bytes((corpus / "004_2bd094ce7e921f38.txt").read_bytes())
    seed = corpus / SEED
    seed.write_text(seed.read_text("utf-8").replace("Detmold", "Lemgo"), "utf-8")
    report = index_corpus(corpus, root)
    assert _counts(report) == dict(documents=6, added=1, updated=1, removed=0, unchanged=4)
    assert [s.path for s in report.skipped] == ["kopie.txt"]
    engine = Engine(root)
    assert search(engine, "Okapi").total == 1
    assert search(engine, "Lemgo").total == 1
    assert search(engine, "Detmold").total == 0
    engine.close()


def test_exact_duplicates_are_indexed_once(corpus, tmp_path):
    (corpus / "kopie.txt").write_bytes((corpus / SEED).read_bytes())
    (corpus / "kopie.jsonl").write_text(
        json.dumps({"text": (corpus / SEED).read_text("utf-8")}) + "\n", "utf-8"
    )
    report = index_corpus(corpus, tmp_path / "index")
    assert report.documents == 5
    reasons = {s.path: s.reason for s in report.skipped}
    assert reasons["kopie.txt"] == f"Duplikat von {SEED}"
    assert reasons["kopie.jsonl:1"] == f"Duplikat von {SEED}"


def test_rebuild_swaps_and_open_engine_follows(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    assert search(engine, "Okapi").total == 0
    old = store.live_path(root)
    (corpus / "neu.txt").write_text("Ein Okapi im Zoo Wuppertal\n\nDas Okapi ist da.\n")
    report = index_corpus(corpus, root, rebuild=True)
    assert report.rebuilt and report.documents == 6
    new = store.live_path(root)
    assert new != old and old.is_dir()  # the previous generation stays for open readers
    assert search(engine, "Okapi").total == 1
    engine.close()
    index_corpus(corpus, root, rebuild=True)
    assert not old.exists()  # two rebuilds later it is gone
    assert len(list((root / store.GENERATIONS).iterdir())) == 2


def test_busy_lock_is_reported_and_live_index_kept(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    live = store.live_path(root)
    with store.build_lock(root), pytest.raises(store.IndexBusy):
        index_corpus(corpus, root, rebuild=True)
    assert store.live_path(root) == live


def test_interrupted_build_leftovers_are_cleaned(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    leftover = root / store.GENERATIONS / "g-1-1"
    leftover.mkdir()
    (leftover / "_MAIN_1.toc").write_bytes(b"halb")
    index_corpus(corpus, root)
    assert not leftover.exists()


def test_other_schema_version_triggers_rebuild(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    live = store.live_path(root)
    meta = json.loads((live / store.META).read_text())
    (live / store.META).write_text(json.dumps({**meta, "schema_version": -1}))
    report = index_corpus(corpus, root)
    assert report.rebuilt and report.documents == 5 and store.live_path(root) != live


def test_file_that_becomes_unreadable_keeps_its_documents(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / SEED).write_bytes(b"%PDF-1.4\x00\x00\x01\x02binary")
    report = index_corpus(corpus, root)
    assert report.documents == 5 and report.updated == 0
    assert [s.path for s in report.skipped] == [SEED]
    engine = Engine(root)
    assert get_release(engine, SEED) is not None
    engine.close()


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(store.StoreError, match="Korpusordner"):
        index_corpus(tmp_path / "fehlt", tmp_path / "index")


def test_index_folder_can_be_moved(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    assert not Path(os.readlink(root / store.CURRENT)).is_absolute()
    moved = tmp_path / "anderswo"
    root.rename(moved)
    engine = Engine(moved)
    assert search(engine, "Kaykin").total == 4
    engine.close()


def test_surname_only_mentions_link_to_the_person_known_from_other_releases(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / "kurz.txt").write_text(
        "Schneider besucht Lemgo\n\nMinister Schneider besuchte am Montag die Stadt Lemgo. "
        "„Lemgo zeigt, wie Integration gelingt“, sagte Schneider.\n",
        "utf-8",
    )
    index_corpus(corpus, root)
    engine = Engine(root)
    release = get_release(engine, "kurz.txt")
    assert release.persons == ["Guntram Schneider"]
    assert [q["speaker"] for q in release.quotes] == ["Guntram Schneider"]
    assert search(engine, "Lemgo", filters=_person("Guntram Schneider")).total == 1
    engine.close()


def test_organisation_variants_are_one_facet_value_and_filter(corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    orgs = [v.value for v in search(engine, "").facets["organisation"]]
    ministries = [o for o in orgs if o.startswith("Ministerium für Arbeit")]
    assert len(ministries) == 1
    for variant in ("MAIS NRW", "Ministerium für Arbeit, Integration und Soziales NRW"):
        found = search(engine, "", filters=_organisation(variant)).total
        assert found == search(engine, "", filters=_organisation(ministries[0])).total >= 3
    engine.close()


def _person(name: str):
    from indexer.search.query import Filters

    return Filters(persons=[name])


def _organisation(name: str):
    from indexer.search.query import Filters

    return Filters(organisations=[name])


def test_worker_processes_build_the_same_index(corpus, tmp_path, monkeypatch):
    def snapshot(root: Path) -> list:
        engine = Engine(root)
        result = search(engine, "Migrantinnen Integration")
        facets = {k: [(v.value, v.count) for v in vs] for k, vs in result.facets.items()}
        hits = [(h.id, h.score, h.snippet, h.persons) for h in result.hits]
        release = get_release(engine, SEED).to_json()
        engine.close()
        return [hits, facets, release]

    monkeypatch.setenv("PRESSESUCHE_WORKERS", "0")
    index_corpus(corpus, tmp_path / "inline")
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "2")
    report = index_corpus(corpus, tmp_path / "workers")
    assert report.documents == 5
    assert snapshot(tmp_path / "workers") == snapshot(tmp_path / "inline")


def test_preparing_releases_leaves_no_reference_cycles(corpus):
    """Worker processes never run the cyclic garbage collector (``pipeline``): what preparing
    and analysing a release allocates must be freed by reference counting alone."""
    import gc

    from indexer.build.pipeline import _work
    from indexer.text.corpus import read_source, scan

    files, _ = scan(corpus)
    records = [r for src in files for r in read_source(src, 10**7)[0]]
    assert len(_work(records)) == 5  # caches and lazily built tables are made on the first run
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            assert len(_work(records)) == 5
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_rebuild_keeps_the_releases_of_a_file_that_vanished_behind_a_dangling_link(
    corpus, tmp_path
):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / SEED).unlink()
    (corpus / SEED).symlink_to(tmp_path / "nirgends.txt")
    report = index_corpus(corpus, root, rebuild=True)
    assert (report.documents, report.unchanged) == (5, 1)
    engine = Engine(root)
    assert get_release(engine, SEED).title == "Interkulturelle Öffnung der Verwaltung"
    engine.close()


# the default on a machine of this memory: 1024 MB, or a third of the memory when that is less
MACHINE = min(1024, max(16, (config._memory_mb() or 3072) // 3))


@pytest.mark.parametrize(
    ("value", "mb"),
    [("", MACHINE), ("64", 64), (" 512 ", 512), ("3", 16), ("viel", MACHINE), ("²", MACHINE)],
)
def test_writer_memory_is_set_by_the_environment(corpus, tmp_path, monkeypatch, value, mb):
    """``PRESSESUCHE_WRITER_MB`` is the limit of each writer's posting pool (at least 16 MB)."""
    monkeypatch.setenv("PRESSESUCHE_WRITER_MB", value)
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "0")
    limits = []
    make_pool = writer._TermPool.__init__

    def recording(pool, tempstore, limit):
        limits.append(limit)
        make_pool(pool, tempstore, limit)

    monkeypatch.setattr(writer._TermPool, "__init__", recording)
    assert index_corpus(corpus, tmp_path / "index", rebuild=True).added == 5
    assert limits and set(limits) == {mb * 1024 * 1024}


@pytest.mark.parametrize(
    ("value", "writers", "memory_mb", "mb"),
    [
        ("", 1, 24 * 1024, 1024),  # enough memory: 1024 MB each
        ("", 2, 24 * 1024, 1024),
        ("", 16, 16 * 1024, 341),  # many cores, little memory: a third of it, shared
        ("", 4, 8 * 1024, 682),
        ("", 64, 1024, 16),  # never below 16 MB
        ("", 0, 3 * 1024, 1024),  # no workers: the one writer of the indexing process
        ("2048", 16, 1024, 2048),  # what the admin sets wins
    ],
)
def test_writer_memory_is_shared_by_the_writers(monkeypatch, value, writers, memory_mb, mb):
    monkeypatch.setenv("PRESSESUCHE_WRITER_MB", value)
    assert config.writer_mb(writers, memory_mb) == mb


def test_writer_memory_defaults_from_the_machines_memory(monkeypatch):
    monkeypatch.delenv("PRESSESUCHE_WRITER_MB", raising=False)
    memory = config._memory_mb()
    if not memory:
        pytest.skip("this OS does not tell its memory")
    assert memory > 256  # a real figure, in MB
    assert config.writer_mb(2) == max(16, min(1024, memory // 6))


WHITESPACE = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*WHITESPACE, *"aÄß İ\u200b-"]), max_size=40), st.text())
def test_content_hash_sees_the_text_not_its_spacing_or_case(title, body):
    """Whitespace runs (any Unicode space) count as one space, the ends as none; case is ignored."""
    words = re.sub(r"\s+", " ", f"{title}\n{body}").strip().lower()
    assert (
        content_hash(title, body)
        == hashlib.sha1(words.encode("utf-8", "surrogatepass")).hexdigest()
    )


def test_content_hash_ignores_spacing_and_case_only():
    same = content_hash("Titel", "Ein  Text\n\nmit\u00a0 Absätzen ")
    assert same == content_hash(" TITEL", "ein text mit absätzen")
    assert same != content_hash("Titel", "Ein Text mit Absätzen!")


@pytest.mark.parametrize("value", ["²", "-5", "0", "1e6", " "])
def test_settings_that_are_no_whole_number_fall_back_to_the_defaults(monkeypatch, value):
    for variable in ("PRESSESUCHE_MAX_DOC_BYTES", "PRESSESUCHE_POSTINGS_CACHE"):
        monkeypatch.setenv(variable, value)
    assert config.max_doc_bytes() == config.DEFAULT_MAX_DOC_BYTES
    assert config.postings_cache() == (0 if value == "0" else config.DEFAULT_POSTINGS_CACHE)


def test_a_worker_count_that_is_no_whole_number_is_chosen_by_size(monkeypatch, corpus):
    from indexer.build.pipeline import workers_for
    from indexer.text.corpus import scan

    files, _ = scan(corpus)
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "²")
    assert workers_for(files) == 0  # five small releases: prepared in the indexing process
    monkeypatch.setenv("PRESSESUCHE_WORKERS", "3")
    assert workers_for(files) == 3


def test_a_run_pauses_the_cyclic_collector(corpus, tmp_path):
    """The collector walked the objects a run keeps again and again; it is off during a run,
    on again afterwards (and stays off for a caller that had switched it off)."""
    import gc

    seen = []
    assert gc.isenabled()
    index_corpus(
        corpus, tmp_path / "index", progress=lambda done, todo: seen.append(gc.isenabled())
    )
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        index_corpus(corpus, tmp_path / "index", rebuild=True)
        assert not gc.isenabled()
    finally:
        gc.enable()
