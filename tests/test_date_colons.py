"""A full date before a colon and a sentence opens a news item (``date_colons``), own texts."""

from __future__ import annotations

import pytest

from indexer.extraction.dates import extract_date

CASES = [
    (
        "numeric",
        "Grünschnitt nur noch am Wertstoffhof\n"
        "04.03.2021: Ab sofort nimmt der Bauhof keinen Grünschnitt mehr an der Halle an.\n",
        "2021-03-04",
    ),
    (
        "short-year-day",
        "Neue Öffnungszeiten\n"
        "7.9.2023: Die Bücherei öffnet künftig auch am Samstagvormittag für alle Leser.\n",
        "2023-09-07",
    ),
    (
        "month-name",
        "Spende übergeben\n"
        "12. Mai 2022: Der Förderverein hat der Schule zwei neue Tablets geschenkt.\n",
        "2022-05-12",
    ),
    # a programme line: a few words after the colon name an event, no item date
    ("programme", "Termine im Frühjahr\n12.03.2024: Infoabend in der Aula\n", None),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_colon_date(case: str, text: str, want: str | None) -> None:
    title, body = text.split("\n", 1)
    assert extract_date(title, body) == want, case
