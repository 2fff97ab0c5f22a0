"""Score the extraction of dates, persons and organisations against gold data; print a table.

Three datasets: our own gold press releases (``tests/data/gold``, split into a held-in ``dev`` part
used while writing the rules and a ``heldout`` part written before them), GermEval 2014 (dev split,
outer PER/ORG spans, strict match) and Bundestag speeches (the speaker, named in the protocol's
speaker line, must come out as a person). The shared corpora are looked up in
``$PRESSESUCHE_SHARED`` or ``../shared``; a dataset that is missing is skipped, never an error.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from indexer.extraction.entities import extract_entities, is_wire_service, org_key
from indexer.extraction.names import keys_match, name_key, name_tokens, surname_key
from indexer.extraction.ner import find_mentions
from indexer.extraction.ner import mode as ner_mode
from indexer.model import CleanDocument

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
_HECKLER = re.compile(r"([A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)*) \[")
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]}“'’]$|^'s$")


def shared_dir() -> Path:
    """Return the folder of shared corpora (``$PRESSESUCHE_SHARED`` or ``../shared``)."""
    return Path(os.environ.get("PRESSESUCHE_SHARED") or ROOT.parent / "shared")


@dataclass
class Score:
    """Counts of one entity type: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The scores of one dataset, with the date accuracy and the most frequent errors."""

    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    dates: tuple[int, int] | None = None  # (exact, total)
    errors: Counter[str] = field(default_factory=Counter)
    documents: int = 0


@dataclass(frozen=True)
class GoldRelease:
    """A release with its gold date, persons and organisations (each a list of accepted names)."""

    id: str
    split: str
    doc: CleanDocument
    meta_date: str | None
    date: str | None
    persons: list[str]
    organisations: list[list[str]]
    optional: list[str]


def gold_releases(split: str | None = None) -> list[GoldRelease]:
    """Read the gold releases (``dev``, ``heldout`` or all); seeds come from ``corpus/``."""
    rows = []
    for line in (GOLD / "releases.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        doc = CleanDocument(r["title"], r["body"], r["boilerplate"])
        rows.append((r, doc))
    for line in (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        path = ROOT / "corpus" / r["file"]
        if path.exists():
            rows.append(({"id": r["file"], "meta_date": None, **r}, _clean(path.read_bytes())))
    return [
        GoldRelease(
            r["id"],
            r["split"],
            doc,
            r.get("meta_date"),
            r["date"],
            r["persons"],
            r["organisations"],
            r.get("optional_organisations", []),
        )  # fmt: skip
        for r, doc in rows
        if split is None or r["split"] == split
    ]


def _clean(data: bytes) -> CleanDocument:
    try:
        from indexer.text.structure import clean_document
    except ImportError:  # the structure stage not there yet: the raw text is the body
        return CleanDocument("", data.decode("utf-8"))
    return clean_document(data, "txt")


def _match(predicted: list[str], gold: list[list[str]], key, optional=(), tag="") -> Score:
    score, used, errors = Score(), set(), Counter()
    keyed = [[key(alt) for alt in entry] for entry in gold]
    skip = {key(o) for o in optional}
    for name in predicted:
        k = key(name)
        hit = next((i for i, alts in enumerate(keyed) if any(keys_match(k, a) for a in alts)), None)
        if hit is not None and hit not in used:
            used.add(hit)
            score.tp += 1
        elif hit is None and k in skip:
            continue
        else:
            score.fp += 1
            errors[f"{tag} FP: {name}"] += 1
    for i, entry in enumerate(gold):
        if i not in used:
            score.fn += 1
            errors[f"{tag} FN: {entry[0]}"] += 1
    _match.errors = errors
    return score


def evaluate_gold(split: str | None = "dev") -> Report:
    """Score the gold press releases of ``split`` (``dev``, ``heldout``, or None for all)."""
    report = Report(f"gold {split or 'all'}", {"persons": Score(), "organisations": Score()})
    exact = 0
    releases = gold_releases(split)
    for g in releases:
        ent = extract_entities(g.doc, g.meta_date)
        for kind, predicted, gold, key, opt in (
            ("persons", ent.persons, [[p] for p in g.persons], name_key, ()),
            ("organisations", ent.organisations, g.organisations, org_key, g.optional),
        ):
            s = _match(predicted, gold, key, opt, f"{g.id} {kind[:3]}")
            total = report.scores[kind]
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
            report.errors.update(_match.errors)
        if ent.date == g.date:
            exact += 1
        else:
            report.errors[f"{g.id} date: {ent.date} != {g.date}"] += 1
    report.dates, report.documents = (exact, len(releases)), len(releases)
    return report


def _germeval_sentences(path: Path):
    tokens: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                yield tokens
            tokens = []
            continue
        parts = line.split("\t")
        tokens.append((parts[1], parts[2]))
    if tokens:
        yield tokens


def _spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    spans, start = set(), None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{kind}":
            spans.add((start, i))
            start = None
        if tag == f"B-{kind}":
            start = i
    return spans


def _detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, offsets = "", []
    for i, word in enumerate(words):
        if i and not _NO_SPACE_BEFORE.match(word) and words[i - 1] not in {"(", "„", "["}:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    return text, offsets


def _to_tokens(start: int, end: int, offsets: list[tuple[int, int]]) -> tuple[int, int] | None:
    first = next((i for i, (a, _) in enumerate(offsets) if a == start), None)
    last = next((i for i, (_, b) in enumerate(offsets) if b == end), None)
    return (first, last + 1) if first is not None and last is not None else None


def evaluate_germeval(path: Path | None = None, how: str | None = None) -> Report | None:
    """Score PER and ORG spans (outer level, strict) on GermEval 2014 dev; None if absent.

    ``how`` is the mode of ``indexer.extraction.ner`` (``rules``, ``model``, ``both``, ``fast``);
    by default the one ``PRESSESUCHE_NER`` sets for the build.
    """
    path = path or shared_dir() / "corpora" / "germeval2014" / "NER-de-dev.tsv"
    if not path.exists():
        return None
    how = how or ner_mode()
    report = Report(f"GermEval 2014 dev, {how}", {"PER": Score(), "ORG": Score()})
    for sentence in _germeval_sentences(path):
        words, tags = [w for w, _ in sentence], [t for _, t in sentence]
        text, offsets = _detokenize(words)
        persons, orgs = find_mentions(text, how)
        orgs = [m for m in orgs if not is_wire_service(m.name)]
        for kind, mentions in (("PER", persons), ("ORG", orgs)):
            gold = _spans(tags, kind)
            found = {s for m in mentions if (s := _to_tokens(m.start, m.end, offsets))}
            score = report.scores[kind]
            score.tp += len(found & gold)
            score.fp += len(found - gold)
            score.fn += len(gold - found)
            for a, b in found - gold:
                near = {t[2:] for t in tags[a:b] if t != "O"}
                report.errors[
                    f"{kind} FP " + (f"({'/'.join(sorted(near))} span)" if near else "(O)")
                ] += 1
            for a, b in gold - found:
                partial = any(x < b and a < y for x, y in found)
                report.errors[
                    f"{kind} FN " + ("(boundary)" if partial else f"({b - a} token)")
                ] += 1
        report.documents += 1
    return report


def _speeches(limit: int) -> tuple[list[dict], set[str]] | None:
    """Return a deterministic sample of speeches, and the surnames of every member of parliament."""
    path = shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    known = {surname_key(r["last_name"]) for r in rows if r["last_name"]}
    for r in rows:  # "(Dr. Alice Weidel [AfD]: Nach der Statistik!)"
        known.update(surname_key(m) for i in r["interjections"] for m in _HECKLER.findall(i))
    rows = [r for r in rows if r["last_name"] and r["first_name"] and " " not in r["last_name"]]
    rows.sort(key=lambda r: r["id"])
    return rows[:: max(1, len(rows) // limit)][:limit], known


def _speaker_line(r: dict) -> str:
    """Return the line that opens a speech in the protocol: ``Uwe Witt (AfD):``."""
    if r["role"]:
        return f"{r['speaker']}, {r['role']}:"
    return f"{r['speaker']} ({r['party']}):" if r["party"] else f"{r['speaker']}:"


def evaluate_bundestag(sample: int = 300) -> Report | None:
    """Check that a speech's speaker, named in its speaker line, comes out as a person.

    The other persons found have no gold; the share of them whose surname is that of a member of
    parliament (speaker or heckler anywhere in the term) is reported as a floor for precision.
    """
    loaded = _speeches(sample)
    if loaded is None:
        return None
    rows, known = loaded
    report = Report("Bundestag speakers", {"speaker": Score()})
    others, unknown = 0, Counter()
    for r in rows:
        ent = extract_entities(CleanDocument("", f"{_speaker_line(r)}\n{r['text']}"))
        want = name_key(f"{r['first_name']} {r['last_name']}")
        first = name_tokens(r["first_name"])[:1]
        hits = [
            p
            for p in ent.persons
            if name_key(p) == want
            or (surname_key(p) == surname_key(r["last_name"]) and name_tokens(p)[:1] == first)
        ]
        report.scores["speaker"].tp += bool(hits)
        report.scores["speaker"].fn += not hits
        if not hits:
            report.errors[f"speaker missed: {r['speaker']}"] += 1
        rest = [p for p in ent.persons if p not in hits]
        others += len(rest)
        unknown.update(p for p in rest if surname_key(p) not in known)
    report.documents = len(rows)
    share = 1 - sum(unknown.values()) / others if others else 1.0
    report.errors[f"other persons: {others}, with an MP's surname: {share:.3f}"] = others
    for name, n in unknown.most_common(15):
        report.errors[f"not an MP: {name}"] = n
    return report


def benchmark(n: int = 500) -> dict[str, float] | None:
    """Return milliseconds per release for extraction (and for the index analyzer, to compare)."""
    loaded = _speeches(n)
    if loaded is None:
        return None
    docs = [CleanDocument("", r["text"]) for r in loaded[0]]
    extract_entities(docs[0])  # load the word lists before timing
    start = time.perf_counter()
    for doc in docs:
        extract_entities(doc)
    result = {"extraction ms/release": (time.perf_counter() - start) * 1000 / len(docs)}
    try:
        from indexer.analysis.analyzers import analyze
    except ImportError:
        return result
    analyze(docs[0].body)
    start = time.perf_counter()
    for doc in docs:
        analyze(doc.body)
    result["analysis ms/release"] = (time.perf_counter() - start) * 1000 / len(docs)
    return result


def format_report(report: Report, errors: int = 8) -> str:
    """Render a report as lines of a table, with its most frequent errors."""
    lines = [f"{report.name} ({report.documents} documents)"]
    for kind, s in report.scores.items():
        lines.append(
            f"  {kind:<14} P {s.precision:6.3f}  R {s.recall:6.3f}  F1 {s.f1:6.3f}"
            f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    if report.dates:
        exact, total = report.dates
        lines.append(f"  {'dates':<14} exact {exact}/{total} = {exact / total:.3f}")
    lines += [f"    {n:4d} × {what}" for what, n in report.errors.most_common(errors)]
    return "\n".join(lines)


def main(gold_only: bool = False) -> None:
    """Print the scores of every dataset that is there (only our gold data when asked)."""
    reports = [evaluate_gold("dev"), evaluate_gold("heldout")]
    if not gold_only:
        reports += [evaluate_germeval(), evaluate_bundestag()]
    for report in reports:
        print(format_report(report) if report else "(dataset missing, skipped)")
    timing = None if gold_only else benchmark()
    if timing:
        print(
            "speed on 500 Bundestag speeches: "
            + ", ".join(f"{k} {v:.1f}" for k, v in timing.items())
        )


if __name__ == "__main__":
    main()
