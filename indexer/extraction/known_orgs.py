"""Frequent German organisations that releases name without a head noun or only by acronym.

A curated list, written by hand for pressesuche from general knowledge (no data set was copied):
federal bodies and ministries (also of recent cabinets), agencies, courts, parliaments, EU and
UN bodies, wire services, broadcasters and newspapers, unions, business and professional
associations, churches, welfare associations and NGOs, health insurers, science organisations and
institutes, universities known by acronym, and large companies. Each line
is ``Full name | acronym | other names``; the facet value is the full name, the others become
aliases. A body renamed under the same acronym, its new name extending the old one, is a second
line with that acronym: its names count as the first line's body (the BMI under its three names
since 2018); a changed acronym (BMJ, BMJV) marks a changed remit and stays a body of its own.
Names are matched case-sensitively as whole tokens (``EU`` but not ``eu`` in a URL), a genitive
``-s``/``-es`` of the last word included (``des Umweltbundesamtes``). An acronym in a dateline
tag (``Berlin (dpa)``, ``(Reuters)``) is the distributing wire service and not matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from indexer.extraction.lexicon import ANNOUNCING, SPOKE_AFTER, WIRE_SERVICES
from indexer.extraction.org_case import news_cased
from indexer.extraction.org_context import in_trade
from indexer.extraction.org_frequent import FREQUENT
from indexer.extraction.org_frequent_added import ADDED
from indexer.extraction.org_names import GUARDED, KINDS, NAMES
from indexer.extraction.org_news import NEWS
from indexer.extraction.org_sectors import SECTORS
from indexer.extraction.tokens import Tokens, split_tokens
from indexer.text.wordlist import is_word


@dataclass(frozen=True)
class Known:
    """A curated organisation: the name shown and its acronym."""

    name: str
    acronym: str | None
    guarded: bool = False


def _lines() -> list[tuple[str, bool]]:
    """Return the lines of both curated lists, each with whether its names are guarded."""
    return [
        (line, guarded)
        for text, guarded in (
            (FREQUENT, False),
            (ADDED, False),
            (NAMES, False),
            (NEWS, False),
            (SECTORS, False),
            (GUARDED, True),
        )
        for line in text.strip().splitlines()
    ]


@lru_cache(maxsize=1)
def _by_length() -> dict[str, list[tuple[int, dict[tuple[str, ...], Known]]]]:
    """Map a first token to its names grouped by length, longest first (one lookup a length)."""
    grouped: dict[str, dict[int, dict[tuple[str, ...], Known]]] = {}
    for first, entries in _index().items():
        for tokens, known in entries:
            grouped.setdefault(first, {}).setdefault(len(tokens), {}).setdefault(tokens, known)
    return {f: sorted(by.items(), reverse=True) for f, by in grouped.items()}


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], Known]]]:
    """Map a first token to the token sequences starting with it, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
    by_acronym: dict[str, Known] = {}
    for line, guarded in _lines():
        name, acronym, others = (part.strip() for part in line.split("|"))
        known = Known(name, acronym or None, guarded)
        first = by_acronym.setdefault(acronym, known) if acronym else known
        if name.startswith(first.name):
            # a later line with an earlier line's acronym and a longer form of its name is that
            # body renamed, its acronym kept (BMI, also "…, für Bau und Heimat"): one facet value
            known = first
        names = {name, *(o.strip() for o in others.split(",") if o.strip())}
        if acronym:
            names.add(acronym)
        for written in names:
            tokens = (written,) if written.isalpha() else tuple(split_tokens(written).texts)
            if guarded and len(tokens) > 1 and tokens[0] in _ARTICLES:
                tokens = tokens[1:]  # "Die Zeit" is looked for as "Zeit"
            # the full name declined as after an article: "der Deutschen Bahn", "das Deutsche Rote
            # Kreuz" (not its other names: "Paritätischer Wohlfahrtsverband" names branches too)
            variants = {tokens, *_declined(tokens)} if written == name else {tokens}
            last = tokens[-1]
            if len(last) > 4 and not last.isupper() and not last.endswith("s"):
                for v in tuple(variants):
                    variants |= {(*v[:-1], last + "s"), (*v[:-1], last + "es")}
            if spoken_acronym(written):  # "Nato", "Fifa", "Bamf": news style
                variants.add((written.title(),))
            variants |= {c for v in tuple(variants) if (c := news_cased(v))}  # "Unicredit"
            for variant in variants:
                index.setdefault(variant[0], []).append((variant, known))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_VOWELS = frozenset("AEIOUÄÖÜ")
