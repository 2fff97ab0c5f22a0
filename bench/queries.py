"""The fixed benchmark queries: derived once from the corpus vocabulary, kept in queries.txt.

One query a line, tab-separated: ``kind``, the query text, and optional facet filters
``person=Svenja Schulze; year=2019``. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench import BENCH

QUERIES = BENCH / "queries.txt"
# What people type (issue 17): run by ours only, over HTTP (the baselines read `~` and `-` apart)
TYPING = BENCH / "queries_typing.txt"
KINDS = ("word", "words", "phrase", "person", "year", "person+year", "browse")
TYPING_KINDS = ("typo", "hyphen", "fuzzy", "prefix")
_HYPHENATED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]{2,})+(?![\w-])")
_NEIGHBOUR = dict(zip("qwertzuiopasdfghjklyxcvbnm", "wetrzuiopüsdfghjklöxcvbnmn", strict=True))
_WORD = re.compile(r"\b[^\W\d_]{4,}\b(?!-)")
_BIGRAM = re.compile(r"\b([a-zäöüß]{4,}(?:e|en|er|es|em))\s+([A-ZÄÖÜ][a-zäöüß]{4,})\b")
# Words of the parliamentary setting, not of the subject matter.
_SETTING = set(
    [
        "Damen",
        "Herren",
        "Kollegen",
        "Kolleginnen",
        "Präsident",
        "Präsidentin",
        "Frau",
        "Herr",
        "Dank",
        "Vielen",
        "Zuschauer",
        "Zuhörer",
        "Besucher",
        "Tribüne",
        "Redner",
        "Rednerin",
        "Redezeit",
        "Minute",
        "Minuten",
        "Beifall",
        "Applaus",
        "Zwischenfrage",
        "Zwischenfragen",
        "Sehr",
        "Liebe",
        "Lieber",
        "Verehrte",
        "Frage",
        "Fragen",
        "Antwort",
        "Ministerin",
        "Minister",
    ]
)
_DETERMINERS = set(
    [
        "diese",
        "diesen",
        "dieser",
        "dieses",
        "diesem",
        "unsere",
        "unseren",
        "unserer",
        "unserem",
        "meine",
        "meinen",
        "meiner",
        "keine",
        "keinen",
        "keiner",
        "eine",
        "einen",
        "einer",
        "einem",
        "seine",
        "seinen",
        "seiner",
        "ihre",
        "ihren",
        "ihrer",
        "alle",
        "allen",
        "aller",
        "viele",
        "vielen",
        "vieler",
        "andere",
        "anderen",
        "anderer",
        "welche",
        "welchen",
        "jede",
        "jeden",
        "jeder",
        "solche",
        "solchen",
        "manche",
        "sagte",
        "erklärte",
        "betonte",
        "kritisierte",
        "unterstrich",
        "würde",
        "wurde",
        "hatte",
        "wäre",
        "hätte",
        "lieben",
        "liebe",
        "werte",
        "geehrte",
        "verehrte",
    ]
)


@dataclass(frozen=True)
class BenchQuery:
    """One benchmark query with its facet filters."""

    kind: str
    text: str
    persons: tuple[str, ...] = ()
    years: tuple[str, ...] = ()

    def line(self) -> str:
        """The queries.txt line of this query."""
        filters = [f"person={p}" for p in self.persons] + [f"year={y}" for y in self.years]
        return "\t".join([self.kind, self.text] + (["; ".join(filters)] if filters else []))

    def params(self) -> list[tuple[str, str]]:
        """The query-string arguments of the search API."""
        args = [("q", self.text)] if self.text else []
        return args + [("person", p) for p in self.persons] + [("year", y) for y in self.years]


def parse_line(line: str) -> BenchQuery | None:
    """Read one queries.txt line (None for comments and blank lines)."""
    if not line.strip() or line.startswith("#"):
        return None
    kind, text, *rest = line.rstrip("\n").split("\t") + [""]
    persons, years = [], []
    for item in filter(None, (part.strip() for part in rest[0].split(";"))):
        key, _, value = item.partition("=")
        (persons if key.strip() == "person" else years).append(value.strip())
    return BenchQuery(kind.strip(), text.strip(), tuple(persons), tuple(years))


def read_queries(path: Path = QUERIES) -> list[BenchQuery]:
    """Read the benchmark queries of a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [q for q in map(parse_line, lines) if q is not None]


def write_queries(queries: Iterable[BenchQuery], path: Path = QUERIES) -> None:
    """Write queries with a header that says where they came from."""
    header = [
        "# Benchmark queries, derived by `python -m bench.queries` from the 10k corpus",
        "# (Bundestag speeches as press releases): kind<TAB>query<TAB>facet filters.",
    ]
    body = [q.line() for q in queries]
    path.write_text("\n".join(header + body) + "\n", encoding="utf-8")


def _body(text: str) -> str:
    return text.split("Pressekontakt:", 1)[0]


