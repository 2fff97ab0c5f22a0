"""A head noun that describes the name after it, rather than being part of that name.

``der Chemiekonzern BASF``, ``die Nachrichtenagentur AFP``, ``die Gewerkschaft Verdi``: the name
follows its kind (``described``), unlike ``Landesbank Hessen`` or ``Sparkasse KölnBonn``, where
the head is part of the name; also after a town's adjective (``Schweizer Versicherung Swiss
Life``: ``town_adjectives``) or a coordinated compound (``Luftfahrt- und Rüstungskonzern EADS``:
``coordinated``).
"""

from __future__ import annotations

from indexer.extraction.known_orgs import is_known_start
from indexer.extraction.lexicon import MUNICIPAL, PLACE_PREFIX, PLACES, REGIONS, STOPWORDS
from indexer.extraction.org_heads import ADJECTIVE, TOWN_ADJECTIVE, head_of
from indexer.extraction.tokens import Tokens

_DESCRIBING = frozenset(("konzern", "gesellschaft", "agentur", "bank", "gruppe", "verlag"))
# kinds that come before a name known by its acronym or from the curated lists only:
# "die US-Bundespolizei FBI", "der Sportverein TSV …"
_DESCRIBING_KNOWN = _DESCRIBING | {
    "polizei",
    "verein",
    "vereinigung",
    "versicherung",
    "partei",
    "gewerkschaft",
    "behörde",  # "die Umweltschutzbehörde EPA"
    "club",  # "der Autoclub ADAC"
    "klub",
}
_BARE_KINDS = frozenset(("gewerkschaft", "partei", "bankhaus", "versicherung"))
# kinds before a name of several words: "die Ölgesellschaft …", "das Bankhaus …"
_DESCRIBING_NAMES = _DESCRIBING | {"verein", "vereinigung", "versicherung", "bankhaus"}


DESCRIBED_BY_TOWN = MUNICIPAL | {"konzern", "club", "klub"}  # "der zweite Londoner Club"


def described(tk: Tokens, i: int, k: int, head: str) -> bool:
    """Tell a kind before a name (``Ölkonzern Petrobras``) from a name (``Landesbank Hessen``)."""
    word, nxt = tk.texts[i], tk.word(i + 1)
    bare = word.lower() in _BARE_KINDS  # "die Gewerkschaft Verdi", "der Partei Die Linke"
    if k <= i + 1 or not tk.capital[i + 1] or nxt.lower() in REGIONS:
        return False
    if head in _DESCRIBING_NAMES and "-" not in word and _name_of_words(tk, i + 1, k):
        return len(word) > len(head) + 2 or bare  # "Ölgesellschaft", not "Verein"
    if head not in _DESCRIBING_KNOWN or (len(word) <= len(head) + 2 and not bare):
        return False
    known = (nxt.isupper() and len(nxt) >= 2) or is_known_start(nxt)
    if head not in _DESCRIBING or "-" in word or bare:
        # "US-Bundespolizei FBI", but not "NRW-Landesbank" or "Sparkasse KölnBonn"
        return known and ("-" not in word or word.split("-")[0].isupper())
    return known


def town_adjectives(tk: Tokens, a: int, i: int) -> bool:
    """Tell ``Schweizer`` before ``Versicherung Swiss Life``: a place's adjective, no name."""
    return all(TOWN_ADJECTIVE.fullmatch(w) for w in tk.texts[a:i])


def _name_of_words(tk: Tokens, j: int, k: int) -> bool:
    """Tell a name of two or more words (``Credito Emiliano``, ``Hamburgische Sezession``) from a
    place (``Bad Homburg``, ``Frankfurt``) or a genitive of kinds (``Deutscher Ingenieure``)."""
    words = tk.texts[j:k]
    if len(words) < 2 or not all(tk.capital[j:k]) or any(kind != "w" for kind in tk.kinds[j:k]):
        return False
    first = words[0].lower()
    if first in REGIONS or first in PLACES or first in PLACE_PREFIX or first in STOPWORDS:
        return False
    if ADJECTIVE.match(words[0]) and not words[0].endswith("e"):
        return False  # "Verband Deutscher Ingenieure"
    return not any(head_of(w) for w in words)


def coordinated(tk: Tokens, a: int, i: int) -> bool:
    """Tell ``Luftfahrt- und Rüstungskonzern``: the head's compound shares a coordinated part."""
    return i - a == 2 and tk.texts[a].endswith("-") and tk.texts[a + 1] in {"und", "oder"}
