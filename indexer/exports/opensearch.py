"""Export of the live index for OpenSearch / Elasticsearch: settings and mappings, bulk NDJSON.

The folder written by ``export`` holds ``mapping.json`` (the body of ``PUT /<index>``),
``bulk-0001.ndjson`` … (bodies of ``POST /_bulk``, each below a size limit), ``analysis/`` (the
word lists the analyzer reads; copy it into the ``config`` folder of every node) and
``README.txt``. Releases and their quotes go into one index, as here, told apart by ``kind``; a
quote names its release in ``doc_id``. Everything is read from the index, never from the corpus.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.reading import IndexReader

from indexer.analysis.morphology import _FUGEN, MIN_PART, STOPWORDS, compound_parts, degender, fold
from indexer.engine import schema as f
from indexer.engine import store
from indexer.text.wordlist import is_word

INDEX_NAME = "pressesuche"
DEFAULT_MAX_MB = 50.0
MB = 1_000_000  # below both 10^6 and 2^20 readings of "MB": a limit of 100mb holds either way
MAPPING = "mapping.json"
README = "README.txt"
ANALYSIS = "analysis"  # word_list_path and synonyms_path are relative to the node's config folder
COMPOUNDS = "pressesuche-compounds.txt"
GENDER = "pressesuche-gender.txt"
BULK_GLOB = "bulk-*.ndjson"

GERMAN, GERMAN_SEARCH, EXACT = (
    "pressesuche_german",
    "pressesuche_german_search",
    "pressesuche_exact",
)
# letters in a form both Java's and Python's regular expressions read alike (no \p{L} in re)
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
_LOWER = "a-zß-öø-ÿ"
# Bürger*innen, Bürger:innen, Bürger_innen, Bürger·innen, Bürger/-innen, Bürger(innen) -> Bürger
GENDER_MARKS = (
    rf"(?<=[{_LETTER}])(?:[*:_·∗](?i:innen|in(?![{_LETTER}0-9]))"
    rf"|/-?(?i:innen|in)(?![{_LETTER}0-9])|\((?i:innen|in)\))"
)
GENDER_CAMEL = rf"(?<=[{_LOWER}])(?:Innen|In(?![{_LETTER}0-9]))"  # BürgerInnen -> Bürger
# what morphology.fold does to single characters before stemming (Kaykın -> Kaykin)
FOLDED_CHARS = [
    "ı => i", "ø => o", "Ø => O", "ł => l", "Ł => L", "đ => d", "ð => d", "þ => th", "ħ => h",
    "æ => ä", "œ => ö", "ẞ => ß", "' => ", "’ => ", "ʼ => ", "‘ => ", "\\u00AD => ",
]  # fmt: skip

KEYWORDS = (f.ID, f.KIND, f.PATH, f.SOURCE, f.CONTENT_HASH, f.YEAR, f.SPEAKER, f.ROLE, f.DOC_ID)
KEYWORDS += (f.URL, f.ORIGIN, f.PUBLISHER)  # publisher: the facet ``source``
LISTS = (f.PERSONS, f.ORGANISATIONS, f.PERSON_KEYS, f.ORGANISATION_KEYS, f.ORGANISATION_ALIASES)
LISTS += (f.SPEAKER_KEY,)
GERMAN_TEXTS = (f.TITLE, f.BODY, f.BOILERPLATE, f.QUOTE)
WITH_EXACT = (f.TITLE, f.BODY)  # our ``exact`` field is title and body, lowercased only
DATE_TEXT = "date_text"  # a date without a year (--01-27), which a date field cannot hold
START, END = "start", "end"  # the quote's character offsets in the release body
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExportError(Exception):
    """A problem with the export, worded for people."""


@dataclass
class Vocabulary:
    """What the analysis knows beyond rules: compound parts and feminine forms of the index."""

    compounds: list[str] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportReport:
    """What ``export`` wrote."""

    out: Path
    releases: int = 0
    quotes: int = 0
    bulk_files: list[Path] = field(default_factory=list)
    bulk_bytes: int = 0
    partial_dates: int = 0
    vocabulary: Vocabulary = field(default_factory=Vocabulary)


def vocabulary(reader: IndexReader) -> Vocabulary:
    """Collect the compound parts and feminine forms of every word in the ``exact`` lexicon.

    As at indexing, a word is degendered first and then split; parts are kept when they are in
    the German word list, with a linking element (Bezirks|, Landes|) removed when only that is.
    """
    parts: set[str] = set()
    gender: dict[str, str] = {}
    for raw in reader.lexicon(f.EXACT):
        word = raw.decode("utf-8")
        if not word.isalpha() or len(word) < MIN_PART:
            continue
        base = degender(word.capitalize())
        if base.lower() != word and base.isalpha():
            gender[word] = base.lower()
            twin = word[:-3] if word.endswith("innen") else word + "nen"  # the other number
            gender.setdefault(twin, base.lower())
        for part in compound_parts(base):
            if (known := _known_part(part.lower())) is not None:
                parts.add(known)
    return Vocabulary(sorted(parts), dict(sorted(gender.items())))


def _known_part(part: str) -> str | None:
    for ending in _FUGEN:
        stem = part[: len(part) - len(ending)] if ending else part
        if part.endswith(ending) and len(stem) >= MIN_PART and is_word(stem):
            return stem
    return None


def stopwords() -> list[str]:
    """Return our stopwords in every spelling the stop filter must meet (für, fuer, fur)."""
    spelled = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return sorted({v for w in STOPWORDS for v in (w, fold(w), w.translate(spelled))})


def build_mapping(vocab: Vocabulary) -> dict:
    """Return the body of ``PUT /<index>``: the German analysis and the field mappings."""
    filters: dict[str, dict] = {
        "pressesuche_stop": {"type": "stop", "stopwords": stopwords()},
        "pressesuche_stemmer": {"type": "snowball", "language": "German2"},
        "pressesuche_unique": {"type": "unique", "only_on_same_position": True},
    }
    chain = ["lowercase"]
    if vocab.gender:
        path = f"{ANALYSIS}/{GENDER}"
        filters["pressesuche_gender"] = {"type": "synonym", "synonyms_path": path, "lenient": True}
        chain.append("pressesuche_gender")
    decompound = []
    if vocab.compounds:
        filters["pressesuche_compounds"] = {
            "type": "dictionary_decompounder",
            "word_list_path": f"{ANALYSIS}/{COMPOUNDS}",
            "min_word_size": 2 * MIN_PART,
            "min_subword_size": MIN_PART,
            "max_subword_size": max(map(len, vocab.compounds)),
            "only_longest_match": False,
        }
        decompound = ["pressesuche_compounds"]
    tail = ["pressesuche_stop", "pressesuche_stemmer", "asciifolding", "pressesuche_unique"]
    char_filters = ["pressesuche_gender_marks", "pressesuche_gender_camel", "pressesuche_fold"]
    german = {"type": "custom", "char_filter": char_filters, "tokenizer": "standard"}
    analysis = {
        "char_filter": {
            "pressesuche_gender_marks": _replace(GENDER_MARKS),
            "pressesuche_gender_camel": _replace(GENDER_CAMEL),
            "pressesuche_fold": {"type": "mapping", "mappings": FOLDED_CHARS},
        },
        "filter": filters,
        "analyzer": {
            # compounds are split at index time only, as here
            GERMAN: {**german, "filter": chain + decompound + tail},
            GERMAN_SEARCH: {**german, "filter": chain + tail},
            EXACT: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
        },
    }
    properties: dict[str, dict] = {name: {"type": "keyword"} for name in KEYWORDS + LISTS}
    properties[DATE_TEXT] = {"type": "keyword"}
    properties[f.DATE] = {"type": "date", "format": "strict_date"}
    properties[START] = properties[END] = {"type": "integer", "index": False}
    properties[f.CONFIDENCE] = {"type": "float", "index": False}  # how sure a speaker is
    properties[f.RELEASE_TITLE] = {"type": "text", "index": False}
    for name in GERMAN_TEXTS:
        properties[name] = {"type": "text", "analyzer": GERMAN, "search_analyzer": GERMAN_SEARCH}
        if name in WITH_EXACT:
            properties[name]["fields"] = {"exact": {"type": "text", "analyzer": EXACT}}
    mappings = {"dynamic": "strict", "properties": dict(sorted(properties.items()))}
    return {"settings": {"analysis": analysis}, "mappings": mappings}


def _replace(pattern: str) -> dict:
    return {"type": "pattern_replace", "pattern": pattern, "replacement": ""}


def to_source(stored: dict) -> dict:
    """Turn the stored fields of a release or quote record into a bulk source document."""
    source: dict = {}
    for name in KEYWORDS + GERMAN_TEXTS + (f.RELEASE_TITLE,):
        if (value := stored.get(name)) not in (None, ""):
            source[name] = value
    for name in LISTS:
        if values := [v for v in (stored.get(name) or "").split(f.SEP) if v]:
            source[name] = values
    date = stored.get(f.DATE) or ""
    if _full_date(date):
        source[f.DATE] = date
    elif date:
        source[DATE_TEXT] = date
    if span := stored.get(f.SPAN):
        source[START], source[END] = int(span[0]), int(span[1])
    if (sure := stored.get(f.CONFIDENCE)) is not None:
        source[f.CONFIDENCE] = float(sure)
    return source


def _full_date(text: str) -> bool:
    if not _ISO.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def bulk_lines(
    documents: Iterable[dict], index_name: str = INDEX_NAME
) -> Iterator[tuple[dict, bytes]]:
    """Yield each source document with its two bulk lines (action and source), newline-ended."""
    for stored in documents:
        source = to_source(stored)
        action = {"index": {"_index": index_name, "_id": stored[f.ID]}}
        lines = _line(action) + _line(source)
        yield source, lines


def _line(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def write_bulk(chunks: Iterable[bytes], out: Path, max_bytes: int) -> list[Path]:
    """Write chunks into ``bulk-0001.ndjson`` …, each at most ``max_bytes`` unless one chunk is."""
    paths: list[Path] = []
    fh, size = None, 0
    try:
        for chunk in chunks:
            if fh is None or (size and size + len(chunk) > max_bytes):
                if fh is not None:
                    fh.close()
                paths.append(out / f"bulk-{len(paths) + 1:04d}.ndjson")
                fh, size = paths[-1].open("wb"), 0
            fh.write(chunk)
            size += len(chunk)
    finally:
        if fh is not None:
            fh.close()
    return paths


_INDEX_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,200}")
OWN_FILES = (MAPPING, README, f"{ANALYSIS}/{COMPOUNDS}", f"{ANALYSIS}/{GENDER}")


def export(
    root: Path,
    out: Path,
    *,
    index_name: str = INDEX_NAME,
    max_mb: float = DEFAULT_MAX_MB,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportReport:
    """Write mapping, bulk files, word lists and instructions for the live index into ``out``."""
    if not _INDEX_NAME.fullmatch(index_name):
        raise ExportError(
            f"Ungültiger Indexname {index_name!r}: nur Kleinbuchstaben, Ziffern, '-', '_', '.'."
        )
    if not max_mb > 0:
        raise ExportError("--max-mb muss größer als 0 sein.")
    ix = _open(root)
    try:
        _prepare(out, force)
        with ix.searcher() as searcher:
            return _write(searcher.reader(), out, index_name, int(max_mb * MB), progress)
    except OSError as exc:
        raise ExportError(f"Kann nicht nach {out} schreiben: {exc.strerror or exc}") from None


def _open(root: Path) -> whoosh_index.Index:
    ix = store.open_live(root)  # IndexMissing names the command that builds one
    live = store.live_path(root)
    if live is None or not store.is_compatible(live):
        raise ExportError(
            f"Der Index in {root} stammt von einer anderen Version. "
            "Bitte zuerst 'pressesuche index' ausführen."
        )
    return ix


def _prepare(out: Path, force: bool) -> None:
    """Create ``out``; an earlier export in it is replaced only with ``force``."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} ist kein Ordner.")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise ExportError(f"Der Ordner {out} ist nicht leer. --force ersetzt den Export darin.")
        # only what an export writes: a mistyped --out must not cost anyone their files
        for path in [*(out / name for name in OWN_FILES), *out.glob(BULK_GLOB)]:
            path.unlink(missing_ok=True)
    (out / ANALYSIS).mkdir(parents=True, exist_ok=True)


