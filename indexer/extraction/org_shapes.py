"""Organisations found by their shape rather than by a head noun, and the text made ready.

Parties by their official names (and a town's branch: ``Bielefelder FDP``), sports clubs, the
sender an ots release names (``Original-Content von: …``), acronyms that stand alone (``KVB``,
``UNMISS``); before the search, web and mail addresses are found (they name no organisation) and
a name broken over footer lines is joined (``Ministerium des Innern und`` / ``für Kommunales``).
``organisations`` runs these beside its head-noun rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import methodcaller

from indexer.extraction.known_orgs import is_known_word
from indexer.extraction.lexicon import (
    PARTY_WORDS,
    PLACES,
    REGIONS,
    ROLE_STEMS,
    STOPWORDS,
    TIME_WORDS,
    word_set,
)
from indexer.extraction.org_acronyms import foreign_word
from indexer.extraction.org_heads import DAY_PART as _TIME_OF_DAY
from indexer.extraction.org_heads import head_of
from indexer.extraction.org_kinds import (
    CHAIN_WORDS,
    KIND_COMPOUNDS,
    NATIONAL_KINDS,
    cut_compound,
    firm_surname,
    national_before,
    opens_sentence,
)
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency


@dataclass(frozen=True)
class OrgMention:
    """An organisation named at ``start:end``: its nominative name, and its acronym if given."""

    name: str
    start: int
    end: int
    acronym: str | None = None


# parties by their official names: "die Grünen" and "DIE LINKE" are one party each; the leading
# lookaheads of these patterns let the scan pass over positions where no match can start
_PARTIES = (
    "CDU/CSU", "SPD", "CDU", "CSU", "FDP", "AfD", "BSW", "NPD", "ÖDP", "DIE LINKE", "Die Linke",
    "Linkspartei", "BÜNDNIS 90/DIE GRÜNEN", "Bündnis 90/Die Grünen",
)  # fmt: skip


def _word_start(word: str) -> str:
    """``word`` as a pattern that checks the word boundary before it after its first letter:
    alternatives that all start with a literal let the scan skip to their first letters."""
    return f"{word[0]}(?<!\\w{word[0]}){re.escape(word[1:])}"


# a party by name (the whole match), or "die Grünen", "der Linken" (group g or g2)
_PARTY_TEXT = re.compile(
    "|".join(rf"{_word_start(party)}\b" for party in _PARTIES)
    + rf"|{_word_start('Die')} (?P<g>Grünen|Linken)\b"
    + r"|d(?<!\wd)(?:ie|er|en) (?P<g2>Grünen|Linken)\b"
)
_PARTY_NAMES = {
    "grünen": "Bündnis 90/Die Grünen",
    "linke": "Die Linke",
    "linken": "Die Linke",
    "linkspartei": "Die Linke",
}
# "von CDU und Grünen": the Greens without their article, beside another party
_GREENS_BESIDE = re.compile(
    r"(?=[CSFABL])\b(?:CDU|CSU|SPD|FDP|AfD|BSW|Linken?)(?:,| und| oder| sowie) (?P<g>Grünen)\b"
    r"|(?=G)\b(?P<h>Grünen)(?:,| und| oder| sowie) (?:CDU|CSU|SPD|FDP|AfD|BSW|Linken?)\b"
)
# "die Bielefelder FDP", "der Kölner SPD": a party's local branch, named by its town
_TOWN_BRANCH = re.compile(r"(?:^|(?<=\s))(?P<town>[A-ZÄÖÜ][a-zäöüß]{3,}er) $")
_NOT_TOWN = frozenset(
    ("aber", "oder", "unser", "jeder", "wieder", "weder", "immer", "außer", "hinter", "unter",
     "über", "euer", "ihrer", "seiner", "dieser", "jener", "mancher", "solcher", "welcher",
     "keiner", "anderer", "später", "früher", "weiter", "bisher", "vorher", "nachher", "daher",
     "wähler", "mitglieder", "anhänger", "bürger", "partner", "kinder", "länder", "leser",
     "nutzer", "zuschauer", "vertreter", "führer", "gegner", "fahrer", "arbeiter")
)  # fmt: skip
_CLUB_KINDS = (
    "SC", "FC", "VfL", "VfB", "TSV", "SV", "TuS", "SpVgg", "DJK", "TSG", "BV", "SSV", "SuS", "MSV",
    "FSV", "KSV", "RSV", "BSC", "HSV", "TV", "TuRa", "SG", "ESV", "VfR", "FV", "DSC", "TSC", "SpVg",
    "BSG", "SSC", "FK", "SK", "RB", "SGV", "TuSpo",
)  # fmt: skip
# A club's kind and up to three names: "FC Schalke 04", "TSV 1860 München"; the word boundary
# before the kind is checked after its first letter, so that the scan skips to those letters.
# A number before it ("1. FC Köln") is looked for behind each match (``_clubs``).
_CLUB = re.compile(
    "(?:" + "|".join(f"{kind[0]}(?<!\\w{kind[0]}){kind[1:]}" for kind in _CLUB_KINDS) + ")"
    r"(?:\s+(?:(?!(?:In|Im|Am|An|Auf|Der|Die|Das|Den|Dem|Des|Mit|Bei|Von|Vom|Zum|Zur|Und|Für"
    r"|Nach|Aus|Seit|Gegen|Ein|Eine)\b)[A-ZÄÖÜ][\w/-]+|\d{2,4})){1,3}"
)
_CLUB_NUMBER = re.compile(r"\b\d\.\s?\Z")


def _clubs(text: str) -> list[tuple[int, int]]:
    """The spans of ``(?:\\b\\d\\.\\s?|\\b)`` before ``_CLUB``, left to right without overlaps,
    as one regex with that alternation at its start found them (trying it at every character)."""
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _CLUB.finditer(text):
        start = m.start()
        number = _CLUB_NUMBER.search(text, max(0, start - 3), start)
        if number and number.start() >= end:  # not inside the club before
            start = number.start()
        end = m.end()
        spans.append((start, end))
    return spans


_TRAIN = re.compile(r"RB\s+\d{1,3}")
# the words of traditional club names before their town: "Fortuna Düsseldorf", "Rot-Weiß Essen"
_CLUB_WORDS = frozenset(
    ("Borussia", "Eintracht", "Fortuna", "Viktoria", "Germania", "Alemannia", "Arminia",
     "Concordia", "Teutonia", "Kickers")
    + tuple(f"{a}-{b}" for a in ("Rot", "Blau", "Schwarz", "Grün")
            for b in ("Weiß", "Weiss", "Gelb", "Rot", "Schwarz"))
)  # fmt: skip
_CLUB_NAME = re.compile(
    r"\b(?:Borussia|Eintracht|Fortuna|Viktoria|Germania|Alemannia|Arminia|Concordia|Teutonia"
    r"|Kickers|(?:Rot|Blau|Schwarz|Grün)-(?:Weiß|Weiss|Gelb|Rot|Schwarz))"
    r"\s+[A-ZÄÖÜ][\w-]+(?:\s+\d{2,4})?"
)  # fmt: skip
_SENDER = re.compile(
    r"Original-Content von:\s*(?P<name>[^,\n]{3,80}),\s*übermittelt", re.IGNORECASE
)
# "Ministerium des Innern und\nfür Kommunales\ndes Landes Brandenburg": one name over three lines
_LINK_WORDS = frozenset(("für", "des", "der", "zur", "zum", "und"))
_LINKS_BEFORE = frozenset((" und", " für", " des", " der", " zur", " zum", " von"))
_LINKS_AFTER = re.compile(r"(?:für|des|der|zur|zum|und für) [A-ZÄÖÜ]")


def join_broken_names(text: str) -> str:
    """Join a line ending in ``und``/``für``/``des`` … to a capitalised next line, and a line
    to a next one opening with ``für``/``des`` …; the text keeps its length (and offsets)."""
    joins, b = [], text.find("\n")
    while b >= 0:
        a = b
        while a and text[a - 1] in " \t":
            a -= 1
        nxt, word = text[b + 1 : b + 2], text[b + 1 : b + 4]
        if (text[max(0, a - 4) : a] in _LINKS_BEFORE and nxt.isupper()) or (
            word in _LINK_WORDS and text[a - 1 : a].islower() and _LINKS_AFTER.match(text, b + 1)
        ):
            joins.append((a, b + 1))
        b = text.find("\n", b + 1)
    if not joins:
        return text
    parts, last = [], 0
    for a, end in joins:
        parts += [text[last:a], " " * (end - a)]
        last = end
    return "".join(parts) + text[last:]


# web and mail addresses name no organisation ("www.bundestag.de", "presse@spdfraktion.de")
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\")\]]++|[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
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
    # airports by their IATA codes ("Abflug von HAM statt BRE"; not AMS, FRA, VIE: bodies too)
    " ber txl sxf ham bre muc cgn dus str lej haj nue jfk cdg lhr dxb hkg bru zrh fco bcn dtw"
    " ord atl sfo ayt lax"
)


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
        found.append(OrgMention(word, starts[i], ends[i]))
    return found


_ROMAN = re.compile(r"[IVXLCDM]+")
_CARDINALS = word_set(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "hundert tausend zwei- mehrere einige viele wenige etliche zahlreiche"
)


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


def pattern_mentions(text: str, words: list[str]) -> list[OrgMention]:
    """Find clubs, the ots sender and parties in ``text``, whose tokens are ``words``."""
    found = [
        OrgMention(text[a:b], a, b)
        for a, b in _clubs(text)
        if not _TRAIN.fullmatch(text, a, b)  # "die Linie RB 68": a regional train, no club
    ]
    if not _CLUB_WORDS.isdisjoint(words):
        found += [OrgMention(m.group(), m.start(), m.end()) for m in _CLUB_NAME.finditer(text)]
    if "Original-Content" not in text:
        return found + _parties(text)
    for m in _SENDER.finditer(text):
        found.append(OrgMention(m.group("name").strip(), m.start("name"), m.end("name")))
    return found + _parties(text)


def _parties(text: str) -> list[OrgMention]:
    found = []
    for m in _PARTY_TEXT.finditer(text):
        group = 0 if m.lastgroup is None else m.lastgroup  # the party's name, or g / g2
        name, start = m.group(group), m.start(group)
        shown = _PARTY_NAMES.get(name.split()[-1].split("/")[-1].lower(), name)
        branch = None
        if not group and text[max(0, start - 3) : start] == "er ":  # cheap test first
            branch = _TOWN_BRANCH.search(text, max(0, start - 30), start)
        if branch and _town_adjective(branch.group("town")) and "/" not in name:
            shown = f"{branch.group('town')} {name}"
            found.append(OrgMention(shown, branch.start(), start + len(name)))
            continue
        found.append(OrgMention(shown, start, start + len(name)))
    if "Grünen" in text:
        for m in _GREENS_BESIDE.finditer(text):
            group = "g" if m.group("g") else "h"
            found.append(OrgMention(_PARTY_NAMES["grünen"], m.start(group), m.end(group)))
    return found


def acronym_party(word: str) -> bool:
    return word.lower() in PARTY_WORDS and sum(c.isupper() for c in word) >= 2


def _town_adjective(word: str) -> bool:
    """Tell ``Bielefelder`` from ``Sprecher``, ``Minister``, ``jeder`` before a party."""
    low = word.lower()
    return low not in _NOT_TOWN and not any(stem in low for stem in ROLE_STEMS)


# words that say what the name after them is, when no head noun does: "die Rockband Kraftwerk",
# "der Spartensender Swiss Music Radio", "die Filmproduktion HaBe-Film"
_KIND_WORDS = (
    word_set(
        "band rockband popband pop-band punkband metalband jazzband boyband girlband coverband "
        "kultband indieband bigband musikgruppe plattenfirma plattenlabel label filmproduktion "
        "produktionsfirma airline fluglinie billigflieger discounter onlinehändler versandhändler "
        "startup start-up softwarefirma softwarehersteller modekette "
        # clubs by their league: "beim bulgarischen Erstligisten Litex Lovech"
        "erstligist erstligisten zweitligist zweitligisten drittligist drittligisten bundesligist "
        "bundesligisten regionalligist regionalligisten oberligist oberligisten"
    )
    | CHAIN_WORDS
)
_NOT_SENDER = word_set("absender versender")
# kind words as written (capitalised), to find them with one set lookup a token
_KIND_FORMS = frozenset(w[:1].upper() + w[1:] for w in _KIND_WORDS) | {"Pop-Band", "Start-up"}
_LEADING_ARTICLES = frozenset(("Die", "The", "Les", "Los"))
_VOLUME_BEFORE = frozenset(("im", "den", "dem", "des", "einen", "einem", "eines", "vom", "zum"))


@lru_cache(maxsize=65536)
def _kind_word(word: str) -> bool:
    if not word[:1].isupper():
        return False
    low = word.lower()
    return low in _KIND_WORDS or (low.endswith(("sender", "miliz")) and low not in _NOT_SENDER)


def after_kind(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a name of one to three capitalised words right after a word of its kind that is no
    head noun (``die Rockband Kraftwerk``); not a place, a time word or a head noun's name."""
    texts, kinds, starts, ends = tk.texts, tk.kinds, tk.starts, tk.ends
    found: list[OrgMention] = []
    # few words are kind words: only those are looked at (the tests run in C for the rest)
    candidates = set(compress(range(len(texts) - 1), map(_KIND_FORMS.__contains__, texts)))
    if "sender " in tk.text or "iliz " in tk.text:  # "der Spartensender …", "die Terrormiliz …"
        ending = map(methodcaller("endswith", ("sender", "miliz", "Miliz")), texts)
        candidates.update(compress(range(len(texts) - 1), ending))
    for i in sorted(candidates):
        if kinds[i] != "w" or not _kind_word(texts[i]):
            continue
        before = tk.word(i - 1)
        if not before.islower() and not (i > 0 and opens_sentence(tk, i - 1)):
            continue  # "die Band …", "der Sender …": a noun after its article
        if texts[i] == "Band" and (before in _VOLUME_BEFORE or before.endswith(("ten", "ter"))):
            continue  # "im zweiten Band Goethes": a volume, not a group
        j = i + 1
        if texts[j] in _LEADING_ARTICLES and j + 1 < len(texts) and tk.capital[j + 1]:
            j += 1  # "die Band Die Toten Hosen"
        k = j
        while k < len(texts) and k - j < 3 and kinds[k] == "w" and tk.capital[k]:
            low = texts[k].lower()
            if starts[k] in blocked or head_of(texts[k]) or (k == j and low in STOPWORDS):
                break
            if low in REGIONS or low in TIME_WORDS or (k == j and low in PLACES):
                break
            k += 1
        if k > j:
            start, end = starts[i + 1], ends[k - 1]
            found.append(OrgMention(tk.text[start:end], start, end))
    return found


