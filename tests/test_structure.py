"""Splitting releases into title, body and boilerplate: synthetic tables, seeds, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.model import CleanDocument
from indexer.text.repair import UndecodableError
from indexer.text.structure import MAX_TITLE, clean_document, split_document

SEEDS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))
LONG = "Sehr " * 80 + "langer Satz ohne Überschrift."
PROSE = "Die Stadt Musterstadt eröffnet am Montag ihr neues Rathaus am Marktplatz."


def seed_bytes(prefix: str) -> bytes:
    """Return the raw bytes of the seed release whose file name starts with ``prefix``."""
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_bytes()


SPLITS = [
    ("empty", "", CleanDocument("", "", "")),
    ("title-and-body", "Titel\n\nText.", CleanDocument("Titel", "Text.")),
    ("title-repeat-dropped", "Titel\n\nTitel\nText.", CleanDocument("Titel", "Text.")),
    (
        "title-repeat-after-dateline",
        "Titel: „Ja“\n\nBerlin (dpa) –\n\nTitel: „Ja“\n\nText.",
        CleanDocument("Titel: „Ja“", "Berlin (dpa) –\n\nText."),
    ),
    (
        "label-before-title",
        "Pressemitteilung Nr. 12/2024\n\nTitel\n\nText.",
        CleanDocument("Titel", "Pressemitteilung Nr. 12/2024\n\nText."),
    ),
    ("label-only", "Pressemitteilung", CleanDocument("Pressemitteilung", "")),
    ("markdown-title", "## **Titel**\nText.", CleanDocument("Titel", "Text.")),
    (
        "kontakt-in-sentence",
        "Titel\n\nKontakt zu Vereinen hält das Amt seit Jahren.\n\nMehr Text.",
        CleanDocument("Titel", "Kontakt zu Vereinen hält das Amt seit Jahren.\n\nMehr Text."),
    ),
    (
        "place-and-url-in-sentences",
        "Titel\n\nDie Messe ist in 40219 Düsseldorf.\n\nInfos gibt es unter www.x.de im Netz.",
        CleanDocument(
            "Titel", "Die Messe ist in 40219 Düsseldorf.\n\nInfos gibt es unter www.x.de im Netz."
        ),
    ),
    (
        "pressekontakt",
        f"Titel\n\n{PROSE}\n\nPressekontakt:\nErika Muster\nTelefon: 030 123",
        CleanDocument("Titel", PROSE, "Pressekontakt:\nErika Muster\nTelefon: 030 123"),
    ),
    (
        "about-us",
        f"Titel\n\n{PROSE}\n\nÜber die Stadtwerke Musterstadt\nSie versorgen 100.000 Kunden.",
        CleanDocument(
            "Titel", PROSE, "Über die Stadtwerke Musterstadt\nSie versorgen 100.000 Kunden."
        ),
    ),
    (
        "about-sentence-stays",
        "Titel\n\nÜber die Pläne wurde lange gestritten.\n\nEnde.",
        CleanDocument("Titel", "Über die Pläne wurde lange gestritten.\n\nEnde."),
    ),
    (
        "byline-on-top",
        f"Titel\n\nPressestelle\nStadt Musterstadt\n\n{PROSE}",
        CleanDocument("Titel", f"Pressestelle\nStadt Musterstadt\n\n{PROSE}"),
    ),
    (
        "imprint",
        f"Titel\n\n{PROSE}\n\nV.i.S.d.P.: Max Muster",
        CleanDocument("Titel", PROSE, "V.i.S.d.P.: Max Muster"),
    ),
    (
        "ansprechpartnerin",
        f"Titel\n\n{PROSE}\n\nAnsprechpartnerin: Frau Muster, Tel. 0211 123",
        CleanDocument("Titel", PROSE, "Ansprechpartnerin: Frau Muster, Tel. 0211 123"),
    ),
    (
        "address-without-heading",
        f"Titel\n\n{PROSE}\n\nStadt Musterstadt\nAmt für Kommunikation\nMarktplatz 2a"
        "\n12345 Musterstadt\nTel.: 0123 45-6\ninfo@musterstadt.de\nhttps://musterstadt.de",
        CleanDocument(
            "Titel",
            PROSE,
            "Stadt Musterstadt\nAmt für Kommunikation\nMarktplatz 2a\n12345 Musterstadt"
            "\nTel.: 0123 45-6\ninfo@musterstadt.de\nhttps://musterstadt.de",
        ),
    ),
    (
        "photo-caption",
        f"Titel\n\n{PROSE}\n\nFoto: Kreis Lippe",
        CleanDocument("Titel", PROSE, "Foto: Kreis Lippe"),
    ),
    (
        "long-first-line",
        LONG + "\n\nZweiter Absatz.",
        CleanDocument(LONG[:MAX_TITLE].rsplit(" ", 1)[0] + " …", LONG + "\n\nZweiter Absatz."),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_split_document(text: str, expected: CleanDocument) -> None:
    assert split_document(text) == expected


TITLES = [
    (
        "000",
        "Staatssekretärin Zülfiye Kaykin unterzeichnet Partnervereinbarung mit den "
        "Volkshochschulen",
    ),
    (
        "001",
        "Integrationsministerium startet aktive Partnerschaften zur interkulturellen Öffnung "
        "von Behörden und Institutionen in NRW",
    ),
    ("002", "Interkulturelle Öffnung der Verwaltung"),
    (
        "003",
        "Interkulturelle Öffnung: Staatssekretär Lorenz Bahr begrüßt die Gemeinde Hüllhorst "
        "im Partnernetzwerk",
    ),
    (
        "004",
        "Staatssekretärin Zülfiye Kaykin: „Chancen und Teilhabe von Menschen mit "
        "Zuwanderungsgeschichte beginnen vor Ort“",
    ),
]


@pytest.mark.parametrize(("prefix", "title"), TITLES, ids=[t[0] for t in TITLES])
def test_seed_titles(prefix: str, title: str) -> None:
    document = clean_document(seed_bytes(prefix), "txt")
    assert document.title == title
    assert title not in document.body.split("\n")


IN_BODY = [
    ("000-quote-1", "000", '"Die Interkulturelle Öffnung in Verbänden und Behörden ist ein Muss.'),
    ("000-quote-2", "000", "sagte Sonja Leidemann bei der Unterzeichnung."),
    (
        "000-url-sentence",
        "000",
        "im Netz unter www.interkulturell.nrw.de seine Projekte vorstellen.",
    ),
    ("000-last", "000", "und der Bezirksregierung Arnsberg unterzeichnet."),
    (
        "001-quote",
        "001",
        'Minister Schneider: "Die NRW-Landesverwaltung hat sich mit dem Teilhabe-',
    ),
    ("001-quote-end", "001", 'von Best-Practice-Beispielen profitieren".'),
    ("001-last", "001", "Partner bei Kommunen, Verbänden und Unternehmen des Landes gewinnen."),
    ("002-quote", "002", "„Wir Lipper sind stolz, der erste Landkreis zu sein"),
    (
        "002-url-sentence",
        "002",
        "im Netz unter www.interkulturell.nrw.de seine Projekte vorzustellen.",
    ),
    ("002-last", "002", "wird vor Ort umgesetzt“, betonte Staatssekretärin Kaykın."),
    (
        "003-quote",
        "003",
        "Ich freue mich, dass wir die Gemeinde Hüllhorst als engagierte Partnerin",
    ),
    ("003-last", "003", "Unternehmen dem Partnernetzwerk beigetreten."),
    ("004-quote", "004", "„Die Stadt Düsseldorf ist von Anfang an mit dabei."),
    ("004-lost-letter", "004", "Zülfiye Kaykin, Staatssekretärin für Integration"),
    ("004-last", "004", "zu einer Bilanz mit konstruktivem Ausblick geladen."),
]


@pytest.mark.parametrize(("prefix", "text"), [c[1:] for c in IN_BODY], ids=[c[0] for c in IN_BODY])
def test_seed_body_keeps_release_text(prefix: str, text: str) -> None:
    assert text in clean_document(seed_bytes(prefix), "txt").body


FOOTER_MARKERS = [
    "Fürstenwall 25",
    "40219 Düsseldorf",
    "Telefon",
    "0211 855-5",
    "Pressekontakt",
    "presse [at] mkjfgfi.nrw.de",
    "Foto: Kreis Lippe",
    "Weitere Informationen finden sich",
]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_footer_goes_to_boilerplate(path: Path) -> None:
    document = clean_document(path.read_bytes(), "txt")
    assert document.boilerplate
    for marker in FOOTER_MARKERS:
        assert marker not in document.body
        if marker in path.read_text(encoding="utf-8"):
            assert marker in document.boilerplate


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [
        ("000", "cp1252"),
        ("001", "latin-1"),
        ("004", "utf-16"),
        ("003", "utf-16-le"),
        ("002", "utf-32"),
    ],
    ids=["cp1252", "latin-1", "utf-16-bom", "utf-16-bare", "utf-32-bom"],
)
def test_clean_document_reads_other_encodings(prefix: str, encoding: str) -> None:
    original = seed_bytes(prefix)
    recoded = original.decode("utf-8").encode(encoding)
    assert clean_document(recoded, "txt") == clean_document(original, "txt")


HTML_RELEASE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Presse | Land NRW</title>
<style>body { font-family: sans-serif; } .alert { color: red; }</style>
<script>window.dataLayer = [];</script></head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li></ul></nav>
<h1>Land f&ouml;rdert Radwege in Musterstadt</h1>
<script>alert(1)</script>
<p>Musterstadt. Das Land f&ouml;rdert neue Radwege mit 2,5&nbsp;Millionen Euro.</p>
<p>&bdquo;Wir machen Tempo&ldquo;, sagte Ministerin Erika Muster.</p>
<h2>Pressekontakt</h2>
<p>Pressestelle<br>Telefon: 0211 123-4</p>
<img src="http://www.pressrelations.de/new/pmcounter.cfm?n_pintr_=1" width="1" height="1">
</body></html>"""
MARKDOWN_RELEASE = """# Neue Radwege für Musterstadt

**Musterstadt, 3. Mai 2024.** Die Stadt baut [neue Radwege](https://example.org/rad) im
_gesamten_ Stadtgebiet.

> „Wir machen Tempo“, sagte Bürgermeisterin Erika Muster.

### Über die Stadt Musterstadt

Musterstadt hat 80.000 Einwohner*innen.
"""


