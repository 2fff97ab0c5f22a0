"""Name runs the word tests would cut short or run on: read in contact blocks of new senders.

A weekday after given names is a surname (``Dr. Christian Sonntag``, not ``Christian``), a
hyphenated given name whose second part no list knows still leads to ``von`` and a surname
(``Prof. Hans-Hennig von Grünberg``), and a contact label after a name in a footer flattened
into one line ends it (``Tobias Gläser Telefon: 038208 …``).
"""

from __future__ import annotations

from typing import Protocol

from indexer.extraction.date_forms import WEEKDAY_NAMES
from indexer.extraction.names import is_first_name
from indexer.text.wordlist import is_word

# not Freitag, a name too (left out of lexicon's weekdays for the same reason)
_WEEKDAYS = frozenset(d.capitalize() for d in WEEKDAY_NAMES if d != "freitag")
# what follows a weekday that is a day: a date, a time of day, a span ("Sonntag, 12. Mai")
_DAY_AFTER = frozenset(
    ("den", "um", "ab", "bis", "von", "früh", "morgen", "abend", "nacht", "mittag", "nachmittag")
)
# labels of a contact block's lines, glued to the name before them when the lines were flattened
_LABELS = frozenset(
    ("telefon", "telefax", "fax", "tel", "mobil", "handy", "e-mail", "email", "mail", "durchwahl")
)


class _Run(Protocol):
    words: list[str]
    kinds: list[str]

    def word(self, j: int) -> str: ...


def day_surname(t: _Run, i: int, k: int) -> bool:
    """Tell whether the weekday at ``k`` is the surname of the given names ``i``–``k``
    (``Christian Sonntag,``) rather than a day (``Peter am Sonntag``, ``Anna Montag, 12. Mai``)."""
    if k <= i or t.word(k) not in _WEEKDAYS:
        return False
    if not all(is_first_name(t.words[j]) for j in range(i, k) if t.kinds[j] == "w"):
        return False
    after, then = t.word(k + 1), t.word(k + 2)
    if after[:1].isdigit() or after.lower() in _DAY_AFTER:
        return False  # "Sonntag 12. Mai", "Sonntag um 10 Uhr"
    return not (after in ",(" and (then[:1].isdigit() or then.lower() in _DAY_AFTER))


def given_like(word: str) -> bool:
    """Tell whether ``word`` is a given name, or a hyphenated one whose first part is and whose
    second part is no German word (``Hans-Hennig``; not ``Max-Planck-Institut``)."""
    if is_first_name(word):
        return True
    first, _, second = word.partition("-")
    return (
        bool(second)
        and "-" not in second
        and second[:1].isupper()
        and len(second) >= 3
        and is_first_name(first)
        and not is_word(second)
    )


def label_tail(t: _Run, last: int) -> bool:
    """Tell whether the run's last word ``last`` is a contact label (``Telefon:``, ``Fax 0…``)."""
    if t.word(last).lower() not in _LABELS:
        return False
    after = t.word(last + 1)
    return after in (":", ".") or after[:1].isdigit() or after[:1] in "+("
