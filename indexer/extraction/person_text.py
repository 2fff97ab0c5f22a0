"""A text as the person finder reads it: name words, their runs, and the cues around a run.

A name word is capitalised and neither a role, a title, an organisation's head noun nor a common
noun ending (``Ketteler``, not ``Landrat``, ``Kreis`` or ``Verwaltung``). The cues say what stands
around a run of them: a role or title before it, an apposition or party after it, a speech verb
near it, a photo caption it sits in.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import or_

from indexer.extraction.fastpaths import Memo
from indexer.extraction.given_runs import day_surname as day
from indexer.extraction.given_runs import given_like
from indexer.extraction.lexicon import (
    MEASURES,
    PARTICLES,
    PARTY_WORDS,
    SPEECH_VERBS,
    SPOKE,
    word_set,
)
from indexer.extraction.lexicon import START_PARTICLES as _START_PARTICLES
from indexer.extraction.name_words import common_word, is_name_word, long_compound
from indexer.extraction.name_words import english_phrase as english_phrase  # re-exported
from indexer.extraction.names import is_first_name, is_title
from indexer.extraction.role_words import is_role as is_role  # re-exported: ner, ner_spans
from indexer.extraction.tokens import split_tokens
from indexer.text.wordlist import frequency, is_word

# (?=[(vFB]): a position that cannot start a match is passed over at once (3x faster)
# Every alternative starts with a literal (the word boundaries checked after it): the scan
# skips to "(", "v", "F" and "B" in C instead of trying the pattern at every character.
_CAPTION_TAIL = r"\s*(?:\(v\.\s*l\.(?:\s*n\.\s*r\.)?\))?\s*:"
_CAPTION = re.compile(
    r"\(\s*v\.\s*l\.(?:\s*n\.\s*r\.)?\s*\)\s*:?|v(?<!\wv)\.\s*l\.\s*n\.\s*r\.:?"
    rf"|F(?<!\wF)(?:oto|otos){_CAPTION_TAIL}|B(?<!\wB)(?:ild|ildunterschrift){_CAPTION_TAIL}",
)
_CAPTION_EDGE = frozenset({",", ".", ";", "(", "und", "sowie", ""})


# titles of nobility stand between first name and particle: "Johanna Gräfin von Westphalen"
# Romance particles inside a surname after a given name and a first surname; no German "von"
# ("Manfred Wolf von der Stadt")
_ROMANCE = frozenset(("de", "da", "del", "della", "di", "do", "dos", "das", "du"))
_NOBLE = frozenset(("Graf", "Gräfin", "Freiherr", "Freifrau", "Prinz", "Prinzessin", "Baron"))


# particles written with a capital inside a name ("Alexander Van der Bellen", "Paul De Graaf")
# particles that open a surname: Italian "della" too ("Giacomo della Porta", "Luca della Robbia")
START_PARTICLES = _START_PARTICLES | {"della"}
_CAPITAL_PARTICLES = frozenset(("Van", "Von", "De", "Di", "Da", "Del", "Della", "Du", "Ten", "Ter"))


# lowercase articles: a speech verb after one is an adjective ("die erklärte Absicht")
_ARTICLES = word_set("der die das den dem des ein eine einen einem einer eines")


# lowercase words after which a speech verb and its subject follow ("und sagte Roth", "so
# erklärte Roth"): before any other lowercase word a verb in -te is an adjective
_INVERTING = word_set(
    "und oder aber denn dann da so auch noch nun jetzt zudem außerdem ebenfalls damals gestern "
    "heute morgen bereits schon zuletzt zuvor danach später abschließend kürzlich jüngst nämlich "
    "zugleich weiter ferner hier dort dazu darauf dabei deshalb daher"
)


# titles written out, never abbreviated: a full stop after one ends a sentence
_SPELLED_TITLES = word_set("herr herrn frau")
_COMPOUND = 10  # letters of a word no given name reaches ("Sondergesandte", "Militärreformer")
# abbreviations whose full stop ends no sentence before a name word
_ABBREVIATIONS = frozenset(("St", "Str", "Nr", "Hl", "hl", "ca", "bzw", "vgl", "gem", "lt"))


_NAME_WORDS = Memo(is_name_word.__wrapped__, 1 << 17)  # a dict lookup per token (fastpaths)


class PersonText:
    """The tokens of a text, with the name-word test done once per token."""

    def __init__(self, text: str) -> None:
        tokens = split_tokens(text)
        self.text, self.tokens, self.word = text, tokens, tokens.word
        self.words, self.kinds = tokens.texts, tokens.kinds
        self.starts, self.ends = tokens.starts, tokens.ends
        self.name = list(map(_NAME_WORDS.__getitem__, self.words))
        self.captions = [(m.end(), _line_end(text, m.end())) for m in _CAPTION.finditer(text)]

    def honorific(self, j: int) -> bool:
        return self.kinds[j] == "w" and is_title(self.words[j])

    def particles_then_name(self, k: int) -> bool:
        """Tell whether ``van der Loo`` starts at ``k``: one to three particles, then a name."""
        j, n = k, len(self.words)
        if self.word(k) not in START_PARTICLES:
            return False
        while j < n and j - k < 3 and self.words[j] in PARTICLES:
            j += 1
        return k < j < n and self.name[j]

    def initial(self, k: int) -> bool:
        word = self.words[k]
        return len(word) == 1 and word.isupper() and self.word(k + 1) == "."

    def runs(self) -> list[tuple[int, int]]:
        """Return ``(a, k)`` spans of name words; ``von der`` only after first names or alone."""
        words, kinds, name, n = self.words, self.kinds, self.name, len(self.words)
        # only a name word or a particle starts a run: skip the other tokens without a look
        heads = compress(range(n), map(or_, name, map(START_PARTICLES.__contains__, words)))
        runs, end = [], 0
        for i in heads:
            if i < end:
                continue
            if name[i]:
                k = i
                while k < n and (
                    name[k] or self.initial(k) or self._wrapped(i, k) or day(self, i, k)
                ):
                    k += 2 if self.initial(k) else 1
                lead = i + 1 if k - i >= 2 and self._descriptor(i, k) else i
                firsts = all(
                    given_like(words[j]) or words[j] in _NOBLE  # "Hans-Hennig von Grünberg"
                    for j in range(lead, k)
                    if kinds[j] == "w"
                )
                noble = any(words[j] in _NOBLE for j in range(i, k))
                if (firsts or noble) and self.particles_then_name(k):  # "Klaus-Dieter von K."
                    k = self._surname_end(k)
                elif firsts and self._in_der(k):  # "Olaf in der Beek"
                    k = self._surname_end(k + 1)
                elif words[k - 1] in _CAPITAL_PARTICLES and self.particle_gap(k):
                    k = self._surname_end(k)  # "Alexander Van der Bellen", "Di Lorenzo"
                elif (
                    self.word(k) in _ROMANCE
                    and is_first_name(words[i])
                    and self.particles_then_name(k)
                ):
                    k = self._surname_end(k)  # "Javier Pérez de Cuéllar", "Lula da Silva"
            elif self.particles_then_name(i):
                k = self._surname_end(i)  # "Frau van der Loo-Terhorst", "sagte von Ketteler"
                inner = [w for w in words[i:k] if w not in PARTICLES]
                firsts = bool(inner) and all(is_first_name(w) or w in _NOBLE for w in inner)
                noble = any(w in _NOBLE for w in inner)  # "von Claus Graf Schenk von Stauffenberg"
                if (firsts or noble) and self.particles_then_name(k):  # "von Johanna Gräfin von W."
                    k = self._surname_end(k)
            else:
                continue
            runs.append((i, k))
            end = k
        return runs

    def _descriptor(self, i: int, k: int) -> bool:
        """Tell a common noun opening a run before given names and particles, then a surname
        (``Schriftsteller Joseph Victor von Scheffel``, ``Sondergesandte Staffan de Mistura``):
        a German word or a long compound, no given name; not before ``von`` and a given name
        or two name words (``Knecht Matti von Bertolt Brecht``: that von is a preposition)."""
        word = self.words[i]
        if is_first_name(word) or not (is_word(word) or len(word) >= _COMPOUND):
            return False
        j = k
        while j < len(self.words) and self.words[j] in PARTICLES:
            j += 1
        two = j + 1 < len(self.words) and self.name[j] and self.name[j + 1]
        return not (is_first_name(self.word(j)) or two)

    def _wrapped(self, i: int, k: int) -> bool:
        """Tell a hard line break inside a name (``so Karsten\nGerloff, Präsident``)."""
        kinds, n = self.kinds, len(self.kinds)
        if kinds[k] != "n" or k != i + 1 or k + 2 >= n or not self.name[k + 1]:
            return False
        after = self.words[k + 2]
        # one first name, the break, a surname, and the sentence goes on: ", Präsident", "sagte"
        continues = after in (",", ".") or (kinds[k + 2] == "w" and after.islower())
        return continues and is_first_name(self.words[i])

    def particle_gap(self, k: int) -> bool:
        """Tell whether lowercase particles and a name word start at ``k`` (``der Bellen``)."""
        return (
            self.word(k) in PARTICLES
            and self._surname_end(k) > k + 1
            and self.name[self._surname_end(k) - 1]
        )

    def _in_der(self, k: int) -> bool:
        """Tell whether the Dutch particle ``in der``/``in den`` and a name start at ``k``."""
        return (
            self.word(k) == "in"
            and self.word(k + 1) in ("der", "den")
            and k + 2 < len(self.words)
            and self.name[k + 2]
            and not common_word(self.words[k + 2])  # "Jack in der Hand", "in der Nacht"
            and not long_compound(self.words[k + 2])  # "Aden in den Präsidentenpalast"
        )

    def _surname_end(self, k: int) -> int:
        n = len(self.words)
        while k < n and self.words[k] in PARTICLES:
            k += 1
        while k < n and (self.name[k] or (self.initial(k) and self.name[k + 2 : k + 3] == [True])):
            k += 2 if self.initial(k) else 1  # "von Arash T. Riahi": an initial inside
        return k

    def role_before(self, i: int) -> str | None:
        """Return the role before ``i``, skipping ``Dr.``; ``""`` when there is a title alone."""
        j = i - 1
        while j >= 0:
            if self.word(j) == "." and self.honorific(j - 1):
                if self.word(j - 1).lower() in _SPELLED_TITLES:
                    break  # "so die Frau. Ähnlich naiv": a sentence ends after a whole word
                j -= 2
            elif self.honorific(j):
                j -= 1
            else:
                break
        if j >= 0 and self.kinds[j] == "w" and is_role(self.words[j]):
            return self.words[j]
        return "" if j < i - 1 else None

    def role_of_clause(self, i: int) -> str | None:
        """Return the role heading ``dem Landrat des Kreises Lippe, NAME``."""
        if self.word(i - 1) != ",":
            return None
        for j in range(i - 2, max(-1, i - 16), -1):
            text, kind = self.words[j], self.kinds[j]
            abbreviation = text == "." and len(self.word(j - 1)) == 1  # "e.V.", "v.l."
            if kind == "n" or (text in '.;:!?„“"' and not abbreviation):
                return None
            if kind == "w" and is_role(text):
                return text
        return None

    def apposition(self, k: int) -> str | None:
        """Return the role in ``NAME, Role`` or ``NAME (Role)`` at ``k``; ``""`` for a party."""
        mark = self.word(k)
        if mark not in {",", "("} or k + 1 >= len(self.words):
            return None
        nxt, kind = self.words[k + 1], self.kinds[k + 1]
        if mark == "(" and kind == "d":
            return None if self._measure(k + 1) else ""  # "(37)", "(75.)", but "(30 Prozent)"
        if mark == "(" and nxt.lower() in PARTY_WORDS:
            return ""
        if kind != "w" or not is_role(nxt) or self.name[k + 2 : k + 3] == [True]:
            return None  # "Sabine Beine, Landrat Friedel Heuwinkel": the role of the next name
        return nxt

    def _measure(self, d: int) -> bool:
        """Tell whether the number at ``d`` measures something: a share, a decimal, a time, an
        amount, or a year that a lowercase word follows (``(2004 im Theater)``)."""
        after = self.word(d + 1)
        if after in {",", "."} and self.kinds[d + 2 : d + 3] == ["d"]:
            return True  # "(25,4 Prozent)", "(5.00 MEZ)"
        if after in {"%", "‰"} or after.lower() in MEASURES:
            return True
        return len(self.words[d]) == 4 and after[:1].islower()

    def _adjective(self, v: int) -> bool:
        """Tell whether the speech verb at ``v`` is an adjective: after a lowercase article, or
        a form in -te after a lowercase word that does not open an inverted clause."""
        before = self.word(v - 1)
        if before in _ARTICLES:
            return True
        return (
            self.words[v].endswith("te")
            and self.kinds[v - 1 : v] == ["w"]
            and before.isalpha()
            and before.islower()
            and before not in _INVERTING
        )

    def speech_near(self, a: int, k: int) -> bool:
        after = self.word(k).lower()
        quote = after == ":" and self.word(k + 1) in {"„", "“", '"', "»", "«"}
        return self.word(a - 1).lower() in SPEECH_VERBS or after in SPOKE or quote

    def speaks(self, a: int, k: int, word: str) -> bool:
        """Tell whether a lone surname speaks: ``sagte Pfister.``, ``so Barth,``, ``Barth sagt``."""
        before, after = self.word(a - 1).lower(), self.word(k)
        if before not in SPEECH_VERBS and after.lower() not in SPOKE:
            return False  # no speech verb on either side, as for most words (SPEECH_VERBS has so)
        if before in SPEECH_VERBS and self._adjective(a - 1):
            return False  # "die versicherte Fläche", "gesetzlich versicherte Patienten"
        if is_first_name(word) or frequency(word) >= 100 or after == "?":
            return False  # "sagte Demirta?." is a surname with a lost letter, found by the rescan
        if before == "so":  # "so Barth." but not "und sich so Zutritt verschafft"
            return after in {".", ",", ";", ":", "!", ""}
        if before in SPEECH_VERBS and (not after[:1].isalpha() or after[:1].islower()):
            return True
        opens = a == 0 or self.word(a - 1) in {".", "\n", "„", "“", '"', ":", "–", "-", ")"}
        if self.word(a - 1) == "." and self.word(a - 2) in _ABBREVIATIONS:
            return False  # "Pfarrer St. Marien sprach": no sentence starts after "St."
        return opens and after.lower() in SPOKE

    def in_caption(self, a: int, k: int) -> bool:
        """Tell whether a run ends or opens a segment of a photo caption (``, Silvia Yüsün.``)."""
        pos = self.starts[a]
        if not any(x <= pos < y for x, y in self.captions):
            return False
        return self.word(k) in _CAPTION_EDGE or self.word(a - 1) in {",", ":", "/", "und"}


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
