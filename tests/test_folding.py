"""One folding for words, names and suggestions: the analysis, the name keys and the
autocomplete agree on every letter."""

from __future__ import annotations

import pytest

from indexer.analysis import morphology
from indexer.analysis.analyzers import analyze
from indexer.analysis.folding import fold, fold_name
from indexer.extraction import names
from indexer.extraction.keys import org_group_key
from indexer.extraction.names import name_key

TABLE = [  # text, fold (words), fold_name (names)
    ("İstanbul", "istanbul", "istanbul"),
    ("ıdil", "idil", "idil"),
    ("Kaykın", "kaykin", "kaykin"),
    ("ẞ", "ss", "ss"),
    ("STRAẞE", "strasse", "strasse"),
    ("Straße", "strasse", "strasse"),
    ("Düsseldorf", "dusseldorf", "dusseldorf"),
    ("Duesseldorf", "dusseldorf", "duesseldorf"),
    ("Dusseldorf", "dusseldorf", "dusseldorf"),
    ("Ärztin", "arztin", "arztin"),
    ("Öffnung", "offnung", "offnung"),
    ("Übergabe", "ubergabe", "ubergabe"),
    ("Søren", "soren", "soren"),
    ("Łódź", "lodz", "lodz"),
    ("Œuvre", "ouvre", "ouvre"),
    ("Müller", "muller", "muller"),
    ("Mueller", "muller", "mueller"),
    ("Manuel", "manul", "manuel"),
    ("O’Neil", "oneil", "oneil"),
    ("ﬁnanz", "finanz", "finanz"),
    ("Ａ", "a", "a"),
    ("Dvořák", "dvorak", "dvorak"),
]
IDS = [text for text, _, _ in TABLE]


@pytest.mark.parametrize(("text", "word", "name"), TABLE, ids=IDS)
def test_one_folding_for_words_and_names(text, word, name):
    assert fold(text) == word
    assert fold_name(text) == name
    assert names.fold(text) == name  # the name code uses this very function
    assert morphology.fold(text.lower()) == word  # and so does the analysis


def test_the_three_former_folds_are_one():
    from webapp import suggest

    assert names.fold is fold_name
    assert morphology.fold is fold
    assert suggest.fold is fold


@pytest.mark.parametrize(
    ("a", "b"),
    [("Düsseldorf", "Duesseldorf"), ("Düsseldorf", "Dusseldorf"), ("Straße", "STRASSE")],
)
def test_the_analysis_meets_every_spelling(a, b):
    assert analyze(a, "query") == analyze(b, "query")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zülfiye Kaykın", "ZÜLFIYE KAYKIN"), ("İlker Yılmaz", "Ilker Yilmaz"),
     ("Søren Østergaard", "Soren Ostergaard"), ("Jürgen Weiß", "Jurgen Weiss")],
)  # fmt: skip
def test_name_keys_fold_like_the_analysis(a, b):
    assert name_key(a) == name_key(b)
    assert org_group_key(f"Verein {a} e. V.") == org_group_key(f"Verein {b}")


def test_name_suggestions_fold_the_same(client, engine):
    from indexer.search.searcher import search

    person = search(engine, "").facets["person"][0].value
    typed = person.split()[-1].upper().replace("I", "İ")[:5]
    got = client.get("/api/suggest", query_string={"q": typed}).get_json()
    assert person in [s["value"] for s in got["suggestions"]]


def test_each_accented_letter_is_stripped_once(monkeypatch):
    """Folding strips the accents of a letter once and remembers it: the analysis and the name
    keys fold the same words again and again. Letters kept (umlauts with ``umlauts=False``) and
    ASCII ones are never looked at."""
    from indexer.analysis import folding

    stripped = []
    strip = folding._strip_accents
    monkeypatch.setattr(folding, "_strip_accents", lambda ch: (stripped.append(ch), strip(ch))[1])
    fresh = {True: folding._Stripped(""), False: folding._Stripped("äöüß")}
    monkeypatch.setattr(folding, "_STRIPPED", fresh)
    words = ["Café", "café", "Pérez", "Müller", "Çelik", "Straße"] * 3
    assert [fold(w) for w in words] == ["cafe", "cafe", "perez", "muller", "celik", "strasse"] * 3
    assert sorted(stripped) == sorted("éüç")  # ß becomes ss before; each letter once
    stripped.clear()
    kept = [fold(w, umlauts=False) for w in words]
    assert kept == ["cafe", "cafe", "perez", "müller", "celik", "straße"] * 3
    assert sorted(stripped) == sorted("éç")  # ü and ß kept, so never looked at
