"""The bound on pattern expansion on OpenSearch, by the embedded engine's rules (issue 21).

``query.bound_expansions`` refuses a wildcard, prefix, fuzzy or range part that matches more
than ``MAX_EXPANSIONS`` index words in a field, or that would make the whole query read more
than ``MAX_CLAUSES`` words, with the same notes as embedded. It asks ``expansions`` for the
words of each part; here the cluster lists them: ``_validate/query`` with ``rewrite=true``
rewrites the part as Lucene would search it, a ``scoring_boolean`` rewrite (a fuzzy term: its
``max_expansions``) naming every word it matches in the explanation. Lucene stops listing at
``indices.query.bool.max_clause_count`` (1,024 by default) and calls the query invalid: that
part matches too many words, without their being listed.

A range over a text field (``titel:[a TO z]``) is not listed: Lucene searches it without
expanding it into words (a constant-score range over the term dictionary), bounded by the
search's time budget. A range over a keyword field (``jahr:[2010 TO 2030]``) counts its values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from whoosh import query as q

from indexer.opensearch import OpenSearchError
from indexer.opensearch.documents import TERMS
from indexer.opensearch.reader import value_counts

PARALLEL = 8  # parts listed at once (each a round trip; ``Wort0~2 ODER … Wort39~2``: 120)


def lister(client, index: str, query: q.Query, limit: int) -> Callable:
    """``expand`` for ``query.bound_expansions``: the words of every pattern part of ``query``,
    asked for at once (in parallel), then looked up; another part is asked for alone."""
    parts = [leaf for leaf in query.leaves() if isinstance(leaf, q.MultiTerm)]
    known: dict[int, set[str] | None] = {}
    if len(parts) > 1:
        with ThreadPoolExecutor(min(PARALLEL, len(parts))) as pool:
            found = pool.map(lambda node: expansions(client, index, node, limit), parts)
            known = {id(node): words for node, words in zip(parts, found, strict=True)}

    def expand(node: q.MultiTerm, _reader, wanted: int) -> set[str] | None:
        if id(node) in known and wanted == limit:
            return known[id(node)]
        return expansions(client, index, node, wanted)

    return expand


def expansions(client, index: str, node: q.MultiTerm, limit: int) -> set[str] | None:
    """The words ``node`` matches in its field, or None when there are more than ``limit``."""
    from indexer.opensearch.searching import to_dsl

    dsl = to_dsl(node)
    kind, body = next(iter(dsl.items()))
    field, options = next(iter(body.items()))
    if isinstance(node, q.TermRange):
        if node.fieldname in TERMS:
            return set()  # not expanded (see the module's note)
        found = value_counts(client, index, field, dsl)
        values = {v for v in found if _in_range(node, v)}
        return None if len(values) > limit else values
    if kind == "fuzzy":
        options = options | {"max_expansions": limit + 1}
    else:
        options = options | {"rewrite": "scoring_boolean"}
    query = {kind: {field: options}}
    try:
        answer = client.indices.validate_query(
            index=index, body={"query": query}, params={"rewrite": "true", "all_shards": "true"}
        )
    except Exception as exc:  # the client's transport and request errors
        raise OpenSearchError(f"OpenSearch konnte die Anfrage nicht prüfen: {exc}") from exc
    if not answer.get("valid"):  # more words than a query may hold: not listed
        return None
    words: set[str] = set()
    term = re.compile(rf"(?:^|[\s(+-]){re.escape(field)}:(\S+?)(?=[\s)^]|$)")
    for explained in answer.get("explanations", []):
        words.update(term.findall(explained.get("explanation", "")))
    # a part that matches no word is explained as typed (``t_body:rathausxyz*``)
    words -= {options["value"], f"{options['value']}*"}
    words = {w for w in words if "~" not in w}
    return None if len(words) > limit else words


def _in_range(node: q.TermRange, value: str) -> bool:
    low = not node.start or value > node.start or (value == node.start and not node.startexcl)
    high = not node.end or value < node.end or (value == node.end and not node.endexcl)
    return low and high
