"""Person rules of session 13 (synthetic sentences): English phrases, genitive full names,
prizes and events named after a person, occupations and kinds of places or firms before a run."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.model import CleanDocument


def persons(body: str) -> list[str]:
    return extract_entities(CleanDocument("", body)).persons


CASES = [
    # English titles, terms and brands are no persons; English names stay
    ("english-paper", "Die Daily Mail fügte hinzu, dass es gut sei.", []),
    ("english-series", "Der Schauspieler Bryan Cranston (59, Breaking Bad) kam.", [
        "Bryan Cranston"]),
    ("english-term", "Das Spiel ist seit Montag als Early Access erhältlich, sagte Anna Weber.", [
        "Anna Weber"]),
    ("english-names-stay", "Es sprachen Tim Cook und Captain Kirk, so Weber.", [
        "Tim Cook", "Captain Kirk", "Weber"]),
    ("english-given-name-later", "Praise Mary Ella Simmons sang dazu.", ["Mary Ella Simmons"]),
    # a full name in the genitive is the person without the -s
    ("genitive-beside-surname", "Strache schwieg. Eine Auslieferung Heinz-Christian Straches "
     "lehnten alle ab.", ["Heinz-Christian Strache"]),
    ("genitive-before-em", "Die Politik läuft nach Angela Merkels einzigem Kompass.", [
        "Angela Merkel"]),
    ("genitive-before-adjective", "Josef Hader spielt in Maria Schraders neuem Kinofilm.", [
        "Josef Hader", "Maria Schrader"]),
    ("surname-genitive-then-noun", "Kollegin Kovariks Frage lautete: Ist es schwer? Kovarik "
     "sagte das.", ["Kovarik"]),
    ("surname-in-s-then-noun", "Sie haben mit Herrn Soros Gespräche geführt.", ["Soros"]),
    ("surnames-in-s-stay", "Steve Jobs sagte es. Der Job war hart. Andrea Nahles sprach. "
     "Jens Peters kam. Peter kam auch.", ["Steve Jobs", "Andrea Nahles", "Jens Peters"]),
    # prizes and events named after a person
    ("prize-genitive", "Nach der Verleihung des Carl Bertelsmann-Preises sprach Anna Weber.", [
        "Anna Weber"]),
    ("symposium-after-name", "Wir danken Kanzleramtschef Thomas de Maizière Symposiums macht. "
     "Anna Weber sprach.", ["Thomas de Maizière", "Anna Weber"]),
    # an occupation before a run is no part of the name
    ("occupation-compound", "Das sagte Chefentwickler Shigeru Miyamoto am Montag.", [
        "Shigeru Miyamoto"]),
    # a kind of place, group or firm before a run: the run names the place, group or firm
    ("surname-in-ort-stays", "Der Gründungschefredakteur Helmut Markwort ging.", [
        "Helmut Markwort"]),
    ("negotiator-stays", "Beitritts-Unterhändler Volkan Bozkır fiel heraus.", ["Volkan Bozkır"]),
    ("group-kind", "Das sagte das Schunkelduo Marianne (63) dem Blatt.", []),
    ("firm-kind", "Der Internetdienstleister United Internet sagte, es gebe ein Plus.", []),
    # works: a genitive before a noun of works, such a noun after a name, "Roman" as the noun
    ("genitive-before-title", "Er rät zu Thomas Bernhards Erzählung „Frost“. Das ist gut.", [
        "Thomas Bernhard"]),
    ("genitive-before-work-noun", "Es ist eine Umsetzung von Lars von Triers Film Dogville, "
     "sagte Anna Weber.", ["Lars von Trier", "Anna Weber"]),
    ("work-noun-after-name", "2006 arbeitete sie an dem Wong Kar-wai Film „Nights“ mit.", [
        "Wong Kar-wai"]),
    ("novel-title", "Sie wird den Roman Jakob von Gunten von Robert Walser inszenieren.", [
        "Robert Walser"]),
    ("given-name-roman-stays", "Roman Herzog sprach. Der Film Kurt Cobain lief, sagte Anna "
     "Weber.", ["Roman Herzog", "Kurt Cobain", "Anna Weber"]),
    # common nouns after a speech verb or a role: compounds with a linking -s-, ages as nouns
    ("linked-compound", "Der Verteidiger kündigte Nichtigkeitsbeschwerde und Berufung an.", []),
    ("compound-first-in-s", "Die Ex-Präsidentin fordert Fairnessabkommen von allen.", []),
    ("age-as-noun", "Der mittlerweile 33-Jährige erklärte das später offen.", []),
    # particles after given names that a descriptor opens, a place-like surname after them
    ("descriptor-then-particle", "Sie hatte oft den Schriftsteller Joseph Victor von Scheffel "
     "zu Gast.", ["Joseph Victor von Scheffel"]),
    ("place-like-surname-after-von", "(Gerhard Johann David von Scharnhorst: Nutzen der "
     "Geschichte.", ["Gerhard Johann David von Scharnhorst"]),
    ("von-before-full-name-stays-preposition", "Sein Knecht Matti von Bertolt Brecht ist "
     "bekannt, sagte Anna Weber.", ["Anna Weber"]),
    # firms and clubs named after a person
    ("publisher", "Erschienen im Verlag Paul Haupt, Bern und Stuttgart, 1999.", []),
    ("club-prefix", "Der FC Carl Zeiss Jena liegt vorn, sagte Anna Weber.", ["Anna Weber"]),
    # a full stop after Herr or Frau written out ends a sentence
    ("sentence-after-frau", "Er brauche ihn nicht, so die Frau. Ähnlich naiv ist das.", []),
    ("sentence-after-herr", "Wir werden der Lage nicht Herr. Deswegen handeln wir.", []),
    ("titles-before-surnames-stay", "Das sagte Frau Weber. Dr. Müller schwieg.", [
        "Weber", "Müller"]),
    # shows, magazines and stations
    ("show", "Er verglich die Lage mit der Rocky Horror Picture Show, sagte Anna Weber.", [
        "Anna Weber"]),
    ("tv-magazine", "Schmähkritik in Neo Magazin Royale: Das Gedicht lief, sagte Anna Weber.", [
        "Anna Weber"]),
    ("station", "Das sagte er dem Rundfunksender Radio France Internationale.", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_person_values(body, expected):
    assert persons(body) == expected