# kind nouns (compounds of a head) after which a name follows that is never a place: "der
# Energiekonzern Engie", "die Tageszeitung Cumhuriyet", "die Nachrichtenagentur Anadolu";
# heads whose compounds are all kinds, and compounds of other heads that are kinds
_KIND_HEADS = frozenset(("konzern", "zeitung", "partei"))
_KIND_COMPOUNDS = (
    "nachrichtenagentur", "presseagentur", "ratingagentur", "werbeagentur", "bildagentur",
    "fotoagentur", "modelagentur", "raumfahrtagentur", "weltraumagentur",
    "fluggesellschaft", "ölgesellschaft", "ratinggesellschaft", "investmentgesellschaft",
    "fondsgesellschaft", "beteiligungsgesellschaft", "prüfungsgesellschaft",
    "mediengruppe", "verlagsgruppe", "unternehmensgruppe", "handelsgruppe", "terrorgruppe",
    "rebellengruppe", "extremistengruppe", "islamistengruppe", "dschihadistengruppe",
    "jihadistengruppe", "untergrundgruppe", "hackergruppe", "meinungsforschungsinstitut",
    "marktforschungsinstitut", "umfrageinstitut", "wirtschaftsforschungsinstitut",
    *KIND_COMPOUNDS,
)  # fmt: skip
_ADJECTIVE_END = re.compile(r"[a-zäöü](?:e|er|es|en)$")
_PLAIN_KINDS = _KIND_HEADS | {"agentur", "netzwerk"}  # "das soziale Netzwerk Weibo"
_NAME_ARTICLES = frozenset(("The", "Die", "Der", "Das", "La", "Le", "El", "Al"))


