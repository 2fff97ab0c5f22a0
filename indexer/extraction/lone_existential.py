"""A word opening a sentence before ``gibt es`` / ``gab es`` is the object, not a person.

``Lob gab es vom Generalsekretär``, ``Zuspruch gibt es auch …``: in the existential
``es gibt`` the pronoun ``es`` is the subject, so the capitalised word before the verb is what
there is — a thing — and no surname the sentence frames (``lone_names``: ``Madonna hatte …``).
"""

from __future__ import annotations

from indexer.extraction.person_text import PersonText

_GIVE = frozenset(("gibt", "gab", "gäbe", "gebe"))


def existential_object(t: PersonText, a: int, k: int) -> bool:
    """Tell a lone word ``a:k`` before ``gibt es`` / ``gab es``."""
    return k == a + 1 and t.word(k) in _GIVE and t.word(k + 1) == "es"