def _write(
    reader: IndexReader,
    out: Path,
    index_name: str,
    max_bytes: int,
    progress: Callable[[int, int], None] | None,
) -> ExportReport:
    report = ExportReport(out, vocabulary=vocabulary(reader))
    vocab = report.vocabulary
    _write_lines(out / ANALYSIS / COMPOUNDS, vocab.compounds)
    _write_lines(out / ANALYSIS / GENDER, [f"{w} => {base}" for w, base in vocab.gender.items()])
    mapping = json.dumps(build_mapping(vocab), ensure_ascii=False, indent=2)
    (out / MAPPING).write_text(mapping + "\n", "utf-8")
    total = reader.doc_count()

    def chunks() -> Iterator[bytes]:
        for done, (source, lines) in enumerate(
            bulk_lines((stored for _, stored in reader.iter_docs()), index_name), start=1
        ):
            if source.get(f.KIND) == f.QUOTE_KIND:
                report.quotes += 1
            else:
                report.releases += 1
            report.partial_dates += DATE_TEXT in source
            report.bulk_bytes += len(lines)
            if progress is not None:
                progress(done, total)
            yield lines

    report.bulk_files = write_bulk(chunks(), out, max_bytes)
    (out / README).write_text(readme(report, index_name), "utf-8")
    return report


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in lines), "utf-8")


