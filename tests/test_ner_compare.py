"""What ``both`` keeps and loses against the rules and the tagger, on sentences of our own."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.ner_compare import compare, main
from evaluation.ner_heldout import HELD_OUT

WORDS = ["Gestern", "sagte", "Anna", "Weber", "von", "der", "Deutschen", "Bahn", ",", "dass"]
WORDS += ["der", "Zug", "später", "komme", "."]


def test_a_person_of_the_rules_that_the_gold_lacks_is_counted_as_the_rules_error():
    right = ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG"] + ["O"] * 7
    counts = compare(WORDS, right, Counter())
    assert counts["PER rules fp"] == 0
    examples: list = []
    counts = compare(WORDS, ["O"] * len(WORDS), Counter(), examples)
    assert counts["PER rules fp"] == 1  # "Anna Weber" found by the rules, not in this gold
    text = "Gestern sagte Anna Weber von der Deutschen Bahn, dass der Zug später komme."
    assert [(k, t, [n for n in notes if n.startswith("rules")]) for k, t, notes in examples] == [
        ("PER", text, ["rules fp: Anna Weber"]),
        ("ORG", text, ["rules fp: Deutschen Bahn"]),
    ]
    # what the tagger adds or loses is counted only beside the rules' mentions, never twice
    assert not any("tagger tp added" in key and key.startswith("PER") for key in counts)


def test_a_held_out_corpus_shows_totals_and_no_sentence(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "corpora" / "ner_training" / "smartdata" / "converted"
    folder.mkdir(parents=True)
    tags = ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG"] + ["O"] * 7
    rows = [f"{w}\t{t}\t{t}" for w, t in zip(WORDS, tags, strict=True)]
    (folder / HELD_OUT["smartdata_test"][1]).write_text("\n".join(rows) + "\n\n", "utf-8")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    main(["--held-out", "smartdata_test", "--examples", "5"])
    out = capsys.readouterr().out
    assert out.startswith("held-out smartdata_test (1 sentences): what both keeps and loses")
    assert "Anna" not in out  # a yardstick is read by its totals only


def test_an_unknown_corpus_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--held-out", "europeana"])
    assert stop.value.code == 2 and "known: smartdata_test" in capsys.readouterr().err
