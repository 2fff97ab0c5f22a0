"""Where a run of name words stops being a person's name: its tail, its genitive, its phrase.

The person finder takes a run of capitalised words as a name when a cue says so; these tests cut
what a run holds beyond the name, on general German (and English) grammar, never on names:

- a ``von`` phrase after a full name that names a place, a thing or a firm, not a noble family
  (``Manfred Wolf von der Verbraucherzentrale``, ``Richard Cassidy von Alert Logic``);
- an English phrase opened by a word that is a given name too (``Peer Review``);
- a common noun after a role that forms a phrase with the verb after it (``als Sozialminister
  Furore machen``).
"""

from __future__ import annotations

from indexer.extraction.lexicon import word_set
from indexer.extraction.names import is_first_name
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import any_surnames
from indexer.text.wordlist import english_frequencies, frequency, is_word

# "von der" and "vom" before a common noun make it a place or a body ("von der Vorderseite")
_ARTICLES = frozenset(("der", "dem", "den"))
COMMON_NOUN = 100  # a word this frequent is a common word, no rare surname of the word list


def von_tail(t: PersonText, run: list[int], names: list[int]) -> int | None:
    """Return the index in ``names`` where a ``von`` phrase after a full name starts, when that
    phrase names no family: two name words (``von Alert Logic``), a common noun or an acronym
    after ``von der``/``vom`` (``von der Vorderseite``, ``von der GPA-djp``); None when the run
    has no such tail (``Johann Wolfgang von Goethe``, ``Gerhard Johann David von Scharnhorst``)."""
    words = t.words
    for x, j in enumerate(run):
        if words[j] not in ("von", "vom"):
            continue
        before = [n for n in names if n < j]
        given = next((x for x, n in enumerate(before) if is_first_name(words[n])), 0)
        before = before[given:]  # "Herzog Ludwig von Bayern": the title is no part of the name
        tail = [n for n in names if n > j]
        if len(before) < 2 or not tail:
            return None  # "Karl von Rumänien", "Ursula von der Leyen": a family or a house
        if len(tail) >= 2:
            return given + len(before)  # "Richard Cassidy von Alert Logic"
        word = words[tail[0]]
        article = words[j] == "vom" or (x + 1 < len(run) and words[run[x + 1]] in _ARTICLES)
        if article and _no_family(word):
            return given + len(before)
        return None
    return None


def _no_family(word: str) -> bool:
    """Tell a word after ``von der`` that is no family name: a common noun or an acronym."""
    low = word.lower()
    if sum(c.isupper() for c in word) >= 2:
        return True  # "GPA-djp", "IHK": an acronym names a body
    return is_word(low) and low not in any_surnames() and not is_first_name(word)


def given_name_phrase(words: list[str]) -> bool:
    """Tell an English phrase whose first word is a given name too (``Peer Review``, ``Danish
    Girl``): two English words, the second a common one and no surname or given name; either
    an English loanword of German after a first word German lacks (``Review``, not ``Steve
    Jobs``), or one of the commonest English words (``Girl``, not ``Joe South``)."""
    if len(words) != 2 or min(map(len, words)) < 3 or not is_first_name(words[0]):
        return False
    table = english_frequencies()
    first, second = words[0].lower(), words[1].lower()
    count = table.get(second, 0)
    if table.get(first, 0) < ENGLISH_WORD or count < ENGLISH_COMMON:
        return False
    if second in any_surnames() or is_first_name(words[1]):
        return False
    loan = is_word(second) and not is_word(first)
    return loan or count >= ENGLISH_COMMONEST


ENGLISH_WORD = 1_000  # as person_text.ENGLISH_WORD: a common English word ("peer" 3,110)
ENGLISH_COMMON = 20_000  # as person_text.ENGLISH_OPENER: a very common one ("review" 20,260)
ENGLISH_COMMONEST = 200_000  # "girl" 561,652, "change" 423,571; "south" 56,778, "pen" 20,978


def noun_with_verb(t: PersonText, name: int, k: int) -> bool:
    """Tell a common noun after a role that is the object of the verb after it (``als
    Sozialminister Furore machen``): a German word, no surname or given name, then a lowercase
    infinitive that ends the clause."""
    word, verb, end = t.words[name], t.word(k), t.word(k + 1)
    low = word.lower()
    if not (is_word(low) and low not in any_surnames() and not is_first_name(word)):
        return False
    infinitive = verb.islower() and verb.isalpha() and verb.endswith("en") and len(verb) >= 5
    return infinitive and frequency(verb) >= COMMON_NOUN and end in (".", ",", ";", "!", "?", "")


_COMPOUND_TAIL = 7  # letters of a compound's last word at least ("…reformen", "…zerbrechen")


def compound_noun(word: str, tail: int = _COMPOUND_TAIL) -> bool:
    """Tell a compound of German words (``Strukturreformen``, ``Kopfzerbrechen``) that stands
    alone where a surname might: a last word of ``tail`` letters or more that names no agent
    (``-schreiber``, ``-brenner`` and ``-bauer`` end many surnames), no known surname or given
    name."""
    low = word.lower()
    if low in any_surnames() or is_first_name(word) or low.endswith("er"):
        return False
    for i in range(3, len(low) - tail + 1):
        head, last = low[:i], low[i:]
        if last in any_surnames() or not is_word(last):
            continue  # "Kleinschmidt": a surname's last part is a surname
        if is_word(head) or (head[-1] == "s" and is_word(head[:-1])):
            return True
    return False


def noun_after_surname(t: PersonText, names: list[int], k: int) -> bool:
    """Tell a surname, then a common noun its verb governs (``US-Präsident Trump Strafzölle
    verhängen``): two words, the first no given name, the second a compound in ``-e``/``-en``
    (a plural; ``Heuwinkel`` is a surname) or a frequent German word that is no surname or
    given name, then a lowercase word."""
    if len(names) != 2 or is_first_name(t.words[names[0]]) or not t.word(k)[:1].islower():
        return False
    word = t.words[names[1]]
    low = word.lower()
    if low in any_surnames() or is_first_name(word):
        return False
    plural = low.endswith(("e", "en")) and compound_noun(word, 5)  # not "Heuwinkel"
    return plural or (is_word(low) and frequency(word) >= COMMON_NOUN)


# abbreviations that end a station's name ("Kiel Hbf", "Essen Hbf")
_STATIONS = word_set("hbf bhf bf")
# nouns of agencies: the run after one is the agency's name ("die Digitalagentur Conrad Caine")
_AGENCY = ("agentur", "agenturen")


def names_no_person(t: PersonText, a: int, names: list[int]) -> bool:
    """Tell a run that names a station (``Kiel Hbf``) or an agency after its noun
    (``Digitalagentur Conrad Caine``, ``der Nachrichtenagentur Reuters``)."""
    if t.words[names[-1]].lower() in _STATIONS:
        return True
    before = t.word(a - 1).lower()
    return before.endswith(_AGENCY) and t.kinds[a - 1 : a] == ["w"]
