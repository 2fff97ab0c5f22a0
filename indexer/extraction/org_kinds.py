"""More words that say what kind of body the name after them is: ``der Branchenverband Bitkom``.

``org_kind_names`` gives the name alone after a compound of a head noun that says a kind
(``Energiekonzern``, ``Nachrichtenagentur``) and after kind words that are no head nouns
(``Rockband``, ``Discounter``). These are more of both, in the groups news names companies and
lobbies by: trade and business associations, law firms, banks by their business, agencies by
their trade, publishers by what they publish; and chains of shops, hotels and restaurants. A
name of its own after a region or place stays whole (``Landesbank Hessen``, ``Verband Berlin``):
``org_kind_names.name_after`` takes no place.
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import word_set
from indexer.extraction.tokens import Tokens

# compounds of a head noun (verband, kanzlei, bank, agentur, verlag) that are kinds
KIND_COMPOUNDS = (
    "branchenverband", "industrieverband", "digitalverband", "arbeitgeberverband",
    "wirtschaftsverband", "unternehmerverband", "unternehmensverband", "bankenverband",
    "handelsverband", "lobbyverband", "interessenverband", "verbraucherverband", "umweltverband",
    "naturschutzverband", "automobilverband", "weltverband",
    "anwaltskanzlei", "rechtsanwaltskanzlei", "wirtschaftskanzlei", "großkanzlei",
    "privatbank", "großbank", "investmentbank", "direktbank", "onlinebank", "förderbank",
    "notenbank", "geschäftsbank", "genossenschaftsbank",
    "eventagentur", "digitalagentur", "kommunikationsagentur", "mediaagentur",
    "marketingagentur", "internetagentur", "kreativagentur", "designagentur", "künstleragentur",
    "castingagentur", "sportagentur", "werbeagentur",
    "buchverlag", "fachverlag", "zeitungsverlag", "zeitschriftenverlag", "musikverlag",
    "kinderbuchverlag", "comicverlag", "spieleverlag", "medienverlag",
    # creditors' associations, alliances of airlines, networks of terror
    "gläubigerschutzverband", "kreditschutzverband", "luftfahrtbündnis", "luftfahrtallianz",
    "airline-allianz", "terrornetzwerk", "terrornetzwerks", "terrornetzwerkes",
)  # fmt: skip


def opens_sentence(tk: Tokens, i: int) -> bool:
    """Tell an article that opens a sentence before a kind word: ``Die Supermarktkette Tegut``."""
    return tk.texts[i] in _OPENING_ARTICLES and (i == 0 or tk.texts[i - 1] in {".", "!", "?", ":"})


_OPENING_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine"))
# kind words that are no head nouns: chains of shops, hotels, restaurants
CHAIN_WORDS = word_set(
    "supermarktkette drogeriekette hotelkette baumarktkette restaurantkette kaffeehauskette "
    "kaffeekette elektronikkette elektronikmarktkette kinokette fitnesskette "
    "einzelhandelskette handelskette lebensmittelkette bäckereikette möbelkette "
    "modehändler elektronikhändler möbelhändler einzelhändler lebensmittelhändler "
    "supermarktbetreiber discountkette billigairline billigfluglinie"
)


def firm_surname(tk: Tokens, i: int, blocked: set[int]) -> int:
    """Return the index after a surname that names a firm after ``Firma`` at ``i`` (``bei der
    Firma Müller``), or 0: family firms bear their founder's name, which the word list holds
    (so ``name_after`` takes no such word)."""
    from indexer.extraction.lone_known import listed_surname
    from indexer.extraction.places import surnames

    j = i + 1
    if tk.texts[i] not in {"Firma", "Fa."} or j >= len(tk.texts) or tk.starts[j] in blocked:
        return 0
    word = tk.texts[j]
    if tk.kinds[j] != "w" or not tk.capital[j] or not word[1:].islower():
        return 0
    if j + 1 < len(tk.texts) and tk.capital[j + 1] and tk.kinds[j + 1] == "w":
        return 0  # "Firma Heinrich Schmitz": a person's name, or a longer name
    return j + 1 if word.lower() in surnames() or listed_surname(word) else 0


def cut_compound(tk: Tokens, i: int) -> bool:
    """Tell ``PDF-`` in ``PDF- und Sway-Dokumente``: the first part of a compound whose head
    a coordinated compound gives, no name standing alone."""
    return tk.texts[i].endswith("-") and tk.word(i + 1) in {"und", "oder", "sowie", "bis", ","}


_GROUPS = frozenset(("Fraktion", "Fraktionen"))


def group_names(tk: Tokens, blocked: set[int]) -> list:
    """Find ``die Fraktion der Vereinigten Liberalen``: a parliamentary group's party named by
    an adjective and a plural for its members (``Unabhängigen Sozialdemokraten``)."""
    from indexer.extraction.org_heads import head_of
    from indexer.extraction.org_shapes import OrgMention

    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for i in tk.where(_GROUPS, 0, len(texts) - 3):
        if texts[i + 1] != "der":
            continue
        adjective, members = texts[i + 2], texts[i + 3]
        if starts[i + 2] in blocked or not adjective.endswith("en") or not tk.capital[i + 2]:
            continue
        if not tk.capital[i + 3] or not members.endswith(("en", "er", "ten")) or head_of(members):
            continue
        if not adjective[1:].islower() or not members[1:].islower():
            continue
        found.append(OrgMention(f"{adjective} {members}", starts[i + 2], ends[i + 3]))
    return found


# plain kinds that are a name's first word too ("Bank Austria", "Versicherungskammer"), and a
# kind only after a nation's adjective: "die französische Bank Oddo", "die Schweizer Bank UBS"
NATIONAL_KINDS = frozenset(("bank", "versicherung", "fluggesellschaft", "reederei", "brauerei"))
_NATIONAL = re.compile(
    r"deutsche[nr]?|[a-zäöü]+ische[nr]?|[A-ZÄÖÜ][a-zäöü]+ische[nr]?|[A-ZÄÖÜ][a-zäöü]+er"
)


def national_before(tk: Tokens, i: int) -> bool:
    """Tell a nation's or town's adjective before ``i``: ``französische``, ``Schweizer``."""
    from indexer.extraction.places import is_place_adjective

    if i == 0 or not _NATIONAL.fullmatch(tk.texts[i - 1]):
        return False
    word = tk.texts[i - 1]
    return word[0].islower() or word.endswith(("e", "en")) or is_place_adjective(word)
