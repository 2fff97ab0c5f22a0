"""A person's name in the genitive: where the ``-s`` of a name is a case ending, not the name's.

German marks the genitive of a name with ``-s`` (``Willy Brandts Ostpolitik``); a surname may
end in ``-s`` too (``Jens Peters``, ``Andrea Nahles``). The tests here tell them apart by the
words around the name: a noun after it (``Merkels Politik war``), the base without the ``-s``
elsewhere in the text (``Straches`` beside ``Strache``), a declined adjective after it
(``einzigem``, ``berühmtes``), a title in quotes after it, or a noun before it that governs it
(``die Rede Karl Poppers vor``).
"""

from __future__ import annotations

from indexer.extraction.lexicon import WORK_NOUNS, word_set
from indexer.extraction.name_edges import COMMON_NOUN, ENGLISH_WORD
from indexer.extraction.name_words import common_word, is_name_word
from indexer.extraction.names import is_first_name
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import any_surnames, is_place, is_place_adjective, surnames
from indexer.extraction.role_words import is_descriptor, is_role
from indexer.text.wordlist import english_frequencies, frequency, is_word

RARE_WORD = 50  # the word list's lowest count: names and rare words have it, "Job" has more


def genitive_noun(word: str) -> bool:
    """Tell a common noun or a place in the genitive (``Unternehmens``, ``Musicals``,
    ``Brasiliens``) from a surname in ``-s`` (``Peters``, ``Wilms``): it starts no name."""
    if not is_genitive(word) or word.lower() in surnames():
        return False
    stem = word[:-1]
    return is_place(stem) or (is_word(stem) and not is_first_name(stem))


def is_genitive(word: str) -> bool:
    """Tell whether a name word may be a genitive (``Brandts``, not ``Grass`` or ``Andreas``)."""
    return word[-1] == "s" and not word.endswith("ss") and not is_first_name(word)


def genitive_before_noun(t: PersonText, last: int, k: int) -> bool:
    """Tell ``Angela Merkels Politik war``: a genitive name, a noun (no role), a lowercase word
    or a title in quotes (``Thomas Bernhards Erzählung „Frost“``); before a noun of works
    anything may follow (``Lars von Triers Film Dogville``)."""
    noun, after = t.word(k), t.word(k + 1)
    if not (is_genitive(t.words[last]) and t.kinds[k : k + 1] == ["w"] and noun[:1].isupper()):
        return False
    if noun.lower() in WORK_NOUNS and not is_first_name(noun):
        return True
    return not t.name[k] and not is_role(noun) and (after[:1].islower() or after in _OPENING_QUOTES)


_OPENING_QUOTES = frozenset(("„", '"', "»", "«", "‚"))


# words in -em after a name that are no adjective of a noun it governs ("dass Trump seinem")
_DETERMINERS_EM = word_set(
    "einem keinem seinem ihrem meinem deinem unserem eurem diesem jenem jedem welchem solchem "
    "manchem allem beidem"
)


def plain_genitive(t: PersonText, last: int, k: int) -> bool:
    """Tell a full name's genitive (``Egon Schieles``, ``Heinz Fischers``) from a surname in -s
    (``Andrea Nahles``, ``Steve Jobs``): the text names the surname without the -s too, or a
    declined adjective in -em follows
    (``Angela Merkels einzigem Vertrauten``)."""
    word = t.words[last]
    base = word[:-1]
    if not is_genitive(word) or len(base) < 3 or is_first_name(base) or base[-1] in "'’":
        return False  # "Jens Peters", "Serena Williams": a given name plus -s is a surname
    if ends_of(t.text, base) and frequency(base) <= RARE_WORD:
        return True  # "Straches" beside "Strache", but "Jobs" beside "Job" stays
    after = t.word(k)
    return (
        len(after) >= 5
        and after.islower()
        and after.endswith("em")
        and after not in _DETERMINERS_EM
    )


def surname_then_noun(t: PersonText, names: list[int], k: int) -> bool:
    """Tell ``Kovariks Frage lautete`` or ``Herrn Soros Gespräche geführt`` (a surname in -s,
    a common noun, a lowercase word) from two words of one name: the first no given name and
    no German word, the second no surname. It is the genitive when the text names the surname
    without the -s too, else the noun is an object after a surname with its -s."""
    first, noun = t.words[names[0]], t.words[names[1]]
    return (
        is_genitive(first)
        and not is_word(first)
        and common_word(noun)
        and not is_first_name(noun)
        and t.word(k)[:1].islower()
    )


