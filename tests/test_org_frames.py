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
