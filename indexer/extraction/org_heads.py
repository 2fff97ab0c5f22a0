"""The head nouns of organisations, and how far a name reaches around its head.

A head noun (``Ministerium``, ``Kreises``, ``GmbH``) is extended to the right over what names it
(``für Arbeit, Integration und Soziales``, ``Lippe``, ``des Landes NRW``, ``e. V.``) and to the
left over naming adjectives (``Paritätischer``); the span is then shown in the nominative.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.english_heads import COMPLEMENT_HEADS
from indexer.extraction.lexicon import (
    ABBREVIATIONS,
    ASSOCIATION,
    GENERIC_PREFIX,
    HEADS,
    LEGAL,
    MUNICIPAL,
    OF_PLACE,
    PARTY_WORDS,
    PLACE_PREFIX,
    PLACES,
    REGIONS,
    ROLE_STEMS,
    STOPWORDS,
    TIME_WORDS,
    TITLES,
    UNIQUE,
    word_set,
)
from indexer.extraction.org_edges import foreign_form_end, purpose_of_known
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

_ENDINGS = ("es", "s", "en", "n", "e", "ien")
_HEAD = re.compile(
    "(?P<head>"
    + "|".join(sorted(HEADS, key=len, reverse=True))
    + f")(?P<infl>{'|'.join(_ENDINGS)})?$",
    re.IGNORECASE,
)
# Every head with each ending, by length: a word that ends in none of them is no head, known
# without the search above, which tries every head at every letter of the word. Only for words
# of letters whose case ``lower()`` folds as the search ignores it.
_FORMS = frozenset(head + ending for head in HEADS for ending in ("", *_ENDINGS))
# the lengths of the forms by their last three letters (those shorter apart): a word is compared
# only with the forms it may end in, most words with none
_SHORT = tuple(sorted({len(form) for form in _FORMS if len(form) < 3}))
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _form in _FORMS:
    if len(_form) >= 3:
        _LENGTHS[_form[-3:]] = tuple(sorted({*_LENGTHS.get(_form[-3:], ()), len(_form)}))
_PLAIN = re.compile(r"[A-Za-zÄÖÜäöüß0-9-]+")
# nouns that end like an adjective: "Pressestelle" is no adjective "Pressestell-e"
ADJECTIVE = re.compile(
    r"^(?!(?i:\w*(?:stelle|welle|quelle|kapelle|zelle|schwelle|tabelle|novelle|initiative|alternative"
    r"|perspektive|archive|motive|menschen))$)"
    r"(?:[A-ZÄÖÜ][\w-]*(?:isch|lich|ell|al|iv|är|sch)|Rot|Grün|Frei|Oberst|Höchst)"
    r"(?P<end>e|en|em|er|es)$"
)
_PLACE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er$")
# "Mittwochabend", "Sonntagmorgen": a time, never a name
DAY_PART = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s?"
    r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?"
)
_NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|nis|mittel|geld|plan|arbeit|ungen|bericht|gesetz|antrag"
    r"|vertrag|entwurf|programm|konzept|strategie|papier|beschluss)$"
)
_CONNECT = frozenset({"und", ",", "sowie"})
_LOWER_ADJECTIVE = re.compile(
    r"(?!(?:die|der|das|den|dem|des|eine|einen|diese|seine|ihre)$)[a-zäöüß]+(?:e|en|er|es)"
)
QUOTES = "„“”\"'‚‘’,»«"
_DETERMINERS = word_set(
    "ihrer unserer eurer seiner meiner deiner dieser jener jeder aller anderer mancher solcher "
    "welcher keiner"
)
_NUMBERED = word_set("inspektion polizeiinspektion kommissariat revier")
# heads that a "zur …"/"zum …" complement names: "Gesellschaft zur Förderung …"
_PURPOSE_HEADS = word_set(
    "verband bund verein vereinigung gesellschaft kammer stiftung institut zentrum zentrale "
    "anstalt akademie gemeinschaft werk hilfswerk arbeitsgemeinschaft"
)
# nouns after "für"/"zur"/"zum" that make a phrase, not a name: "… zur Verfügung"
_NOT_PURPOSE = word_set(
    "verfügung anlass thema beispiel abschluss auftakt ende beginn start schluss ihren ihre ihr "
    "sie uns alle ihn euch jahr jahre zeit kenntnis folge teil wohl glück unterstützung"
)


@lru_cache(maxsize=65536)
def head_of(word: str) -> tuple[str, str, str] | None:
    """Return ``(nominative, head suffix, gender)`` for an organisation head noun, else None."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in ABBREVIATIONS or low in LEGAL:
        return word, low, HEADS.get(low, "e")
    if low.endswith("ministerien"):
        return word[:-2] + "um", "ministerium", "s"  # "Das Ministerien für …": a typo for one
    ends = (*_SHORT, *_LENGTHS.get(low[-3:], ()))
    if _PLAIN.fullmatch(word) and not any(low[-n:] in _FORMS for n in ends):
        return None
    match = _HEAD.search(word)
    if match is None:
        return None
    head, infl = match.group("head").lower(), (match.group("infl") or "").lower()
    gender = HEADS.get(head)
    if gender is None:
        return None  # "Unİ": matched ignoring case, but "İ" lowers to two letters
    if infl and (gender == "e" or infl not in {"s", "es"}):
        return None  # a plural ("Verbänden", "Volkshochschulen") or not this head at all
    return (word[: match.start("infl")] if infl else word), head, gender


