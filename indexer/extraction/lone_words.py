"""Word tests for a lone surname (``lone_names``): the word classes its frames read, and whether
a capitalised word may be a surname at all (no German word, place, organisation or first name).
"""

from __future__ import annotations

from functools import lru_cache

from indexer.analysis.morphology import compound_parts
from indexer.extraction.demonyms import demonym
from indexer.extraction.known_orgs import is_known_start, is_known_word, single_word_names
from indexer.extraction.lexicon import CLUBS, PARTICLES, STOPWORDS, word_set
from indexer.extraction.lone_nouns import derived_word
from indexer.extraction.lone_towns import small_town
from indexer.extraction.names import is_first_name
from indexer.extraction.places import TOWN_ENDINGS, is_place, is_place_adjective, surnames
from indexer.text.wordlist import english_frequencies, frequency, is_word

# finite forms of auxiliary and modal verbs and of the commonest verbs of narration, singular
# only: after one the subject follows in an inverted clause ("Damit hatte Gallus die letzte
# Chance vergeben"); after a plural ("sind Incentives") it is a plural noun
FINITE = word_set(
    "war ist hat hatte wurde wird kann konnte soll sollte "
    "will wollte muss musste darf durfte gilt galt bleibt blieb ging kam gab trat starb lebte "
    "spielte arbeitete erhielt gewann verlor schrieb sei habe wolle könne müsse solle werde dürfe"
)

# singular past forms of strong verbs, which end in no -t: a person's verb after its subject
STRONG_PAST = word_set(
    "schied blieb schrieb gewann verlor starb kam ging lag sah fand trat hielt fiel rief stand "
    "zog bot floh wies las aß trug schlug wuchs fuhr gab nahm sprach traf warf half begann "
    "verließ erhielt unterschrieb beschrieb entschied verstarb übernahm gelang vergab schoss "
    "bekam stieg sang"
)
# words in -t that are no verb ("Kolb nicht"): after a sentence's first word a verb must follow
_NOT_VERB_T = word_set("nicht jetzt erst seit selbst zuletzt meist oft sonst nebst weit heut")
# adverbs and prepositions in -t that the stop words lack
_ADVERBS_T = word_set("somit womit laut statt samt bereit breit recht halt eigentlich nunmehr")
# lowercase words after a sentence's first word that are no finite verb
NOT_VERB = PARTICLES | word_set(
    "und oder sowie aber bzw als wie im am an auf aus bei mit nach für über unter vor zwischen "
    "gegen ohne um durch ins vom zum zur in e.v ev gmbh ag de des dem den die das ein eine"
)
# words before a genitive noun that show it is a common noun ("des offiziellen Fanclubs")
DETERMINERS = word_set(
    "der die das des dem den ein eine einer eines einem kein keines keiner seines ihres unseres "
    "eures meines deines dieses jenes jedes welches jeder jede jedem jeden"
)
# ordinals in -te ("jeder vierte Lipper"): no verb
ORDINALS = word_set(
    "zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte zwanzigste "
    "hundertste letzte nächste"
)
KINSHIP = word_set(
    "sohn tochter bruder schwester mutter vater onkel tante neffe nichte enkel enkelin cousin "
    "cousine ehemann ehefrau gattin gatte witwe witwer halbbruder halbschwester söhne töchter "
    "brüder schwestern großvater großmutter stiefvater stiefmutter stiefsohn stieftochter"
)
SENTENCE_END = frozenset((".", "!", "?", ":", ";"))  # not quotes: titles open there
ABBREVIATIONS = frozenset(("Dr", "Prof", "St", "Nr", "Str", "Chr", "Jh", "ca", "bzw", "vgl"))
# conjunctions and particles before the first place of a main clause ("Doch Bermúdez wurde …")
OPENERS = frozenset(("Doch", "Aber", "Und", "Denn", "Auch", "Selbst", "Sogar", "Nur"))
# nouns for persons by occupation, sport or standing, the last part of a compound noun too
PERSON_NOUNS = tuple(
    sorted(
        word_set(
            "experte keeper rapper popstar sänger maler dichter philosoph schriftsteller genosse "
            "kontrahent torjäger stürmer verteidiger leichtathlet olympiasieger kaiser könig "
            "zar pharao physiker chemiker biologe erfinder schulrat surrealist impressionist "
            "bildhauer schauspieler regisseur komponist dirigent pianist geiger gitarrist "
            "schlagzeuger bassist produzent designer modeschöpfer boxer läufer schwimmer "
            "springer fahrer radprofi tennisprofi golfprofi profi nationalspieler teamkollege "
            "mitspieler gegenspieler herausforderer titelverteidiger weltmeister "
            "europameister sieger feldherr general admiral feldmarschall offizier kommandant "
            "fürst herzog graf papst kardinal erzbischof bischof heilige apostel prophet"
        )
    )
)
# last parts of compounds that mostly end surnames, not nouns
NAME_HEADS = word_set(
    "mann männer meier meyer maier mayer berg bach feld stein brink beck born hof winkel knecht "
    "bauer horst kamp hauer huber müller schmidt"
)
# endings of German nouns (and of a few loanwords) that no surname has
NOUN_SUFFIXES = tuple(
    sorted(
        word_set(
            "erei ertum entum ntum ismus isten ation ität ologie yse ung ungen heit keit schaft "
            "nahme tag bau sharing zug"
        )
    )
)
# endings of German place names ("Oppenweiler" too), not those many surnames have ("-berg")
PLACE_ENDINGS = tuple(sorted(TOWN_ENDINGS | word_set("weiler")))
LONG = 13  # a word this long is mostly a compound; few surnames are (but "Schwarzenberg")
ENGLISH_COMMON = 5000  # "event" 40,101, "trust" 369,750; surnames: "davies" 823, "lynch" 1,820
RARE = 200  # a known surname this rare in German text is no common word ("Kolb", "Heinze")
ADJECTIVE_SHARE = 0.2  # "guter" 35,104 beside "gute" 71,356; "erreichter" 50 beside 531


