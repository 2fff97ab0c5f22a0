"""How far an organisation's name reaches to the right of its head noun.

After the head come what names it: a purpose (``Ministerium für Arbeit, Integration und
Soziales``, ``Verein zur Förderung …``), a party (``Fraktion der AfD``), a place (``Stadt Frankfurt
am Main``, ``Kreis Lippe``), a genitive (``Kammer der Steuerberater``), qualifiers (``des Landes
NRW``, ``von Westfalen``) and a legal form (``GmbH & Co. KG``, ``e. V.``): ``complement`` and
``legal_end`` return the index after them.
"""

from __future__ import annotations

import re

from indexer.extraction.english_heads import COMPLEMENT_HEADS
from indexer.extraction.lexicon import (
    ASSOCIATION,
    LEGAL,
    MUNICIPAL,
    OF_PLACE,
    PARTY_WORDS,
    PLACE_PREFIX,
    PLACES,
    REGIONS,
    STOPWORDS,
    TIME_WORDS,
    TITLES,
    word_set,
)
from indexer.extraction.org_edges import foreign_form_end, purpose_of_known
from indexer.extraction.org_heads import (
    DAY_PART,
    NOUNISH,
    head_of,
    is_acronym,
    is_org_word,
    town_compound,
)
from indexer.extraction.org_objects import TOWN_ENDS
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

_CONNECT = frozenset({"und", ",", "sowie"})
_LOWER_ADJECTIVE = re.compile(
    r"(?!(?:die|der|das|den|dem|des|eine|einen|diese|seine|ihre)$)[a-zäöüß]+(?:e|en|er|es)"
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
    if is_org_word(text) and not town_compound(text):
        return False
    low = text.lower()
    if low in TITLES:
        return False  # "… und Jugend Dr. Franziska Giffey"
    if low.endswith("s") and (low[:-1] in REGIONS or low[:-1] in _COUNTRIES | PLACES):
        return False  # "die größte Raumfahrtagentur Deutschlands": a description
    if low in REGIONS or is_acronym(text):
        return True
    if low in TIME_WORDS or DAY_PART.fullmatch(low) or low in _RARE_FUNCTION_WORDS:
        return False  # "der Konzern Mittwochabend"; "des Fanclubs Ungeachtet der Kritik"
    # a town may be a common word too ("Stadt Essen"); after other heads a common noun is a noun
    common = 50000 if municipal else 2000
    return low not in STOPWORDS and frequency(low) < common and not NOUNISH.search(low)


# the adjective that opens a region's name of two words: "Mecklenburgische Seenplatte"
_REGION_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)e?")
_COUNTRIES = word_set("europa deutschland österreich frankreich italien polen amerika afrika")


def _second_place(tk: Tokens, k: int) -> bool:
    """Tell whether a second name word after a head still names it (``Berger Feld``).

    After a region (``Staatsanwaltschaft Hamburg Anklage``) only a region or an acronym does.
    """
    word, prev = tk.texts[k], tk.texts[k - 1]
    return prev.lower() not in REGIONS or word.lower() in REGIONS or is_acronym(word)


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
    """Tell a place after ``von``/``zu`` (``Westfalen``, ``Musterstadt``) from a noun, a compound
    noun (``das Bundesverfassungsgericht zu Überhangmandaten``) or an acronym (``zu TTIP``)."""
    low = word.lower()
    if low in REGIONS or low in PLACES or is_place(word):
        return True
    return frequency(low) == 0 and not word.isupper() and not _compound_noun(low)


def _compound_noun(low: str) -> bool:
    """Tell a compound the word list lacks by its last part (``fahrverboten``), not a town or
    a land (``Kurhessen``)."""
    if low.endswith(TOWN_ENDS):
        return False
    ends = [low[j:] for j in range(3, len(low) - 5) if frequency(low[j:])]
    return bool(ends) and not any(e in REGIONS or e in PLACES or is_place(e) for e in ends)


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
        if kinds[k] == "w" and (t.lower() in REGIONS or t.isupper()) and is_acronym(t):
            k += 1
            continue
        break
    return legal_end(tk, k)
