"""Persons named in a press release, found by rules: roles, first names, appositions, captions.

A run of capitalised words is a person when something in the release says so: a role or title
before it (``Landrat Friedel Heuwinkel``), a known first name (``Sabine Beine``), an apposition
(``Cord Wellhausen, Landesvorsitzender,``; ``Uwe Witt (AfD)``), a speech verb (``sagte Sören
Link``), a photo caption, or a ``Nachname, Vorname`` line. A single word is a person after a role
or title (``Minister Schneider``, ``Herr Schnettler``), next to a speech verb (``sagte Pfister.``)
or where it repeats the surname of a person found so (``so Wellhausen``, ``Kaykins Rede``).
The word tests on a run are in ``run_words``, the judging of a lone surname in ``lone_runs``,
the surnames said again in ``surname_rescan``; the text as read, in ``person_text``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extraction.broken_names import mend_broken
from indexer.extraction.false_persons import drop_false
from indexer.extraction.genitives import (
    ends_of,
    genitive_before_noun,
    genitive_name,
    genitive_noun,
    is_genitive,
    plain_genitive,
    surname_then_noun,
)
from indexer.extraction.given_runs import label_tail
from indexer.extraction.given_surnames import given_surnames
from indexer.extraction.given_words import given_words
from indexer.extraction.lexicon import CLUBS, ORG_AFTER, ORG_AFTER_MORE, PARTICLES, PLACE_PREFIX
from indexer.extraction.lexicon import (
    SPEECH_VERBS as SPEECH_VERBS,  # re-exported: it lived here once
)
from indexer.extraction.lineups import lineup_names
from indexer.extraction.list_given import listed_firsts
from indexer.extraction.lone_figures import figures
from indexer.extraction.lone_known import listed_surname
from indexer.extraction.lone_names import framed
from indexer.extraction.lone_runs import clean_role, judge_lone
from indexer.extraction.name_context import (
    cut_before_ellipsis,
    genitive_before_phrase,
    is_work,
    kin_lead,
    lone_genitives,
    names_a_body,
    noun_ends_run,
    surname_before_noun,
)
from indexer.extraction.name_edges import (
    given_name_phrase,
    names_no_person,
    noun_after_surname,
    von_tail,
)
from indexer.extraction.name_lines import capitals, surname_first
from indexer.extraction.name_lists import titled_lists
from indexer.extraction.name_words import english_phrase
from indexer.extraction.names import fold, is_first_name
from indexer.extraction.ner_features import running_text
from indexer.extraction.particle_speakers import particle_surnames
from indexer.extraction.person_guards import (
    after_possessive,
    article_surnames,
    english_before,
    english_title_lead,
    is_foreign_article,
    is_honorific,
    is_press_kind,
    press_names,
    pronoun_at,
    recurs,
    team_after_city,
    team_plural,
    without_apostrophe,
    work_year,
)
from indexer.extraction.person_mention import PersonMention as PersonMention  # re-exported
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place, is_place_adjective
from indexer.extraction.regnal import with_ordinals
from indexer.extraction.role_surnames import role_surname_persons
from indexer.extraction.role_words import is_firm_kind
from indexer.extraction.role_words import is_role as is_role  # re-exported: it lived here once
from indexer.extraction.run_words import (
    ISCH_ADJECTIVE,
    club_word,
    declined_adjective,
    storm_name,
    tail_is_no_name,
    work_noun,
)
from indexer.extraction.surname_rescan import rescan_surnames
from indexer.text.wordlist import is_word

# "zum"/"zur" glued to a name word by a lost line break or blank ("Krautzbergerzum Vergrößern")
_GLUED_END = re.compile(r"\w{4}[a-zäöüß](?:zum|zur)$")
_TOWN_OR_CLUB = PLACE_PREFIX | CLUBS  # first words of towns and clubs, never of a person
_SAINT = frozenset(("St", "Hl", "Sankt"))  # "St." before a name: a church, a place
# the last words of names of venues, schools, clubs and firms, no surname ("Kenyon College")
_ORG_LAST = ORG_AFTER | ORG_AFTER_MORE


def _judge(t: PersonText, a: int, k: int, learned: set[str]) -> PersonMention | str | None:
    """Judge a run of name words: its mention, None, or the first name that would make it one."""
    if k == a + 1:  # one capitalised word, most runs: no particle, first name or genitive in it
        return None if t.word(k).lower() in ORG_AFTER else judge_lone(t, a, k, a, t.role_before(a))
    words = t.words
    run = [j for j in range(a, k) if t.kinds[j] == "w"]
    for x, j in enumerate(run[1:-2], 1):  # "Roman von Markus Werner": the von is a preposition
        nxt = words[run[x + 1]]
        if words[j] in ("von", "vom") and is_first_name(nxt) and words[run[x + 2]] not in PARTICLES:
            return _judge(t, run[x + 1], k, learned)
    names = [j for j in run if words[j] not in PARTICLES]
    if lead := english_title_lead([words[j] for j in names]):
        return _judge(t, names[lead], k, learned)  # "Managing Director Sanjeev Kumar"
    if (cut := pronoun_at([words[j] for j in names])) == 0 and len(names) > 1:
        return _judge(t, names[1], k, learned)  # "wer von Ihnen Sönke Wortmanns Film"
    if cut:  # "dass Antje Tillmann Ihnen erklärt hat": the name ends before the pronoun
        names, k = names[:cut], names[cut - 1] + 1
        run = [j for j in run if j < k]
    elif cut == 0:
        return None  # "ein Herr von Ihnen"
    if not names or len(names) > 4 or t.word(k).lower() in ORG_AFTER or english_before(t, a):
        return None
    if (cut := von_tail(t, run, names)) is not None:  # "Manfred Wolf von der Stadt"
        names, k = names[:cut], names[cut - 1] + 1
        run = [j for j in run if j < k]
    if all(is_place(words[j]) for j in names):
        return None  # "Rio de Janeiro", "Buenos Aires"
    if is_firm_kind(t.word(a - 1)) or names_no_person(t, a, names):
        return None  # "der Internetdienstleister United Internet": a firm's name
    if names_a_body(t, names[0], [words[j] for j in names], k):  # not "Klub von Florentino P."
        return None  # "der Klub Zaria Balti", "vom Team Stronach", "Sean Daniel Company"
    if (names[0] == a and is_press_kind(t.word(a - 1))) or is_press_kind(words[names[0]]):
        return None  # "der Zeitung Le Monde", "das Nachrichtenportal Bivol"; not "Initiative von"
    if is_honorific(words[names[-1]]) or (work_year(t, k) and t.role_before(a) is None):
        return None  # "Seiner Majestät"; "Medium Cool (1969)": a film's title and year
    if after_possessive(t, a) and not any(is_first_name(words[j]) for j in names):
        return None  # "meine Kleine Anfrage"; but "seine Stützen Martin Hinteregger"
    if after_possessive(t, a) and kin_lead([words[j] for j in names]):
        return _judge(t, names[1], k, learned)  # "ihr Mann Prinz Philip"
    if english_phrase([words[j] for j in names]):
        return None  # "Dark Side", "Breaking Bad", "Early Access": a title, term or brand
    if given_name_phrase([words[j] for j in names]) and t.role_before(a) is None:
        return None  # "im Peer Review", "The Danish Girl"; but "Sprecherin Anna Team"
    if len(names) == 2 and is_place(words[names[1]]) and club_word(words[names[0]]):
        return None  # "Werder Bremen", "Dynamo Kiew": a club, or a noun before a place
    if len(names) >= 2 and genitive_noun(words[names[0]]):
        return _judge(t, names[1], k, learned)  # "Musicals Barbarella", "Brasiliens Teamkicker"
    if names[0] != run[0] and len(names) >= 2:
        run = names  # "von Toto Wolff": before two name words a particle is the preposition
    lead = next((x for x, j in enumerate(names[:3]) if is_first_name(words[j])), 0)
    if len(names) >= 3 and work_noun(words[names[-1]]):
        names = names[:-1]  # "der Wong Kar-wai Film": a noun of works ends no name
        k = names[-1] + 1
    if not lead and work_noun(words[names[0]]) and not is_first_name(words[names[0]]):
        return None  # "sein Werk Doppelgrau (2014)": a noun of works, then its title
    if is_first_name(words[names[0]]) and work_noun(words[names[0]], t.word(run[0] - 1)):
        return None  # "den Roman Jakob von Gunten": the noun, then a title
    if words[names[-1]].lower() in _ORG_LAST:
        return None  # "Kenyon College", "Rose Bikes", "Gottfried Fuchs Stadion", "Stoke City"
    if lead and len(names) - lead >= 2:  # "Hochspringer Sebastian Fels": a descriptor, then a name
        names = names[lead:]
    elif t.word(run[0] - 1) == "." and t.word(run[0] - 2) in _SAINT:
        return None  # "St. Johann Baptist", "St. Martin's Theatre": a saint's church or place
    elif is_place_adjective(words[names[0]]) and not is_first_name(words[names[0]]):
        return None  # "Frankfurter Stadtverordneter", but "der Cottbuser Heinrich Haussler"
    shown = [words[j] for j in names]
    if team_plural(t, names[0], shown) or team_after_city(t, names[0], shown) or is_work(shown):
        return None  # "die Denver Broncos", "Boston Red Sox": a team; "Magna Carta": a work
    # "brachte Dominik Frieser Kapfenberg"; but "Gerhard Johann David von Scharnhorst"
    if len(names) >= 3 and is_place(words[names[-1]]) and names[-1] - names[-2] == 1:
        if not is_first_name(words[names[0]]) or recurs(t, names):
            return None  # "Red Bull Salzburg", "Austria Lustenau": a club, named again
        names = names[:-1]  # in Führung: a town after a name is no part of it
        k = names[-1] + 1
    if ISCH_ADJECTIVE.fullmatch(words[names[0]]) or declined_adjective(words[names[0]]):
        return None  # "Schwäbisch Gmünd", "Bayerischer Wald", "Ständiger Vertreter"
    if len(names) >= 2 and words[names[0]].lower() in _TOWN_OR_CLUB:
        return None  # "Bad Salzuflen", "Neu Wulmstorf": a town; "Borussia Dortmund": a club
    if names[0] != run[0] and (len(names) >= 2 and is_first_name(words[names[0]])):
        run = names  # "von Dominik Schnettler": the particle is the preposition
    a = run[0]
    glued = next((x for x in range(1, len(names) - 1) if _GLUED_END.search(words[names[x]])), None)
    if glued is not None:  # "Maria Krautzbergerzum Vergrößern": a line break lost before "zum"
        names = names[: glued + 1]
        k = names[-1] + 1
    genitive = next(
        (x for x in range(1, len(names) - 1) if is_genitive(words[names[x]])),
        None,
    )
    if genitive is None and genitive_before_noun(t, names[-1], k):
        genitive = len(names) - 1  # "Angela Merkels Politik war": the name ends the run
    if genitive is None and len(names) == 2 and surname_then_noun(t, names, k):
        if ends_of(t.text, words[names[0]][:-1]):
            genitive = 0  # "Kollegin Kovariks Frage lautete": a surname's genitive, then a noun
        elif t.role_before(a) == "":
            names, k = names[:1], names[0] + 1  # "mit Herrn Soros Gespräche geführt": an object
    if genitive is None and len(names) >= 2 and plain_genitive(t, names[-1], k):
        genitive = len(names) - 1  # "Egon Schieles „Akt“" beside "Schiele"
    if genitive is None and len(names) >= 2 and genitive_name(t, names[0], names[-1], k):
        genitive = len(names) - 1  # "die Rede Karl Poppers vor", "Otto Muellers „Akt“"
    if genitive is None and len(names) >= 2 and genitive_before_phrase(t, names[-1], k):
        genitive = len(names) - 1  # "Forrest Gumps bessere Hälfte"
    if genitive is not None:  # "Willy Brandts Ostpolitik"
        names = names[: genitive + 1]
        k = names[-1] + 1
    if genitive is None and noun_after_surname(t, names, k):  # "Trump Strafzölle verhängen"
        names = names[:1]
        k = names[0] + 1
    if genitive is None and (tail_is_no_name(t, names) or noun_ends_run(t, names, k)):
        names = names[:-1]  # "gab Patrick Cramer Antwort auf", "Ernst Lubitsch Anleihen genommen"
        k = names[-1] + 1
    elif len(names) >= 3 and label_tail(t, names[-1]):  # "Tobias Gläser Telefon: 0…"
        names, k = names[:-1], names[-2] + 1
    role = t.role_before(a)
    if len(names) == 1:
        lone = judge_lone(t, a, k, names[0], role)
        return replace(lone, name=lone.name[:-1]) if lone and genitive is not None else lone
    if len(names) == 2 and storm_name(words[names[0]], words[names[1]]):
        return None  # "des Orkans Sabine": a storm's name after its genitive noun
    appos = t.apposition(k)
    clause = t.role_of_clause(a)
    first = words[names[0]]
    given = is_first_name(first) and not is_foreign_article(first)  # "Le Monde", "Al Jazeera"
    strong = role is not None or appos is not None or bool(clause) or given
    if not strong and not is_word(first) and any(t.initial(j) for j in names[1:-1]):
        strong = True  # "Kaveh T. Sadeghi": an initial between two words no German word starts
    if not strong and is_foreign_article(first) and not is_first_name(first) and len(names) == 2:
        return None  # "meinte La Nacion": a medium; "Le Pen" when the text names Marine Le Pen
    if not (strong or fold(first) in learned or t.speech_near(a, k) or t.in_caption(a, k)):
        return fold(first)  # a person if the text names someone else with this first name
    if strong:
        learned.add(fold(first))
    start, end = t.starts[a], t.ends[k - 1]
    cut = 1 if genitive is not None else 3 if glued is not None else 0
    name = without_apostrophe(" ".join(t.text[start : end - cut].split()))  # "Fritz Lange's"
    return PersonMention(name, start, end, clean_role(role or clause or appos))


def extract_persons(body: str, title: str = "") -> list[PersonMention]:
    """Find the persons in ``title`` and ``body``; offsets refer to ``title + "\\n" + body``."""
    t = PersonText(f"{title}\n{body}" if title else body)
    learned: set[str] = set()
    found = surname_first(t.text, learned) + capitals(t.text, learned)
    pending = []  # runs waiting for a first name the text shows later ("erklärte Zülfiye Kaykin")
    runs = t.runs()
    for a, k in runs:
        judged = _judge(t, a, k, learned)
        if isinstance(judged, PersonMention):
            found.append(judged)
        elif judged is not None:
            pending.append((judged, a, k))
    # an unknown first name before a surname the text lets speak or gives a role ("Enak Ferber
    # … sagte Ferber"): the run is that person in full; a German word or a long compound before
    # the surname is no first name ("Laut Kickl", "Vogelexperte Frey")
    framed = {fold(m.name) for m in found if m.surname_only}
    for first, a, k in pending:
        if k == a + 2 and fold(t.words[a + 1]) in framed and _may_be_given(t.words[a]):
            learned.add(first)
    listed = [(first, a, k) for first, a, k in pending if _may_be_given(t.words[a])]
    learned |= listed_firsts(t, listed, found)  # "Ina Roth, Madlen Kurz und Ole Brandt"
    found += [m for first, a, k in pending if first in learned and (m := _judge(t, a, k, learned))]
    found += article_surnames(t, [(a, k) for first, a, k in pending], found)  # "oder Le Pen"
    found += particle_surnames(t.text)  # "sagte von der Lahde."
    found = _dedupe(found + _lone_names(t) + figures(t))  # "Bhuttos", "das Bild Jesu"
    found = cut_before_ellipsis(t.text, found)  # "Reinhold …"
    found += lineup_names(t, found) + titled_lists(t, found)  # "Salzburg: Walke – …"
    found = surname_before_noun(lone_genitives(t.text, found))  # "Badawis", "Holmes Verteidiger"
    if press := press_names(t, runs):  # "berichtete Anadolu" beside "Nachrichtenagentur Anadolu"
        found = [m for m in found if not (m.surname_only and fold(m.name) in press)]
    found = drop_false(t.text, found + rescan_surnames(t, found))  # false_persons
    found = role_surname_persons(t.text, mend_broken(t.text, found))  # "Rudolf Bischof"
    found = given_words(t.text, sorted(found, key=lambda m: m.start))  # not "zehn Mark Strafe"
    return given_surnames(t.text, with_ordinals(t.text, found))  # "Ludwig XIV."; "Stephan Weil"


def _lone_names(t: PersonText) -> list[PersonMention]:
    """Single surnames framed by the sentence alone (``lone_names``), a genitive ``s`` cut off.

    Only in short texts: in running text they added false persons and speakers.
    """
    found = []
    if running_text(t.tokens):
        return found  # a release introduces its persons; a frame alone is weak evidence there
    for a, k in framed(t):
        shown = " ".join(t.text[t.starts[a] : t.ends[k - 1]].split())
        genitive = t.word(k)[:1].isupper() or listed_surname(shown[:-1])  # "Wirkung Luthers"
        if k == a + 1 and genitive and shown.endswith("s"):
            shown = shown[:-1]  # "Zabels Entscheidung"
        found.append(PersonMention(shown, t.starts[a], t.ends[k - 1], None, k == a + 1))
    return found


def _may_be_given(word: str) -> bool:
    """Tell whether an unknown word may be a first name: short, no hyphen, no German word."""
    return len(word) <= 9 and "-" not in word and not is_word(word)


def _dedupe(found: list[PersonMention]) -> list[PersonMention]:
    kept: list[PersonMention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept
