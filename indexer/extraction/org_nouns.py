"""Compounds of a head noun that name no body, and plural nouns after a head.

``Titelträger Finnland``, ``Nobelpreisträger …``, ``Tonträger``: ``Träger`` heads a body
(``Schulträger``, ``Träger der Jugendhilfe``), but its compounds of a prize, a title, an office
or a medium name persons or things; ``Grabkammer``, ``Asservatenkammer`` are rooms, no chambers
of a trade; ``Energiegewinnung`` is no guild (``Innung``). A plural noun right after a head is
the object of the clause (``stellte die Stiftung Preisgelder zur Verfügung``), no name.
``organisations`` asks these before it keeps a head.
"""

from __future__ import annotations

from indexer.extraction.known_orgs import is_known_word
from indexer.extraction.lexicon import PLACES, REGIONS
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# compounds of "Träger" that are persons or things: "Preisträger", "Hoffnungsträger", "Tonträger"
_BEARERS = (
    "preisträger", "titelträger", "leistungsträger", "hoffnungsträger", "sympathieträger",
    "amtsträger", "funktionsträger", "würdenträger", "entscheidungsträger",
    "verantwortungsträger", "geheimnisträger", "bedeutungsträger", "tonträger", "datenträger",
    "bildträger", "briefträger", "medaillenträger", "ordensträger", "gepäckträger",
    "fackelträger", "bannerträger", "fahnenträger", "sargträger", "geräteträger",
    "namensträger", "rekordträger", "wissensträger", "kulturträger", "brillenträger",
    "hosenträger", "trikotträger", "ideenträger", "trophäenträger", "lastenträger",
)  # fmt: skip


# "Kammer" is a chamber of a trade (Handwerkskammer) or a room: "Grabkammer", "Asservatenkammer"
_ROOMS = (
    "grabkammer", "schatzkammer", "asservatenkammer", "speisekammer", "gaskammer",
    "herzkammer", "brennkammer", "dunkelkammer", "folterkammer", "rumpelkammer", "kühlkammer",
    "druckkammer", "wunderkammer", "kunstkammer", "rüstkammer", "kleiderkammer", "grabkammern",
)  # fmt: skip
# "Innung" is a guild (Bäckerinnung), but "-gewinnung", "-sinnung" are no guilds
_NOT_GUILDS = ("gewinnung", "sinnung")


def no_body(tk: Tokens, i: int, head: str) -> bool:
    """Tell a compound of the head at ``i`` that names a person, a thing or a room."""
    low = tk.texts[i].lower()
    if head == "träger":
        return (low[:-1] if low.endswith("s") else low).endswith(_BEARERS)
    if head == "kammer":
        return low.endswith(_ROOMS)
    return head == "innung" and low.endswith(_NOT_GUILDS)


# lowercase words after which a name goes on: "Partei Alternative für Deutschland"
_NAME_GOES_ON = frozenset(("für", "zur", "zum", "der", "des", "von", "vom", "und", "&"))
# heads whose name is a town, and towns are often common words ("Stadt Halle", "Stadt Essen")
_TOWN_HEADS = frozenset(("stadt", "gemeinde", "kreis", "landkreis", "bezirk"))


def plural_object(tk: Tokens, a: int, i: int, k: int, head: str) -> bool:
    """Tell a plural noun after a head that is the object of its clause, no name: ``die
    Stiftung Preisgelder in Höhe von …``, ``die Polizei Zeugen des Unfalls``: one word after
    the head, a dictionary word in the plural (its singular is a word too), a lowercase word
    after it; not a place, not a curated name (``Stiftung Lesen``)."""
    if a != i or k != i + 2 or head in _TOWN_HEADS:
        return False
    if not tk.capital[i + 1] or tk.kinds[i + 1] != "w":
        return False
    word, after = tk.texts[i + 1], tk.word(i + 2)
    if not after[:1].islower() or after in _NAME_GOES_ON:
        return False
    if word.isupper() or is_known_word(word):
        return False
    low = word.lower()
    if not frequency(low) or low in REGIONS or low in PLACES or is_place(word):
        return False
    stems = [low[: -len(end)] for end in ("en", "er", "e") if low.endswith(end)]
    return any(len(stem) >= 4 and frequency(_singular(stem)) for stem in stems)


def _singular(stem: str) -> str:
    """Return ``stem`` with its last umlaut undone, if a plural made it (``zuschüss``)."""
    for j in range(len(stem) - 1, -1, -1):
        if stem[j] in _UMLAUTS:
            undone = stem[:j] + _UMLAUTS[stem[j]] + stem[j + 1 :]
            return undone if frequency(undone) else stem
    return stem


_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u"}
