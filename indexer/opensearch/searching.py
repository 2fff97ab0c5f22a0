"""``pressesuche search`` against OpenSearch, with the JSON contract of the embedded engine.

The query is parsed by our own parser (``parse_query``: the same syntax, operators, field
filters and notes) into a Whoosh query tree of analysed terms, which ``to_dsl`` turns into the
OpenSearch query DSL over the term fields of ``documents``. Facets are ``terms`` aggregations,
their spellings merged by our keys as here, counted as ``indexer.search.facets`` counts them:
the facet selections are a ``post_filter`` (they narrow the hits, not the aggregations), and
each facet's aggregation sits in a ``filter`` aggregation of the *other* facets' selections.
Snippets are marked by our highlighter over the body in ``_source``, so they look as the
embedded engine's do.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
import time
from collections import Counter
from collections.abc import Iterator
from itertools import groupby

from rapidfuzz.distance import OSA
from whoosh import highlight
from whoosh import query as q
from whoosh.highlight import FIRST

from indexer.analysis.morphology import fold
from indexer.config import search_seconds
from indexer.engine import schema as f
from indexer.engine.stored import from_stored
from indexer.exports import opensearch as export
from indexer.extraction.names import best_spelling
from indexer.opensearch import OpenSearchError, patterns, versions
from indexer.opensearch.documents import SEQ, TERMS, UNSHOWN
from indexer.opensearch.names import KEYS, canonical, labels, physical_index
from indexer.opensearch.reader import Reader
from indexer.search import snippets
from indexer.search.facets import SELECTIONS, without
from indexer.search.highlight import Matcher
from indexer.search.query import (
    MAX_EXPANSIONS,
    Filters,
    bound_expansions,
    parse_query,
    relaxations,
)
from indexer.search.searcher import (
    FACET_CAP,
    FACETS,
    Budget,
    Export,
    FacetValue,
    Hit,
    MarkFormatter,
    SearchResult,
    window,
)

MAIN = "_hits"  # the aggregation of the hits' own context (beside the facets')
FACET_BUCKETS = 1000  # values a facet aggregation returns before our keys merge spellings
_CHUNK = re.compile(r"\S+")
NAMES = (f.PERSONS, f.ORGANISATIONS)
RANGES = {f.DATE: f.DATESORT, f.DATESORT: f.DATESORT}
# our Whoosh schema, which the parser and the analysis read (no index needed), built once
schema = functools.cache(f.build_schema)


def _field(name: str) -> str:
    return TERMS.get(name, name)


def to_dsl(node: q.Query) -> dict:
    """Translate a parsed Whoosh query tree into the OpenSearch query DSL."""
    if isinstance(node, q.Every):
        return {"match_all": {}}
    if node is q.NullQuery or isinstance(node, type(q.NullQuery)):
        return {"match_none": {}}
    if isinstance(node, q.Term):
        return _term(node)
    if isinstance(node, q.Phrase):
        phrase = {"query": " ".join(node.words), "slop": max(0, node.slop - 1)}
        return {"match_phrase": {_field(node.fieldname): {**phrase, "boost": node.boost}}}
    if isinstance(node, q.FuzzyTerm):
        # a swap of two letters is one edit, as in our vocabulary lookup (search.spelling)
        fuzzy = {"value": node.text, "fuzziness": node.maxdist, "transpositions": True}
        fuzzy["max_expansions"] = MAX_EXPANSIONS  # every word within reach, as embedded
        fuzzy |= {"prefix_length": node.prefixlength, "boost": node.boost}
        return {"fuzzy": {_field(node.fieldname): fuzzy}}
    if isinstance(node, q.Prefix):
        return {"prefix": {_field(node.fieldname): {"value": node.text, "boost": node.boost}}}
    if isinstance(node, q.Wildcard):
        return {"wildcard": {_field(node.fieldname): {"value": node.text, "boost": node.boost}}}
    if isinstance(node, q.TermRange):
        bounds = {}
        if node.start:
            bounds["gt" if node.startexcl else "gte"] = node.start
        if node.end:
            bounds["lt" if node.endexcl else "lte"] = node.end
        return {"range": {RANGES.get(node.fieldname, _field(node.fieldname)): bounds}}
    if isinstance(node, q.Not):
        return {"bool": {"must_not": [to_dsl(node.query)]}}
    if isinstance(node, q.AndNot):
        return {"bool": {"must": [to_dsl(node.a)], "must_not": [to_dsl(node.b)]}}
    if isinstance(node, q.AndMaybe):
        return {"bool": {"must": [to_dsl(node.a)], "should": [to_dsl(node.b)]}}
    if isinstance(node, q.Require):
        return {"bool": {"must": [to_dsl(node.a)], "filter": [to_dsl(node.b)]}}
    if isinstance(node, q.And):
        return _and(node.subqueries)
    if isinstance(node, q.DisjunctionMax):
        return {"dis_max": {"queries": [to_dsl(sub) for sub in node.subqueries]}}
    if isinstance(node, q.Or):
        subs = [to_dsl(sub) for sub in node.subqueries]  # a relaxed query: at least m of n
        return {"bool": {"should": subs, "minimum_should_match": max(1, node.minmatch or 1)}}
    raise OpenSearchError(f"Diese Suchanfrage kann OpenSearch (noch) nicht: {node!r}")


def _and(subqueries: list[q.Query]) -> dict:
    must, must_not = [], []
    for sub in subqueries:
        if isinstance(sub, q.Not):
            must_not.append(to_dsl(sub.query))
        else:
            must.append(to_dsl(sub))
    return {"bool": {"must": must or [{"match_all": {}}], "must_not": must_not}}


def _term(node: q.Term) -> dict:
    text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
    name = _field(node.fieldname)
    if node.fieldname == f.DATE and not export._full_date(text):
        name = export.DATE_TEXT  # a date without a year is kept beside the date field
    return {"term": {name: {"value": text, "boost": node.boost}}}


def build_request(
    text: str, filters: Filters, page: int, limit: int, sort: str, reader=None
) -> tuple:
    """Return the parsed query and the body of ``POST /<alias>/_search`` for one page."""
    return _request_for(parse_query(text, schema()), filters, page, limit, sort, reader)


def _request_for(
    parsed, filters: Filters, page: int, limit: int, sort: str, reader=None, hidden=None
) -> tuple:
    """The request of one page; ``hidden`` (context → ids) leaves out older versions. Without
    it, unless ``filters.all_versions``, the groups with several matching versions are asked
    for beside the answer (``opensearch.versions``)."""
    context = [{"term": {f.KIND: f.RELEASE_KIND}}]
    dates = Filters(date_from=filters.date_from, date_to=filters.date_to).query()
    if dates is not None:
        context.append(to_dsl(dates))
    by_date = sort == "date" or parsed.is_empty
    detect = hidden is None and not filters.all_versions
    hidden = hidden or {}
    aggs = facet_aggregations(filters, reader, hidden, detect)
    body = request_body(parsed, context, aggs, page, limit, by_date)
    selections = _selections(filters, reader)
    if detect:
        groups = {versions.GROUPS: versions.groups_aggregation()}
        aggs[MAIN] = {"filter": selections or {"match_all": {}}, "aggs": groups}
    if (kept := versions.excluding(selections, hidden.get(MAIN, []))) is not None:
        body["post_filter"] = kept
    return parsed, body


def _selections(filters: Filters, reader=None) -> dict | None:
    """The facet selections of ``filters`` (values of one facet ORed, facets ANDed) as DSL;
    with a ``reader`` (``reader.Reader``) an organisation's alias selects it too."""
    chosen = Filters(**{attr: getattr(filters, attr) for attr in SELECTIONS.values()})
    restriction = chosen.query(reader)
    return None if restriction is None else to_dsl(restriction)