def kind_compound(low: str, head: str) -> bool:
    """Tell a compound that says what kind of body follows (``energiekonzern``)."""
    compound = len(low) > len(head) + 1 and "-" not in low
    # a genitive too: "des Industrieverbands SEB", "des Zeitungsverlages Madsack"
    stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else low
    return compound and (
        head in _KIND_HEADS or stem.endswith(_KIND_COMPOUNDS) or low.endswith(_KIND_COMPOUNDS)
    )


def kind_then_name(tk: Tokens, i: int, head: str, plain: bool, blocked: set[int]) -> int:
    """Return the index after a name that follows the kind noun at ``i`` (``Energiekonzern
    Engie``), or ``i + 1``. A plain kind (``Zeitung``, ``Konzern``) counts only when ``plain``
    (nothing names it from the left: not ``Süddeutsche Zeitung``)."""
    low = tk.texts[i].lower()
    plain_kind = head in _PLAIN_KINDS or (head in NATIONAL_KINDS and national_before(tk, i))
    if not kind_compound(low, head) and not (plain and low == head and plain_kind):
        return i + 1  # "die französische Bank Oddo": a plain kind after a nation's adjective
    k = name_after(tk, i + 1, blocked) or i + 1
    name = tk.texts[i + 1 : k]
    if head == "netzwerk" and not all(foreign_word(w) or is_known_word(w) for w in name):
        return i + 1  # "das Netzwerk Kinderschutz" is the name; "das Netzwerk Weibo" gives "Weibo"
    return k


