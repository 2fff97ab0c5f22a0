"""Small towns where a lone surname would stand (``lone_towns``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_names import framed
from indexer.extraction.lone_towns import small_town
from indexer.extraction.person_text import PersonText


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


CASES = [
    ("town-after-verb", "Dabei hatte Schwaz bereits seit Mai die Gehälter verspätet gezahlt.", []),
    ("town-opens-sentence", "Weiz hat keine großen Firmen.", []),
    # a town that is a well-known surname, or shaped as one, stays a person in the frame
    ("surname-town", "Zuvor hatte Kehl den Ball verloren.", ["Kehl"]),
    ("surname-shaped-town", "Zuvor hatte Eisenberg den Ball verloren.", ["Eisenberg"]),
    ("no-town", "Zuvor hatte Wieczorek den Ball verloren.", ["Wieczorek"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_small_town_is_no_lone_surname(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want, case


def test_small_towns_come_from_fakers_address_lists() -> None:
    assert small_town("Güssing") and small_town("Schwaz")
    assert not small_town("Eisenberg")  # a surname's shape
    assert not small_town("Roth")  # a surname the lists know