def is_org_word(word: str) -> bool:
    """Tell whether ``word`` is an organisation head noun (``Kreises``, ``Ministerium``)."""
    return head_of(word) is not None or word.lower() in UNIQUE


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text[:1].isupper() and sum(c.isupper() for c in text) >= 2


# prepositions and adverbs rare enough to pass for a place by their frequency, that open a
# sentence (capitalised) right after a name when its full stop is lost
_RARE_FUNCTION_WORDS = word_set(
    "ungeachtet somit indes indessen mithin ferner sodann hingegen nebst samt seitens mittels "
    "anhand infolge zwecks bezüglich hinsichtlich angesichts anlässlich aufgrund abseits "
    "jenseits diesseits unweit inmitten oberhalb unterhalb zufolge gemäß entgegen"
)


def _place_like(tk: Tokens, j: int, blocked: set[int], municipal: bool = False) -> bool:
    """Tell whether token ``j`` can name an institution (``Duisburg``, ``Westfalen-Lippe``)."""
    text = tk.texts[j]
    if not tk.capital[j] or tk.starts[j] in blocked:
        return False
    if is_org_word(text) and not _town_compound(text):
        return False
    low = text.lower()
    if low in TITLES:
        return False  # "… und Jugend Dr. Franziska Giffey"
    if low.endswith("s") and (low[:-1] in REGIONS or low[:-1] in _COUNTRIES | PLACES):
        return False  # "die größte Raumfahrtagentur Deutschlands": a description
    if low in REGIONS or _is_acronym(text):
        return True
    if low in TIME_WORDS or DAY_PART.fullmatch(low) or low in _RARE_FUNCTION_WORDS:
        return False  # "der Konzern Mittwochabend"; "des Fanclubs Ungeachtet der Kritik"
    # a town may be a common word too ("Stadt Essen"); after other heads a common noun is a noun
    common = 50000 if municipal else 2000
    return low not in STOPWORDS and frequency(low) < common and not _NOUNISH.search(low)


def named_compound(word: str) -> bool:
    """Tell ``Hans-Böckler-Stiftung``, ``DGB-Kreisverband`` from ``NRW-Integrationsministerium``."""
    if "-" not in word.rstrip("-"):
        return False
    first, last = word.split("-")[0], word.rstrip("-").split("-")[-1]
    low = first.lower()
    if _town_compound(last):
        return False  # "Titisee-Neustadt", "US-Ostküstenstadt": a town, no body
    return (
        first[:1].isupper()
        and low not in REGIONS
        and low not in _GENERIC_PARTS
        and (head_of(first) is None)
    )


# the adjective that opens a region's name of two words: "Mecklenburgische Seenplatte"
_REGION_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)e?")
_COUNTRIES = word_set("europa deutschland österreich frankreich italien polen amerika afrika")
_GENERIC_PARTS = word_set("landes bundes stadt kreis gemeinde haupt ober nieder enquete")


def _second_place(tk: Tokens, k: int) -> bool:
    """Tell whether a second name word after a head still names it (``Berger Feld``).

    After a region (``Staatsanwaltschaft Hamburg Anklage``) only a region or an acronym does.
    """
    word, prev = tk.texts[k], tk.texts[k - 1]
    return prev.lower() not in REGIONS or word.lower() in REGIONS or _is_acronym(word)


def _town_compound(word: str) -> bool:
    """Tell a town whose name ends in a head noun (``Grünstadt``) from the head (``Hansestadt``)."""
    low = word.lower()
    return low.endswith("stadt") and low not in MUNICIPAL and frequency(low) < 50


