"""A held-out corpus as the tagger's second yardstick: left out of training, scored on its own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evaluation.ner_heldout import HELD_OUT, evaluate_held_out, held_out_files

ROOT = Path(__file__).resolve().parents[1]

# sentences of our own in the corpora's CoNLL columns (word, outer tag, fine tag)
TEST_ROWS = [
    "Gestern\tO\tO",
    "sagte\tO\tO",
    "Anna\tB-PER\tB-PERSON",
    "Weber\tI-PER\tI-PERSON",
    "von\tO\tO",
    "der\tO\tO",
    "Deutschen\tB-ORG\tB-ORGANIZATION",
    "Bahn\tI-ORG\tI-ORGANIZATION",
    "in\tO\tO",
    "Kassel\tB-LOC\tB-LOCATION",
    "@BahnPresse\tB-ORG\tB-ORGANIZATION",
    ",\tO\tO",
    "der\tO\tO",
    "Zug\tO\tO",
    "komme\tO\tO",
    "später\tO\tO",
    ".\tO\tO",
]
OTHER_ROWS = ["Heute\tO\tO", "kam\tO\tO", "Bernd\tB-PER\tB-PERSON", "Kolbe\tI-PER\tI-PERSON"]


def _corpus(root: Path) -> None:
    folder = root / "corpora" / "ner_training" / "smartdata" / "converted"
    folder.mkdir(parents=True)
    for name in ("smartdata_v1_rest_retokenized.conll", "smartdata_v3_dev.conll"):
        (folder / name).write_text("\n".join(OTHER_ROWS) + "\n\n", encoding="utf-8")
    (folder / HELD_OUT["smartdata_test"][1]).write_text(
        "\n".join(TEST_ROWS) + "\n\n", encoding="utf-8"
    )


def test_training_leaves_a_held_out_corpus_out(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    _corpus(tmp_path)
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    assert len(train_ner.load(["smartdata"])) == 3
    kept = train_ner.load(["smartdata"], exclude=held_out_files("smartdata_test"))
    assert [words[2] for words, _ in kept] == ["Bernd", "Bernd"]
    with pytest.raises(ValueError, match="unknown held-out corpus"):
        held_out_files("germeval_report")


def test_a_held_out_corpus_is_scored_by_exact_outer_spans(tmp_path, monkeypatch):
    _corpus(tmp_path)
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    report = evaluate_held_out("smartdata_test", "rules")
    assert report.name == "held-out smartdata_test, rules" and report.documents == 1
    # the person and the company are found; the handle is no name once its edges are trimmed
    # (as in training), and the place is no person or organisation
    assert (report.scores["PER"].tp, report.scores["PER"].fp, report.scores["PER"].fn) == (1, 0, 0)
    assert (report.scores["ORG"].tp, report.scores["ORG"].fn) == (1, 0)


def test_evaluation_scores_held_out_corpora_on_request(tmp_path, monkeypatch, capsys):
    from evaluation.ner import main

    _corpus(tmp_path)
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    main(["--no-germeval", "--no-releases", "--modes", "rules", "--held-out", "smartdata_test"])
    assert "held-out smartdata_test, rules" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--no-germeval", "--no-releases", "--held-out", "europeana"],
        ["--no-releases", "--fold", "zwei"],
    ],
    ids=["unknown corpus", "bad fold"],
)
def test_evaluation_names_a_wrong_argument_instead_of_a_traceback(argv, capsys):
    from evaluation.ner import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if "europeana" in argv:
        assert "unknown held-out corpus 'europeana'; known: smartdata_test, europeana_sbb" in err


def test_training_names_an_unknown_held_out_corpus_before_writing(tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    out = tmp_path / "ner.npz"
    with pytest.raises(SystemExit) as stop:
        train_ner.main(["--exclude", "europeana", "--out", str(out)])
    assert stop.value.code == 2
    assert "known: smartdata_test, europeana_sbb" in capsys.readouterr().err
    assert not out.exists()
