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
- a kinship noun, an occupation or an age stands before it (``Sohn Tobias``, ``Rapper Alpa Gun``,
  ``die 17-jährige Caroline``);
- a subordinate clause, a genitive after its noun or a foreign honorific frames it
  (``lone_clauses``: ``dass Madoff den Rest …``, ``Sieg Roddicks``, ``Mr. Krugman``);
- ``laut`` leads it, or a surname the world knows opens a sentence before an auxiliary
  (``lone_famous``: ``laut Pfeiffer``, ``Madonna hatte …``).

The word classes and the test whether a word may be a surname at all live in ``lone_words``.
"""

from __future__ import annotations

from itertools import compress

from indexer.extraction.lexicon import CLUBS, LEGAL, MUNICIPAL, PARTICLES, SPEECH_VERBS, word_set
from indexer.extraction.lineups import opens_lineup
from indexer.extraction.lone_clauses import (
    HEADINGS,
    MIDDLE_ADVERBS,
    NAME_HONORIFICS,
    NAME_NOUNS,
    SUBORDINATORS,
    apposition,
    clause_subject,
    comma_subject,
    for_opening,
    honorific_start,
    maker,
    noun_after_subject,
    noun_genitive,
)
from indexer.extraction.lone_existential import existential_object
from indexer.extraction.lone_famous import (
    according_to,
    compound_noun_word,
    famous_subject,
    famous_word,
    genitive_stem,
)
from indexer.extraction.lone_firms import firm_head, firm_noun, firm_verb
from indexer.extraction.lone_known import (
    COPULAS,
    listed_genitive,
    listed_surname,
    opens_name,
    surname_word,
)
from indexer.extraction.lone_pairs import surname_pairs
from indexer.extraction.lone_partners import partner
from indexer.extraction.lone_past import past_subjects
from indexer.extraction.lone_speakers import byline, human_predicate, reporting_verb
from indexer.extraction.lone_words import (
    ABBREVIATIONS,
    DETERMINERS,
    FINITE,
    KINSHIP,
    NOT_VERB,
    OPENERS,
    ORDINALS,
    SENTENCE_END,
    STRONG_PAST,
    adjective,
    aged,
    declined,
    first_name_alone,
    name_pair,
    person_noun,
    singular_verb,
    town_like,
    unknown_word,
    worldly_name,
)
from indexer.extraction.names import is_first_name
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place, is_place_adjective, surnames
from indexer.extraction.role_words import is_role
from indexer.text.wordlist import is_word


def _sentence_start(t: PersonText, i: int) -> bool:
    """Tell whether ``i`` opens a sentence, or follows a conjunction that does (``Doch``)."""
    if t.word(i - 1) in OPENERS:
        i -= 1
    if i == 0 or t.kinds[i - 1] == "n":
        return True
    if i == 1 and t.word(0) in HEADINGS:
        return True  # "Leben Vonholdt studierte …": a section's heading glued to its text
    if t.word(i - 1) in ("und", "aber", "doch", "denn") and t.word(i - 2) == ",":
        return True  # "…, und Gregor wurde erst …": a main clause after a comma
    before = t.word(i - 1)
    return (
        before in SENTENCE_END
        and t.word(i - 2) not in ABBREVIATIONS
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
        if _genitive(t, a, word) or _noun_genitive(t, a, word):
            found.append((a, k))  # "über Zabels Entscheidung", "Critchlows Stil", "Sieg Roddicks"
            continue
        alone = not (k < n and name[k])
        two = not alone and not (k + 1 < n and name[k + 1])  # exactly two name words
        if word in NAME_HONORIFICS and two:
            found.append((a, k + 1))  # "Lady Gaga": the honorific is part of the name
            continue
        start = honorific_start(t, a)
        if start is not None and alone and not (a and name[a - 1] and start == a):
            found.append((start, k))  # "Mr. Krugman"
            continue
        if (person_noun(before) or aged(before)) and alone:
            noun = aged(before) and (word.endswith("in") or person_noun(word) or is_role(word))
            named = unknown_word(word) or (_noun_phrase(t, a - 1) and worldly_name(word))
            if is_first_name(word) or (named and not noun):  # not "die 20-jährige Rapperin"
                found.append((a, k))  # "Fußball-Experte Sammer", "die 17-jährige Carola"
                continue
        elif person_noun(before) and (end := _foreign_run(t, a)):
            found.append((a, end))  # "der Rapper Alpa Gun", "Kontrahentin Hagar Shmoul Finer"
            continue
        kin = before.lower() in KINSHIP or before.endswith(NAME_NOUNS)  # "Ordensnamen Johannes"
        kin = kin or (before == "von" and t.word(a - 2).lower() in KINSHIP)  # "Sohn von Gottfried"
        if kin and alone and (is_first_name(word) or unknown_word(word)):
            found.append((a, k))  # "seine Tante Cilli", "Hardeknuts Halbbruder Sven"
            continue
        heading = a == 1 and words[0] in HEADINGS  # "Leben Vonholdt studierte …"
        if a and name[a - 1] and words[a - 1].lower() not in SUBORDINATORS and not heading:
            continue  # inside a run of name words, judged whole (persons._judge); not "Da X"
        if k < n and name[k]:
            if k + 1 < n and name[k + 1]:
                continue
            framed_pair = _framed(t, a, k + 1) or maker(t, a, k + 1)
            framed_pair = framed_pair or byline(t, a, k + 1, _sentence_start(t, a - 1))
            firm = firm_noun(words[k])  # "kauft Drellmark Entertainment": a firm
            if framed_pair and not firm and name_pair(word, words[k]):  # the cheap test first
                found.append((a, k + 1))  # "hat Volkbert Keßler und …"
            elif noun_after_subject(t, a, k) and unknown_word(word):
                found.append((a, k))  # "Da Amundsen Teilnehmer der Expedition war"
            continue
        if _initial(t, a) and (unknown_word(word) or word.lower() in surnames()):
            found.append((a - 2, k))  # "mit H. Dietz", "A. Korsakow"
        elif _lost_letter(t, k) or town_like(word) or _particle_after(t, k):
            continue  # "sagte Demirta?": persons' rescan reads it; "tritt Hüllhorst bei"
        elif _speaker(t, a, k) and (worldly_name(word) or listed_surname(word)):
            found.append((a, k))  # "…, sagte Schmid.": a surname that is a German word too
        elif _answer(t, a, k) and (unknown_word(word) or surname_word(word)):
            found.append((a, k))  # "Zeidler: Sie nennen es Korsett" (an interview)
        elif _led(t, a, k) and unknown_word(word):
            found.append((a, k))  # "Für Thiem ist es das zweite Halbfinale", "laut Reisch"
        elif partner(t, a, k) and (unknown_word(word) or famous_word(word)):
            found.append((a, k))  # "eine Einigung mit Constantius" (lone_partners)
        elif _clause(t, a, k) and (
            unknown_word(word) or first_name_alone(word) or _listed(t, a, word)
        ):
            found.append((a, k))  # "Kolb war seit 1986 …", "Zuvor musste Halmich aber …"
    # "Berger und Fink müssen …" (lone_pairs), "Merkel zeigte sich …" (lone_past)
    more = surname_pairs(t, _sentence_start) + past_subjects(t, _sentence_start)
    found += [span for span in dict.fromkeys(more) if span not in found]
    found = [(a, k) for a, k in found if not existential_object(t, a, k)]  # "Lob gab es"
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


def _answer(t: PersonText, a: int, k: int) -> bool:
    """Tell ``Zeidler: Sie nennen es …``: an interview's answer, the speaker's surname alone
    opening the sentence before a colon and more text."""
    if t.word(k) != ":" or k + 1 >= len(t.words) or not _sentence_start(t, a):
        return False
    return not opens_lineup(t, k + 1)  # "Grödig: Swete – Kainz, …": a team (lineups)


def _listed(t: PersonText, a: int, word: str) -> bool:
    """Tell a surname the word list holds (``lone_known``) after a verb or in a clause; at a
    sentence's start, where the list's nouns and places stand as often (``Auschwitz steht``),
    only before a person's predicate (``lone_speakers``: ``Merkel sagte``)."""
    if _sentence_start(t, a):  # "Madonna hatte" (lone_famous)
        return (human_predicate(t, a + 1) and listed_surname(word)) or famous_subject(t, a)
    if t.word(a - 1) in COPULAS:
        return False  # "heißt Respekt vor anderen": a noun after a verb of meaning
    return listed_surname(word)


