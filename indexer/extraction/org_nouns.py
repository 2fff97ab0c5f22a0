"""Compounds of a head noun that name a person or a thing, and no body.

``Titelträger Finnland``, ``Nobelpreisträger …``, ``Tonträger``: ``Träger`` heads a body
(``Schulträger``, ``Träger der Jugendhilfe``), but its compounds of a prize, a title, an office
or a medium name persons or things. ``organisations`` asks this before it keeps a head.
"""

from __future__ import annotations

from indexer.extraction.tokens import Tokens

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


def no_body(tk: Tokens, i: int, head: str) -> bool:
    """Tell a compound of the head at ``i`` that names a person or a thing."""
    if head != "träger":
        return False
    low = tk.texts[i].lower()
    return (low[:-1] if low.endswith("s") else low).endswith(_BEARERS)
