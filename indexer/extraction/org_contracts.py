"""The body a player or an artist is under contract with: ``bei Sektenmuzik unter Vertrag``.

``bei X unter Vertrag stehen`` names a club, a label, a publisher or a company in ``X``, whatever
its name looks like: a town for its club (``bei Bremen unter Vertrag``), a German word for a band
or a label (``bei Kraftwerk``), a word no dictionary holds. The frame is narrow, so the name is
taken as it stands: one to four capitalised words (a club's year too: ``Hannover 96``) between
``bei`` or ``beim`` and ``unter Vertrag``.
"""

from __future__ import annotations

from itertools import compress

from indexer.extraction.lexicon import STOPWORDS
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens

_AT = frozenset(("bei", "beim", "Bei", "Beim"))
_MAX = 4


def contract_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find ``X`` in ``bei X unter Vertrag``."""
    texts, starts, ends, kinds = tk.texts, tk.starts, tk.ends, tk.kinds
    n, found = len(texts), []
    if "Vertrag" not in texts:
        return found
    for i in compress(range(n - 3), map(_AT.__contains__, texts[: n - 3])):
        k = i + 1
        while k < n and k - i <= _MAX and starts[k] not in blocked:
            if kinds[k] == "w" and tk.capital[k] and texts[k].lower() not in STOPWORDS:
                k += 1
            elif kinds[k] == "d" and k > i + 1 and len(texts[k]) <= 4:
                k += 1  # "Hannover 96", "Schalke 04"
            else:
                break
        if k > i + 1 and tk.word(k) == "unter" and tk.word(k + 1) == "Vertrag":
            found.append(
                OrgMention(tk.text[starts[i + 1] : ends[k - 1]], starts[i + 1], ends[k - 1])
            )
    return found
