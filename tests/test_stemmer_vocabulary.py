"""The StemFilter against Snowball's official German vocabulary (35k words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.analysis import Token

from indexer.analysis.analyzers import StemFilter


def test_stem_filter_matches_snowball_3_output(shared: Path):
    """``shared``: ../shared or PRESSESUCHE_SHARED (tests/conftest.py)."""
    snowball = shared / "corpora" / "snowball_german"
    if not snowball.is_dir():
        pytest.skip("../shared/corpora/snowball_german is not available")
    words = (snowball / "voc.txt").read_text(encoding="utf-8").split("\n")
    expected = (snowball / "output.txt").read_text(encoding="utf-8").split("\n")
    tokens = (Token(text=word) for word in words)
    stems = [t.text for t in StemFilter()(tokens)]
    mismatches = [(w, s, e) for w, s, e in zip(words, stems, expected, strict=True) if s != e]
    assert len(words) > 35_000
    assert mismatches == []
