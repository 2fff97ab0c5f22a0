"""Score extraction on real, hand-annotated press releases (``pressemitteilungen_dev``).

The set lies in ``<shared>/corpora/pressemitteilungen_dev/releases.jsonl``; its README gives the
matching rules, which are implemented here as written:

- Persons: folded token lists (titles dropped) equal, or equal surnames and one side surname-only
  or the same first name. One-to-one; a second name of a person already matched counts neither
  way; a name matching an optional person is ignored.
- Organisations: token Jaccard >= 0.6 with any accepted name, or an acronym match (initials of
  the capitalised words of the other name). A predicted organisation is its facet value and the
  aliases it is searched by. One-to-one; optional names ignored.
- Dates: exact ISO match, counted over the releases whose text states the date; a date predicted
  for a release that does not state one and that differs from its date is an invented date.
- Quotes: a gold quote is found when a predicted quote covers >= 80 % of its span; the speaker is
  right by the person rule (gold null needs null), wrong when a named speaker does not match; a
  predicted quote that overlaps no gold quote or fragment is false.

The split is fixed before any error was looked at: a release belongs to ``tune`` when the first
eight hex digits of the SHA-1 of its id, read as a number, are below 60 % of their range, else to
``report``. Rules are tuned by reading errors of ``tune`` only; ``report`` errors are not printed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.extraction import Score, shared_dir
from evaluation.quotes import locate
from indexer.build.release import prepare
from indexer.extraction.names import fold, name_tokens
from indexer.extraction.quotes import MIN_CONFIDENCE
from indexer.text.corpus import SourceRecord

TUNE_SHARE = 0.6
SPLITS = ("tune", "report")
MATCH = 0.8
# sender types of the set (60 kinds) in eight groups, first keyword that occurs wins
SENDER_GROUPS = (
    ("police/justice", ("police", "court", "prosecutor", "fire brigade")),
    ("politics", ("party", "parliamentary group", "politician", "candidate", "voter")),
    ("government", ("ministry", "chancellery", "government", "agency", "parliament")),
    ("municipal", ("city", "district", "municipality")),
    ("science/health", ("university", "research", "clinic", "hospital")),
    ("business", ("company", "bank", "insurer", "utility", "carmaker", "publisher", "business",
                  "trade fair", "tourism", "broadcaster", "zoo")),
    ("culture/sport", ("sport", "festival", "theatre", "museum", "art", "club")),
    ("civil society", ("ngo", "association", "union", "church", "foundation", "chamber",
                       "consumer")),
)  # fmt: skip


def dataset_path() -> Path:
    """Return the path of the annotated releases (it may be absent)."""
    return shared_dir() / "corpora" / "pressemitteilungen_dev" / "releases.jsonl"


def split_of(release_id: str) -> str:
    """Return ``tune`` or ``report`` for a release id (fixed by the SHA-1 of the id)."""
    value = int(hashlib.sha1(release_id.encode("utf-8")).hexdigest()[:8], 16)
    return "tune" if value < TUNE_SHARE * 16**8 else "report"


def sender_group(sender_type: str) -> str:
    """Return the coarse group of a sender type (``state ministry`` -> ``government``)."""
    low = sender_type.lower()
    for group, words in SENDER_GROUPS:
        if any(w in low for w in words):
            return group
    return "other"


def load(path: Path | None = None, split: str | None = None) -> list[dict]:
    """Read the annotated releases, of one split or all; empty when the file is absent."""
    path = path or dataset_path()
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if split is None or split_of(r["id"]) == split]


# -- matching rules -------------------------------------------------------------------------------


def person_tokens(name: str) -> list[str]:
    """Fold a person's name to its tokens without titles (``Dr. Anna Weber`` -> anna, weber)."""
    return [fold(t).replace("’", "'") for t in name_tokens(name)]


def persons_match(a: str, b: str) -> bool:
    """The README's person rule: same tokens, or same surname with one side bare or same first."""
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    return ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1 or ta[0] == tb[0])


def _org_tokens(name: str) -> set[str]:
    return set(re.findall(r"\w+", fold(name)))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper()).lower()


def orgs_match(a: str, b: str) -> bool:
    """The README's organisation rule: token Jaccard >= 0.6, or one is the other's initials."""
    ta, tb = _org_tokens(a), _org_tokens(b)
    if ta and tb and len(ta & tb) / len(ta | tb) >= 0.6:
        return True
    for short, long in ((a, b), (b, a)):
        squeezed = re.sub(r"\W+", "", fold(short))
        bare = " " not in short.strip() and len(squeezed) >= 2 and len(long.split()) >= 2
        if bare and squeezed == _initials(long):
            return True
    return False


