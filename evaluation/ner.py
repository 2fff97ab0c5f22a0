"""Score persons and organisations by rules alone, the tagger alone and both (``PRESSESUCHE_NER``).

Two datasets from the shared corpora: GermEval 2014 dev (outer PER/ORG spans, strict match, with
the scorer of ``evaluation.extraction``) and ``pressemitteilungen_dev`` (persons and organisations
of each release, with the matching rules of its README). The releases are split by the SHA-1 of
their id: the first 60 % of the hash range to tune on, the rest to report. Run as
``python -m evaluation.ner [--split tune|report|all]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
import unicodedata
from pathlib import Path

from evaluation.extraction import Report, Score, evaluate_germeval, format_report, shared_dir
from indexer.extraction.entities import extract_entities
from indexer.extraction.ner import MODES
from indexer.model import CleanDocument

_TITLES = {"dr", "prof", "herr", "frau", "med", "rer", "nat", "phil", "dipl", "ing"}


def _fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def person_words(name: str) -> list[str]:
    """Fold a person's name to its words without titles (README of pressemitteilungen_dev)."""
    words = [w.strip(".,;:()") for w in _fold(name).replace("-", " - ").split()]
    return [w for w in words if w and w not in _TITLES and w != "-"]


def same_person(a: str, b: str) -> bool:
    """Tell whether two names are one person: equal, or one surname with a first name agreeing."""
    x, y = person_words(a), person_words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if x[-1] != y[-1]:
        return False
    return len(x) == 1 or len(y) == 1 or x[0] == y[0]


def _org_words(name: str) -> set[str]:
    return {w.strip(".,;:()\"„“”'") for w in _fold(name).split()} - {""}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def same_org(predicted: str, accepted: list[str]) -> bool:
    """Tell whether ``predicted`` names the organisation of ``accepted`` (Jaccard or acronym)."""
    p = _org_words(predicted)
    for name in accepted:
        g = _org_words(name)
        if p and g and len(p & g) / len(p | g) >= 0.6:
            return True
        folded, other = _fold(predicted).strip(), _fold(name).strip()
        if " " not in folded and len(folded) >= 2 and folded in (_initials(name), other):
            return True
        if " " not in other and len(other) >= 2 and other == _initials(predicted):
            return True
    return False


def match(predicted: list[str], gold: list[list[str]], optional: list[str], same) -> Score:
    """Match one-to-one; a second name for a matched entity and an optional name count neither."""
    score, used = Score(), set()
    for name in predicted:
        hits = [i for i, alts in enumerate(gold) if same(name, alts)]
        free = [i for i in hits if i not in used]
        if free:
            used.add(free[0])
            score.tp += 1
        elif hits or same(name, optional):
            continue
        else:
            score.fp += 1
    score.fn += len(gold) - len(used)
    return score


def in_split(release_id: str, split: str) -> bool:
    """Tell whether a release is in ``tune`` (SHA-1 in the first 60 %), ``report`` or ``all``."""
    if split == "all":
        return True
    h = int(hashlib.sha1(release_id.encode("utf-8")).hexdigest(), 16) / 16**40
    return (h < 0.6) == (split == "tune")


def evaluate_releases(how: str, split: str = "report") -> Report | None:
    """Score persons and organisations of ``pressemitteilungen_dev`` in mode ``how``."""
    path = shared_dir() / "corpora" / "pressemitteilungen_dev" / "releases.jsonl"
    if not path.exists():
        return None
    report = Report(
        f"pressemitteilungen_dev {split}, {how}", {"persons": Score(), "organisations": Score()}
    )
    old = os.environ.get("PRESSESUCHE_NER")
    os.environ["PRESSESUCHE_NER"] = how
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not in_split(r["id"], split):
                continue
            gold = r["gold"]
            ent = extract_entities(CleanDocument("", r["text"]))
            persons = match(
                ent.persons,
                [[p] for p in gold["persons"]],
                gold.get("persons_optional", []),
                lambda name, alts: any(same_person(name, a) for a in alts),
            )
            orgs = match(
                ent.organisations,
                gold["organisations"],
                [n for o in gold.get("organisations_optional", []) for n in _names(o)],
                same_org,
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


def _names(entry) -> list[str]:
    return entry if isinstance(entry, list) else [entry]


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
    import tempfile

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
    for cached in ("shape", "lexical_class", "word_features", "context_features", "name_likeness"):
        getattr(ner_features, cached).cache_clear()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="report", choices=["tune", "report", "all"])
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--cost", type=int, default=0, help="time N benchmark releases")
    parser.add_argument("--no-germeval", action="store_true")
    args = parser.parse_args(argv)
    for how in args.modes.split(","):
        reports = [] if args.no_germeval else [evaluate_germeval(how=how)]
        reports.append(evaluate_releases(how, args.split))
        for report in reports:
            print(format_report(report, args.errors) if report else "(dataset missing, skipped)")

    measured = cost(args.cost) if args.cost else None
    if measured:
        print("CPU per release: " + ", ".join(f"{k} {v:.2f}" for k, v in measured.items()))


if __name__ == "__main__":
    main()