_CONSONANT_RUN = re.compile(r"[^AEIOUÄÖÜ]{3}")


def spoken_acronym(word: str) -> bool:
    """Tell an acronym spoken as a word (``FIFA``, ``BAMF``, ``UNESCO``), which news agencies
    write with one capital (``Fifa``, ``Bamf``): four letters or more, a vowel among the first
    two and inside, no three consonants in a row (not ``BMAS``), and in that spelling no word of
    the German word list (not ``Bund``)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.isupper()
        and any(c in _VOWELS for c in word[1:-1])
        and _CONSONANT_RUN.search(word) is None
        and (word[0] in _VOWELS or word[1] in _VOWELS)  # "Bamf", not "Bmas"
        and not is_word(word.lower())  # "Bund" is no BUND, "Nato" is curated as an alias
    )


def _declined(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return a name with its adjectives declined after an article: in the genitive and dative
        (``der Deutschen Bahn``, ``des Allgemeinen Deutschen Automobil-Clubs``, ``der Vereinten
        Nationen``) and in the nominative (``der Deutsche Gewerkschaftsbund``); a feminine or plural
        name also without one (``Aktien von Deutscher Bank``, ``bei Junger Union``). A town's
    adjective in -er is not declined (``der Neuen Zürcher Zeitung``)."""
    oblique, weak, strong = list(tokens), list(tokens), list(tokens)
    for j, word in enumerate(tokens[:-1]):
        if word[:1].isupper() and word.isalpha() and len(word) > 3:
            if word.endswith(("er", "es")):
                if not is_word(word[:-2] + "en"):
                    continue  # a town's adjective stays: "der Neuen Zürcher Zeitung"
                oblique[j], weak[j] = word[:-2] + "en", word[:-2] + "e"
                strong = []
            elif word.endswith("e"):
                oblique[j] = word[:-1] + "en"
                if strong:
                    strong[j] = word + "r"
    return tuple(oblique), tuple(weak), *((tuple(strong),) if strong else ())


@lru_cache(maxsize=1)
def single_word_names() -> frozenset[str]:
    """Return the lowercased curated names of one word (``arbeiterwohlfahrt``, ``siemens``)."""
    names = (line.split("|")[0].strip() for line, _ in _lines())
    return frozenset(name.lower() for name in names if " " not in name)


def load_tables() -> None:
    """Build the indexes of curated names now (``tables.load``; later calls cost nothing)."""
    _by_length()
    _index()
    single_word_names()


def is_known_start(word: str) -> bool:
    """Tell whether ``word`` is the first word of a curated name (``Lufthansa``, ``Deutsche``)."""
    return word in _index()


def is_known_word(word: str) -> bool:
    """Tell whether ``word`` alone is a curated name or alias (``Bertelsmann``, ``BVB``)."""
    return any(tokens == (word,) for tokens, _ in _index().get(word, ()))


def known_end(tk: Tokens, i: int) -> int:
    """Return the index after the longest curated name that starts at token ``i``, or ``i``."""
    for length, names in _by_length().get(tk.word(i), ()):
        if tuple(tk.texts[i : i + length]) in names:
            return i + length
    return i


def find_known(tk: Tokens) -> list[tuple[int, int, Known]]:
    """Return ``(first token, token after, organisation)`` for each curated name in ``tk``."""
    index, texts, kinds = _by_length(), tk.texts, tk.kinds
    found, after = [], 0
    # most tokens start no curated name: only those that do are looked at
    for i in compress(range(len(texts)), map(index.__contains__, texts)):
        if i < after or kinds[i] == "p":
            continue
        for length, names in index[texts[i]]:
            end = i + length
            known = names.get(tuple(texts[i:end]))
            if known is not None and _whole(tk, i, end):
                if not _wire_tag(tk, i, end) and _stands_as_name(tk, i, end, known):
                    found.append((i, end, known))
                    after = end
                break
    return found + _institutes(tk)


