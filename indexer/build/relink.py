"""One person, one facet value: link the persons of a whole index when a build writes it.

Each release is prepared with the persons it names itself (its own surname-only mentions
already linked to its own full names). Across releases, persons are linked over all the
releases of the index at once, so that the facet values do not depend on the order of the
releases: variants of a full name become the person's one name (``Eberhardt Alexander
Gauland`` -> ``Alexander Gauland``) and a bare surname (``Gauland``) the one person of that
surname known in the index; a bare surname that several known persons share is linked when its
context leaves one of them (``Arbeitsminister Heil`` -> Hubertus Heil, ``Frau Heil`` -> Mechthild
Heil: roles, address, party, sender) and is otherwise no person value at all, never a guess.

What the linking needs of a release (its persons and speakers as it names them, the roles it
gives to surnames, what it says around them, its sender) is kept in the index's
``person_links`` column (``engine.stored.PersonLinks``): a build holds its releases back until
all are prepared, links them with the releases the index keeps, writes each once with its links,
and rewrites only the indexed releases whose links change.
Nothing is extracted again, and a rebuild gives the values of any sequence of updates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from indexer.build.pipeline import pre_analyse
from indexer.build.release import to_records
from indexer.engine import schema as f
from indexer.engine.stored import PersonLinks, from_stored, unlinked
from indexer.engine.writer import Writer
from indexer.extraction.link_cues import FEMALE, MALE, PARTY
from indexer.extraction.names import PersonRegistry, gender_of, name_parts

Links = dict[str, dict[str, str]]  # release id -> its value as named -> the value linked to


def _same_role(a: str, b: str) -> bool:
    """``Minister`` fits ``Bundesarbeitsminister``: one role ends with the other."""
    return a.endswith(b) or b.endswith(a)


def _naming(releases: Mapping[str, PersonLinks]) -> dict[str, list[str]]:
    """Each person value -> the releases that name it, in sorted order of the values."""
    naming: dict[str, list[str]] = {}
    for release_id, found in releases.items():
        for value in dict.fromkeys(found.persons):
            if value:
                naming.setdefault(value, []).append(release_id)
    return dict(sorted(naming.items()))


def person_links(naming: Mapping[str, list[str]]) -> tuple[PersonRegistry, dict[str, str]]:
    """The persons of the index (weighted by their releases), and each value that names a
    known person otherwise -> that name."""
    registry = PersonRegistry()
    for value, ids in naming.items():
        registry.add([value], len(ids))
    links = {value: registry.resolve(value) for value in naming}
    return registry, {value: shown for value, shown in links.items() if shown != value}


@dataclass
class _Known:
    """What the releases naming one known person in full say of them."""

    roles: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    senders: Counter[str] = field(default_factory=Counter)


# a sender's person: named in full by at least this many of its releases (a Bundestag session
# names many persons once; silver check on 3,000 speeches: 1 -> 14 wrong of 418, 2 -> 5 of 368)
SENDER_MIN = 2

# role nouns that address a person rather than name an office: gender, but no role to fit
ADDRESSES = frozenset({"kollege", "kollegin", "kollegen"})


def _gender(cues: tuple[str, ...], roles: tuple[str, ...]) -> str | None:
    """``f``/``m`` from the address (``Frau Heil``), else from the role nouns (``Ministerin``,
    ``Minister``; ``Abgeordnete`` tells neither); None when nothing or both are said."""
    said = {cue for cue in cues if cue in (FEMALE, MALE)}
    if not said:
        said = {FEMALE if r.endswith("in") else MALE for r in roles if not r.endswith("e")}
        said |= {MALE for r in roles if r.endswith("kollege")}
    return said.pop() if len(said) == 1 else None


def _known(
    persons: Mapping[str, set[str]],
    surname: str,
    releases: Mapping[str, PersonLinks],
    naming: Mapping[str, list[str]],
) -> dict[str, _Known]:
    """For each known person a bare surname may mean, the roles, parties and senders of the
    releases that name them in full (roles only where no other of the persons is named)."""
    spellings = {spelling: shown for shown, names in persons.items() for spelling in names}
    found = {shown: _Known() for shown in persons}
    for spelling, shown in spellings.items():
        for release_id in naming.get(spelling, ()):
            release = releases[release_id]
            known = found[shown]
            known.senders[release.sender] += 1
            known.parties.update(c for c in release.cues.get(spelling, ()) if c.startswith(PARTY))
            others = {spellings[p] for p in release.persons if p in spellings}
            if len(others) == 1:
                known.roles.update(release.roles.get(surname, ()))
    return found


def _choose(value: str, surname: str, release: PersonLinks, known: dict[str, _Known]) -> str:
    """The one person a bare surname of ``release`` means, or "" when its context leaves
    several (or none) of the known persons of that surname.

    Each cue narrows the persons: a fitting role (``Arbeitsminister Heil``), the gender of the
    address or role (``Frau Heil``: persons whose first name is male are out), a party in
    parentheses (persons known with other parties only are out), the persons named in full by
    at least ``SENDER_MIN`` releases of the same sender. A party or sender that fits none of
    them narrows nothing, nor does a role when some of them hold no known role; a gender or
    party that rules out all of them leaves nobody.
    """
    fits = sorted(known)
    roles = tuple(r for r in release.roles.get(surname, ()) if r not in ADDRESSES)
    cues = release.cues.get(value, ())

    def narrow(keep) -> None:
        nonlocal fits
        fits = [shown for shown in fits if keep(known[shown])] or fits

    if roles:
        fitting = [s for s in fits if any(_same_role(r, h) for r in roles for h in known[s].roles)]
        if not fitting and all(known[shown].roles for shown in fits):
            return ""  # "Staatssekretär Heil" where every Heil known holds another role
        fits = fitting or fits
    gender = _gender(cues, release.roles.get(surname, ()))
    if gender:
        fits = [shown for shown in fits if gender_of(shown) in (gender, None)]
    parties = {cue for cue in cues if cue.startswith(PARTY)}
    if parties:  # out: persons known with other parties only
        fits = [
            shown for shown in fits if not known[shown].parties or known[shown].parties & parties
        ]
        narrow(lambda k: bool(k.parties & parties))
    if release.sender and len(fits) > 1:
        narrow(lambda k: k.senders[release.sender] >= SENDER_MIN)
    return fits[0] if len(fits) == 1 else ""


def context_links(
    releases: Mapping[str, PersonLinks], naming: Mapping[str, list[str]], registry: PersonRegistry
) -> Links:
    """Link bare surnames of several known persons by their context, release by release.

    ``Minister Heil`` becomes ``Hubertus Heil`` when, among the known persons named ``Heil``,
    only he holds a fitting role in the releases that name him in full; ``Frau Heil`` becomes
    Mechthild Heil. Returns, per release id, the bare value and the name it links to, or ""
    when the context does not decide: a bare surname is a facet value of its own only when no
    full name of it is known (the mention stays in the text). A bare surname of one known
    person is left to ``person_links``, unless its address or role says the other gender.
    """
    found: Links = {}
    for value, naming_it in naming.items():
        surname, given = name_parts(value)
        persons = registry.persons_of(value) if not given else {}
        if not persons:
            continue
        known = _known(persons, surname, releases, naming)
        for release_id in naming_it:
            release = releases[release_id]
            if len(persons) == 1:
                (shown,) = persons
                gender = _gender(release.cues.get(value, ()), release.roles.get(surname, ()))
                if gender and gender_of(shown) not in (gender, None):
                    found.setdefault(release_id, {})[value] = ""
                continue
            found.setdefault(release_id, {})[value] = _choose(value, surname, release, known)
    return found


def link_all(releases: Mapping[str, PersonLinks]) -> Links:
    """Link the persons and speakers of all the releases of an index (release id -> what
    they name); return, per release, the values that link to another, or to "" for a bare
    surname left out of the persons (releases without any are left out). Depends on the set
    of releases only, never on their order."""
    naming = _naming(releases)
    registry, links = person_links(naming)
    by_context = context_links(releases, naming, registry)
    found: Links = {}
    for release_id, release in releases.items():
        mine = by_context.get(release_id, {})
        applied = {
            value: mine[value] if value in mine else links[value]
            for value in (*release.persons, *release.speakers)
            if value and (value in mine or value in links)
        }
        if applied:
            found[release_id] = applied
    return found


def link_with(
    kept: Mapping[str, PersonLinks], pending: Mapping[str, PersonLinks]
) -> tuple[Links, list[str]]:
    """Link the releases about to be written with those an index keeps; return the links and
    the kept releases whose links change (to be written again), in sorted order."""
    links = link_all({**kept, **pending})
    changed = [
        release_id
        for release_id, found in kept.items()
        if release_id not in pending and links.get(release_id, {}) != found.links
    ]
    return links, sorted(changed)


def indexed_links(reader) -> dict[str, tuple[int, PersonLinks]]:
    """The ``person_links`` of the live releases of an index: release id -> (number, links).

    Read from the column, not the stored fields: no release text is loaded."""
    found: dict[str, tuple[int, PersonLinks]] = {}
    for leaf, offset in reader.leaf_readers():
        if not leaf.has_column(f.PERSON_LINKS):
            continue
        for docnum, value in enumerate(leaf.column_reader(f.PERSON_LINKS)):
            if value is not None and not leaf.is_deleted(docnum):
                links = PersonLinks.from_column(value)
                found[links.id] = (offset + docnum, links)
    return found


def relink(writer: Writer, pending: Mapping[str, PersonLinks]) -> tuple[Links, int]:
    """Link the releases about to be written (``pending``) and those the index keeps (after
    the writer's deletions) across all of them; rewrite the kept releases whose links change.

    Returns the links of the pending releases and how many kept releases were rewritten.
    """
    if hasattr(writer, "relink"):  # a writer of another engine's index (``opensearch``)
        return writer.relink(pending)
    if not writer.segments:  # a new index: nothing kept
        return link_all(pending), 0
    with writer.searcher() as searcher:
        reader = searcher.reader()
        indexed = indexed_links(reader)
        every = {release_id: links for release_id, (_, links) in indexed.items()}
        links, changed = link_with(every, pending)
        for release_id in changed:
            docnum, kept = indexed[release_id]
            release = unlinked(from_stored(reader.stored_fields(docnum)), kept)
            release.links = links.get(release_id, {})
            writer.delete_document(docnum)
            writer.delete_by_term(f.DOC_ID, release_id, searcher=searcher)
            for record in to_records(pre_analyse(release), kept.digest):
                writer.add_document(**record)
    return {release_id: links.get(release_id, {}) for release_id in pending}, len(changed)
