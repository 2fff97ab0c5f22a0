"""A lone name opening a sentence about a firm's business is no person (``firm_subjects``)."""

from __future__ import annotations

import pytest

from indexer.extraction.firm_subjects import business_noun, firm_subject, opens_sentence
from indexer.extraction.ner import find_mentions
from indexer.extraction.persons import extract_persons


def persons(text: str) -> list[str]:
    return [m.name for m in extract_persons(text)]


CASES = [
    # a firm's accounts, deals and sites in the predicate
    ("year", "Brenvaro hat ein gutes Geschäftsjahr hinter sich.", []),
    ("payment", "Quorvanta erhält eine erste Meilensteinzahlung von ihrem Partner.", []),
    ("offer", "Zelvorix habe ein Übernahmeangebot von Marlenko abgelehnt.", []),
    ("sites", "Dravinor ist an den Standorten Lyon und Genf vertreten.", []),
    ("heading", "Börsennews: Korvelta kauft drei weitere Werften an der Ostsee.", []),
    ("group", "Tesvaro gehört seit dem Jahr 2001 zur Yamura-Gruppe.", []),
    ("insolvency", "Brakowski hatte im Mai Insolvenz angemeldet.", []),
    # after a finite verb, a firm's noun anywhere in the sentence
    ("inverted", "Im dritten Quartal hatte Quorvanta mit dem Vertrieb begonnen.", []),
    ("inverted-portfolio", "Mit dem Kauf erweitert Zelvorix sein Produktportfolio.", []),
    ("speaker", "Der Umsatz sinke im Quartal, sagte Kowalczyk am Montag.", ["Kowalczyk"]),
    ("customers", "Den Kunden entgegenkommen will Wendrich beim Zoll.", ["Wendrich"]),
    ("inverted-role", "Im Quartal suchte Kowalczyk als Vorstand neue Märkte.", ["Kowalczyk"]),
    # persons stay: a role before the noun, a given name, a past narrative without such a noun,
    # a private insolvency, a noun after a colon (another sentence)
    ("role", "Valdrinow wird Geschäftsführer der Tochtergesellschaft in Polen.", ["Valdrinow"]),
    ("given", "Gabriel billigt die Übernahme mit Auflagen und neuen Standorten.", ["Gabriel"]),
    ("past", "Kowalczyk verteidigte erneut seine Strategie.", ["Kowalczyk"]),
    ("private", "Brakowski hatte im Mai Privatinsolvenz angemeldet.", ["Brakowski"]),
    ("shares", "Kowalczyk kauft Aktien der Bank und kassiert die Dividende.", ["Kowalczyk"]),
    ("growth", "Kowalczyk glaubte, dass Expansion nötig sei.", ["Kowalczyk"]),
    ("colon", "Wendrich verweist auf die Lage: Unsere Kunden kaufen weniger.", ["Wendrich"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lone_firm_subjects(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_a_full_name_elsewhere_keeps_the_surname() -> None:
    text = "Die Leitung hat Anna Brakowski. Brakowski hatte im Mai Insolvenz angemeldet."
    assert persons(text) == ["Anna Brakowski", "Brakowski"]


def test_the_tagger_s_lone_firm_is_dropped_too() -> None:
    found, _ = find_mentions(
        "Quorvanta erhält eine erste Meilensteinzahlung von ihrem Partner.", "both"
    )
    assert [m.name for m in found] == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Geschäftsjahr", True),
        ("Konzernumsatz", True),
        ("RWE-Tochter", True),
        ("Toyota-Gruppe", True),
        ("Stammkunden", True),
        ("Enkeltochter", False),
        ("Arbeitsgruppe", False),
        ("Privatinsolvenz", False),
        ("Wirtschaftsstandort", False),
        ("Zulassungszahlen", False),
        ("geschäftsjahr", False),
    ],
)
def test_business_nouns(word: str, expected: bool) -> None:
    assert business_noun(word) is expected


def test_sentence_openings() -> None:
    text = "Gut. „Brenvaro wächst. News: Tesvaro und Brenvaro"
    assert opens_sentence(text, text.index("Brenvaro"))
    assert opens_sentence(text, text.index("Tesvaro"))
    assert not opens_sentence(text, text.rindex("Brenvaro"))
    assert not firm_subject(text, text.rindex("Brenvaro"), len(text))
