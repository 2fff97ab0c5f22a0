"""Firms and platforms named by their web domain: ``Vergleichsportal.de``, ``Reisefuchs.com``.

Online firms, portals and platforms are often called by their domain in running text (``eine
Umfrage von Preisblick.at und Datenwerk.com``). A capitalised word glued to a top-level domain is
such a name when it stands alone: not inside an address (``www.…``, ``…@…``, ``https://…``) and
not followed by a path.
"""

from __future__ import annotations

import re

from indexer.extraction.org_shapes import OrgMention

# the domain first (a literal full stop, so the scan skips in C), the name before it checked after
_TLD = re.compile(r"\.(?:de|com|at|ch|net|org|eu|info|io|live)(?![\w@/-]|\.\w)")
_NAME = re.compile(r"[A-ZÄÖÜ][\w-]*[^\W_]$")
_LONGEST = 40  # letters of a name before its domain at most


def domain_names(text: str) -> list[OrgMention]:
    """Return the capitalised names written with their web domain in ``text``."""
    found = []
    for m in _TLD.finditer(text):
        start = m.start()
        name = _NAME.search(text, max(0, start - _LONGEST), start)
        if name is None:
            continue
        a = name.start()
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
            a -= 1  # "bier-Index.de": the name starts lowercase, no capitalised name
        if a != name.start() or (a > 0 and text[a - 1] in "./@:"):
            continue  # "www.Firma.de", "info@Firma.de", "https://Firma.de": an address
        found.append(OrgMention(text[a : m.end()], a, m.end()))
    return found
