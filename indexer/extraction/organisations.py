"""Named organisations in a press release, found from the head nouns of institutions.

An organisation is a head noun (``Ministerium``, ``Stadt``, ``Kreis``, ``Verband``, ``GmbH``,
``e. V.`` …) together with what names it: a ``für``-complement (``Ministerium für Arbeit,
Integration und Soziales``), a place or name (``Stadt Duisburg``), a naming adjective
(``Paritätischer Wohlfahrtsverband``) or an acronym (``Städtetag NRW``). A head noun alone is a
generic reference and no facet value: ``die Landesregierung``, ``das Land``, ``die Kommunen``, and
also ``das Integrationsministerium`` (a portfolio, not a name: it changes with each cabinet).
Neither is the wire service that distributed the release (``pressrelations``, ``ots``).
How far a name reaches around its head noun is worked out in ``org_heads``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from indexer.extraction.known_orgs import find_known, is_known_start

# ABBREVIATIONS, WIRE_SERVICES, head_of and is_org_word are re-exported: they lived here once
from indexer.extraction.lexicon import ABBREVIATIONS as ABBREVIATIONS
from indexer.extraction.lexicon import (
    GENERIC_PREFIX,
    LEGAL,
    MUNICIPAL,
    PARTY_WORDS,
    REGIONS,
    ROLE_STEMS,
    UNIQUE,
    word_set,
)
from indexer.extraction.lexicon import WIRE_SERVICES as WIRE_SERVICES
from indexer.extraction.org_heads import (
    ADJECTIVE,
    QUOTES,
    complement,
    display,
    extend_left,
    legal_end,
    named_compound,
)
from indexer.extraction.org_heads import head_of as head_of
from indexer.extraction.org_heads import is_org_word as is_org_word
from indexer.extraction.tokens import Tokens, split_tokens
from indexer.text.wordlist import frequency

# parties by their official names: "die Grünen" and "DIE LINKE" are one party each; the leading
# lookaheads of these patterns let the scan pass over positions where no match can start
_PARTY_TEXT = re.compile(
    r"(?=[CSFABNÖDd])(?:\b(?P<p>CDU/CSU|SPD|CDU|CSU|FDP|AfD|BSW|NPD|ÖDP|DIE LINKE|Die Linke|"
    r"BÜNDNIS 90/DIE GRÜNEN|Bündnis 90/Die Grünen)\b|\b(?:[Dd]ie|der|den) (?P<g>Grünen|Linken)\b)"
)
_PARTY_NAMES = {"grünen": "Bündnis 90/Die Grünen", "linke": "Die Linke", "linken": "Die Linke"}
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
_CLUB = re.compile(
    r"(?=[\dSFVTDBMKRH])(?:\b\d\.\s?|\b)(?=[A-Z])"
    r"(?:SC|FC|VfL|VfB|TSV|SV|TuS|SpVgg|DJK|TSG|BV|SSV|SuS|MSV|FSV|KSV|RSV|BSC|HSV|TV|TuRa)"
    r"(?:\s+(?:[A-ZÄÖÜ][\w-]+|\d{2,4})){1,3}"
)
_SENDER = re.compile(
    r"Original-Content von:\s*(?P<name>[^,\n]{3,80}),\s*übermittelt", re.IGNORECASE
)
# heads whose name stands before them: "Free Software Foundation Europe", "Erna-Klug Stiftung"
_NAMED_BEFORE = frozenset(("Stiftung", "Foundation", "Association", "Society"))
# "Ministerium des Innern und\nfür Kommunales\ndes Landes Brandenburg": one name over three lines
_LINK_WORDS = frozenset(("für", "des", "der", "zur", "zum", "und"))
_LINKS_BEFORE = frozenset((" und", " für", " des", " der", " zur", " zum", " von"))
_LINKS_AFTER = re.compile(r"(?:für|des|der|zur|zum|und für) [A-ZÄÖÜ]")


def _join_broken_names(text: str) -> str:
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
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\")\]]++|[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<abk>[A-ZÄÖÜ][\w-]{1,9}(?: [A-Z]{2,4})?)\)")


@dataclass(frozen=True)
class OrgMention:
    """An organisation named at ``start:end``: its nominative name, and its acronym if given."""

    name: str
    start: int
    end: int
    acronym: str | None = None


@lru_cache(maxsize=65536)
def _may_start(word: str) -> bool:
    """Tell whether ``word`` can anchor a mention: a head noun, a unique name, ``e. V.``."""
    return word == "e" or head_of(word) is not None or word.lower() in UNIQUE


def find_organisations(text: str, persons: list[tuple[int, int]] = ()) -> list[OrgMention]:
    """Find organisation mentions in ``text``, outside the ``(start, end)`` spans of persons."""
    if "\n" in text:
        text = _join_broken_names(text)
    tk = split_tokens(text)
    texts, kinds, starts, ends = tk.texts, tk.kinds, tk.starts, tk.ends
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "@" in text or "ww" in text else []
    blocked = _inside(tk, [*persons, *addresses])
    found: list[OrgMention] = []
    for i in compress(range(len(texts)), map(_may_start, texts)):
        if kinds[i] != "w" or starts[i] in blocked:
            continue
        head = head_of(texts[i])
        if texts[i] == "e" and legal_end(tk, i) > i:
            a, named = extend_left(tk, i, True, blocked)
            if a < i:
                k = legal_end(tk, i)
                name = text[starts[a] : ends[k - 1]].strip(QUOTES + " ")
                found.append(OrgMention(name, starts[a], ends[k - 1]))
            continue
        if head is None:
            if texts[i].lower() in UNIQUE and tk.capital[i]:
                found.append(OrgMention(texts[i], starts[i], ends[i]))
            continue
        legal = texts[i].lower() in LEGAL or texts[i] in _NAMED_BEFORE
        a, named = extend_left(tk, i, legal, blocked)
        # "Bundesregierung" is a whole name: "der Bundesregierung Bericht" is no "Bundesregierung
        # Bericht"
        unique = texts[i].lower() in UNIQUE
        k = i + 1 if unique else complement(tk, i + 1, head[1], blocked)
        k2 = legal_end(tk, k)
        if k2 > k:
            a2, named2 = extend_left(tk, i, True, blocked)
            a, named, k = min(a, a2), named or named2, k2
        if unique and a == i and k == i + 1:
            continue  # the curated list and the unique names give it
        if k == i + 1 and not named and not named_compound(texts[i]) and not _acronym_after(tk, k):
            continue
        if text[ends[k - 1] : ends[k - 1] + 1] == "@":
            continue  # "Pressestelle-Staatsanwaltschaft@…": an e-mail address
        legal_name = any(legal_end(tk, j) == k for j in range(max(i + 2, k - 6), k))
        generic = texts[a].lower() in GENERIC_PREFIX and tk.capital[a + 1]
        if generic and (a < i or legal_name):
            a += 1  # "das Unternehmen Hella GmbH", "dem Verein Bildungspaten Gelsenkirchen e. V."
        if texts[i].lower().startswith("wahlkreis"):
            continue  # a constituency is no organisation
        if head[1] in MUNICIPAL and a == i - 1 and k == i + 1 and texts[a].endswith("er"):
            continue  # "die Karlsruher Kulturstadt": a description of a town
        if _as_place(tk, a, head[1]):
            continue  # "Wohnsitz im Landkreis Verden", "Mariaberg (Kreis Sigmaringen)"
        if a == i and _described(tk, i, k, head[1]):
            # "der Chemiekonzern BASF", "die Nachrichtenagentur AFP": the name follows its kind
            found.append(OrgMention(text[starts[i + 1] : ends[k - 1]], starts[i + 1], ends[k - 1]))
            continue
        name = display(tk, a, k, i)
        if (
            a == i
            and k == i + 3
            and texts[i + 1] in {"der", "von"}
            and _acronym_party(texts[k - 1])
        ):
            name = f"{texts[k - 1]}-{head[0]}"  # "Fraktion der AfD" is the "AfD-Fraktion"
        found.append(OrgMention(name, starts[a], ends[k - 1]))
    curated = []  # first, so that a curated name wins over the same span found by its head
    for a, b, known in find_known(tk):
        if starts[a] not in blocked:
            written = text[starts[a] : ends[b - 1]]
            acronym = None if written == known.name else known.acronym or written
            curated.append(OrgMention(known.name, starts[a], ends[b - 1], acronym))
    found = curated + found
    found += _pattern_mentions(text) + _adjective_regions(tk)
    found += _bare_acronyms(tk, blocked | _inside(tk, [(m.start, m.end) for m in found]))
    return _with_acronyms(text, _outermost(found))


# acronyms that name no organisation: units, things, laws, treaties, systems, roman numerals
_NOT_ORG_ACRONYMS = word_set(
    "usa uk eur usd chf pkw lkw kfz suv ice dna rna hiv aids covid sars ceo cfo cto coo gps pdf "
    "url html edv pc usb led wlan dsl lte umts sms mms faq abc öpnv spnv bip mint brd ddr mdb mdl "
    "mdep kwh pol ots neu plz vip app din mrt icu kita thc adhs mwst ust co2 nox tel fax www http "
    "https sgb bgb hgb zpo eeg gwb kwkg dsgvo ceta ttip jefta dax mdax iban bic csr esg sdg kmu "
    "gap ngo lng kwk thg ccs ets led lcd dvd cd ok pm pi nr az ggf bzw usw etc ca inkl exkl gkv pkv"
)


def _bare_acronyms(tk: Tokens, taken: set[int]) -> list[OrgMention]:
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
        if not word.isupper() or kinds[i] != "w":
            continue
        if _CODE.fullmatch(word):
            continue  # "POL-DO": a police press office's code; "M-V": a region
        low = word.lower()
        if low in _NOT_ORG_ACRONYMS or low in REGIONS or _ROMAN.fullmatch(word):
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
        found.append(OrgMention(word, starts[i], ends[i]))
    return found


_ROMAN = re.compile(r"[IVXLCDM]+")
_ACRONYM_SHAPE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][A-ZÄÖÜ-]{2,5}(?![\w-])")
_CODE = re.compile(r"[A-Z]{2,4}-[A-Z]{1,4}|[A-Z]-[A-Z]")


def _capitals(tk: Tokens, j: int) -> bool:
    word = tk.word(j)
    return len(word) >= 2 and word.isupper() and tk.kinds[j] == "w"


_DESCRIBING = frozenset(("konzern", "gesellschaft", "agentur", "bank", "gruppe", "verlag"))


def _described(tk: Tokens, i: int, k: int, head: str) -> bool:
    """Tell a kind before a name (``Ölkonzern Petrobras``) from a name (``Landesbank Hessen``)."""
    word, nxt = tk.texts[i], tk.word(i + 1)
    if head not in _DESCRIBING or len(word) <= len(head) + 2 or "-" in word or k <= i + 1:
        return False
    if not tk.capital[i + 1] or nxt.lower() in REGIONS:
        return False
    return (nxt.isupper() and len(nxt) >= 2) or is_known_start(nxt)


def _as_place(tk: Tokens, a: int, head: str) -> bool:
    """Tell a district or town named as a place (``im Kreis X``, ``(Kreis X)``) from the body."""
    if head not in _PLACE_HEADS and tk.texts[a].lower() not in _PLACE_HEADS:
        return False
    before = tk.word(a - 1).lower()
    return before in {"im", "in", "(", "aus", "nach"} or (
        before == "dem" and tk.word(a - 2).lower() in {"aus", "in"}
    )


_PLACE_HEADS = frozenset(("kreis", "landkreis", "wahlkreis", "bezirk", "stadtteil"))


def _acronym_after(tk: Tokens, k: int) -> bool:
    """Tell whether a head is followed by its acronym: ``des Landesbauernverbandes (LBV)``."""
    word = tk.word(k + 1)
    return (
        tk.word(k) == "("
        and tk.word(k + 2) == ")"
        and 2 <= len(word) <= 8
        and sum(c.isupper() for c in word) >= 2
    )


def _adjective_regions(tk: Tokens) -> list[OrgMention]:
    """Find ``Paritätischer NRW``: a naming adjective before a region, no head noun between."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    regions = map(REGIONS.__contains__, map(str.lower, texts[1:]))
    found = []
    for j in compress(range(1, len(texts)), regions):
        m = ADJECTIVE.match(texts[j - 1])
        if m:
            name = f"{texts[j - 1][: m.start('end')]}er {texts[j]}"
            found.append(OrgMention(name, starts[j - 1], ends[j]))
    return found


