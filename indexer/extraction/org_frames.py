"""Organisations known by what a sentence says of them, not by their shape or a head noun.

A body speaks with its article, a person without one: ``teilte die Gewoba mit``, ``Die Agiv
erklärte``, ``so die Quorvia``. A single capitalised word between an article and a verb of
speaking or announcing (on either side) is an organisation when it is no German word or
compound, no place and no head noun (``teilte die Polizei mit`` names no one body).

Market reports name listed companies by the move of their shares: ``PKN Orlen gaben 1,6 %
nach``, ``Mizuho verloren 2 Prozent``, ``und BZ WBK 1,4 %``, ``Transocean (-1,8%)``. A name there
is one to three capitalised words right before the verb (or before the figure), of which one at
least is no German word or compound (or is an acronym); shares, indices, currencies and places
are not names, and a move needs its sign in brackets (``Rewe (35 Prozent)`` is a share).

A kind of body before ``namens`` names the body after it: ``eine Gruppe namens Gereformeerde
Bond``, ``die Firma namens „Quorvex“`` (not ``ein Mann namens Müller``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from indexer.analysis.morphology import compound_parts
from indexer.extraction.lexicon import (
    ANNOUNCING,
    PLACES,
    REGIONS,
    ROLE_STEMS,
    SPOKE_AFTER,
    STOPWORDS,
    TIME_WORDS,
    TITLES,
    word_set,
)
from indexer.extraction.org_bare_acronyms import NOT_ORG_ACRONYMS
from indexer.extraction.org_heads import head_of
from indexer.extraction.org_kind_names import name_after
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

# what shares do in a market report, finite forms ("gaben … nach", "legten … zu", "verloren")
_MARKET_VERBS = word_set(
    "gaben gab geben gibt legten legte legen legt verloren verlor verlieren verliert gewannen "
    "gewann gewinnen gewinnt stiegen stieg steigen steigt fielen fiel fallen fällt sanken sank "
    "sinken sinkt rückten rückte rücken rückt kletterten kletterte klettern klettert verbilligten "
    "verbilligte verteuerten verteuerte zogen zog ziehen zieht büßten büßte büßen büßt brachen "
    "brach sackten sackte schnellten schnellte avancierten avancierte stürzten stürzte "
    "notierten notierte notieren notiert schlossen schloss verbesserten verbesserte "
    "ermäßigten ermäßigte lagen lag"
)
_PERCENT = frozenset(("Prozent", "%", "Prozentpunkte"))
# what else moves by a percentage: shares, indices, currencies, commodities, figures
_NOT_COMPANY = word_set(
    "aktie aktien papier papiere titel werte wert kurs kurse index indizes anleihe anleihen "
    "dax mdax sdax tecdax dow jones nikkei nasdaq stoxx euro-stoxx ftse cac atx smi hang seng "
    "s&p euro dollar yen pfund franken rubel yuan gold silber öl ölpreis brent bitcoin "
    "umsatz umsätze gewinn gewinne preise preis inflation zinsen rendite renditen "
    "vorzüge vorzugsaktien stammaktien anteilsscheine future futures bund bunds"
)
_ARTICLES = word_set(
    "der die das den dem des ein eine einer einem einen im am vom zum zur beim ins"
)
_SIGNED = re.compile(r"\((?=[-+–]\s?\d)")
_BEFORE_FIGURE = frozenset(("und", ",", ";", "sowie"))


def market_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find companies named by their shares' move in a market report (see the module)."""
    text = tk.text
    if "%" not in text and "Prozent" not in text:
        return []
    texts, starts, ends, n = tk.texts, tk.starts, tk.ends, len(tk.texts)
    found: list[OrgMention] = []
    verbs = list(compress(range(1, n), map(_MARKET_VERBS.__contains__, texts[1:])))
    for v in verbs:
        if not any(t in _PERCENT for t in texts[v + 1 : v + 8]):
            continue
        a = _name_before(tk, v, blocked)
        if a is not None:
            found.append(OrgMention(text[starts[a] : ends[v - 1]], starts[a], ends[v - 1]))
    moved = bool(found)
    # a move needs its sign: "Transocean (-1,8%)", not "Rewe (35 Prozent)", a share of something
    for m in _SIGNED.finditer(text):
        p = bisect_left(starts, m.start())
        end = _figure_end(tk, p + 2)
        if end and tk.word(end) == ")" and (a := _name_before(tk, p, blocked)) is not None:
            found.append(OrgMention(text[starts[a] : ends[p - 1]], starts[a], ends[p - 1]))
    if moved:  # "… gaben 1,6 % nach und BZ WBK 1,4 %": a second company, its verb left out
        for j in compress(range(2, n), map(str.isdigit, texts[2:])):
            a = _name_before(tk, j, blocked)
            if a is not None and tk.word(a - 1) in _BEFORE_FIGURE and _figure_end(tk, j):
                found.append(OrgMention(text[starts[a] : ends[j - 1]], starts[a], ends[j - 1]))
    return found