def facet_aggregations(
    filters: Filters, reader=None, hidden: dict | None = None, detect: bool = False
) -> dict:
    """Each facet counted over the matches of the query and the other facets' selections.

    A facet with a selection also counts its selected values among the releases they select
    (``chosen``), so that a selected value is listed even beyond the buckets returned.
    ``hidden`` leaves out each facet's older versions; ``detect`` asks for the groups with
    several matching versions in each facet's context.
    """
    hidden = hidden or {}
    aggs = {}
    for name, field in FACETS.items():
        terms: dict = {"values": {"terms": {"field": field, "size": FACET_BUCKETS}}}
        own = getattr(filters, SELECTIONS[name])
        if own and (selection := _selections(Filters(**{SELECTIONS[name]: own}), reader)):
            chosen = {"terms": {"field": field, "size": FACET_BUCKETS}}
            kept = versions.excluding(selection, hidden.get(name, []))
            terms["chosen"] = {"filter": kept, "aggs": {"values": chosen}}
        if detect:
            terms[versions.GROUPS] = versions.groups_aggregation()
        others = _selections(without(filters, name), reader)
        others = versions.excluding(others, hidden.get(name, []))
        aggs[name] = {"filter": others or {"match_all": {}}, "aggs": terms}
    return aggs


def request_body(parsed, context: list[dict], aggs: dict, page: int, limit: int, by_date: bool):
    """Return the body of a search for one page: the parsed words score, ``context`` filters."""
    query: dict = {"bool": {"filter": context}}
    if not parsed.is_empty:
        query["bool"]["must"] = [to_dsl(parsed.query)]
    body: dict = {
        "query": query,
        "from": (page - 1) * limit,
        "size": limit,
        "track_total_hits": True,
        "_source": {"excludes": UNSHOWN},
        "aggs": aggs,
    }
    if by_date:
        # as the embedded date rank: undated last, ties by build order, latest first
        body["sort"] = [{f.DATESORT: {"order": "desc", "missing": "_last"}}, {SEQ: "desc"}]
    return body


