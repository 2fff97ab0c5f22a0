"""Single surnames the sentence frames as a person, though no role, first name or speech verb does.

News and encyclopaedia text names people by the surname alone (``Kolb war seit 1986 …``,
``über Zabels Entscheidung``, ``Zuvor musste Halmich …``, ``seine Tante Cilli``). A lone
capitalised word is taken as a person only when it is no German word (the word list), no place,
no curated organisation, no first name (but after a kinship noun), and one of these frames holds:

- it opens a sentence and a lowercase word follows, which in a German main clause is the finite
  verb (``Pinkwart plädierte``) — not a conjunction, preposition or article;
- it stands right after a finite auxiliary or modal verb (``hatte Gallus die letzte Chance``),
  and no capitalised noun follows it;
- it ends in ``s`` before a noun, with no article or declined adjective before it, and its stem
  is no German word either (``Critchlows Stil``: a genitive name);
- a kinship noun stands before it (``Sohn Tobias``, ``Tante Cilli``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from indexer.analysis.morphology import compound_parts
from indexer.extraction.known_orgs import is_known_start, is_known_word, single_word_names
from indexer.extraction.lexicon import CLUBS, LEGAL, MUNICIPAL, PARTICLES, STOPWORDS, word_set
from indexer.extraction.names import is_first_name
from indexer.extraction.org_heads import is_org_word
from indexer.extraction.person_text import PersonText, is_role
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
    "verließ erhielt unterschrieb beschrieb entschied verstarb übernahm gelang"
)
# words in -t that are no verb ("Kolb nicht"): after a sentence's first word a verb must follow
_NOT_VERB_T = word_set("nicht jetzt erst seit selbst zuletzt meist oft sonst nebst weit heut")
# adverbs and prepositions in -t that the stop words lack
_ADVERBS_T = word_set("somit womit laut statt samt bereit breit recht halt eigentlich nunmehr")
# lowercase words after a sentence's first word that are no finite verb
_NOT_VERB = PARTICLES | word_set(
    "und oder sowie aber bzw als wie im am an auf aus bei mit nach für über unter vor zwischen "
    "gegen ohne um durch ins vom zum zur in e.v ev gmbh ag de des dem den die das ein eine"
)
# words before a genitive noun that show it is a common noun ("des offiziellen Fanclubs")
_DETERMINERS = word_set(
    "der die das des dem den ein eine einer eines einem kein keines keiner seines ihres unseres "
    "eures meines deines dieses jenes jedes welches jeder jede jedem jeden"
)
# ordinals in -te ("jeder vierte Lipper"): no verb
_ORDINALS = word_set(
    "zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte zwanzigste "
    "hundertste letzte nächste"
)
KINSHIP = word_set(
    "sohn tochter bruder schwester mutter vater onkel tante neffe nichte enkel enkelin cousin "
    "cousine ehemann ehefrau gattin gatte witwe witwer halbbruder halbschwester söhne töchter "
    "brüder schwestern großvater großmutter stiefvater stiefmutter stiefsohn stieftochter"
)
_SENTENCE_END = frozenset((".", "!", "?", ":", ";"))  # not quotes: titles open there
_ABBREVIATIONS = frozenset(("Dr", "Prof", "St", "Nr", "Str", "Chr", "Jh", "ca", "bzw", "vgl"))
# conjunctions and particles before the first place of a main clause ("Doch Bermúdez wurde …")
_OPENERS = frozenset(("Doch", "Aber", "Und", "Denn", "Auch", "Selbst", "Sogar", "Nur"))
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
    if low.endswith(NOUN_SUFFIXES):
        return False  # "Schönrednerei", "Duckmäusertum", "Weltdiabetestag": German nouns
    return not (
        is_place(word)
        or is_place_adjective(word)
        or low in CLUBS
        or low in single_word_names()
        or is_known_start(word)
        or is_known_word(word)  # "Chelsea": a curated alias
        or is_first_name(word)
    )


def english_word(word: str) -> bool:
    """Tell a common English word (``Event``, ``Trust``, ``Apps``): German text quotes titles,
    brands and slogans in English, whose words stand where a surname would."""
    low, english = word.lower(), english_frequencies()
    stem = low[:-1] if low.endswith("s") else low
    return max(english.get(low, 0), english.get(stem, 0)) >= ENGLISH_COMMON


def _singular_verb(word: str) -> bool:
    """Tell a finite verb in the third person singular (``plädierte``, ``stammt``, ``schied``):
    a plural (``seien``) or any other word shows the word before it is no person."""
    if word in FINITE or word in STRONG_PAST:
        return True
    return (
        word.endswith(("t", "te"))
        and len(word) >= 4
        and word not in _NOT_VERB_T | _NOT_VERB
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


def _sentence_start(t: PersonText, i: int) -> bool:
    """Tell whether ``i`` opens a sentence, or follows a conjunction that does (``Doch``)."""
    if t.word(i - 1) in _OPENERS:
        i -= 1
    if i == 0 or t.kinds[i - 1] == "n":
        return True
    before = t.word(i - 1)
    return (
        before in _SENTENCE_END
        and t.word(i - 2) not in _ABBREVIATIONS
        and not (
            len(t.word(i - 2)) == 1 and before == "."  # "A. Korsakow": an initial
        )
    )


def framed(t: PersonText) -> list[tuple[int, int]]:
    """Return the token spans ``(a, k)`` of the surnames that a sentence frames in ``t``: a lone
    word, an initial and a surname (``A. Korsakow``), or two words no German word
    (``Volkbert Keßler``)."""
    words, name, n = t.words, t.name, len(t.words)
    found = []
    for a in compress(range(n), name):
        k = a + 1
        word, before = words[a], t.word(a - 1)
        if _genitive(t, a, word):
            found.append((a, k))  # "über Zabels Entscheidung", "Critchlows Stil"
            continue
        if _person_noun(before) and unknown_word(word) and not (k < len(name) and name[k]):
            found.append((a, k))  # "Fußball-Experte Sammer", "Schulrat Castens"
            continue
        if a and name[a - 1]:
            continue  # inside a run of name words, judged whole (persons._judge)
        if k < n and name[k]:
            if k + 1 < n and name[k + 1]:
                continue
            if _framed(t, a, k + 1) and _pair(word, words[k]):  # the cheap test first
                found.append((a, k + 1))  # "hat Volkbert Keßler und …"
            continue
        if before.lower() in KINSHIP and (is_first_name(word) or unknown_word(word)):
            found.append((a, k))  # "seine Tante Cilli", "Sohn Tobias"
        elif _initial(t, a) and (unknown_word(word) or word.lower() in surnames()):
            found.append((a - 2, k))  # "mit H. Dietz", "A. Korsakow"
        elif _lost_letter(t, k) or _town_like(word):
            continue  # "sagte Demirta?": persons' rescan reads it; "tritt Hüllhorst bei"
        elif _framed(t, a, k) and (unknown_word(word) or _first_name_alone(word)):
            found.append((a, k))  # "Kolb war seit 1986 …", "Zuvor musste Halmich aber …"
    if not found:
        return found
    other = _places_and_firms(t)
    return [(a, k) for a, k in found if not other & {words[a], words[a].removesuffix("s")}]


# words before a place ("in Torgau", "aus Ballenstedt", "die Stadt Lemgo") and around a firm's
# name ("Firma Vestas", "Pressta-Eisele GmbH"): a word the text uses so elsewhere is no lone
# surname there either
_PLACE_BEFORE = word_set("in aus nahe nördlich südlich östlich westlich") | MUNICIPAL
_FIRM_BEFORE = word_set("firma unternehmen konzern hersteller marke verlag band label")


def _places_and_firms(t: PersonText) -> set[str]:
    """Return the capitalised words ``t`` names as a place or a firm somewhere."""
    words, kinds, n, other = t.words, t.kinds, len(t.words), set()
    for i in range(1, n):
        if kinds[i] != "w" or not words[i][:1].isupper():
            continue
        before = words[i - 1].lower()
        after = words[i + 1] if i + 1 < n else ""
        place = before in _PLACE_BEFORE and not after[:1].isupper()  # not "in Zschäpes Wohnung"
        if place or before in _FIRM_BEFORE or after.lower() in LEGAL:
            other.add(words[i])
    return other


def _lost_letter(t: PersonText, k: int) -> bool:
    """Tell a ``?`` glued to the word before ``k``: a letter lost in the text's encoding."""
    return t.word(k) == "?" and t.starts[k] == t.ends[k - 1]


