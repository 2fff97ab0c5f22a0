"""A word before ``gibt es`` / ``gab es`` is no person (``lone_existential``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("gab-es", "Lob gab es vom Generalsekretär.", []),
    ("gibt-es", "Exoplaneten gibt es in vielen Varianten.", []),
    ("plural-s", "Apps gibt es über den Store.", []),
    ("person-stays", "Madonna hatte es schwer.", ["Madonna"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_existential_object(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
