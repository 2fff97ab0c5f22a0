"""Surnames that start with a particle, said after a speech verb: ``sagte von der Lahde.``,
``so von Brellhausen zu Tann weiter``.

A release that names a speaker by a surname with a lowercase particle (``von``, ``van``, ``zu``)
after a speech verb or ``so`` shows no capitalised run there: the particle reads as a
preposition. Right after the verb, the particle and one or two capitalised parts (``von der
Lahde``, ``von Brellhausen zu Tann``) then the end of the clause (a punctuation mark, ``weiter``,
``am``, ``gegenüber`` …) are that speaker's surname, as long as a part is no German word and no
place (``sagte von Anfang an``, ``so von Berlin aus`` are no names), and the verb takes no
``von`` of its own (``berichtete von der Hausaufgabenhilfe``).
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import SPEECH_VERBS, word_set
from indexer.extraction.org_heads import NOUNISH
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.places import is_place
from indexer.text.wordlist import is_word

_PART = r"[A-ZÄÖÜ][\w-]+"
_SURNAME = re.compile(
    rf"(?:von (?:der |dem |und zu )?|van (?:der |den |de )?|zu )(?P<first>{_PART})"
    rf"(?: (?:zu|von) (?P<second>{_PART}))?"
    r"(?=[.,;:!?)“”\"]| (?:weiter|am|im|gegenüber|bei|vor|nach|zum|zur|heute|gestern)\b)"
)
_BEFORE = re.compile(r"(\w+) $")
_AFTER_QUOTE = re.compile(r"(?:[“”\"»«],?|,) $")  # "“, so …", "…, so … weiter": attribution
# speech verbs that take "von" as "of, about" ("berichtete von der Hausaufgabenhilfe", "sprach
# von Problemen", "forderte von Brüssel"): no surname follows them so
_VERBS = SPEECH_VERBS - word_set(
    "berichtete berichtet sprach spricht erzählte erzählt schwärmte schwärmt forderte fordert "
    "verlangte verlangt träumte dankte"
)


def particle_surnames(text: str) -> list[PersonMention]:
    """Return the surnames with a particle that follow a speech verb or ``so`` in ``text``."""
    if " von " not in text and " van " not in text and " zu " not in text:
        return []
    found = []
    for m in _SURNAME.finditer(text):
        verb = _BEFORE.search(text, max(0, m.start() - 20), m.start())
        if verb is None or verb.group(1) not in _VERBS:
            continue
        if verb.group(1) == "so" and not _AFTER_QUOTE.search(
            text, max(0, verb.start() - 4), verb.start()
        ):
            continue  # "trieft nur so von Verwertungslogik": "so" attributes after a quote or comma
        parts = [p for p in (m.group("first"), m.group("second")) if p]
        if any(is_place(p) for p in parts) or all(is_word(p) for p in parts):
            continue
        if any(NOUNISH.search(p.lower()) for p in parts):
            continue  # "erklärte von der Leistungsprüfung": a compound noun, no surname
        found.append(PersonMention(m.group(), m.start(), m.end(), None, True))
    return found
