"""More sentence frames for a lone surname (``lone_names``): clauses, genitives, honorifics.

- a subordinating conjunction opens a clause whose subject follows it (``dass Madoff den Rest
  …``, ``als sich Aebutius weigerte``);
- a comma opens a clause whose subject stands before a singular verb (``…, Kitengé weicht aus``),
  or follows a sentence's first word as its apposition (``Grissmann, bekannt als …``);
- a genitive name in ``s`` follows its noun (``einen Sieg Roddicks``, ``mit Hilfe Jeods``);
- an adverb stands between a finite verb and its subject (``erwartet auch Heinze``);
- a foreign honorific stands before the name (``Mr. Krugman``, ``Madame Curie``).

The word tests (no German word, no place, no first name) live in ``lone_words``.
"""

from __future__ import annotations

from indexer.extraction.lexicon import LEGAL, MUNICIPAL, STOPWORDS, word_set
from indexer.extraction.names import is_first_name
from indexer.extraction.org_heads import is_org_word
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place, surnames
from indexer.text.wordlist import is_word

# conjunctions that open a subordinate clause, its subject right after them (or after "sich")
SUBORDINATORS = word_set(
    "dass daß weil da ob obwohl obgleich nachdem bevor ehe wenn falls sobald solange sodass wo"
)  # not "als", "wie" ("trat als Literatin auf"), "was" ("was Südarabien betrifft")
# words after a clause's subject that show it is no subject: a coordination or a comparison
_NOT_AFTER_SUBJECT = word_set("und oder sowie bzw als wie noch")
# adverbs between a finite verb and the subject after it ("vergab aber Börner per Kopf")
MIDDLE_ADVERBS = word_set(
    "auch aber jedoch nun dann noch schon bereits erst sogar nur zudem wieder allerdings "
    "freilich indes trotzdem dennoch"
)
# nouns for a name, the name after them ("mit dem Namen Leo", "den Ordensnamen Johannes")
NAME_NOUNS = ("Namen", "namen")
# headings of a biography's sections that lose their line break before the text ("Leben
# Vonholdt studierte …"): the sentence opens after them
HEADINGS = frozenset(("Leben", "Biografie", "Biographie", "Werdegang", "Karriere", "Laufbahn"))
# honorifics of other languages, which the title list lacks; German ones are persons' own
HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Mister", "Monsieur", "Madame", "Signore", "Señor"))
# honorifics that are part of the name ("Lady Gaga", "Sir Simon Rattle")
NAME_HONORIFICS = frozenset(("Sir", "Lady", "Lord", "Dame", "Miss"))


def clause_subject(t: PersonText, a: int, k: int) -> bool:
    """Tell whether ``a:k`` is the subject right after a subordinating conjunction (``dass
    Madoff den Rest …``, ``Da Amundsen Teilnehmer war``), ``sich`` allowed between."""
    i = a - 1
    if t.word(i) == "sich":
        i -= 1
    conjunction = t.word(i)
    opening = conjunction.lower() == "als" and (
        i < a - 1 or _clause_end(t, k)
    )  # "Als sich Aebutius", "als Stalin starb:", not "Als Landesrat", "als Müller"
    if i < 0 or (conjunction.lower() not in SUBORDINATORS and not opening):
        return False
    after, n = t.word(k), len(t.words)
    if k >= n or t.kinds[k] != "w":
        return False  # "weil Xyz." or "als Xyz,": a comparison or an object
    if after.islower():
        return after not in _NOT_AFTER_SUBJECT
    return is_word(after.lower()) and not t.name[k]  # "Da Amundsen Teilnehmer war"


def noun_after_subject(t: PersonText, a: int, k: int) -> bool:
    """Tell ``Da Amundsen Teilnehmer der Expedition war``: after a subordinating conjunction
    the subject, then a capitalised German noun that is no name, firm or institution word."""
    if t.word(a - 1).lower() not in SUBORDINATORS:
        return False
    noun = t.word(k)
    if not is_word(noun.lower()) or is_first_name(noun) or noun.lower() in surnames():
        return False
    return not (is_org_word(noun) or noun.lower() in LEGAL or is_place(noun))


def _clause_end(t: PersonText, k: int) -> bool:
    """Tell a clause's last word at ``k``, a verb in the past (``starb``, ``ankam``), then a
    mark: ``als Stalin starb:`` is a time, not a comparison (``größer als Müller``)."""
    verb = t.word(k)
    past = verb.endswith("te") or verb in _STRONG_PAST_END
    return past and verb.islower() and t.word(k + 1) in (",", ".", ":", ";")


# strong verbs in the past that end a temporal clause ("als Stalin starb")
_STRONG_PAST_END = word_set("starb kam ankam ging fiel lag stand saß schrieb sprach trat")


def comma_subject(t: PersonText, a: int, k: int) -> bool:
    """Tell ``…, Kitengé weicht aus``: after a comma, a subject and a finite verb in ``-t``
    that the word list knows and that is no participle (``gesagt``)."""
    after = t.word(k)
    return (
        t.word(a - 1) == ","
        and k < len(t.words)
        and t.kinds[k] == "w"
        and after.islower()
        and after.endswith("t")
        and len(after) >= 4
        and not after.startswith("ge")
        and is_word(after)
    )


