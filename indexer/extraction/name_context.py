"""What stands around a run of name words in long texts and says it names no person, or less.

News articles and speeches name clubs, parties, firms and works with the words of persons' names
(``der Klub Zaria Balti``, ``vom Team Stronach``, ``die Sean Daniel Company``, ``die Magna
Carta``), put a name in the genitive before an adjective and its noun (``Forrest Gumps bessere
Hälfte``, ``Gerhart Hauptmanns berühmtes sozialkritisches Drama``) and cut a name in a teaser
(``Vizekanzler Reinhold …`` before ``Reinhold Mitterlehner``). Each test is a plain test on
words, used by ``persons``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from indexer.extraction.english_bodies import body_after
from indexer.extraction.english_heads import HEADS_AFTER_NAMES
from indexer.extraction.genitives import RARE_WORD, ends_of
from indexer.extraction.lexicon import word_set
from indexer.extraction.name_edges import COMMON_NOUN, ENGLISH_WORD
from indexer.extraction.name_words import common_word
from indexer.extraction.names import fold, is_first_name
from indexer.extraction.places import any_surnames
from indexer.text.wordlist import english_frequencies, frequency, is_word

if TYPE_CHECKING:
    from indexer.extraction.person_mention import PersonMention
    from indexer.extraction.person_text import PersonText

# nouns of clubs, teams and parties: the run after one is its name ("vom moldauischen Klub Zaria
# Balti", "beim Traditionsverein Rot Weiss Ahlen"); not in the genitive, where the run is often
# the holder of a role before it ("Präsident des Bühnenvereins Jürgen Flimm"); "Team" opening a
# run names a team or party ("Team Stronach", "Team Sky")
_CLUB_KIND = re.compile(r"(?:klub|club|verein|rennstall)(?:e|en|n)?$", re.IGNORECASE)
_TEAM = frozenset(("Team",))

# works, documents and phrases named like persons ("die Magna Carta", "die Mona Lisa", "meine
# Alma Mater"), folded
_WORKS = frozenset(("magna carta", "magna charta", "mona lisa", "venus von milo", "alma mater"))


def club_kind(word: str) -> bool:
    """Tell a noun of a club, team or party (``Klub``, ``Fußballverein``) before its name."""
    return _CLUB_KIND.search(word) is not None


def names_a_body(t: PersonText, a: int, words: list[str], k: int) -> bool:
    """Tell a run that names a club, team, party, firm or school, not a person: after a club's
    noun, opened by ``Team`` before no given name, or before or ending in an English head
    (``Company``)."""
    return (
        club_kind(t.word(a - 1))  # ``a``: the first name word, after any particle
        or (words[0] in _TEAM and not is_first_name(words[1]))  # not "Team Anna Berg"
        or words[-1].lower() in HEADS_AFTER_NAMES
        or t.word(k).lower() in HEADS_AFTER_NAMES
        or body_after(t, k)  # "Max Planck Research School" (english_bodies)
    )


# kinship nouns that open a run after a possessive ("ihr Mann Prinz Philip"): the name follows
_KIN = word_set(
    "mann frau sohn tochter vater mutter bruder schwester onkel tante neffe nichte enkel enkelin "
    "gatte gattin ehemann ehefrau cousin cousine schwager schwägerin witwe witwer"
)


def kin_lead(words: list[str]) -> bool:
    """Tell a kinship noun before a name (``Mann Prinz Philip`` after ``ihr``)."""
    return len(words) >= 3 and words[0].lower() in _KIN


def noun_ends_run(t: PersonText, names: list[int], k: int) -> bool:
    """Tell a plural noun that ends a run of a given name and a surname before a lowercase word
    (``bei Ernst Lubitsch Anleihen genommen``): three words, the second no given name, the
    third a German word in ``-e``/``-en`` that is no surname or given name."""
    if len(names) != 3 or not is_first_name(t.words[names[0]]) or is_first_name(t.words[names[1]]):
        return False
    if len(t.words[names[1]]) < 3:
        return False  # "John W. Kluge": an initial, then the surname
    last, after = t.words[names[2]], t.word(k)
    plural = last.endswith(("e", "en")) and common_word(last)
    return plural and after[:1].islower() and after.isalpha() and last.lower() not in any_surnames()


def is_work(words: list[str]) -> bool:
    """Tell a famous work or document named like a person (``Magna Carta``, ``Mona Lisa``)."""
    return " ".join(fold(w) for w in words) in _WORKS


# lowercase words in -e, -en, -er, -es, -em after a name that are no adjective of a noun after
# them: articles, pronouns, prepositions, adverbs
_NO_ADJECTIVE = word_set(
    "eine einen einer eines einem keine keinen keiner keines keinem seine seinen seiner seines "
    "seinem ihre ihren ihrer ihres ihrem meine meinen meiner meines meinem deine deinen unsere "
    "unseren unserer unseres unserem diese diesen dieser dieses diesem jene jenen jener jenes "
    "jenem jede jeden jeder jedes jedem welche welchen welcher welches welchem manche manchen "
    "mancher manches manchem solche solchen solcher solches solchem alle allen aller alles allem "
    "beide beiden beider beides etliche etlichen mehrere mehreren einige einigen einiger der "
    "den dem des die gegen neben wegen zwischen binnen entgegen oben unten eben gerne morgen "
    "immer wieder aber oder über unter hinter vorher nachher seither bisher daher sehr mehr "
    "weiter später früher ganzen selber selbst sowie gestern einmal nie"
)
_ADJECTIVE_END = ("en", "er", "es", "em", "e")
_ISCH = re.compile(r"\w{3,}isch(?:e|en|er|es|em)")
_PARTICIPLE = re.compile(r"ge\w{3,}t(?:e|en|er|es|em)")  # "gewünschte", "geplanten"


def _adjective(word: str) -> bool:
    """Tell a declined adjective (``bessere``, ``frühen``, ``berühmtes``, ``sozialkritisches``):
    its stem a word (``besser``, ``früh``), no verb in the past (``untersuchte``: ``untersuchen``)
    nor an infinitive (``wollen``: no word ``woll``)."""
    if len(word) < 4 or not word.isalpha() or not word.islower() or word in _NO_ADJECTIVE:
        return False
    if _ISCH.fullmatch(word):
        return True
    ending = next((e for e in _ADJECTIVE_END if word.endswith(e)), None)
    if ending is None or not is_word(word[: -len(ending)]):
        return False
    past = next((e for e in ("ten", "te") if word.endswith(e)), None)
    return past is None or not is_word(word[: -len(past)] + "en")


def genitive_before_phrase(t: PersonText, last: int, k: int) -> bool:
    """Tell a full name in the genitive before one to three declined adjectives and their noun
    (``Forrest Gumps bessere Hälfte``, ``Adrian Sherwoods frühen Versuchen``). A surname that ends
    in ``-s`` (``Andrea Nahles``, ``Steve Jobs``, ``Lukas Papademos``) stays."""
    word = t.words[last]
    base = word[:-1]
    if not word.endswith("s") or word.endswith(("ss", "'s", "’s")) or len(base) < 3:
        return False
    low = word.lower()
    if low in any_surnames() or is_first_name(word):
        return False  # "Jens Peters", "Serena Williams"; but "Wes Andersons filigranes …"
    if base[-1] in "sxzaiouy" or not base.isalpha():
        return False  # "Babos", "Habermas": a surname in -as, -os; no genitive of "Scholz"
    if frequency(base) > COMMON_NOUN or english_frequencies().get(low, 0) >= ENGLISH_WORD:
        return False  # "Steve Jobs": the -s word is a word of its own
    if frequency(word) > RARE_WORD and frequency(word) >= frequency(base):
        return False  # a word of its own more than a genitive
    if _PARTICIPLE.fullmatch(t.word(k)):
        return False  # "von Anne Lütkes gewünschte Kooperation": a participle after "von X"
    j = k
    while j < k + 3 and t.kinds[j : j + 1] == ["w"] and _adjective(t.word(j)):
        j += 1
    noun = t.word(j)
    shape = noun[:1].isupper() and noun.replace("-", "").isalpha()  # "Hälfte", "VW-Bus"
    return j > k and t.kinds[j : j + 1] == ["w"] and shape


def names_after_colon(t: PersonText, k: int) -> bool:
    """Tell a colon after a role and a word that a full name follows (``Vorstand Holtvest: Rike
    Ammersbach, Jens Oldewurtel``): the word names the body, the names after it its holders."""
    if t.word(k) != ":" or not t.word(k + 2)[:1].isupper():
        return False
    listed = t.name[k + 1 : k + 3] == [True, True] and t.word(k + 3) in _LIST_MARKS
    return is_first_name(t.word(k + 1)) or listed  # "Rike Ammersbach, …": two names, a comma


_LIST_MARKS = frozenset((",", ";", "und", "sowie"))


def lone_genitives(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Show a lone surname in ``-s`` without it where the text names the word without the ``-s``
    too and it is no word of its own (``sagte Badawis nach Kanada geflüchtete Ehefrau`` beside
    ``Raif Badawi``); ``Nahles``, ``Jobs`` and names the text shows only with ``-s`` stay."""
    shown = []
    for m in found:
        base = m.name[:-1]
        if (
            m.surname_only
            and " " not in m.name
            and m.name.endswith("s")
            and not m.name.endswith("ss")
            and len(base) >= 3
            and m.name.lower() not in any_surnames()
            and frequency(base) <= RARE_WORD
            and ends_of(text, base)
        ):
            m = replace(m, name=base, end=m.end - 1)
        shown.append(m)
    return shown


def surname_before_noun(found: list[PersonMention]) -> list[PersonMention]:
    """Cut a common noun off a surname the text gives a person in full (``auch Holmes Verteidiger
    trockneten`` beside ``James Holmes``; ``Holmes`` is a given name too): two words, the first
    that surname, the second a German word that is no surname or given name."""
    surnames = {m.name.split()[-1] for m in found if not m.surname_only and " " in m.name}
    shown = []
    for m in found:
        words = m.name.split()
        if len(words) == 2 and words[0] in surnames and common_word(words[1]):
            end = m.start + len(words[0])
            m = replace(m, name=words[0], end=end, surname_only=True)
        shown.append(m)
    return shown


def cut_before_ellipsis(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Drop the mentions a teaser cut before ``…`` (``Vizekanzler Reinhold …``, ``Alexander
    Van …``) where the text names the person in full (``Reinhold Mitterlehner``)."""
    full = {tuple(m.name.split()) for m in found if not m.surname_only}
    kept = []
    for m in found:
        words = tuple(m.name.split())
        after = text[m.end : m.end + 5].lstrip(" \t")
        cut = after.startswith(("…", "..."))
        if cut and any(len(n) > len(words) and n[: len(words)] == words for n in full):
            continue
        kept.append(m)
    return kept
