"""Persons named in a press release, found by rules: roles, first names, appositions, captions.

A run of capitalised words is a person when something in the release says so: a role or title
before it (``Landrat Friedel Heuwinkel``), a known first name (``Sabine Beine``), an apposition
(``Cord Wellhausen, Landesvorsitzender,``; ``Uwe Witt (AfD)``), a speech verb (``sagte Sören
Link``), a photo caption, or a ``Nachname, Vorname`` line. A single word is a person after a role
or title (``Minister Schneider``, ``Herr Schnettler``), next to a speech verb (``sagte Pfister.``)
or where it repeats the surname of a person found so (``so Wellhausen``, ``Kaykins Rede``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.names import (
    PARTICLES,
    STOPWORDS,
    TITLES,
    Token,
    fold,
    is_first_name,
    keys_match,
    tokenize,
    word_set,
)
from indexer.organisations import is_org_word
from indexer.wordlist import frequency

_ROLE = re.compile(
    r"(?:minister|staatssekretär|sekretär|bürgermeister|präsident|direktor|leiter|sprecher|"
    r"geschäftsführer|dezernent|manager|trainer|kommissar|pfarrer|professor|referent|koordinator|"
    r"gründer|inhaber|bundeskanzler|senator|chef|schirmherr|stellvertreter|pastor|bischof|rektor|"
    r"dekan|intendant|botschafter|kurator|moderator|kämmerer|torhüter|kapitän|preisträger|"
    r"vorgänger|nachfolger|kolleg|obmann|landrat|landrät|präses|ratsherr|arzt|ärzt|berater|"
    r"autor|fotograf|journalist|künstler|wissenschaftler|forscher|historiker|unternehmer|"
    r"ingenieur|\wlehrer|\wschüler|student|\wspieler|\wsänger|vorstand|mitglied|beamte|"
    r"polizist|vorsitzende|beauftragte|abgeordnete|beigeordnete)"
    r"(?:e|in|innen|en|n|r|s|e)?$",
    re.IGNORECASE,
)
SPEECH_VERBS = word_set(
    "sagte sagt betonte betont erklärte erklärt ergänzte ergänzt so meinte unterstrich bekräftigte "
    "berichtete berichtet forderte fordert mahnte warnte lobte kritisierte begrüßte versicherte "
    "sprach bilanzierte resümierte verwies dankte kündigte appellierte erläuterte schilderte "
    "bestätigte äußerte antwortete bemerkte zitiert hob fügte räumte"
)
# after a name only a finite verb says it speaks: not "so" ("die Mission so wichtig"), "zitiert"
_SPOKE = SPEECH_VERBS - word_set("so zitiert betont erklärt ergänzt berichtet fordert")
# Capitalised words that never belong to a name, though they stand where names stand.
_STOP = STOPWORDS | word_set(
    "neue neuer neues gestern morgen jetzt hier dort gemeinsam gleichzeitig insgesamt außerdem "
    "ihr ihre ihrem ihren ihrer ihres euer eure "
    "liebe sehr meine damen herren kolleginnen kollegen bürgerinnen bürger foto fotos bild quelle "
    "rechts links mitte deutschland nrw europa bund land stadt kreis gemeinde polizei "
    "spd cdu csu fdp afd bsw grüne grünen linke linken union deutschlands europas "
    "euro dollar us-dollar pfund franken mio mrd millionen milliarden prozent"
)
_NOT_NAME_SUFFIX = re.compile(
    r"(?:straße|strasse|allee|gasse|platz|stiftung|schule|gymnasium|universität|preis|zentrum|"
    r"institut|verein|verband|gesetz|programm|initiative|\w{4}ung|heit|keit|schaft|tion|ität|"
    r"ismus)$|^(?:gmbh|ag|kg|ev)$",
    re.IGNORECASE,
)
_START_PARTICLES = frozenset({"von", "van", "vom", "de", "da", "di", "del", "du", "ten", "ter"})
_ORG_AFTER = word_set(
    "stiftung gmbh ag kg se straße strasse platz allee weg schule gymnasium universität institut "
    "preis haus halle museum zentrum verein gesellschaft werke group"
)
_CAPTION = re.compile(
    r"\(\s*v\.\s*l\.(?:\s*n\.\s*r\.)?\s*\)\s*:?|\bv\.\s*l\.\s*n\.\s*r\.:?|\b(?:Foto|Fotos|Bild|"
    r"Bildunterschrift)\s*(?:\(v\.\s*l\.(?:\s*n\.\s*r\.)?\))?\s*:",
)
_SURNAME_FIRST = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ]{2,6}[ \t]+)?(?P<last>[A-ZÄÖÜ][\w?'’-]+),[ \t]+"
    r"(?P<first>[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)?)[ \t]*(?:\(|$)",
    re.MULTILINE,
)
# what stands in brackets after a member of parliament: "Uwe Witt (AfD)", "(BÜNDNIS 90/DIE GRÜNEN)"
_PARTY_WORDS = word_set("spd cdu csu fdp afd bsw bündnis die linke grüne fraktionslos")
_CAPTION_EDGE = frozenset({",", ".", ";", "(", "und", "sowie", ""})


@dataclass(frozen=True)
class PersonMention:
    """A person named at ``start:end`` of the text; ``surname_only`` when no first name is given."""

    name: str
    start: int
    end: int
    role: str | None = None
    surname_only: bool = False


@lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """Tell whether ``word`` is a role or title noun (``Landrat``, ``Staatssekretärin``)."""
    return word[:1].isupper() and _ROLE.search(word) is not None


@lru_cache(maxsize=131072)
def _is_name_word(word: str) -> bool:
    """Tell whether a capitalised ``word`` may be part of a name (no role, head noun, ``Die``)."""
    if not word[:1].isupper() or word.isupper() or word[-1].isupper():
        return False  # "NRW", "StGB"
    low = word.lower()
    return not (
        low in _STOP
        or fold(word) in TITLES
        or is_role(word)
        or is_org_word(word)
        or (_NOT_NAME_SUFFIX.search(low) is not None and not is_first_name(word))
    )


def _is_honorific(tok: Token) -> bool:
    return tok.kind == "w" and fold(tok.text) in TITLES


class _Text:
    """The tokens of a text, with the name-word test done once per token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.name = [t.kind == "w" and _is_name_word(t.text) for t in self.tokens]
        self.captions = [(m.end(), _line_end(text, m.end())) for m in _CAPTION.finditer(text)]

    def word(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def particles_then_name(self, k: int) -> bool:
        """Tell whether ``van der Loo`` starts at ``k``: one to three particles, then a name."""
        j = k
        if self.word(k) not in _START_PARTICLES:
            return False
        while j < len(self.tokens) and j - k < 3 and self.tokens[j].text in PARTICLES:
            j += 1
        return k < j < len(self.tokens) and self.name[j]

    def initial(self, k: int) -> bool:
        word = self.tokens[k].text
        return len(word) == 1 and word.isupper() and self.word(k + 1) == "."

    def runs(self) -> list[tuple[int, int]]:
        """Return ``(a, k)`` spans of name words; ``von der`` only after first names or alone."""
        runs, i, n = [], 0, len(self.tokens)
        while i < n:
            if self.name[i]:
                k = i
                while k < n and (self.name[k] or self.initial(k)):
                    k += 2 if self.initial(k) else 1
                firsts = all(is_first_name(t.text) for t in self.tokens[i:k] if t.kind == "w")
                if firsts and self.particles_then_name(k):  # "Klaus-Dieter von Ketteler"
                    k = self._surname_end(k)
            elif self.tokens[i].text in _START_PARTICLES and self.particles_then_name(i):
                k = self._surname_end(i)  # "Frau van der Loo-Terhorst", "sagte von Ketteler"
            else:
                i += 1
                continue
            runs.append((i, k))
            i = k
        return runs

    def _surname_end(self, k: int) -> int:
        while k < len(self.tokens) and self.tokens[k].text in PARTICLES:
            k += 1
        while k < len(self.tokens) and self.name[k]:
            k += 1
        return k

    def role_before(self, i: int) -> str | None:
        """Return the role before ``i``, skipping ``Dr.``; ``""`` when there is a title alone."""
        j = i - 1
        while j >= 0:
            if self.word(j) == "." and _is_honorific(self.tokens[j - 1]):
                j -= 2
            elif _is_honorific(self.tokens[j]):
                j -= 1
            else:
                break
        if j >= 0 and self.tokens[j].kind == "w" and is_role(self.tokens[j].text):
            return self.tokens[j].text
        return "" if j < i - 1 else None

    def role_of_clause(self, i: int) -> str | None:
        """Return the role heading ``dem Landrat des Kreises Lippe, NAME``."""
        if self.word(i - 1) != ",":
            return None
        for j in range(i - 2, max(-1, i - 16), -1):
            tok = self.tokens[j]
            abbreviation = tok.text == "." and len(self.word(j - 1)) == 1  # "e.V.", "v.l."
            if tok.kind == "n" or (tok.text in '.;:!?„“"' and not abbreviation):
                return None
            if tok.kind == "w" and is_role(tok.text):
                return tok.text
        return None

    def apposition(self, k: int) -> str | None:
        """Return the role in ``NAME, Role`` or ``NAME (Role)`` at ``k``; ``""`` for a party."""
        mark, nxt = self.word(k), self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if mark not in {",", "("} or nxt is None:
            return None
        if mark == "(" and (nxt.kind == "d" or nxt.text.lower() in _PARTY_WORDS):
            return ""
        if nxt.kind != "w" or not is_role(nxt.text) or self.name[k + 2 : k + 3] == [True]:
            return None  # "Sabine Beine, Landrat Friedel Heuwinkel": the role of the next name
        return nxt.text

    def speech_near(self, a: int, k: int) -> bool:
        after = self.word(k).lower()
        quote = after == ":" and self.word(k + 1) in {"„", "“", '"', "»", "«"}
        return self.word(a - 1).lower() in SPEECH_VERBS or after in _SPOKE or quote

    def speaks(self, a: int, k: int, word: str) -> bool:
        """Tell whether a lone surname speaks: ``sagte Pfister.``, ``so Barth,``, ``Barth sagt``."""
        before, after = self.word(a - 1).lower(), self.word(k)
        if is_first_name(word) or frequency(word) >= 100 or after == "?":
            return False  # "sagte Demirta?." is a surname with a lost letter, found by the rescan
        if before == "so":  # "so Barth." but not "und sich so Zutritt verschafft"
            return after in {".", ",", ";", ":", "!", ""}
        if before in SPEECH_VERBS and (not after[:1].isalpha() or after[:1].islower()):
            return True
        opens = a == 0 or self.word(a - 1) in {".", "\n", "„", "“", '"', ":", "–", "-", ")"}
        return opens and after.lower() in _SPOKE

    def in_caption(self, a: int, k: int) -> bool:
        """Tell whether a run ends or opens a segment of a photo caption (``, Silvia Yüsün.``)."""
        pos = self.tokens[a].start
        if not any(x <= pos < y for x, y in self.captions):
            return False
        return self.word(k) in _CAPTION_EDGE or self.word(a - 1) in {",", ":", "/", "und"}


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _judge(t: _Text, a: int, k: int, learned: set[str]) -> PersonMention | None:
    """Return the mention a run of name words makes, or None when nothing says it is a person."""
    words = [tok for tok in t.tokens[a:k] if tok.kind == "w"]
    names = [w for w in words if w.text not in PARTICLES]
    if not names or len(names) > 4 or t.word(k).lower() in _ORG_AFTER:
        return None
    lead = next((j for j, w in enumerate(names[:3]) if is_first_name(w.text)), 0)
    if lead and len(names) - lead >= 2:  # "Hochspringer Sebastian Fels": a descriptor, then a name
        names = names[lead:]
    if names[0] is not words[0] and (len(names) >= 2 and is_first_name(names[0].text)):
        words = names  # "von Dominik Schnettler": the particle is the preposition
    a = t.tokens.index(words[0], a)
    genitive = next(
        (
            j
            for j in range(1, len(names) - 1)
            if names[j].text[-1] == "s" and not is_first_name(names[j].text)
        ),
        None,
    )
    if genitive is not None:  # "Willy Brandts Ostpolitik"
        names = names[: genitive + 1]
        k = t.tokens.index(names[-1], a) + 1
    role = t.role_before(a)
    start, end = t.tokens[a].start, t.tokens[k - 1].end
    if len(names) == 1:
        if role is None and not t.speaks(a, k, names[0].text):
            return None
        if role != "" and words[0] is not names[0]:
            return None  # "Bischof von Trient", "von der Hilfe"; but "Frau von Ketteler"
        if t.word(a - 2) == "(" and t.word(k) == ")":
            return None  # "(Vizepräsident Finanzen)": a portfolio
        return PersonMention(t.text[start:end], start, end, _clean_role(role), True)
    appos = t.apposition(k)
    clause = t.role_of_clause(a)
    first = names[0].text
    strong = role is not None or appos is not None or bool(clause) or is_first_name(first)
    if not (strong or fold(first) in learned or t.speech_near(a, k) or t.in_caption(a, k)):
        return None
    if strong:
        learned.add(fold(first))
    name = t.text[start : end - 1 if genitive is not None else end]
    return PersonMention(name, start, end, _clean_role(role or clause or appos))


def _clean_role(role: str | None) -> str | None:
    """Return ``role`` in the nominative (``Vorsitzenden`` -> ``Vorsitzende``), None if empty."""
    if not role:
        return None
    for ending, repl in (("innen", "in"), ("enden", "ende"), ("ten", "te"), ("ers", "er")):
        if role.endswith(ending) and len(role) > len(ending) + 4:
            return role[: -len(ending)] + repl
    return role


def _surname_first(text: str, learned: set[str]) -> list[PersonMention]:
    """Find ``Bahr, Lorenz`` lines (lists, bylines): a surname, a comma, a known first name."""
    found = []
    for m in _SURNAME_FIRST.finditer(text):
        first, last = m.group("first"), m.group("last")
        if is_first_name(first.split()[0]) and _is_name_word(last):
            found.append(PersonMention(f"{first} {last}", m.start("last"), m.end("first")))
            learned.add(fold(first.split()[0]))
    return found


def _rescan(t: _Text, found: list[PersonMention]) -> list[PersonMention]:
    """Add the surname-only and genitive mentions (``Kaykins``, ``Demirta?``) of persons found."""
    surnames = {fold(m.name.split()[-1]) for m in found if not m.surname_only}
    covered = [(m.start, m.end) for m in found]
    extra = []
    for i, tok in enumerate(t.tokens):
        if tok.kind != "w" or not tok.text[:1].isupper():
            continue
        word = tok.text.rstrip("'’")
        if t.word(i + 1) == "?" and t.tokens[i + 1].start == tok.end:
            word += "?"  # a lost last letter
        key = fold(word)
        stem = next(
            (
                s
                for s in (key, key[:-1] if key.endswith("s") else None)
                if s and _known(s, surnames)
            ),
            None,
        )
        if stem is not None and not any(x <= tok.start < y for x, y in covered):
            surface = word if stem == key else word[:-1]
            extra.append(PersonMention(surface, tok.start, tok.start + len(surface), None, True))
    return extra


def _known(key: str, surnames: set[str]) -> bool:
    return key in surnames or ("?" in key and any(keys_match(key, s) for s in surnames))


def extract_persons(body: str, title: str = "") -> list[PersonMention]:
    """Find the persons in ``title`` and ``body``; offsets refer to ``title + "\\n" + body``."""
    t = _Text(f"{title}\n{body}" if title else body)
    learned: set[str] = set()
    found = _surname_first(t.text, learned)
    pending = []
    for a, k in t.runs():
        mention = _judge(t, a, k, learned)
        found.append(mention) if mention else pending.append((a, k))
    if learned:  # a first name learned later in the text ("erklärte Zülfiye Kaykin")
        found += [m for a, k in pending if (m := _judge(t, a, k, learned))]
    found = _dedupe(found)
    return sorted(found + _rescan(t, found), key=lambda m: m.start)


def _dedupe(found: list[PersonMention]) -> list[PersonMention]:
    kept: list[PersonMention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept
