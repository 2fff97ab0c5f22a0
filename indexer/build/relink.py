"""One person, one facet value: link the persons of a whole index when a build writes it.

Each release is prepared with the persons it names itself (its own surname-only mentions
already linked to its own full names). Across releases, persons are linked over all the
releases of the index at once, so that the facet values do not depend on the order of the
releases: variants of a full name become the person's one name (``Eberhardt Alexander
Gauland`` -> ``Alexander Gauland``) and a bare surname (``Gauland``) the one person of that
surname known in the index; a bare surname that several known persons share stays as it is,
unless its role fits only one of them (``Arbeitsminister Heil`` -> Hubertus Heil).

What the linking needs of a release (its persons and speakers as it names them, the roles it
gives to surnames) is kept in the index's ``person_links`` column (``engine.stored.PersonLinks``):
a build holds its releases back until all are prepared, links them with the releases the index
keeps, writes each once with its links, and rewrites only the indexed releases whose links change.
Nothing is extracted again, and a rebuild gives the values of any sequence of updates.
"""

from __future__ import annotations

from collections.abc import Mapping

from indexer.build.pipeline import pre_analyse
from indexer.build.release import to_records
from indexer.engine import schema as f
from indexer.engine.stored import PersonLinks, from_stored, unlinked
from indexer.engine.writer import Writer
from indexer.extraction.names import PersonRegistry, name_parts

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


def role_links(
    releases: Mapping[str, PersonLinks], naming: Mapping[str, list[str]], registry: PersonRegistry
) -> Links:
    """Link bare surnames of several known persons by role, release by release.

    ``Minister Heil`` becomes ``Hubertus Heil`` when, among the known persons named ``Heil``,
    only he holds a fitting role in the releases that name him in full. Returns, per release
    id, the bare value and the name it links to; a bare surname without a role, or whose role
    fits none or several persons, stays as it is.
    """
    found: Links = {}
    for value, naming_it in naming.items():
        surname, given = name_parts(value)
        persons = registry.persons_of(value) if not given else {}
        if len(persons) < 2:
            continue
        bare = {
            release_id: roles
            for release_id in naming_it
            if (roles := releases[release_id].roles.get(surname))
        }
        if not bare:  # no role to go by
            continue
        held: dict[str, set[str]] = {}
        for shown, spellings in persons.items():
            held[shown] = set()
            for spelling in spellings:
                for release_id in naming.get(spelling, ()):
                    held[shown].update(releases[release_id].roles.get(surname, ()))
        for release_id, roles in bare.items():
            fits = [p for p, rs in held.items() if any(_same_role(r, h) for r in roles for h in rs)]
            if len(fits) == 1:
                found.setdefault(release_id, {})[value] = fits[0]
    return found


def link_all(releases: Mapping[str, PersonLinks]) -> Links:
    """Link the persons and speakers of all the releases of an index (release id -> what
    they name); return, per release, the values that link to another (releases without
    any are left out). Depends on the set of releases only, never on their order."""
    naming = _naming(releases)
    registry, links = person_links(naming)
    by_role = role_links(releases, naming, registry)
    found: Links = {}
    for release_id, release in releases.items():
        mine = by_role.get(release_id, {})
        applied = {
            value: mine.get(value) or links[value]
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
