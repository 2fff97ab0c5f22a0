"""Deterministic benchmark corpora built from real Bundestag speeches, cached under bench/out/.

Up to 14,727 documents are real speeches dressed as press releases (``bench.press``); beyond
that, new documents are recombined from real paragraphs, each modelled on a randomly drawn real
speech (its length, speaker, date and agenda item), with 60 % of its paragraphs taken from the
same agenda item so that documents stay on topic. Every random choice comes from a RNG seeded
with the corpus seed and the document number, so a corpus is the same on every machine.

Two layouts of the same records:

- ``jsonl``: one JSONL file per 100 releases in date order, under a folder per year — like a
  monthly export of a press office. An incremental update of 1 % rewrites whole files.
- ``txt``: one ``.txt`` file per release (title in the first line, date only in the dateline).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bench import OUT, press, speeches_path

SEED = 20261122
CHUNK = 100  # releases per JSONL file
VERSION = 2  # bump when the output of the builders changes: cached corpora are rebuilt
MIN_CHARS = 200
LAYOUTS = ("jsonl", "txt")
_TITLES = re.compile(r"\b(?:Prof\.|Dr\.|h\. ?c\.)\s*")
CORRECTION = (
    "Korrektur: In einer früheren Fassung dieser Mitteilung war die Zahl der Teilnehmenden "
    "der Anhörung im Ausschuss falsch angegeben. Die Angaben wurden nachträglich berichtigt."
)


@cache
def load_speeches(path: Path | None = None) -> tuple[dict, ...]:
    """Read the speeches with at least ``MIN_CHARS`` characters, in file order."""
    with gzip.open(path or speeches_path(), "rt", encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh)
        return tuple(r for r in rows if len(r.get("text") or "") >= MIN_CHARS)


def paragraphs(speech: dict) -> list[str]:
    """The paragraphs of a speech, its salutation dropped."""
    return press.strip_salutation([p.strip() for p in speech["text"].split("\n") if p.strip()])


def person_name(speech: dict) -> str:
    """The speaker as a person facet shows them: ``Dr. Angela Merkel`` -> ``Angela Merkel``."""
    return " ".join(_TITLES.sub("", speech.get("speaker") or "").split())


def make_record(speech: dict, doc_id: str, paras: list[str], rng: random.Random) -> dict:
    """One JSONL record: what the indexer reads, plus the gold ``speaker`` for the baselines."""
    title = press.title_for(speech, paras)
    session = speech.get("sitzung") or 0
    return {
        "id": doc_id,
        "title": title,
        "date": speech["date"],
        "text": press.release_text(speech, paras, title, rng),
        "url": f"https://www.bundestag.de/protokolle?sitzung={session}#{doc_id}",
        "source": f"Deutscher Bundestag, Plenarprotokoll 19/{session}",
        "speaker": person_name(speech),
    }


def real_records(speeches: tuple[dict, ...], count: int, seed: int) -> list[dict]:
    """``count`` real speeches (a seeded sample) as press releases."""
    picked = speeches if count >= len(speeches) else random.Random(seed).sample(speeches, count)
    out = []
    for speech in picked:
        rng = random.Random(f"{seed}:{speech['id']}")
        out.append(make_record(speech, speech["id"], paragraphs(speech), rng))
    return out


def synthetic_records(
    speeches: tuple[dict, ...], start: int, count: int, seed: int, taken: set[str] | None = None
) -> list[dict]:
    """New releases recombined from real paragraphs, lengths and metadata drawn from real ones.

    A short template can come out identical to its real speech or to another new release; such
    a release gets one more paragraph, so that no text in ``taken`` (and none of these) repeats.
    """
    taken = set() if taken is None else taken
    paras = [[p for p in paragraphs(s) if len(p) >= 40] for s in speeches]
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(speeches):
        if paras[i]:
            groups[(s.get("sitzung"), s.get("top_id"))].append(i)
    donors = [i for i in range(len(speeches)) if paras[i]]
    out = []
    for n in range(start, start + count):
        rng = random.Random(f"{seed}:new:{n}")
        template = speeches[rng.randrange(len(speeches))]
        group = groups.get((template.get("sitzung"), template.get("top_id"))) or donors
        target, size, body, seen = len(template["text"]), 0, [], set()
        while True:
            while size < target and len(body) < 200:
                donor = rng.choice(group) if rng.random() < 0.6 else rng.choice(donors)
                k = rng.randrange(len(paras[donor]))
                if (donor, k) in seen:
                    continue
                seen.add((donor, k))
                body.append(paras[donor][k])
                size += len(body[-1]) + 1
            record = make_record(template, f"PM{n:06d}", body, rng)
            if _digest(record["text"]) not in taken or len(body) >= 200:
                break
            target = size + 1  # one more paragraph
        taken.add(_digest(record["text"]))
        out.append(record)
    return out


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def build_records(size: int, seed: int = SEED) -> list[dict]:
    """The ``size`` releases of a corpus, sorted by date and id."""
    speeches = load_speeches()
    records = real_records(speeches, min(size, len(speeches)), seed)
    if size > len(speeches):
        taken = {_digest(r["text"]) for r in records}
        records += synthetic_records(speeches, len(speeches), size - len(speeches), seed, taken)
    records.sort(key=lambda r: (r["date"], r["id"]))
    return records


def jsonl_files(records: list[dict]) -> Iterator[tuple[str, list[dict]]]:
    """Group records into ``<year>/releases-<n>.jsonl`` files of ``CHUNK`` releases."""
    for n, i in enumerate(range(0, len(records), CHUNK), start=1):
        chunk = records[i : i + CHUNK]
        yield f"{chunk[0]['date'][:4]}/releases-{n:05d}.jsonl", chunk


def write_jsonl(path: Path, records: list[dict]) -> None:
    """Write records as JSONL, one release per line, UTF-8 unescaped."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_corpus(records: list[dict], target: Path, layout: str) -> None:
    """Write records into ``target`` in one of ``LAYOUTS``."""
    if layout == "jsonl":
        for rel, chunk in jsonl_files(records):
            write_jsonl(target / rel, chunk)
    elif layout == "txt":
        for record in records:
            path = target / record["date"][:4] / f"{record['id']}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record["text"], encoding="utf-8")
    else:
        raise ValueError(f"unknown layout {layout!r}")


