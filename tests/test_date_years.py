"""Session 20: a dateline without a year takes it from the full dates just after it; a source
line naming a web domain dates the release; a portal's weather and date widget and the next item
of a list page do not; a header flattened into one line with its text does."""

import pytest

from indexer.extraction.dates import extract_date

CASES = [
    (
        "dateline-event-after",
        "Kassel, 2. Dezember. Die Schule lädt am Mittwoch, 7. Dezember 2011, zum Gespräch ein.\n"
        "Die Gäste sehen die neuen Räume.",
        "2011-12-02",
    ),
    (
        "dateline-event-next-year",
        "Kassel, 28. Dezember. Der Verein lädt am 3. Januar 2012 zum Neujahrsempfang ein.",
        "2011-12-28",
    ),
    # a date before the dateline, or a year ahead of it, gives no year
    (
        "dateline-date-before",
        "Kassel, 28. Dezember. Der Verein wurde am 3. Dezember 2011 geehrt.",
        "--12-28",
    ),
    (
        "heute-move-a-year-ahead",
        "Kassel. Der Rat hat heute (22. August) entschieden: Die Leiterin wechselt zum 1. August "
        "2023 nach Bonn.",
        "--08-22",
    ),
    # full dates after the dateline that disagree on the year give none
    (
        "dateline-dates-disagree",
        "Kassel, 2. Dezember. Am 3. Dezember 2011 und am 30. Dezember 2012 tagt der Rat.",
        "--12-02",
    ),
    # a source line at the end, behind a web domain
    (
        "source-line-domain",
        "Die Feuerwehr löschte den Brand in der Küche.\nVerletzt wurde niemand.\n"
        "- stadtportal.de: Mitteilung der Feuerwehr vom 14. März 2023\n",
        "2023-03-14",
    ),
    # a portal's weather widget over today's date: no date of the release
    (
        "weather-widget",
        "9.9 C\nKassel\nDienstag, 23. April , 2024\n\nNeues vom Rathaus\n\n"
        "Der Rat hat getagt. " + "Die Sitzung dauerte lange. " * 40 + "\nEnde der Meldung.",
        None,
    ),
    (
        "date-under-a-town-line",
        "Kassel\nDienstag, 23. April 2024\n\nNeues vom Rathaus\n\n"
        "Der Rat hat getagt. " + "Die Sitzung dauerte lange. " * 40 + "\nEnde der Meldung.",
        "2024-04-23",
    ),
    # a list page: after "Mehr »" the next item and its date
    (
        "next-item-after-more-link",
        "Neues vom Rathaus\n\nDer Rat hat getagt und beschlossen.\n\n   Mehr »\n\n28.08.2014"
        "\n\nDie Schule feiert\n\nDie Schüler sangen.\n",
        None,
    ),
    (
        "own-date-before-more-link",
        "Kassel, 12.03.2024 – Der Rat hat getagt und beschlossen.\n\n   Mehr »\n\n28.08.2014"
        "\n\nDie Schule feiert\n\nDie Schüler sangen.\n",
        "2024-03-12",
    ),
    # a header flattened into one line with the text after it (a PDF's transcript)
    (
        "flat-header",
        "1 Stadt Kassel Pressemitteilung Nr: 47 Kassel, 3. Mai 2016 Bericht aus der "
        "Ratssitzung: 1. Der Haushalt wird beschlossen (Seite 3)\n",
        "2016-05-03",
    ),
    (
        "flat-line-without-label",
        "Stadt Kassel Kassel, 3. Mai 2016 Bericht aus der Ratssitzung\n\nDer Rat tagte.\n",
        None,
    ),
    (
        "domain-in-prose",
        "Die Feuerwehr löschte den Brand.\nDas berichtete stadtportal.de am 14. März 2023.\n",
        None,
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date(body, expected):
    assert extract_date("", body) == expected
