"""Person rules of session 14 (synthetic sentences): ``von`` phrases after a full name, full names
in the genitive after a noun or before a title, English phrases opened by a given name, nouns of
works before a title, and a common noun after a role that is the object of a verb."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.model import CleanDocument


def persons(body: str) -> list[str]:
    return extract_entities(CleanDocument("", body)).persons


CASES = [
    # a "von" phrase after a full name: a body, a firm or a thing, not a noble family
    ("von-der-noun", "Dort sprach Manfred Wolf von der Vorderseite über Preise.", ["Manfred Wolf"]),
    ("von-der-acronym", "Dazu rät Manfred Wolf von der GPA-djp.", ["Manfred Wolf"]),
    ("von-two-words", "Dazu rät Richard Cassidy von Alert Logic.", ["Richard Cassidy"]),
    (
        "von-family-stays",
        "Es sprachen Johann Wolfgang von Goethe und Ursula von der Leyen.",
        ["Johann Wolfgang von Goethe", "Ursula von der Leyen"],
    ),
    ("von-der-family-stays", "Es sang Walther von der Vogelweide.", ["Walther von der Vogelweide"]),
    (
        "von-place-after-title-stays",
        "Neben ihm stand Herzog Ludwig von Bayern.",
        ["Ludwig von Bayern"],
    ),
    (
        "von-place-after-three-names",
        "Es schrieb Gerhard Johann David von Scharnhorst.",
        ["Gerhard Johann David von Scharnhorst"],
    ),
    # a full name in the genitive: after a noun, before a title in quotes or an adjective
    (
        "genitive-after-noun",
        "Die Rede Frank-Walter Steinmeiers vor dem Bundestag war lang.",
        ["Frank-Walter Steinmeier"],
    ),
    (
        "genitive-after-noun-title",
        "Nach dem Tode Dr. Carl Schrötters wurde er gewählt.",
        ["Carl Schrötter"],
    ),
    (
        "genitive-before-quote",
        'Wer von Ihnen hat Sönke Wortmanns "Wunder von Bern" gesehen?',
        ["Sönke Wortmann"],
    ),
    (
        "genitive-before-es",
        "Gespielt wurde Gerhart Hauptmanns berühmtes Drama.",
        ["Gerhart Hauptmann"],
    ),
    (
        "apposition-keeps-s",
        "Der Bolivianer Ronald Raldes traf. Die Partnerin Timea Babos siegte.",
        ["Ronald Raldes", "Timea Babos"],
    ),
    (
        "surname-in-as-keeps-s",
        "Im Gespräch Jürgen Habermas und Karl Rostas.",
        ["Jürgen Habermas", "Karl Rostas"],
    ),
    (
        "speech-before-quote-keeps-s",
        'In ihrer Rede sagte Monika Grütters "Das ist gut".',
        ["Monika Grütters"],
    ),
    ("english-s-word-keeps-s", "Das Vermächtnis Steve Jobs bleibt.", ["Steve Jobs"]),
    ("closing-keeps-s", "Mit freundlichen Grüßen Peter Resetarits", ["Peter Resetarits"]),
    # an English phrase opened by a word that is a given name too
    (
        "english-loan-phrase",
        "Die Arbeit wurde im Peer Review geprüft, sagte Anna Schmidt.",
        ["Anna Schmidt"],
    ),
    (
        "english-commonest-word",
        "Der Film The Danish Girl lief, sagte Anna Schmidt.",
        ["Anna Schmidt"],
    ),
    (
        "english-names-stay",
        "Es sangen Joe South, Maria Bill und Jonas E. dazu.",
        ["Joe South", "Maria Bill", "Jonas E"],
    ),
    # a noun of works, then its title
    ("work-noun-title", "Er zeigte sein Werk Doppelgrau (2014) und schwieg.", []),
    (
        "work-noun-before-name-stays",
        "Im Film Til Schweigers spielt Anna Schmidt.",
        ["Til Schweiger", "Anna Schmidt"],
    ),
    # a compound of common words alone where a surname might stand
    (
        "compound-after-speech-verb",
        "Er forderte Strukturreformen ein, sagte Anna Schmidt.",
        ["Anna Schmidt"],
    ),
    (
        "compound-after-role",
        "Das bereitet dem Kandidaten Kopfzerbrechen, sagte Anna Schmidt.",
        ["Anna Schmidt"],
    ),
    (
        "agent-compound-surname-stays",
        "Für Kohlschreiber war es gut, sagte Trainer Hüttenbrenner.",
        ["Hüttenbrenner"],
    ),
    (
        "compound-of-surname-stays",
        "„Gut“, sagte Ortsvorsteher Kleinschmidt. So Kleinhans.",
        ["Kleinschmidt", "Kleinhans"],
    ),
    (
        "surname-compound-stays",
        "Es sprach Landrat Friedel Heuwinkel und ging.",
        ["Friedel Heuwinkel"],
    ),
    # a station, an agency after its noun
    ("station", "Der Zug fährt ab Kiel Hbf (19:25) nach Rendsburg.", []),
    (
        "agency",
        "Der Konzern kauft die Digitalagentur Conrad Caine, sagte Anna Meier.",
        ["Anna Meier"],
    ),
    ("agency-head-stays", "Es sprach Agenturchef Max Müller.", ["Max Müller"]),
    # a common noun after a role, then the verb whose object it is
    ("role-noun-verb", "Alois Stöger will als Sozialminister Furore machen.", ["Alois Stöger"]),
    ("role-surname-verb-stays", "Wir wollten mit Minister Fischer sprechen.", ["Fischer"]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_persons(body: str, expected: list[str]) -> None:
    assert persons(body) == expected
