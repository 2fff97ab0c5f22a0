"""A firm's or a street's name where a lone surname would stand (``lone_firms``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.lone_names import framed
from indexer.extraction.person_text import PersonText


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


CASES = [
    ("firm-grows", "Quorvatec erwirbt zwei kleine Zulieferer in Polen.", []),
    ("firm-widens", "Brellmonix erweitert sein Angebot um Kredite.", []),
    ("firm-expands", "Zintrova expandiert nach Brasilien.", []),
    ("firm-genitive-noun", "Ein Investor kauft Drellmarks Animation.", []),
    ("firm-genitive-logistics", "Gestern kaufte Zentrovas Logistik zwei Lager.", []),
    ("firm-pair", "Ein Investor kauft Drellmark Entertainment.", []),
    ("street", "Der Unfall geschah in Wendtkes Straße.", []),
    # persons stay: a past tense, a verb people do, a noun a person has
    ("person-past", "Kowalczyk kaufte 1998 ein Gut in Masuren.", ["Kowalczyk"]),
    ("person-present", "Brambrink übernimmt die Mannschaft im Sommer.", ["Brambrink"]),
    ("person-genitive", "Über Kowalczyks Buch sprach man lange.", ["Kowalczyks"]),
    ("person-genitive-decision", "Viele warteten auf Kowalczyks Entscheidung.", ["Kowalczyks"]),
    ("artist-works", "Typisch für Brambrinks Werke ist die Farbe.", ["Brambrinks"]),
    ("firm-publisher", "Er kaufte Zentrovas Verlag.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_firm_where_a_surname_would_stand(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want, case
