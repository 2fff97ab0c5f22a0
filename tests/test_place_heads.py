"""Rivers, counties and libraries named after persons are no persons (``name_context``)."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions


def persons(text: str) -> list[str]:
    found, _ = find_mentions(text, "rules")
    return [text[m.start : m.end] for m in found]


CASES = [
    ("river", "Die Brücke führt über den Edmund River nach Westen.", []),
    ("library", "Die Ruth Tervonen Library wurde 2011 eröffnet.", []),
    ("county", "Sie wohnt im Harold County am See.", []),
    ("person-stays", "Dort traf Peter Tervonen den Bürgermeister.", ["Peter Tervonen"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_english_place_heads(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
