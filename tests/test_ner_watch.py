"""Watching the tagger's training: a held-out fold scored by CRFsuite after every iteration."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from indexer.extraction.ner_features import sentence_features

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import ner_watch  # noqa: E402

TRAIN = [
    (["Gestern", "sagte", "Jana", "Roth", "nichts", "."], ["O", "O", "B-PER", "I-PER", "O", "O"]),
    (["Der", "Verein", "BUND", "klagte", "."], ["O", "O", "B-ORG", "O", "O"]),
    (["Roth", "fuhr", "nach", "Kiel"], ["B-PER", "O", "O", "B-LOC"]),
]
FOLD = [
    (["Morgen", "sagte", "Jana", "Roth", "zu", "."], ["O", "O", "B-PER", "I-PER", "O", "O"]),
    (["Heute", "klagte", "der", "BUND", "."], ["O", "O", "O", "B-ORG", "O"]),
]


def test_the_log_scores_the_held_out_group_after_every_iteration(tmp_path):
    pytest.importorskip("pycrfsuite")
    log = tmp_path / "train.log"
    trainer = ner_watch.trainer(log)
    for words, tags in TRAIN:
        trainer.append(sentence_features(words, 2), tags, 0)
    for words, tags in FOLD:
        trainer.append(sentence_features(words, 2), tags, 1)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 12})
    trainer.train(str(tmp_path / "tiny.crfsuite"), holdout=1)
    rows = ner_watch.read_log(log)
    assert [r["iteration"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows and all(r["loss"] > 0 and r["active"] > 0 for r in rows)
    # the fold's gold tokens, not the training group's: 1 B-PER, 1 I-PER, 1 B-ORG
    assert [rows[-1][x][2] for x in ("B-PER", "I-PER", "B-ORG")] == [1, 1, 1]
    assert rows[-1]["loss"] < rows[0]["loss"]
    lines = ner_watch.curve(rows, every=5)
    assert len(lines) == len(rows) // 5 + (len(rows) % 5 > 0)
    assert lines[-1].startswith(f"{len(rows):4d}  loss") and "B-PER" in lines[-1]


def test_f1_of_token_counts():
    assert ner_watch.f1((3, 4, 4)) == pytest.approx(0.75)
    assert ner_watch.f1((0, 0, 0)) == 1.0


def test_training_can_take_just_the_fold_it_leaves_out(tmp_path, monkeypatch):
    import train_ner

    from evaluation.ner import GERMEVAL_TUNE, in_fold
    from tests.test_ner import _germeval_file

    folder = tmp_path / "corpora" / "germeval2014"
    folder.mkdir(parents=True)
    _germeval_file(folder / "NER-de-dev.tsv", b"#\tblind 1\n1\t\xff\xfe\tB-PER\tO\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    fold = train_ner.germeval_tune(hold_out=(2, 3), fold_only=True)
    rest = train_ner.germeval_tune(hold_out=(2, 3))
    assert len(fold) == sum(in_fold(n, (2, 3)) for n in range(1, GERMEVAL_TUNE + 1))
    assert len(fold) + len(rest) == GERMEVAL_TUNE
    words = ["Ministerin", "Anna", "Weber", "vom", "Bundestag", "deutsche", "Tatort"]
    assert fold[0] == (words, ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "O"])
