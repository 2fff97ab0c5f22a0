"""Acronyms that stand alone as organisations (``KVB``, ``UNMISS``), and those that never do.

Three to six capitals that are no German word, unit, law, thing or airport code
(``NOT_ORG_ACRONYMS``), not glued to a word (``KVB-Sprecher``), not in brackets, not inside a run
of capitals (``JULIA SCHMIDT``) and not counted (``sieben RBI``). ``organisations`` runs
``bare_acronyms`` last, outside the mentions its other rules found.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from indexer.extraction.lexicon import REGIONS, word_set
from indexer.extraction.org_courts import COURTS
from indexer.extraction.org_kinds import cut_compound
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# acronyms that name no organisation: units, things, laws, treaties, systems, roman numerals
NOT_ORG_ACRONYMS = word_set(
    "usa uk eur usd chf pkw lkw kfz suv ice dna rna hiv aids covid sars ceo cfo cto coo gps pdf "
    "url html edv pc usb led wlan dsl lte umts sms mms faq abc öpnv spnv bip mint brd ddr mdb mdl "
    "mdep kwh pol ots neu plz vip app din mrt icu kita thc adhs mwst ust co2 nox tel fax www http "
    "https sgb bgb hgb zpo eeg gwb kwkg dsgvo ceta ttip jefta dax mdax iban bic csr esg sdg kmu "
    "gap ngo lng kwk thg ccs ets led lcd dvd cd ok pm pi nr az ggf bzw usw etc ca inkl exkl gkv pkv"
    # molecules and lab methods, identifiers, economic figures, hardware, units, diseases
    " adp amp nadh nadph fad pcr mrna pmid doi issn isin wkn cpi gdp pmi kgv eps ebit ebitda ipo"
    " gpu ssd hdd hdmi oled nfc rfid sdk json mrt ki mw gw tb ppm ppb mers ebola"
    # traffic and police reports: rail replacement buses, motorways, stations, districts, towns
    " sev bab hbf lkr ffm"
    # airports by their IATA codes ("Umstieg in HAM, nicht in BRE"; not AMS, FRA, VIE: bodies too)
    " ber txl sxf ham bre muc cgn dus str lej haj nue jfk cdg lhr dxb hkg bru zrh fco bcn dtw"
    " ord atl sfo ayt lax"
    # screens, formats and protocols; diagnoses, groups and terms; trade fairs and summits; EU
    # policies: things, people and events, no bodies ("HDR", "PTBS", "LSBTI", "die IFA", "GASP")
    " hdr amoled gif ois tls ssl vpn lidar ptbs lgbt lgbti lgbtiq lsbti lsbtiq mvp uvp agb drg öpp"
    " iaa ifa ces wwdc cebit ila mwc itb gasp gsvp pesco"
)
# a neuter determiner before an acronym in -G: a law ("das TSVG", "im BTHG", "mit dem OZG"); the
# courts in -G ("das OLG", "das BAG") are found as courts or named with their seat
_NEUTER = word_set("das dem des im vom zum beim ins diesem dieses")
# a thing's kind before an acronym: "das Staatsanleihekaufprogramm PSPP", "die Automesse IAA"
_THING_KINDS = (
    "programm", "gesetz", "verordnung", "abkommen", "vertrag", "richtlinie", "messe",
    "konferenz", "ausstellung", "festival", "projekt", "system", "verfahren",
)  # fmt: skip


def bare_acronyms(tk: Tokens, taken: set[int]) -> list[OrgMention]:
    """Find acronyms that stand alone (``KVB``, ``UNMISS``): 3 to 6 capitals that are no German
    word, no unit, law or thing; not glued to a word (``KVB-Sprecher``), not in brackets (given
    with a name, or a wire tag), not inside a run of capitals (``JULIA SCHMIDT``)."""
    texts, starts, ends, kinds, text = tk.texts, tk.starts, tk.ends, tk.kinds, tk.text
    found = []
    for m in _ACRONYM_SHAPE.finditer(text):  # the scan runs in C; tokens are checked after
        i = bisect_left(starts, m.start())
        word = tk.word(i)
        if i >= len(texts) or starts[i] != m.start() or not (3 <= len(word) <= 6):
            continue
        if not word.isupper() or kinds[i] != "w" or cut_compound(tk, i):
            continue  # "PDF- und Sway-Dokumente": part of a compound
        if _CODE.fullmatch(word):
            continue  # "POL-DO": a police press office's code; "M-V": a region
        low = word.lower()
        if low in NOT_ORG_ACRONYMS or low in REGIONS or _ROMAN.fullmatch(word):
            continue
        if starts[i] in taken or frequency(low) > 0:
            continue
        before = text[starts[i] - 1] if starts[i] else " "
        after = text[ends[i]] if ends[i] < len(text) else " "
        if before in "-/@.(" or after in "-/@)" or after.isalnum():
            continue
        if _capitals(tk, i - 1) or _capitals(tk, i + 1):
            continue
        if i + 1 < len(texts) and tk.capital[i + 1] and starts[i + 1] in taken:
            continue  # "PHB Bahr, Lorenz": a code before a name
        if _counted(tk, i):
            continue  # "sieben RBI", "drei Moleküle ATP": a unit or a thing counted
        if _thing(tk, i, word):
            continue  # "das TSVG", "die Automesse IAA": a law, a programme, a fair
        found.append(OrgMention(word, starts[i], ends[i]))
    return found


_ROMAN = re.compile(r"[IVXLCDM]+")
_CARDINALS = word_set(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "hundert tausend zwei- mehrere einige viele wenige etliche zahlreiche"
)


def _thing(tk: Tokens, i: int, word: str) -> bool:
    """Tell an acronym that names a law (``das TSVG``) or follows a thing's kind
    (``Förderprogramm EXIST``, ``Entwicklerkonferenz WWDC``), no body."""
    if i == 0:
        return False
    before = tk.texts[i - 1]
    if word.endswith("G") and before.lower() in _NEUTER and word not in COURTS:
        return True
    return tk.capital[i - 1] and before.lower().endswith(_THING_KINDS)


def _counted(tk: Tokens, i: int) -> bool:
    """Tell an acronym counted by a number before it (``sieben RBI``), or after a counted noun
    (``drei Moleküle ATP``): a unit or a thing, no organisation."""
    if i == 0:
        return False
    if _count(tk, i - 1):
        return True
    share = tk.texts[i - 1] == "Prozent"  # "31,5 Prozent OMV": a share of a company
    return i > 1 and tk.capital[i - 1] and not share and _count(tk, i - 2)


def _count(tk: Tokens, j: int) -> bool:
    """Tell a number that counts (``sieben``, ``12``), not a year (``2020``)."""
    word = tk.texts[j]
    if tk.kinds[j] == "d":
        return len(word) < 4
    return word.lower() in _CARDINALS


# the edge before is checked after the first capital: the scan then skips to capitals in C
_ACRONYM_SHAPE = re.compile(r"[A-ZÄÖÜ](?<![\w-][A-ZÄÖÜ])[A-ZÄÖÜ-]{2,5}(?![\w-])")
_CODE = re.compile(r"[A-Z]{2,4}-[A-Z]{1,4}|[A-Z](?:-[A-Z])+")


def _capitals(tk: Tokens, j: int) -> bool:
    word = tk.word(j)
    return len(word) >= 2 and word.isupper() and tk.kinds[j] == "w"
