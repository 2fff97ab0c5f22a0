"""Names that follow a word saying what they name, when no head noun does.

A kind word (``die Rockband Kraftwerk``, ``der Spartensender Swiss Music Radio``: ``after_kind``),
a compound of a head that names a kind of body (``der Energiekonzern Engie``, ``die
Nachrichtenagentur Anadolu``: ``kind_then_name``) or a word for a company (``die Firma Quorvex``,
``den Anbietern Telvia und Quorvex``: ``company_names``); ``name_after`` reads the name of
one to three words after such a word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from operator import methodcaller

from indexer.extraction.known_orgs import is_known_word
from indexer.extraction.lexicon import PLACES, REGIONS, STOPWORDS, TIME_WORDS, word_set
from indexer.extraction.org_acronyms import foreign_word
from indexer.extraction.org_heads import DAY_PART as _TIME_OF_DAY
from indexer.extraction.org_heads import TOWN_ADJECTIVE, head_of
from indexer.extraction.org_kinds import (
    CHAIN_WORDS,
    KIND_COMPOUNDS,
    NATIONAL_KINDS,
    firm_surname,
    national_before,
    opens_sentence,
)
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

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
# "die Firma Quorvex", "der Chiphersteller …", "bei den Anbietern Telvia und Quorvex"
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
# the same without those that hold another ("ersteller" holds no other, "erstellern" does): a
# text holding none of these is passed over without the scan (most texts: 4 in 5 bench releases)
_STEMS = {k[1:] for k in _COMPANY_KINDS}
_COMPANY_STEMS = tuple(sorted(s for s in _STEMS if not any(o != s and o in s for o in _STEMS)))
_AND_NAME = frozenset(("und", "sowie", "oder"))
_ARTICLES = frozenset(("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem"))


def company_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find the names after a word for a company (``die Firma Quorvex``), and a second one
    joined by ``und`` after a plural (``den Anbietern Telvia und Quorvex``)."""
    found = _short_firms(tk, blocked) if "Fa. " in tk.text else []  # "die Fa. Kremer Bau"
    if not any(stem in tk.text for stem in _COMPANY_STEMS):
        return found
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    for m in _COMPANY_KIND.finditer(tk.text):  # the scan runs in C; tokens are checked after
        i = bisect_left(starts, m.end()) - 1
        low = texts[i].lower()
        if i + 1 >= len(texts) or not tk.capital[i] or not low.endswith(_COMPANY_KINDS):
            continue
        if low.endswith("-") or ends[i] != m.end():
            continue  # "Firmen- und Privatkunden"
        before = tk.word(i - 1)
        if not (before.islower() or before in _ARTICLES or TOWN_ADJECTIVE.fullmatch(before)):
            continue  # "die Firma …", "des Darmstädter Konkurrenten …"; not "Unternehmen X"
        first, k = i + 1, name_after(tk, i + 1, blocked) or firm_surname(tk, i, blocked)
        while k:
            start, end = starts[first], ends[k - 1]
            found.append(OrgMention(tk.text[start:end], start, end))
            if tk.word(k) not in _AND_NAME:
                break
            first, k = k + 1, name_after(tk, k + 1, blocked)
    return found


# "Fa.", written only for "Firma": the words after it name a firm, German words too ("die Fa.
# Brellmann Fensterbau"), as long as they are capitalised and no head, stopword, time or place
_SHORT_FIRM = re.compile(r"(?<![\w.])Fa\. ")


def _short_firms(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find the names of one to three capitalised words after ``Fa.`` (``der Fa. Kremer Bau``)."""
    texts, kinds, n, found = tk.texts, tk.kinds, len(tk.texts), []
    for m in _SHORT_FIRM.finditer(tk.text):
        j = bisect_left(tk.starts, m.start()) + 2  # after "Fa" and "."
        k = j
        while k < n and k - j < 3 and kinds[k] == "w" and tk.capital[k]:
            word = texts[k].lower()
            if tk.starts[k] in blocked or head_of(texts[k]) or word in STOPWORDS:
                break
            if word in TIME_WORDS or (k == j and (word in REGIONS or is_place(word))):
                break
            k += 1
        if k > j:
            found.append(
                OrgMention(tk.text[tk.starts[j] : tk.ends[k - 1]], tk.starts[j], tk.ends[k - 1])
            )
    return found
