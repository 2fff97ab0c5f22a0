"""A person's predicate beside a lone surname: a verb of saying, a role, a reporting clause.

The word list holds surnames people talk about (``Merkel``, ``Stoltenberg``, ``Euler``) beside
the nouns and places it holds at the same frequency (``Auschwitz steht …``), so ``lone_names``
takes such a word at a sentence's start only before a verb that a person, not a place, a firm
or a medium does: a verb of saying or thinking in the singular (``Merkel sagte``, ``Obama
erklärte``, ``Stoltenberg betonte``), or a copula before a role (``Euler ist Chef der …``).
A word in ``-te`` after a comma or a closing quote opens a reporting clause (``…, orakelte
Hörmann``), though the word list lacks it or holds it as an adjective too. A byline names its
author: ``Von X Y`` as a line of its own or before an agency, ``Kommentar von X Y``.
Verbs a firm or a medium does too are left out (``berichtete``, ``kündigte``, ``bestätigte``,
``teilte … mit``).
"""

from __future__ import annotations

from indexer.extraction.lexicon import SPOKE, word_set
from indexer.extraction.person_text import PersonText
from indexer.extraction.role_words import is_role

# verbs of saying and thinking whose subject is a person
HUMAN_VERBS = (
    SPOKE - word_set("berichtete kündigte bestätigte bilanzierte antwortete")
) | word_set(
    "sagt meint glaubt glaubte hofft hoffte widersprach widerspricht verteidigte "
    "bezeichnete nannte nennt lobt kritisiert warnt mahnt räumt appelliert"
)
_COPULAS = word_set("ist war wird wurde bleibt blieb")
# marks before a reporting clause: "…, orakelte Hörmann." and "„…“ konstatierte Hörmann"
_REPORTING_MARKS = frozenset((",", "“", '"', "»", "«"))
_MEDIA_VERBS = ("meldete", "berichtete")


def human_predicate(t: PersonText, k: int) -> bool:
    """Tell whether the words from ``k`` are a person's predicate: a verb of saying or thinking
    (``sagte``), or a copula and a role (``ist Chef``, ``war Präsident``)."""
    after = t.word(k)
    if after in HUMAN_VERBS:
        return True
    return after in _COPULAS and is_role(t.word(k + 1))


def reporting_verb(t: PersonText, i: int) -> bool:
    """Tell a verb in ``-te`` opening a reporting clause after a comma or a closing quote
    (``…, orakelte Hörmann``): there it is no adjective (which needs a determiner before it),
    though the word list may lack it or hold it as an adjective too (``konstatierte``)."""
    word = t.word(i)
    return (
        i >= 1
        and t.word(i - 1) in _REPORTING_MARKS
        and word.islower()
        and word.endswith("te")
        and len(word) >= 6
        and not word.endswith(_MEDIA_VERBS)  # "…, vermeldete Kathpress": an agency
    )


# nouns of a signed text before "von" and its author ("Ein Kommentar von …"); not "Bericht",
# "Analyse": "laut einem Bericht von Spiegel Online" names a medium
BYLINE_NOUNS = word_set("kommentar gastkommentar gastbeitrag kolumne essay reportage glosse")


def byline(t: PersonText, a: int, k: int, opens: bool) -> bool:
    """Tell a byline's author at ``a:k``: after ``Von`` opening the text or a sentence
    (``opens``), or after ``Kommentar von``, the line ending there or going on with a comma
    (``Von X Y, dpa``)."""
    von = t.word(a - 1)
    if not (von == "Von" and opens) and not (
        von == "von" and t.word(a - 2).lower() in BYLINE_NOUNS
    ):
        return False
    return k >= len(t.words) or t.word(k) in (",", ".", "|", "/")
