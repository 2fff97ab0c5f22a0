"""The one Whoosh schema; field names are constants used everywhere else."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import columns, fields, scoring
from whoosh.analysis import RegexTokenizer

from indexer.analysis.analyzers import exact_analyzer, german_analyzer

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
SCHEMA_VERSION = 16  # 12: version signature, publisher; 13: quote confidence; 14: person_links;
# 15: person_links with the sender and the cues around each name (link_cues); 16: a release's
# hit row in a column of its own, the body out of the stored record (``engine.rows``)

ID = "id"
KIND = "kind"
PATH = "path"
SOURCE = "source"
SOURCE_KEY = "source_key"
CONTENT_HASH = "content_hash"
TITLE = "title"
TITLE_FROM_TEXT = "title_from_text"
BODY = "body"
EXACT = "exact"
BOILERPLATE = "boilerplate"
DATE = "date"
DATESORT = "datesort"
YEAR = "year"
PERSONS = "persons"
ORGANISATIONS = "organisations"
PERSON_KEYS = "person_keys"
ORGANISATION_KEYS = "organisation_keys"
# "<alias key>=><organisation key>" pairs, so an acronym seen in one release filters them all
ORGANISATION_ALIASES = "organisation_aliases"
ALIAS_ARROW = "=>"
QUOTES = "quotes"
URL = "url"
ORIGIN = "origin"
# When a release first entered the index (RFC 3339, UTC); carried over by updates and rebuilds.
FIRST_INDEXED = "first_indexed"
# The MinHash signature of a release's text (``text.similarity``): near-identical releases
# are versions of one release (``search.versions``). A column, read once per index state.
VERSION_SIGNATURE = "version_signature"
# The publisher as the corpus names it (JSONL ``source``), a facet; ``origin`` stores it.
PUBLISHER = "publisher"
# Per release, a column (read without the stored fields): its persons and speakers as the
# release names them, the roles it gives to surnames, and how they are linked across the index
# (``build.relink``), so an update relinks without extracting again or reading every release.
PERSON_LINKS = "person_links"
QUOTE = "quote"
SPEAKER = "speaker"
SPEAKER_KEY = "speaker_key"
ROLE = "role"
CONFIDENCE = "confidence"
DOC_ID = "doc_id"
SPAN = "span"
RELEASE_TITLE = "release_title"

# Releases and their quotes live in one index (one commit keeps them consistent); ``kind`` tells
# them apart and every search names the kind it wants.
RELEASE_KIND = "release"
QUOTE_KIND = "quote"

# ``source_key`` is "<relpath><SEP><sha1 of the file>": its lexicon is the manifest that
# incremental updates compare the corpus against, without reading stored documents.
# Multi-valued facet fields store their values joined by this separator (names contain commas).
SEP = "\x1f"

TEXT_FIELDS = (TITLE, BODY, EXACT)
# Ranking: Whoosh's BM25F, which saturates each field on its own and adds them up. Weights,
# K1 and B are the best point of three grids on the tune half of `make relevance`
# (`python -m bench.relevance_tune`, bench/README.md), not chosen by hand: the mean MRR@10 of
# its six source x form cells went from .618 (title 3, exact 4, K1 1.2, B .75) to .651.
# A low K1 saturates a word's frequency fast and B 0 drops length normalisation: a release
# ranks by how many of the query's (rare) words it holds, not by how short it is. Adding the
# frequencies of title and body before one saturation (true BM25F) gained .004 at best on the
# first grid: the per-field saturation is not what limits the ranking. The exact-spelling
# field must not fall below the stemmed body (at .5, `Kaykın` no longer ranks its own spelling
# first: tests/test_search.py).
FIELD_BOOSTS = {TITLE: 2.0, BODY: 1.0, EXACT: 2.0}
BM25_K1 = 0.3
BM25_B = 0.0


def weighting() -> scoring.BM25F:
    """The ranking of every search: BM25F with the chosen K1 and B."""
    return scoring.BM25F(B=BM25_B, K1=BM25_K1)


@dataclass(slots=True)
class PreAnalysed:
    """Postings of a text computed ahead of time (in a worker) by ``TextField.index``."""

    items: list[tuple[bytes, int, float, bytes]]


class TextField(fields.TEXT):
    """A TEXT field that also takes pre-analysed postings, so the writer need not analyse."""

    def index(self, value, **kwargs):
        if isinstance(value, PreAnalysed):
            return iter(value.items)
        return super().index(value, **kwargs)


def _facet_field() -> fields.KEYWORD:
    return fields.KEYWORD(stored=True, analyzer=RegexTokenizer(r"[^\x1f]+"))


def build_schema() -> fields.Schema:
    """Build the schema of a release record."""
    german = german_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        path=fields.ID(stored=True),
        source=fields.ID(stored=True),
        source_key=fields.ID(),
        content_hash=fields.ID(stored=True),
        title=TextField(analyzer=german, stored=True, phrase=True, field_boost=1.0),
        title_from_text=fields.STORED(),
        # chars=True: postings keep character offsets, so snippets are highlighted from the index
        # ("pinpoint") instead of running the German analysis over every hit's text again.
        body=TextField(analyzer=german, stored=True, phrase=True, chars=True),
        exact=TextField(analyzer=exact_analyzer(), phrase=False),
        boilerplate=TextField(analyzer=german, stored=True, phrase=True),
        date=fields.ID(stored=True),
        datesort=fields.ID(stored=True, sortable=True),
        year=fields.ID(stored=True),
        persons=_facet_field(),
        organisations=_facet_field(),
        person_keys=_facet_field(),
        organisation_keys=_facet_field(),
        organisation_aliases=_facet_field(),
        quotes=fields.STORED(),
        url=fields.STORED(),
        origin=fields.STORED(),
        first_indexed=fields.STORED(),
        version_signature=fields.COLUMN(columns.VarBytesColumn()),
        publisher=_facet_field(),
        person_links=fields.COLUMN(columns.PickleColumn(columns.VarBytesColumn())),
        quote=TextField(analyzer=german, stored=True, phrase=True, chars=True),
        speaker=_facet_field(),
        speaker_key=_facet_field(),
        role=fields.STORED(),
        confidence=fields.STORED(),
        doc_id=fields.ID(stored=True),
        span=fields.STORED(),
        release_title=fields.STORED(),
    )