def legal_end(tk: Tokens, k: int) -> int:
    """Return the index after a legal form at ``k`` (``GmbH & Co. KG``, ``GmbH + Co. KG``,
    ``e. V.``), or ``k``."""
    texts = tk.texts
    n, j = len(texts), k
    if 0 < j < n and texts[j] == "." and _dotted(tk, j - 1):
        j += 1  # "Google Inc.", "Smith Ltd.": the head itself was the legal form
    while j < n:
        t = texts[j]
        if t == "e" and j + 2 < n and texts[j + 1] == "." and texts[j + 2] == "V":
            j += 4 if j + 3 < n and texts[j + 3] == "." else 3
        elif t.lower() in LEGAL or t == "mbH":  # "Gesellschaft für Wirtschaftsförderung mbH"
            j += 1
            if tk.word(j) == "." and _dotted(tk, j - 1):
                j += 1  # "Google Inc.", "Smith Ltd."
        elif foreign_form_end(tk, j) > j:  # "Koninklijke Scholten-Honig N.V.", "Nokia Oyj"
            j = foreign_form_end(tk, j)
        elif t in {"&", "+"} and j + 1 < n and texts[j + 1] in {"Co", "Cie", "Partner"}:
            j += 3 if j + 2 < n and texts[j + 2] == "." else 2
        else:
            break
    return j


def complement(tk: Tokens, k: int, head: str, blocked: set[int]) -> int:
    """Return the index after what names the head at ``k - 1`` (``für …``, a place, ``der …``)."""
    texts, cap, starts = tk.texts, tk.capital, tk.starts
    n = len(texts)
    if head in COMPLEMENT_HEADS and tk.word(k) in {"of", "for", "on"} and k + 1 < n and cap[k + 1]:
        j = k + 1  # "Institute of Technology", "Council on Security and Development"
        while j < n and (cap[j] or (texts[j] in _ENGLISH_LINKS and j + 1 < n and cap[j + 1])):
            j += 1
        return j
    if head.endswith("fraktion") and tk.word(k) in {"der", "von"} and _party(tk.word(k + 1)):
        if tk.word(k + 2) == "/" and _party(tk.word(k + 3)):
            return k + 4  # "Fraktion der CDU/CSU"
        return k + 2  # "Landtagsfraktion der AfD", "Fraktion der Grünen"
    if head == "ministerium" and tk.word(k) in {"des", "der"} and _portfolio(tk.word(k + 1)):
        k += 2  # "Ministerium des Innern und für Kommunales", "Staatsministerium der Justiz"
        if tk.word(k) == "und" and tk.word(k + 1) == "für":
            return complement(tk, k + 1, head, blocked)
        return _qualifiers(tk, k, blocked)
    if k < n and head in _NUMBERED and tk.kinds[k] == "d":
        return _qualifiers(tk, k + 1, blocked)  # "Polizeiinspektion 41"
    if purpose_of_known(tk, k) > k:  # "Gesellschaft für die Vereinten Nationen"
        return _qualifiers(tk, purpose_of_known(tk, k), blocked)
    if k < n and _names_purpose(tk, k, head):
        j, last = k + 1, k
        while j < n:
            if cap[j] and texts[j].lower() in TITLES:
                break  # "… für Arbeit dankte Herr Minister": a person is addressed
            if cap[j] and starts[j] not in blocked:
                last = j + 1
            elif (
                last == j
                and (texts[j] == "im" or (texts[j] == "in" and tk.word(j + 1) == "der"))
                and not is_org_word(tk.word(j + 1 + (texts[j] == "in")))
            ):
                # "Bundesamt für Sicherheit in der Informationstechnik"
                j += texts[j] == "in"
            elif (
                texts[j] not in _CONNECT
                and not (_LOWER_ADJECTIVE.fullmatch(texts[j]) and j + 1 < n and cap[j + 1])
                # "Ministerium für Bildung und für Sport" goes on
                and not (texts[j] == "für" and texts[j - 1] == "und" and j + 1 < n and cap[j + 1])
            ):
                break
            j += 1
        return _qualifiers(tk, max(k, last), blocked)
    if head in ASSOCIATION:
        for _ in range(2):
            if k >= n or texts[k] not in {"der", "des"}:
                break
            j = k + 1
            while j < n and _LOWER_ADJECTIVE.fullmatch(texts[j]):
                j += 1
            if j >= n or not cap[j] or starts[j] in blocked:
                break
            if not _ and head_of(texts[j]) is not None:
                break  # "Jugendkammer des Landgerichts Hamburg": the court is the organisation
            k = j + 1
            while k + 1 < n and texts[k] in _CONNECT and cap[k + 1]:
                k += 2
            while k < n and cap[k] and starts[k] not in blocked:
                k += 1
    if k + 1 < n and texts[k].lower() in MUNICIPAL and _place_like(tk, k + 1, blocked, True):
        k += 2
    limit = 1 if head in MUNICIPAL else 2
    if k < n and texts[k].lower() in PLACE_PREFIX:  # "Stadt Bad Oeynhausen"
        limit += 1
    elif k + 1 < n and _REGION_ADJECTIVE.fullmatch(texts[k]) and cap[k + 1]:
        limit += 1  # "Landkreis Sächsische Schweiz-Osterzgebirge", "Südliche Weinstraße"
    count = 0
    while k < n and count < limit and _place_like(tk, k, blocked, head in MUNICIPAL):
        if count and not _second_place(tk, k):
            break  # "Staatsanwaltschaft Hamburg Anklage": a noun after the place
        k, count = k + 1, count + 1
        if k < n and texts[k] == ".":
            k += texts[k - 1] == "St"  # "St. Marien"
    if count:  # "Stadt Frankfurt am Main", "Hauptzollamt Frankfurt am Main"
        k = _river(tk, k, blocked)
    region = tk.word(k + 1)
    if head in ASSOCIATION and tk.word(k) == "in" and region.lower() in REGIONS - {"nrw", "owl"}:
        k += 2  # "Bund Naturschutz in Bayern", "Landesbauernverband in Baden-Württemberg"
    return _qualifiers(tk, k, blocked)


