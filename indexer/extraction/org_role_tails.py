"""A role written after an organisation's head and before a person: no part of the name.

``Stadtwerke Geschäftsführer Rainer Kühne`` and ``Stadtwerke Aufsichtsratsvorsitzender und
Bürgermeister Dr. Kahle`` leave out the hyphen or genitive of ``Stadtwerke-Geschäftsführer``;
the head ``Stadtwerke`` took the capitalised role as its complement. A name whose last word is
a role right after a head word, with a capitalised word, ``und`` or a comma after it, loses
the role. ``Verein Deutscher Ingenieure`` keeps its words: no head stands before the role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extraction.org_heads import head_of
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.role_words import is_role

_AFTER = re.compile(r"\s*(?:,|und\b|[A-ZÄÖÜ])")


def role_tails(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Cut a trailing role off each mention in ``found`` (module doc); a head alone goes."""
    out = []
    for m in found:
        words = m.name.split()
        cut = (
            len(words) >= 2
            and is_role(words[-1])
            and head_of(words[-2]) is not None
            and text[m.start : m.end].endswith(words[-1])
            and _AFTER.match(text, m.end) is not None
        )
        if not cut:
            out.append(m)
            continue
        if len(words) == 2 and not _named(words[0]):
            continue  # "Stadtwerke" alone is a kind, named nowhere else by this mention
        end = m.end - len(words[-1])
        end = len(text[:end].rstrip())
        out.append(replace(m, name=" ".join(words[:-1]), end=end))
    return out


def _named(word: str) -> bool:
    return "-" in word or any(c.isupper() for c in word[1:])
