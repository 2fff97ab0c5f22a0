"""One person, one facet value: link the person values of a whole index after a build.

Releases are indexed with the persons each one names (a release's own surname-only mentions
already linked to its own full names). Across releases, persons are linked only here, once
everything is written, so that the facet values do not depend on the order of the releases:
variants of a full name become the person's one name (``Eberhardt Alexander Gauland`` ->
``Alexander Gauland``) and a bare surname (``Gauland``) the one person of that surname known in
the index; a bare surname that several known persons share stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from indexer.analysis.folding import fold_name as fold
from indexer.build.pipeline import pre_analyse
from indexer.build.release import to_records
from indexer.engine import schema as f
from indexer.engine.stored import from_stored
from indexer.engine.writer import Writer
from indexer.extraction.names import PersonRegistry, name_parts
from indexer.extraction.persons import extract_persons


def registry_of(reader) -> tuple[PersonRegistry, list[str]]:
    """Return the persons of the index (weighted by their releases) and its person values."""
    values = [v for v in reader.field_terms(f.PERSONS) if v]
    registry = PersonRegistry()
    for value in values:
        registry.add([value], reader.doc_frequency(f.PERSONS, value))
    return registry, values


def person_links(reader) -> dict[str, str]:
    """Map each person value of the index that names a known person otherwise to that name."""
    registry, values = registry_of(reader)
    links = {value: registry.resolve(value) for value in values}
    return {value: shown for value, shown in links.items() if shown != value}


def _releases_naming(searcher, person: str) -> Iterator[dict]:
    """The stored releases whose person values hold ``person``.

    By the term's document numbers and the stored kind: Whoosh's query of person and kind walked
    the kind's postings of every record (~2 ms a value at 10k releases, ~6 s of a relink)."""
    for docnum in searcher.document_numbers(persons=person):
        doc = searcher.stored_fields(docnum)
        if doc.get(f.KIND) == f.RELEASE_KIND:
            yield doc


def _roles(doc: dict, surname: str, seen: dict | None = None) -> set[str]:
    """The roles a release gives to persons of ``surname`` (``Minister Heil`` -> ``minister``).

    ``seen`` keeps the persons found per release id, each release is read once."""
    seen = {} if seen is None else seen
    if doc[f.ID] not in seen:
        release = from_stored(doc)
        title = "" if release.title_from_text else release.title
        seen[doc[f.ID]] = extract_persons(release.body, title)
    return {fold(m.role) for m in seen[doc[f.ID]] if m.role and name_parts(m.name)[0] == surname}


def _same_role(a: str, b: str) -> bool:
    """``Minister`` fits ``Bundesarbeitsminister``: one role ends with the other."""
    return a.endswith(b) or b.endswith(a)


def role_links(searcher) -> dict[str, dict[str, str]]:
    """Link bare surnames of several known persons by role, release by release.

    ``Minister Heil`` becomes ``Hubertus Heil`` when, among the known persons named ``Heil``,
    only he holds a fitting role in the releases that name him in full. Returns, per release
    id, the bare value and the name it links to; a bare surname without a role, or whose role
    fits none or several persons, stays as it is.
    """
    registry, values = registry_of(searcher.reader())
    found: dict[str, dict[str, str]] = {}
    seen: dict[str, list] = {}
    for value in values:
        surname, given = name_parts(value)
        persons = registry.persons_of(value) if not given else {}
        if len(persons) < 2:
            continue
        bare = {
            doc[f.ID]: roles
            for doc in _releases_naming(searcher, value)
            if (roles := _roles(doc, surname, seen))
        }
        if not bare:  # no role to go by: the persons' releases need not be read
            continue
        held: dict[str, set[str]] = {}
        for shown, spellings in persons.items():
            held[shown] = set()
            for spelling in spellings:
                for doc in _releases_naming(searcher, spelling):
                    held[shown] |= _roles(doc, surname, seen)
        for doc_id, roles in bare.items():
            fits = [p for p, rs in held.items() if any(_same_role(r, h) for r in roles for h in rs)]
            if len(fits) == 1:
                found.setdefault(doc_id, {})[value] = fits[0]
    return found


def relink_persons(ix, manifest: Mapping[str, set[str]], limitmb: int = 64) -> int:
    """Rewrite the releases whose persons or speakers link to another value; return how many.

    ``manifest`` maps each source to the digests it was read from (the source key is indexed,
    not stored); a release whose source has several digests is left as it is.
    """
    with ix.searcher() as searcher:
        links = person_links(searcher.reader())
        by_role = role_links(searcher)
        docs: dict[str, dict] = {}
        for value in links:
            for doc in _releases_naming(searcher, value):
                docs[doc[f.ID]] = doc
        for doc_id in by_role:
            docs[doc_id] = searcher.document(id=doc_id)
    docs = {k: d for k, d in docs.items() if len(manifest.get(d.get(f.SOURCE, ""), ())) == 1}
    if not docs:
        return 0
    writer = Writer(ix, limitmb=limitmb, compound=False)
    try:
        for doc_id, doc in sorted(docs.items()):
            release = from_stored(doc)
            mine = {**links, **by_role.get(doc_id, {})}
            release.persons = list(dict.fromkeys(mine.get(n, n) for n in release.persons))
            for quote in release.quotes:
                if quote.get("speaker"):
                    quote["speaker"] = mine.get(quote["speaker"], quote["speaker"])
            (digest,) = manifest[release.source]
            writer.delete_by_term(f.ID, doc_id)
            writer.delete_by_term(f.DOC_ID, doc_id)
            for record in to_records(pre_analyse(release), digest):
                writer.add_document(**record)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return len(docs)