def _inside(tk: Tokens, spans) -> set[int]:
    """Return the start offsets of the tokens inside any of ``spans``."""
    starts, blocked = tk.starts, set()
    for start, end in spans:
        blocked.update(starts[bisect_left(starts, start) : bisect_left(starts, end)])
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
        branch = None
        if m.group("p") and text[max(0, start - 3) : start] == "er ":  # cheap test first
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


def _acronym_party(word: str) -> bool:
    return word.lower() in PARTY_WORDS and sum(c.isupper() for c in word) >= 2


def _town_adjective(word: str) -> bool:
    """Tell ``Bielefelder`` from ``Sprecher``, ``Minister``, ``jeder`` before a party."""
    low = word.lower()
    return low not in _NOT_TOWN and not any(stem in low for stem in ROLE_STEMS)


def _outermost(found: list[OrgMention]) -> list[OrgMention]:
    """Drop mentions inside others, except a town inside ``… der Stadt Köln`` (both are named)."""
    kept: list[OrgMention] = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        outer = next((k for k in kept if k.start <= m.start and m.end <= k.end), None)
        if outer is None or (m.start > outer.start and m.name.split()[0].lower() in MUNICIPAL):
            kept.append(m)
    return kept


def _with_acronyms(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Attach ``(ABK)`` right after a mention as its acronym (``… (MAIS NRW)``)."""
    result = []
    for m in found:
        after = _ACRONYM_AFTER.match(text, m.end)
        abk = after.group("abk") if after else None
        if abk and sum(c.isupper() for c in abk) >= 2:
            m = OrgMention(m.name, m.start, m.end, abk)
        result.append(m)
    return result
