"""Autocomplete of person and organisation names from the facet values of the index."""

from __future__ import annotations

from dataclasses import dataclass

from indexer.analysis.folding import fold
from indexer.engine import schema as f
from webapp.backend import name_counts

FIELDS = {"person": f.PERSONS, "organisation": f.ORGANISATIONS}
MAX_SUGGESTIONS = 20


@dataclass
class Suggestion:
    """A name that starts with what the user typed, with the number of releases naming it."""

    value: str
    facet: str
    count: int


def _starts(name: str, typed: str) -> bool:
    folded = fold(name)
    return folded.startswith(typed) or any(
        word.startswith(typed) for word in folded.replace("-", " ").split()
    )


def suggest_names(engine, typed: str, limit: int = 8) -> list[Suggestion]:
    """Return the most frequent names with a word starting with ``typed``."""
    typed = fold(typed.strip())
    if len(typed) < 2:
        return []
    found: list[Suggestion] = []
    for facet, fieldname in FIELDS.items():
        counts = name_counts(engine, fieldname)
        found.extend(Suggestion(v, facet, n) for v, n in counts.items() if _starts(v, typed))
    found.sort(key=lambda s: (-s.count, fold(s.value)))
    return found[: max(1, min(limit, MAX_SUGGESTIONS))]