_ARTICLE = frozenset(("die", "der", "das", "Die", "Der", "Das"))
_CLAUSE = frozenset(("und", "aber", "doch"))
# after a noun, not a body: "so das Verdikt vieler Nutzer", "erklärt die Scharia zum Gesetz"
_OF_WHOM = word_set("der des vieler aller einer eines von vom zum zur")


def speaking_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a body by its article before a verb of speaking (see the module)."""
    texts, starts, ends, n = tk.texts, tk.starts, tk.ends, len(tk.texts)
    found: list[OrgMention] = []
    for v in tk.where(ANNOUNCING):
        after = texts[v] in SPOKE_AFTER
        # "teilte die Gewoba mit", "so die Gewoba": the verb first
        if v + 2 < n and texts[v + 1] in _ARTICLE and _body_name(tk, v + 2, blocked):
            nxt = tk.word(v + 3)
            if not nxt[:1].isupper() and nxt not in _OF_WHOM:
                found.append(OrgMention(texts[v + 2], starts[v + 2], ends[v + 2]))
        # "Die Gewoba teilte mit": the article opens the clause
        opens = v == 2 or (v > 2 and (tk.kinds[v - 3] == "p" or texts[v - 3] in _CLAUSE))
        if after and opens and texts[v - 2] in _ARTICLE and _body_name(tk, v - 1, blocked):
            found.append(OrgMention(texts[v - 1], starts[v - 1], ends[v - 1]))
    return found


# who a body has and what befalls it, before "von …": "Geschäftsführer von Häusle", "Chef von
# Transparency International", "die Übernahme von Oculus VR", "der Umsatz von Comcast"
_OF_BODY = word_set(
    "sprecher sprecherin chef chefin gründer gründerin mitgründer mitgründerin vorstandschef "
    "vorstandschefin geschäftsführer geschäftsführerin eigentümer aktionär aktionäre übernahme "
    "mitarbeiter mitarbeiterin mitarbeitern kunde kunden großkunde tochter konkurrent "
    "konkurrenten "
    # a company's money and its organs: "der Umsatz von Comcast", "die Insolvenz von Schlecker"
    "umsatz aktie aktien anteile börsengang insolvenz pleite konzernchef konzernchefin "
    "finanzchef finanzchefin firmenchef firmenchefin großaktionär mehrheitseigner mutterkonzern "
    "muttergesellschaft tochtergesellschaft tochterfirma hauptversammlung aufsichtsrat betriebsrat"
)
# chiefs by their English acronym: "CEO von Rose Bikes"
_CHIEFS = ("CEO", "CFO", "COO", "CTO")


# the words of ``_OF_BODY`` capitalised, before " von ": a scan that runs in C
# (the word boundary checked after each first letter: the scan skips to those letters in C)
_OF_BODY_VON = re.compile(
    "(?:"
    + "|".join(
        rf"{w[:1].upper()}(?<!\w{w[:1].upper()}){w[1:]}"
        for w in sorted(_OF_BODY, key=len, reverse=True)
    )
    + "|"
    + "|".join(_CHIEFS)
    + ") von "
)


def role_of_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find the body after ``Geschäftsführer von``, ``Übernahme von`` (see ``_OF_BODY``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found: list[OrgMention] = []
    for m in _OF_BODY_VON.finditer(tk.text):
        i = bisect_left(starts, m.start())
        of_body = texts[i].lower() in _OF_BODY or texts[i] in _CHIEFS
        if i + 2 >= len(texts) or not of_body or tk.word(i + 1) != "von":
            continue
        k = name_after(tk, i + 2, blocked)
        words = texts[i + 2 : k]
        if k and (len(words) > 1 or _body_word(words[0])):
            found.append(
                OrgMention(tk.text[starts[i + 2] : ends[k - 1]], starts[i + 2], ends[k - 1])
            )
    return found


def _body_word(word: str) -> bool:
    """Tell a one-word name of a body (``Häusle``, ``GfK``, ``GameStandard``) from a German noun,
    plural, compound, or a noun for persons (``Wissenschafter``, ``Landesrat``)."""
    if word.isupper() or _INNER_CAPITAL.search(word):
        return True
    low = word.lower()
    if "-" in word or _PERSON_NOUN.search(low) or any(stem in low for stem in ROLE_STEMS):
        return False
    return not _german(word) and not _german_tail(low)


def _body_name(tk: Tokens, j: int, blocked: set[int]) -> bool:
    """Tell a name no German dictionary holds, not a place nor a head noun (``Gewoba``)."""
    word = tk.texts[j]
    if not tk.capital[j] or tk.starts[j] in blocked or len(word) < 3:
        return False
    low = word.lower()
    if low in STOPWORDS or low in TITLES or low in REGIONS or low in PLACES or is_place(word):
        return False
    if head_of(word) or "-" in word or low in NOT_ORG_ACRONYMS:
        return False
    return _body_word(word)


# endings of nouns for persons and groups of them, which no company name needs
_PERSON_NOUN = re.compile(r"(?:er|erin|in|innen|ler|leute|rat|ist|istin|ent|ant)$")
_INNER_CAPITAL = re.compile(r"[a-zäöü][A-ZÄÖÜ]")


def _german_tail(low: str) -> bool:
    """Tell a compound by its last part (``streamingdienst``, ``übername``)."""
    return any(frequency(low[j:]) > 0 for j in range(3, len(low) - 4))


def _figure_end(tk: Tokens, j: int) -> int:
    """Return the index after ``1,8 %`` / ``2 Prozent`` starting at ``j``, or 0."""
    if j >= len(tk.texts) or tk.kinds[j] != "d":
        return 0
    if tk.word(j + 1) == "," and tk.word(j + 2).isdigit():
        j += 2
    return j + 2 if tk.word(j + 1) in _PERCENT else 0


def _name_before(tk: Tokens, v: int, blocked: set[int]) -> int | None:
    """Return the first index of a company's name of one to three words ending at ``v - 1``."""
    texts, kinds = tk.texts, tk.kinds
    a = v
    while a > 0 and v - a < 3 and kinds[a - 1] == "w" and tk.capital[a - 1]:
        low = texts[a - 1].lower()
        if low in STOPWORDS or low in TITLES or tk.starts[a - 1] in blocked:
            break
        a -= 1
    words = texts[a:v]
    if not words or tk.word(a - 1).lower() in _ARTICLES:
        return None  # "die Papiere gaben nach", "im Neugeschäft (-15 %)": a noun
    lows = [w.lower() for w in words]
    if any(low in _NOT_COMPANY or low in TIME_WORDS for low in lows) or any(map(head_of, words)):
        return None
    if lows[0] in REGIONS or lows[0] in PLACES or is_place(words[0]):
        return None
    if not any((w.isupper() and len(w) >= 2) or not _german(w) for w in words):
        return None  # German words only: "Anleger gaben nach", "die Konsumnachfrage stieg"
    if any("-" in w and _german(w.rsplit("-", 1)[1]) for w in words):
        return None  # "Henkel-Aktie", "Österreich-Schnitt": a noun compound
    return a


