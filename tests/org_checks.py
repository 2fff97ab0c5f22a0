"""The organisations a text gives, for the organisation rule tests."""

from __future__ import annotations

from indexer.extraction.organisations import find_organisations


def org_names(text: str) -> list[str]:
    """Return the value of every organisation ``find_organisations`` finds in ``text``."""
    return [m.name for m in find_organisations(text)]


def org_spans(text: str) -> list[tuple[str, str]]:
    """Return every organisation as (value, the text it was found in)."""
    return [(m.name, text[m.start : m.end]) for m in find_organisations(text)]
