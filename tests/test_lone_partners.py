"""A lone surname after ``mit`` beside a word of meeting or agreeing (``lone_partners``)."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions

CASES = [
    ("talk", "Er hatte ein langes Gespräch mit Tsvangirai geführt.", ["Tsvangirai"]),
    ("agreement", "Damit war die Einigung mit Okwonkwo gescheitert.", ["Okwonkwo"]),
    ("meeting-after", "Im Mai gab es mit Tsvangirai ein zweites Treffen.", ["Tsvangirai"]),
    ("no-cue", "Er rechnet mit Tsvangirai im Finale.", []),
    ("capital-after", "Er hatte ein Gespräch mit Tsvangirai Holding geführt.", []),
    ("german-word", "Er hatte ein Gespräch mit Vorsicht geführt.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_partner_after_mit(case: str, text: str, want: list[str]) -> None:
    assert [m.name for m in find_mentions(text, "rules")[0]] == want, case
