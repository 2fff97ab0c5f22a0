"""Header date forms beyond the German ones, ranges and revision dates (releases of our own)."""

from __future__ import annotations

import pytest

from indexer.extraction.date_forms import header_forms, in_range, is_revision
from indexer.extraction.dates import extract_date

_TEXT = "Die Stadtbibliothek öffnet nach dem Umbau wieder ihre Türen."

FORMS = [
    ("day-without-stop", f"Berlin, 12 März 2024 – {_TEXT}", "2024-03-12"),
    ("day-without-stop-line", f"12 März 2024\n{_TEXT}", "2024-03-12"),
    ("wire-tag-with-date", f"Berlin (ots/12.03.2024) - {_TEXT}", "2024-03-12"),
    ("wire-tag-comma-date", f"Essen (pm, 12.03.2024) – {_TEXT}", "2024-03-12"),
    ("slashed-dateline", f"Berlin, 12/03/2024 – {_TEXT}", "2024-03-12"),
    ("slashed-line", f"12/03/2024\n{_TEXT}", "2024-03-12"),
    ("slashed-american", f"Berlin, 03/25/2024 – {_TEXT}", "2024-03-25"),
    ("slashed-year-first", f"Veröffentlicht: 2024/03/12\n{_TEXT}", "2024-03-12"),
    ("english-day-first", f"Berlin, 12 March 2024 – {_TEXT}", "2024-03-12"),
    ("english-month-first", f"BERLIN, March 12, 2024 /PRNewswire/ -- {_TEXT}", "2024-03-12"),
    ("english-short-month", f"Berlin, Oct. 3, 2023 – {_TEXT}", "2023-10-03"),
    ("german-month-first", f"Berlin, März 12, 2024 – {_TEXT}", "2024-03-12"),
    ("published-label", f"Publiziert am 12.03.2024\n{_TEXT}", "2024-03-12"),
    ("online-since", f"Online seit: 12.03.2024, 10:15 Uhr\n{_TEXT}", "2024-03-12"),
    ("online-since-month", f"Online seit 12. März 2024\n{_TEXT}", "2024-03-12"),
    ("posted-on", f"Eingestellt am 12.03.2024\n{_TEXT}", "2024-03-12"),
    ("put-online-on", f"Online gestellt am 12.03.2024 | Pressestelle\n{_TEXT}", "2024-03-12"),
    ("date-label", f"Datum: 12 März 2024\n{_TEXT}", "2024-03-12"),
    ("short-weekday", f"Di 12.03.2024\n{_TEXT}", "2024-03-12"),
    ("short-weekday-stop", f"Do. 14. März 2024\n{_TEXT}", "2024-03-14"),
    ("time-with-seconds", f"12.03.2024, 10:15:33 Uhr\n{_TEXT}", "2024-03-12"),
    ("bracketed-dateline", f"(Kassel, 12.03.2024) {_TEXT}", "2024-03-12"),
    ("lowercase-label", f"erschienen am 12.03.2024\n{_TEXT}", "2024-03-12"),
    (
        "article-published",
        f"Artikel veröffentlicht: Dienstag, 12.03.2024 10:43 Uhr\n{_TEXT}",
        "2024-03-12",
    ),
    ("signed-at-the-end", f"{_TEXT}\n\nBonn, 12 März 2024\nDie Stadtverwaltung", "2024-03-12"),
    # "Stand:" gives when the page was changed: a publication date in the header wins
    (
        "revision-first",
        f"Stand: 20.05.2024\nPressemitteilung vom 12.03.2024\n{_TEXT}",
        "2024-03-12",
    ),
    (
        "revision-after",
        f"Pressemitteilung\nZuletzt aktualisiert am 20.05.2024\nBerlin, 12.03.2024 – {_TEXT}",
        "2024-03-12",
    ),
    ("revision-alone", f"Stand: 20.05.2024\n{_TEXT}", "2024-05-20"),
    # a date and a time after it are no range
    ("date-dash-time", f"12.03.2024 – 14.30 Uhr\n{_TEXT}", "2024-03-12"),
    ("date-slash-time", f"Berlin, 12.03.2024 / 10.15 Uhr – {_TEXT}", "2024-03-12"),
    ("date-dash-bare-time", f"Berlin, 12.03.2024 – 14.30\n{_TEXT}", "2024-03-12"),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS])
def test_header_date_forms(body, expected):
    assert extract_date("Die Bibliothek ist wieder offen", body) == expected


