"""The stored fields of an index record read back as a plain ``Release`` (the inverse of
``build.release.to_records``), for the search, the pages and the exports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from indexer.engine import schema as f
from indexer.extraction.link_cues import mention_cues
from indexer.model import Release


def from_stored(stored: dict) -> Release:
    """Rebuild a release from the stored fields of an index hit."""

    def split(value: str | None) -> list[str]:
        return [v for v in (value or "").split(f.SEP) if v]

    return Release(
        id=stored[f.ID],
        path=stored[f.PATH],
        source=stored.get(f.SOURCE, ""),
        title=stored.get(f.TITLE, ""),
        title_from_text=bool(stored.get(f.TITLE_FROM_TEXT)),
        body=stored.get(f.BODY, ""),
        boilerplate=stored.get(f.BOILERPLATE, ""),
        date=stored.get(f.DATE) or None,
        persons=split(stored.get(f.PERSONS)),
        organisations=split(stored.get(f.ORGANISATIONS)),
        quotes=list(stored.get(f.QUOTES) or []),
        url=stored.get(f.URL),
        origin=stored.get(f.ORIGIN),
        content_hash=stored.get(f.CONTENT_HASH, ""),
        first_indexed=stored.get(f.FIRST_INDEXED),
    )


@dataclass(frozen=True)
class PersonLinks:
    """A release's ``person_links`` column: what linking its persons across the index needs.

    Its persons and its quotes' speakers (one per quote, None for none) as the release names
    them, the roles it gives to surnames (``Release.surname_roles``), the links applied to it,
    and its source file's digest (to write it again when its links change); its sender (the
    publisher) and what it says around each person's name (``extraction.link_cues``). A column
    written before the last two were kept reads as without them."""

    id: str
    digest: str
    persons: tuple[str, ...]
    speakers: tuple[str | None, ...] = ()
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    links: Mapping[str, str] = field(default_factory=dict)
    sender: str = ""
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, release: Release, digest: str) -> PersonLinks:
        """Take what linking needs from a release as extracted (persons not yet linked)."""
        speakers = tuple(q.get("speaker") for q in release.quotes)
        roles = {surname: tuple(found) for surname, found in release.surname_roles.items()}
        cues = link_cues_of(release)
        persons, sender = tuple(release.persons), release.origin or ""
        return cls(release.id, digest, persons, speakers, roles, release.links, sender, cues)

    def to_column(self) -> tuple:
        """A plain tuple: the index never unpickles a class of ours."""
        roles = dict(self.roles)
        links, cues = dict(self.links), dict(self.cues)
        return (self.id, self.digest, self.persons, self.speakers, roles, links, self.sender, cues)

    @classmethod
    def from_column(cls, value: tuple) -> PersonLinks:
        return cls(*value)


def link_cues_of(release: Release) -> dict[str, tuple[str, ...]]:
    """What a release says around each person's name (``extraction.link_cues``): as taken when
    it was prepared, or now for one read back from the index (not taken then)."""
    if release.link_cues is not None:
        return release.link_cues
    return mention_cues(f"{release.title}\n{release.body}", release.persons)


def unlinked(release: Release, value: PersonLinks) -> Release:
    """Give a release read back from the index its persons and speakers as it names them."""
    release.persons = list(value.persons)
    for quote, speaker in zip(release.quotes, value.speakers, strict=False):
        quote["speaker"] = speaker
    release.surname_roles = {surname: list(roles) for surname, roles in value.roles.items()}
    release.links = dict(value.links)
    return release
