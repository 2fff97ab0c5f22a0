"""Two forms of one person's name within a release that the surname key alone does not join.

``Assad`` repeats ``Baschar al-Assad`` without the Arabic article joined to the surname, and
``Maria Giulia`` repeats ``Maria Giulia Sergio`` by the given names alone. Pure functions on the
folded keys ``names.name_key`` makes, used by ``names.group_persons``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# the Arabic article joined to a surname, in its assimilated forms (``al-``, ``el-``, ``as-``,
# ``asch-``); not ``bin``/``ibn`` (``bin Laden`` is no ``Laden``), folded keys are lowercase
_JOINED = re.compile(r"(?:al|el|as|ad|ar|at|an|asch|ash)-(?=\w{3})")


def bare_surname(key: str) -> str:
    """Return a surname's key without a joined article (``al-assad`` -> ``assad``)."""
    return _JOINED.sub("", key, count=1) if _JOINED.match(key) else key


def given_prefix_of(key: str, keys: Iterable[str], is_given: Callable[[str], bool]) -> str | None:
    """Return the one other key that ``key`` opens when every word of ``key`` is a given name
    (``maria giulia`` opens ``maria giulia sergio``); None when none or several do."""
    words = key.split(" ")
    if len(words) < 2 or not all(is_given(w) for w in words):
        return None
    longer = [k for k in keys if k != key and k.startswith(key + " ")]
    return longer[0] if len(longer) == 1 else None


def join_given_prefixes(groups: list, is_given: Callable[[str], bool]) -> list:
    """Count the group of ``Maria Giulia`` as that of ``Maria Giulia Sergio`` when the text
    names that one person (groups of ``names.group_persons``)."""
    keys = {g.key: g for g in groups}
    kept = []
    for g in groups:
        longer = given_prefix_of(g.key, keys, is_given) if g.first else None
        if longer is None:
            kept.append(g)
            continue
        keys[longer].mentions += g.mentions
        keys[longer].roles.update(g.roles)
    return kept