def search(
    client,
    alias: str,
    text: str,
    *,
    filters: Filters | None = None,
    page: int = 1,
    limit: int = 10,
    sort: str = "relevance",
    export: Export | None = None,
) -> SearchResult:
    """Run a query against the alias and return one page as the embedded engine does (an
    ``export``: its rows as one page of one request)."""
    filters = filters or Filters()
    page, limit = export.window() if export else window(page, limit)
    reader = Reader(client, alias) if filters.organisations else None
    budget = Budget(search_seconds())
    parsed = bounded(client, alias, parse_query(text, schema()))
    parsed, body = _request_for(parsed, filters, page, limit, sort, reader)
    strict = parsed
    response = timed(client, alias, body, budget)
    if not response["hits"]["total"]["value"] and not parsed.is_empty and not budget.partial:
        for relaxed in relaxations(parsed):  # the releases with most of the terms, as embedded
            if not budget.extras(parsed):
                break
            relaxed_body = _request_for(relaxed, filters, page, limit, sort, reader)[1]
            relaxed_response = timed(client, alias, relaxed_body, budget)
            if relaxed_response["hits"]["total"]["value"]:
                parsed, body, response = relaxed, relaxed_body, relaxed_response
                break
    index = physical_index(client, alias, response)
    table = versions.table(client, index) if index else versions.VersionTable()
    if not filters.all_versions and index:  # one hit per release: its newest matching version
        newest = _matching_groups(client, index, body, response)
        if any(newest.values()):
            hidden = {context: table.hidden(groups) for context, groups in newest.items()}
            body = _request_for(parsed, filters, page, limit, sort, reader, hidden)[1]
            response = timed(client, index, body, budget)
    by_date = "sort" in body
    terms = wanted(parsed.query, f.BODY)
    names = {name: labels(client, index, name) for name in NAMES} if index else {}
    hits = []
    for raw in response["hits"]["hits"]:
        release = from_stored(stored_fields(raw["_source"]))
        release.persons = canonical(names.get(f.PERSONS, {}), release.persons)
        release.organisations = canonical(names.get(f.ORGANISATIONS, {}), release.organisations)
        hits.append(
            Hit(
                id=release.id,
                path=release.path,
                title=release.title,
                date=release.date,
                persons=release.persons,
                organisations=release.organisations,
                score=0.0 if by_date else round(float(raw.get("_score") or 0.0), 4),
                snippet=snippet(release.body, terms if not parsed.is_empty else Wanted()),
                url=release.url or None,
                source=release.origin or None,
                first_indexed=release.first_indexed,
                versions=table.others(release.id),
            )
        )
    aggregations = response.get("aggregations", {})
    facets = {}
    for name, fieldname in FACETS.items():
        chosen = getattr(filters, SELECTIONS[name])
        buckets = _buckets(aggregations.get(name, {}), fieldname, chosen)
        shown = names.get(fieldname)
        facets[name] = facet_values(fieldname, buckets, chosen, name == "year", labels=shown)
    return SearchResult(
        query=text,
        total=response["hits"]["total"]["value"],
        hits=hits,
        facets=facets,
        suggestion=_suggestion(client, alias, strict, response, parsed, budget),
        notes=budget.noted(parsed.notes),
        page=page,
        limit=limit,
        relaxed=bool(parsed.relaxed_to),
        partial=budget.partial,
    )


