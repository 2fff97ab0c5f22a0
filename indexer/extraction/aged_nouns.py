"""A role noun after an age stands for a person named before, like a pronoun: ``„…“, sagt der
40-jährige Trainer`` is said by the man just named, as ``sagt der 40-Jährige`` is (``mentions``
reads that one). German news name a person first and then refer back to them by their age and a
noun (``die 52-jährige Ärztin``); a noun found nowhere else in the text cannot name anyone by
itself. A noun the text uses elsewhere (``Trainer X … sagt der 40-jährige Trainer``) stays a
role noun, resolved by the role rules; one followed by a name (``so der 42-jährige Moderator
Jan Berg``) is that name's. The article gives the pronoun (``der`` er, ``die`` sie); an
indefinite or plural one (``ein 40-jähriger``, ``die 40-jährigen``) gives none and the noun
stays a role noun.
"""

from __future__ import annotations

import re

from indexer.extraction.speech_frames import _AGE

# a name after the noun speaks itself: "so der 42-jährige Moderator Jan Berg"
_NAMED_NEXT = re.compile(r"[ \t]+(?:(?:Dr|Prof)\.[ \t]*)*[A-ZÄÖÜ]")


def aged_pronoun(
    masked: str, words: list[str], starts: list[int], i: int, roles: dict[str, str]
) -> str | None:
    """Return the pronoun the role noun ``words[i]`` stands for after ``der``/``die`` and an age
    (``der 40-jährige Trainer`` -> er), or None when no age stands before it or the noun is a
    role the text or ``roles`` (person -> role, also from the title) knows."""
    if i < 1 or words[i - 1] != "jährige":
        return None
    at = starts[i - 1]
    age = _AGE.search(masked, max(0, at - 12), at)
    if age is None or masked[at + len("jährige") : starts[i]].strip():
        return None
    if _NAMED_NEXT.match(masked, starts[i] + len(words[i])):
        return None
    if _named_elsewhere(masked, words[i], roles):
        return None
    article = age.group().split()[0].lower()
    feminine = words[i].lower().endswith("in")
    if article == "der" and not feminine:
        return "er"
    return "sie" if article == "die" and (feminine or words[i].endswith("e")) else None


_ENDING = re.compile(r"(?:innen|in|en|es|e|n|r|s)$")


def _named_elsewhere(masked: str, word: str, roles: dict[str, str]) -> bool:
    """Tell whether the role noun (its stem, in any compound) occurs twice or more in the text
    or is part of a person's known role."""
    stem = _ENDING.sub("", word.lower()) if len(word) > 6 else word.lower()
    return masked.lower().count(stem) > 1 or any(stem in r.lower() for r in roles.values())
