"""The record of a person found in a text, shared by the person rules and their callers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonMention:
    """A person named at ``start:end`` of the text; ``surname_only`` when no first name is given."""

    name: str
    start: int
    end: int
    role: str | None = None
    surname_only: bool = False
