"""Name runs of contact blocks and speaker lists (``given_runs``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    # a weekday after given names is a surname; after a date or a time word it is a day
    ("weekday", "Fragen beantwortet Dr. Lena Sonntag, Referat Presse.", ["Lena Sonntag"]),
    ("weekday-two", "Es spricht Prof. Karl Heinz Mittwoch, Dekan.", ["Karl Heinz Mittwoch"]),
    (
        "weekday-date",
        "Es liest Dr. Lena Ostwald. Das Fest ist am Sonntag, 12. Mai.",
        ["Lena Ostwald"],
    ),
    ("weekday-time", "Dr. Lena Ostwald kommt Sonntag um 10 Uhr.", ["Lena Ostwald"]),
    # a hyphenated given name whose second part no list knows, before von and a surname
    (
        "hyphen-von",
        "- Prof. Dr. Karl-Tjalf von Quernheim, Rektor der Hochschule",
        ["Karl-Tjalf von Quernheim"],
    ),
    # a contact label glued to the name by a flattened footer
    (
        "label",
        "Pressestelle Mira Kolbe, Tobias Gläsmer Telefon: 0381 888 2040",
        ["Mira Kolbe", "Tobias Gläsmer"],
    ),
    ("label-mail", "Ansprechpartner Tobias Gläsmer E-Mail: presse@example.org", ["Tobias Gläsmer"]),
    ("label-fax", "Kontakt: Dr. Tobias Gläsmer Fax 0381 888 2006", ["Tobias Gläsmer"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_given_runs(case: str, text: str, want: list[str]) -> None:
    assert persons(text) == want, case
