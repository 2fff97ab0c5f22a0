"""Facet values of one release: publication date, canonical persons with roles, organisations.

The finding is done in ``dates``, ``persons`` and ``organisations``; this module merges what they
find into one entry per person and organisation. Organisation mentions are one entry when their
names agree without legal form and region (``Ministerium für Arbeit, Integration und Soziales NRW``
and ``… des Landes Nordrhein-Westfalen``), when one is the start of the other (``Landesverband der
Volkshochschulen`` in ``… von NRW e.V.``), or when one is the acronym given with the other (``MAIS
NRW``). The longest name is shown; the others are kept as aliases for search.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from indexer.extraction.dates import extract_date
from indexer.extraction.footers import footer_organisations, footer_persons
from indexer.extraction.keys import org_group_key, org_key
from indexer.extraction.known_orgs import single_word_names
from indexer.extraction.names import (
    PersonRegistry,
    canonicalise,
    drop_genitives,
    fold,
    group_persons,
    merge_across,
    surname_roles,
)
from indexer.extraction.ner import find_mentions
from indexer.extraction.org_merge import town_owner
from indexer.extraction.organisations import (
    REGIONS,
    OrgMention,
    find_organisations,
    is_org_word,
)
from indexer.extraction.persons import PersonMention, extract_persons
from indexer.extraction.wire_services import is_wire_service as is_wire_service  # lived here
from indexer.model import CleanDocument, Entities

__all__ = [
    "Organisation",
    "PersonMention",
    "PersonRegistry",
    "canonicalise",
    "extract_date",
    "extract_entities",
    "extract_organisations",
    "extract_persons",
    "merge_across",
    "org_key",
    "org_group_key",
    "release_organisations",
]


@dataclass
class Organisation:
    """One organisation of a release: the name shown, and the other names it goes by."""

    name: str
    aliases: list[str]
    mentions: int = 1


def _same(base: str, other: str) -> bool:
    if base == other:
        return True
    short, long = sorted((base.split(), other.split()), key=len)
    if len(short) >= 2 and long[: len(short)] == short:
        return True  # "Landesverband der Volkshochschulen" and "… von NRW e.V."
    if len(short) == 1 and short[0] == long[0] and short[0] in single_word_names():
        return True  # "AWO" (Arbeiterwohlfahrt) and "Arbeiterwohlfahrt Unterbezirk Hamm"
    # "Paritätischer NRW" and "Paritätischer Wohlfahrtsverband": one naming adjective, one region;
    # not "Handwerkskammer Flensburg" and "Handwerkskammer Schleswig-Holstein", two places
    return (
        short[0] == long[0]
        and len(short) == 2
        and short[1] in REGIONS
        and len(long) >= 2
        and is_org_word(long[1].capitalize())
    )


def merge_organisations(mentions: Iterable[OrgMention]) -> list[Organisation]:
    """Merge the mentions of one release: spellings, short forms, acronyms -> one entry each."""
    groups: list[tuple[str, list[OrgMention]]] = []
    for m in mentions:
        base = org_group_key(m.name)
        group = next((members for other, members in groups if _same(base, other)), None)
        if group is None:
            groups.append((base, [m]))
        else:
            group.append(m)
    acronyms = {fold(m.acronym): m for _, ms in groups for m in ms if m.acronym}
    # "GLS" beside "GLS Bank": the acronym that opens a longer name of the release is that name
    firsts = {m.name.split()[0]: m for _, ms in groups for m in ms if " " in m.name}
    result = []
    for _, members in groups:
        name = members[0].name
        owner = acronyms.get(fold(name))
        if owner is None and name.isupper() and " " not in name:
            owner = firsts.get(name)
        if owner is not None and owner not in members:
            continue  # a bare acronym of an organisation given in full elsewhere
        names = sorted({m.name for m in members}, key=lambda x: (-len(x), x))
        aliases = names[1:] + sorted({m.acronym for m in members if m.acronym})
        result.append(Organisation(names[0], aliases, len(members)))
    return _town_adjectives_folded(result)


def _town_adjectives_folded(result: list[Organisation]) -> list[Organisation]:
    """Fold ``Tübinger Klinikum`` into ``Universitätsklinikum Tübingen`` of the same release."""
    names = [o.name for o in result]
    by_name = {o.name: o for o in result}
    kept = []
    for org in result:
        owner = town_owner(org.name, names)
        if owner is None:
            kept.append(org)
            continue
        full = by_name[owner]
        full.aliases = [*full.aliases, org.name, *org.aliases]
        full.mentions += org.mentions
    return kept


def release_organisations(
    body: str, boilerplate: str = "", title: str = "", persons: Iterable[PersonMention] = ()
) -> list[Organisation]:
    """Find and merge the organisations of a release; ``persons`` are mentions to keep out."""
    text = f"{title}\n{body}" if title else body
    return _with_boilerplate(
        find_organisations(text, [(m.start, m.end) for m in persons]), boilerplate
    )


def _with_boilerplate(mentions: list[OrgMention], boilerplate: str) -> list[Organisation]:
    """Add the organisations of the contact and footer blocks, leave out wire services, merge."""
    mentions = [*mentions, *footer_organisations(boilerplate)]
    return merge_organisations(m for m in mentions if not is_wire_service(m.name))


def extract_organisations(body: str, boilerplate: str = "", title: str = "") -> list[str]:
    """Return the named organisations of a release, one canonical name each, first mention first."""
    persons = extract_persons(body, title)
    return [o.name for o in release_organisations(body, boilerplate, title, persons)]


def extract_entities(
    doc: CleanDocument, meta_date: str | None = None, known: PersonRegistry | None = None
) -> Entities:
    """Extract the date, persons (with roles) and organisations of ``doc``.

    With ``known`` (persons from other releases), a surname-only person is linked to the one known
    person of that surname, and names take the spelling shown across the corpus.
    """
    text = f"{doc.title}\n{doc.body}" if doc.title else doc.body
    mentions, found = find_mentions(text)  # rules, tagger or both: PRESSESUCHE_NER
    # contact and signature blocks name persons too; their offsets are not the body's
    footer = list(footer_persons(doc.boilerplate)) if doc.boilerplate else []
    persons = drop_genitives(group_persons(mentions + footer))
    names = [p.name for p in persons]
    roles = {p.name: p.role for p in persons if p.role}
    if known is not None:
        shown = [known.resolve(name) for name in names]
        roles = {new: roles[old] for old, new in zip(names, shown, strict=True) if old in roles}
        names = list(dict.fromkeys(shown))
    organisations = _with_boilerplate(found, doc.boilerplate)
    return Entities(
        date=extract_date(doc.title, doc.body, meta_date, doc.boilerplate),
        persons=names,
        organisations=[o.name for o in organisations],
        roles=roles,
        aliases={o.name: o.aliases for o in organisations if o.aliases},
        surname_roles=surname_roles(mentions),  # of the text, as the linking across releases
    )