def name_after(tk: Tokens, j: int, blocked: set[int]) -> int:
    """Return the index after a name of one to three words at ``j`` that follows a word saying
    what it is, or 0: a word no German dictionary holds, an acronym, a curated name, or an
    adjective with its noun (``Unabhängige Griechen``); never a place or a time."""
    texts, kinds, n = tk.texts, tk.kinds, len(tk.texts)
    article = j + 1 < n and texts[j] in _NAME_ARTICLES and tk.capital[j + 1]
    j += article  # "die Zeitung The Guardian", "die Zeitung Le Monde"
    k = j
    while k < n and k - j < 3 and kinds[k] == "w" and tk.capital[k] and tk.starts[k] not in blocked:
        word = texts[k].lower()
        if head_of(texts[k]) or word in STOPWORDS or word in TIME_WORDS:
            break
        if k == j and (word in REGIONS or word in PLACES or is_place(word)):
            return 0  # "der Konzern Salzgitter" stays a town's name below
        k += 1
    if k == j or (k < n and tk.starts[k] == tk.ends[k - 1] and kinds[k] != "p"):
        return 0  # no name, or one cut inside a word ("O2", "Print2Taste")
    words = texts[j:k]
    if len(words) == 1:  # a word no German dictionary holds, or an acronym
        one = words[0]
        known = frequency(one) == 0 or (one.isupper() and len(one) >= 2) or is_known_word(one)
        known = known or article  # "Le Monde": "Monde" is a German word too
        return k if known and not _TIME_OF_DAY.fullmatch(one.lower()) else 0
    if any(frequency(w) == 0 for w in words) or _ADJECTIVE_END.search(words[0]):
        return k  # "Swiss Life", "Unabhängige Griechen", "Islamischer Staat"
    return 0


