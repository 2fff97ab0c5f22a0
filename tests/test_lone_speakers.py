"""A lone surname beside a person's predicate (``lone_speakers``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.ner import find_mentions

CASES = [
    ("copula-role", "Euler war Präsident des Vereins.", ["Euler"]),
    ("copula-role-captain", "Beckenbauer war Kapitän der Mannschaft.", ["Beckenbauer"]),
    ("speech-verb", "Stoltenberg betonte das Recht jedes Staates.", ["Stoltenberg"]),
    # a noun or a place of the word list before a copula stays none
    ("noun-copula", "Auschwitz ist eine Mahnung für alle.", []),
    ("place-copula", "Dresden ist Landeshauptstadt.", []),
    ("no-person-predicate", "Euler steht für die Regeln.", []),
    # a reporting clause after a comma: a verb the word list lacks or holds as an adjective
    ("reporting-unknown-verb", "Es wird schwer werden, orakelte Wieczorek.", ["Wieczorek"]),
    ("reporting-adjective-verb", "Es hat nicht gereicht, konstatierte Wieczorek.", ["Wieczorek"]),
    ("reporting-agency", "Das Treffen war gut, vermeldete Kathpresso.", []),
    ("attributive-adjective", "Er kam, die geplante Reform scheiterte.", []),
    # a byline names its author, though neither word is a known name
    ("byline", "Von Madelijn Kruska", ["Madelijn Kruska"]),
    ("byline-agency", "Von Madelijn Kruska, dpa", ["Madelijn Kruska"]),
    ("byline-comment", "Ein Kommentar von Panagis Koutouvelis", ["Panagis Koutouvelis"]),
    ("report-of-a-medium", "Das steht in einem Bericht von Spiegel Online.", []),
    ("von-in-a-sentence", "Das Buch von Madelijn Kruska erschien im Mai.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_lone_surname_beside_a_persons_predicate(case: str, text: str, want: list[str]) -> None:
    persons, _ = find_mentions(text, "rules")
    assert [m.name for m in persons] == want, case
