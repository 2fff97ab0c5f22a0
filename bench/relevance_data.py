"""The passages and judged queries of the relevance benchmark (issue 17), built from
``../shared/corpora`` on every run: nothing of those texts is copied into the repository.

Passages: the 240 XQuAD-de paragraphs (no title), the 150 annotated press releases (with their
titles) and paragraphs of Bundestag speeches as distractors (no title; non-relevant by
construction). Queries: the 1,190 XQuAD questions, each answered by its own paragraph, and
press queries generated from the annotations of the releases (``press_queries``).

The tune/report split is fixed here, before any error was looked at: a query belongs to the
*tune* part when the first byte of ``sha1(SPLIT_SALT + key)`` is even, else to *report*; the
key is the paragraph for XQuAD (all questions of a paragraph fall on one side) and the typed
query text for press queries (one query may judge several releases).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SPLIT_SALT = "pressesuche-relevance-v1"
TUNE, REPORT = "tune", "report"
# Passage sizes of the distractors: consecutive paragraphs of one speech, joined until at least
# MIN_CHARS (about an XQuAD paragraph, median 808 characters), at most PER_SPEECH of one speech.
MIN_CHARS, MAX_CHARS, PER_SPEECH = 400, 1500, 2
_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"\w+(?:-\w+)*")
_COMPOUND = re.compile(r"^\w+(?:-\w+)+$")
# Words a query parser may read as operators: never part of the ORed or ANDed forms.
OPERATORS = {"AND", "OR", "NOT", "UND", "ODER", "NICHT", "ANDNOT", "ANDMAYBE", "REQUIRE"}
# Function words, question words and auxiliaries: not chosen as keywords of the ANDed form.
_STOPWORDS = """
    aber alle allem allen aller alles als also am an ander andere anderen anders auch auf aus
    bei beim bin bis bist da dabei damit dann das dass dem den denen der des dessen die dies diese
    diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige er es
    etwa etwas euch für gab gegen gibt hat hatte hatten haben hier ihm ihn ihnen ihr ihre ihrem
    ihren ihrer im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können konnte
    man mehr mit muss nach nicht noch nur ob oder ohne sehr sein seine seinem seinen seiner seit
    sich sie sind so solche soll sollte sondern um und uns unter vom von vor war waren warum was
    weil welche welchem welchen welcher welches wenn wer werden wie wieder wieviel wird wo wurde
    wurden zu zum zur zwischen über viele vielen wann woher wohin womit wofür wodurch welchen
    genannt nannte heißt hieß name namen art jahr jahre jahren welchem erste ersten zwei drei