@lru_cache(maxsize=65536)
def unknown_word(word: str, english: bool = True) -> bool:
    """Tell whether ``word`` may be a surname standing alone: no German word (or a rare one that
    is a known surname), no common English word (unless ``english`` is false), no place, no club
    word, no curated organisation, no first name."""
    if "-" in word and double_surname(word):
        return True  # "Weber-Thedy", "Mikl-Leitner"
    if len(word) < 3 or not word[0].isupper() or not word[1:].isalpha():
        return False  # no hyphen: "Pressta-Eisele" may be a firm, "Box-Familie" a noun
    parts = word.split("-")
    if any(len(p) < 2 or not p[0].isupper() or not p[1:].islower() for p in parts):
        return False  # "DFB", "BioNTech", "B-Säulen": acronyms, brands, letters
    low = word.lower()
    if is_word(low) and not (low in surnames() and frequency(low) < RARE):
        return False
    if _common_noun(parts[-1]) or _glued(word) or (english and english_word(word)):
        return False  # "Computerdaten", "Inschriften", "Box-Familie": German nouns
    if low.endswith(NOUN_SUFFIXES) or derived_word(word):
        return False  # "Schönrednerei", "Weltdiabetestag"; "Läuferisch" (lone_nouns)
    return not other_name(word)


def other_name(word: str) -> bool:
    """Tell whether ``word`` names something other than a person by surname: a place, a club
    word, a curated organisation (or the first word of one) or a first name."""
    return (
        is_place(word)
        or is_place_adjective(word)
        or word.lower() in CLUBS
        or word.lower() in single_word_names()
        or is_known_start(word)
        or is_known_word(word)  # "Chelsea": a curated alias
        or is_first_name(word)
        or small_town(word)  # "Güssing hat keine potenten Firmen"
    )


