"""Turning what a user types into a Whoosh query: lenient, bounded, German operators."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from whoosh import query as q
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    MultifieldPlugin,
    OperatorsPlugin,
    PlusMinusPlugin,
    QueryParser,
    syntax,
)
from whoosh.qparser.common import attach

from indexer.engine import schema as f
from indexer.engine.matches import expansions
from indexer.extraction.keys import org_group_key
from indexer.extraction.lexicon import word_set
from indexer.extraction.names import name_key
from indexer.search import vocabulary

# Every query is bounded before it is run (Whoosh bounds nothing by itself):
MAX_QUERY_CHARS = 500  # longer input is cut, with a note
MAX_NESTING = 10  # deeper parentheses are read as plain words
MAX_EXPANSIONS = 1024  # index words one wildcard, prefix or range may match in a field
MAX_CLAUSES = 1024  # distinct index words a whole query may read after expansion (Lucene's 1024)

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
NOTE_CLAUSES = (
    "Die Suchanfrage würde zusammen mehr als {n} Wörter durchsuchen; „{term}“ wurde ignoriert."
)
NOTE_EVERYTHING = "„*“ allein passt auf jedes Wort und wurde ignoriert."
NOTE_EVERYTHING_ALL = "„*“ passt auf jedes Wort: gezeigt werden alle Mitteilungen, neueste zuerst."
NOTE_FUZZY = (
    "Unscharfe Suche („~{asked}“) erlaubt höchstens {n} Änderungen je Wort; gesucht wurde mit {n}."
)
NOTE_RELAXED = (
    "Keine Mitteilung enthält alle {n} Suchbegriffe. Gezeigt werden Mitteilungen, die mindestens "
    "{m} davon enthalten."
)
NOTE_RELAXED_ANY = (
    "Keine Mitteilung enthält alle {n} Suchbegriffe. Gezeigt werden Mitteilungen, die einen oder "
    "mehrere davon enthalten."
)

# A hyphen inside a word joins a compound (Nordrhein-Westfalen); only at the start of a word
# is it the operator NOT, and ``+`` the operator "required". A lone dash is punctuation.
_PLUS = r"(?:^|(?<=[\s(]))\+(?=[^\s+])"
_MINUS = r"(?:^|(?<=[\s(]))-(?=[^\s\-])"
_INNER_HYPHEN = re.compile(r"(?<=[^\W_])[-‐‑](?=[^\W_])")
# ``?`` ends a typed question; only inside a word is it the wildcard "one letter".
_LOOSE_QMARK = re.compile(r"\?+(?![\w*])")
_PATTERN_WORD = re.compile(r"\S*[*?]\S*")

# Question words and auxiliaries: not required in AND mode, they only rank (and count in
# phrases). Most auxiliaries (ist, sind, hat, haben, wird) are stopwords already.
QUESTION_WORDS = word_set(
    "wer wen wem wessen was wann wo woher wohin worin womit wozu warum wieso weshalb weswegen "
    "wie wieviel wieviele welche welcher welches welchen welchem inwiefern "
    "wurde wurden worden wird werden würde würden ist sind war waren wäre hat haben hatte hatten "
    "gab gibt gäbe gibts viel viele vielen vieler denn eigentlich heißt hieß nennt man"
)
NOTE_BUDGET = (
    "Die Suche hat ihr Zeitbudget ({seconds:g} s) aufgebraucht: Mitteilungen mit den meisten "
    "Suchbegriffen und Schreibvorschläge wurden nicht mehr gesucht."
)
RELAX_SHARE = 0.6  # relaxed: at least this share of the search terms (rounded up), fewer than all
FUZZY_PREFIX = 1  # letters of a fuzzy term taken as typed


@dataclass
class Filters:
    """Facet filters: values within one facet are ORed, facets are ANDed."""

    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    sources: list[str] = field(default_factory=list)  # publishers (JSONL ``source``)
    # Every version of a release as a hit of its own, not only the newest (``search.versions``)
    all_versions: bool = False

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
            (f.PUBLISHER, [" ".join(v.split()) for v in self.sources]),
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
    relaxed_to: int = 0  # a relaxed reading: at least this many of its terms (0: all)

    @property
    def is_empty(self) -> bool:
        """True for an empty query (list everything); a query of stopwords only finds nothing."""
        return isinstance(self.query, q.Every)


class _BuildOnce:
    """Build each side of a binary operator once.

    Whoosh's ``BinaryGroup.query`` builds both sides twice, so a chain of n ``ANDNOT``,
    ``ANDMAYBE`` or ``REQUIRE`` took 2^n steps: 50 of them never finished.
    """

    def query(self, parser):
        first, second = self.nodes  # like Whoosh, fail on a dangling operator
        qa, qb = first.query(parser), second.query(parser)
        if qa is None or qb is None:
            built = qb if qa is None else qa
            return attach(built if built is not None else q.NullQuery, self)
        return attach(self.qclass(qa, qb), self)


class _AndNotGroup(_BuildOnce, syntax.AndNotGroup):
    pass


class _AndMaybeGroup(_BuildOnce, syntax.AndMaybeGroup):
    pass


class _RequireGroup(_BuildOnce, syntax.RequireGroup):
    pass


def _operators() -> OperatorsPlugin:
    """German and English operators, in Whoosh's order (it applies them in list order)."""
    tag = OperatorsPlugin.OpTagger
    ops = [
        (tag(r"(^|(?<=(\s|[()])))(NOT|NICHT)(?=\s)", syntax.NotGroup, syntax.PrefixOperator), 0),
        (tag(r"(?<=\s)(AND|UND)(?=\s)", syntax.AndGroup), 0),
        (tag(r"(?<=\s)(OR|ODER)(?=\s)", syntax.OrGroup), 0),
        (tag(r"(?<=\s)ANDNOT(?=\s)", _AndNotGroup), -5),
        (tag(r"(?<=\s)ANDMAYBE(?=\s)", _AndMaybeGroup), -5),
        (tag(r"(^|(?<=\s))REQUIRE(?=\s)", _RequireGroup), 0),
    ]
    return OperatorsPlugin(ops, clean=True)


