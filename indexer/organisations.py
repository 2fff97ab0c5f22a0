"""Named organisations in a press release, found from the head nouns of institutions.

An organisation is a head noun (``Ministerium``, ``Stadt``, ``Kreis``, ``Verband``, ``GmbH``,
``e. V.`` …) together with what names it: a ``für``-complement (``Ministerium für Arbeit,
Integration und Soziales``), a place or name (``Stadt Duisburg``), a naming adjective
(``Paritätischer Wohlfahrtsverband``) or an acronym (``Städtetag NRW``). A head noun alone is a
generic reference and no facet value: ``die Landesregierung``, ``das Land``, ``die Kommunen``, and
also ``das Integrationsministerium`` (a portfolio, not a name: it changes with each cabinet).
Neither is the wire service that distributed the release (``pressrelations``, ``ots``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.names import STOPWORDS, Token, tokenize, word_set
from indexer.wordlist import frequency

# head suffix -> gender, for the adjective ending of the nominative (r: -er, s: -es, e: -e)
_HEADS = {
    word: gender
    for gender, words in (
        ("r", "verband bund verein kreis städtetag landkreistag rundfunk konzern träger bundestag "
         "landtag club klub betrieb verbund beirat"),
        ("s", "ministerium amt institut zentrum klinikum krankenhaus präsidium gericht kreuz "
         "hilfswerk studierendenwerk bistum erzbistum berufskolleg gymnasium museum theater "
         "jobcenter kuratorium parlament kommissariat forum"),
        ("e", "universität hochschule fachhochschule kammer stiftung gesellschaft vereinigung "
         "gemeinschaft gemeinde stadt kirche fakultät akademie schule polizei feuerwehr agentur "
         "anstalt behörde regierung partei union tafel diakonie sparkasse bank volksbank "
         "gewerkschaft jugend staatsanwaltschaft staatskanzlei verwaltung kommission "
         "arbeiterwohlfahrt lebenshilfe wirtschaftsförderung städteregion zeitung stadtwerke werke "
         "kliniken fh tu uni"),
    )
    for word in words.split()
}  # fmt: skip
_HEAD = re.compile(
    "(?P<head>" + "|".join(sorted(_HEADS, key=len, reverse=True)) + ")(?P<infl>es|s|en|n|e|ien)?$",
    re.IGNORECASE,
)
_MUNICIPAL = word_set("stadt gemeinde kreis landkreis hansestadt landeshauptstadt")
_ASSOCIATION = word_set("verband bund verein vereinigung gesellschaft kirche kammer")
_LEGAL = word_set("gmbh ag kg kgaa se mbb ohg gbr eg ggmbh ug group")
ABBREVIATIONS = {"fh": "fachhochschule", "tu": "technische universität", "uni": "universität"}
_ADJECTIVE = re.compile(
    r"^(?:[A-ZÄÖÜ][\w-]*(?:isch|lich|ell|al|iv|är|sch)|Rot|Grün|Frei)(?P<end>e|en|em|er|es)$"
)
_PLACE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er$")
REGIONS = word_set(
    "nrw owl nordrhein-westfalen bayern baden-württemberg berlin brandenburg bremen hamburg hessen "
    "mecklenburg-vorpommern niedersachsen rheinland-pfalz saarland sachsen sachsen-anhalt "
    "schleswig-holstein thüringen deutschland westfalen rheinland westfalen-lippe"
)
_UNIQUE = word_set(
    "bundestag bundesrat bundesregierung bundesverfassungsgericht bundesgerichtshof bundeswehr "
    "bundespolizei bundesbank bundeskanzleramt bundeskriminalamt bundesnetzagentur "
    "bundeskartellamt"
)
# parties by their official names: "die Grünen" and "DIE LINKE" are one party each
_PARTY_TEXT = re.compile(
    r"\b(?P<p>CDU/CSU|SPD|CDU|CSU|FDP|AfD|BSW|NPD|ÖDP|DIE LINKE|Die Linke|BÜNDNIS 90/DIE GRÜNEN|"
    r"Bündnis 90/Die Grünen)\b|\b(?:[Dd]ie|der|den) (?P<g>Grünen|Linken)\b"
)
_PARTY_NAMES = {"grünen": "Bündnis 90/Die Grünen", "linke": "Die Linke", "linken": "Die Linke"}
_CLUB = re.compile(
    r"(?:\b\d\.\s?|\b)(?=[A-Z])(?:SC|FC|VfL|VfB|TSV|SV|TuS|SpVgg|DJK|TSG|BV|SSV|SuS|MSV|FSV|KSV|RSV|BSC|HSV|"
    r"TV|TuRa)(?:\s+(?:[A-ZÄÖÜ][\w-]+|\d{2,4})){1,3}"
)
WIRE_SERVICES = word_set(
    "pressrelations ots news aktuell dpa epd kna afp reuters presseportal openpr pressebox "
    "lifepr firmenpresse"
)
_SENDER = re.compile(
    r"Original-Content von:\s*(?P<name>[^,\n]{3,80}),\s*übermittelt", re.IGNORECASE
)
_GENERIC_PREFIX = word_set(
    "unternehmen firma konzern handelskette supermarktkette verein vereins initiative "
    "hersteller anbieter dienstleister betreiber"
)
_NOUNISH = re.compile(r"(?:ung|heit|keit|schaft|tion|ität|nis|mittel|geld|plan|arbeit|ungen)$")
_TIME_WORDS = word_set(
    "anfang ende mitte beginn januar februar märz april mai juni juli august september oktober "
    "november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag"
)
_PLACE_PREFIX = word_set("bad sankt st groß klein alt neu hohen ober nieder san santa new los")
_OF_PLACE = word_set("landes freistaates freistaats stadt kreises gemeinde")
_CONNECT = frozenset({"und", ",", "sowie"})
_LOWER_ADJECTIVE = re.compile(
    r"(?!(?:die|der|das|den|dem|des|eine|einen|diese|seine|ihre)$)[a-zäöüß]+(?:e|en|er|es)"
)
_QUOTES = "„“”\"'‚‘’,»«"


@dataclass(frozen=True)
class OrgMention:
    """An organisation named at ``start:end``: its nominative name, and its acronym if given."""

    name: str
    start: int
    end: int
    acronym: str | None = None


@lru_cache(maxsize=65536)
def head_of(word: str) -> tuple[str, str, str] | None:
    """Return ``(nominative, head suffix, gender)`` for an organisation head noun, else None."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in ABBREVIATIONS or low in _LEGAL:
        return word, low, _HEADS.get(low, "e")
    if low.endswith("ministerien"):
        return word[:-2] + "um", "ministerium", "s"  # "Das Ministerien für …": a typo for one
    match = _HEAD.search(word)
    if match is None:
        return None
    head, infl = match.group("head").lower(), (match.group("infl") or "").lower()
    gender = _HEADS[head]
    if infl and (gender == "e" or infl not in {"s", "es"}):
        return None  # a plural ("Verbänden", "Volkshochschulen") or not this head at all
    return (word[: match.start("infl")] if infl else word), head, gender


