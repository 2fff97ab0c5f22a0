"""What the OpenSearch backend stores: the mapping and one document per index record.

The text fields are not analysed by OpenSearch. Each carries the terms our German analysis
gives (folding, Snowball German, gender forms, compound parts, the exact spelling): one blank-
separated word per position, the terms at one position (a compound and its parts) joined by
``ALT``, a gap our analysis left filled by ``GAP``. The analyzer only splits at blanks and then
at ``ALT`` with a ``pattern_capture`` filter, which puts the parts at the same position. So both
engines index the same terms at the same positions, and phrases match alike (``"letzten Endes"``
finds ``letzten Wochenende`` in both, through the part ``end``).
"""

from __future__ import annotations

import base64
import uuid

from indexer.engine import schema as f
from indexer.exports import opensearch as export

TOKENS = "pressesuche_tokens"  # the analyzer: split at blanks, then at ALT
ALTERNATIVES = "pressesuche_alternatives"
BLANKS = "pressesuche_blanks"
GAP = "\ue000"  # fills a position without a term (private use: never a word)
ALT = "\ue001"  # joins the terms of one position
# our text fields -> the fields holding their terms in OpenSearch
TERMS = {
    f.TITLE: "t_title",
    f.BODY: "t_body",
    f.EXACT: "t_exact",
    f.BOILERPLATE: "t_boilerplate",
    f.QUOTE: "t_quote",
}
SORTABLE = (f.DATESORT,)
SEQ = "seq"  # the record's number in its build, as Whoosh's document number: ties of the date sort
# what an update reads of the live index (``opensearch.updating``): which file and digest each
# release came from, and what linking its persons needs (``engine.stored.PersonLinks``)
LINKS = (f.ID, "digest", "persons", "speakers", "roles", "links", "sender", "cues")
# the mapping's ``_meta``: an index of another layout or schema is rebuilt, never updated
# 2: source_key and person_links, for updates in place; 3: versions, links with sender and cues
LAYOUT = 3
# a release's group of versions (the id of its newest version) and its place in it (0: newest),
# set after the build for grouped releases only (``opensearch.versions``)
GROUP, PLACE = "version_group", "version_place"
STATE = "state"  # the ``_meta`` key of the index's state token (``meta``)
# left out of the ``_source`` of hits and release lookups: the terms and what only a build or
# an update reads (the updater reads ``_source`` with its own list, ``opensearch.updating``)
UNSHOWN = [*TERMS.values(), f.VERSION_SIGNATURE, f.PERSON_LINKS, f.SOURCE_KEY]


def build_mapping(shards: int = 1, replicas: int = 0) -> dict:
    """Return the body of ``PUT /<physical index>``: our terms, keywords, stored texts."""
    properties: dict[str, dict] = {
        name: {"type": "keyword"} for name in export.KEYWORDS + export.LISTS + SORTABLE
    }
    properties[export.DATE_TEXT] = {"type": "keyword"}
    properties[f.DATE] = {"type": "date", "format": "strict_date"}
    properties[export.START] = properties[export.END] = {"type": "integer", "index": False}
    properties[f.CONFIDENCE] = {"type": "float", "index": False}
    for name in export.GERMAN_TEXTS + (f.RELEASE_TITLE,):
        properties[name] = {"type": "text", "index": False}  # shown, not searched
    for name, terms in TERMS.items():
        properties[terms] = {"type": "text", "analyzer": TOKENS, "norms": True}
        if name == f.EXACT:  # without positions here too: phrases go to title and body
            properties[terms]["index_options"] = "freqs"
    properties[f.QUOTES] = {"type": "object", "enabled": False}
    properties[SEQ] = {"type": "long", "index": False}
    properties[GROUP] = {"type": "keyword"}
    properties[PLACE] = {"type": "integer"}
    properties[f.VERSION_SIGNATURE] = {"type": "binary"}  # MinHash, base64 in ``_source``
    properties[f.FIRST_INDEXED] = {"type": "keyword", "index": False}  # the feed's time
    properties[f.TITLE_FROM_TEXT] = {"type": "boolean", "index": False}  # for a relink
    properties[f.SOURCE_KEY] = {"type": "keyword"}  # file and digest: what an update reads again
    properties[f.PERSON_LINKS] = {"type": "object", "enabled": False}
    analysis = {
        "filter": {
            ALTERNATIVES: {
                "type": "pattern_capture",
                "preserve_original": False,
                "patterns": [f"([^{ALT}]+)"],
            }
        },
        # a position joining many parts may pass the default limit of 255 characters
        "tokenizer": {BLANKS: {"type": "whitespace", "max_token_length": 4096}},
        "analyzer": {TOKENS: {"type": "custom", "tokenizer": BLANKS, "filter": [ALTERNATIVES]}},
    }
    settings = {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "analysis": analysis,
        # our ranking's K1 and B (``schema.BM25_K1``/``BM25_B``); the field weights are the
        # query's boosts. Lucene's idf counts the records with the field, Whoosh's all records.
        "similarity": {"default": {"type": "BM25", "k1": f.BM25_K1, "b": f.BM25_B}},
    }
    mappings = {
        "dynamic": "strict",
        "_meta": meta(),
        "properties": dict(sorted(properties.items())),
    }
    return {"settings": settings, "mappings": mappings}


