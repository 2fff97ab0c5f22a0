"""Guards against false persons in long texts: titles of media, foreign articles, honorifics.

Whole news articles and speeches name newspapers, agencies and sites (``der Zeitung Le Monde``,
``berichtete Anadolu``), and historical texts address people by an honorific alone (``Ew.
Majestät``, ``die Frau Gräfin``). Each guard is a plain test on words, used by ``persons``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from indexer.extraction.names import fold, is_first_name
from indexer.extraction.org_teams import city_team
from indexer.extraction.person_mention import PersonMention
from indexer.text.wordlist import english_frequencies

if TYPE_CHECKING:
    from indexer.extraction.person_text import PersonText

# nouns of newspapers, agencies, broadcasters and web sites: the run after one is the medium's
# name (``Zeitung Le Monde``, ``Nachrichtenagentur Anadolu``, ``Seite The Verge``); no "Seite"
# alone ("an ihrer Seite Joachim Sauer"), no "Absender"
_PRESS = re.compile(
    r"(?:zeitung|blatt|magazin|zeitschrift|agentur|journal|portal|kanal|"
    r"(?:web|internet|online|netz)seite|website|(?:^|fernseh|radio|nachrichten|tv-?|privat)sender)"
    r"(?:s|es|e|en|n)?$",
    re.IGNORECASE,
)

# articles of French, Spanish, Italian, Arabic and English that open the names of media and
# places as often as surnames (``Le Monde``, ``Al Jazeera``, ``El Mundo`` beside ``Le Pen``):
# a run they open is no first name and surname, only a surname where the text frames it
_FOREIGN_ARTICLES = frozenset(("Le", "La", "Les", "El", "Lo", "Los", "Las", "Il", "The", "Al"))

# honorifics and titles of nobility no surname shares: ``Ew. Majestät``, ``die Frau Gräfin``
_HONORIFICS = frozenset(
    (
        "majestät", "majestäten", "hoheit", "hoheiten", "exzellenz", "exzellenzen", "eminenz",
        "durchlaucht", "heiligkeit", "magnifizenz", "gräfin", "fürstin", "herzogin", "baronin",
        "freifrau", "prinzessin", "königin", "kaiserin", "markgräfin", "kurfürstin",
    )
)  # fmt: skip

# possessive determiners: the capitalised words after one are a noun phrase, not a name
# ("meine Kleine Anfrage", "unsere Große Koalition"); a role noun between them is no run word
_POSSESSIVE = re.compile(r"(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|er|es|en|em)?", re.I)


# nouns of named undertakings, ships and probes: the run after one is their name (``das Projekt
# River Mur``, ``das Kreuzfahrtschiff Costa Concordia``, ``die Raumsonde Rosetta``)
_THINGS = re.compile(
    r"(?:projekt|programm|mission|operation|kampagne|initiative|festival|"
    r"schiff|frachter|tanker|sonde|rakete|satellit|zerstörer|fregatte|kreuzer|korvette|"
    r"flugzeugträger|u-boot|jacht|yacht)(?:s|es|e|en|n)?$",
    re.IGNORECASE,
)


# newspapers, agencies and sites cited by the name alone ("berichtet Heise", "so Verge") that
# the curated organisations lack; a person of that surname named in full is found again by the
# surname repeats of ``persons``
_MEDIA = frozenset(
    (
        "heise", "golem", "verge", "gamespot", "eurogamer", "engadget", "techcrunch", "gizmodo",
        "wired", "zdnet", "netzpolitik", "anadolu", "kathimerini", "ekathimerini", "guardian",
        "telegraph", "kurier", "krone", "falter", "ria", "afp", "dpa", "apa", "orf", "zdf", "ard",
        "kotaku", "polygon", "ign", "mashable", "venturebeat", "techradar", "macrumors",
        "appleinsider", "futurezone", "winfuture", "computerbase", "theverge", "arstechnica",
    )
)  # fmt: skip


def is_medium(word: str) -> bool:
    """Tell a newspaper, agency or site cited by its name alone (``Heise``, ``Kurier``)."""
    return word.lower() in _MEDIA


def is_press_kind(word: str) -> bool:
    """Tell a noun naming a newspaper, agency, broadcaster or web site (``Zeitung``,
    ``Nachrichtenagentur``, ``Fernsehsender``, ``Webseite``), or an undertaking, ship or probe
    with a name of its own (``Projekt``, ``Kreuzfahrtschiff``)."""
    return _PRESS.search(word) is not None or _THINGS.search(word) is not None


def is_foreign_article(word: str) -> bool:
    """Tell a foreign article that opens media and place names (``Le``, ``El``, ``Al``)."""
    return word in _FOREIGN_ARTICLES


def is_honorific(word: str) -> bool:
    """Tell an honorific or a female title of nobility (``Majestät``, ``Gräfin``)."""
    return word.lower() in _HONORIFICS


def after_possessive(t: PersonText, a: int) -> bool:
    """Tell whether the run at ``a`` follows a possessive determiner (``meine Kleine Anfrage``)."""
    return _POSSESSIVE.fullmatch(t.word(a - 1)) is not None


def work_year(t: PersonText, k: int) -> bool:
    """Tell whether a year in brackets follows the run ending at ``k`` (``Medium Cool (1969)``):
    a work's title; a person's years are a span (``(1913-1992)``) or an age."""
    return t.word(k) == "(" and _YEAR.fullmatch(t.word(k + 1)) is not None and t.word(k + 2) == ")"


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def recurs(t: PersonText, names: list[int]) -> bool:
    """Tell whether the text shows the words of ``names`` together again (``Red Bull Salzburg``
    twice): a club's name with its town; a person's club is named once beside the name."""
    words = r"\s+".join(re.escape(t.words[j]) for j in names)
    return len(re.findall(rf"(?<!\w){words}(?!\w)", t.text)) >= 2


# the polite pronouns, capitalised inside a sentence: no name word ("dass Antje Tillmann Ihnen
# erklärt hat", "ein Herr von Ihnen")
_PRONOUNS = frozenset(("Ihnen", "Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres", "Euch"))

# English words before a title or a name of a place (``Museum for Urban Contemporary Art``)
_ENGLISH_BEFORE = frozenset(("for", "of", "the", "The", "at", "on", "to", "from"))


def pronoun_at(words: list[str]) -> int | None:
    """Return the position of the first polite pronoun in the name words of a run, if any; one
    right after a first name that opens the run is a surname (``Ulla Ihnen``)."""
    return next(
        (
            x
            for x, word in enumerate(words)
            if word in _PRONOUNS and not (x == 1 and is_first_name(words[0]))
        ),
        None,
    )


def english_before(t: PersonText, a: int) -> bool:
    """Tell whether an English preposition or article stands before the run at ``a``."""
    return t.word(a - 1) in _ENGLISH_BEFORE


_PLURAL_ARTICLES = frozenset(("die", "der", "den"))
_ENGLISH_NOUN = 100  # "bronco" 321, "laker" 123 in pyspellchecker's English list


def team_plural(t: PersonText, a: int, names: list[str]) -> bool:
    """Tell a team named by a town and an English plural after an article, perhaps with an
    adjective between (``die Denver Broncos``, ``der favorisierten Carolina Panthers``); a
    person's name takes no article in the news, and ``Serena Williams`` stands without one."""
    last = names[-1]
    if len(names) < 2 or len(last) < 5 or not last.endswith("s") or not last[0].isupper():
        return False
    if english_frequencies().get(last[:-1].lower(), 0) < _ENGLISH_NOUN:
        return False
    before = t.word(a - 1)
    if before.islower() and before.endswith("en") and before not in _PLURAL_ARTICLES:
        before = t.word(a - 2)  # an adjective: "der favorisierten"
    return before.lower() in _PLURAL_ARTICLES