RANGES = [
    ("days-of-a-month", f"12.–14. März 2024\n{_TEXT}"),
    ("two-dates", f"12.03.2024 - 14.03.2024\n{_TEXT}"),
    ("bis", f"Messe Kassel, 12. bis 14. März 2024\n{_TEXT}"),
    ("slashed-days", f"12./13. März 2024\n{_TEXT}"),
    ("invitation", f"Einladung: 12. März 2024, 18 Uhr, Rathaus\n{_TEXT}"),
    ("a-sentence-with-stand", f"Im Mittelpunkt stand am 12.03.2024 die Eröffnung.\n{_TEXT}"),
    ("two-long-dates", f"Kassel, 12. März 2024 - 14. März 2024\n{_TEXT}"),
    ("period-in-a-label", f"Sperrung: Hauptstraße, 23.05. – 16.06.2024\n{_TEXT}"),
]


@pytest.mark.parametrize("body", [c[1] for c in RANGES], ids=[c[0] for c in RANGES])
def test_a_range_of_days_is_no_publication_date(body):
    assert extract_date("Titel", body) is None


def test_online_since_in_a_sentence_is_no_label():
    for line in (
        "Online seit 12.03.2024 ist das neue Portal.",
        "Das Portal ist online seit 12.03.2024.",
    ):
        assert extract_date("Titel", f"{line}\n{_TEXT}") is None


def test_a_range_in_the_text_leaves_the_dateline():
    body = f"Berlin, 12.03.2024 – Die Messe läuft vom 20.–22. März 2024. {_TEXT}"
    assert extract_date("Titel", body) == "2024-03-12"


REWRITTEN = [
    ("12 März 2024", "12. März 2024"),
    ("12. März 2024", "12. März 2024"),
    ("12 March 2024", "12. März 2024"),
    ("May 3, 2024", "3. Mai 2024"),
    ("12/03/2024", "12.03.2024"),
    ("2024/3/12", "12.03.2024"),
    ("Berlin (ots/12.03.2024)", "Berlin (ots), 12.03.2024"),
    # not dates: a number and a year, a fraction, a count before a month without a year
    ("PM 12/2024", "PM 12/2024"),
    ("1/2/3", "1/2/3"),
    ("seit 12 März", "seit 12 März"),
]


@pytest.mark.parametrize(("line", "expected"), REWRITTEN, ids=[c[0] for c in REWRITTEN])
def test_header_forms(line, expected):
    assert header_forms(line) == expected


def test_range_and_revision_words():
    line = "12.03.2024 - 14.03.2024"
    assert in_range(line, 0, 10) and in_range(line, 13, 23)
    assert not in_range("12.03.2024 - 14:30", 0, 10)
    assert is_revision("Stand: 12.03.2024") and is_revision("Zuletzt geändert am 12.03.2024")
    assert not is_revision("Pressemitteilung vom 12.03.2024")


_ARTICLE = "Die Stadt hat die neue Brücke eröffnet. Der Verkehr fließt wieder ohne Umweg."
SIGNED_IN_BRACKETS = [
    ("agency", f"{_ARTICLE} (APA, 16.8.2015)", "2015-08-16"),
    ("author", f"{_ARTICLE} (Eva Lang, 29.10.2015)", "2015-10-29"),
    ("author-codes-spaced", f"{_ARTICLE} (red, kub, 31. 7. 2015)", "2015-07-31"),
    ("no-space", f"{_ARTICLE}(Tom Ritter aus Linz, 14.12.2015)", "2015-12-14"),
    ("date-only", f"{_ARTICLE} Mehr folgt. (7.9.2015)", "2015-09-07"),
    # not a signature: a deadline, a period, words of a sentence, a bracket inside a sentence
    ("deadline", f"{_ARTICLE} (Anmeldung bis 15.3.2015)", None),
    ("stand", f"{_ARTICLE} (Anmeldeschluss: 15.3.2015)", None),
    ("a-sentence", f"{_ARTICLE} (Die Brücke wurde gebaut am 15.3.2015)", None),
    ("in-a-sentence", f"{_ARTICLE} Die Brücke ist alt (gebaut 15.3.1915)", None),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in SIGNED_IN_BRACKETS],
    ids=[c[0] for c in SIGNED_IN_BRACKETS],
)
def test_a_signature_in_brackets_closing_an_article(body, expected):
    assert extract_date("", body) == expected


def test_es_gab_am_is_an_event():
    assert extract_date("", f"{_ARTICLE} Es gab am 25. August 2017 einen Unfall.") is None
    assert extract_date("", f"{_ARTICLE} Dort gab es am 25. August 2017 einen Unfall.") is None
    body = f"{_ARTICLE} Die Stadt gab am 25. August 2017 bekannt, dass sie baut."
    assert extract_date("", body) == "2017-08-25"