def _led(t: PersonText, a: int, k: int) -> bool:
    """Tell a word that ``Für`` opening a sentence, ``von`` before a participle of making a
    work or ``laut`` leads (``lone_clauses``, ``lone_famous``)."""
    return for_opening(t, a, k) or maker(t, a, k) or according_to(t, a, k)


def _lost_letter(t: PersonText, k: int) -> bool:
    """Tell a ``?`` glued to the word before ``k``: a letter lost in the text's encoding."""
    return t.word(k) == "?" and t.starts[k] == t.ends[k - 1]


def _foreign_run(t: PersonText, a: int) -> int | None:
    """Return the end of two or three name words from ``a`` of which none is a German word
    and each is a first name, a known surname or an unknown word (``Alpa Gun``), or None."""
    end = a
    while end < len(t.words) and t.name[end] and end - a <= 3:
        end += 1
    if not 2 <= end - a <= 3:
        return None
    for word in t.words[a:end]:
        if is_word(word.lower()):
            return None
        known = unknown_word(word) or is_first_name(word) or word.lower() in surnames()
        if not known:
            return None  # "General Public License": English words
    return end


# particles of a name that are no German preposition ("wird Gudenus von Christandl verklagt")
FOREIGN_PARTICLES = PARTICLES - word_set("von vom zu zum zur der")