class BoundedFuzzy(q.FuzzyTerm):
    """A fuzzy term whose words come from the vocabulary table, not a scan of every term."""

    def _btexts(self, ixreader):
        found = vocabulary.near(
            ixreader, self.fieldname, self.text, self.maxdist, self.prefixlength
        )
        return [m.word for m in found]


def _compound(schema: Schema, fieldname: str, text: str, boost: float, removestops: bool):
    """A hyphenated word as the compound it is: its parts as a phrase, or the joined spelling
    (``Nordrhein-Westfalen``: "nordrhein westfal" or nordrheinwestfal), as the index has both."""
    if schema is None or fieldname not in schema:
        return None
    field = schema[fieldname]
    if field.self_parsing():
        return None
    texts = list(field.process_text(text, mode="query", removestops=removestops))
    if len(texts) < 2:
        return None
    alternatives: list[q.Query] = [q.Phrase(fieldname, texts, boost=boost)]
    parts = re.split(r"[-‐‑]", text)
    if not any(part.isdigit() for part in parts):  # the index joins no numbers (COVID-19)
        joined = parts[0] + "".join(part.lower() for part in parts[1:])
        single = list(field.process_text(joined, mode="query", removestops=removestops))
        if len(single) == 1:
            alternatives.append(q.Term(fieldname, single[0], boost=boost))
    return q.Or(alternatives)