def bounded(client, alias: str, parsed):
    """``parsed`` without the patterns that match too many words (``opensearch.patterns``)."""
    listed = patterns.lister(client, alias, parsed.query, MAX_EXPANSIONS)
    return bound_expansions(parsed, None, listed)


def timed(client, index: str, body: dict, budget: Budget) -> dict:
    """Run a search within what is left of ``budget``: OpenSearch stops collecting at the
    ``timeout`` and answers what its shards found by then (``timed_out``: partial)."""
    left = max(1, int((budget.deadline - time.monotonic()) * 1000))
    response = _run(client, index, body | {"timeout": f"{left}ms"})
    budget.partial = budget.partial or bool(response.get("timed_out"))
    return response


def _matching_groups(client, index: str, body: dict, response: dict) -> dict[str, dict]:
    """Per context (the hits, each facet): group → newest matching place, for the groups of
    which several versions match in it."""
    aggregations = response.get("aggregations", {})
    found = {}
    for context in (MAIN, *FACETS):
        answer = aggregations.get(context, {})
        where = body["aggs"][context]["filter"]
        query = {"bool": {"filter": [body["query"], where]}}
        found[context] = versions.matching_groups(
            client, index, answer.get(versions.GROUPS, {}), query
        )
    return found


def _suggestion(client, alias: str, strict, response: dict, parsed, budget) -> str | None:
    """Did-you-mean for a query that found nothing or only a relaxed reading, as embedded."""
    if (response["hits"]["total"]["value"] and not parsed.relaxed_to) or parsed.is_empty:
        return None
    if not budget.extras(parsed):
        return None
    from indexer.opensearch.spelling import suggest

    return suggest(client, alias, strict.text)


def _run(client, alias: str, body: dict) -> dict:
    try:
        return client.search(index=alias, body=body)
    except Exception as exc:  # the client's transport and request errors
        raise OpenSearchError(f"OpenSearch konnte nicht suchen: {exc}") from exc


def stored_fields(source: dict) -> dict:
    """Turn a document's ``_source`` back into the stored fields ``from_stored`` reads."""
    stored = dict(source)
    for name in export.LISTS:
        if isinstance(stored.get(name), list):
            stored[name] = f.SEP.join(stored[name])
    if export.DATE_TEXT in stored:
        stored[f.DATE] = stored.pop(export.DATE_TEXT)
    elif isinstance(stored.get(f.DATE), datetime.date):
        stored[f.DATE] = stored[f.DATE].isoformat()
    return stored


def _buckets(aggregation: dict, fieldname: str, chosen: list[str]) -> list[dict]:
    """The buckets of one facet's aggregation; a selected value found only among the releases
    of the selection (beyond the buckets returned) is added with its count there."""
    buckets = list(aggregation.get("values", {}).get("buckets", []))
    seen = {bucket["key"] for bucket in buckets}
    key_of = KEYS.get(fieldname, str.strip)
    selected = {key_of(v) for v in chosen}
    extra = aggregation.get("chosen", {}).get("values", {}).get("buckets", [])
    return buckets + [
        b for b in extra if b["key"] not in seen and key_of(str(b["key"])) in selected
    ]


def facet_values(
    fieldname: str,
    buckets: list[dict],
    chosen: list[str],
    newest_first: bool = False,
    cap: int = FACET_CAP,
    labels: dict[str, str] | None = None,
) -> list[FacetValue]:
    """Merge the buckets of one facet by our keys (spellings of a name) and order them as here.

    A selected value beyond the cap is listed after the others, as ``facets.facet`` does.
    """
    key_of = KEYS.get(fieldname, str.strip)
    spellings: dict[str, Counter[str]] = {}
    for bucket in buckets:
        value = str(bucket["key"])
        spellings.setdefault(key_of(value), Counter())[value] += bucket["doc_count"]
    labels = labels or {}

    def label(c: Counter[str]) -> str:
        first = next(iter(c))
        if first in labels:  # the spelling most used in the whole index, as here
            return labels[first]
        return first if len(c) == 1 else best_spelling(c)

    counts = {label(c): sum(c.values()) for c in spellings.values()}
    selected = {key_of(v) for v in chosen}
    if newest_first:
        ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
    else:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ordered[:cap] + [kv for kv in ordered[cap:] if key_of(kv[0]) in selected]
    return [FacetValue(v, n, key_of(v) in selected) for v, n in shown]


