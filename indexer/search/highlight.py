"""Which words of a release body a query marks: character spans for the release page.

The page marks every occurrence of a query word in the whole body (the hit list marks snippets);
the body is analysed as at indexing, so ``Migrantinnen`` marks ``Migranten`` too, a prefix or a
wildcard marks the words it matches, and words a user excluded (``-Köln``) are not marked.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from whoosh import query as wq

from indexer.engine import schema as f
from indexer.search.query import parse_query


@dataclass
class Matcher:
    """The analysed words of a query that should be marked in a release body."""

    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    patterns: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes or self.patterns)

    def matches(self, term: str) -> bool:
        return (
            term in self.terms
            or any(term.startswith(p) for p in self.prefixes)
            or any(fnmatch.fnmatchcase(term, p) for p in self.patterns)
        )


def _positive(node: wq.Query) -> wq.Query:
    """Drop the negated parts of a query: words a user excluded are not highlighted."""
    if isinstance(node, wq.Not):
        return wq.NullQuery
    if isinstance(node, wq.AndNot):
        return _positive(node.a)
    return node.apply(_positive) if node.children() else node


def matcher(schema, text: str) -> Matcher:
    """Collect the body-field terms, prefixes and wildcards of a query."""
    found = Matcher()
    if not text.strip():
        return found
    parsed = parse_query(text, schema)
    if parsed.is_empty:
        return found
    for leaf in _positive(parsed.query).leaves():
        if leaf.field() != f.BODY:
            continue
        if isinstance(leaf, wq.Prefix):
            found.prefixes.add(str(leaf.text))
        elif isinstance(leaf, wq.Wildcard):
            found.patterns.add(str(leaf.text))
        else:
            for _fieldname, term in leaf.iter_all_terms(phrases=True):
                found.terms.add(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    return found


def match_spans(schema, body: str, text: str) -> list[tuple[int, int]]:
    """Return the character spans of the body words that the query matches."""
    found = matcher(schema, text)
    if not found:
        return []
    spans = set()
    for token in schema[f.BODY].analyzer(body, chars=True, mode="index"):
        if found.matches(token.text):
            spans.add((token.startchar, token.endchar))
    return sorted(spans)


def mark_spans(engine, body: str, text: str) -> list[tuple[int, int]]:
    """The spans to mark in a release body for the query ``text``, with the index's analysis."""
    return match_spans(engine.searcher().schema, body, text)
