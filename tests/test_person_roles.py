"""Roles of the forces, police, churches, film and Austrian state governments before a name
(``lexicon.ROLE_STEMS_MORE``) and titles (``lexicon.TITLES``): own sentences, the rules'
real code path."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions

CASES = [
    ("state-councillor", "Landesrätin Kerschbaumer eröffnete die Ausstellung.", ["Kerschbaumer"]),
    ("cavalry-captain", "Rittmeister Krümmling leitete die Übung.", ["Krümmling"]),
    ("party-deputy", "AfD-Vize Tarnowski warnt seine Partei.", ["Tarnowski"]),
    ("priest", "Pater Grünwald segnete die Tiere.", ["Grünwald"]),
    ("police-rank", "Polizeiobermeister Brettschneider nahm den Mann fest.", ["Brettschneider"]),
    ("cleric", "Der Kleriker Nimr al-Nimr wurde hingerichtet.", ["Nimr al-Nimr"]),
    ("ruler", "Das Regime von Machthaber Baschar al-Assad wankt.", ["Baschar al-Assad"]),
    ("lead-actor", "Das teilten der Verleih und Hauptdarsteller Vin Diesel mit.", ["Vin Diesel"]),
    # titles of older and translated text, as Herr and Frau: the name without them
    ("mister", "Gestern traf Mister Tarnowski den Direktor im Hotel.", ["Tarnowski"]),
    ("doktor", "Den Vortrag hielt Doktor Tarnowski im Saal.", ["Tarnowski"]),
    ("fraeulein", "Es sang Frl. Tarnowski zwei Lieder.", ["Tarnowski"]),
    # an Austrian academic title (two master's degrees) is no name
    ("mmag", "Es lud Landesrätin MMag. Ilse Tarnowski zur Pressekonferenz.", ["Ilse Tarnowski"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_role_before_name(case: str, text: str, want: list[str]) -> None:
    assert [m.name for m in find_mentions(text, "rules")[0]] == want, case