def ends_of(text: str, word: str) -> list[int]:
    """Where ``word`` ends each time it stands in ``text`` as a whole word (str.find: no
    pattern is compiled for each name)."""
    ends, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            ends.append(end)
        at = text.find(word, at + 1)
    return ends


# lowercase words in -es that are no adjective ("Merkels eines Tages" does not occur, but these
# stand after a name in other roles)
_NOT_ADJECTIVE = word_set(
    "des eines keines meines deines seines ihres unseres eures dieses jenes jedes welches "
    "manches solches alles etwas nichts bereits stets"
)
_TITLE_QUOTES = frozenset(("„", '"', "»", "«", "‚", "“"))


def genitive_name(t: PersonText, a: int, last: int, k: int) -> bool:
    """Tell a full name in the genitive that ends in ``-s`` where no noun follows it: after a
    noun (``die Rede Karl Poppers vor``), before a title in quotes (``Sönke Wortmanns "Wunder
    von Bern"``) or before an adjective in ``-es`` (``Gerhart Hauptmanns berühmtes Drama``).
    A surname that ends in ``-s`` (``Jens Peters``, ``Andrea Nahles``) stays."""
    word = t.words[last]
    base = word[:-1]
    if not word.endswith("s") or word.endswith(("ss", "'s", "’s")) or len(base) < 3:
        return False
    low = word.lower()
    if low in any_surnames() or is_first_name(word) or is_first_name(base):
        return False
    if base[-1] in "sxzaiouy":
        return False  # "Habermas", "Babos": a surname in -as, -os; no genitive of "Scholz"
    if frequency(base) > COMMON_NOUN or english_frequencies().get(low, 0) >= ENGLISH_WORD:
        return False  # "Steve Jobs": the -s word is a word of its own
    after = t.word(k)
    if after in _TITLE_QUOTES and t.starts[k] - t.ends[k - 1] <= 1:
        return not t.speech_near(a, k)  # "Otto Muellers "Akt"", not "sagte Monika Grütters "…""
    if _adjective_es(after) and t.word(k + 1)[:1].isupper():
        return True
    return _noun_before(t, a)


def _adjective_es(word: str) -> bool:
    return len(word) >= 5 and word.islower() and word.endswith("es") and word not in _NOT_ADJECTIVE


def _noun_before(t: PersonText, a: int) -> bool:
    """Tell whether a common noun inside a sentence stands right before ``a`` (``die Rede``,
    ``dem Werk``): capitalised, a frequent word or no name word, no role or given name, after a
    lowercase word."""
    j = a - 1
    while j >= 0 and (t.honorific(j) or (t.word(j) == "." and t.honorific(j - 1))):
        j -= 1  # "nach dem Tode Dr. Carl Schrötters"
    noun, before = t.word(j), t.word(j - 1)
    if t.kinds[j : j + 1] != ["w"] or not noun[:1].isupper() or noun.isupper():
        return False
    if is_role(noun) or is_descriptor(noun) or is_first_name(noun) or noun.lower() in _NOT_NOUNS:
        return False
    if noun.lower().endswith(_PERSON_ENDINGS) or is_place(noun) or is_place_adjective(noun):
        return False  # "der Soziologe Jürgen Habermas", "Partnerin Timea Babos": an apposition
    if is_name_word(noun) and not is_word(noun.lower()):
        return False  # "Hamburger Jens Peters": a word the list lacks may be a name's
    return before.isalpha() and (before.islower() or before.lower() in _DETERMINERS)


_DETERMINERS = word_set(
    "der die das den dem des ein eine einen einem einer eines im am vom zum zur beim"
)


# prepositions, and the greeting of a letter's end ("Mit freundlichen Grüßen Peter Resetarits")
_NOT_NOUNS = word_set("laut dank trotz wegen statt seitens namens mit von für grüßen grüße gruß")
# endings of nouns for persons (Bolivianer, Partnerin, Landsmann, Soziologe, Kollege, Journalist,
# Doktorand): before a name such a noun is its apposition, not a noun governing its genitive
_PERSON_ENDINGS = (
    "er",
    "in",
    "innen",
    "mann",
    "frau",
    "leute",
    "loge",
    "ege",
    "ist",
    "ant",
    "ent",
    "and",
    "ling",
)
