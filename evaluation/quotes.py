"""Score quote extraction: gold releases, Redewiedergabe direct speech, and speed on speeches."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import tarfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import extraction as evaluate
from indexer.extraction.entities import extract_entities
from indexer.extraction.names import name_key
from indexer.extraction.quotes import extract_quotes
from indexer.model import CleanDocument, Entities, Quote
from indexer.text.structure import clean_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "gold_quotes"
CORPUS_DIR = ROOT / "corpus"
MATCH = 0.8
_QUOTE_CHARS = set("„“”\"»«‚‘’'›‹")
_ALNUM = re.compile(r"\w")


def shared_dir() -> Path | None:
    """Return the shared corpora folder (``PRESSESUCHE_SHARED`` or ``../shared``) if present."""
    path = evaluate.shared_dir()
    return path if (path / "corpora").is_dir() else None


@dataclass
class Score:
    """Counts for one gold set: gold quotes found, with the right speaker, and false quotes."""

    gold: int = 0
    found: int = 0
    right_speaker: int = 0
    predicted: int = 0
    false: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another score's counts and errors to this one."""
        for name in ("gold", "found", "right_speaker", "predicted", "false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def found_rate(self) -> float:
        """Share of gold quotes found."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def speaker_rate(self) -> float:
        """Share of gold quotes found with the right speaker (missed quotes count as wrong)."""
        return self.right_speaker / self.gold if self.gold else 1.0

    @property
    def false_rate(self) -> float:
        """Share of predicted quotes that match no gold quote."""
        return self.false / self.predicted if self.predicted else 0.0


def load_gold(path: Path) -> list[dict]:
    """Read a gold file: one release a line with ``quotes``, ``persons`` and ``roles``."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def release_document(record: dict, corpus_dir: Path = CORPUS_DIR) -> CleanDocument:
    """Return the repaired document of a gold record (a seed file or an inline body)."""
    if "file" in record:
        return clean_document((corpus_dir / record["file"]).read_bytes(), "txt")
    return CleanDocument(title=record.get("title", ""), body=record["body"])


def gold_entities(record: dict, doc: CleanDocument) -> Entities:
    """Return the persons and roles written into the gold record."""
    return Entities(persons=list(record.get("persons", [])), roles=dict(record.get("roles", {})))


def extracted_entities(record: dict, doc: CleanDocument) -> Entities:
    """Return what ``indexer.extraction.entities`` extracts from the document."""
    return extract_entities(doc)


def locate(body: str, text: str, start: int = 0) -> tuple[int, int] | None:
    """Find gold ``text`` in ``body``, exactly or ignoring case, spacing and punctuation."""
    at = body.find(text, start)
    if at < 0:
        at = body.find(text)
    if at >= 0:
        return at, at + len(text)
    chars = [(m.start(), m.group().lower()) for m in _ALNUM.finditer(body)]
    flat = "".join(c for _, c in chars)
    needle = "".join(_ALNUM.findall(text.lower()))
    hit = flat.find(needle) if needle else -1
    if hit < 0:
        return None
    return chars[hit][0], chars[hit + len(needle) - 1][0] + 1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_release(body: str, gold: list[dict], predicted: list[Quote], label: str = "") -> Score:
    """Match gold quotes to predictions (overlap >= 80 % of the gold length) and count."""
    score = Score(gold=len(gold), predicted=len(predicted))
    spans, pos, used, matched_any = [], 0, set(), set()
    for g in gold:
        span = locate(body, g["text"], pos)
        spans.append(span)
        pos = span[1] if span else pos
    for g, span in zip(gold, spans, strict=True):
        if span is None:
            score.errors.append(f"{label}: gold text not in body: {g['text'][:50]!r}")
            continue
        need = MATCH * (span[1] - span[0])
        hits = [i for i, q in enumerate(predicted) if _overlap(span, (q.start, q.end)) >= need]
        matched_any.update(hits)
        free = [i for i in hits if i not in used]
        if not free:
            score.errors.append(f"{label}: missed {g['text'][:60]!r}")
            continue
        used.add(free[0])
        score.found += 1
        got = predicted[free[0]].speaker
        if (got and name_key(got)) == (g["speaker"] and name_key(g["speaker"])):
            score.right_speaker += 1
        else:
            score.errors.append(
                f"{label}: speaker {got!r}, gold {g['speaker']!r}: {g['text'][:50]!r}"
            )
    for i, q in enumerate(predicted):
        if i not in matched_any:
            score.false += 1
            score.errors.append(f"{label}: false quote {q.text[:60]!r} ({q.speaker})")
    return score


def score_gold(
    records: Iterable[dict],
    entities_for: Callable[[dict, CleanDocument], Entities] = gold_entities,
    corpus_dir: Path = CORPUS_DIR,
) -> Score:
    """Score ``extract_quotes`` on gold records."""
    total = Score()
    for record in records:
        doc = release_document(record, corpus_dir)
        predicted = extract_quotes(doc.body, entities_for(record, doc))
        total.add(score_release(doc.body, record["quotes"], predicted, record["id"]))
    return total


def _rw_documents(folder: Path) -> Iterable[tuple[str, str, list[tuple[int, int]]]]:
    """Yield (sample, text, token character spans) for the Redewiedergabe samples."""
    texts = {}
    with (folder / "documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            texts[doc["sample"]] = doc["text"]
    with tarfile.open(folder / "tsv.tar.gz") as tar:
        for member in tar:
            name = member.name.rsplit("/", 1)[-1]
            if name not in texts or not member.isfile():
                continue
            rows = tar.extractfile(member).read().decode("utf-8").splitlines()[1:]
            text, pos, offsets = texts[name], 0, []
            for row in rows:
                tok = row.split("\t", 1)[0]
                at = text.find(tok, pos)
                at = pos if at < 0 else at
                offsets.append((at, at + len(tok)))
                pos = at + len(tok)
            yield name, text, offsets


def score_redewiedergabe(folder: Path) -> dict:
    """Share of gold direct-speech instances whose text (marks aside) our quotes cover >= 80 %."""
    instances: dict[str, list[dict]] = {}
    with (folder / "stwr_instances.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            inst = json.loads(line)
            instances.setdefault(inst["sample"], []).append(inst)
    gold = found = predicted = in_stwr = 0
    for sample, text, offsets in _rw_documents(folder):
        quotes = extract_quotes(text, Entities())
        covered = set()
        for q in quotes:
            covered.update(range(q.start, q.end))
        stwr = set()
        for inst in instances.get(sample, []):
            chars = {
                i
                for a, b in inst["stwr_token_spans"]
                for i in range(offsets[a][0], offsets[b][1])
                if not text[i].isspace() and text[i] not in _QUOTE_CHARS
            }
            stwr |= chars
            if "direct" not in inst["type"].split() or not chars:
                continue
            gold += 1
            found += len(chars & covered) >= MATCH * len(chars)
        predicted += len(quotes)
        in_stwr += sum(1 for q in quotes if len(stwr & set(range(q.start, q.end))) > 0)
    return {"gold": gold, "found": found, "predicted": predicted, "in_stwr": in_stwr}


_PRONOUNS = {"er", "sie", "ich", "wir", "es", "man", "ihr", "du"}


def redewiedergabe_speakers(folder: Path) -> list[tuple[float | None, bool]]:
    """Confidence and rightness of our speaker for found direct quotes with a named speaker.

    Only instances whose gold speaker is written as a name (not ``er``/``sie``) are judged: our
    speaker is right when its surname is a word of the gold speaker text."""
    instances: dict[str, list[dict]] = {}
    with (folder / "stwr_instances.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            inst = json.loads(line)
            named = {
                w
                for w in re.findall(r"\w+", inst.get("speaker_text") or "")
                if w.lower() not in _PRONOUNS
            }
            if "direct" in inst["type"].split() and any(w[0].isupper() for w in named):
                instances.setdefault(inst["sample"], []).append(inst)
    found = []
    for sample, text, offsets in _rw_documents(folder):
        if sample not in instances:
            continue
        doc = CleanDocument(title="", body=text)
        quotes = extract_quotes(text, extract_entities(doc), min_confidence=0.0)
        for inst in instances[sample]:
            chars = {
                i
                for a, b in inst["stwr_token_spans"]
                for i in range(offsets[a][0], offsets[b][1])
                if not text[i].isspace() and text[i] not in _QUOTE_CHARS
            }
            need = MATCH * len(chars)
            hit = next((q for q in quotes if len(chars & set(range(q.start, q.end))) >= need), None)
            if hit is None or hit.speaker is None or not chars:
                continue
            gold = {name_key(w) for w in re.findall(r"\w+", inst["speaker_text"])}
            found.append((hit.confidence, name_key(hit.speaker.split()[-1]) in gold))
    return found


def time_speeches(folder: Path, limit: int = 500) -> dict:
    """Time ``extract_quotes`` on the first ``limit`` Bundestag speeches (speaker as person)."""
    bodies = []
    with gzip.open(folder / "speeches.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            speech = json.loads(line)
            name = f"{speech.get('first_name', '')} {speech.get('last_name', '')}".strip()
            bodies.append((speech["text"], Entities(persons=[name] if name else [])))
            if len(bodies) >= limit:
                break
    begin = time.perf_counter()
    n_quotes = sum(len(extract_quotes(body, ents)) for body, ents in bodies)
    elapsed = time.perf_counter() - begin
    chars = sum(len(b) for b, _ in bodies)
    return {
        "speeches": len(bodies),
        "ms": 1000 * elapsed / len(bodies),
        "quotes": n_quotes,
        "chars": chars,
    }


def main(argv: list[str] | None = None) -> None:
    """Print the evaluation table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument(
        "--extracted", action="store_true", help="also score with extracted persons"
    )
    args = parser.parse_args(argv)
    runs = [("gold persons", gold_entities)]
    if args.extracted:
        runs.append(("extracted persons", extracted_entities))
    print(f"{'set':<34}{'gold':>6}{'found':>8}{'speaker':>9}{'pred':>6}{'false':>8}")
    for label, entities_for in runs:
        for part in ("releases", "heldout"):
            score = score_gold(load_gold(GOLD_DIR / f"{part}.jsonl"), entities_for)
            name = f"{'held-in' if part == 'releases' else 'held-out'} ({label})"
            print(
                f"{name:<34}{score.gold:>6}{score.found_rate:>8.1%}{score.speaker_rate:>9.1%}"
                f"{score.predicted:>6}{score.false_rate:>8.1%}"
            )
            if args.errors:
                for line in score.errors:
                    print("   ", line)
    shared = shared_dir()
    if shared is None:
        print("shared corpora not found: Redewiedergabe and timing skipped")
        return
    rw = score_redewiedergabe(shared / "corpora" / "redewiedergabe_nonfiction_dev")
    print(
        f"{'redewiedergabe direct speech':<34}{rw['gold']:>6}{rw['found'] / rw['gold']:>8.1%}"
        f"{'-':>9}{rw['predicted']:>6}  ({rw['in_stwr']} of predictions inside any annotation)"
    )
    judged = redewiedergabe_speakers(shared / "corpora" / "redewiedergabe_nonfiction_dev")
    print("redewiedergabe: named speakers of found direct quotes, right/wrong by confidence")
    for threshold in sorted({0.0, *(c for c, _ in judged if c is not None)}):
        kept = [ok for c, ok in judged if c is not None and c >= threshold]
        print(f"  >= {threshold:4.2f}  right {sum(kept):>3}  wrong {len(kept) - sum(kept):>3}")
    t = time_speeches(shared / "corpora" / "bundestag_wp19_speeches")
    print(
        f"bundestag speeches: {t['speeches']} in {t['ms']:.2f} ms each "
        f"({t['chars'] / t['speeches']:.0f} chars, {t['quotes']} quotes)"
    )


if __name__ == "__main__":
    main()
