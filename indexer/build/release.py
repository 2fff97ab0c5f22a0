"""The per-release pipeline: a source record in, a repaired and annotated release out."""

from __future__ import annotations

import hashlib
import html
from dataclasses import asdict, replace

from indexer.engine import schema as f
from indexer.engine.stored import PersonLinks
from indexer.extraction.entities import extract_entities, org_group_key
from indexer.extraction.link_cues import mention_cues
from indexer.extraction.names import name_key, surname_key
from indexer.extraction.quotes import MIN_CONFIDENCE, extract_quotes
from indexer.model import Release
from indexer.text import similarity
from indexer.text.corpus import SourceRecord
from indexer.text.office import FORMATS, read_office
from indexer.text.structure import clean_document


def content_hash(title: str, body: str) -> str:
    """Hash the repaired text so that exact duplicates meet whatever their encoding or markup."""
    # str.split() splits at what \s matches: any whitespace run becomes one space, the ends none
    text = " ".join(f"{title}\n{body}".split()).lower()
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def prepare(record: SourceRecord, min_confidence: float = MIN_CONFIDENCE) -> Release:
    """Repair one source record and extract its date, persons, organisations and quotes
    (speakers less sure than ``min_confidence`` left null)."""
    if record.fmt in FORMATS.values() and isinstance(record.data, bytes):
        found = read_office(record.data, record.fmt)  # OfficeError: the file is skipped, named
        meta = {**record.meta, "title": record.meta.get("title") or found.title}
        record = replace(record, data=found.text, fmt="txt", meta=meta)
    data, title = record.data, record.meta.get("title")
    if title and isinstance(data, str):
        # A given title goes first, as the structure step expects; a repeat of it in the text
        # is then dropped from the body instead of the text's first line becoming the title.
        heading = f"<h1>{html.escape(title)}</h1>" if record.fmt == "html" else f"{title}\n"
        data = f"{heading}\n{data}"
    doc = clean_document(data, record.fmt)
    # A title nobody marked as one (no title field, no heading markup, no <h1>) is the text's
    # first line: it is shown as the title but stays the first line of the body, searched and
    # ranked as body text. Weighted as a title, the first lines of untitled distractors
    # outranked the releases (`make relevance`, tune half, weights as they were: press queries
    # ORed MRR@10 .841 -> .891 without it; XQuAD questions .841 -> .833).
    given = bool(title) or doc.heading
    title = title or doc.title
    body, shift = doc.body, 0
    if not given and not doc.title_in_body:
        body = f"{doc.title}\n\n{doc.body}" if doc.body else doc.title
        shift = len(body) - len(doc.body)
    entities = extract_entities(doc, meta_date=record.meta.get("date"))
    # a JSONL ``speaker`` (a speech's speaker, an interview partner) says first-person frames
    speaker = record.meta.get("speaker")
    found = extract_quotes(doc.body, entities, min_confidence, speaker=speaker)
    quotes = [asdict(q) for q in found]
    for quote in quotes:  # offsets into the body as stored
        quote["start"] += shift
        quote["end"] += shift
    release = Release(
        id=record.id,
        path=record.path,
        source=record.source,
        title=title,
        title_from_text=not given,
        body=body,
        boilerplate=doc.boilerplate,
        date=entities.date,
        persons=entities.persons,
        organisations=entities.organisations,
        quotes=quotes,
        aliases=entities.aliases,
        url=record.meta.get("url"),
        origin=record.meta.get("source"),
        content_hash=content_hash(title, doc.body),  # as before: duplicates meet across versions
        surname_roles=entities.surname_roles,
    )
    release.version_signature = version_signature(release)
    release.link_cues = mention_cues(f"{release.title}\n{release.body}", release.persons)
    return release


def version_signature(release: Release) -> bytes:
    """The MinHash signature of a release's title and body (``search.versions``)."""
    return similarity.signature(f"{release.title}\n{release.body}")


def clean_value(value: str | None) -> str:
    """A facet value as indexed: one line, no separator, no surrounding space."""
    return " ".join((value or "").replace(f.SEP, " ").split())


def person_keys(names: list[str]) -> str:
    """Join the filter keys of persons: the folded full name and the folded surname."""
    keys = dict.fromkeys(k for n in names for k in (name_key(n), surname_key(n)) if k)
    return f.SEP.join(keys)


