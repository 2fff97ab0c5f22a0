"""Turning what a user types into a Whoosh query: lenient, bounded, German operators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as q
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    MultifieldParser,
    OperatorsPlugin,
    PlusMinusPlugin,
)

from indexer import schema as f
from indexer.entities import org_group_key
from indexer.names import name_key

MAX_QUERY_CHARS = 500
MAX_NESTING = 10
MAX_EXPANSIONS = 1024

ALIASES = {
    f.TITLE: ["titel"],
    f.BODY: ["text"],
    f.BOILERPLATE: ["kontakt", "fusszeile"],
    f.PERSON_KEYS: ["person", "personen", f.PERSONS],
    f.ORGANISATION_KEYS: ["organisation", "organisationen", "org", f.ORGANISATIONS],
    f.YEAR: ["jahr"],
    f.DATE: ["datum"],
}
# Field filters a user may name; anything else before a colon is read as plain words.
ALLOWED_FIELDS = set(ALIASES) | {alias for names in ALIASES.values() for alias in names}

_WORD = re.compile(r"[\w*][\w*:.\-]*", re.UNICODE)
_FIELD_PREFIX = re.compile(r"(?<![\w])([A-Za-zÄÖÜäöüß_]+):(?=\S)")
_KEY_FIELDS = {f.PERSON_KEYS: name_key, f.ORGANISATION_KEYS: org_group_key}

NOTE_PARTIAL = "Die Suchanfrage konnte nur teilweise gelesen werden; gesucht wurde nach: {words}"
NOTE_TOO_LONG = "Die Suchanfrage war zu lang und wurde nach {n} Zeichen abgeschnitten."
NOTE_ONLY_STOPWORDS = (
    "Die Suchanfrage enthält nur sehr häufige Wörter; dafür gibt es keine Treffer."
)
NOTE_EXPANSION = (
    "„{term}“ passt auf zu viele Wörter (mehr als {n}); dieser Teil der Anfrage wurde ignoriert."
)


@dataclass
class Filters:
    """Facet filters: values within one facet are ORed, facets are ANDed."""

    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None

    def query(self, reader=None) -> q.Query | None:
        """Return the filter as a query, or None when nothing is selected.

        With a ``reader``, an organisation's alias (an acronym seen in any release) also
        selects the releases that name the organisation in full.
        """
        organisations = [org_group_key(v) for v in self.organisations]
        if reader is not None:
            organisations += [
                term.decode("utf-8").split(f.ALIAS_ARROW, 1)[1]  # Whoosh yields bytes here
                for key in organisations
                for term in reader.expand_prefix(f.ORGANISATION_ALIASES, key + f.ALIAS_ARROW)
            ]
        parts: list[q.Query] = []
        for fieldname, values in (
            (f.PERSON_KEYS, [name_key(v) for v in self.persons]),
            (f.ORGANISATION_KEYS, list(dict.fromkeys(organisations))),
            (f.YEAR, [v.strip() for v in self.years]),
        ):
            terms = [q.Term(fieldname, v) for v in values if v]
            if terms:
                parts.append(q.Or(terms) if len(terms) > 1 else terms[0])
        if self.date_from or self.date_to:
            parts.append(q.TermRange(f.DATESORT, self.date_from, self.date_to))
        if not parts:
            return None
        return q.And(parts) if len(parts) > 1 else parts[0]


@dataclass
class ParsedQuery:
    """A parsed query with the notes a user should see about how it was read."""

    text: str
    query: q.Query
    notes: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True for an empty query (list everything); a query of stopwords only finds nothing."""
        return isinstance(self.query, q.Every)


def make_parser(schema: Schema, fieldnames: tuple[str, ...] = f.TEXT_FIELDS) -> MultifieldParser:
    """Build the query parser: words ANDed over title, body and the exact-spelling field."""
    parser = MultifieldParser(list(fieldnames), schema, fieldboosts=f.FIELD_BOOSTS, group=AndGroup)
    parser.add_plugin(FieldAliasPlugin(ALIASES))
    parser.add_plugin(PlusMinusPlugin())
    parser.replace_plugin(
        OperatorsPlugin(
            And=r"(?<=\s)(AND|UND)(?=\s)",
            Or=r"(?<=\s)(OR|ODER)(?=\s)",
            AndNot=r"(?<=\s)ANDNOT(?=\s)",
            AndMaybe=r"(?<=\s)ANDMAYBE(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|NICHT)(?=\s)",
            Require=r"(^|(?<=\s))REQUIRE(?=\s)",
        )
    )
    return parser