# words (and compounds ending in them) that say a company's name follows, no head nouns:
# "die Firma Quorvex", "der Chiphersteller …", "mit den Herstellern Siemens und Bombardier"
_COMPANY_KINDS = (
    "firma", "unternehmen", "hersteller", "herstellern", "herstellers", "anbieter", "anbietern",
    "anbieters", "betreiber", "betreibers", "zulieferer", "zulieferers", "autobauer",
    "autobauers", "versorger", "versorgers", "dienstleister", "dienstleisters", "finanzinvestor",
    "finanzinvestors", "reiseveranstalter", "konkurrenten", "rivalen", "mobilfunker",
)  # fmt: skip
# the kinds without their first letter, so that the scan needs no IGNORECASE (8 times faster)
_COMPANY_KIND = re.compile(
    "(?:" + "|".join(sorted({k[1:] for k in _COMPANY_KINDS}, key=len, reverse=True)) + r")\b"
)
_AND_NAME = frozenset(("und", "sowie", "oder"))
_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem"))


def company_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find the names after a word for a company (``die Firma Quorvex``), and a second one
    joined by ``und`` after a plural (``den Herstellern Siemens und Bombardier``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found: list[OrgMention] = []
    for m in _COMPANY_KIND.finditer(tk.text):  # the scan runs in C; tokens are checked after
        i = bisect_left(starts, m.end()) - 1
        low = texts[i].lower()
        if i + 1 >= len(texts) or not tk.capital[i] or not low.endswith(_COMPANY_KINDS):
            continue
        if low.endswith("-") or ends[i] != m.end():
            continue  # "Firmen- und Privatkunden"
        before = tk.word(i - 1)
        if not (before.islower() or before in _ARTICLES or _TOWN_ADJECTIVE.fullmatch(before)):
            continue  # "die Firma …", "des Darmstädter Konkurrenten …"; not "Unternehmen X"
        first, k = i + 1, name_after(tk, i + 1, blocked) or firm_surname(tk, i, blocked)
        while k:
            start, end = starts[first], ends[k - 1]
            found.append(OrgMention(tk.text[start:end], start, end))
            if tk.word(k) not in _AND_NAME:
                break
            first, k = k + 1, name_after(tk, k + 1, blocked)
    return found


_TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")
