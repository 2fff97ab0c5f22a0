"""Named organisations in a press release, found from the head nouns of institutions.

An organisation is a head noun (``Ministerium``, ``Stadt``, ``Kreis``, ``Verband``, ``GmbH``,
``e. V.`` …) together with what names it: a ``für``-complement (``Ministerium für Arbeit,
Integration und Soziales``), a place or name (``Stadt Duisburg``), a naming adjective
(``Paritätischer Wohlfahrtsverband``) or an acronym (``Städtetag NRW``). A head noun alone is a
generic reference and no facet value: ``die Landesregierung``, ``das Land``, ``die Kommunen``, and
also ``das Integrationsministerium`` (a portfolio, not a name: it changes with each cabinet).
Neither is the wire service that distributed the release (``pressrelations``, ``ots``).
How far a name reaches around its head noun is worked out in ``org_heads`` (left) and
``org_complements`` (right), whether a head only describes the name after it in
``org_described``; parties, clubs and the ots sender are found by their shape in ``org_shapes``,
acronyms standing alone in ``org_bare_acronyms``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

from indexer.extraction.fastpaths import Memo
from indexer.extraction.known_orgs import find_known

# ABBREVIATIONS, WIRE_SERVICES, head_of and is_org_word are re-exported: they lived here once
from indexer.extraction.lexicon import ABBREVIATIONS as ABBREVIATIONS
from indexer.extraction.lexicon import (
    GENERIC_PREFIX,
    LEGAL,
    MUNICIPAL,
    REGIONS,
    UNIQUE,
)
from indexer.extraction.lexicon import WIRE_SERVICES as WIRE_SERVICES
from indexer.extraction.org_acronyms import spelled_names
from indexer.extraction.org_articles import MILITIA, article_names
from indexer.extraction.org_bare_acronyms import bare_acronyms
from indexer.extraction.org_bounds import (
    colour_start,
    described_kind,
    draw_group,
    join_overlaps,
    junction,
    notice_start,
)
from indexer.extraction.org_clubs import club_names, european_clubs
from indexer.extraction.org_complements import complement, legal_end
from indexer.extraction.org_contracts import contract_names
from indexer.extraction.org_courts import bare_court, court_names
from indexer.extraction.org_described import (
    DESCRIBED_BY_TOWN,
    coordinated,
    described,
    town_adjectives,
)
from indexer.extraction.org_domains import domain_names
from indexer.extraction.org_edges import FORM_STARTS, national_end, quoted_bodies, quoted_start
from indexer.extraction.org_english import english_names
from indexer.extraction.org_ensembles import ensemble_names
from indexer.extraction.org_firms import firm_names
from indexer.extraction.org_frames import (
    market_names,
    namens_names,
    role_of_names,
    speaking_names,
)
from indexer.extraction.org_heads import ADJECTIVE, QUOTES, display, extend_left, named_compound
from indexer.extraction.org_heads import head_of as head_of
from indexer.extraction.org_heads import is_org_word as is_org_word
from indexer.extraction.org_kind_names import (
    after_kind,
    company_names,
    kind_compound,
    kind_then_name,
)
from indexer.extraction.org_kinds import group_names
from indexer.extraction.org_lead import kind_start
from indexer.extraction.org_makers import stands_for_product
from indexer.extraction.org_nicknames import nickname_clubs, sector_clubs
from indexer.extraction.org_nouns import no_body, plural_object
from indexer.extraction.org_objects import clause_object, noun_object
from indexer.extraction.org_papers import paper_names
from indexer.extraction.org_places import (
    TOWN_KINDS,
    as_place,
    church_building,
    past_town_adjective,
    territory,
    town_site,
)
from indexer.extraction.org_plurals import dative_object
from indexer.extraction.org_products import car
from indexer.extraction.org_role_tails import role_tails
from indexer.extraction.org_romance import romance_names
from indexer.extraction.org_shapes import (
    ADDRESS,
    OrgMention,
    acronym_party,
    join_broken_names,
    pattern_mentions,
)
from indexer.extraction.org_short import short_forms
from indexer.extraction.org_spans import acronym_after, outermost, tokens_inside, with_acronyms
from indexer.extraction.org_spelled import mend_spelled
from indexer.extraction.org_teams import team_names
from indexer.extraction.org_titles import inside_title, title_spans, work_compound
from indexer.extraction.org_towns import described_town, town_exit
from indexer.extraction.org_voters import voters_end
from indexer.extraction.tokens import Tokens, split_tokens

# heads whose name stands before them: "Free Software Foundation Europe", "Erna-Klug Stiftung"
_NAMED_BEFORE = frozenset(
    ("Stiftung", "Foundation", "Association", "Society", "Federation", "Council", "Airways",
     "Airlines", "Corporation", "Company", "Institute", "Laboratory", "Laboratories", "Holding")
)  # fmt: skip
_ENGLISH_OF = frozenset(("of", "for", "on"))
# words a legal form starts with that are no head: "e. V.", "N.V.", "Oyj"
_FORM_ANCHORS = FORM_STARTS | {"e"}


@lru_cache(maxsize=65536)
def _may_start(word: str) -> bool:
    """Tell whether ``word`` can anchor a mention: a head noun, a unique name, ``e. V.``."""
    return word in _FORM_ANCHORS or head_of(word) is not None or word.lower() in UNIQUE


_MAY_START = Memo(_may_start.__wrapped__)  # a dict lookup per token (fastpaths)
_REGION_WORDS = Memo(lambda word: word.lower() in REGIONS)


def find_organisations(text: str, persons: list[tuple[int, int]] = ()) -> list[OrgMention]:
    """Find organisation mentions in ``text``, outside the ``(start, end)`` spans of persons."""
    if "\n" in text:
        text = join_broken_names(text)
    tk = split_tokens(text)
    texts, kinds, starts, ends = tk.texts, tk.kinds, tk.starts, tk.ends
    addresses = [m.span() for m in ADDRESS.finditer(text)] if "@" in text or "ww" in text else []
    blocked = tokens_inside(tk, [*persons, *addresses])
    found: list[OrgMention] = []
    for i in compress(range(len(texts)), map(_MAY_START.__getitem__, texts)):
        if kinds[i] != "w" or starts[i] in blocked:
            continue
        head = head_of(texts[i])
        if texts[i] in _FORM_ANCHORS and legal_end(tk, i) > i:
            a, named = extend_left(tk, i, True, blocked)
            if a < i:
                k = legal_end(tk, i)
                a = quoted_start(tk, a, k)  # "Verein „Freunde der Oper e. V.“"
                name = text[starts[a] : ends[k - 1]].strip(QUOTES + " ")
                found.append(OrgMention(name, starts[a], ends[k - 1]))
            continue
        if head is None:
            if texts[i].lower() in UNIQUE and tk.capital[i]:
                found.append(OrgMention(texts[i], starts[i], ends[i]))
            continue
        if texts[i].lower().endswith("institute") and tk.word(i + 1) not in _ENGLISH_OF:
            continue  # German "(Kredit)Institute" is a plural; "Institute of Technology" a name
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
        if k == i + 2 and not legal and noun_object(tk, i, head[1]):
            k = i + 1  # "der Bund Finanzhilfen gewährt": the clause's object, no part of the name
        if draw_group(tk, i) or described_kind(tk, a, i):
            continue  # "in der Gruppe B": a group of a tournament's draw
        plain = a == i or town_adjectives(tk, a, i)
        j = kind_then_name(tk, i, head[1], plain, blocked)
        if j > i + 1:  # "der Energiekonzern Engie", "die Zeitung Haaretz": the name alone
            found.append(OrgMention(text[starts[i + 1] : ends[j - 1]], starts[i + 1], ends[j - 1]))
            continue
        if unique and a == i and k == i + 1:
            continue  # the curated list and the unique names give it
        if tk.word(i + 1) in {"der", "des"} and kind_compound(texts[i].lower(), head[1]):
            continue  # "die Fluggesellschaft der Golfregion": a description
        if k == i + 1 and not named and not named_compound(texts[i]) and not acronym_after(tk, k):
            continue
        if text[ends[k - 1] : ends[k - 1] + 1] == "@":
            continue  # "Pressestelle-Staatsanwaltschaft@…": an e-mail address
        legal_name = any(legal_end(tk, j) == k for j in range(max(i + 2, k - 6), k))
        generic = texts[a].lower() in GENERIC_PREFIX and tk.capital[a + 1]
        if generic and (a < i or legal_name):
            a += 1  # "das Unternehmen Hella GmbH", "dem Verein Bildungspaten Gelsenkirchen e. V."
        if legal_name or legal:
            a = notice_start(tk, a, k - 1)  # "Verbreitung Brenntag AG", "Tochter TrustCase GmbH"
            a = kind_start(tk, a, k - 1)  # "das IT-Unternehmen Materna GmbH"
            a = quoted_start(tk, a, k)  # "die „Hilfe für Kinder gGmbH“"
        if head[1] == "kreuz":
            if junction(tk, a, i):
                continue  # "zwischen Kreuz Hilden und …": a motorway junction
            a = colour_start(tk, a)  # "vom Blauen Kreuz Wuppertal"
        if texts[i].lower().startswith("wahlkreis") or work_compound(texts[i]):
            continue  # a constituency is no organisation
        if no_body(tk, i, head[1]) or plural_object(tk, a, i, k, head[1]):
            continue  # "Titelträger Finnland"; "stellte die Stiftung Preisgelder zur Verfügung"
        if clause_object(tk, a, i, k, head[1]):  # "auf die Regierung Druck auszuüben"
            continue
        if head[1] == "kirche" and church_building(tk, i):
            continue  # "die Klosterkirche St. Johann": a building, no body
        if head[1] in DESCRIBED_BY_TOWN and a == i - 1 and k == i + 1 and texts[a].endswith("er"):
            continue  # "die Karlsruher Kulturstadt", "des Düsseldorfer Konzerns": descriptions
        if texts[i].lower() in TOWN_KINDS or town_site(tk, a, i, k):
            continue  # "die Kreisstadt Torgau", "der Residenzstadt Mannheim": a town, no body
        if described_town(tk, a, i, head[1]) or town_exit(tk, a, i, k):
            continue  # "der syrischen Stadt Aleppo", "zwischen … und Essen-Zentrum": places
        if as_place(tk, a, head[1]):
            continue  # "Wohnsitz im Landkreis Verden", "Mariaberg (Kreis Sigmaringen)"
        if head[1] in MUNICIPAL and territory(tk, k):
            continue  # "die Gemeinde X wurde in die Stadt Y eingemeindet": land, no body
        if coordinated(tk, a, i) and described(tk, i, k, head[1]):
            a = i  # "am Luftfahrt- und Rüstungskonzern EADS"
        if plain and described(tk, i, k, head[1]):
            # "der Chemiekonzern BASF", "die Nachrichtenagentur AFP": the name follows its kind
            found.append(OrgMention(text[starts[i + 1] : ends[k - 1]], starts[i + 1], ends[k - 1]))
            continue
        a = _party_before(tk, past_town_adjective(tk, a, i), i)
        k = voters_end(tk, i, k)  # "Fraktion Bürger für Ravensburg"
        name = display(tk, a, k, i)
        of_party = a == i and k in (i + 3, i + 5) and texts[i + 1] in {"der", "von"}
        if of_party and acronym_party(texts[i + 2]) and acronym_party(texts[k - 1]):
            # "Fraktion der AfD" is the "AfD-Fraktion", "der CDU/CSU" the "CDU/CSU-Fraktion"
            name = f"{text[starts[i + 2] : ends[k - 1]]}-{head[0]}"
        found.append(OrgMention(name, starts[a], ends[k - 1]))
    curated = []  # first, so that a curated name wins over the same span found by its head
    for a, b, known in find_known(tk):
        if starts[a] not in blocked and not car(tk, a, b):  # "sein Mercedes 208": a car
            written = text[starts[a] : ends[b - 1]]
            acronym = None if written == known.name else known.acronym or written
            national = national_end(tk, b, known.name)  # "Telefónica Deutschland"
            if national > b:
                written = text[starts[a] : ends[national - 1]]
                curated.append(OrgMention(written, starts[a], ends[national - 1]))
                continue
            curated.append(OrgMention(known.name, starts[a], ends[b - 1], acronym))
    found = curated + found
    found += pattern_mentions(text, texts) + _adjective_regions(tk) + after_kind(tk, blocked)
    found += market_names(tk, blocked) + speaking_names(tk, blocked) + company_names(tk, blocked)
    found += role_of_names(tk, blocked) + paper_names(tk, blocked) + firm_names(tk, blocked)
    found += english_names(tk, blocked) + namens_names(tk, blocked) + club_names(tk, blocked)
    found += romance_names(tk, blocked) + contract_names(tk, blocked) + nickname_clubs(tk, blocked)
    found += sector_clubs(tk, blocked) + court_names(tk, blocked) + team_names(tk, blocked)
    found += european_clubs(tk, blocked) + group_names(tk, blocked) + domain_names(text)
    found += short_forms(tk, found, blocked)  # "Die Quorvex GmbH … Quorvex baut"
    found[:0] = [OrgMention(MILITIA, a, b, "IS") for a, b in article_names(tk, blocked)]  # "den IS"
    for a, b in quoted_bodies(tk, blocked):  # "der Verein „Kinderlachen“"
        found.append(OrgMention(text[starts[a] : ends[b - 1]], starts[a], ends[b - 1]))
    found += _spelled(tk, blocked | tokens_inside(tk, [(m.start, m.end) for m in found]))
    found += bare_acronyms(tk, blocked | tokens_inside(tk, [(m.start, m.end) for m in found]))
    found += ensemble_names(tk, found)  # "Sinfonieorchester des Bayerischen Rundfunks"
    titles = title_spans(text)  # "der Film „The Social Network“": a work's title
    found = [
        m
        for m in found
        if not _product(tk, m)
        and not inside_title(titles, m.start, m.end)
        and not bare_court(tk, m.start, m.end)
        and not dative_object(text, m.start, m.end)  # "bei den Stadtwerken Gaslecks" (org_plurals)
    ]
    found = mend_spelled(tk, found, blocked)  # "Verband Österreichischer Zeitungen (VÖZ)"
    return with_acronyms(text, join_overlaps(text, outermost(role_tails(text, found))))


def _product(tk: Tokens, m: OrgMention) -> bool:
    """Tell a maker's name that stands for its product (``ein Audi``, ``HTC Vive``)."""
    a = bisect_left(tk.starts, m.start)
    return a < len(tk.starts) and tk.ends[a] == m.end and stands_for_product(tk, a, a + 1)


