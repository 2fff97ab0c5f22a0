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

``noun_object`` is the wider rule for heads that do not take a common word as their name: a
dictionary noun after ``Regierung``, ``Polizei``, ``Union``, ``Bund`` and the like, then a
lowercase word or the sentence's end, is what the clause says of the body (``die Regierung
Proteste von … niederschlagen``, ``der Bund Finanzhilfen gewährt``, ``der Europäischen Union
Schaden zufügen``): the head's name ends before it. Places, surnames, given names, compass words
and curated names stay (``die Polizei Essen teilte mit``, ``das Museum Ludwig``, ``Klinikum Nord``),
and so do words the German list holds because it holds names: English words (``Universität
Texas``, ``Bank International``), lands in -ien, -land or -rhein (``Kalifornien``, ``Ärztekammer
Nordrhein``) and towns the text names as places elsewhere (``in Feldkirchen``) or whose ending is
a town's (``Feuerwehr Feldkirchen``, ``Amt Hütten``). Fire brigades, centres, institutes and
academies take their town or their field as their name (``Kompetenzzentrum Tourismus``).
"""

from __future__ import annotations

from indexer.extraction.known_orgs import is_known_word
from indexer.extraction.lexicon import ANNOUNCING, PLACES, REGIONS, word_set
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.names import is_first_name
from indexer.extraction.places import COUNTRIES, STATES, TOWN_ENDINGS, TOWNS, is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import english_frequencies, frequency

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


# parts of a town or a body's site that are dictionary words: "Klinikum Nord", "Polizei Mitte"
_COMPASS = frozenset(
    ("nord", "süd", "ost", "west", "nordost", "nordwest", "südost", "südwest", "mitte", "zentrum")
)
_ENDS = frozenset((",", ".", ";", ":", "!", "?", ""))
# endings of town names, which few common nouns have ("Feldkirchen", "Amt Hütten", "Kalifornien")
_MORE_TOWN_ENDS = word_set(
    "berg bach beck wald walde see au ach hain haus hütten ien stein rhein land"
)
TOWN_ENDS = tuple(sorted(TOWN_ENDINGS | _MORE_TOWN_ENDS))
# heads named by their town, whatever it is ("Feuerwehr Lindenhütten"), or by their field
# ("Kompetenzzentrum Tourismus", "Institut Arbeit und Technik", "Akademie Musik")
_OWN_NAMES = frozenset(("feuerwehr", "zentrum", "institut", "akademie"))


def noun_object(tk: Tokens, i: int, head: str) -> bool:
    """Tell the one dictionary noun after the head at ``i`` that the clause goes on with, no
    part of a name (``die Regierung Proteste von …``, ``der Bund Finanzhilfen gewährt``)."""
    if head in _NAMED_HEADS or head in _OWN_NAMES:
        return False
    if head == "gesellschaft" and tk.texts[i].lower() != head:
        return False  # "die Verkehrsgesellschaft Nordlicht": a company's name
    if not tk.capital[i + 1] or tk.kinds[i + 1] != "w":
        return False
    after = tk.word(i + 2)
    if after not in _ENDS and not (after.isalpha() and after.islower()):
        return False  # "Raiffeisen Bank International (RBI)", "Bank Austria Creditanstalt"
    word = tk.texts[i + 1]
    if not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    if not frequency(low) or low in _PLACE_WORDS or low in _COMPASS or is_known_word(word):
        return False
    if low.endswith(TOWN_ENDS) or low in english_frequencies():
        return False  # "Universität Kalifornien", "Universität Texas": the list holds places too
    if f"in {word}" in tk.text or f"aus {word}" in tk.text:
        return False  # "die Feuerwehr Feldkirchen …, in Feldkirchen": a town
    return not (is_place(word) or listed_surname(word) or is_first_name(word))
