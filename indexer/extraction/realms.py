"""Places named after the noun of a realm or a state's part (``das Fürstentum Capua``).

A name after ``Fürstentum``, ``Königreich``, ``Grafschaft``, ``Emirat``, ``Kanton``,
``Bundesstaat`` … is the realm's or the part's, no person; the tagger took ``Capua`` in ``das
Fürstentum Capua`` for one. A genitive after it is a ruler (``das Königreich Davids``).
"""

from __future__ import annotations

import re

from indexer.extraction.names import is_first_name

_REALM = re.compile(
    r"(?:groß|erz|kur|mark|land|fürst)?(?:fürstentum|königreich|herzogtum|grafschaft|kaiserreich"
    r"|zarenreich|emirat|sultanat|khanat|kalifat|bundesstaat|kanton|distrikt|departement"
    r"|präfektur|bistum|hochstift)(?:s|es|e|en)?",
    re.IGNORECASE,
)


def after_realm(text: str, start: int, name: str) -> bool:
    """Tell a name at ``start`` after the noun of a realm (``Fürstentum Capua``), not a ruler's
    genitive (``Königreich Davids``)."""
    before = text[max(0, start - 30) : start].split()
    if not before or not before[-1][:1].isupper() or not _REALM.fullmatch(before[-1]):
        return False
    return not (name.endswith("s") and is_first_name(name.split()[-1][:-1]))