@dataclasses.dataclass
class Wanted(Matcher):
    """The words of a query to mark in a field: terms, prefixes, patterns and fuzzy terms (the
    embedded engine marks the expansions a release matched; here the words that match them)."""

    fuzzy: set[tuple[str, int, int]] = dataclasses.field(default_factory=set)

    def __bool__(self) -> bool:
        return super().__bool__() or bool(self.fuzzy)

    def matches(self, term: str) -> bool:
        return super().matches(term) or any(
            term.startswith(text[:prefix]) and OSA.distance(term, text, score_cutoff=edits) <= edits
            for text, edits, prefix in self.fuzzy
        )

    def pieces(self) -> list[str] | None:
        """Letters each word holding a wanted term contains (None: any word may hold one)."""
        pieces = [*self.terms, *self.prefixes, *(t[:p] for t, _, p in self.fuzzy)]
        pieces += [max(re.split(r"[*?\[\]]", p), key=len) for p in self.patterns]
        return None if not all(pieces) else [fold(p.lower()) for p in pieces]


def wanted(node: q.Query, fieldname: str) -> Wanted:
    """The words of a query tree in ``fieldname`` that its matches hold, to be marked."""
    found = Wanted()
    for leaf in node.leaves():
        if leaf.field() != fieldname:
            continue
        text = leaf.text.decode("utf-8") if isinstance(getattr(leaf, "text", None), bytes) else ""
        if isinstance(leaf, q.FuzzyTerm):
            found.fuzzy.add((text or str(leaf.text), leaf.maxdist, leaf.prefixlength))
        elif isinstance(leaf, q.Prefix):
            found.prefixes.add(text or str(leaf.text))
        elif isinstance(leaf, q.Wildcard):
            found.patterns.add(text or str(leaf.text))
        else:
            for _, term in leaf.iter_all_terms(phrases=True):
                found.terms.add(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    return found


def snippet(body: str, terms: Wanted) -> str:
    """Mark the query's words in the body as the embedded engine's snippets do."""
    if terms:
        fragmenter = highlight.PinpointFragmenter(maxchars=200, surround=60, autotrim=True)
        if marked := mark(body, terms, f.BODY, fragmenter, top=2):
            return marked
    return snippets.lead(body)


def mark(text: str, terms: Wanted, fieldname: str, fragmenter, top: int) -> str:
    """Highlight as Whoosh does from the postings' offsets: the matches sorted by start, the
    longest of those starting at one character, none past the fragmenter's character limit."""
    limit = fragmenter.charlimit
    tokens = _candidate_tokens(text, terms, fieldname)
    matched = []
    for token in tokens:
        token.matched = terms.matches(token.text)
        if token.matched and not (limit and token.endchar > limit):
            matched.append(token)
    matched.sort(key=lambda t: t.startchar)
    longest = [
        max(group, key=lambda t: t.endchar - t.startchar)
        for _, group in groupby(matched, lambda t: t.startchar)
    ]
    fragments = fragmenter.fragment_matches(text, longest)
    best = highlight.top_fragments(fragments, top, highlight.BasicFragmentScorer(), FIRST)
    return MarkFormatter()(text, best)


def _candidate_tokens(body: str, terms: Wanted, fieldname: str) -> Iterator:
    """Yield our analysis of the body's words that may hold a query term, offsets in ``body``.

    The embedded engine reads the offsets from its postings; analysing a whole body per hit
    (compound splitting included) took ~40 ms. A term (a folded stem or compound part) lies
    inside the folded word it comes from, so only words that contain one are analysed.
    """
    folded = terms.pieces()
    analyzer = schema()[fieldname].analyzer
    chunks = list(_CHUNK.finditer(body))
    words = fold(body.lower()).split()  # folding keeps the blanks: one word per chunk
    if len(words) != len(chunks):
        words = [fold(chunk.group().lower()) for chunk in chunks]
    for chunk, word in zip(chunks, words, strict=True):
        if folded is not None and not any(term in word for term in folded):
            continue
        for token in analyzer(chunk.group(), chars=True, positions=True, mode="index"):
            token = token.copy()  # the analyzer reuses one token; the fragmenter keeps them
            token.startchar += chunk.start()
            token.endchar += chunk.start()
            yield token
