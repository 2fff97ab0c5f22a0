"""Curated names with a capital inside, as German news agencies write them.

A company that spells its name with a capital inside (``eBay``, ``UniCredit``, ``YouTube``,
``ThyssenKrupp``, ``BioNTech``) is written by dpa, APA and most papers with one capital at the
start (``Ebay``, ``Unicredit``, ``Youtube``, ``Thyssenkrupp``, ``Biontech``), as acronyms spoken as
words are (``Fifa``; ``known_orgs.spoken_acronym``). ``known_orgs`` adds that spelling of each
such word of a curated name. Words of three letters keep their capitals (``VdK``, ``KfW``,
``VfB``), and so does a word whose other spelling is a given name (``ManU``, not ``Manu``).
"""

from __future__ import annotations

import re

from indexer.extraction.names import is_first_name

_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


def news_case(word: str) -> str | None:
    """Return ``word`` with one capital at the start when it has a capital inside after a small
    letter and four letters or more (``UniCredit`` → ``Unicredit``, ``eBay`` → ``Ebay``), unless
    that is a given name (``ManU``), else ``None``."""
    if len(word) < 4 or not word.isalpha() or _INNER_CAPITAL.search(word) is None:
        return None
    cased = word[0].upper() + word[1:].lower()
    return None if is_first_name(cased) else cased


def news_cased(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the tokens of a name with each camel-cased word in news case
    (``RedaktionsNetzwerk Deutschland`` → ``Redaktionsnetzwerk Deutschland``), or ``None`` when
    no word changes."""
    cased = tuple(news_case(t) or t for t in tokens)
    return cased if cased != tokens else None