_DOTTED = word_set("inc ltd corp co")


def _dotted(tk: Tokens, j: int) -> bool:
    """Tell an abbreviated legal form with its dot right after it (``Inc.``)."""
    return tk.texts[j].lower() in _DOTTED and tk.starts[j + 1] == tk.ends[j]


# ("School" is no head: persons read it as the end of a school's name, ORG_AFTER_MORE)
_ENGLISH_LINKS = word_set("and of for on the &")


def _named_place(word: str) -> bool:
    """Tell a place after ``von``/``zu`` (``Westfalen``, ``Musterstadt``) from a noun."""
    low = word.lower()
    return low in REGIONS or low in PLACES or is_place(word) or frequency(low) == 0


def _portfolio(word: str) -> bool:
    return word in {"Innern", "Inneren", "Justiz", "Finanzen", "Verteidigung"}


def _party(word: str) -> bool:
    return word.lower() in PARTY_WORDS - {"die", "bündnis", "fraktionslos"} or word in {
        "Grünen",
        "Linken",
    }


def _names_purpose(tk: Tokens, k: int, head: str) -> bool:
    """Tell ``Ministerium für Arbeit`` and ``Verein zur Förderung`` from ``… zur Verfügung``."""
    texts, n = tk.texts, len(tk.texts)
    prep, nxt = texts[k], tk.word(k + 1)
    if prep not in {"für", "zur", "zum"} or k + 1 >= n or not tk.capital[k + 1]:
        return False
    if nxt.lower() in _NOT_PURPOSE or nxt.lower() in STOPWORDS:
        return False  # "für Ihren Einsatz", "zur Verfügung"
    return prep == "für" or head in _PURPOSE_HEADS


def _river(tk: Tokens, k: int, blocked: set[int]) -> int:
    """Extend a town over ``am Main`` and ``an der Ruhr``."""
    words, n = tk.texts[k : k + 3], len(tk.texts)
    if words[:1] == ["am"] and k + 1 < n and _place_like(tk, k + 1, blocked, True):
        return k + 2
    if words[:2] == ["an", "der"] and k + 2 < n and _place_like(tk, k + 2, blocked):
        return k + 3
    return k


def _qualifiers(tk: Tokens, k: int, blocked: set[int]) -> int:
    """Extend over ``des Landes NRW``, ``der Stadt Köln``, ``von Westfalen``, ``zu Dortmund``."""
    texts, kinds = tk.texts, tk.kinds
    n = len(texts)
    while k < n:
        t = texts[k]
        nxt = texts[k + 1] if k + 1 < n else None
        of_place = nxt is not None and t in {"des", "der"} and nxt.lower() in OF_PLACE
        if of_place and k + 2 < n and _place_like(tk, k + 2, blocked, True):
            k += 3
            continue
        if t in {"von", "zu"} and nxt is not None and _place_like(tk, k + 1, blocked):
            if _named_place(nxt):
                k += 2
                continue
            break  # "Regierung von Präsident …", "Krankenhaus von Rebellen": no place
        if kinds[k] == "w" and (t.lower() in REGIONS or t.isupper()) and _is_acronym(t):
            k += 1
            continue
        break
    return legal_end(tk, k)


