"""When a head noun names a place or a building rather than a body.

``Kreisstadt Torgau`` is a town, ``Klosterkirche St. Johann`` a building, ``Wohnsitz im Landkreis
Verden`` a place, and ``die Gemeinde X wurde in die Stadt Y eingemeindet`` land; ``Stadt
Duisburg`` as the subject of a release is the body. A town's adjective before a name of its own is
no part of it (``der Schweizer SAM Group``). ``organisations`` asks these before it keeps a head.
"""

from __future__ import annotations

from indexer.extraction.org_heads import head_of
from indexer.extraction.places import is_place_adjective
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# compounds of "Stadt" that describe a town, not its administration ("Stadt", "Hansestadt" do)
TOWN_KINDS = frozenset(
    ("kreisstadt", "residenzstadt", "zielstadt", "hauptstadt", "provinzhauptstadt",
     "heimatstadt", "partnerstadt", "geburtsstadt", "großstadt", "kleinstadt", "nachbarstadt",
     "kreisstädte", "stadtzentrum", "altstadt", "innenstadt", "vorstadt", "oberstadt",
     "unterstadt", "grenzstadt", "hafenstadt", "küstenstadt", "millionenstadt",
     "bundeshauptstadt", "industriestadt", "provinzstadt", "wüstenstadt", "oasenstadt")
)  # fmt: skip


# compounds of "Kirche" that name a church body, not a building ("Landeskirche", "Nordkirche")
_CHURCH_BODIES = (
    "landeskirche",
    "freikirche",
    "staatskirche",
    "volkskirche",
    "nordkirche",
    "reichskirche",
    "nationalkirche",
    "partnerkirche",
    "weltkirche",
    "ortskirche",
)


def church_building(tk: Tokens, i: int) -> bool:
    """Tell a church building (``Klosterkirche``, ``Kirche St. Marien``) from a church body."""
    low = tk.texts[i].lower()
    if tk.word(i + 1) in {"St", "Sankt", "Heilig", "Zum", "Zur", "Unserer"}:
        return True
    return low.rstrip("n") != "kirche" and not low.startswith(_CHURCH_BODIES)


def as_place(tk: Tokens, a: int, head: str) -> bool:
    """Tell a district or town named as a place (``im Kreis X``, ``(Kreis X)``) from the body."""
    if head not in _PLACE_HEADS and tk.texts[a].lower() not in _PLACE_HEADS:
        return False
    if tk.texts[a].lower().startswith(_CHURCH_DISTRICTS):
        return False  # "(Kirchenkreis Wesermarsch)": a church's district is its body, no place
    before = tk.word(a - 1).lower()
    return before in {"im", "in", "(", "aus", "nach"} or (
        before in {"dem", "der", "die"} and tk.word(a - 2).lower() in _TOWARDS
    )


# prepositions of place and direction before "der/dem/die Stadt X": "nahe der Stadt X", "auf die
# Stadt X"; not "von/bei der Stadt X", which is as often the body that gives or employs
_TOWARDS = frozenset(
    ("aus", "in", "nach", "nahe", "unweit", "nördlich", "südlich", "östlich", "westlich", "auf",
     "um", "durch")
)  # fmt: skip


# verbs and nouns of a change of territory: the towns in the clause are land, not bodies
_TERRITORY = frozenset(
    ("eingemeindet", "eingegliedert", "zusammengeschlossen", "zusammengelegt", "ausgegliedert",
     "umgegliedert", "eingemeindete", "fusionierten", "vereinigt")
)  # fmt: skip
_CLAUSE_END = frozenset((".", ";", ":", "!", "?", "\n"))


def territory(tk: Tokens, k: int) -> bool:
    """Tell a town in a clause that changes its territory (``… eingemeindet``), up to its end."""
    for j in range(k, min(k + 12, len(tk.texts))):
        if tk.texts[j] in _CLAUSE_END:
            return False
        if tk.texts[j] in _TERRITORY:
            return True
    return False


_PLACE_HEADS = frozenset(
    ("kreis", "landkreis", "wahlkreis", "bezirk", "stadtteil", "stadt", "gemeinde")
)
_CHURCH_DISTRICTS = ("kirchenkreis", "kirchenbezirk", "kirchengemeinde")


def past_town_adjective(tk: Tokens, a: int, i: int) -> int:
    """Start after a town's adjective before a name of its own: ``der Schweizer SAM Group`` is
    the ``SAM Group``; ``Hamburger Hafen und Logistik AG`` keeps it (``Hafen`` is a word)."""
    if i - a < 2 or not is_place_adjective(tk.texts[a]) or not tk.capital[a + 1]:
        return a
    name = tk.texts[a + 1]
    acronym = name.isupper() and len(name) >= 2
    unknown = len(name) >= 5 and frequency(name) == 0 and head_of(name) is None
    return a + 1 if acronym or unknown else a  # not "Münchener Rück": short words are kept


# a town's centre and a firm's sites: "das Berliner Zentrum", "im Leipziger Versandzentrum"
_SITES = frozenset(
    ("zentrum", "versandzentrum", "logistikzentrum", "verteilzentrum", "rechenzentrum",
     "einkaufszentrum", "stadtzentrum", "innenstadtzentrum", "auslieferungszentrum")
)  # fmt: skip


def town_site(tk: Tokens, a: int, i: int, k: int) -> bool:
    """Tell a town's adjective before a site with no name of its own: ``das Berliner Zentrum``,
    ``im Leipziger Versandzentrum``; not ``das Jülicher Forschungszentrum`` (a body)."""
    word = tk.texts[i]
    if a != i - 1 or k != i + 1 or word.lower() not in _SITES:
        return False
    return tk.texts[a].endswith("er") and is_place_adjective(tk.texts[a])
