"""The publication date of a release: metadata, then where releases put it, never a mention."""

from pathlib import Path

import pytest

from indexer.extraction.dates import extract_date, parse_meta_date

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

FROM_TEXT = [
    (
        "line",
        "Gemeinde tritt bei\n\n14. März 2024\nPHB Bahr, Lorenz\n\nMit zahlreichen …",
        "2024-03-14",
    ),
    ("line-weekday", "Mittwoch, 8. März 2023\n\nMainz. Der Sozialverband fordert …", "2023-03-08"),
    (
        "line-stand",
        "Stand: 15.01.2022\n\nDas Klinikum Lippe hat ein Zentrum eröffnet.",
        "2022-01-15",
    ),
    ("dateline-long", "Düsseldorf, 27. Januar 2011 – Die Staatssekretärin lobte …", "2011-01-27"),
    ("dateline-numeric", "Detmold, 15.08.2012 – Zülfiye Kaykin hat gemeinsam …", "2012-08-15"),
    ("dateline-den", "Paderborn, den 21. November 2023 – Die DFG fördert …", "2023-11-21"),
    ("dateline-two-towns", "Münster/Bocholt, 3. April 2019. Der LWL übernimmt …", "2019-04-03"),
    ("dateline-ots", "Essen (ots), 19.07.2022 – Die Tafeln schlagen Alarm.", "2022-07-19"),
    ("dateline-line", "Berlin, den 28. Oktober 2020\n\nDas Ministerium verlängert …", "2020-10-28"),
    (
        "speech-verb",
        "Ein Ziel ist es. „Die Öffnung ist ein Muss“, sagte Staatssekretärin Kaykin am 28. "
        "November 2012 in Düsseldorf.",
        "2012-11-28",
    ),
    (
        "announced",
        "Die Miele & Cie. KG baut. Das gab das Unternehmen am Donnerstag, 9. März 2023, bekannt.",
        "2023-03-09",
    ),
    (
        "today-no-year",
        "„Das Konzept bewährt sich“, sagte die Staatssekretärin heute (27. Januar).",
        "--01-27",
    ),
    ("today-weekday", "Der Minister hat heute (Mittwoch, 8. März) die Schule besucht.", "--03-08"),
]

NO_DATE = [
    ("since-year", "Eine zentrale Maßnahme ist die seit 2012 gesetzlich verankerte Initiative."),
    ("deadline", "Anträge können bis zum 31. Dezember 2025 gestellt werden."),
    ("in-the-year", "Stadt und Land arbeiten bereits seit dem Jahr 2005 erfolgreich zusammen."),
    ("event", "Der Aufsichtsrat hat in seiner Sitzung am 11. Januar 2024 beschlossen, zu bauen."),
    (
        "announced-for-later",
        "Der Minister kündigte an, dass der nächste Rat am 6. Oktober 2024 zusammentritt.",
    ),
    ("night", "Bochum (ots) – In der Nacht zu Dienstag (14. Februar) brachen Unbekannte ein."),
    ("dateline-without-date", "Düsseldorf (pressrelations) –\n\nDas Ministerium teilt mit:"),
    ("impossible", "Düsseldorf, 31.02.2012 – Die Stadt teilt mit, dass …"),
    ("later-in-text", "Ein Absatz.\n\n" * 12 + "Düsseldorf, 27. Januar 2011 – spät im Text."),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in FROM_TEXT], ids=[c[0] for c in FROM_TEXT]
)
def test_date_from_text(body, expected):
    assert extract_date("Titel", body) == expected


@pytest.mark.parametrize("body", [c[1] for c in NO_DATE], ids=[c[0] for c in NO_DATE])
def test_mentioned_dates_are_not_the_publication_date(body):
    assert extract_date("Titel", body) is None


