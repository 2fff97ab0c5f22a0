"""Nouns of nationality before a person's name (``den Serben Novak Djokovic``).

Sports and foreign news name a person after the noun of their nation (``der Kroate Marin
Cilic``, ``die Kenianerin Faith Kipyegon``, ``dem Japaner Kei Nishikori``), often with given
names no list holds. Such a noun is a person noun (``lone_words.person_noun``) like ``Rapper``
or ``Stürmer``. Only whole words count (``Pole``, not ``Metropole``), in their declined and
feminine forms; forms that are adjectives too (``Deutsche``, ``Schweizer``) are left out.
"""

from __future__ import annotations

from functools import lru_cache

from indexer.extraction.lexicon import word_set
from indexer.extraction.places import is_place_adjective

# weak nouns in -e: Serbe, Serben, Serbin, Serbinnen
_WEAK = word_set(
    "serbe kroate franzose brite schotte ire russe pole tscheche slowake rumäne bulgare grieche "
    "türke chinese portugiese däne schwede finne chilene afghane slowene kosovare kasache "
    "weißrusse lette este senegalese vietnamese"
)
# nouns in -er: Spanier, Spaniern, Spanierin
_ER = word_set(
    "spanier italiener österreicher engländer amerikaner us-amerikaner kanadier brasilianer "
    "argentinier ukrainer ungar japaner koreaner südkoreaner nordkoreaner inder australier "
    "neuseeländer niederländer holländer belgier norweger isländer mexikaner kolumbianer "
    "kenianer äthiopier nigerianer südafrikaner ägypter iraner iraker syrer palästinenser "
    "pakistaner bosnier montenegriner albaner mazedonier georgier armenier litauer venezolaner "
    "peruaner kubaner jamaikaner marokkaner tunesier algerier ghanaer kameruner thailänder "
    "indonesier malaysier ecuadorianer uruguayer paraguayer bolivianer katarer ivorer"
)


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    forms = set()
    for noun in _WEAK:
        stem = noun[:-1]
        forms |= {noun, noun + "n", stem + "in", stem + "innen"}
    for noun in _ER:
        forms |= {noun, noun + "n", noun + "in", noun + "innen"}  # not "des Spaniers Wade"
    forms |= {"französin", "französinnen"}
    return frozenset(forms - {"ungarn"})  # "Ungarn": the land


def demonym(word: str) -> bool:
    """Tell a noun of nationality for a person (``Serben``, ``Kenianerin``), no adjective."""
    return word[:1].isupper() and word.lower() in _forms() and not is_place_adjective(word)