def _particle_after(t: PersonText, k: int) -> bool:
    """Tell ``Joost den Haan``: a particle and a name that is no German word go on after ``k``."""
    after = t.word(k + 1)
    return (
        t.word(k) in FOREIGN_PARTICLES
        and k + 1 < len(t.words)
        and t.name[k + 1]
        and not is_word(after.lower())
    )


def _speaker(t: PersonText, a: int, k: int) -> bool:
    """Tell ``sagte Schmid.``: a speech verb before the word, a mark or a lowercase word after."""
    after = t.word(k)
    return t.word(a - 1) in SPEECH_VERBS and (t.kinds[k : k + 1] != ["w"] or after.islower())


def _clause(t: PersonText, a: int, k: int) -> bool:
    """Tell a main clause's subject (``_framed``) or a subordinate clause's (``dass Madoff``)."""
    if _framed(t, a, k):
        return True
    clause = clause_subject(t, a, k) or comma_subject(t, a, k)
    return (clause or apposition(t, a, k)) and not is_role(t.words[a])


def _noun_genitive(t: PersonText, a: int, word: str) -> bool:
    """Tell ``einen Sieg Roddicks``: a genitive name after its noun, neither name a word."""
    before = t.word(a - 1)  # "Gute Kitas", "des Genfer Kommuniqués": no noun before
    listed = listed_genitive(word) and not (adjective(before.lower()) or is_place_adjective(before))
    if not noun_genitive(t, a, listed) or is_first_name(t.word(a - 1)):
        return False
    if listed:
        return True
    if not unknown_word(word):
        return False
    stem = word[:-1]  # a name itself: not "Kernöls", "Mosbachs"
    named = unknown_word(stem) or is_first_name(stem) or stem.lower() in surnames()
    return named and not town_like(stem)


def _noun_phrase(t: PersonText, i: int) -> bool:
    """Tell a noun for a person at ``i`` after an article or adjective (``der Genosse``), not a
    word of a name (``General Motors``)."""
    before = t.word(i - 1).lower()
    return person_noun(t.word(i)) and (before in DETERMINERS or adjective(before.rstrip("n")))


