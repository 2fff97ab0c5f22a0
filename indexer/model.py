"""Plain records passed between the stages: corpus -> repair -> extraction -> index -> search.

The read side (search, pages, exports) needs only these records, not the code that makes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # plain records: no import of the schema when running
    from indexer.engine import schema as f


@dataclass(frozen=True)
class CleanDocument:
    """A release after repair: the searched ``body`` and the ``boilerplate`` split off it."""

    title: str
    body: str
    boilerplate: str = ""
    # How the title was found (not compared): under heading markup (`# Titel`), and whether
    # the body still holds it (a first line too long to be a title is cut, not moved).
    heading: bool = field(default=False, compare=False)
    title_in_body: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Quote:
    """A direct quote in a release body; ``start``/``end`` are character offsets into the body."""

    text: str
    speaker: str | None
    start: int
    end: int
    role: str | None = None
    # how sure the speaker is, 0 to 1 (``extraction.attribution``); None without a speaker
    confidence: float | None = None


@dataclass
class Entities:
    """What extraction finds in one release: publication date, canonical persons, organisations."""

    date: str | None = None
    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    # folded surname -> the folded roles the text gives to persons of it (``minister`` for
    # ``Minister Heil``, ``Hubertus Heil``): what links a bare surname across the index by role
    surname_roles: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Release:
    """A release after repair and extraction: what is indexed and what ``show`` prints."""

    id: str
    path: str
    source: str
    title: str
    body: str
    boilerplate: str
    date: str | None
    persons: list[str]
    organisations: list[str]
    quotes: list[dict] = field(default_factory=list)
    # The title is the body's first line (see ``build.release.prepare``): stored and shown,
    # not indexed as a title.
    title_from_text: bool = False
    aliases: dict[str, list[str]] = field(default_factory=dict)
    # Postings computed ahead of time by ``pipeline.pre_analyse`` (text field -> postings).
    analysed: dict[str, f.PreAnalysed] = field(default_factory=dict, repr=False)
    analysed_quotes: list[f.PreAnalysed] = field(default_factory=list, repr=False)
    # (worker, number) when a worker process holds the postings and writes the release
    held_by: tuple[int, int] | None = field(default=None, repr=False)
    url: str | None = None
    origin: str | None = None
    content_hash: str = ""
    # When the release first entered the index (RFC 3339, UTC), kept across updates and rebuilds
    first_indexed: str | None = None
    # MinHash signature of title and body (``text.similarity``): finds the release's versions
    version_signature: bytes = field(default=b"", repr=False)
    # The ids of the release's other versions, newest first (read, not stored: search.versions)
    versions: list[str] = field(default_factory=list)
    # See ``Entities.surname_roles``; kept with the release so linking never extracts again.
    surname_roles: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # Links across the index (``build.relink``): a person or speaker of this release, as the
    # release names it, -> the person's one name in the index. ``persons`` and the quotes'
    # speakers stay as the release names them; the index records show them linked.
    links: dict[str, str] = field(default_factory=dict, repr=False)
    # What the text says around each person's name (``extraction.link_cues``), taken once where
    # the release is prepared; None for a release read back from the index (taken when needed).
    link_cues: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        """Return the ``show --json`` shape."""
        keys = ("id", "path", "title", "date", "persons", "organisations", "quotes", "body")
        data = {k: getattr(self, k) for k in keys}
        data["boilerplate"] = self.boilerplate
        data["url"] = self.url or None  # the publisher's address, as given
        data["source"] = self.origin or None  # the publisher, as given
        data["versions"] = list(self.versions)
        return data


def web_link(url: str | None) -> str | None:
    """Return ``url`` if it can be a link (http or https), else None."""
    text = (url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None
