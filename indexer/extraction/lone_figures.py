"""Jesus, named alone: the one figure of faith news and encyclopaedias name by one word.

Articles on art, churches, feasts and history name him without a frame a lone surname needs
(``das Bild Jesu``, ``mit dem Jesus …``, ``die Worte Jesu Christi``), in the Latin forms the
Bible and hymns decline (``Jesu``, ``Jesum``); GermEval 2014 labels each a person. Only whole
words count (not ``Jesus-Statue``, ``Jesuskind``), and only in short texts, as ``lone_names``:
a release names its persons in frames. A ``Christus`` after the name is part of it.
"""

from __future__ import annotations

from indexer.extraction.ner_features import running_text
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText

# the forms of the name and, for each, the form of "Christus" that follows it
_FORMS = {"Jesus": "Christus", "Jesu": "Christi", "Jesum": "Christum"}


def figures(t: PersonText) -> list[PersonMention]:
    """Return each lone ``Jesus`` (``Jesu``, ``Jesum``, with ``Christus`` after it) of a short
    text as a person."""
    if "Jesu" not in t.text or running_text(t.tokens):  # the cheap test first
        return []
    found = []
    for i, word in enumerate(t.words):
        if word not in _FORMS:
            continue
        k = i + 2 if t.word(i + 1) == _FORMS[word] else i + 1
        name = " ".join(t.words[i:k])
        found.append(PersonMention(name, t.starts[i], t.ends[k - 1], None, k == i + 1))
    return found