# endings of words in -s that are no genitive of a name: Latin ("Clostridiales", "Corpus"),
# German nouns ("Wurmtrocknis", "Kompass")
_NOT_GENITIVE = ("ss", "us", "es")
# nouns before the name of a work, a ship or a product, which is no genitive ("Serie Narcos")
WORK_NOUNS = word_set(
    "serie film album buch roman spiel song single oper schiff fregatte boot marke projekt "
    "programm mission sonde operation software app festival band gruppe"
)
# nouns before a place's or an institution's name, which is no genitive ("Kloster Andechs")
PLACE_NOUNS = MUNICIPAL | word_set(
    "kloster stift schloss burg dorf insel gut hof abtei kirche bistum erzbistum herzogtum "
    "grafschaft fürstentum königreich kanton bezirk region provinz ort ortsteil"
)


def apposition(t: PersonText, a: int, k: int) -> bool:
    """Tell ``Grissmann, bekannt als …``, ``Piandee, ein Sprecher``: a sentence's first word, a
    comma and an indefinite article or ``bekannt``."""
    return (
        (a == 0 or t.word(a - 1) in (".", "!", "?"))
        and t.word(k) == ","
        and t.word(k + 1) in ("ein", "eine", "bekannt")
    )


def noun_genitive(t: PersonText, a: int, known: bool = False) -> bool:
    """Tell ``Sieg Roddicks``: a word in ``s`` after a capitalised common noun, before a mark,
    a lowercase word or the end (not before another capitalised word); its stem no German word
    unless ``known`` as a surname (``Aussprüche Luthers``)."""
    word, noun, after = t.words[a], t.word(a - 1), t.word(a + 1)
    if not word.endswith("s") or word.endswith(_NOT_GENITIVE) or len(word) < 5 or a < 1:
        return False
    if t.kinds[a - 1] != "w" or not noun[:1].isupper() or not noun[1:].islower():
        return False
    low = noun.lower()
    if not is_word(low) or len(noun) < 4 or low in STOPWORDS or low in PLACE_NOUNS:
        return False  # "Auch Promis wie …", "Kloster Andechs"
    if low in WORK_NOUNS or is_org_word(noun) or low.endswith(("ische", "ischen", "ischer")):
        return False  # "der Serie Narcos", "die Kanzlei Freshfields", "des Kalifornischen Kondors"
    if is_place(noun) or not _opens_phrase(t.word(a - 2)):
        return False  # "unabhängiger Experten Senfgas", "zwei Menschen Senfgas": an object
    if after[:1].isupper() or (a >= 2 and t.name[a - 2]):
        return False  # "Bank Austria Creditanstalt", "Dow Jones Indexes": a longer name
    if word.endswith("nis") and len(word) >= 7 and not known:
        return False  # "Wurmtrocknis": a German noun; "Tonis" a name
    return known or not is_word(word[:-1].lower())


def _opens_phrase(word: str) -> bool:
    """Tell a word before a noun that a genitive name follows: none (a sentence's start), an
    article or preposition (``einen Sieg Roddicks``), or an adjective in ``-e``/``-en``
    (``die hervorragende Leistung Federers``), not one in ``-er`` or a number."""
    if not word or not word.isalpha():
        return word in ("", ".", ",", ":", "(", "–", "-")
    low = word.lower()
    if low in _COUNTS:
        return False
    return low in STOPWORDS or (word.islower() and low.endswith(("e", "en")))


# numbers and quantities before a plural noun, whose phrase an object follows ("zwei Menschen")
_COUNTS = word_set("zwei drei vier fünf sechs sieben acht neun zehn mehrere viele einige wenige")


def honorific_start(t: PersonText, a: int) -> int | None:
    """Return where a person named after a foreign honorific starts (``Mr. Krugman`` at the
    name, ``Lady Gaga`` at the honorific), or None."""
    i = a - 1
    if t.word(i) == "." and t.starts[a] - t.ends[i] == 1:
        i -= 1
    honorific = t.word(i)
    if t.kinds[i : i + 1] != ["w"]:
        return None
    if honorific in HONORIFICS:
        return a
    if honorific in NAME_HONORIFICS and i == a - 1 and not t.name[i]:
        return i
    return None


def for_opening(t: PersonText, a: int, k: int) -> bool:
    """Tell ``Für Thiem ist es das zweite Halbfinale``: a sentence opened by ``Für`` and a lone
    name, a lowercase word or a comma after it — whose view or gain the sentence tells. After
    ``mit``, ``gegen`` and the like as many products, clubs and compounds stand as persons."""
    if t.word(a - 1) != "Für" or not (a == 1 or t.word(a - 2) in (".", "!", "?", ":")):
        return False
    after, low = t.word(k), t.words[a].lower()
    if any(is_word(low[cut:]) for cut in range(3, len(low) - 4)):
        return False  # "Für Torgefahr soll …": a compound the word list lacks
    return k < len(t.words) and t.kinds[k] == "w" and after.islower() or after == ","


# participles of making a work, whose agent after "von" is its maker ("von Corea komponiert")
WORK_PARTICIPLES = word_set(
    "komponiert gemalt geschrieben verfasst inszeniert gedichtet gesungen übersetzt "
    "illustriert gezeichnet choreografiert choreographiert fotografiert vertont bearbeitet "
    "gestaltet entworfen modelliert gespielt dirigiert arrangiert getextet"
)


def maker(t: PersonText, a: int, k: int) -> bool:
    """Tell ``von Corea komponiert``, ``der von Egino Weinert gestaltet wurde``: the words
    ``a:k`` between ``von`` and a participle of making a work."""
    return t.word(a - 1) == "von" and t.word(k) in WORK_PARTICIPLES
