"""Where a name found by its head reaches: edges that the head rules alone cut or overshoot.

- A name in quotation marks that ends in its legal form is whole from the opening mark:
  ``Verein „Freunde der Oper e. V.“`` is ``Freunde der Oper e. V.``, not ``Oper e. V.``.
- A purpose may name a listed body with its article: ``Deutsche Gesellschaft für die Vereinten
  Nationen`` (but ``Stiftung für die Unterstützung …`` ends before ``für``).
- A legal form of another country ends a name like ``GmbH`` (``Koninklijke Scholten-Honig N.V.``,
  ``SAF-HOLLAND S.A.``, ``Nokia Oyj``).
- A listed company followed by a country is its national company: ``Telefónica Deutschland``,
  ``bei Oracle Deutschland`` (one value, not the group ``Telefónica``); a listed paper followed by
  ``Online`` is its online edition (``Handelsblatt Online``).
"""

from __future__ import annotations

import re

from indexer.extraction.known_orgs import known_end
from indexer.extraction.tokens import Tokens

_OPENING = frozenset('„"»‚')
_CLOSING = frozenset('“"«‘”')
# words that may stand inside a quoted name between its capitalised words
_INSIDE = frozenset(
    ("der", "die", "das", "des", "den", "dem", "für", "und", "von", "vom", "zur", "zum", "am",
     "im", "in", "an", "auf", "mit", "e", ".", "-", "&")
)  # fmt: skip
_ARTICLES = frozenset(("die", "den", "das"))
# a naming adjective before the head: "Deutsche", "Österreichischen", "Internationales"
_NAMING = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)")


def quoted_start(tk: Tokens, a: int, k: int) -> int:
    """Return the first token of a quoted name that tokens ``a:k`` end (``„Freunde der Oper
    e. V.“``), or ``a`` when the name before its legal form stands in no quotation marks."""
    if tk.word(k) not in _CLOSING:
        return a
    j = a - 1
    while j >= max(0, a - 8):
        word = tk.texts[j]
        if word in _OPENING:
            return j + 1 if j + 1 < a else a
        if not (tk.capital[j] or word in _INSIDE):
            return a
        j -= 1
    return a


def purpose_of_known(tk: Tokens, k: int) -> int:
    """Return the index after ``für die Vereinten Nationen`` at ``k``: the purpose of a body
    named by an adjective (``Deutsche Gesellschaft``) that names a listed body with its article,
    or ``k``."""
    if tk.word(k) != "für" or tk.word(k + 1) not in _ARTICLES or not _NAMING.match(tk.word(k - 2)):
        return k
    end = known_end(tk, k + 2)
    return end if end > k + 2 else k


_EDITIONS = frozenset(("Online", "ONLINE"))
# the regions of the Deutsche Bahn's companies: "DB Regio Nordost", "DB Regio NRW"
_DB_REGION = re.compile(
    r"(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Mitte|NRW|Bayern|Hessen"
    r"|Baden-Württemberg|Nordrhein-Westfalen|Rheinland-Pfalz|Niedersachsen|Sachsen|Oberbayern)"
)
# countries after a company: its national company ("Vodafone Deutschland", "Zurich Schweiz")
COUNTRIES = frozenset(("Deutschland", "Germany", "Österreich", "Austria", "Schweiz"))
# the words after which a country is the object of the verb, not part of the name:
# "wirft die EU Deutschland vor", "fordert Siemens Deutschland auf"
_OBJECT_AFTER = frozenset(("vor", "auf", "an", "zu", "ab", "aus", "mit", "nicht"))
# bodies that act on states: after them a country is the object ("hat die EU Deutschland
# verklagt", "die Nato Deutschland …")
_OVER_STATES = frozenset(
    ("Europäische Union", "Vereinte Nationen", "NATO", "Internationaler Währungsfonds",
     "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung",
     "Weltgesundheitsorganisation", "Europäische Zentralbank", "Europäische Kommission",
     "Weltbank", "Fédération Internationale de Football Association",
     "Union of European Football Associations", "Internationales Olympisches Komitee",
     "Bundesregierung", "Bundesverfassungsgericht", "Europäischer Gerichtshof",
     "Europäischer Gerichtshof für Menschenrechte")
)  # fmt: skip


