"""The word clusters' trial options (``tools/ner_lexicons.py``): corpus words, capitalised words."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import ner_lexicons  # noqa: E402

SURNAMES = ["Albers", "Brinkmann", "Cordes", "Dreesen", "Eilers", "Focken"]
NOUNS = ["Antrag", "Haushalt", "Bericht", "Entwurf", "Vertrag", "Plan"]


def _speeches(tmp_path: Path, monkeypatch) -> None:
    """Write one invented speech where surnames and nouns stand in places of their own.

    Each pair comes one to three times: with every word equally often, k-means from seed 0 put
    surnames and nouns together on a fresh install (numpy 2.5.5), though the real table stayed
    byte for byte the same; with uneven counts the test holds for seeds 0-19."""
    text = " ".join(
        f"Herr {s} sagte das. Kollege {s} meinte es. " * (i % 3 + 1)
        + f"Der {n} ist gut. Dieser {n} wirkt. " * ((i + 1) % 3 + 1)
        for i, (s, n) in enumerate(zip(SURNAMES, NOUNS, strict=True))
    )
    folder = tmp_path / "corpora" / "bundestag_wp19_speeches"
    folder.mkdir(parents=True)
    with gzip.open(folder / "speeches.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ID1", "text": text}) + "\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    monkeypatch.setattr(ner_lexicons, "CLUSTER_MIN_COUNT", 1)
    monkeypatch.setattr(ner_lexicons, "CLUSTER_DIMENSIONS", 30)
    monkeypatch.setattr(ner_lexicons, "CLUSTER_SIZES", (4, 6))


def _corpus(tmp_path: Path) -> str:
    """Write an invented CoNLL file (word, tag) and return its name under ``ner_training``."""
    rows = ["-DOCSTART-\tO", ""]
    for s in ["Quandtner", "Rieswald"] * 3:
        rows += [f"Herr\tO\n{s}\tB-PER\nsagte\tO\n2019\tO\n.\tO", ""]
    path = tmp_path / "corpora" / "ner_training" / "invented" / "words.conll"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return "invented/words.conll"


def test_corpus_tokens_read_the_words_of_sentences_not_their_tags(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    docs = ner_lexicons.corpus_tokens((_corpus(tmp_path),))
    assert len(docs) == 6  # the -DOCSTART- line is no sentence
    assert docs[0] == ["Herr", "Quandtner", "sagte", "<d>", "."]  # numbers as in the speeches
    assert not any(w.startswith(("B-", "I-")) or w == "O" for doc in docs for w in doc)


def test_cluster_text_takes_the_corpus_words_only_when_asked(tmp_path, monkeypatch):
    _speeches(tmp_path, monkeypatch)
    name = _corpus(tmp_path)
    out = tmp_path / "clusters.json.gz"
    ner_lexicons.build_clusters(out)
    assert "Quandtner" not in json.loads(gzip.decompress(out.read_bytes()))
    ner_lexicons.build_clusters(out, (name,))
    first = out.read_bytes()
    table = json.loads(gzip.decompress(first))
    assert "Quandtner" in table and "Albers" in table
    assert ner_lexicons.build_clusters(out, (name,)) and out.read_bytes() == first  # reproducible


def test_capitalised_words_get_fine_clusters_of_their_own(tmp_path, monkeypatch):
    _speeches(tmp_path, monkeypatch)
    out = tmp_path / "clusters.json.gz"
    ner_lexicons.build_clusters(out)
    plain = json.loads(gzip.decompress(out.read_bytes()))
    ner_lexicons.build_clusters(out, capitalised=3)
    table = json.loads(gzip.decompress(out.read_bytes()))
    assert {w: c[0] for w, c in table.items()} == {w: c[0] for w, c in plain.items()}  # coarse
    for word, (_, fine) in table.items():
        assert (fine >= 6) == word[:1].isupper() and fine < 6 + 3
    assert len({table[s][1] for s in SURNAMES}) == 1
    assert table["Albers"][1] != table["Antrag"][1]