META = [
    ("iso", "2024-03-14", "2024-03-14"),
    ("datetime", "2019-05-16T09:30:00+02:00", "2019-05-16"),
    ("german", "04.03.2021", "2021-03-04"),
    ("short-german", "4.3.2021", "2021-03-04"),
    ("invalid", "2021-13-01", None),
    ("words", "gestern", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(("value", "expected"), [m[1:] for m in META], ids=[m[0] for m in META])
def test_meta_date_formats(value, expected):
    assert parse_meta_date(value) == expected


def test_meta_date_wins_over_the_text():
    body = "„Gerade jetzt“, sagte der Präses am 17. Dezember 2020 in Bielefeld."
    assert extract_date("Weihnachtsbotschaft", body, "2020-12-18") == "2020-12-18"


def test_invalid_meta_date_falls_back_to_the_text():
    assert extract_date("T", "Hamm, 03.09.2021 – Eröffnung.", "unbekannt") == "2021-09-03"


SEEDS = [
    ("000_4bf18ec25455da8e.txt", "2012-11-28"),
    ("001_d9a87676c7dfc921.txt", None),
    ("002_6faef6796251b2fc.txt", "2012-08-15"),
    ("003_17c95d0f755f08c0.txt", "2024-03-14"),
    ("004_2bd094ce7e921f38.txt", "--01-27"),
]


@pytest.mark.parametrize(("name", "expected"), SEEDS, ids=[s[0][:3] for s in SEEDS])
def test_seed_release_dates(name, expected):
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert extract_date("", text) == expected


HEADERS = [
    ("dateline-with-time", "Berlin, 12.03.2024, 10:15 Uhr – Die Stadt baut.", "2024-03-12"),
    (
        "report-heading-with-time",
        "Freitag, 8. März 2024, 6.40 Uhr; Lindenallee\nEin Keller brannte.",
        "2024-03-08",
    ),
    ("date-first", "17.03.2019, Halle – 42\nDie Stadt eröffnet ein Bad.", "2019-03-17"),
    ("date-slash-place", "05.02.2021 / KASSEL - Der Verein wählt.", "2021-02-05"),
    ("date-then-kind", "12.06.2017 Pressemitteilung\nDer Verband warnt.", "2017-06-12"),
    ("bracket-source", "[Landesamt - 14.11.2016] Neue Zahlen liegen vor.", "2016-11-14"),
    ("number", "Pressemitteilung Nr.: 112/03 Erfurt, den 4. Mai 2003\nText.", "2003-05-04"),
    ("pm-number", "PM 14 - 22.09.2018\n\nDer Bund fordert mehr.", "2018-09-22"),
    ("kind-vom", "Verband Muster (VM) - Pressemitteilung vom 2. Juni 2015", "2015-06-02"),
    ("medieninfo", "[Uni] Medieninformation Nr. 7 - 9. Januar 2004 - Bearbeiter: x", "2004-01-09"),
    ("place-bracket", "Gera (03.04.09) Die Forscher haben gemessen.", "2009-04-03"),
    ("place-tag", "Passau, 8. Juli 2016 (stmk). Der Minister kommt.", "2016-07-08"),
]

NOT_HEADERS = [
    ("police-event", "Am Donnerstag, 21.05.2026, gegen 22:30 Uhr wurde ein Auto gestohlen."),
    ("agenda", "Programm:\nDienstag, 6. Mai: Besuch in Gotha\nMittwoch, 7. Mai: Erfurt"),
    ("since", "Seit 01.01.2020 gilt die neue Satzung im Land."),
    ("chronology", "12.03.2020: Die Schulen schließen.\nDie Stadt informiert."),
]


@pytest.mark.parametrize(
    ("body", "expected"), [h[1:] for h in HEADERS], ids=[h[0] for h in HEADERS]
)
def test_header_shapes_of_real_releases(body, expected):
    assert extract_date("Titel", body) == expected


@pytest.mark.parametrize("body", [h[1] for h in NOT_HEADERS], ids=[h[0] for h in NOT_HEADERS])
def test_event_and_programme_dates_are_not_publication_dates(body):
    assert extract_date("Titel", body) is None


# ---- header lines of any shape: a dated year, otherwise only places, kinds, numbers, labels ----

MORE_HEADERS = [
    ("kind-hyphen", "Presse-Information 12/2019 – 12.03.2019\nDer Verband warnt."),
    ("kind-comma", "Presseinformation, 12.03.2019\nDer Verband warnt."),
    ("medienmitteilung", "Medienmitteilung vom 12. März 2019\nDer Verband warnt."),
    ("sender-vom", "Pressemeldung der Stadt Muster vom 12.03.2019\n\nDie Stadt baut."),
    ("vom-colon", "Pressemitteilung vom: 12.03.2019\n\nDie Stadt baut."),
    ("meldung", "Aktuelle Meldung vom 12.03.2019\n\nDie Stadt baut."),
    ("published-time", "Veröffentlicht am 12.03.2019 um 10:15 Uhr\n\nDie Stadt baut."),
    ("datum-time", "Datum: 12.03.2019, 10:15 Uhr\n\nDie Stadt baut."),
    ("erscheinungsdatum", "Erscheinungsdatum: 12.03.2019\n\nDie Stadt baut."),
    ("published-label", "Datum der Veröffentlichung: 12.03.2019\n\nDie Stadt baut."),
    ("embargo", "Sperrfrist: 12.03.2019, 11:00 Uhr\n\nDie Stadt baut."),
    ("number-first", "Nr. 45 | 12.03.2019\n\nDie Stadt baut."),
    ("kind-place", "Pressemitteilung 45/2019 | Musterstadt, 12.03.2019\n\nDie Stadt baut."),
    ("place-slash-kind", "Musterstadt, 12.03.2019 / Pressemitteilung Nr. 45\n\nDie Stadt baut."),
    ("dots", "Pressemitteilung · 12. März 2019 · Musterstadt\n\nDie Stadt baut."),
    ("markdown", "_12.03.2019_\n\nDie Stadt baut."),
    ("long-place", "Bad Muster v. d. Höhe, 12. März 2019 – Die Stadt baut."),
    ("place-tag-after", "Musterstadt, 12. März 2019 (ots) - Die Stadt baut."),
    ("spaced-numbers", "Musterstadt, 12. 03. 2019 – Die Stadt baut."),
    ("bullet", "Musterstadt, 12.03.2019 • Die Stadt baut."),
    ("pipe", "Musterstadt, 12. März 2019 | Die Stadt baut."),
    ("place-weekday", "Musterstadt, Dienstag, 12. März 2019 – Die Stadt baut."),
    ("sender-comma", "Pressestelle, 12.03.2019\n\nDie Stadt baut."),
    ("place-am", "Musterstadt, am 12. März 2019 – Die Stadt baut."),
    ("short-weekday", "Di., 12.03.2019\n\nDie Stadt baut."),
    ("number-vom", "Nr. 17/2019 vom 12. März 2019\n\nDie Stadt baut."),
    ("datum-uhrzeit", "Datum: 12.03.2019 Uhrzeit: 09:30\n\nDie Stadt baut."),
    ("place-plus", "Musterstadt, 12. März 2019 +++ Die Stadt baut."),
    ("breadcrumb", "Start > Aktuelles > 12.03.2019\n\nDie Stadt baut."),
    ("breadcrumb-guillemets", "Presse » Meldungen » 12.03.2019\n\nDie Stadt baut."),
    ("title-bracket", "Stadt baut eine Schule (12.03.2019)\n\nDie Stadt baut."),
    ("title-pipe", "Stadt baut eine Schule | 12.03.2019\n\nDie Stadt baut."),
    (
        "below-a-menu",
        "Startseite\nPresse\nAktuelles\nSuche\nMenü\nTeilen\nDrucken\nSchrift\nKontrast\n"
        "Titel der Meldung\nMusterstadt, 12.03.2019 – Die Stadt baut.",
    ),
]
_PROSE = "Die Stadt baut eine neue Schule für die Kinder im Viertel.\n\n" * 10
AT_THE_END = [
    ("signed", _PROSE + "Musterstadt, den 12.03.2019\n\nMax Muster\nPressesprecher"),
    (
        "signed-in-run-on",
        _PROSE + "Es gilt die Unschuldsvermutung. Musterstadt, 12.03.2019 Max Muster Pressestelle",
    ),  # fmt: skip
    ("kind-vom", _PROSE + "Pressemitteilung vom 12.03.2019"),
    ("stand", _PROSE + "Stand: 12.03.2019"),
    ("alone", _PROSE + "(12.03.2019)"),
]
NOT_PUBLICATION = [
    ("appointment", "Termin: 12.03.2019, 10 Uhr\n\nDie Stadt lädt ein."),
    ("crime-time", "Tatzeit: 12.03.2019, 22:30 Uhr\nTatort: Musterstadt\nDie Polizei sucht."),
    ("event-date", "Veranstaltungsdatum: 12.03.2019\nDie Stadt baut."),
    ("when", "Wann: 12.03.2019\nWo: Rathaus"),
    ("period", "von Mittwoch, 4. Mai 2022, 9.40 Uhr bis Montag, 9. Mai 2022\nDie A7 ist gesperrt."),
    # a police report's event: an incident noun before the date, a time and a place after it
    ("incident-of", "Verkehrsunfall vom 11.03.2024\nEin Mann wurde leicht verletzt."),
    (
        "date-time-place",
        "Kiel (ots) – 10.03.2024, 14:30 Uhr, Holstenstraße: Ein Auto stieß gegen einen Baum.",
    ),
    ("deadline", "Anmeldeschluss: 12.03.2019\n\nDie Stadt baut."),
    ("ruling", "Urteil vom 12. März 2019 – 1 A 23/19\n\nDas Gericht hat entschieden."),
    ("event-in-title", "Konzert im Park am 12. März 2019\n\nDie Stadt lädt ein."),
    ("place-then-sentence", "Musterstadt, 12. März 2019 wurde der Vertrag unterschrieben."),
    ("end-appointment", _PROSE + "Termin: Musterstadt, 12. März 2019"),
    ("end-until", _PROSE + "Die Ausstellung läuft bis zum 12.03.2019."),
    ("end-sentence", _PROSE + "Musterstadt, 12. März 2019 – dann wird gefeiert."),
    (
        "police-am-weekday",
        "Musterstadt (ots) - Am Dienstag, 12.03.2019, gegen 22 Uhr brachen Unbekannte ein.",
    ),  # fmt: skip
    ("police-night", "Musterstadt (ots) - In der Nacht zum 12.03.2019 brachen Unbekannte ein."),
    ("deadline-in-title", "Die Frist endet am 12.03.2019\n\nDie Stadt baut."),
    (
        "police-am-bracket",
        "Musterstadt (ots) - Am Montag (12. März 2019) stießen zwei Autos zusammen.",
    ),  # fmt: skip
    ("police-already", "Musterstadt - Schon am Montag (12.03.2019) fehlte das Rad."),
    ("police-yesterday", "Musterstadt (ab) - Gestern, 12.03.2019, gegen 9 Uhr brannte es."),
]


@pytest.mark.parametrize("body", [h[1] for h in MORE_HEADERS], ids=[h[0] for h in MORE_HEADERS])
def test_header_lines_of_any_shape(body):
    assert extract_date("Titel", body) == "2019-03-12"


@pytest.mark.parametrize("body", [h[1] for h in AT_THE_END], ids=[h[0] for h in AT_THE_END])
def test_signed_and_labelled_dates_at_the_end(body):
    assert extract_date("Titel", body) == "2019-03-12"


def test_a_date_in_the_contact_block():
    footer = "Pressekontakt\nMax Muster\nTel. 0123 456\nMusterstadt, 12. März 2019"
    assert extract_date("Titel", _PROSE, boilerplate=footer) == "2019-03-12"


@pytest.mark.parametrize(
    "body", [h[1] for h in NOT_PUBLICATION], ids=[h[0] for h in NOT_PUBLICATION]
)
def test_events_deadlines_rulings_are_not_publication_dates(body):
    assert extract_date("Titel", body) is None


WEEKDAY_YEARS = [
    (
        "one-year-fits",
        "Der Minister hat heute (Mittwoch, 8. März) die Schule besucht. Seit "
        "2023 gibt es sie, 2022 war sie geplant.",
        "2023-03-08",
    ),  # fmt: skip
    ("no-year-named", "Der Minister hat heute (Mittwoch, 8. März) die Schule besucht.", "--03-08"),
    (
        "two-years-fit",
        "Heute (Dienstag, 8. März) besucht er die Schule, eröffnet 2011, erweitert 2022.",
        "--03-08",
    ),  # fmt: skip
    ("no-weekday", "Heute (8. März) besucht er die Schule, eröffnet 2023.", "--03-08"),
]


@pytest.mark.parametrize(
    ("body", "expected"), [w[1:] for w in WEEKDAY_YEARS], ids=[w[0] for w in WEEKDAY_YEARS]
)
def test_a_weekday_picks_the_year_named_in_the_text(body, expected):
    assert extract_date("Titel", body) == expected
