"""A run of one name word: a surname after a role or title, or beside a speech verb.

``Minister Schneider``, ``Herr Schnettler`` and ``sagte Pfister.`` name persons by their surname
alone; ``judge_lone`` tells them from the words that stand there as often and name no person: a
district after a local office (``Ortsvorsteher Sennestadt``), a place, brand or compound noun
(``Landessprecher Berlin``, ``Vorstand BavariaDirekt``), an organisation that speaks (``berichtete
Europol``). ``clean_role`` gives the role in the nominative.
"""

from __future__ import annotations

import re

from indexer.extraction.known_orgs import single_word_names
from indexer.extraction.lexicon import CLUBS, LOCAL_OFFICES, SPEECH_VERBS, word_set
from indexer.extraction.name_context import names_after_colon
from indexer.extraction.name_edges import compound_noun, noun_with_verb
from indexer.extraction.names import is_first_name
from indexer.extraction.person_guards import is_honorific, is_medium, without_apostrophe
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import TOWN_ENDINGS, is_place, surnames
from indexer.extraction.role_words import is_descriptor, is_role
from indexer.extraction.run_words import ISCH_ADJECTIVE
from indexer.text.wordlist import is_word

GLUED = re.compile(r"(?P<first>[A-ZÄÖÜ][a-zäöüß]{2,})(?P<last>[A-ZÄÖÜ][a-zäöüß]{2,})")


def judge_lone(t: PersonText, a: int, k: int, name: int, role: str | None) -> PersonMention | None:
    """Judge a run ``a:k`` with one name word (``name``): a surname after a role or speaking."""
    if role is None and not t.speaks(a, k, t.words[name]):
        return None
    if role and is_descriptor(role) and t.word(a - 2).lower() not in SPEECH_VERBS:
        return None  # "der Musiker Gewalt gegen": an occupation, then a common noun
    if role and noun_with_verb(t, name, k):
        return None  # "als Sozialminister Furore machen": the verb's object
    foreign = role is None and t.words[a] in _FOREIGN_START  # "erklärt van der Vaart,"
    if role != "" and a != name and not foreign:
        return None  # "Bischof von Trient", "von der Hilfe"; but "Frau von Ketteler"
    if role and role.lower().startswith(LOCAL_OFFICES) and _district(t, a, k, name):
        return None  # "Ortsvorsteher Sennestadt": the district, not the holder's surname
    if (t.word(a - 2) == "(" and t.word(k) == ")") or names_after_colon(t, k):
        return None  # "(Vizepräsident Finanzen)": a portfolio; "Vorstand Holtvest: Jana Ross"
    if role and t.word(a - 1) == role and _plural_role(t.word(a - 2), role):
        return None  # "aller Pflichtschüler Klassen": many holders, then a noun
    after = k + 2 if t.kinds[k + 1 : k + 2] == ["n"] else k + 1  # over a hard line break
    if t.word(k) == "." and is_role(t.word(after)) and t.starts[after] - t.ends[k] <= 2:
        return None  # "sagte Parl. Staatssekretärin": an abbreviation before a role
    if _no_surname(t.words[name]) or is_role(t.word(k)) or compound_noun(t.words[name]):
        return None  # "Landessprecher Berlin", "Vorstand BavariaDirekt", "Ständiger Vertreter"
    if role is None and (t.words[name].lower() in single_word_names() or is_medium(t.words[name])):
        return None  # "berichtete Europol", "so Heise": an organisation (but "Professor Bosch")
    start, end = t.starts[a], t.ends[k - 1]
    glued = GLUED.fullmatch(t.words[name])
    if glued and is_first_name(glued["first"]) and not is_first_name(t.words[name]):
        # "Vorstand DirkKannacher": a lost blank between first name and surname
        shown = f"{glued['first']} {glued['last']}"
        return PersonMention(shown, start, end, clean_role(role))
    shown = without_apostrophe(t.text[start:end])  # "Müller's", shown without the genitive
    return PersonMention(shown, start, end, clean_role(role), True)


# particles that open a foreign surname and are no German preposition ("van der Vaart")
_FOREIGN_START = frozenset(("van", "de", "di", "da", "della", "del", "du", "ten", "ter", "dos"))


# genitive plurals before a role noun ("aller Schüler"): the word after it is no holder's surname;
# not "die" ("die Kollegen Roth und Wolf", "die Minister Roth versprach": a relative pronoun)
_PLURAL_BEFORE = frozenset(("aller", "vieler", "mancher", "sämtlicher"))


def _plural_role(before: str, role: str) -> bool:
    """Tell ``aller Schüler`` (a plural of a role in -er) after a genitive plural word."""
    return before in _PLURAL_BEFORE and not role.endswith(("in", "e"))


def _district(t: PersonText, a: int, k: int, name: int) -> bool:
    """Tell whether a lone word after a district's office names the district: a word shaped as a
    place name (``Oberhausen``, ``Jöllenbeck``) that is no known surname and does not speak."""
    word = t.words[name]
    low = word.lower()
    if low in surnames() or t.speaks(a, k, word) or t.word(a - 2).lower() in SPEECH_VERBS:
        return False  # "Ortsvorsteher Fischer", "sagte Ortsvorsteherin Brandhorst"
    return low.endswith(_PLACE_ENDINGS)


# endings of German place names; after a district's office such a word is mostly the district,
# also where many surnames end so ("Jöllenbeck", "Steinbach")
_PLACE_ENDINGS = tuple(sorted(TOWN_ENDINGS | word_set("berg bach born beck holz wald see ow itz")))


_CAMEL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}[A-ZÄÖÜ]")


def _no_surname(word: str) -> bool:
    """Tell a word that names a place, a brand, a quality or a thing, not a person (``Berlin``,
    ``BavariaDirekt``, ``Schwäbischer``, ``Mittagsjournal``), though it stands after a role."""
    glued = GLUED.fullmatch(word)
    camel = _CAMEL.match(word) is not None and not (glued and is_first_name(glued["first"]))
    low = word.lower()  # is_place: "Polens", "Ghanas", "Pankow"
    return (
        low in CLUBS
        or is_place(word)
        or camel
        or ISCH_ADJECTIVE.fullmatch(word) is not None
        or _linked_compound(low)
        or is_honorific(word)
    )


def _linked_compound(low: str) -> bool:
    """Tell a compound of two German words joined by a linking -s- (or the first ending in -s)
    with a long second word
    (``Nichtigkeitsbeschwerde``, ``Mittagsjournal``, ``Fairnessabkommen``): a common noun; no
    surname of 2,300 (the known ones and the Bundestag's speakers) has that shape."""
    return any(
        low[i] == "s" and (is_word(low[:i]) or is_word(low[: i + 1])) and is_word(low[i + 1 :])
        for i in range(4, len(low) - _LONG_TAIL)
    )


_LONG_TAIL = 7  # letters of the second word at least: "...sberg", "...smann" stay surnames


def clean_role(role: str | None) -> str | None:
    """Return ``role`` in the nominative (``Vorsitzenden`` -> ``Vorsitzende``), None if empty."""
    if not role:
        return None
    for ending, repl in (("innen", "in"), ("enden", "ende"), ("ten", "te"), ("ers", "er")):
        if role.endswith(ending) and len(role) > len(ending) + 4:
            return role[: -len(ending)] + repl
    return role
