"""A company named once with its legal form and then without it: ``Die Quorvex GmbH baut ein
Werk. Quorvex beschäftigt 200 Menschen.``

A release introduces a firm by its full name (``Wige Media AG``, ``German Pellets GmbH``) and
goes on with the name alone. The name alone is a mention of the same firm (one facet value, the
full name) wherever it stands in the text as a whole word sequence. A name alone that could be a
person or a word (``Müller GmbH`` then ``Müller``; ``Heinrich Schmitz GmbH``; ``Bau GmbH``) is
left to the other rules.
"""

from __future__ import annotations

from bisect import bisect_left

from indexer.extraction.lexicon import PLACE_PREFIX
from indexer.extraction.names import is_first_name
from indexer.extraction.org_complements import legal_end
from indexer.extraction.org_heads import head_of
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place, surnames
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency


def short_forms(tk: Tokens, found: list[OrgMention], blocked: set[int]) -> list[OrgMention]:
    """Find the names of ``found`` firms without their legal form elsewhere in ``tk``."""
    cores: dict[tuple[str, ...], str] = {}
    for m in found:
        core = _core(tk, m)
        if core and _distinctive(core):
            cores.setdefault(core, m.name)
    if not cores:
        return []
    taken = {s for m in found for s in _token_range(tk, m)}
    texts, starts, ends, result = tk.texts, tk.starts, tk.ends, []
    for core, name in cores.items():
        n = len(core)
        for i in range(len(texts) - n + 1):
            if texts[i] != core[0] or tuple(texts[i : i + n]) != core:
                continue
            if any(j in taken or starts[j] in blocked for j in range(i, i + n)):
                continue
            if not _whole(tk, i, i + n) or legal_end(tk, i + n) > i + n:
                continue
            if i + n < len(texts) and tk.capital[i + n]:
                continue  # "Cyanogen OS", "Quorvex Logistik": the name of something else
            result.append(OrgMention(name, starts[i], ends[i + n - 1]))
    return result


def _core(tk: Tokens, m: OrgMention) -> tuple[str, ...] | None:
    """Return the tokens of ``m`` before its legal form (``Wige Media`` of ``Wige Media AG``)."""
    tokens = _token_range(tk, m)
    if len(tokens) < 2:
        return None
    a, k = tokens.start, tokens.stop
    for j in range(a + 1, k):
        if legal_end(tk, j) == k and tk.texts[j] not in {".", "&"}:
            core = tuple(tk.texts[a:j])
            if all(kind == "w" for kind in tk.kinds[a:j]) and all(tk.capital[a:j]):
                return core
            return None
    return None


def _token_range(tk: Tokens, m: OrgMention) -> range:
    return range(bisect_left(tk.starts, m.start), bisect_left(tk.starts, m.end))


def _distinctive(core: tuple[str, ...]) -> bool:
    """Tell a name that stands for the firm alone: not one German word, place or surname, no
    head noun, no person's first name."""
    first = core[0]
    person = len(core) == 2 and is_first_name(first) and core[1].lower() in surnames()
    if person or any(head_of(w) for w in core):
        return False  # "Heinrich Schmitz GmbH", "Stadtwerke Halle GmbH": other rules read them
    if first.lower() in PLACE_PREFIX or is_place(first.lower()):
        return False  # "Bad Homburg GmbH", then "in Bad Homburg": the town
    if len(core) == 1:
        return len(first) >= 3 and frequency(first) == 0 and first.lower() not in surnames()
    return True  # "Wige Media", "German Pellets": a run of capitalised words said again


def _whole(tk: Tokens, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` stand alone, not glued to a hyphen or a word."""
    text = tk.text
    before = text[tk.starts[a] - 1] if tk.starts[a] else " "
    end = tk.ends[b - 1]
    after = text[end : end + 2] or " "
    if after[0] == "." and after[1:].isalnum():
        return False  # "Quorvex.de": an address
    return before not in "-/@." and after[0] not in "-@" and not after[0].isalnum()