# English job titles before a name in releases of international firms ("Managing Director
# Sanjeev Kumar", "Chief Executive Officer Mark Brown"); none of them is a first name
_ENGLISH_TITLES = frozenset(
    ("Chief", "Executive", "Officer", "Operating", "Financial", "Technology", "Technical",
     "Marketing", "Sales", "Managing", "Director", "Head", "Vice", "President", "Senior",
     "General", "Manager", "Country", "Regional", "Global", "Partner", "Founder", "Co-Founder",
     "Chairman", "Chairwoman", "Counsel", "Lead", "Principal", "Associate", "Communications",
     "Corporate", "CEO", "CFO", "CTO", "COO", "CMO", "CIO", "CDO", "CHRO", "EVP", "SVP", "VP")
)  # fmt: skip


def english_title_lead(words: list[str]) -> int:
    """Return how many English job-title words open ``words`` when two or more name words
    follow them (``Managing Director Sanjeev Kumar`` -> 2), else 0: the rest is judged as a
    run of its own."""
    n = next((x for x, w in enumerate(words) if w not in _ENGLISH_TITLES), len(words))
    return n if n and len(words) - n >= 2 else 0


_DASHES = frozenset(("–", "-", "—"))


def team_after_city(t: PersonText, a: int, names: list[str]) -> bool:
    """Tell a team whose home city ends just before the run or opens it (``San Antonio Spurs``
    read as ``Antonio Spurs``, ``Boston Red Sox`` as ``Red Sox``): the organisation rules find
    the team (``org_teams``) only where no person stands in its way."""
    if city_team(names):  # after an article, or in a table of results ("– Houston Rockets 116:105")
        k = a + len(names)
        if t.word(a - 1) in _DASHES or (t.word(k).isdigit() and t.word(k + 1) == ":"):
            return True
        before = t.word(a - 1)
        return before.lower() in _PLURAL_ARTICLES or before.islower() and before.endswith("en")
    for back in (1, 2):
        words = [t.word(a - b) for b in range(back, 0, -1)]
        if all(w[:1].isupper() for w in words) and city_team([*words, *names]):
            return True
    return False