def derive_queries(records: list[dict], seed: int = 7) -> list[BenchQuery]:
    """Pick words, pairs, phrases and speakers of the corpus, spread over their frequencies."""
    rng = random.Random(seed)
    docs_of: dict[str, set[int]] = defaultdict(set)
    phrase_df: Counter[tuple[str, str]] = Counter()
    for n, record in enumerate(records):
        body = _body(record["text"])
        for word in set(_WORD.findall(body)):
            docs_of[word].add(n)
        phrase_df.update(set(_BIGRAM.findall(body)))
    total = len(records)

    def band(low: float, high: float) -> list[str]:
        return sorted(
            w
            for w, docs in docs_of.items()
            if w[0].isupper()
            and w not in _SETTING
            and low * total <= len(docs) <= high * total
            and len(docs_of.get(w.lower(), ())) < len(docs) / 10
        )

    nouns = band(0.003, 0.08)
    common = band(0.01, 0.15)
    out = [BenchQuery("word", w) for w in rng.sample(nouns, 18) + rng.sample(band(0.15, 0.5), 4)]
    pairs: list[BenchQuery] = []
    while len(pairs) < 12:
        a, b = rng.sample(common, 2)
        if len(docs_of[a] & docs_of[b]) >= 5:
            pairs.append(BenchQuery("words", f"{a} {b}"))
    out += pairs
    phrases = sorted(
        (a, b)
        for (a, b), df in phrase_df.items()
        if 0.002 * total <= df <= 0.05 * total and a not in _DETERMINERS
    )
    out += [BenchQuery("phrase", f'"{a} {b}"') for a, b in rng.sample(phrases, 12)]

    speakers = Counter(r["speaker"] for r in records)
    top = [name for name, count in speakers.most_common(30) if count >= 20]
    years = sorted({r["date"][:4] for r in records} - {"2017"})

    used: set[str] = set()

    def word_of(docs: set[int], name: str = "") -> str | None:
        avoid = used | set(name.replace("-", " ").split())
        options = [w for w in common if w not in avoid and len(docs_of[w] & docs) >= 3]
        if not options:
            return None
        used.add(word := rng.choice(options))
        return word

    for name in rng.sample(top, 8):
        docs = {n for n, r in enumerate(records) if r["speaker"] == name}
        word = word_of(docs, name)
        if word:
            out.append(BenchQuery("person", word, persons=(name,)))
    for year in years * 2:
        word = word_of({n for n, r in enumerate(records) if r["date"].startswith(year)})
        if word:
            out.append(BenchQuery("year", word, years=(year,)))
    for name in rng.sample(top, 2):
        year = rng.choice(years)
        docs = {n for n, r in enumerate(records) if r["speaker"] == name and r["date"][:4] == year}
        word = word_of(docs, name)
        if word:
            out.append(BenchQuery("person+year", word, persons=(name,), years=(year,)))
    out += [BenchQuery("browse", "", persons=(name,)) for name in top[:2]]
    out.append(BenchQuery("browse", "", years=(years[-1],)))
    return out


def typo(word: str, rng: random.Random) -> str:
    """One typing error, never in the first letter: swapped, dropped, doubled or a neighbour key."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double", "neighbour"])
    if kind == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + _NEIGHBOUR.get(word[at], "e") + word[at + 1 :]


def derive_typing_queries(records: list[dict], seed: int = 7) -> list[BenchQuery]:
    """Typos of common words (none of them a word of the corpus), hyphenated words of the
    corpus, fuzzy terms (with two hostile ones of issue 21) and prefixes."""
    rng = random.Random(seed)
    docs_of: dict[str, int] = Counter()
    hyphenated: Counter[str] = Counter()
    for record in records:
        body = _body(record["text"])
        docs_of.update(set(_WORD.findall(body)))
        hyphenated.update(set(_HYPHENATED.findall(body)))
    total = len(records)
    known = {w.lower() for w in docs_of}
    common = sorted(w for w, n in docs_of.items() if 0.003 * total <= n <= 0.08 * total)
    long_words = [w for w in common if len(w) >= 7 and w[0].isupper()]
    out = []
    for word in rng.sample(long_words, 40):
        wrong = typo(word, rng)
        if wrong.lower() not in known and len(out) < 12:
            out.append(BenchQuery("typo", wrong))
    compounds = sorted(w for w, n in hyphenated.items() if 0.001 * total <= n <= 0.05 * total)
    out += [BenchQuery("hyphen", w) for w in rng.sample(compounds, min(10, len(compounds)))]
    fuzzy = rng.sample(long_words, 8)
    out += [BenchQuery("fuzzy", f"{w}~{1 + n % 2}") for n, w in enumerate(fuzzy)]
    out += [BenchQuery("fuzzy", "Bundestag~5"), BenchQuery("fuzzy", "Verwaltung~3")]
    out += [BenchQuery("prefix", w[: rng.randint(4, 6)] + "*") for w in rng.sample(common, 10)]
    return out


def main() -> None:
    """``python -m bench.queries``: derive the queries from the 10k corpus into queries.txt
    and queries_typing.txt."""
    from bench.corpora import build_records

    records = build_records(10_000)
    queries = derive_queries(records)
    write_queries(queries)
    print(f"{len(queries)} queries -> {QUERIES}")
    typing = derive_typing_queries(records)
    write_queries(typing, TYPING)
    print(f"{len(typing)} queries -> {TYPING}")


if __name__ == "__main__":
    main()