def english_word(word: str) -> bool:
    """Tell a common English word (``Event``, ``Trust``, ``Apps``): German text quotes titles,
    brands and slogans in English, whose words stand where a surname would."""
    low, english = word.lower(), english_frequencies()
    stem = low[:-1] if low.endswith("s") else low
    return max(english.get(low, 0), english.get(stem, 0)) >= ENGLISH_COMMON


def singular_verb(word: str) -> bool:
    """Tell a finite verb in the third person singular (``plädierte``, ``stammt``, ``schied``):
    a plural (``seien``) or any other word shows the word before it is no person."""
    if word in FINITE or word in STRONG_PAST:
        return True
    return (
        word.endswith(("t", "te"))
        and len(word) >= 4
        and word not in _NOT_VERB_T | NOT_VERB
        and word not in STOPWORDS  # "damit", "seit"
        and word not in _ADVERBS_T
    )


def _glued(word: str) -> bool:
    """Tell ``Dashaben``: a lost blank after a capitalised function word at a sentence start."""
    return any(word[:cut].lower() in STOPWORDS and is_word(word[cut:]) for cut in range(2, 5))


@lru_cache(maxsize=65536)
def _common_noun(word: str) -> bool:
    """Tell a German noun the word list lacks: a compound of known words, or a plural of one."""
    for ending in ("", "n", "en", "e", "s", "er"):
        base = word[: len(word) - len(ending)] if ending else word
        if (
            word.endswith(ending)
            and len(base) >= 4
            and ((is_word(base.lower()) and not is_first_name(base)) or compound_parts(base))
        ):
            return True
    # a long word ending in a German word of five letters or more ("Pumpenwärterhäuschen")
    if len(word) >= LONG and any(is_word(word[-size:].lower()) for size in range(5, len(word) - 5)):
        return True
    return _two_words(word.lower())


def _two_words(low: str) -> bool:
    """Tell ``Ackerland``, ``Agrarwende``: a German word of four letters or more after one, or of
    five or more after any four letters; not a head that mostly ends surnames (``Grissmann``)."""
    for cut in range(4, len(low) - 3):
        head, tail = low[:cut], low[cut:]
        if tail in NAME_HEADS or not is_word(tail):
            continue
        if len(tail) >= 5 or is_word(head) or (head.endswith("s") and is_word(head[:-1])):
            return True  # "Agrarwende": a tail of five letters makes a compound on its own
    return False


def town_like(word: str) -> bool:
    """Tell a word shaped as a German place name (``Hüllhorst``, ``Oppenweiler``) that is no
    known surname: in the subject's place a town is as likely as a person."""
    low = word.lower()
    return low.endswith(PLACE_ENDINGS) and low not in surnames()


@lru_cache(maxsize=65536)
def adjective(word: str) -> bool:
    """Tell ``gute``, ``sogenannte`` (mostly adjectives) from ``erreichte`` (mostly a verb): the
    form in ``-r`` is common beside it, as only an adjective's is."""
    return frequency(word + "r") >= ADJECTIVE_SHARE * frequency(word) > 0


@lru_cache(maxsize=65536)
def declined(word: str) -> bool:
    """Tell a declined adjective (``gesundheitliche``) between a genitive and its noun."""
    return (
        word.islower()
        and word.endswith(("e", "en"))
        and len(word) >= 5
        and word not in STOPWORDS
        and word not in DETERMINERS
        and word not in _PRONOUNS
        and is_word(word)
    )


# pronouns and quantifiers in -e/-en that open a noun phrase: "damit Warlords keine Macht haben"
_PRONOUNS = word_set(
    "keine keinen seine seinen ihre ihren meine meinen deine unsere eure diese diesen jene jenen "
    "welche welchen alle allen viele vielen einige einigen beide beiden manche manchen solche"
)


def aged(word: str) -> bool:
    """Tell an age before a person (``17-jährige``, ``zwölfjähriger``): no thing is so old."""
    low = word.lower()
    return low.endswith(("jährige", "jähriger", "jährigen")) and not low.startswith(_NOT_AGES)


