"""Organisations known by what a sentence says of them, not by their shape or a head noun.

Market reports name listed companies by the move of their shares: ``PKN Orlen gaben 1,6 %
nach``, ``Mizuho verloren 2 Prozent``, ``und BZ WBK 1,4 %``, ``Transocean (-1,8%)``. A name there
is one to three capitalised words right before the verb (or before the figure), of which one at
least is no German word or compound (or is an acronym); shares, indices, currencies and places
are not names, and a move needs its sign in brackets (``Rewe (35 Prozent)`` is a share).
"""

from __future__ import annotations

from itertools import compress

from indexer.analysis.morphology import compound_parts
from indexer.extraction.lexicon import PLACES, REGIONS, STOPWORDS, TIME_WORDS, TITLES, word_set
from indexer.extraction.org_heads import head_of
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
    for p in compress(range(1, n - 1), map("(".__eq__, texts[1:])):
        if texts[p + 1] not in {"-", "+", "–"}:
            continue  # a share of something, "Rewe (35 Prozent)", not a move
        end = _figure_end(tk, p + 2)
        if end and tk.word(end) == ")" and (a := _name_before(tk, p, blocked)) is not None:
            found.append(OrgMention(text[starts[a] : ends[p - 1]], starts[a], ends[p - 1]))
    if verbs:  # "… gaben 1,6 % nach und BZ WBK 1,4 %": a second company, its verb left out
        for j in compress(range(2, n), map(str.isdigit, texts[2:])):
            a = _name_before(tk, j, blocked)
            if a is not None and tk.word(a - 1) in _BEFORE_FIGURE and _figure_end(tk, j):
                found.append(OrgMention(text[starts[a] : ends[j - 1]], starts[a], ends[j - 1]))
    return found


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