def match_one_to_one(
    predicted: Iterable[list[str]],
    gold: list[list[str]],
    optional: list[str],
    same,
    errors: list[str] | None = None,
    tag: str = "",
) -> Score:
    """Match predicted entities (each a list of names) to gold ones (each a list of names)."""
    counts, used = Score(), set()
    for names in predicted:
        hits = [i for i, alts in enumerate(gold) if any(same(n, a) for n in names for a in alts)]
        free = [i for i in hits if i not in used]
        if free:
            used.add(free[0])
            counts.tp += 1
        elif hits or any(same(n, o) for n in names for o in optional):
            continue  # a second name of a matched entity, or an optional one: neither way
        else:
            counts.fp += 1
            if errors is not None:
                errors.append(f"{tag} FP {names[0]}")
    for i, alts in enumerate(gold):
        if i not in used:
            counts.fn += 1
            if errors is not None:
                errors.append(f"{tag} FN {alts[0]}")
    return counts


# -- scoring --------------------------------------------------------------------------------------


@dataclass
class Result:
    """The counts of a group of releases, every field."""

    releases: int = 0
    persons: Score = field(default_factory=Score)
    organisations: Score = field(default_factory=Score)
    dates_stated: int = 0
    dates_right: int = 0
    dates_unstated: int = 0
    dates_invented: int = 0
    quotes: int = 0
    quotes_marked: int = 0
    found: int = 0
    found_marked: int = 0
    right_speaker: int = 0
    wrong_speaker: int = 0
    predicted_quotes: int = 0
    false_quotes: int = 0
    # per found quote: the confidence of its speaker (None: no speaker), whether that speaker is
    # right, and whether the gold speaker is null (so that dropping the speaker would be right)
    attributions: list[tuple[float | None, bool, bool]] = field(default_factory=list)

    def add(self, other: Result) -> None:
        """Add another result's counts to this one."""
        for name, value in vars(other).items():
            if isinstance(value, Score):
                mine = getattr(self, name)
                mine.tp, mine.fp, mine.fn = (
                    mine.tp + value.tp,
                    mine.fp + value.fp,
                    mine.fn + value.fn,
                )
            else:
                setattr(self, name, getattr(self, name) + value)


def _span(quote: dict) -> tuple[int, int]:
    return quote["start"], quote["end"]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_quotes(body: str, gold: dict, predicted: list[dict], result: Result, errors, tag):
    """Count found quotes, right and wrong speakers, and false quotes of one release."""
    used, covered, pos = set(), set(), 0
    for g in gold["quotes"]:
        result.quotes += 1
        result.quotes_marked += not g.get("unmarked")
        span = locate(body, g["text"], pos)
        if span is None:
            errors.append(f"{tag} quote not in body {g['text'][:50]!r}")
            continue
        pos = span[1]
        need = MATCH * (span[1] - span[0])
        hits = [i for i, q in enumerate(predicted) if _overlap(span, (q["start"], q["end"])) > 0]
        covered.update(hits)
        free = [
            i
            for i in hits
            if i not in used
            and _overlap(span, (predicted[i]["start"], predicted[i]["end"])) >= need
        ]
        if not free:
            errors.append(f"{tag} quote missed {g['text'][:60]!r}")
            continue
        used.add(free[0])
        result.found += 1
        result.found_marked += not g.get("unmarked")
        got, want = predicted[free[0]]["speaker"], g["speaker"]
        right = (got is None and want is None) or bool(got and want and persons_match(got, want))
        result.attributions.append((predicted[free[0]].get("confidence"), right, want is None))
        if right:
            result.right_speaker += 1
        else:
            result.wrong_speaker += got is not None
            errors.append(f"{tag} speaker {got!r}, gold {want!r}: {g['text'][:50]!r}")
    for fragment in gold.get("quote_fragments", []):
        text = fragment if isinstance(fragment, str) else fragment.get("text", "")
        span = locate(body, text) if text else None
        if span:
            covered.update(
                i for i, q in enumerate(predicted) if _overlap(span, (q["start"], q["end"])) > 0
            )
    result.predicted_quotes += len(predicted)
    for i, q in enumerate(predicted):
        if i not in covered:
            result.false_quotes += 1
            errors.append(f"{tag} false quote {q['text'][:60]!r} ({q['speaker']})")


def score_release(
    row: dict, errors: list[str] | None = None, min_confidence: float = MIN_CONFIDENCE
) -> Result:
    """Run the indexing pipeline on one annotated release and count against its gold."""
    errors = [] if errors is None else errors
    record = SourceRecord(row["id"], f"{row['id']}.txt", "dev", "txt", row["text"], {})
    if row.get("title"):
        record.meta["title"] = row["title"]
    release = prepare(record, min_confidence)
    gold, tag, result = row["gold"], row["id"], Result(releases=1)
    result.persons = match_one_to_one(
        ([p] for p in release.persons),
        [[p] for p in gold["persons"]],
        gold.get("persons_optional", []),
        persons_match,
        errors,
        f"{tag} per",
    )
    optional = [n for entry in gold.get("organisations_optional", []) for n in names_of(entry)]
    result.organisations = match_one_to_one(
        ([o, *release.aliases.get(o, [])] for o in release.organisations),
        [names_of(entry) for entry in gold["organisations"]],
        optional,
        orgs_match,
        errors,
        f"{tag} org",
    )
    if gold["date_in_text"] == "stated":
        result.dates_stated = 1
        result.dates_right = release.date == gold["date"]
        if not result.dates_right:
            errors.append(f"{tag} date {release.date} != {gold['date']}")
    else:
        result.dates_unstated = 1
        result.dates_invented = release.date is not None and release.date != gold["date"]
        if result.dates_invented:
            errors.append(f"{tag} date invented {release.date} (gold {gold['date']})")
    score_quotes(release.body, gold, release.quotes, result, errors, tag)
    return result


