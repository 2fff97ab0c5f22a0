"""A speech verb's date dates a report, not a speech that recalls an earlier day."""

import pytest

from indexer.extraction.dates import extract_date

REPORT = (
    "Die Stadt baut eine Schule. „Wir freuen uns“, sagte Bürgermeisterin Anna Roth am 4. Mai 2023."
)

RECALLED = [
    (
        "speech",
        "Herr Präsident! Meine Damen und Herren! Die Ministerin erklärte am 3. Mai 2001 im "
        "Ausschuss, dass nichts geschehe. Das ist heute anders.",
    ),
    (
        "speech-to-one",
        "Herr Staatssekretär, Sie haben es gehört. Die Zeitung berichtete am 9. März davon.",
    ),
    ("first-person", "Der Haushalt reicht nicht. Das erklärte ich doch am 14. März im Rat."),
    ("already", "Der Verband warnt. Sein Präsident sprach bereits am 2. Februar 2019 davon."),
    ("then", "Der Beirat beriet lange. Er erklärte dann am 8. Juli 2017 den Beschluss."),
    ("this-year", "Die Kanzlerin gab am 4. Oktober dieses Jahres eine Erklärung ab."),
]


def test_a_speech_whose_address_became_its_title_is_no_report():
    body = "Die Ministerin erklärte am 3. Mai 2001 im Ausschuss, dass nichts geschehe."
    assert extract_date("Herr Präsident! Meine Damen und Herren!", body) is None


def test_a_report_is_dated_by_what_was_said():
    assert extract_date("Titel", REPORT) == "2023-05-04"


@pytest.mark.parametrize("body", [c[1] for c in RECALLED], ids=[c[0] for c in RECALLED])
def test_a_recalled_day_is_no_publication_date(body):
    assert extract_date("Titel", body) is None