def _german(word: str) -> bool:
    """Tell a German word or compound (``Konsumnachfrage``) from a name (``Mizuho``)."""
    return frequency(word) > 0 or bool(compound_parts(word))


# kinds of body before "namens": "eine Gruppe namens …" (head nouns count as well)
_NAMED_KINDS = word_set(
    "gruppe gruppierung firma unternehmen band partei organisation label bewegung sekte miliz "
    "rockband popband kapelle formation"
)
_QUOTE_MARKS = frozenset('„“”"»«')


def namens_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find the name after a kind of body and ``namens`` (see the module)."""
    texts, starts, ends, n = tk.texts, tk.starts, tk.ends, len(tk.texts)
    found: list[OrgMention] = []
    if " namens " not in tk.text:
        return found
    for v in compress(range(1, n - 1), map("namens".__eq__, texts[1:-1])):
        kind = texts[v - 1]
        if not tk.capital[v - 1] or not (kind.lower() in _NAMED_KINDS or head_of(kind)):
            continue
        j = v + 1 + (texts[v + 1] in _QUOTE_MARKS)
        k = j
        while k < n and k - j < 4 and tk.kinds[k] == "w" and tk.capital[k]:
            if starts[k] in blocked or texts[k].lower() in STOPWORDS:
                break
            k += 1
        if k > j:
            found.append(OrgMention(tk.text[starts[j] : ends[k - 1]], starts[j], ends[k - 1]))
    return found