# "diesjährige", "langjährige": a time, no age
_NOT_AGES = ("dies", "letzt", "vor", "lang", "mehr", "ganz", "halb", "viel", "gleich", "voll")


@lru_cache(maxsize=65536)
def person_noun(word: str) -> bool:
    """Tell a noun for a person by occupation or standing (``Rapper``, ``Fußball-Experte``,
    ``Surrealisten``) that the role list of ``persons`` lacks; compounds end in one."""
    low = word.lower()
    if not word[:1].isupper():
        return False
    if demonym(word):
        return True  # "den Serben Novak Djokovic" (demonyms)
    for ending in ("", "in", "en", "n", "s"):
        if low.endswith(ending) and low[: len(low) - len(ending)].endswith(PERSON_NOUNS):
            return True
    return False


@lru_cache(maxsize=65536)
def name_pair(first: str, second: str) -> bool:
    """Tell two name words that are no German words (``Volkbert Keßler``, ``Rabiye Kurnaz``)."""
    return (
        not is_word(first.lower())
        and (unknown_word(first) or is_first_name(first))
        and (unknown_word(second, english=False) or second.lower() in surnames())
    )  # "Theaster Gates": an English word after a first word that is none


@lru_cache(maxsize=65536)
def first_name_alone(word: str) -> bool:
    """Tell a first name that is no common German word and no place (``Lucy``, ``Eggert``,
    ``Gregor``: the word list holds it at its floor frequency, ``Ernst`` far above it)."""
    return (
        is_first_name(word)
        and frequency(word) <= RARE_FIRST
        and not is_place(word)
        and not is_known_word(word)  # "Chelsea": a first name, and a club's curated alias
        and word.lower() not in NOUN_FIRST_NAMES
    )


# first names the word list holds at its floor that stand alone as the noun ("hat Silvester
# alles verändert": New Year's Eve; "die Marine", "sein Mentor")
NOUN_FIRST_NAMES = word_set("silvester marine mentor")
RARE_FIRST = 50  # the word list's floor: "Gregor", "Mathilde" are in it, "Ernst" 7,096 is a word
WORLDLY = 100  # a German word this common in English text too is a name the world knows
# ("stalin" 230, "homer" 965, "luther" 741 in English; "gewalt", "walzer" none)


@lru_cache(maxsize=65536)
def worldly_name(word: str) -> bool:
    """Tell a German word that is a famous name (``Stalin``, ``Luther``) or a known surname
    (``Beck``): English text uses it too, but not as a common English word; after a noun for
    a person's occupation (``Genosse Stalin``) it is that person."""
    low = word.lower()
    if is_place(word) or low in CLUBS or low in single_word_names():
        return False  # "erklärte London"
    if is_known_start(word) or is_known_word(word):
        return False  # "berichtete Interpol": a curated organisation
    if low in surnames():
        return True
    count = english_frequencies().get(low, 0)
    return WORLDLY <= count < ENGLISH_COMMON and not is_first_name(word)


@lru_cache(maxsize=65536)
def double_surname(word: str) -> bool:
    """Tell a double surname (``Weber-Thedy``, ``Mikl-Leitner``): two parts, one a German
    surname of Faker's lists that is no place, the other that or a word that may be a surname
    standing alone (``unknown_word``), not both German words (``Box-Familie``)."""
    parts = word.split("-")
    shaped = all(len(p) >= 3 and p[0].isupper() and p[1:].islower() for p in parts)
    if len(parts) != 2 or not shaped:
        return False
    known = [p.lower() in surnames() and not is_place(p) for p in parts]
    if not any(known):
        return False  # "Pressta-Eisele beschäftigt 80 Mitarbeiter": a firm's name as often
    named = [unknown_word(p) or p_known for p, p_known in zip(parts, known, strict=True)]
    return all(named) and not all(is_word(p.lower()) for p in parts)
