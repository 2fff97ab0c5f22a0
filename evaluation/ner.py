"""Score persons and organisations by rules alone, the tagger alone and both (``PRESSESUCHE_NER``).

Two datasets from the shared corpora: GermEval 2014 dev (outer PER/ORG spans, strict match, with
the scorer of ``evaluation.extraction``), in two fixed halves by sentence number (``germeval_half``:
sentences 1-1100 to tune on, 1101-2200 kept blind), and ``pressemitteilungen_dev`` (persons and
organisations of each release, with the matching rules of its README and the split of
``evaluation.releases``: the SHA-1 of the id, the first 60 % of the hash range to tune on, the
rest to report). Run as
``python -m evaluation.ner [--split tune|report|all] [--germeval tune|report|all]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from evaluation import releases
from evaluation.extraction import Report, Score, evaluate_germeval, format_report, shared_dir
from evaluation.ner_heldout import evaluate_held_out, held_out_names
from indexer.extraction.entities import extract_entities
from indexer.extraction.ner import MODES
from indexer.model import CleanDocument

GERMEVAL_TUNE = 1100  # sentences 1..1100 of GermEval 2014 dev are tuned on, the rest is blind


def germeval_half(lines: list[str], half: str) -> list[str]:
    """Return the lines of the sentences of ``half`` of GermEval 2014 dev (CoNLL, ``#`` headers).

    ``tune`` is sentences 1 to ``GERMEVAL_TUNE`` by their number in the file, ``report`` the rest,
    ``all`` every sentence. Fixed before any error was read; errors are looked at on ``tune`` only.
    """
    if half == "all":
        return lines
    kept, number = [], 0
    for line in lines:
        if line.startswith("#"):
            number += 1
        if (number <= GERMEVAL_TUNE) == (half == "tune"):
            kept.append(line)
    return kept


def in_fold(number: int, fold: tuple[int, int] | None) -> bool:
    """Tell whether tune sentence ``number`` (1-based) is in ``fold`` ``(k, n)``: the k-th of n
    equal runs of the tune half (``None``: every sentence). Cross-validation trains on the other
    folds (``tools/train_ner.py --hold-out``) and scores this one (``--fold``)."""
    if fold is None:
        return True
    k, n = fold
    return (number - 1) * n // GERMEVAL_TUNE == k - 1


def parse_fold(value: str | None) -> tuple[int, int] | None:
    """Read ``K/N`` (fold K of N, 1-based) as ``(k, n)``; ``None`` or ``""`` as no fold."""
    if not value:
        return None
    try:
        k, n = (int(x) for x in value.split("/"))
    except ValueError:
        raise ValueError(f"fold {value!r}: give K/N, e.g. 2/5") from None
    if not 1 <= k <= n:
        raise ValueError(f"fold {value!r}: K must be 1..N")
    return k, n


def germeval_tune_lines(path: Path) -> list[str]:
    """Return the lines of GermEval 2014 dev's ``tune`` half, reading no line of the blind half.

    The same lines as ``germeval_half(lines, "tune")``: the file is read line by line and left
    at the header of sentence ``GERMEVAL_TUNE + 1``, so training (``tools/train_ner.py``) never
    sees a sentence it is measured on.
    """
    kept, number = [], 0
    with path.open("rb") as fh:  # bytes: no line after the last tune one is even decoded
        for raw in fh:
            line = raw.decode("utf-8").rstrip("\r\n")
            if line.startswith("#"):
                number += 1
                if number > GERMEVAL_TUNE:
                    break
            kept.append(line)
    return kept


def _fold_lines(lines: list[str], fold: tuple[int, int]) -> list[str]:
    """Return the lines of the tune sentences in ``fold`` (``lines``: the tune half)."""
    kept, number = [], 0
    for line in lines:
        if line.startswith("#"):
            number += 1
        if in_fold(number, fold):
            kept.append(line)
    return kept


def evaluate_germeval_half(
    how: str, half: str = "all", fold: tuple[int, int] | None = None
) -> Report | None:
    """Score GermEval 2014 dev (one half of it, see ``germeval_half``) in mode ``how``; with
    ``fold``, only that fold of the tune half (the blind half is then not read)."""
    path = shared_dir() / "corpora" / "germeval2014" / "NER-de-dev.tsv"
    if not path.exists():
        return None
    if fold is not None:
        lines = _fold_lines(germeval_tune_lines(path), fold)
    elif half != "all":
        lines = germeval_half(path.read_text(encoding="utf-8").splitlines(), half)
    if fold is None and half == "all":
        report = evaluate_germeval(path, how)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            part = Path(tmp) / f"germeval-{half}.tsv"
            part.write_text("\n".join(lines) + "\n", encoding="utf-8")
            report = evaluate_germeval(part, how)
    if report:
        where = f"tune fold {fold[0]}/{fold[1]}" if fold else half
        report.name = f"GermEval 2014 dev {where}, {how}"
    return report


def evaluate_releases(how: str, split: str = "report") -> Report | None:
    """Score persons and organisations of ``pressemitteilungen_dev`` in mode ``how``, with the
    split, the matching rules and the one-to-one matching of ``evaluation.releases``."""
    if not releases.dataset_path().exists():
        return None
    report = Report(
        f"pressemitteilungen_dev {split}, {how}", {"persons": Score(), "organisations": Score()}
    )
    old = os.environ.get("PRESSESUCHE_NER")
    os.environ["PRESSESUCHE_NER"] = how
    try:
        for r in releases.load(split=None if split == "all" else split):
            gold = r["gold"]
            ent = extract_entities(CleanDocument("", r["text"]))
            persons = releases.match_one_to_one(
                ([p] for p in ent.persons),
                [[p] for p in gold["persons"]],
                gold.get("persons_optional", []),
                releases.persons_match,
            )
            optional = gold.get("organisations_optional", [])
            orgs = releases.match_one_to_one(
                ([o] for o in ent.organisations),
                [releases.names_of(entry) for entry in gold["organisations"]],
                [n for entry in optional for n in releases.names_of(entry)],
                releases.orgs_match,
            )
            for kind, s in (("persons", persons), ("organisations", orgs)):
                total = report.scores[kind]
                total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
            report.documents += 1
    finally:
        if old is None:
            os.environ.pop("PRESSESUCHE_NER", None)
        else:
            os.environ["PRESSESUCHE_NER"] = old
    return report


def cost(count: int = 2000) -> dict[str, float] | None:
    """Return CPU ms per release: stock Whoosh indexing, extraction by mode, the tagger alone.

    The releases are the benchmark's (``bench.corpora``: Bundestag speeches as press releases);
    CPU time of this process, so that other work on the machine counts less than wall time would.
    The tagger's caches (scores and features per word) start empty for each mode, as in a worker
    of a build; the rules' word caches are warm from the first mode (``rules``) on.
    """
    try:
        from bench.baselines import build_stock
        from bench.corpora import SEED, load_speeches, real_records
    except ImportError:
        return None
    try:
        records = real_records(load_speeches(), count, SEED)
    except OSError:
        return None
    from indexer.extraction.ner import tag
    from indexer.extraction.tokens import Tokens

    docs = [CleanDocument(r["title"], r["text"]) for r in records]
    tokens = sum(len(Tokens(f"{d.title}\n{d.body}")) for d in docs)
    result = {"releases": len(docs), "tokens per release": tokens / len(docs)}
    with tempfile.TemporaryDirectory() as tmp:
        start = time.process_time()
        build_stock(records, Path(tmp))
        result["stock Whoosh index ms"] = (time.process_time() - start) * 1000 / len(docs)
    old = os.environ.get("PRESSESUCHE_NER")
    try:
        for how in MODES:
            os.environ["PRESSESUCHE_NER"] = how
            _cold()
            extract_entities(docs[0])
            start = time.process_time()
            for doc in docs:
                extract_entities(doc)
            result[f"extraction {how} ms"] = (time.process_time() - start) * 1000 / len(docs)
    finally:
        if old is None:
            os.environ.pop("PRESSESUCHE_NER", None)
        else:
            os.environ["PRESSESUCHE_NER"] = old
    _cold()
    start = time.process_time()
    for doc in docs:
        tag(f"{doc.title}\n{doc.body}")
    took = time.process_time() - start
    result["tagger alone ms"] = took * 1000 / len(docs)
    result["tagger µs/token"] = took * 1e6 / tokens
    return result


def _cold() -> None:
    """Empty the tagger's caches, and read its model again."""
    from indexer.extraction import ner, ner_features

    ner.tagger.cache_clear()
    ner.tagger()
    ner.candidate.cache_clear()
    for cached in (
        "shape",
        "lexical_class",
        "word_features",
        "context_features",
        "name_likeness",
        "gazetteer",
    ):
        getattr(ner_features, cached).cache_clear()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="report", choices=["tune", "report", "all"])
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--cost", type=int, default=0, help="time N benchmark releases")
    parser.add_argument("--germeval", default="tune,report", help="halves: tune, report, all")
    parser.add_argument("--no-germeval", action="store_true")
    parser.add_argument("--no-releases", action="store_true")
    parser.add_argument(
        "--fold", help="K/N: score only fold K of N of GermEval's tune half (cross-validation)"
    )
    parser.add_argument(
        "--held-out", help="also score these corpora (evaluation.ner_heldout), e.g. smartdata_test"
    )
    parser.add_argument("--model", type=Path, help="tag with this model file, not the shipped one")
    args = parser.parse_args(argv)
    if args.model and not args.model.is_file():
        parser.error(f"Modelldatei nicht gefunden: {args.model} (erst trainieren: make model)")
    try:
        fold = parse_fold(args.fold)
        held_out = held_out_names(args.held_out)
    except ValueError as err:  # an unknown corpus or a bad fold: a usage error, not a traceback
        parser.error(str(err))
    if args.model:
        from indexer.extraction.ner import use_model

        use_model(args.model)
    halves = [] if args.no_germeval else ["tune"] if fold else args.germeval.split(",")
    for how in args.modes.split(","):
        reports = [evaluate_germeval_half(how, half, fold) for half in halves]
        reports += [evaluate_held_out(n, how) for n in held_out]
        if not args.no_releases:
            reports.append(evaluate_releases(how, args.split))
        for report in reports:
            print(format_report(report, args.errors) if report else "(dataset missing, skipped)")

    measured = cost(args.cost) if args.cost else None
    if measured:
        print("CPU per release: " + ", ".join(f"{k} {v:.2f}" for k, v in measured.items()))


if __name__ == "__main__":
    main()