"""
STOPWORDS = frozenset(_STOPWORDS.split())
# Words of a release title that are labels, not topics.
TITLE_LABELS = {"pressemitteilung", "pressemeldung", "presseinformation", "medieninformation"}


@dataclass(frozen=True)
class Passage:
    """One document of the benchmark collection."""

    id: str
    text: str
    title: str = ""
    date: str = ""

    def record(self) -> dict:
        """The JSONL record pressesuche indexes (no title: the text's first line becomes it)."""
        data = {"id": self.id, "text": self.text}
        if self.title:
            data["title"] = self.title
        if self.date:
            data["date"] = self.date
        return data

    def baseline_record(self) -> dict:
        """The record the baselines of ``bench.baselines`` index (title and body as given)."""
        return {"id": self.id, "title": self.title, "text": self.text, "date": self.date or "0000"}


@dataclass(frozen=True)
class JudgedQuery:
    """A query in its three forms, with the passages that answer it."""

    id: str
    source: str  # "xquad" or "press"
    kind: str  # "question", or the press kind: person, organisation, person_topic, ...
    part: str  # TUNE or REPORT
    typed: str  # as a user types it
    words: tuple[str, ...]  # the ORed form
    keywords: tuple[str, ...]  # the ANDed form (2-4 words), empty when there are not two
    relevant: frozenset[str] = field(default_factory=frozenset)


def part_of(key: str) -> str:
    """The fixed half a query belongs to (see the module docstring)."""
    return TUNE if hashlib.sha1((SPLIT_SALT + key).encode()).digest()[0] % 2 == 0 else REPORT


def fold(text: str) -> str:
    """Casefold, ß as ss, accents dropped: how names are compared across releases."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return " ".join(_WORD.findall("".join(c for c in text if not unicodedata.combining(c))))


def words_of(text: str) -> tuple[str, ...]:
    """The words of a query for its ORed form: hyphenated words split, operators left out."""
    return tuple(w for w in _WORD.findall(text) if w.upper() not in OPERATORS)


def keywords_of(text: str, df: Counter, most: int = 4) -> tuple[str, ...]:
    """Up to ``most`` rarest content words (by passage frequency), in the order typed."""
    content = [
        w
        for w in dict.fromkeys(words_of(text))
        if w.casefold() not in STOPWORDS and (len(w) >= 3 or w.isdigit() or w.isupper())
    ]
    chosen = set(sorted(content, key=lambda w: (df[w.casefold()], -len(w)))[:most])
    picked = tuple(w for w in content if w in chosen)
    return picked if len(picked) >= 2 else ()


def document_frequencies(passages: list[Passage]) -> Counter:
    """How many passages hold each (casefolded) word."""
    df: Counter = Counter()
    for p in passages:
        df.update({w.casefold() for w in _WORD.findall(f"{p.title}\n{p.text}")})
    return df


# ---- the collection ------------------------------------------------------------------------


def xquad_passages(folder: Path) -> tuple[list[Passage], list[tuple[str, str, str]]]:
    """The paragraphs and (question id, question, paragraph id) triples of XQuAD-de."""
    data = json.loads((folder / "xquad.de.json").read_text(encoding="utf-8"))
    passages, questions = [], []
    for a, article in enumerate(data["data"]):
        for p, paragraph in enumerate(article["paragraphs"]):
            pid = f"xq-{a:02d}-{p:02d}"
            passages.append(Passage(pid, paragraph["context"]))
            questions += [(qa["id"], qa["question"], pid) for qa in paragraph["qas"]]
    return passages, questions


def press_releases(folder: Path) -> list[dict]:
    """The annotated releases of ``pressemitteilungen_dev``."""
    with (folder / "releases.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def press_passage(release: dict) -> Passage:
    return Passage(f"pm-{release['id']}", release["text"], release.get("title") or "")


def speech_passages(path: Path, count: int, seed: int = 17) -> list[Passage]:
    """``count`` distractor passages from the Bundestag speeches, seeded."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()]
    rng = random.Random(seed)
    rng.shuffle(lines)
    out: list[Passage] = []
    for line in lines:  # parsed as needed: a small slice reads few
        speech = json.loads(line)
        chunks, current = [], ""
        for para in speech["text"].split("\n"):
            para = para.strip()
            if not para:
                continue
            current = f"{current}\n{para}" if current else para
            if len(current) >= MIN_CHARS:
                chunks.append(current[:MAX_CHARS])
                current = ""
        for n in sorted(rng.sample(range(len(chunks)), min(PER_SPEECH, len(chunks)))):
            out.append(Passage(f"bt-{speech['id']}-{n}", chunks[n], date=speech["date"]))
            if len(out) >= count:
                return out
    return out


# ---- the queries ---------------------------------------------------------------------------


def xquad_queries(questions, df: Counter) -> list[JudgedQuery]:
    """Each question, typed as is, answered by its own paragraph."""
    return [
        JudgedQuery(
            f"xq:{qid}",
            "xquad",
            "question",
            part_of(pid),
            text,
            words_of(text),
            keywords_of(text, df),
            frozenset({pid}),
        )
        for qid, text, pid in questions
    ]


def _in_text(name: str, text: str) -> bool:
    return f" {fold(name)} " in f" {fold(text)} "


def _persons(release: dict) -> list[str]:
    """Persons a journalist would look the release up by: quoted speakers and persons named in
    the first half of the text (not only in the contact block at its end)."""
    gold = release["gold"]
    speakers = {fold(q["speaker"]) for q in gold["quotes"] if q.get("speaker")}
    half = release["text"][: len(release["text"]) // 2]
    return [
        p
        for p in gold["persons"]
        if len(p.split()) >= 2 and (fold(p) in speakers or _in_text(p, half))
    ]


def _organisations(release: dict) -> list[list[str]]:
    """Organisations named in the first half of the text: their accepted names found there."""
    half = release["text"][: len(release["text"]) // 2]
    return [
        found
        for names in release["gold"]["organisations"]
        if (found := [n for n in names if len(n) >= 3 and _in_text(n, half)])
    ]


def _topic(release: dict, df: Counter, avoid: str) -> str | None:
    """The title's rarest content word (hyphenated compounds kept whole), not of the entity."""
    taken = set(fold(avoid).split())
    options = []
    for word in _TITLE_WORD.findall(release.get("title") or ""):
        parts = fold(word).split()
        if (
            len(word) >= 5
            and word[0].isalpha()
            and fold(word) not in STOPWORDS
            and fold(word) not in TITLE_LABELS
            and not taken & set(parts)
            and _in_text(word, release["text"])
        ):
            options.append(word)
    return min(options, key=lambda w: (df[fold(w)], -len(w))) if options else None


def press_queries(releases: list[dict], df: Counter) -> list[JudgedQuery]:
    """Queries a journalist types, generated from the gold annotations of the releases.

    - person: a quoted or prominently named person (``Michael Stübgen``); relevant: every
      release that has the person among its gold persons;
    - organisation: an organisation's accepted name as written in the text; relevant: every
      release with that organisation;
    - person_topic / organisation_topic: a surname or the shortest accepted organisation name
      plus the rarest content word of the title (``Stübgen DHL-Erpressung``); relevant: releases
      with that person/organisation whose text holds the word;
    - compound: a hyphenated word of a title (``Corona-Pandemie``); relevant: releases whose
      title or text holds it.
    """
    by_person: dict[str, set[str]] = {}
    by_org: dict[str, set[str]] = {}
    for r in releases:
        pid = f"pm-{r['id']}"
        for p in r["gold"]["persons"]:
            by_person.setdefault(fold(p), set()).add(pid)
        for names in r["gold"]["organisations"]:
            for n in names:
                by_org.setdefault(fold(n), set()).add(pid)
    texts = {f"pm-{r['id']}": f"{r.get('title') or ''}\n{r['text']}" for r in releases}

    def org_docs(names: list[str]) -> set[str]:
        return set().union(*(by_org.get(fold(n), set()) for n in names))

    def having(docs: set[str], word: str) -> frozenset[str]:
        return frozenset(d for d in docs if _in_text(word, texts[d]))

    wanted: dict[str, tuple[str, frozenset[str]]] = {}  # typed text -> kind, relevant
    for r in releases:
        for person in _persons(r)[:2]:
            docs = by_person[fold(person)]
            wanted.setdefault(person, ("person", frozenset(docs)))
            topic = _topic(r, df, person)
            if topic:
                surname = person.split()[-1]
                wanted.setdefault(f"{surname} {topic}", ("person_topic", having(docs, topic)))
        for names in _organisations(r)[:2]:
            docs = org_docs(names)
            wanted.setdefault(names[0], ("organisation", frozenset(docs)))
            short = min(names, key=len)
            topic = _topic(r, df, " ".join(names))
            if topic:
                wanted.setdefault(f"{short} {topic}", ("organisation_topic", having(docs, topic)))
        for word in _TITLE_WORD.findall(r.get("title") or ""):
            if _COMPOUND.match(word) and len(word) >= 6 and word[0].isalpha():
                found = frozenset(d for d, t in texts.items() if _in_text(word, t))
                wanted.setdefault(word, ("compound", found))
    out = []
    for typed, (kind, relevant) in sorted(wanted.items()):
        if relevant:
            key = hashlib.sha1(typed.encode()).hexdigest()[:12]
            out.append(
                JudgedQuery(
                    f"pm:{key}",
                    "press",
                    kind,
                    part_of(typed),
                    typed,
                    words_of(typed),
                    keywords_of(typed, df),
                    relevant,
                )
            )
    return out


@dataclass
class Benchmark:
    """The collection and the judged queries of one run."""

    passages: list[Passage]
    queries: list[JudgedQuery]


def load(shared: Path, distractors: int = 20_000, limit: int | None = None) -> Benchmark:
    """Build the benchmark from ``shared/corpora``; ``limit`` keeps a small slice (tests)."""
    corpora = shared / "corpora"
    xq_passages, questions = xquad_passages(corpora / "xquad_de")
    releases = press_releases(corpora / "pressemitteilungen_dev")
    if limit is not None:
        xq_passages = xq_passages[: max(1, limit // 5)]
        keep = {p.id for p in xq_passages}
        questions = [q for q in questions if q[2] in keep]
        releases = releases[:limit]
    speeches = corpora / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    passages = xq_passages + [press_passage(r) for r in releases]
    passages += speech_passages(speeches, distractors)
    df = document_frequencies(passages)
    queries = xquad_queries(questions, df) + press_queries(releases, df)
    return Benchmark(passages, queries)
