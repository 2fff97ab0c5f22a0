"""A listed surname opening a sentence, where only a person's verb makes it one.

The word list holds surnames people talk about (``Merkel``, ``Stoltenberg``, ``Euler``) beside
the nouns and places it holds at the same frequency (``Auschwitz steht …``), so ``lone_names``
takes such a word at a sentence's start only before a verb that a person, not a place, a firm
or a medium does: a verb of saying or thinking in the singular (``Merkel sagte``, ``Obama
erklärte``, ``Stoltenberg betonte``), or a copula before a role (``Euler ist Chef der …``).
Verbs a firm or a medium does too are left out (``berichtete``, ``kündigte``, ``bestätigte``,
``teilte … mit``).
"""

from __future__ import annotations

from indexer.extraction.lexicon import SPOKE, word_set
from indexer.extraction.person_text import PersonText, is_role

# verbs of saying and thinking whose subject is a person
HUMAN_VERBS = (
    SPOKE - word_set("berichtete kündigte bestätigte bilanzierte antwortete")
) | word_set(
    "sagt meint glaubt glaubte hofft hoffte widersprach widerspricht verteidigte "
    "bezeichnete nannte nennt lobt kritisiert warnt mahnt räumt appelliert"
)
_COPULAS = word_set("ist war wird wurde bleibt blieb")


def human_predicate(t: PersonText, k: int) -> bool:
    """Tell whether the words from ``k`` are a person's predicate: a verb of saying or thinking
    (``sagte``), or a copula and a role (``ist Chef``, ``war Präsident``)."""
    after = t.word(k)
    if after in HUMAN_VERBS:
        return True
    return after in _COPULAS and is_role(t.word(k + 1))