def names_of(entry) -> list[str]:
    """The accepted names of a gold organisation entry (one name or a list)."""
    return [entry] if isinstance(entry, str) else list(entry)


def evaluate(rows: list[dict], errors: list[str] | None = None) -> dict[str, Result]:
    """Score releases: a result per split, per sender group within each split, and in all."""
    results: dict[str, Result] = {}
    for row in rows:
        split = split_of(row["id"])
        mine = [] if split == "tune" else None  # report errors are never shown
        result = score_release(row, mine)
        if errors is not None and mine:
            errors.extend(mine)
        for key in ("all", split, f"{split} · {sender_group(row['sender_type'])}"):
            results.setdefault(key, Result()).add(result)
    return results


def _rate(a: int, b: int) -> str:
    return f"{a}/{b} {a / b:5.1%}" if b else "-"


def format_results(results: dict[str, Result]) -> str:
    """Render the results as a table: persons, organisations, dates, quotes per row."""
    head = (
        f"{'releases':<32}{'n':>4}  {'persons P/R':>13}  {'orgs P/R':>13}  {'date stated':>14}"
        f"  {'invented':>8}  {'quotes found':>16}  {'right speaker':>16}"
        f"  {'wrong':>6}  {'false':>6}"
    )
    lines = [head]
    order = sorted(results, key=lambda k: (k != "all", k.split(" · ")[0] != "tune", "·" in k, k))
    for key in order:
        r = results[key]
        wrong = r.wrong_speaker / r.found if r.found else 0.0
        false = r.false_quotes / r.predicted_quotes if r.predicted_quotes else 0.0
        lines.append(
            f"{key:<32}{r.releases:>4}  {r.persons.precision:6.3f}/{r.persons.recall:.3f}"
            f"  {r.organisations.precision:6.3f}/{r.organisations.recall:.3f}"
            f"  {_rate(r.dates_right, r.dates_stated):>14}"
            f"  {r.dates_invented:>3}/{r.dates_unstated:<4}"
            f"  {_rate(r.found_marked, r.quotes_marked):>16}"
            f"  {_rate(r.right_speaker, r.quotes):>16}"
            f"  {wrong:6.1%}  {false:6.1%}"
        )
    return "\n".join(lines)


def tradeoff(result: Result) -> list[tuple[float, int, int]]:
    """Right and wrong speakers if speakers below each confidence threshold were left null."""
    levels = sorted({c for c, _, _ in result.attributions if c is not None})
    rows = []
    for threshold in [0.0, *levels]:
        right = wrong = 0
        for confidence, ok, gold_null in result.attributions:
            if confidence is None or confidence < threshold:
                right += gold_null  # no speaker: right only when nobody is named in the gold
            elif ok:
                right += 1
            else:
                wrong += 1
        rows.append((threshold, right, wrong))
    return rows


def format_tradeoff(result: Result) -> str:
    """Render the confidence trade-off of a split: right of all gold quotes, wrong of found."""
    lines = ["threshold  right speaker   wrong (of found)"]
    for threshold, right, wrong in tradeoff(result):
        found = _rate(wrong, result.found)
        lines.append(f"  >= {threshold:4.2f}  {_rate(right, result.quotes):>14}  {found}")
    return "\n".join(lines)


def main(errors: bool = False) -> None:
    """Print the table (and the tune split's errors when asked); a note when the set is absent."""
    rows = load()
    if not rows:
        print("pressemitteilungen_dev: dataset missing, skipped")
        return
    found: list[str] | None = [] if errors else None
    print("pressemitteilungen_dev (quotes found: marked quotes; right speaker: of all gold quotes;")
    print("wrong: named wrong speaker per found quote; false: per predicted quote)")
    results = evaluate(rows, found)
    print(format_results(results))
    tune = [row for row in rows if split_of(row["id"]) == "tune"]
    if tune:
        every = Result()  # every speaker kept, to see what each threshold would drop
        for row in tune:
            every.add(score_release(row, [], min_confidence=0.0))
        print(f"\ntune: speakers below a confidence threshold left null (now {MIN_CONFIDENCE})")
        print(format_tradeoff(every))
    for line in Counter(found or []).elements():
        print("   ", line)


if __name__ == "__main__":
    import sys

    main("--errors" in sys.argv)