def example_query(text: str = "Migrantinnen Düsseldorf") -> dict:
    """Return a search ranked as pressesuche ranks: the field boosts are in the query."""
    fields = [f"{f.TITLE}^3", f.BODY, f"{f.TITLE}.exact^4", f"{f.BODY}.exact^4"]
    words = {"query": text, "type": "cross_fields", "operator": "and", "fields": fields}
    facets = {"person": f.PERSONS, "organisation": f.ORGANISATIONS, "year": f.YEAR}
    return {
        "query": {
            "bool": {
                "must": {"multi_match": words},
                "filter": {"term": {f.KIND: f.RELEASE_KIND}},
            }
        },
        "aggs": {name: {"terms": {"field": field}} for name, field in facets.items()},
    }


def readme(report: ExportReport, index_name: str) -> str:
    """Return the instructions that go with an export."""
    vocab = report.vocabulary
    query = json.dumps(example_query(), ensure_ascii=False, indent=1)
    return _README.format(
        releases=report.releases,
        quotes=report.quotes,
        files=len(report.bulk_files),
        size=report.bulk_bytes,
        name=index_name,
        compounds=len(vocab.compounds),
        gender=len(vocab.gender),
        partial=report.partial_dates,
        query=query,
        COMPOUNDS=COMPOUNDS,
        GENDER=GENDER,
    )