def _town_like(word: str) -> bool:
    """Tell a word shaped as a German place name (``Hüllhorst``, ``Oppenweiler``) that is no
    known surname: in the subject's place a town is as likely as a person."""
    low = word.lower()
    return low.endswith(PLACE_ENDINGS) and low not in surnames()


def _framed(t: PersonText, a: int, k: int) -> bool:
    """Tell whether the words ``a:k`` open a sentence before a singular verb, or follow a
    finite verb with no capitalised noun after them."""
    after, n = t.word(k), len(t.words)
    next_lower = k < n and t.kinds[k] == "w" and after.islower()
    if _sentence_start(t, a) and next_lower and _singular_verb(after):
        return True  # "Kolb war seit 1986 …", "Doch Bermúdez wurde erwürgt."
    if t.word(a - 1) == "," and after in FINITE and after not in ("war", "ist", "hat", "wird"):
        return True  # "spekuliert, Berlusconi wolle sich …": a clause after a comma
    if after == "." and (len(t.words[k - 1]) <= 4 or is_role(t.word(k + 1))):
        return False  # "sagte Parl. Staatssekretärin": an abbreviation
    return _verb_before(t, a) and (not (k < n and t.kinds[k] == "w") or after.islower())


@lru_cache(maxsize=65536)
def _person_noun(word: str) -> bool:
    """Tell a noun for a person by occupation or standing (``Rapper``, ``Fußball-Experte``,
    ``Surrealisten``) that the role list of ``persons`` lacks; compounds end in one."""
    low = word.lower()
    if not word[:1].isupper():
        return False
    for ending in ("", "in", "en", "n", "s"):
        if low.endswith(ending) and low[: len(low) - len(ending)].endswith(PERSON_NOUNS):
            return True
    return False