# a party named before a slash, glued to a compound of the other: "CDU/CSU-Fraktion",
# "BÜNDNIS 90/DIE GRÜNEN-Fraktion"
_PARTY_BEFORE = re.compile(r"(?:\b(?:CDU|CSU|SPD)/|\b(?:BÜNDNIS|Bündnis) 90/(?:(?:DIE|Die) )?)$")


def _party_before(tk: Tokens, a: int, i: int) -> int:
    """Extend a compound of a party (``CSU-Fraktion``) over the party before its slash."""
    if "-" not in tk.texts[i] or not _PARTY_FIRST.match(tk.texts[i]):
        return a
    start = tk.starts[a]
    before = _PARTY_BEFORE.search(tk.text, max(0, start - 16), start)
    return a if before is None else bisect_left(tk.starts, before.start())


_PARTY_FIRST = re.compile(r"(?:CSU|CDU|SPD|GRÜNEN|Grünen)-")


def _adjective_regions(tk: Tokens) -> list[OrgMention]:
    """Find ``Paritätischer NRW``: a naming adjective before a region, no head noun between."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    regions = map(_REGION_WORDS.__getitem__, texts[1:])
    found = []
    for j in compress(range(1, len(texts)), regions):
        m = ADJECTIVE.match(texts[j - 1])
        if m:
            name = f"{texts[j - 1][: m.start('end')]}er {texts[j]}"
            found.append(OrgMention(name, starts[j - 1], ends[j]))
    return found


def _spelled(tk: Tokens, taken: set[int]) -> list[OrgMention]:
    """Find names before the acronym they spell: ``Deutsche Vermögensberatung (DVAG)``."""
    found = []
    for a, b, acronym in spelled_names(tk, taken):
        start, end = tk.starts[a], tk.ends[b - 1]
        found.append(OrgMention(tk.text[start:end], start, end, acronym))
    return found