def _framed(t: PersonText, a: int, k: int) -> bool:
    """Tell whether the words ``a:k`` open a sentence before a singular verb, or follow a
    finite verb with no capitalised noun after them."""
    after, n = t.word(k), len(t.words)
    next_lower = k < n and t.kinds[k] == "w" and after.islower()
    if _sentence_start(t, a) and next_lower and singular_verb(after):
        return not firm_verb(after)  # "Kolb war seit 1986 …", not "Delticom erwirbt"
    if after == "zufolge" and not t.word(a - 1)[:1].isupper():
        return True  # "hat sie Heidegger zufolge", not "der Zeitung Haaretz zufolge"
    if t.word(a - 1) == "," and after in FINITE and after not in ("war", "ist", "hat", "wird"):
        return True  # "spekuliert, Berlusconi wolle sich …": a clause after a comma
    if after == "." and (len(t.words[k - 1]) <= 4 or is_role(t.word(k + 1))):
        return False  # "sagte Parl. Staatssekretärin": an abbreviation
    predicate = is_role(after) or person_noun(after) or after.endswith("mitglied")
    free = not (k < n and t.kinds[k] == "w") or after.islower() or predicate  # "war Rée Mitglied"
    return _verb_before(t, a) and free


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
    if t.word(a - 1) in MIDDLE_ADVERBS and a >= 2:
        a -= 1  # "erwartet auch Heinze", "vergab aber Börner"
    before = t.word(a - 1)
    if before in FINITE or before in STRONG_PAST:
        return True
    reporting = reporting_verb(t, a - 1)  # ", orakelte Hörmann" (lone_speakers)
    return (
        singular_verb(before)
        and before.islower()  # "Sport Logo vom …": a noun in -t, no verb
        and (reporting or is_word(before))
        and (reflexive or reporting or not adjective(before))
        and before not in ORDINALS
        and (
            t.word(a - 2).lower() not in DETERMINERS
            or not before.endswith(("e", "en", "er", "es", "em"))
        )
        and not (t.word(a - 2).isdigit() and len(t.word(a - 2)) < 4)  # "am 3 geplante"; a year
    )


def _genitive(t: PersonText, a: int, word: str) -> bool:
    """Tell ``Critchlows Stil``: a word in ``s`` before a noun, no determiner before it."""
    if not word.endswith("s") or word.endswith(("ss", "us")) or len(word) < 5:
        return False
    if a and t.name[a - 1]:
        return False  # "Dow Jones Indexes": inside a longer name
    j = a + 1
    if declined(t.word(j)) and t.word(j + 1)[:1].isupper():
        j += 1  # "um Nerudas gesundheitliche Verfassung"
    noun = t.word(j)
    shaped = len(noun) >= 3 and noun[0].isupper() and noun[1:].islower()
    if not (t.kinds[j : j + 1] == ["w"] and shaped and (is_word(noun) or compound_noun_word(noun))):
        return False
    listed = j == a + 1 and listed_genitive(word) and opens_name(t.word(a - 1))
    if word.lower().endswith("corps"):
        return False  # "das österreichische Armeecorps Marschordre": a noun, no genitive
    if not (unknown_word(word) or genitive_stem(word) or listed):
        return False  # "Beweis": a German word; "zwei Flacons Parfüm", "einige Blogs"
    if firm_head(noun):
        return False  # "Franzis Verlag", "Dreamworks Animation": a firm's name
    before = t.word(a - 1).lower()
    if before in DETERMINERS:
        return False  # "des Fanclubs": a common noun
    if before.endswith(("en", "er", "es", "em")) and is_word(before) and before not in NOT_VERB:
        return False  # "des offiziellen Fanclubs"; but "über", "gegen" are prepositions
    stem = word[:-1]
    if listed:
        return True
    return not is_word(stem.lower()) and not is_place(stem) and stem.lower() not in CLUBS
