"""A release whose preparation takes too long is skipped, and not tried again while unchanged.

The bound is ``PRESSESUCHE_DOC_SECONDS``; set to a millionth of a second for one run, every
release read in that run takes longer (no release is prepared that fast), with or without worker
processes. No timing is asserted: what counts is what the report says and what the index holds.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.config import doc_seconds
from indexer.engine import store

TINY = "0.000001"
NEW = "Neue Mitteilung der Stadt\n\nDie Stadt eröffnet am Montag eine neue Bibliothek im Zentrum.\n"


def _run(corpus, root, *extra, env=None):
    result = CliRunner().invoke(
        main, ["index", "--corpus", str(corpus), "--index", str(root), "--json", *extra], env=env
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("workers", ["0", "2"], ids=["in-process", "workers"])
def test_a_release_over_the_bound_is_skipped_and_not_retried_until_changed(
    corpus, tmp_path, monkeypatch, workers
):
    monkeypatch.setenv("PRESSESUCHE_WORKERS", workers)
    root = tmp_path / "index"
    assert _run(corpus, root)["documents"] == 5
    (corpus / "neu.txt").write_text(NEW, "utf-8")

    slow = _run(corpus, root, env={"PRESSESUCHE_DOC_SECONDS": TINY})
    assert slow["documents"] == 5  # the run went on; what was indexed stays
    [skip] = slow["skipped"]
    assert skip["path"] == "neu.txt"
    assert skip["reason"].startswith("Zeitlimit überschritten")
    assert "PRESSESUCHE_DOC_SECONDS" in skip["reason"]

    # the default bound would let it through, but the unchanged file is not tried again
    for extra in ((), ("--rebuild",)):
        again = _run(corpus, root, *extra)
        assert again["documents"] == 5
        assert [s["path"] for s in again["skipped"]] == ["neu.txt"]
        assert "nicht erneut versucht" in again["skipped"][0]["reason"]
    assert "neu.txt" in store.read_meta(store.live_path(root))["timed_out"]

    (corpus / "neu.txt").write_text(NEW + "\nMit einem Nachtrag.\n", "utf-8")
    changed = _run(corpus, root)
    assert changed["documents"] == 6
    assert changed["skipped"] == []
    assert store.read_meta(store.live_path(root))["timed_out"] == {}


def test_a_rebuild_over_the_bound_keeps_nothing_half_done(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_DOC_SECONDS", TINY)
    report = index_corpus(corpus, tmp_path / "index")
    assert report.documents == 0
    assert len(report.skipped) == 5
    assert all(s.reason.startswith("Zeitlimit überschritten") for s in report.skipped)


def test_jsonl_lines_over_the_bound_are_remembered_one_by_one(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [{"id": f"m{i}", "title": f"Meldung {i}", "text": f"Text Nummer {i}."} for i in (1, 2)]
    (corpus / "m.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n", "utf-8")
    root = tmp_path / "index"
    monkeypatch.setenv("PRESSESUCHE_DOC_SECONDS", TINY)
    assert [s.path for s in index_corpus(corpus, root).skipped] == ["m.jsonl:1", "m.jsonl:2"]
    monkeypatch.delenv("PRESSESUCHE_DOC_SECONDS")
    report = index_corpus(corpus, root)
    assert report.documents == 0
    assert {s.path for s in report.skipped} == {"m.jsonl:1", "m.jsonl:2"}


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("", 20.0), ("5", 5.0), ("0.5", 0.5), ("0", 0.0), ("-1", 20.0), ("nan", 20.0), ("²", 20.0)],
)
def test_the_bound_is_read_from_the_environment(monkeypatch, value, seconds):
    monkeypatch.setenv("PRESSESUCHE_DOC_SECONDS", value)
    assert doc_seconds() == seconds