@lru_cache(maxsize=65536)
def _pair(first: str, second: str) -> bool:
    """Tell two name words that are no German words (``Volkbert Keßler``, ``Rabiye Kurnaz``)."""
    return (
        not is_word(first.lower())
        and (unknown_word(first) or is_first_name(first))
        and (unknown_word(second, english=False) or second.lower() in surnames())
    )  # "Theaster Gates": an English word after a first word that is none


def _initial(t: PersonText, a: int) -> bool:
    """Tell an initial before ``a`` (``H. Dietz``), not a sentence's last letter (``Anlage B.``)."""
    letter = t.word(a - 2)
    return (
        t.word(a - 1) == "."
        and len(letter) == 1
        and letter.isupper()
        and t.kinds[a - 2] == "w"
        and t.starts[a] - t.ends[a - 1] == 1
        and not (a >= 3 and t.word(a - 3)[:1].isupper() and t.kinds[a - 3] == "w")
    )


def _verb_before(t: PersonText, a: int) -> bool:
    """Tell whether a finite verb stands right before ``a`` (``hatte``, ``diente``, ``stieg``),
    or before ``sich`` there (``distanzierte sich Moein``), not an attributive adjective in
    ``-te`` after a determiner (``die geplante``)."""
    reflexive = t.word(a - 1) == "sich" and a >= 2
    if reflexive:  # an adjective takes no "sich" after it
        a -= 1
    before = t.word(a - 1)
    if before in FINITE or before in STRONG_PAST:
        return True
    return (
        _singular_verb(before)
        and is_word(before)
        and (reflexive or not _adjective(before))
        and before not in _ORDINALS
        and t.word(a - 2).lower() not in _DETERMINERS
        and not t.word(a - 2)[:1].isdigit()  # "am 3. geplante": a date
    )


def _adjective(word: str) -> bool:
    """Tell ``gute``, ``sogenannte`` (mostly adjectives) from ``erreichte`` (mostly a verb): the
    form in ``-r`` is common beside it, as only an adjective's is."""
    return frequency(word + "r") >= ADJECTIVE_SHARE * frequency(word) > 0


@lru_cache(maxsize=65536)
def _first_name_alone(word: str) -> bool:
    """Tell a first name that is no German word and no place (``Lucy``, ``Eggert``)."""
    return (
        is_first_name(word)
        and not is_word(word.lower())
        and not is_place(word)
        and not is_known_word(word)  # "Chelsea": a first name, and a club's curated alias
    )


def _genitive(t: PersonText, a: int, word: str) -> bool:
    """Tell ``Critchlows Stil``: a word in ``s`` before a noun, no determiner before it."""
    if not word.endswith("s") or word.endswith(("ss", "us")) or len(word) < 5:
        return False
    if a and t.name[a - 1]:
        return False  # "Dow Jones Indexes": inside a longer name
    noun = t.word(a + 1)
    shaped = len(noun) >= 3 and noun[0].isupper() and noun[1:].islower()
    if not (t.kinds[a + 1 : a + 2] == ["w"] and shaped and is_word(noun)):
        return False
    if not unknown_word(word):
        return False  # "Beweis": a German word
    if is_org_word(noun):
        return False  # "Franzis Verlag": a firm's name
    before = t.word(a - 1).lower()
    if before in _DETERMINERS:
        return False  # "des Fanclubs": a common noun
    if before.endswith(("en", "er", "es", "em")) and is_word(before) and before not in _NOT_VERB:
        return False  # "des offiziellen Fanclubs"; but "über", "gegen" are prepositions
    stem = word[:-1]
    return not is_word(stem.lower()) and not is_place(stem) and stem.lower() not in CLUBS
