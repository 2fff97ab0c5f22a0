"""Plain records passed between the stages: corpus -> repair -> extraction -> index -> search."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass
class Entities:
    """What extraction finds in one release: publication date, canonical persons, organisations."""

    date: str | None = None
    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