def is_org_word(word: str) -> bool:
    """Tell whether ``word`` is an organisation head noun (``Kreises``, ``Ministerium``)."""
    return head_of(word) is not None or word.lower() in _UNIQUE


def _is_cap(tok: Token) -> bool:
    return tok.kind == "w" and tok.text[:1].isupper()


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text[:1].isupper() and sum(c.isupper() for c in text) >= 2


def _place_like(tok: Token, blocked: set[int], municipal: bool = False) -> bool:
    """Tell whether ``tok`` can name an institution (``Duisburg``, ``Westfalen-Lippe``)."""
    if not _is_cap(tok) or tok.start in blocked or is_org_word(tok.text):
        return False
    low = tok.text.lower()
    if low in REGIONS or _is_acronym(tok.text):
        return True
    if low in _TIME_WORDS:
        return False
    # a town may be a common word too ("Stadt Essen"); after other heads a common noun is a noun
    common = 50000 if municipal else 2000
    return low not in STOPWORDS and frequency(low) < common and not _NOUNISH.search(low)


def _legal_end(tokens: tuple[Token, ...], k: int) -> int:
    """Return the index after a legal form at ``k`` (``GmbH & Co. KG``, ``e. V.``), or ``k``."""
    n, j = len(tokens), k
    while j < n:
        t = tokens[j]
        if t.text == "e" and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].text == "V":
            j += 4 if j + 3 < n and tokens[j + 3].text == "." else 3
        elif t.text.lower() in _LEGAL:
            j += 1
        elif t.text == "&" and j + 1 < n and tokens[j + 1].text in {"Co", "Cie", "Partner"}:
            j += 3 if j + 2 < n and tokens[j + 2].text == "." else 2
        else:
            break
    return j


