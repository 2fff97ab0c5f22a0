"""Organisation rules of session 14: names spelled by their acronym, clubs, papers, guards."""

from __future__ import annotations

import pytest

from indexer.extraction.organisations import find_organisations


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_organisations(text)]


FOUND = [
    (
        "spelled-by-acronym",
        "Das ergab eine Umfrage der Norddeutschen Vermögensplanung (NDVP) im Mai.",
        ["Norddeutschen Vermögensplanung", "NDVP"],
    ),
    (
        "spelled-english-body",
        "Das teilte die Hudson Valley Rowing League (HVRL) am Montag mit.",
        ["Hudson Valley Rowing League", "HVRL"],
    ),
    ("town-adjective-before-acronym", "Gekauft hat sie die Schweizer QRX Group.", ["QRX Group"]),
    (
        "town-adjective-before-unknown",
        "Gekauft hat sie die Schweizer Quorvex Holding AG.",
        ["Quorvex Holding AG"],
    ),
    ("town-adjective-short-word", "Die Münchner Rück AG zahlt.", ["Münchner Rück AG"]),
    ("acronym-share", "Die Stadt hält 31,5 Prozent QRVX.", ["QRVX"]),
    (
        "firm-ampersand",
        "Entworfen haben es die Architekten Quelch & de Mourin.",
        ["Quelch & de Mourin"],
    ),
    (
        "firm-und-partner",
        "Es klagt das Büro Gerkow, Marsk und Partner.",
        ["Gerkow, Marsk und Partner"],
    ),
    ("firm-sons", "Die Firma Quelch & Söhne liefert.", ["Quelch & Söhne"]),
    (
        "english-school",
        "Er besuchte die Quentin Humbrey School in Leeds.",
        ["Quentin Humbrey School"],
    ),
    ("english-air-force", "Die Royal Air Force flog Einsätze.", ["Royal Air Force"]),
    ("town-as-body", "Die Gemeinde Quorvitz hat das Fest organisiert.", ["Gemeinde Quorvitz"]),
    ("customer-of", "Der größte Kunde von Quorstroi ist das Ministerium.", ["Quorstroi"]),
    ("takeover-short-tail", "Die Übernahme von Schwering beschäftigt die Politik.", ["Schwering"]),
    ("kind-namens", "Es blieb eine Gruppe namens Quorvex Bund übrig.", ["Quorvex Bund"]),
    ("club-by-league", "Er wechselt zum bulgarischen Erstligisten Qorvo Lesk.", ["Qorvo Lesk"]),
    ("paper-by-town", "Das sagte er dem Bielefelder Kurier am Montag.", ["Bielefelder Kurier"]),
    (
        "paper-by-region",
        "Wie die Westfälischen Nachrichten melden, regnet es.",
        ["Westfälischen Nachrichten"],
    ),
    (
        "paper-neueste",
        "Das stand in den Badischen Neuesten Nachrichten.",
        ["Badischen Neuesten Nachrichten"],
    ),
]

NOT_FOUND = [
    ("spelled-term", "Die Künstliche Intelligenz (KI) verändert die Arbeit.", "Künstliche"),
    ("spelled-english-term", "Sie hat einen Master of Business Administration (MBA).", "Master"),
    ("spelled-law", "Er klagt nach dem Allgemeinen Gleichbehandlungsgesetz (AGG).", "Allgemeinen"),
    ("spelled-compound", "Es kam ein neues Löschfahrzeug Katastrophenschutz (LFKatS).", "Lösch"),
    ("spelled-not", "Sie sprach mit Tante Berta (TB) lange.", "Tante"),
    ("ampersand-nouns", "Forschung & Entwicklung kosten Geld.", "Forschung"),
    ("ampersand-english", "Die Dateien lassen sich per Drag & Drop ablegen.", "Drag"),
    ("ampersand-first-names", "Die Stiftung von Bill & Melinda wächst.", "Melinda"),
    ("ampersand-and-co", "Quelch, Quorvex & Co. verdienen gut.", "Quorvex"),
    ("und-partner-words", "Liebe Freunde und Partner, willkommen.", "Freunde"),
    ("english-news", "Sie nennen das Fake News und lachen.", "Fake"),
    ("english-cut-by-german", "Das meldet Grüne Quorvex Watch heute.", "Quorvex"),
    ("english-glued-number", "Die 2nd Tactical Air Force griff an.", "Tactical"),
    ("english-generic", "Das neue Shopping Center öffnet im Mai.", "Shopping"),
    (
        "town-incorporated",
        "Am 1. Januar 2009 wurde die Gemeinde Quorvitz in die Stadt Torgau eingemeindet.",
        "Quorvitz",
    ),
    (
        "towns-merged",
        "1943 wurden zwei Dörfer zur neuen Gemeinde Quorvitz zusammengeschlossen.",
        "Quorvitz",
    ),
    ("person-namens", "Er traf einen Mann namens Quelch.", "Quelch"),
    (
        "function-word-after-head",
        "Er war Mitglied des Fanclubs Ungeachtet der Kritik.",
        "Ungeachtet",
    ),
    ("paper-press", "Die Berliner Presse schrieb viel darüber.", "Presse"),
    ("acronym-counted", "Er schaffte in der Saison sieben QRB.", "QRB"),
    ("acronym-counted-noun", "Dafür braucht es drei Moleküle QTP.", "QTP"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text: str, expected: list[str]) -> None:
    spans = _spans(text)
    for name in expected:
        assert name in spans


@pytest.mark.parametrize(
    ("text", "word"), [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND]
)
def test_not_found(text: str, word: str) -> None:
    assert not any(word in span for span in _spans(text))
