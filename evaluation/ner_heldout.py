"""Score the tagger on whole corpora it was not trained on and the rules were not tuned on.

GermEval's tune half flatters every combination with the rules (they were tuned on it), and its
folds share the rest of the training mix. A held-out corpus is a second yardstick: train with
``tools/train_ner.py --exclude NAME`` and score with ``python -m evaluation.ner --held-out NAME
--model PATH`` (outer PER/ORG spans, strict match, the scorer of GermEval). The corpora:

- ``smartdata_test``: DFKI SmartData v3 test (844 sentences of German news and web text on
  mobility and industry; 100 persons, 307 organisations; the closest to press text). The
  organisation rules of session 15 read its precision (not its errors one by one).
- ``europeana_sbb``: Europeana Newspapers, the Berlin State Library part (2,408 pseudo-sentences
  of OCR'd historic newspapers; 631 persons, 236 organisations); no rule was tuned on it.

The gold spans lose punctuation at their edges as in training (``train_ner.trim``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from evaluation.extraction import Report, evaluate_germeval, shared_dir

ROOT = Path(__file__).resolve().parents[1]
# name: (folder under ner_training, file); the file's name is what training leaves out
HELD_OUT = {
    "smartdata_test": ("smartdata/converted", "smartdata_v3_test.conll"),
    "europeana_sbb": ("europeana_de/cleaned", "enp_DE.sbb.clean.conll"),
}


def held_out_names(names: str | list[str] | None) -> list[str]:
    """Return the held-out corpora ``names`` (comma-separated or a list), checked against
    ``HELD_OUT``: an unknown name raises ``ValueError`` naming the known ones."""
    if not names:
        return []
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in names if n not in HELD_OUT]
    if unknown:
        raise ValueError(f"unknown held-out corpus {unknown[0]!r}; known: {', '.join(HELD_OUT)}")
    return names


def held_out_files(names: str | list[str] | None) -> set[str]:
    """Return the file names of the held-out corpora ``names`` (comma-separated or a list)."""
    return {HELD_OUT[n][1] for n in held_out_names(names)}


def germeval_lines(sentences: list[tuple[list[str], list[str]]]) -> list[str]:
    """Write ``(words, tags)`` sentences in GermEval's columns (``#`` header, number, word, tag)."""
    lines = []
    for number, (words, tags) in enumerate(sentences, 1):
        lines.append(f"# held-out sentence {number}")
        lines += [f"{i}\t{w}\t{t}\tO" for i, (w, t) in enumerate(zip(words, tags, strict=True), 1)]
        lines.append("")
    return lines


def held_out_sentences(name: str) -> list[tuple[list[str], list[str]]] | None:
    """Return the sentences of held-out corpus ``name`` with PER/ORG tags trimmed as in training."""
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    from train_ner import read_conll, trim

    folder, file = HELD_OUT[name]
    path = shared_dir() / "corpora" / "ner_training" / folder / file
    if not path.exists():
        return None
    data = []
    for sentence in read_conll(path, 1):
        words = [w for w, _ in sentence]
        tags = [t if t[2:] in ("PER", "ORG") else "O" for _, t in sentence]
        data.append((words, trim(words, tags)))
    return data


def evaluate_held_out(name: str, how: str) -> Report | None:
    """Score persons and organisations of held-out corpus ``name`` in mode ``how``."""
    data = held_out_sentences(name)
    if data is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"{name}.tsv"
        part.write_text("\n".join(germeval_lines(data)) + "\n", encoding="utf-8")
        report = evaluate_germeval(part, how)
    if report:
        report.name = f"held-out {name}, {how}"
    return report