def plain_words(text: str) -> list[str]:
    """Return the plain words of a query, without operators or syntax."""
    words = [w.strip(".:-") for w in _WORD.findall(text.replace("*", ""))]
    ops = {"AND", "OR", "NOT", "UND", "ODER", "NICHT", "ANDNOT", "ANDMAYBE", "REQUIRE"}
    return [w for w in words if w and w not in ops]


def _nesting(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth = max(0, depth - 1)
    return deepest


def _protect_fields(text: str) -> str:
    """Keep unknown ``name:`` prefixes as words, so ``Tel:0211`` is not a field filter."""

    def keep(match: re.Match) -> str:
        name = match.group(1)
        return match.group(0) if name.lower() in ALLOWED_FIELDS else f"{name} "

    return _FIELD_PREFIX.sub(keep, text)


def _has_errors(node: q.Query) -> bool:
    if isinstance(node, q.Term) and isinstance(node.text, str) and node.text.startswith("("):
        return False
    if type(node).__name__ == "ErrorQuery":
        return True
    return any(_has_errors(child) for child in node.children())


def _normalise_keys(node: q.Query) -> q.Query:
    """Fold ``person:``/``organisation:`` values to the keys the index stores."""
    if isinstance(node, q.Term) and node.fieldname in _KEY_FIELDS:
        return q.Term(node.fieldname, _KEY_FIELDS[node.fieldname](str(node.text)), boost=node.boost)
    if isinstance(node, q.Phrase) and node.fieldname in _KEY_FIELDS:
        key = _KEY_FIELDS[node.fieldname](" ".join(node.words))
        return q.Term(node.fieldname, key, boost=node.boost)
    return node.apply(_normalise_keys) if node.children() else node


def _drop_exact_phrases(node: q.Query) -> q.Query:
    """The exact-spelling field has no positions: phrases are matched in title and body only."""
    if isinstance(node, q.Phrase) and node.fieldname == f.EXACT:
        return q.NullQuery
    return node.apply(_drop_exact_phrases) if node.children() else node


def parse_query(
    text: str, schema: Schema, fieldnames: tuple[str, ...] = f.TEXT_FIELDS
) -> ParsedQuery:
    """Parse a user's query; what cannot be read is answered from its plain words, with a note."""
    notes: list[str] = []
    text = (text or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append(NOTE_TOO_LONG.format(n=MAX_QUERY_CHARS))
    if not text:
        return ParsedQuery(text, q.Every(), notes)
    parser = make_parser(schema, fieldnames)
    parsed: q.Query | None = None
    if _nesting(text) <= MAX_NESTING:
        try:
            parsed = parser.parse(_protect_fields(text))
            if _has_errors(parsed):
                parsed = None
        except Exception:  # the parser has many ways to fail on odd input
            parsed = None
    if parsed is None:
        words = plain_words(text)
        notes.append(NOTE_PARTIAL.format(words=" ".join(words) or "–"))
        parsed = parser.parse(" ".join(words)) if words else q.NullQuery
    parsed = _drop_exact_phrases(_normalise_keys(parsed)).normalize()
    if parsed is q.NullQuery and not notes:
        notes.append(NOTE_ONLY_STOPWORDS)
    return ParsedQuery(text, parsed, notes)


def bound_expansions(parsed: ParsedQuery, reader) -> ParsedQuery:
    """Refuse wildcard, prefix, range and fuzzy parts that expand to too many index terms."""

    def check(node: q.Query) -> q.Query:
        if isinstance(node, q.MultiTerm):
            for count, _ in enumerate(node._btexts(reader), start=1):
                if count > MAX_EXPANSIONS:
                    parsed.notes.append(NOTE_EXPANSION.format(term=node, n=MAX_EXPANSIONS))
                    return q.NullQuery
            return node
        return node.apply(check) if node.children() else node

    parsed.query = check(parsed.query).normalize()
    return parsed