def _complement(tokens: tuple[Token, ...], k: int, head: str, blocked: set[int]) -> int:
    """Return the index after what names the head at ``k - 1`` (``für …``, a place, ``der …``)."""
    n = len(tokens)
    if k < n and tokens[k].text in {"für", "zur", "zum"}:
        j, last = k + 1, k
        while j < n:
            t = tokens[j]
            if _is_cap(t) and t.start not in blocked:
                last = j + 1
            elif t.text not in _CONNECT and not (
                _LOWER_ADJECTIVE.fullmatch(t.text) and j + 1 < n and _is_cap(tokens[j + 1])
            ):
                break
            j += 1
        return _qualifiers(tokens, max(k, last), blocked)
    if head in _ASSOCIATION:
        for _ in range(2):
            if k >= n or tokens[k].text not in {"der", "des"}:
                break
            j = k + 1
            while j < n and _LOWER_ADJECTIVE.fullmatch(tokens[j].text):
                j += 1
            if j >= n or not _is_cap(tokens[j]) or tokens[j].start in blocked:
                break
            k = j + 1
            while k + 1 < n and tokens[k].text in _CONNECT and _is_cap(tokens[k + 1]):
                k += 2
            while k < n and _is_cap(tokens[k]) and tokens[k].start not in blocked:
                k += 1
    if (
        k + 1 < n
        and tokens[k].text.lower() in _MUNICIPAL
        and _place_like(tokens[k + 1], blocked, True)
    ):
        k += 2
    limit = 1 if head in _MUNICIPAL else 2
    if k < n and tokens[k].text.lower() in _PLACE_PREFIX:  # "Stadt Bad Oeynhausen"
        limit += 1
    count = 0
    while k < n and count < limit and _place_like(tokens[k], blocked, head in _MUNICIPAL):
        k, count = k + 1, count + 1
        if k < n and tokens[k].text == ".":
            k += tokens[k - 1].text == "St"  # "St. Marien"
    if count and head in _MUNICIPAL:
        k = _river(tokens, k, blocked)
    return _qualifiers(tokens, k, blocked)


def _river(tokens: tuple[Token, ...], k: int, blocked: set[int]) -> int:
    """Extend a town over ``am Main`` and ``an der Ruhr``."""
    words = [t.text for t in tokens[k : k + 3]]
    if words[:1] == ["am"] and k + 1 < len(tokens) and _place_like(tokens[k + 1], blocked, True):
        return k + 2
    if words[:2] == ["an", "der"] and k + 2 < len(tokens) and _place_like(tokens[k + 2], blocked):
        return k + 3
    return k


def _qualifiers(tokens: tuple[Token, ...], k: int, blocked: set[int]) -> int:
    """Extend over ``des Landes NRW``, ``der Stadt Köln``, ``von Westfalen``, ``zu Dortmund``."""
    n = len(tokens)
    while k < n:
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < n else None
        of_place = nxt is not None and t.text in {"des", "der"} and nxt.text.lower() in _OF_PLACE
        if of_place and k + 2 < n and _place_like(tokens[k + 2], blocked, True):
            k += 3
            continue
        if t.text in {"von", "zu"} and nxt is not None and _place_like(nxt, blocked):
            k += 2
            continue
        if (
            t.kind == "w"
            and (t.text.lower() in REGIONS or t.text.isupper())
            and _is_acronym(t.text)
        ):
            k += 1
            continue
        break
    return _legal_end(tokens, k)


def _left(tokens: tuple[Token, ...], i: int, legal: bool, blocked: set[int]) -> tuple[int, bool]:
    """Extend left of the head at ``i`` over naming adjectives; return (start index, named?)."""
    a, named = i, False
    while a > 0:
        t = tokens[a - 1]
        if t.kind == "w" and (_ADJECTIVE.match(t.text) or _PLACE_ADJECTIVE.match(t.text)):
            if t.text.lower() in STOPWORDS:
                break
            a, named = a - 1, True
        elif t.text in {"und", "oder"} and a > 1 and tokens[a - 2].text.endswith("-"):
            a -= 2
        elif legal and (_is_cap(t) or t.text in {"&", "."}) and t.start not in blocked:
            if t.text.lower() in _GENERIC_PREFIX or t.text.lower() in STOPWORDS:
                break
            a, named = a - 1, True
        elif legal and t.text in {"der", "des", "und", "in", "zu", "von"} and a > 1:
            prev = tokens[a - 2]
            if not _is_cap(prev) or prev.text.lower() in STOPWORDS or prev.start in blocked:
                break
            if t.text in {"der", "des"} and not is_org_word(prev.text):
                break
            a -= 1
        else:
            break
        if i - a > 8:
            break
    while a < i and (tokens[a].kind != "w" or tokens[a].text in {"der", "und", "in", "zu", "von"}):
        a += 1
    return a, named


def _display(tokens: tuple[Token, ...], a: int, k: int, text: str, head_index: int) -> str:
    """Return the span as a nominative name (``des Kreises Lippe`` -> ``Kreis Lippe``)."""
    head = head_of(tokens[head_index].text)
    words = []
    for j in range(a, k):
        t = tokens[j]
        piece = t.text
        if j == head_index and head:
            piece = head[0]
        elif j < head_index and head and (m := _ADJECTIVE.match(t.text)):
            piece = t.text[: m.start("end")] + {"r": "er", "s": "es", "e": "e"}[head[2]]
        gap = text[tokens[j - 1].end : t.start] if j > a else ""
        words.append((" " if gap else "") + piece)
    return "".join(words).strip(_QUOTES + " ")