_README = """\
pressesuche export for OpenSearch / Elasticsearch
=================================================

{releases} releases and {quotes} quotes in one index, told apart by "kind"; a quote names its
release in "doc_id". {files} bulk file(s), {size} bytes in all.

mapping.json            settings (the German analysis) and mappings: the body of PUT /{name}
bulk-0001.ndjson ...    bodies of POST /_bulk: an action line and a source line per record
analysis/{COMPOUNDS}   {compounds} compound parts for the dictionary_decompounder filter
analysis/{GENDER}      {gender} feminine forms -> their base, for the synonym filter

1. Copy the folder analysis/ into the config folder of every node (for example
   /usr/share/opensearch/config/analysis/): the analyzer reads its word lists from there.
2. Create the index, then load the bulk files (OS=http://localhost:9200):

curl -sS -X PUT "$OS/{name}" -H 'Content-Type: application/json' --data-binary @mapping.json
for f in bulk-*.ndjson; do curl -sS -X POST "$OS/_bulk" \\
  -H 'Content-Type: application/x-ndjson' --data-binary "@$f" | head -c 100; echo; done

Every bulk response must begin with {{"took":...,"errors":false. Dates are ISO dates in "date";
{partial} record(s) have a date without a year (--MM-DD), which a date field cannot hold: it is
kept in the keyword field "date_text" instead.

Search as pressesuche ranks (the boosts belong in the query, not in the mapping):

{query}

The stemmer is Snowball "German2", the closest to our Snowball 3 German; engines on Lucene 10
(Elasticsearch 9, OpenSearch 3) read it as "German", into which Snowball merged German2.
"""
