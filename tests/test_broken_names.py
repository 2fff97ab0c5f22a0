"""Names OCR broke in two at a lost line-end hyphen (``broken_names``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    ("after-address", "Ich sah, daß Herr Ber trand seinen Hut nahm.", ["Bertrand"]),
    ("after-given-name", "Es kam Karl Op penheim, Kaufmann in Linz.", ["Karl Oppenheim"]),
    ("then-surname", "Präsident Thor bjorn Brambrink sprach zuerst.", ["Thorbjorn Brambrink"]),
    # a verb or an adverb the word list lacks, a suffix of a name: no broken word
    ("verb", "Herr Kowalczyk schimpft sogar, sagte Brambrink.", ["Kowalczyk", "Brambrink"]),
    ("adverb", "Das hat Christoph Brambrink landauf erzählt.", ["Christoph Brambrink"]),
    ("adverb-isch", "Zwischen Herrn Brambrink rentenpolitisch und uns ist Platz.", ["Brambrink"]),
    ("junior", "Es siegte Carlos Brambrink jr. vor allen.", ["Carlos Brambrink"]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_broken_name_mended(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