def meta(timed_out: dict | None = None, unfinished: list[str] = ()) -> dict:
    """The mapping's ``_meta``: layout and schema, the releases that took too long in the run
    that wrote the index (path -> their file and its digest, as the embedded index keeps), the
    files an update was reading when it stopped (read again by the next run) and a new state
    token: every build and update writes one when it is done, and what a server process keeps
    of a physical index is kept per token (``opensearch.state``)."""
    return {
        "layout": LAYOUT,
        "schema": f.SCHEMA_VERSION,
        "timed_out": timed_out or {},
        "unfinished": sorted(unfinished),
        STATE: uuid.uuid4().hex,
    }


def term_text(field, text: str) -> str:
    """Return the terms of ``text`` under our analysis of ``field``, positioned as described."""
    if not text:
        return ""
    stream = field.analyzer(text, positions=True, mode="index")
    if not field.format.supports("positions"):
        return " ".join(token.text for token in stream)
    at: dict[int, list[str]] = {}
    for token in stream:
        at.setdefault(token.pos, []).append(token.text)
    return _placed(at)


def postings_text(field, postings: list) -> str:
    """Return ``term_text`` from the postings our workers computed (no second analysis)."""
    if not field.format.supports("positions"):
        return " ".join(" ".join([term.decode("utf-8")] * freq) for term, freq, _, _ in postings)
    at: dict[int, list[str]] = {}
    for term, _, _, value in postings:
        word = term.decode("utf-8")
        for pos in field.format.decode_positions(value):
            at.setdefault(pos, []).append(word)
    return _placed(at)


def _placed(at: dict[int, list[str]]) -> str:
    if not at:
        return ""
    words = (ALT.join(at[pos]) if pos in at else GAP for pos in range(min(at), max(at) + 1))
    return " ".join(words)


def to_document(record: dict, schema) -> dict:
    """Turn one record of ``to_records`` (a release or a quote) into an OpenSearch document."""
    stored = {}
    for name, value in record.items():
        if name.startswith("_stored_"):
            continue
        stored[name] = record.get(f"_stored_{name}", value)
    source = export.to_source(stored)
    if value := stored.get(f.DATESORT):
        source[f.DATESORT] = value
    if stored.get(f.QUOTES):
        source[f.QUOTES] = stored[f.QUOTES]
    if signature := stored.get(f.VERSION_SIGNATURE):
        source[f.VERSION_SIGNATURE] = base64.b64encode(signature).decode("ascii")
    for name in (f.FIRST_INDEXED, f.TITLE_FROM_TEXT, f.SOURCE_KEY):
        if stored.get(name):
            source[name] = stored[name]
    if links := stored.get(f.PERSON_LINKS):
        source[f.PERSON_LINKS] = dict(zip(LINKS, links, strict=True))
    if f.TITLE in stored and f.BODY in stored:
        stored[f.EXACT] = f"{stored[f.TITLE]}\n{stored[f.BODY]}"
    for name, terms in TERMS.items():
        if isinstance(analysed := record.get(name), f.PreAnalysed):
            source[terms] = postings_text(schema[name], analysed.items)
        elif text := stored.get(name):
            source[terms] = term_text(schema[name], text)
    return source
