"""What ``both`` keeps and loses against its two sides: the rules' mentions and the tagger's spans.

``both`` keeps every mention of the rules and adds the tagger's sure spans that overlap none of
them (``indexer.extraction.ner.find_mentions``). Per sentence and kind (PER, ORG) this counts, by
exact outer spans against the gold names:

- ``rules fp``: a mention of the rules that is no gold name (``both`` keeps it; a veto would need
  the tagger to know better);
- ``tagger tp added`` / ``tagger fp added``: a tagger span that ``both`` adds, right or wrong;
- ``tagger tp lost (why)``: a gold name the tagger found that ``both`` does not give — the span
  is below ``MIN_CONFIDENCE`` (``low 0.5`` is 0.5 to 0.6), overlaps a mention of the rules
  (``overlap``), or ``both``'s filters rejected it (``filtered``);
- ``tagger fp avoided (low …)``: a wrong tagger span kept out by its confidence alone.

Run as ``python -m evaluation.ner_compare [--fold K/N] [--held-out NAME] [--model FILE]
[--examples N]``: GermEval 2014 dev's tune half (or one fold of it) by default; examples (the
sentences behind the counts) only for GermEval's tune half, never for a held-out corpus, which is
a yardstick read by its totals only. The blind half is never read.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

from evaluation.extraction import _detokenize, _germeval_sentences, _spans, _to_tokens, shared_dir
from evaluation.ner import _fold_lines, germeval_tune_lines, parse_fold
from evaluation.ner_heldout import held_out_names, held_out_sentences
from indexer.extraction.entities import is_wire_service
from indexer.extraction.ner import MIN_CONFIDENCE, find_mentions, tag, use_model

Sentence = tuple[list[str], list[str]]


def compare(words: list[str], tags: list[str], counts: Counter, examples: list | None = None):
    """Count what ``both`` keeps and loses in one sentence (see the module's text)."""
    text, offsets = _detokenize(words)
    rules = find_mentions(text, "rules")
    both = find_mentions(text, "both")
    spans = tag(text)
    taken = [(m.start, m.end) for group in rules for m in group]
    for i, kind in enumerate(("PER", "ORG")):
        gold = _spans(tags, kind)

        by_rules, by_both = _tokens(rules[i], kind, offsets), _tokens(both[i], kind, offsets)
        found = []
        for span in spans:
            if span.kind == kind and (s := _to_tokens(span.start, span.end, offsets)):
                found.append((s, span))
        notes = [f"rules fp: {' '.join(words[a:b])}" for a, b in sorted(by_rules - gold)]
        counts[f"{kind} rules fp"] += len(by_rules - gold)
        for s, span in found:
            low = span.confidence < MIN_CONFIDENCE[kind]
            if s in by_both and s not in by_rules:
                what = "tp added" if s in gold else "fp added"
            elif s in gold and s not in by_both:
                overlap = any(a < span.end and span.start < b for a, b in taken)
                band = f"low {int(span.confidence * 10) / 10}"
                what = f"tp lost ({'overlap' if overlap else band if low else 'filtered'})"
            elif s not in gold and s not in by_both and low:
                what = f"fp avoided (low {int(span.confidence * 10) / 10})"
            else:
                continue
            counts[f"{kind} tagger {what}"] += 1
            notes.append(f"tagger {what}: {' '.join(words[s[0] : s[1]])} ({span.confidence:.2f})")
        if examples is not None and notes:
            examples.append((kind, text, notes))
    return counts


def _tokens(mentions, kind: str, offsets) -> set[tuple[int, int]]:
    """Return the token spans of ``mentions``, without wire services (as GermEval is scored)."""
    return {
        s
        for m in mentions
        if not (kind == "ORG" and is_wire_service(m.name))
        and (s := _to_tokens(m.start, m.end, offsets))
    }


def tune_sentences(fold: tuple[int, int] | None) -> list[Sentence] | None:
    """Return the sentences of GermEval 2014 dev's tune half, or of one fold of it."""
    path = shared_dir() / "corpora" / "germeval2014" / "NER-de-dev.tsv"
    if not path.exists():
        return None
    lines = germeval_tune_lines(path)
    if fold:
        lines = _fold_lines(lines, fold)
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "tune.tsv"
        part.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [([w for w, _ in s], [t for _, t in s]) for s in _germeval_sentences(part)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", help="K/N: only fold K of N of GermEval's tune half")
    parser.add_argument("--held-out", help="a held-out corpus instead (totals only)")
    parser.add_argument("--model", type=Path, help="tag with this model file")
    parser.add_argument("--examples", type=int, default=0, help="print N sentences (tune only)")
    args = parser.parse_args(argv)
    try:
        fold = parse_fold(args.fold)
        held_out = held_out_names(args.held_out)
    except ValueError as err:
        parser.error(str(err))
    if args.model:
        if not args.model.is_file():
            parser.error(f"Modelldatei nicht gefunden: {args.model}")
        use_model(args.model)
    if held_out:
        data, name, shown = held_out_sentences(held_out[0]), f"held-out {held_out[0]}", None
    else:
        data, name = (
            tune_sentences(fold),
            "GermEval 2014 dev tune" + (f" fold {args.fold}" if fold else ""),
        )
        shown = [] if args.examples else None
    if data is None:
        print("(dataset missing, skipped)")
        return
    counts: Counter = Counter()
    for words, tags in data:
        compare(words, tags, counts, shown)
    print(f"{name} ({len(data)} sentences): what both keeps and loses")
    for key in sorted(counts):
        print(f"  {counts[key]:5d}  {key}")
    for kind, text, notes in (shown or [])[: args.examples]:
        print(f"\n[{kind}] {text}\n    " + "\n    ".join(notes))


if __name__ == "__main__":
    main()
