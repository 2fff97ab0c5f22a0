"""The persons and organisations of contact and footer blocks, found once per distinct block.

An issuer ends its releases with the same contact block (``Pressekontakt: …``): the finders run on
a block the first time it is seen in a process, and repeats take the mentions found then (the
finders depend on the text alone; the mentions are frozen dataclasses, shared safely).
"""

from __future__ import annotations

from functools import lru_cache

from indexer.extraction.organisations import OrgMention, find_organisations
from indexer.extraction.persons import PersonMention, extract_persons


@lru_cache(maxsize=1024)
def footer_persons(block: str) -> tuple[PersonMention, ...]:
    """``extract_persons(block)``, remembered for the last 1,024 distinct blocks."""
    return tuple(extract_persons(block))


@lru_cache(maxsize=1024)
def footer_organisations(block: str) -> tuple[OrgMention, ...]:
    """``find_organisations(block)``, remembered for the last 1,024 distinct blocks."""
    return tuple(find_organisations(block))
