"""A noun after a head that is the object of a clause ending in its verb, no name.

``auf die Regierung Druck ausüben``, ``im Parlament Bestand haben``, ``mit der
Gesellschaft Schritt halten und``: a frequent dictionary noun right after a head, then the
verb that closes the clause (an infinitive, a participle or a finite verb before a comma, a full
stop or ``und``), is what the body does something with. A body's name closes no clause so (``die
Stiftung Warentest oder …``, ``die Vereinigung Cockpit will …``). Names stay before a verb of
announcing (``wie die Gewerkschaft Cockpit mitteilte``), after heads that take a name which may be
a common word (``weil die Vereinigung Cockpit streikt``, ``die Verkehrsgesellschaft Via``), after
a genitive head (``die Kammer des Landgerichts Kiel tagt``), and when the word is a place, a
listed surname (``der Regierung Merkel überlassen``) or rare: the word list's floor holds rare
words and towns that are words too (``Landgericht Kiel entschied``, ``Hof``, ``Halle``).
``org_nouns.plural_object`` takes plural nouns before any lowercase word; this takes singular ones
before a closing verb. ``organisations`` asks it before it keeps a head.
"""

from __future__ import annotations

from indexer.extraction.known_orgs import is_known_word
from indexer.extraction.lexicon import ANNOUNCING, PLACES, REGIONS
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.places import COUNTRIES, STATES, TOWNS, is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# heads whose name is a town, and towns are often common words ("Stadt Halle", "Stadt Essen"), and
# heads that take a name which may be a common word ("Vereinigung Cockpit streikt", "Stiftung
# Lesen", "Verkehrsgesellschaft Via"): a company ("-gesellschaft") too, but not society itself
_NAMED_HEADS = frozenset(
    ("stadt", "gemeinde", "kreis", "landkreis", "bezirk", "stiftung", "verein", "gewerkschaft",
     "vereinigung", "verband", "gemeinschaft", "initiative", "bündnis", "netzwerk", "gruppe",
     "club", "klub", "forum", "projekt", "aktion", "bewegung", "partei", "fraktion", "liste",
     "orchester", "chor", "theater", "museum", "verlag", "zeitung", "agentur", "kampagne")
)  # fmt: skip
# places also when they are surnames too ("Kiel", "Essen"): "places.is_place" leaves those out
_PLACE_WORDS = PLACES | REGIONS | COUNTRIES | STATES | TOWNS
# the word list's floor: its rare words, and towns that are words too (Kiel, Halle, Hof)
_FLOOR = 50
_VERB_ENDS = ("en", "ern", "eln", "t", "te", "ten", "tet")
_CLOSING = frozenset((",", ".", "?", "!", ";", ":", "", "und", "oder"))
# verbs of announcing after a name ("wie die Gewerkschaft Cockpit mitteilte"), and words that
# look like verbs but go on with the name or the clause
_NOT_CLOSING = ANNOUNCING | frozenset(
    ("mitteilte", "mitteilt", "mitteilten", "bekanntgab", "ankündigte", "heißt", "hieß",
     "gehört", "gehörte", "unter", "hinter", "weiter", "nicht", "selbst", "jetzt", "seit")
)  # fmt: skip


def clause_object(tk: Tokens, a: int, i: int, k: int, head: str) -> bool:
    """Tell the one dictionary noun after the head at ``i`` (the mention ``a:k``) that is the
    object of a clause closed by the verb after it (``Regierung Druck auszuüben``)."""
    if a != i or k != i + 2 or head in _NAMED_HEADS or tk.word(i - 1) == "des":
        return False  # "die Kammer des Landgerichts Kiel tagt": a genitive's verb is another's
    if head == "gesellschaft" and tk.texts[i].lower() != head:
        return False  # "die Verkehrsgesellschaft Via": a company's name
    word = tk.texts[i + 1]
    if not tk.capital[i + 1] or tk.kinds[i + 1] != "w" or not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    if is_known_word(word) or frequency(low) <= _FLOOR or low in _PLACE_WORDS:
        return False  # rare words and the word list's floor hold towns ("Landgericht Kiel")
    if is_place(word) or listed_surname(word):
        return False  # "der abgewählten Regierung Merkel überlassen": a cabinet named by its head
    j = i + 2
    if not _verb(tk.word(j)):
        return False
    if _verb(tk.word(j + 1)):
        j += 1  # "Bestand haben müssen", "Abstand genommen hätte"
    return tk.word(j + 1) in _CLOSING


def _verb(word: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word.endswith(_VERB_ENDS)
        and (word not in _NOT_CLOSING)
    )
