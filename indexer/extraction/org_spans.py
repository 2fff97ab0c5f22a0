"""The spans of organisation mentions put together: blocked tokens, nesting, acronyms.

``tokens_inside`` gives the tokens that persons, addresses or mentions already cover;
``outermost`` keeps the outer of nested mentions (and a town inside ``… der Stadt Köln``);
``with_acronyms`` attaches an acronym in brackets right after a mention (``… (MAIS NRW)``), which
is a mention of its own too, and ``acronym_after`` tells a head followed by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from indexer.extraction.known_orgs import is_known_start
from indexer.extraction.lexicon import MUNICIPAL
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens

_ACRONYM_AFTER = re.compile(r"\s*\((?P<abk>[A-ZÄÖÜa-z][\w-]{1,9}(?: [A-Z]{2,4})?)\)")


def acronym_after(tk: Tokens, k: int) -> bool:
    """Tell whether a head is followed by its acronym: ``des Landesbauernverbandes (LBV)``."""
    word = tk.word(k + 1)
    return (
        tk.word(k) == "("
        and tk.word(k + 2) == ")"
        and 2 <= len(word) <= 8
        and sum(c.isupper() for c in word) >= 2
    )


def tokens_inside(tk: Tokens, spans) -> set[int]:
    """Return the start offsets of the tokens inside any of ``spans``."""
    starts, blocked = tk.starts, set()
    for start, end in spans:
        blocked.update(starts[bisect_left(starts, start) : bisect_left(starts, end)])
    return blocked


def outermost(found: list[OrgMention]) -> list[OrgMention]:
    """Drop mentions inside others, except a town inside ``… der Stadt Köln`` (both are named)."""
    kept: list[OrgMention] = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        outer = next((k for k in kept if k.start <= m.start and m.end <= k.end), None)
        if outer is None or (m.start > outer.start and m.name.split()[0].lower() in MUNICIPAL):
            kept.append(m)
    return kept


def with_acronyms(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Attach ``(ABK)`` right after a mention as its acronym (``… (MAIS NRW)``)."""
    result = []
    for m in found:
        after = _ACRONYM_AFTER.match(text, m.end)
        abk = after.group("abk") if after else None
        if abk and (sum(c.isupper() for c in abk) >= 2 or abk == m.acronym or is_known_start(abk)):
            m = OrgMention(m.name, m.start, m.end, abk)
            # the acronym is a mention of its own: "(DVAG)" names the organisation again
            result += [m, OrgMention(m.name, after.start("abk"), after.end("abk"), abk)]
        else:
            result.append(m)
    return result
