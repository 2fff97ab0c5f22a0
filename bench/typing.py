"""What people type, timed on a built index: typos, hostile fuzzy terms, hyphenated words.

``python -m bench.typing INDEX [--typos 200]`` prints a Markdown report:

- the vocabulary tables: how long building them takes per field (the lexicon alone, as the
  index-time file and the lazy fallback do, beside reading each term's frequency too, and
  beside symspellpy's delete index when it is installed);
- hostile queries of issue 21 (a 500-letter word, ``Bundestag~5`` …): time and hits;
- common typos made from real words of the index (one swap, deletion, insertion, doubled or
  neighbouring key, never in the first letter, never an index word itself): how often the
  suggestion is the word meant, how often there is any, and the latency of the zero-hit search;
- hyphenated words of the index: hits of ``A-B`` against the phrase ``"A B"`` and ``A B``.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from pathlib import Path

from indexer.engine import schema as f
from indexer.engine.matches import match
from indexer.search import vocabulary
from indexer.search.query import bound_expansions, parse_query
from indexer.search.searcher import RELEASES, SCORED_FIELDS, Engine, restrict, search

HOSTILE = [
    "a" * 500,
    "Bundestag~5",
    "Verwaltung~3",
    "Verwaltung~2",
    "Bundestagsabgeordneterinnenversammlung~6",
    "Bundestagsabgeordneterinnenversammlung",
    "Integratoin",
    "Bundestg Abgeordnete Haushalt",
    "Wann wurde der Bundestag gewählt?",
]
_NEIGHBOURS = dict(zip("qwertzuiopasdfghjklyxcvbnm", "wetrzuiopüsdfghjklöxcvbnmn", strict=True))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def timed(engine: Engine, text: str, rounds: int = 3) -> tuple[float, float, object]:
    """First and best time of a search, and its result."""
    times = []
    result = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = search(engine, text)
        times.append(time.perf_counter() - start)
    return times[0], min(times), result


def table_times(reader) -> list[str]:
    """Build the vocabulary tables afresh and time them."""
    rows = ["| field | words | lexicon → table (s) | with frequencies (s) | symspellpy (s) |"]
    rows.append("|---|---|---|---|---|")
    for field in f.TEXT_FIELDS:
        start = time.perf_counter()
        table = vocabulary.read_fields(reader, [field])[field]  # as the index-time file does
        lazy = time.perf_counter() - start
        start = time.perf_counter()
        words = {}
        for leaf, _ in reader.leaf_readers():
            for btext, info in leaf.iter_field(field):
                words[btext] = words.get(btext, 0) + info.doc_frequency()
        with_freq = time.perf_counter() - start
        sym = "–"
        try:
            from symspellpy import SymSpell

            start = time.perf_counter()
            speller = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
            for btext, count in words.items():
                speller.create_dictionary_entry(btext.decode("utf-8", "replace"), count)
            sym = f"{time.perf_counter() - start:.2f}"
        except ImportError:
            pass
        size = table.size
        rows.append(f"| {field} | {size:,} | {lazy:.2f} | {with_freq:.2f} | {sym} |")
    return rows


def make_typos(reader, count: int, seed: int = 5) -> list[tuple[str, str]]:
    """(typo, meant) pairs from frequent real words (in at least 5 releases, 6+ letters)."""
    rng = random.Random(seed)
    words = [
        btext.decode("utf-8")
        for btext, info in reader.iter_field(f.EXACT)
        if info.doc_frequency() >= 5 and len(btext) >= 6 and btext.decode("utf-8").isalpha()
    ]
    rng.shuffle(words)
    pairs: list[tuple[str, str]] = []
    for word in words:
        if len(pairs) >= count:
            break
        at = rng.randrange(1, len(word) - 1)
        kind = rng.choice(["swap", "delete", "insert", "double", "neighbour"])
        if kind == "swap":
            typo = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif kind == "delete":
            typo = word[:at] + word[at + 1 :]
        elif kind == "insert":
            typo = word[:at] + rng.choice("aeinrst") + word[at:]
        elif kind == "double":
            typo = word[:at] + word[at] + word[at:]
        else:
            typo = word[:at] + _NEIGHBOURS.get(word[at], "e") + word[at + 1 :]
        if typo != word and not reader.doc_frequency(f.EXACT, typo):
            pairs.append((typo.capitalize(), word.capitalize()))
    return pairs


def typo_rows(engine: Engine, pairs: list[tuple[str, str]]) -> list[str]:
    right = anything = zero = 0
    times = []
    for typo, meant in pairs:
        start = time.perf_counter()
        result = search(engine, typo)
        times.append(time.perf_counter() - start)
        zero += result.total == 0
        anything += result.suggestion is not None
        right += (result.suggestion or "").lower() == meant.lower()
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    return [
        f"- {len(pairs)} typos of real words: suggestion = the word meant {right} "
        f"({right / len(pairs):.0%}), any suggestion {anything} ({anything / len(pairs):.0%}), "
        f"zero hits {zero}",
        f"- zero-hit typo search: p50 {_ms(statistics.median(times))} ms, p95 {_ms(p95)} ms",
        f"- examples: {', '.join(f'{t}→{m}' for t, m in pairs[:6])}",
    ]


def matched(engine: Engine, text: str) -> set[int]:
    """Every release a query matches (not only a page of them)."""
    searcher = engine.searcher()
    parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
    return match(searcher, restrict(parsed, RELEASES, None), SCORED_FIELDS).docs


def hyphen_rows(engine: Engine, limit: int = 60) -> list[str]:
    reader = engine.searcher().reader()
    pattern = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]{2,})+$")
    hyphenated: list[str] = []  # as written in the stored bodies (the index holds stems)
    seen: set[str] = set()
    for fields in reader.all_stored_fields():
        for word in re.findall(r"[^\s,.;:!?()\"„“]+", fields.get(f.BODY, "")[:3000]):
            if pattern.match(word) and word not in seen:
                seen.add(word)
                hyphenated.append(word)
        if len(hyphenated) >= limit:
            break
    superset = same_as_and = 0
    for word in hyphenated:
        ids = matched(engine, word)
        superset += ids >= matched(engine, f'"{word.replace("-", " ")}"')
        same_as_and += ids == matched(engine, word.replace("-", " "))
    n = len(hyphenated)
    return [
        f"- {n} hyphenated words of the index: hits ⊇ the phrase of their parts for {superset}, "
        f"the same hits as the parts ANDed for {same_as_and}"
    ]


def main(argv: list[str] | None = None) -> None:
    """Print the report for one index."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("index", type=Path)
    parser.add_argument("--typos", type=int, default=200)
    args = parser.parse_args(argv)
    engine = Engine(args.index)
    reader = engine.searcher().reader()
    releases = reader.doc_count()
    print(f"## Typing at {releases:,} documents (releases and quotes), {args.index}\n")
    print("\n".join(table_times(reader)) + "\n")
    engine.warm()
    print("| query | first ms | best ms | hits | relaxed | suggestion | notes |")
    print("|---|---|---|---|---|---|---|")
    for text in HOSTILE:
        first, best, result = timed(engine, text)
        shown = text if len(text) < 45 else f"{text[:12]}… ({len(text)} letters)"
        print(
            f"| `{shown}` | {_ms(first)} | {_ms(best)} | {result.total} | {result.relaxed} "
            f"| {result.suggestion or '–'} | {len(result.notes)} |"
        )
    print()
    print("\n".join(typo_rows(engine, make_typos(reader, args.typos))))
    print("\n".join(hyphen_rows(engine)))


if __name__ == "__main__":
    main()
