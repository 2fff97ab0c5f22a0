"""Organisations known by what the sentence says of them: companies in market reports."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_organisations

MARKET = [
    ("shares-fell", "Quorvex Holdings gaben 1,6 % nach.", ["Quorvex Holdings"]),
    ("shares-rose", "Talmiro rückten etwa 3,5 Prozent vor.", ["Talmiro"]),
    ("verb-left-out", "Quorvex gaben 1,6 % nach und BZ Talmiro 1,4 %.", ["Quorvex", "BZ Talmiro"]),
    ("lay-in-minus", "Pendrak UFJ lagen mit 2,6 Prozent im Minus.", ["Pendrak UFJ"]),
    ("signed-move", "Quorvex (-1,8%), die am Vortag noch gewannen, notieren tiefer.", [
        "Quorvex"]),
]  # fmt: skip

NOT_MARKET = [
    ("index", "Der Dax verlor 2 Prozent."),
    ("shares", "Die Papiere gaben 2 Prozent nach."),
    ("investors", "Anleger verloren 2 Prozent."),
    ("figure", "Die Arbeitslosigkeit stieg um 2 Prozent."),
    ("place", "Bayern verlor 2 Prozent seiner Einwohner."),
    ("compound-noun", "Die Konsumnachfrage stieg um 0,3 Prozent."),
    ("share-compound", "Die Quorvex-Aktie verlor vier Prozent."),
    ("share-of-market", "Davon entfallen auf Quorvex (30 Prozent) den größten Teil."),
    ("noun-after-article", "Die Zurückhaltung im Neugeschäft (-15,7 Prozent) wirkte."),
    ("no-figure", "Quorvex gaben nach langem Zögern nach."),
]


@pytest.mark.parametrize(("text", "expected"), [m[1:] for m in MARKET], ids=[m[0] for m in MARKET])
def test_a_company_named_by_its_shares_move(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_MARKET], ids=[n[0] for n in NOT_MARKET])
def test_what_else_moves_by_a_percentage_is_no_company(text):
    assert extract_organisations(text) == []


SPEAKING = [
    ("verb-first", "Das teilte die Gewoba am Montag mit.", ["Gewoba"]),
    ("article-first", "Die Gewoba teilte mit, dass sie baut.", ["Gewoba"]),
    ("so-after-quote", "„Wir bauen“, so die Gewoba.", ["Gewoba"]),
    ("inner-capital", "Das berichtete der GameQuill am Freitag.", ["GameQuill"]),
    ("guarded-rail", "Das teilte die Bahn am Montag mit.", ["Deutsche Bahn"]),
    ("guarded-paper", "Wie die Welt berichtete, sank er.", ["Die Welt"]),
]

NOT_SPEAKING = [
    ("generic-head", "Das teilte die Polizei mit."),
    ("place", "Die Schweiz erklärte sich bereit."),
    ("role", "Das erklärte der Minister am Montag."),
    ("person-noun", "Das Virus mutiert, so die Wissenschafter."),
    ("person-of-region", "Das war toll, sagte die Vorarlbergerin."),
    ("compound-noun", "Das teilte der Streamingdienst am Montag mit."),
    ("noun-of-whom", "Das ist schlecht, so das Verdikt vieler Nutzer."),
    ("declare-to-be", "Er erklärt die Scharia zum Gesetz."),
    ("so-after-noun", "Sie wurden mit der Zeit so gestört, dass es brach."),
    ("world", "Die Welt schaut zu."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SPEAKING], ids=[s[0] for s in SPEAKING]
)
def test_a_body_speaks_with_its_article(text, expected):
    assert extract_organisations(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_SPEAKING], ids=[n[0] for n in NOT_SPEAKING])
def test_nouns_and_persons_that_speak_are_no_bodies(text):
    assert extract_organisations(text) == []


ROLE_OF = [
    ("manager-of", "Der Geschäftsführer von Quorvle spricht Klartext.", ["Quorvle"]),
    ("chief-of-two-words", "Der Chef von Quorvex International trat zurück.", [
        "Quorvex International"]),
    ("takeover-of", "Die Übernahme von Quorvia VR verkündete er.", ["Quorvia VR"]),
    ("staff-of-acronym", "Er arbeitet mit Mitarbeitern von QVX zusammen.", ["QVX"]),
    ("customers-of-compound", "Kunden von Abo-Diensten zahlen mehr.", []),
    ("takeover-of-plural", "Die Übernahme von Asylwerbern gebe es nicht.", []),
    ("spokesman-of-person", "Der Sprecher von Ministerin Müller schwieg.", []),
    ("turnover-of", "Der Umsatz von Quorvatel stieg um zehn Prozent.", ["Quorvatel"]),
    ("shares-of", "Die Aktien von Quorvion fielen am Morgen.", ["Quorvion"]),
    ("insolvency-of", "Die Insolvenz von Quorvast traf 300 Menschen.", ["Quorvast"]),
    ("turnover-of-goods", "Der Umsatz von Smartphones stieg.", []),
    ("shares-of-year", "Die Aktien von 2015 sind verkauft.", []),
    ("chief-by-acronym", "„Das überrascht uns“, sagt Tom Heck, CEO von Quorvelo Bikes.", [
        "Quorvelo Bikes"]),
    ("owner-of-a-castle", "Er ist Inhaber von Schloss Rheinfels.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in ROLE_OF], ids=[r[0] for r in ROLE_OF]
)
def test_the_body_a_role_or_a_takeover_is_of(text, expected):
    assert extract_organisations(text) == expected
