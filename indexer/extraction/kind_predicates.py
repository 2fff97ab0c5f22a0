"""A lone name that its sentence defines as a firm, a body, a place or a work: no person.

News and encyclopaedia sentences say what a name is: ``Tarvenko ist die größte Handelskette
des Landes``, ``Ostrava ist eine Stadt im Osten``, ``Korvalis war ein Schiff der Marine``,
``Brenvaro gilt als Hauptstadt der Region``. The frames of ``lone_names`` (a sentence opened
before a verb in the singular) and the tagger take such a word for a surname. The first noun of
the predicate after the copula (articles, adverbs and adjectives may stand between) decides:
when it is a kind of firm, body, place, vehicle or work, the word names that. A person's noun
first keeps the person (``Kowalczyk ist Mitglied der Band``, ``… ist Chef des Konzerns``).
"""

from __future__ import annotations

import re

from indexer.extraction.firm_subjects import opens_sentence
from indexer.extraction.lexicon import STOPWORDS, word_set

# kinds of firms, bodies, places, vessels and works; a compound ends in one ("Handelskette",
# "Tageszeitung", "Kreisstadt", "Firmware-Projekt"); no "Band", "Team", "Spiel"; none a person
# is said to be ("eine Marke", "ein Dienstleister für Verlage", "Kunsthändler",
# "Betreiber des Lokals")
KIND_TAILS = word_set(
    "unternehmen konzern firma hersteller anbieter kette "
    "bank versicherer verlag zeitung zeitschrift magazin partei verein klub "
    "mannschaft organisation verband behörde agentur institut stiftung plattform netzwerk "
    "projekt software app studio label brauerei reederei airline fluggesellschaft "
    "stadt hauptstadt gemeinde dorf provinz region siedlung insel staat bundesland kanton "
    "bezirk ortschaft metropole landkreis fluss berg gebirge vulkan festung "
    "schiff flugzeug satellit sonde rakete roman film serie album oper musical medikament "
    "wirkstoff substanz virus krankheit kloster schloss kirche tempel"
)
# kinds that end other nouns too: whole words only ("Sender", not "Reisender")
KIND_WORDS = word_set("sender see tal app fort burg")
_ENDINGS = ("", "s", "es", "n", "en", "e")
# "wird"/"wurde" are auxiliaries as often ("wird die Stadt verlassen"): no copula here
_COPULAS = word_set("ist war bleibt blieb")
# articles of an object, no predicate noun ("war den Film leid")
_OBJECT_ARTICLES = word_set("den dem des einen einem eines")
_SKIP = word_set(
    "der die das ein eine einer einem den dem des auch nun jetzt heute einst seit damals "
    "noch bereits schon nur inzwischen mittlerweile zudem einerseits eigentlich zweifellos "
    "weiterhin immer durchaus sehr recht ganz besonders ziemlich kein keine"
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_WORD = re.compile(r"[\w-]+|[^\w\s]")


def kind_noun(word: str) -> bool:
    """Tell a noun that names a kind of firm, body, place, vessel or work (``Handelskette``,
    ``Kreisstadt``, ``Firmware-Projekt``), in any case of the singular."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    for ending in _ENDINGS:
        stem = low[: len(low) - len(ending)] if ending else low
        if ending and not low.endswith(ending):
            continue
        if stem in KIND_TAILS or stem in KIND_WORDS:
            return True
        tail = next((t for t in KIND_TAILS if stem.endswith(t)), None)
        if tail and len(stem) - len(tail) >= 3:
            return True  # "Handelskette", "Kreisstadt"
    return False


def defined_as_kind(text: str, start: int, end: int) -> bool:
    """Tell a lone word at ``start:end`` that opens a sentence before a copula (``ist``,
    ``war``, ``gilt als``) whose predicate's first noun is a kind of firm, body, place or work
    (``Tarvenko ist die größte Handelskette``)."""
    if " " in text[start:end] or not opens_sentence(text, start):
        return False
    words = _WORD.findall(text[end : end + 160])
    if len(words) < 2:
        return False
    if words[0] in _COPULAS:
        i = 1
    elif words[0] == "gilt" and words[1] == "als":
        i = 2
    else:
        return False
    if words[i] in _OBJECT_ARTICLES:
        return False
    return _first_noun_a_kind(words[i : i + 6])


_APPOSITION = re.compile(r"\s*,\s*(?:der|die|das|ein|eine|einer|eines|einem|dem|den)\s")


def described_as_kind(text: str, end: int) -> bool:
    """Tell a name ending at ``end`` that an apposition describes as a kind of firm, body,
    place or work (``Morvel Ansgard, ein römisches Fort``, ``Tarvenko, die größte Kette``)."""
    if not (m := _APPOSITION.match(text, end)):
        return False
    return _first_noun_a_kind(_WORD.findall(text[m.end() : m.end() + 120])[:5])


def _first_noun_a_kind(words: list[str]) -> bool:
    """Tell whether the first noun of ``words`` (after articles, adverbs and adjectives; a
    preposition or a number stops) is a kind noun."""
    for word in words:
        if word in _SKIP:
            continue
        if word in STOPWORDS or not word.isalpha() and "-" not in word:
            return False  # "ist in der Stadt": a preposition; a number, a mark
        if word.rsplit("-", 1)[-1].islower():
            if not word.endswith(_ADJECTIVE_ENDINGS):
                return False  # "…, der beim Neujahrsfilm": a relative clause, no apposition
            continue  # an adjective ("größte", "Community-betriebenes")
        return kind_noun(word)
    return False