def organisation_keys(names: list[str], aliases: dict[str, list[str]]) -> str:
    """Join the filter keys of organisations: every name and alias, region and legal form folded."""
    every = [n for name in names for n in (name, *aliases.get(name, ()))]
    return f.SEP.join(dict.fromkeys(k for k in map(org_group_key, every) if k))


def quote_id(release_id: str, number: int) -> str:
    """Return the stable id of the ``number``-th quote of a release."""
    return f"{release_id}-z{number}"


def to_records(release: Release, source_digest: str) -> list[dict]:
    """Turn a release into index records: the release itself, then one record per quote.

    Persons and speakers are written as ``release.links`` links them across the index (a bare
    surname linked to "" is no person value; as a speaker it stays as the text names it)."""
    links = release.links
    quotes = [
        {**quote, "speaker": links[quote["speaker"]]} if links.get(quote.get("speaker")) else quote
        for quote in release.quotes
    ]
    records = [_release_fields(release, source_digest, quotes)]
    datesort = records[0].get(f.DATESORT)
    date = release.date or ""
    for number, quote in enumerate(quotes, start=1):
        speaker = quote.get("speaker") or ""
        records.append(
            {
                f.ID: quote_id(release.id, number),
                f.KIND: f.QUOTE_KIND,
                f.SOURCE: release.source,
                f.PATH: release.path,
                f.RELEASE_TITLE: release.title,
                f.DATE: date,
                f.DATESORT: datesort,
                f.QUOTE: quote["text"],
                f.SPEAKER: speaker,
                f.SPEAKER_KEY: person_keys([speaker] if speaker else []),
                f.ROLE: quote.get("role"),
                f.CONFIDENCE: quote.get("confidence"),
                f.DOC_ID: release.id,
                f.SPAN: (quote["start"], quote["end"]),
            }
        )
    _use_postings(records[0], release.analysed)
    for record, postings in zip(records[1:], release.analysed_quotes, strict=False):
        _use_postings(record, {f.QUOTE: postings})
    # Empty values are left out: Whoosh would index "" as a term (an empty facet value).
    return [{k: v for k, v in record.items() if v not in ("", None)} for record in records]


def _use_postings(record: dict, analysed: dict[str, f.PreAnalysed]) -> None:
    """Index pre-analysed postings instead of analysing again; store the text as it is."""
    for name, postings in analysed.items():
        if record.get(name):
            record[f"_stored_{name}"] = record[name]
            record[name] = postings


def _release_fields(release: Release, source_digest: str, quotes: list[dict]) -> dict:
    date = release.date or ""
    year = date[:4] if date[:1].isdigit() else ""
    linked = (release.links.get(name, name) for name in release.persons)
    persons = list(dict.fromkeys(name for name in linked if name))
    return {
        f.ID: release.id,
        f.KIND: f.RELEASE_KIND,
        f.PATH: release.path,
        f.SOURCE: release.source,
        f.SOURCE_KEY: f"{release.source}{f.SEP}{source_digest}",
        f.CONTENT_HASH: release.content_hash,
        # A title from the text is stored (shown) but indexes nothing; the body holds its words.
        f.TITLE: f.PreAnalysed([]) if release.title_from_text else release.title,
        f"_stored_{f.TITLE}": release.title,
        f.TITLE_FROM_TEXT: release.title_from_text or None,
        f.BODY: release.body,
        f.EXACT: release.body if release.title_from_text else f"{release.title}\n{release.body}",
        f.BOILERPLATE: release.boilerplate,
        f.DATE: date,
        # Releases without a year sort after the dated ones and fall outside date ranges.
        f.DATESORT: date if year else "",
        f.YEAR: year,
        f.PERSONS: f.SEP.join(persons),
        f.ORGANISATIONS: f.SEP.join(release.organisations),
        f.PERSON_KEYS: person_keys(persons),
        f.ORGANISATION_KEYS: organisation_keys(release.organisations, release.aliases),
        f.ORGANISATION_ALIASES: f.SEP.join(
            f"{org_group_key(alias)}{f.ALIAS_ARROW}{org_group_key(name)}"
            for name, aliases in release.aliases.items()
            for alias in aliases
        ),
        f.QUOTES: quotes,
        f.URL: release.url,
        f.ORIGIN: release.origin,
        f.FIRST_INDEXED: release.first_indexed,
        # Releases read back from the index (relinking, re-analysis) come without one
        f.VERSION_SIGNATURE: release.version_signature or version_signature(release) or None,
        f.PUBLISHER: clean_value(release.origin),
        f.PERSON_LINKS: PersonLinks.of(release, source_digest).to_column(),
    }
