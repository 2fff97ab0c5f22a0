"""Names after the noun of a realm are places (``realms``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.false_persons import is_false
from indexer.extraction.person_mention import PersonMention


def rejected(text: str, name: str) -> bool:
    start = text.index(name)
    return is_false(text, PersonMention(name, start, start + len(name), None, True), [])


CASES = [
    (
        "principality",
        "Die Normannen erlangten das Fürstentum Salerno bald darauf.",
        "Salerno",
        True,
    ),
    ("kingdom-gen", "Die Truppen des Königreichs Westmark zogen ab.", "Westmark", True),
    ("canton", "Er wohnt im Kanton Uri seit Jahren.", "Uri", True),
    # a ruler's genitive after the realm is a person
    ("ruler", "Das Königreich Davids zerfiel danach.", "Davids", False),
    ("person", "Dort traf Salerno seine Frau.", "Salerno", False),
]


@pytest.mark.parametrize(("case", "text", "name", "want"), CASES, ids=[c[0] for c in CASES])
def test_after_realm(case: str, text: str, name: str, want: bool) -> None:
    assert rejected(text, name) is want, case
