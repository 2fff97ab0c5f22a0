"""Words the sentence shows as a firm or a street, though a frame of ``lone_names`` holds.

A firm's name stands where a surname would: before a noun as a genitive (``Dreamworks
Animation``, ``Bruns Logistik GmbH``, ``Stinnes Straße``), and opening a sentence before a verb
in the singular (``Delticom erwirbt …``, ``Solarwatt erweitert …``). The nouns here are parts of
firms' and streets' names, not things a person has (``Zabels Entscheidung``, ``Brians Sohn``);
the verbs are in the present tense, the tense of business news, and are what a firm does to
grow, not what a person does (``übernimmt``, ``kauft``, ``eröffnet`` are said of people too:
a coach, an investor, a minister).
"""

from __future__ import annotations

from indexer.extraction.lexicon import WORK_NOUNS, word_set
from indexer.extraction.org_heads import is_org_word

# nouns after a firm's or a street's name in ``s`` ("Dreamworks Animation", "Bruns Logistik");
# not what a person has or makes: "Spielbergs Film", "Beckenbauers Technik", "Wagners Ring"
FIRM_NOUNS = word_set(
    "animation pictures studios entertainment logistik treuhand betriebs holding group "
    "software games pharma energy capital consulting immobilien systems technologies "
    "straße allee gasse"
)
# verbs of a firm's growth, third person singular present ("Delticom erwirbt …")
FIRM_VERBS = word_set("erwirbt erweitert expandiert akquiriert fusioniert")


def firm_noun(word: str) -> bool:
    """Tell a noun that names a firm or a street with the word before it (``Animation``)."""
    return word.lower() in FIRM_NOUNS


def firm_verb(word: str) -> bool:
    """Tell a verb that a firm, not a person, does as a sentence's subject (``erwirbt``)."""
    return word in FIRM_VERBS


def firm_head(noun: str) -> bool:
    """Tell a noun after a genitive in ``s`` that makes the two a firm's name (``Franzis
    Verlag``, ``Dreamworks Animation``), not an artist's works (``Picassos Werke``)."""
    return (is_org_word(noun) and noun.lower() not in WORK_NOUNS) or firm_noun(noun)
