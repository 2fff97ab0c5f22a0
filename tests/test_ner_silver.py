"""Which silver sentences the tagger trains on (``tools/ner_silver.py``)."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import ner_silver  # noqa: E402


def _speech(tmp_path: Path, monkeypatch, text: str) -> None:
    """Write ``text`` as the one speech of the silver share among invented ones."""
    ids = [f"ID{i}" for i in range(100)]
    kept = next(i for i in ids if not int(hashlib.sha1(i.encode()).hexdigest(), 16) % 8)
    folder = tmp_path / "corpora" / "bundestag_wp19_speeches"
    folder.mkdir(parents=True)
    with gzip.open(folder / "speeches.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": i, "text": text if i == kept else "Nichts."}) + "\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))


def test_diverse_silver_keeps_persons_and_few_repeats_of_one_body(tmp_path, monkeypatch):
    said = [
        "Die Bundesregierung hat das Gesetz vorgelegt.",
        "Wir fragen die Bundesregierung nach den Kosten.",
        "Die Bundesregierung schweigt dazu.",
        "Auch morgen wird die Bundesregierung nichts sagen.",
        "Die Bundesregierung hat keinen Plan.",
        "Der Bundesrat berät das Gesetz morgen.",
        "Heute hat Ministerin Anna Hurrelmann die Bundesregierung verteidigt.",
    ]
    _speech(tmp_path, monkeypatch, " ".join(said))
    every = ner_silver.silver_bundestag()
    assert len(every) == len(said)  # "all", the default, keeps every labelled sentence
    diverse = ner_silver.silver_bundestag(pick="diverse")
    firsts = [" ".join(words[:3]) for words, _ in diverse]
    assert len(diverse) == ner_silver.ORG_REPEATS + 2
    assert "Auch morgen wird" not in firsts and "Die Bundesregierung hat" in firsts
    assert "Der Bundesrat berät" in firsts  # an organisation not seen before
    assert "Heute hat Ministerin" in firsts  # a person, whatever body the sentence names


def test_an_unknown_pick_is_refused():
    with pytest.raises(ValueError):
        ner_silver.Picker("sure")


def test_silver_places_are_loc_and_keep_the_same_sentences(tmp_path, monkeypatch):
    said = [
        "Ministerin Anna Hurrelmann reist morgen nach Norwegen.",
        "In Portugal regnet es.",
        "Die Bundesregierung schweigt dazu.",
    ]
    _speech(tmp_path, monkeypatch, " ".join(said))
    plain = ner_silver.silver_bundestag()
    placed = ner_silver.silver_bundestag(places=True)
    assert [words for words, _ in placed] == [words for words, _ in plain]  # no place-only one
    words, tags = placed[0]
    assert tags[words.index("Norwegen")] == "B-LOC"
    assert "B-LOC" not in plain[0][1]
    assert tags[words.index("Anna")] == "B-PER"