def national_end(tk: Tokens, b: int, name: str) -> int:
    """Return the index after ``Deutschland`` in ``Telefónica Deutschland`` (a listed company
    at ``… b``, then a country) or after ``Online`` in ``Handelsblatt Online``, or ``b``."""
    if tk.word(b) in _EDITIONS:
        return b + 1  # "Handelsblatt Online", "FOCUS Online": a paper's online edition
    if name.startswith("DB ") and _DB_REGION.fullmatch(tk.word(b)):
        return b + 1  # "DB Regio Nordost", "DB Netz Südwest": a regional company of the group
    if tk.word(b) not in COUNTRIES or name in _OVER_STATES or country_object(tk, b):
        return b
    return b + 1


def country_object(tk: Tokens, j: int) -> bool:
    """Tell a country at ``j`` that is the object of the verb, not a name's part: ``wirft die EU
    Deutschland vor``, ``hat die Weltbank Deutschland gelobt.``"""
    if tk.word(j) not in COUNTRIES:
        return False
    nxt = tk.word(j + 1)
    if nxt in _OBJECT_AFTER:
        return True
    return nxt.islower() and nxt.endswith(("t", "en")) and tk.word(j + 2) in {".", ",", ""}


# legal forms of other countries, written with dots or as words: "Koninklijke … N.V.",
# "SAF-HOLLAND S.A.", "Quorvex S.p.A.", "Nokia Oyj"
# written without spaces: "S. A." with spaces is a person's initials ("John S. A. Smith")
_DOTTED_FORM = re.compile(r"(?:N\.V|B\.V|S\.A|S\.p\.A|S\.à r\.l|S\.L|N\.A)\.")
_WORD_FORMS = frozenset(("Oy", "Oyj", "SpA", "SARL", "Pty"))
FORM_STARTS = frozenset(("N", "B", "S")) | _WORD_FORMS


def foreign_form_end(tk: Tokens, j: int) -> int:
    """Return the index after a foreign legal form at token ``j`` (``N.V.``, ``Oyj``), or ``j``."""
    word = tk.word(j)
    if word in _WORD_FORMS and tk.capital[j - 1 : j] == [True]:
        return j + 1
    if word not in FORM_STARTS or tk.word(j + 1) != ".":
        return j
    if tk.word(j - 1) == "." and len(tk.word(j - 2)) == 1:
        return j  # "A. N.V…": a run of initials
    m = _DOTTED_FORM.match(tk.text, tk.starts[j])
    if m is None:
        return j
    k = j
    while k < len(tk.texts) and tk.ends[k] <= m.end():
        k += 1
    return k


# words for a body before its name in quotation marks: "der Verein „Kinderlachen“", "die Band
# „Wir sind Helden“", "die Bürgerinitiative „Lindenallee bleibt“" (a group of people, unlike an
# initiative that is a programme); not campaigns, projects, initiatives or networks (their quoted
# names are slogans), nor Unternehmen ("das Unternehmen „Seelöwe“": an operation)
_BODY_WORDS = frozenset(
    ("Band", "Rockband", "Popband", "Punkband", "Musikgruppe", "Firma", "Kollektiv", "Label",
     "Ensemble", "Verband", "Partei", "Start-up", "Startup", "Bürgerinitiative",
     "Anwohnerinitiative", "Elterninitiative")
)  # fmt: skip
# articles of the feminine "die Band" (a group) that the masculine "der Band" (a volume) lacks
_BAND_ARTICLES = frozenset(("die", "eine", "einer", "ihre", "ihrer", "seine", "seiner"))
# (not -stiftung, -bündnis, -genossenschaft: their word belongs to the name, ``Stiftung
# „Erinnerung, Verantwortung und Zukunft“``, and the quoted words alone are no name of it)
_BODY_ENDS = ("verein", "chor", "orchester")


def quoted_bodies(tk: Tokens, blocked: set[int]) -> list[tuple[int, int]]:
    """Return the token spans of names in quotation marks right after a word for a body."""
    texts, found = tk.texts, []
    for j in tk.where(_OPENING, 1, len(texts) - 2):
        if not tk.capital[j + 1] or tk.starts[j + 1] in blocked:
            continue
        kind = texts[j - 1]
        if not (kind in _BODY_WORDS or (tk.capital[j - 1] and kind.lower().endswith(_BODY_ENDS))):
            continue
        if kind == "Band" and tk.word(j - 2).lower() not in _BAND_ARTICLES:
            continue  # "der erste Band „Die Gefährten“": a volume; "die Band „…“" is a group
        k = j + 1
        while k < min(len(texts), j + 10) and texts[k] not in _CLOSING:
            if texts[k] in {".", "!", "?", ":", "\n"} and tk.word(k - 1) not in {"e", "V"}:
                break
            k += 1
        if tk.word(k) in _CLOSING and k > j + 1:
            found.append((j + 1, k))
    return found
