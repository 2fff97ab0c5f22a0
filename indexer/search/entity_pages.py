"""A person's or an organisation's page: who, in which roles, when, with whom, which releases
and quotes. Any spelling or a surname (an acronym for organisations) finds it, as the filters do.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np
from whoosh import query as q

from indexer.engine import schema as f
from indexer.engine.matches import MatchSet, match
from indexer.engine.ranking import newest
from indexer.extraction.keys import org_group_key
from indexer.extraction.names import name_key, name_tokens, surname_key
from indexer.search.facets import FacetValue, facet
from indexer.search.query import Filters
from indexer.search.quotes import QuoteHit, quote_from_stored
from indexer.search.searcher import RELEASES, Engine

PERSON = "person"
ORGANISATION = "organisation"
LISTED = 50  # releases and quotes listed on a page, newest first
RELATED_CAP = 20
ROLE_SAMPLE = 500  # the roles are read from this many of the newest quotes
MAX_NAME_CHARS = 200
QUOTES = q.Term(f.KIND, f.QUOTE_KIND)
QUOTE_KEYS = ("id", "text", "speaker", "role", "date", "doc_id", "title", "start")


@dataclass
class EntityRelease:
    """A release listed on an entity page."""

    id: str
    title: str
    date: str | None
    url: str | None = None


@dataclass
class EntityPage:
    """What the index knows about one person or organisation; ``to_json`` is the API shape."""

    kind: str
    name: str
    variants: list[str]
    roles: list[str]
    documents: int
    years: list[FacetValue]
    quotes: int
    related: list[FacetValue]  # organisations of a person, persons of an organisation
    releases: list[EntityRelease] = field(default_factory=list)
    quote_list: list[QuoteHit] = field(default_factory=list)

    @property
    def related_name(self) -> str:
        """The JSON key of ``related``."""
        return "organisations" if self.kind == PERSON else "persons"

    def to_json(self) -> dict:
        """Return the stable JSON object."""

        def counts(values: list[FacetValue]) -> list[dict]:
            return [{"value": v.value, "count": v.count} for v in values]

        return {
            "name": self.name,
            "variants": self.variants,
            "roles": self.roles,
            "documents": self.documents,
            "years": counts(self.years),
            "quotes": self.quotes,
            self.related_name: counts(self.related),
            "releases": [asdict(r) for r in self.releases],
            "quote_list": [{k: getattr(x, k) for k in QUOTE_KEYS} for x in self.quote_list],
        }


def person_page(engine: Engine, name: str) -> EntityPage | None:
    """Return the page of the person ``name`` (any spelling, or a surname); None if unknown."""
    key = name_key(name) if len(name) <= MAX_NAME_CHARS else ""
    if not key:
        return None
    with engine.reading() as searcher:
        found = _releases(engine, searcher, q.Term(f.PERSON_KEYS, key))
        counts = engine.facet_column(f.PERSONS).count(found.mask)
        person = choose_person(counts, key)
        if person is None:
            return None
        if name_key(person) != key:  # a surname: the page is the full name's
            found = _releases(engine, searcher, q.Term(f.PERSON_KEYS, name_key(person)))
        spoken = q.And([QUOTES, q.Term(f.SPEAKER_KEY, name_key(person))])
        said = match(searcher, spoken, cache=engine.postings)
        quote_docs = newest(said, engine.date_rank(), max(LISTED, ROLE_SAMPLE))
        quotes = [quote_from_stored(engine, searcher.stored_fields(d)) for d in quote_docs]
        roles = Counter(x.role for x in quotes if x.role)
        return _page(engine, searcher, PERSON, person, found, said.total, quotes, roles)


def choose_person(counts: Counter[str], key: str) -> str | None:
    """Pick the person a name key means among the persons counted: the full name with that key,
    else the full name with that surname in most releases (``Merkel`` -> ``Angela Merkel``,
    even where some release names a bare ``Merkel``), else the bare surname itself."""

    def full(value: str) -> bool:
        return len(name_tokens(value)) > 1

    exact = [v for v in counts if name_key(v) == key]
    fitting = (
        [v for v in exact if full(v)]
        or [v for v in counts if full(v) and surname_key(v) == key]
        or exact
    )
    return max(fitting, key=lambda v: (counts[v], v)) if fitting else None


def organisation_page(engine: Engine, name: str) -> EntityPage | None:
    """Return the page of the organisation ``name`` (any spelling or acronym); None if unknown."""
    if not org_group_key(name) or len(name) > MAX_NAME_CHARS:
        return None
    with engine.reading() as searcher:
        wanted = Filters(organisations=[name]).query(searcher.reader())
        keys = {t.text for t in wanted.leaves() if t.fieldname == f.ORGANISATION_KEYS}
        found = _releases(engine, searcher, wanted)
        counts = engine.facet_column(f.ORGANISATIONS).count(found.mask)
        fitting = [v for v in counts if org_group_key(v) in keys]
        if not fitting:
            return None
        organisation = max(fitting, key=lambda v: (org_group_key(v) == org_group_key(name),
                                                   counts[v], v))  # fmt: skip
        found = _releases(
            engine, searcher, Filters(organisations=[organisation]).query(searcher.reader())
        )
        quote_mask = _quotes_in(engine, found.mask)
        said = MatchSet(quote_mask, {}, {})
        quotes = [
            quote_from_stored(engine, searcher.stored_fields(d))
            for d in newest(said, engine.date_rank(), LISTED)
        ]
        total = int(quote_mask.sum())
        return _page(engine, searcher, ORGANISATION, organisation, found, total, quotes, Counter())


def _releases(engine: Engine, searcher, wanted: q.Query) -> MatchSet:
    return match(searcher, q.And([RELEASES, wanted]), cache=engine.postings)


def _quotes_in(engine: Engine, releases: np.ndarray) -> np.ndarray:
    """The quote records whose release is among ``releases`` (a mask over the documents)."""
    ids = engine.facet_column(f.ID).docs
    wanted = {ids[d][0] for d in np.flatnonzero(releases).tolist() if d in ids}
    mask = np.zeros(len(releases), bool)
    for docnum, (release_id,) in engine.facet_column(f.DOC_ID).docs.items():
        if release_id in wanted and docnum < len(mask):
            mask[docnum] = True
    return mask


def _page(
    engine: Engine,
    searcher,
    kind: str,
    name: str,
    found: MatchSet,
    quote_total: int,
    quotes: list[QuoteHit],
    roles: Counter[str],
) -> EntityPage:
    column = f.PERSONS if kind == PERSON else f.ORGANISATIONS
    labels = engine.facet_column(column).labels
    variants = sorted({s for s, label in labels.items() if label == name} | {name})
    other = f.ORGANISATIONS if kind == PERSON else f.PERSONS
    related = [v for v in facet(engine, other, found.mask, [], cap=RELATED_CAP + 1) if v.value]
    releases = []
    for docnum in newest(found, engine.date_rank(), LISTED):
        stored = searcher.stored_fields(docnum)
        releases.append(
            EntityRelease(
                id=stored[f.ID],
                title=stored.get(f.TITLE, ""),
                date=stored.get(f.DATE) or None,
                url=stored.get(f.URL) or None,
            )
        )
    return EntityPage(
        kind=kind,
        name=name,
        variants=variants,
        roles=[role for role, _ in roles.most_common()],
        documents=found.total,
        years=[
            v for v in facet(engine, f.YEAR, found.mask, [], cap=500, newest_first=True) if v.value
        ],
        quotes=quote_total,
        related=[v for v in related if v.value != name][:RELATED_CAP],
        releases=releases,
        quote_list=quotes[:LISTED],
    )