_APOSTROPHE = re.compile(r"['’]s?$")


def without_apostrophe(name: str) -> str:
    """Return ``name`` without a genitive apostrophe (``Fritz Lange's`` -> ``Fritz Lange``,
    ``Anna Schmidt'`` -> ``Anna Schmidt``); the mention's span keeps it, as the token does."""
    return _APOSTROPHE.sub("", name)


def press_names(t: PersonText, runs: list[tuple[int, int]]) -> set[str]:
    """Return the folded words of the runs a text shows after a noun of the press
    (``der Nachrichtenagentur Anadolu``): elsewhere such a word is the medium, not a surname."""
    found = set()
    for a, k in runs:
        before = t.word(a - 1)  # a noun before a name word, not "Initiative von"
        if before[:1].isupper() and t.words[a][:1].isupper() and is_press_kind(before):
            found.update(fold(t.words[j]) for j in range(a, k) if t.kinds[j] == "w")
    return found


def article_surnames(
    t: PersonText, runs: list[tuple[int, int]], found: list[PersonMention]
) -> list[PersonMention]:
    """Return the runs opened by a foreign article that repeat the surname of a person the text
    names in full (``oder Le Pen`` beside ``Marine Le Pen``), as surname-only mentions."""
    full = {fold(" ".join(m.name.split()[1:])) for m in found if not m.surname_only}
    extra = []
    for a, k in runs:
        shown = " ".join(t.text[t.starts[a] : t.ends[k - 1]].split())
        if is_foreign_article(t.words[a]) and fold(shown) in full:
            extra.append(PersonMention(shown, t.starts[a], t.ends[k - 1], None, True))
    return extra