def find_organisations(text: str, persons: list[tuple[int, int]] = ()) -> list[OrgMention]:
    """Find organisation mentions in ``text``, outside the ``(start, end)`` spans of persons."""
    tokens = tokenize(text)
    blocked = _inside(tokens, persons)
    found: list[OrgMention] = []
    for i, tok in enumerate(tokens):
        if tok.kind != "w" or tok.start in blocked:
            continue
        head = head_of(tok.text)
        if tok.text == "e" and _legal_end(tokens, i) > i:
            a, named = _left(tokens, i, True, blocked)
            if a < i:
                k = _legal_end(tokens, i)
                name = text[tokens[a].start : tokens[k - 1].end].strip(_QUOTES + " ")
                found.append(OrgMention(name, tokens[a].start, tokens[k - 1].end))
            continue
        if head is None:
            if tok.text.lower() in _UNIQUE:
                found.append(OrgMention(tok.text, tok.start, tok.end))
            continue
        legal = tok.text.lower() in _LEGAL or tok.text == "Stiftung"
        a, named = _left(tokens, i, legal, blocked)
        k = _complement(tokens, i + 1, head[1], blocked)
        k2 = _legal_end(tokens, k)
        if k2 > k:
            a2, named2 = _left(tokens, i, True, blocked)
            a, named, k = min(a, a2), named or named2, k2
        if k == i + 1 and not named:
            continue
        legal_name = any(_legal_end(tokens, j) == k for j in range(max(i + 2, k - 6), k))
        generic = tokens[a].text.lower() in _GENERIC_PREFIX and _is_cap(tokens[a + 1])
        if generic and (a < i or legal_name):
            a += 1  # "das Unternehmen Hella GmbH", "dem Verein Bildungspaten Gelsenkirchen e. V."
        found.append(
            OrgMention(_display(tokens, a, k, text, i), tokens[a].start, tokens[k - 1].end)
        )
    found += _pattern_mentions(text) + _adjective_regions(tokens)
    return _with_acronyms(text, _outermost(found))


def _adjective_regions(tokens: tuple[Token, ...]) -> list[OrgMention]:
    """Find ``Paritätischer NRW``: a naming adjective before a region, no head noun between."""
    found = []
    for left, right in zip(tokens, tokens[1:], strict=False):
        m = _ADJECTIVE.match(left.text)
        if m and right.text.lower() in REGIONS:
            name = f"{left.text[: m.start('end')]}er {right.text}"
            found.append(OrgMention(name, left.start, right.end))
    return found


def _inside(tokens: tuple[Token, ...], spans) -> set[int]:
    """Return the start offsets of the tokens inside any of ``spans``."""
    spans = sorted(spans)
    blocked, j = set(), 0
    for tok in tokens:
        while j < len(spans) and spans[j][1] <= tok.start:
            j += 1
        if j < len(spans) and spans[j][0] <= tok.start:
            blocked.add(tok.start)
    return blocked


def _pattern_mentions(text: str) -> list[OrgMention]:
    found = [OrgMention(m.group(), m.start(), m.end()) for m in _CLUB.finditer(text)]
    if "Original-Content" not in text:
        return found + _parties(text)
    for m in _SENDER.finditer(text):
        found.append(OrgMention(m.group("name").strip(), m.start("name"), m.end("name")))
    return found + _parties(text)


def _parties(text: str) -> list[OrgMention]:
    found = []
    for m in _PARTY_TEXT.finditer(text):
        name = m.group("p") or m.group("g")
        start = m.start("p") if m.group("p") else m.start("g")
        shown = _PARTY_NAMES.get(name.split()[-1].split("/")[-1].lower(), name)
        found.append(OrgMention(shown, start, start + len(name)))
    return found


def _outermost(found: list[OrgMention]) -> list[OrgMention]:
    """Drop mentions inside others, except a town inside ``… der Stadt Köln`` (both are named)."""
    kept: list[OrgMention] = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        outer = next((k for k in kept if k.start <= m.start and m.end <= k.end), None)
        if outer is None or (m.start > outer.start and m.name.split()[0].lower() in _MUNICIPAL):
            kept.append(m)
    return kept


def _with_acronyms(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Attach ``(ABK)`` right after a mention as its acronym (``… (MAIS NRW)``)."""
    result = []
    for m in found:
        after = re.match(r"\s*\((?P<abk>[A-ZÄÖÜ][\w-]{1,9}(?: [A-Z]{2,4})?)\)", text[m.end :])
        abk = after.group("abk") if after else None
        if abk and sum(c.isupper() for c in abk) >= 2:
            m = OrgMention(m.name, m.start, m.end, abk)
        result.append(m)
    return result