def test_clean_document_html() -> None:
    document = clean_document(HTML_RELEASE.encode("utf-8"), "html")
    assert document.title == "Land fördert Radwege in Musterstadt"
    assert "mit 2,5 Millionen Euro." in document.body
    assert "„Wir machen Tempo“, sagte Ministerin Erika Muster." in document.body
    assert document.boilerplate == "Pressekontakt\n\nPressestelle\nTelefon: 0211 123-4"
    everything = "\n".join([document.title, document.body, document.boilerplate])
    for leaked in ("alert", "font-family", "dataLayer", "Startseite", "pmcounter", "<", "&"):
        assert leaked not in everything


def test_clean_document_markdown() -> None:
    document = clean_document(MARKDOWN_RELEASE, "md")
    assert document == CleanDocument(
        "Neue Radwege für Musterstadt",
        "Musterstadt, 3. Mai 2024. Die Stadt baut neue Radwege im\ngesamten Stadtgebiet.\n\n"
        "„Wir machen Tempo“, sagte Bürgermeisterin Erika Muster.",
        "Über die Stadt Musterstadt\n\nMusterstadt hat 80.000 Einwohner*innen.",
    )


def test_clean_document_refuses_binary() -> None:
    with pytest.raises(UndecodableError):
        clean_document(b"%PDF-1.7\n%\xb5\xb5\xb5\xb5", "txt")