class _Parser(QueryParser):
    """Whoosh's parser with hyphenated words read as compounds."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if termclass is q.Term and tokenize and _INNER_HYPHEN.search(text):
            found = _compound(self.schema, fieldname, text, boost, removestops)
            if found is not None:
                return found
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)


def make_parser(schema: Schema, fieldnames: tuple[str, ...] = f.TEXT_FIELDS) -> QueryParser:
    """Build the query parser: words ANDed over title, body and the exact-spelling field."""
    parser = _Parser(None, schema, group=AndGroup)
    parser.add_plugin(MultifieldPlugin(list(fieldnames), fieldboosts=f.FIELD_BOOSTS))
    parser.add_plugin(FieldAliasPlugin(ALIASES))
    parser.add_plugin(PlusMinusPlugin(_PLUS, _MINUS))
    parser.add_plugin(FuzzyTermPlugin())  # Kaykn~ (one edit), Kaykn~2; bounded below
    parser.replace_plugin(_operators())
    return parser


def prepare(text: str) -> str:
    """Read typed punctuation as punctuation: a ``?`` that ends a word is dropped,
    and the hyphens of a word with a wildcard separate its parts (``Corona-Pand*``)."""
    text = _LOOSE_QMARK.sub(" ", text)
    return _PATTERN_WORD.sub(lambda m: _INNER_HYPHEN.sub(" ", m.group()), text)


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


def _drop_match_all(node: q.Query, dropped: list[q.Query]) -> q.Query:
    """Replace ``*`` (every word of a field) by nothing: Whoosh would read every posting list.

    Done before normalising, which would turn ``title:* title:x`` into ``title:*`` alone.
    """
    if isinstance(node, q.Every) or (isinstance(node, q.Wildcard) and not node.text.strip("*")):
        dropped.append(node)
        return q.NullQuery
    return node.apply(lambda child: _drop_match_all(child, dropped)) if node.children() else node


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
            parsed = parser.parse(_protect_fields(prepare(text)), normalize=False)
            if _has_errors(parsed):
                parsed = None
        except Exception:  # the parser has many ways to fail on odd input
            parsed = None
    if parsed is None:
        words = plain_words(text)
        notes.append(NOTE_PARTIAL.format(words=" ".join(words) or "–"))
        parsed = parser.parse(" ".join(words), normalize=False) if words else q.NullQuery
    everything: list[q.Query] = []
    parsed = _drop_match_all(parsed, everything)
    parsed = _drop_exact_phrases(_normalise_keys(parsed)).normalize()
    if everything and parsed is q.NullQuery:
        notes.append(NOTE_EVERYTHING_ALL)
        return ParsedQuery(text, q.Every(), notes)
    if everything:
        notes.append(NOTE_EVERYTHING)
    if parsed is q.NullQuery and not notes:
        notes.append(NOTE_ONLY_STOPWORDS)
    parsed = _soften(_bound_fuzzy(parsed, notes))
    return ParsedQuery(text, parsed, notes)


def _bound_fuzzy(node: q.Query, notes: list[str]) -> q.Query:
    """Fuzzy terms: at most ``MAX_EDITS`` edits, the first letter as typed, words from the
    vocabulary table (Whoosh compared the word with every term: ``Verwaltung~3`` took 10 s)."""
    if isinstance(node, q.FuzzyTerm):
        edits = min(node.maxdist, vocabulary.MAX_EDITS)
        if node.maxdist > edits:
            note = NOTE_FUZZY.format(asked=node.maxdist, n=edits)
            if note not in notes:
                notes.append(note)
        prefix = max(node.prefixlength, FUZZY_PREFIX)
        return BoundedFuzzy(node.fieldname, node.text, node.boost, edits, prefix)
    return node.apply(lambda child: _bound_fuzzy(child, notes)) if node.children() else node


def _is_question_word(node: q.Query) -> bool:
    """A plain word searched in several fields whose exact spelling is a question word."""
    if not isinstance(node, q.Or) or not all(isinstance(c, q.Term) for c in node.subqueries):
        return False
    exact = [c.text for c in node.subqueries if c.fieldname == f.EXACT]
    return bool(exact) and all(text in QUESTION_WORDS for text in exact)


def _soften(node: q.Query) -> q.Query:
    """In AND groups, question words and auxiliaries only rank: ``wann wurde Kaykin gewählt``
    requires Kaykin and gewählt."""
    if isinstance(node, q.And):
        children = [_soften(child) for child in node.subqueries]
        optional = [c for c in children if _is_question_word(c)]
        required = [c for c in children if not _is_question_word(c)]
        if not optional or not required:
            return q.And(children, boost=node.boost)
        return q.AndMaybe(_all(required), optional[0] if len(optional) == 1 else q.Or(optional))
    return node.apply(_soften) if node.children() else node


def _all(nodes: list[q.Query]) -> q.Query:
    return nodes[0] if len(nodes) == 1 else q.And(nodes)


def _relaxed(node: q.Query, share: float | None) -> tuple[q.Query, int, int] | None:
    """The query with its required terms replaced by "at least m of n" (all of them when
    ``share`` is None: any one), with m and n; None when nothing can be relaxed."""
    if isinstance(node, (q.AndNot, q.AndMaybe)):
        inner = _relaxed(node.a, share)
        if inner is None:
            return None
        return type(node)(inner[0], node.b), inner[1], inner[2]
    if not isinstance(node, q.And):
        return None
    negated = [c for c in node.subqueries if isinstance(c, q.Not)]
    terms = [c for c in node.subqueries if not isinstance(c, q.Not)]
    n = len(terms)
    if n < 2:
        return None
    m = 1 if share is None else max(1, min(n - 1, math.ceil(n * share)))
    relaxed = q.Or(terms, minmatch=m) if m > 1 else q.Or(terms)
    return (_all([relaxed, *negated]) if negated else relaxed), m, n


def relaxations(parsed: ParsedQuery) -> list[ParsedQuery]:
    """Looser readings of a query whose terms were all required, to try in order when it finds
    nothing: most of its terms (``RELAX_SHARE``), then any of them. Each says so in a note."""
    found: list[ParsedQuery] = []
    for share in (RELAX_SHARE, None):
        relaxed = _relaxed(parsed.query, share)
        if relaxed is None or relaxed[1] in {r.relaxed_to for r in found}:
            continue
        query, m, n = relaxed
        note = NOTE_RELAXED.format(n=n, m=m) if m > 1 else NOTE_RELAXED_ANY.format(n=n)
        found.append(ParsedQuery(parsed.text, query, [*parsed.notes, note], relaxed_to=m))
    return found


def _pattern(node: q.MultiTerm) -> str:
    """Show a wildcard, prefix, range or fuzzy part as the user typed it, without field names."""
    if isinstance(node, q.Prefix):
        return f"{node.text}*"
    if isinstance(node, q.TermRange):
        return f"[{node.start or ''} TO {node.end or ''}]"
    if isinstance(node, q.FuzzyTerm):
        return f"{node.text}~"
    text = getattr(node, "text", None)
    return text if isinstance(text, str) else str(node)


def _leaves(node: q.Query) -> list[q.Query]:
    if isinstance(node, (q.MultiTerm, q.Term)) or not node.children():
        return [node]
    return [leaf for child in node.children() for leaf in _leaves(child)]


def _plain(leaves: list[q.Query]) -> set[str]:
    """Return the words of the terms and phrases among ``leaves`` (no expansion needed)."""
    words: set[str] = set()
    for leaf in leaves:
        if isinstance(leaf, q.MultiTerm):
            continue
        if isinstance(leaf, q.Term):
            words.add(leaf.text)
        elif hasattr(leaf, "words"):  # phrases
            words.update(leaf.words)
    return words


def query_words(query: q.Query, reader) -> int:
    """Count the distinct index words a query reads once its patterns are expanded."""
    leaves = _leaves(query)
    words = _plain(leaves)
    for leaf in leaves:
        if isinstance(leaf, q.MultiTerm):
            words |= expansions(leaf, reader, MAX_EXPANSIONS) or set()
    return len(words)


def bound_expansions(parsed: ParsedQuery, reader, expand=None) -> ParsedQuery:
    """Refuse wildcard, prefix, range and fuzzy parts that expand to too many index terms.

    Counted before searching: one pattern may match at most ``MAX_EXPANSIONS`` words in any
    field, and the whole query may read at most ``MAX_CLAUSES`` distinct words. A pattern
    typed once is expanded over several fields; it is kept or refused as a whole.
    ``expand(node, reader, limit)`` lists a part's words (None: more than ``limit``); the
    OpenSearch backend asks the cluster (``opensearch.patterns``); by default the index.
    """
    expand = expand or expansions
    leaves = _leaves(parsed.query)
    words = _plain(leaves)
    patterns: dict[tuple[str, str], list[q.MultiTerm]] = {}
    for leaf in leaves:
        if isinstance(leaf, q.MultiTerm):
            patterns.setdefault((type(leaf).__name__, _pattern(leaf)), []).append(leaf)
    refused: set[int] = set()
    for (_, shown), nodes in patterns.items():
        expanded = []
        for node in nodes:  # one field over the limit refuses the pattern: list no more
            expanded.append(expand(node, reader, MAX_EXPANSIONS))
            if expanded[-1] is None:
                break
        if any(found is None for found in expanded):
            parsed.notes.append(NOTE_EXPANSION.format(term=shown, n=MAX_EXPANSIONS))
        elif len(words.union(*expanded)) > MAX_CLAUSES:
            parsed.notes.append(NOTE_CLAUSES.format(term=shown, n=MAX_CLAUSES))
        else:
            words.update(*expanded)
            continue
        refused.update(id(node) for node in nodes)

    def drop(node: q.Query) -> q.Query:
        if id(node) in refused:
            return q.NullQuery
        return node.apply(drop) if node.children() else node

    if refused:
        parsed.query = drop(parsed.query).normalize()
    return parsed