_OPENING = frozenset("„\"»‚'")
_CLOSING = frozenset("“\"«‘'’")
_ARTICLES = frozenset(("Der", "Die", "Das"))
_LOWER_ARTICLES = frozenset(("der", "die", "das"))


def _stands_as_name(tk: Tokens, a: int, b: int, known: Known) -> bool:
    """Tell a name from a common word or a headline: a guarded name (``Spiegel``) needs quotes
    or a word before it that says what it is; an acronym in a run of capitals is no name."""
    texts = tk.texts
    if b - a == 1 and texts[a].isupper() and (_caps(tk, a - 1) or _caps(tk, b)):
        return False  # "MIT FREUNDLICHEN GRÜSSEN"
    if not known.guarded or b - a > 1 or "-" in texts[a]:
        return True
    # the article of the name is no part of the lookup: "„Die Zeit“", "Sender Das Erste"
    start = a - 1 if tk.word(a - 1) in _ARTICLES and known.name.startswith(tk.word(a - 1)) else a
    if tk.word(start - 1) in _OPENING and tk.word(b) in _CLOSING:
        return True
    before = tk.word(start - 1).lower()
    if before.endswith(KINDS) or in_trade(tk, a, b, known.name):
        return True  # "Gewerkschaft Verdi", "Verdi ruft zum Warnstreik auf"
    # "teilte die Bahn mit", "Die Welt berichtete": a body speaks with its article
    after = tk.word(b)
    if before in _LOWER_ARTICLES and (tk.word(start - 2) in ANNOUNCING or after in SPOKE_AFTER):
        return True
    # "von Allianz und Commerzbank": beside another organisation of the lists
    beside = tk.word(b + 1) if tk.word(b) in _AND else tk.word(a - 2) if before in _AND else ""
    return beside in _index() and not _guarded_only(beside)


_AND = frozenset(("und", "sowie", "oder"))


def _guarded_only(word: str) -> bool:
    return all(known.guarded for _, known in _index()[word])


def _caps(tk: Tokens, j: int) -> bool:
    word = tk.word(j)
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _institutes(tk: Tokens) -> list[tuple[int, int, Known]]:
    """Find a Fraunhofer institute by its acronym (``Fraunhofer IAO``)."""
    texts, found = tk.texts, []
    if "Fraunhofer " not in tk.text:
        return found
    for i in compress(range(len(texts) - 1), map("Fraunhofer".__eq__, texts)):
        acronym = texts[i + 1]
        if 2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha():
            found.append((i, i + 2, Known(f"Fraunhofer {acronym}", None)))
    return found


def _whole(tk: Tokens, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` stand alone: not glued to a hyphen or a word (``EU-weit``)."""
    text = tk.text
    before = text[tk.starts[a] - 1] if tk.starts[a] else " "
    after = text[tk.ends[b - 1]] if tk.ends[b - 1] < len(text) else " "
    return before not in "-/@." and after not in "-@" and not after.isalnum()


def _wire_tag(tk: Tokens, a: int, b: int) -> bool:
    """Tell a dateline's wire tag (``Berlin (dpa) -``, ``(epd)``, ``(APA, 11.10.2015)``) or a
    news item's signature of several (``(APA/dpa, 4.3.2016)``, ``(APA, red, 9.6.2014)``) from a
    name in the prose."""
    if b - a != 1 or a == 0 or not _tag_word(tk, a):
        return False
    j = a - 1
    while j > 1 and tk.texts[j] in _TAG_SEPARATORS and _tag_word(tk, j - 1):
        j -= 2  # "(APA/dpa, …)": dpa after APA
    if tk.texts[j] != "(":
        return False
    k = b
    while tk.word(k) in _TAG_SEPARATORS and _tag_word(tk, k + 1):
        k += 2
    if tk.word(k) in _TAG_SEPARATORS:
        k += 1  # "(APA; 9.4.2016)", "(APA/red – 9.4. 2016)"
    return tk.word(k) == ")" or tk.kinds[k : k + 1] == ["d"]


_TAG_SEPARATORS = frozenset(("/", ",", ";", "–", "-"))


def _tag_word(tk: Tokens, j: int) -> bool:
    """Tell a wire service's or an editor's tag: ``dpa``, ``APA``, ``dpa-AFX``, ``red``."""
    word = tk.word(j)
    return word.lower() in WIRE_SERVICES or (word.isalpha() and word.islower())