def corpus_dir(size: int, layout: str = "jsonl", seed: int = SEED, out: Path = OUT) -> Path:
    """Return the cached corpus folder, building it first when it is missing or outdated."""
    target = out / "corpora" / f"{layout}-{size}-s{seed}-v{VERSION}"
    marker = target / ".complete.json"
    if marker.is_file():
        return target
    shutil.rmtree(target, ignore_errors=True)
    records = build_records(size, seed)
    write_corpus(records, target, layout)
    files = sum(1 for p in target.rglob("*") if p.is_file())
    marker.write_text(json.dumps({"documents": len(records), "files": files}), encoding="utf-8")
    return target


def corpus_records(corpus: Path) -> Iterator[dict]:
    """Read the records of a cached ``jsonl`` corpus back, in file order."""
    for path in sorted(corpus.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            yield from (json.loads(line) for line in fh if line.strip())


def link_copy(source: Path, target: Path) -> Path:
    """Copy a corpus folder by hard links: cheap, and rewriting a file leaves the source intact."""
    shutil.rmtree(target, ignore_errors=True)
    for root, _dirs, files in os.walk(source):
        rel = Path(root).relative_to(source)
        (target / rel).mkdir(parents=True, exist_ok=True)
        for name in files:
            if not name.startswith("."):
                os.link(Path(root) / name, target / rel / name)
    return target


def correct(record: dict) -> dict:
    """A realistic correction: a note before the contact block and a marked title."""
    text = record["text"].replace("Pressekontakt:", f"{CORRECTION}\n\nPressekontakt:", 1)
    return {**record, "title": f"{record['title']} (korrigierte Fassung)", "text": text}


def apply_update(corpus: Path, layout: str, fraction: float = 0.01, seed: int = SEED) -> dict:
    """Correct ``fraction`` of the releases of a (link-copied) corpus in place; say what changed.

    In ``jsonl`` the corrected releases are a run of consecutive files (the unit of an
    incremental update is a file); in ``txt`` they are scattered over the whole corpus.
    """
    rng = random.Random(f"{seed}:update")
    files = sorted(p for p in corpus.rglob(f"*.{layout}") if p.is_file())
    if layout == "jsonl":
        total = sum(1 for _ in corpus_records(corpus))
        want = max(1, round(total * fraction))
        start, changed, touched = rng.randrange(len(files)), 0, []
        for path in files[start:] + files[:start]:
            if changed >= want:
                break
            with path.open(encoding="utf-8") as fh:
                records = [json.loads(line) for line in fh if line.strip()]
            path.unlink()  # break the hard link before writing
            write_jsonl(path, [correct(r) for r in records])
            changed += len(records)
            touched.append(path)
        return {"documents": total, "changed_documents": changed, "changed_files": len(touched)}
    want = max(1, round(len(files) * fraction))
    picked = rng.sample(files, want)
    for path in picked:
        text = path.read_text(encoding="utf-8")
        path.unlink()
        path.write_text(correct({"title": "", "text": text})["text"], encoding="utf-8")
    return {"documents": len(files), "changed_documents": want, "changed_files": want}


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.corpora SIZE [--layout L]``: build (or find) a cached corpus."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("size", type=int)
    parser.add_argument("--layout", choices=LAYOUTS, default="jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    print(corpus_dir(args.size, args.layout, args.seed))


if __name__ == "__main__":
    main()