def extend_left(tk: Tokens, i: int, legal: bool, blocked: set[int]) -> tuple[int, bool]:
    """Extend left of the head at ``i`` over naming adjectives; return (start index, named?)."""
    texts, kinds, cap, starts = tk.texts, tk.kinds, tk.capital, tk.starts
    a, named = i, False
    while a > 0:
        t = texts[a - 1]
        if kinds[a - 1] == "w" and (ADJECTIVE.match(t) or _PLACE_ADJECTIVE.match(t)):
            if t.lower() in STOPWORDS or t.lower() in _DETERMINERS:
                break  # "Ihrer Partei", "unserer Fraktion": no naming adjective
            if t.lower().endswith(KIND_NOUNS):
                break  # "der Versicherer Allianz": a kind, no town adjective
            if not ADJECTIVE.match(t) and any(stem in t.lower() for stem in ROLE_STEMS):
                break  # "Leiter Konzern Schaden": a role noun, no town adjective
            a, named = a - 1, True
        elif a == i and starts[a - 1] not in blocked and _name_before(t, kinds[a - 1], texts[i]):
            a, named = a - 1, True  # "GLS Bank", "Lichtenstern Gymnasium"
        elif t in {"und", "oder"} and a > 1 and texts[a - 2].endswith("-"):
            a -= 2
        elif legal and (cap[a - 1] or t in {"&", "."}) and starts[a - 1] not in blocked:
            if t.lower() in GENERIC_PREFIX or t.lower() in STOPWORDS:
                break
            a, named = a - 1, True
            if t == "The":
                break  # "Verlage The Quill Company": an English name starts at its article
        elif legal and t in {"der", "des", "und", "in", "zu", "von", "for", "of", "and"} and a > 1:
            prev = texts[a - 2]
            if not cap[a - 2] or prev.lower() in STOPWORDS or starts[a - 2] in blocked:
                break
            if t in {"der", "des"} and not is_org_word(prev):
                break
            a -= 1
        else:
            break
        if i - a > 8:
            break
    while a < i and (kinds[a] != "w" or texts[a] in {"der", "und", "in", "zu", "von"}):
        a += 1
    return a, named


# nouns in -er that say what kind of organisation follows: "der Versicherer Allianz"
KIND_NOUNS = (
    "versicherer", "hersteller", "anbieter", "betreiber", "händler", "zulieferer", "sender",
    "versender", "vermarkter", "entwickler", "produzent", "discounter", "erzeuger", "träger",
)  # fmt: skip


# heads that follow a name that is no German word: "Kenyon College", not "DigitalPakt Schule"
_NAME_BEFORE_HEADS = word_set(
    "college gymnasium universität university bank versicherung verlag gruppe klinik hotel "
    "brauerei theater festival ensemble orchester"
)


def _name_before(word: str, kind: str, head_word: str) -> bool:
    """Tell a name written before its head: an acronym (``GLS Bank``, not ``NRW``), or a word
    that is no German word (``Kenyon College``), short and not itself an institution."""
    if kind != "w" or not word[:1].isupper() or word.lower() in REGIONS:
        return False
    if _is_acronym(word):
        return True
    return (
        head_word.lower() in _NAME_BEFORE_HEADS
        and len(word) <= 12
        and "-" not in word  # "CDU-geführte Landesregierung": a description
        and frequency(word) == 0
        and not is_org_word(word)
        and not _NOUNISH.search(word.lower())
        and word.lower() not in STOPWORDS
        and word.lower() not in TITLES
    )


def display(tk: Tokens, a: int, k: int, head_index: int) -> str:
    """Return the span as a nominative name (``des Kreises Lippe`` -> ``Kreis Lippe``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    head = head_of(texts[head_index])
    words = []
    for j in range(a, k):
        piece = texts[j]
        if j == head_index and head:
            piece = head[0]
        elif j < head_index and head and (m := ADJECTIVE.match(texts[j])) and not _town(m):
            piece = texts[j][: m.start("end")] + {"r": "er", "s": "es", "e": "e"}[head[2]]
        gap = tk.text[ends[j - 1] : starts[j]] if j > a else ""
        words.append((" " if gap else "") + piece)
    return "".join(words).strip(QUOTES + " ")


def _town(m: re.Match) -> bool:
    """Tell a town's adjective (``Jülicher``: no word ``jülich``), which is never declined."""
    return m.group("end") == "er" and frequency(m.string[: m.start("end")].lower()) == 0
