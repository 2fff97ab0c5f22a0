"""Who said a quote: speech frames, persons, role nouns and pronouns (rules 3 and 5 of ``quotes``).

``Context`` finds the persons of ``entities``, role nouns and pronouns in the masked body once per
release; ``Context.attribute`` then tries the frame after the quote, the colon frame before it,
the sentence before it and the previous quote's speaker, in this order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from indexer.extraction.names import gender_of, is_first_name, keys_match, name_key
from indexer.extraction.quote_marks import Span
from indexer.model import Entities

WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENT_END = re.compile(r"[.!?;:](?=[\s\"“”»«‘’_]|$)")
_BOUNDARY = re.compile(r"[.!?:][\"“”»«‘’']?\s+(?=\S)")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|Dipl|Ing|St|Nr|bzw|ca|vgl|med|jur|rer|nat|phil|Abs|Art|Co|Mio|Mrd|sog|Hr|Fr|Abg"
    r"|e\.\s?V|z\.\s?B|u\.\s?a|v\.\s?l|d\.\s?h)|\b[A-ZÄÖÜ]|\d)$"
)
_STEMS = (
    r"sag|beton|erklär|ergänz|füg|mein|bekräftig|stell|freu|lob|kritisier|warn|mahn|forder|fass"
    r"|resümier|berichte|erläuter|versicher|appellier|bilanzier|kommentier|äußer|begründe|frag"
    r"|antworte|entgegne|erwider|teil|kündig|bestätig|mach|erinner|schilder|erzähl|bemerk"
    r"|beteuer|behaupte|klag|beklag|zitier|schwärm|räum|hoff|bedauer"
    r"|glaub|verdeutlich|konstatier|prognostizier"
)
_VERB = (
    rf"(?:{_STEMS})(?:t|te|ten|en)|unterstrich|unterstreicht|hob|hebt|gab|gibt|rief|ruft|schrieb"
    r"|schreibt|sprach|spricht|rät|riet|verwies|verweist|hieß|heißt|ließ|lässt|versprach"
    r"|verspricht|widersprach|widerspricht|gesagt|ausgesagt|behaupten|zeigte?\s+sich"
    r"|weiß|weiss|wusste|findet|fand|resümiert|freut\s+sich|freute\s+sich"
    r"|beschreibt|beschrieb|formuliert|formulierte|twittert|twitterte|postet|postete"
    r"|bekennt|bekannte|gesteht|gestand|verrät|verriet"
    r"|(?:ist|sind|war|waren)\s+sich|blickt|blickte"
)
_SUBJECT = r"\s+(?:er|sie|es|man|der|die|[A-ZÄÖÜ])"
AFTER = re.compile(rf"\s*[,–—-]\s*(?:(?:so|wie|{_VERB})\b|[a-zäöü]\w+te?(?={_SUBJECT}))")
AFTER_BARE = re.compile(rf"\s*(?:(?:so|{_VERB})\b|[a-zäöü]\w*(?={_SUBJECT}))")
# "„…“ sagt X" without a comma, "„…“ Mit diesen Worten kommentierte X", "„…“ Diese Zeilen
# schrieb X", "„…“ so Landrätin X": a speech verb (or ``so`` before a name or role) first
_AFTER_VERB = re.compile(
    r"[ \t]*+\n?[ \t]*+(?:(?:mit\s+)?dies(?:e|en|er|em)\s+(?:worten?|zeilen|sätzen?|satz)\s+)?"
    rf"(?:{_VERB}|stammt\s+von|stammen\s+von|(?-i:so(?=\s+(?:[A-ZÄÖÜ]|der\s|die\s))))\b",
    re.I,
)
_FRAME_VERB = re.compile(rf"\b(?:{_VERB})\b", re.I)
_REPORTED = re.compile(rf",\s*(?:so|{_VERB})\b")
_ROLE = re.compile(
    r"(?:minister|staatssekretär|landrat|landrät|bürgermeister|vorsitzende|präsident|sprecher"
    r"|direktor|leiter|geschäftsführer|dezernent|beigeordnete|senator|beauftragte|chef|rektor"
    r"|vorstand|vorständ|kämmerer|kanzler|abgeordnete|referent|koordinator|schirmherr|trainer"
    r"|pfarrer|kommissar|anwalt|anwält|richter|intendant|dekan|professor|kurator|bischof"
    r"|brandmeister|kommandant|superintendent|gründer|inhaber|kandidat|forscher|theologe"
    r"|wissenschaftler|expert|historiker|ökonom|soziologe|politologe|mediziner|ärztin|arzt"
    r"|psychologe|jurist|autor|vorständin|obmann|oberin|äbtissin|pastor|pastorin|initiator"
    r"|bischöf|meister|sekretär|botschafter|stellvertreter|manager|kapitän|preisträger"
    r"|wehrführer|lehrer)"
    r"(?:in|innen|r|s|en|e|n)?"
)
_key = lru_cache(maxsize=1 << 16)(name_key)
_ROLE_END = re.compile(_ROLE.pattern + "$")
_PRONOUN = {"er", "sie"}
_ROLE_CUE, _PRONOUN_CUE = 1, 2
_ROLE_GAP = re.compile(
    r"(?:[\s,.]|\b(?:des|der|die|den|dem|für|von|vom|im|am|in|und|zugleich)\b|[A-ZÄÖÜ][\w.-]*"
    r"|\([A-ZÄÖÜ][\w-]{0,10}\))*"
)
# a role noun in the dative or accusative is not who speaks: "Dem neuen Präsidenten wünschte …"
_OBLIQUE = re.compile(r"\b(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+)?$", re.I)
# a person whose words a noun announces: "mit einem Zitat von X", "mit den Worten des X"
_WORDS_OF = re.compile(
    r"\b(?:Zitat|Worte|Worten|Ausspruch|Satz|Credo|Devise)\s+(?:von|des|der|aus)\s+"
    r"(?:(?:Dr|Prof)\.\s*)*(?:[\w-]+\s+){0,3}$"
)
# a clause that is not the main clause: its first person is no subject of the frame
_SUBORDINATOR = re.compile(
    r"\s*(?:Wer|Wen|Wem|Was|Wenn|Als|Ob|Obwohl|Weil|Dass|Nachdem|Während|Bevor|Sobald|Damit)\b"
)
# a name right after a dative or accusative article and a noun: "dem Grafen X", "den Kollegen X"
_OBLIQUE_NAME = re.compile(r"\b(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+$")
_ARTICLE = re.compile(r"\b(?:der|die)\s+(?:[a-zäöüß-]+\s+)?$", re.I)
# a quote after this is part of a noun phrase: an article, a possessive or a preposition with one
NOUN_PHRASE_END = re.compile(
    r"\b(?:der|die|das|dem|den|des|im|vom|zum|zur|beim|ins|am|ein|eine|einen|einem|einer|eines"
    r"|(?:sein|ihr|unser|euer|mein|dein|dies)(?:e|em|en|er|es)?)\s*$",
    re.IGNORECASE,
)
_HEADLINE_PART = re.compile(r"[^–—\-\n]*[A-ZÄÖÜ][^–—\-\n]*")
_RELATIVE = re.compile(r"\s*,\s*(?:der|die)\b")
_DEFINITE = re.compile(r"\b(?:der|die)\s+(?:[a-zäöüß-]+\s+)?$")
# a person named in a photo credit is no speaker: "(Quelle: Fotograf Tobias Koch)", "Foto: X"
_CREDIT = re.compile(r"(?:Foto\w*+|Bild\w*+|Quelle|©)\s*+:?\s*+$", re.I)
_ONLY_QUOTE = re.compile(r"[\s„“”\"»«‚‘’'_.!?…,;:–—-]*")
_CREDIT_LINE = re.compile(r"[ \t]*+(?:Foto\w*+|Bild\w*+|Quelle|©)[ \t]*+:", re.I)
_POSSESSIVE = re.compile(r"^\s*(?P<p>Sein|Seine|Ihr|Ihre)\s+[A-ZÄÖÜ]\w*\s*:\s*$")
_ARTICLE_GAP = re.compile(r"[\s,]*(?:(?:der|die|den|dem)\s+)?")
# the last dash of a frame without a speech verb, spaced as a dash (not a hyphen in a word)
_LAST_DASH = re.compile(r"\s[–—-]\s(?!.*\s[–—-]\s)")
# a name of capitalised words (particles allowed), with an academic title in front
_NAME_WORDS = (
    r"(?P<name>(?:(?:Dr|Prof)\.[ \t]*+)*[A-ZÄÖÜ][\w'’-]*+"
    r"(?:[ \t]++(?:[A-ZÄÖÜ][\w'’-]*+\.?|von|van|de|zu|vom))*)"
)
# a signature under a block quote: a dash or nothing, the name, then at most a role
_AUTHOR_LINE = re.compile(
    r"[ \t]*+(?:[–—-][ \t]*+)?" + _NAME_WORDS + r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?"
    r"(?:,[^\n.!?:„“\"»«]{0,100})?[ \t]*+"
)
# the same after a quote on its own line: in parentheses, or after a spaced dash
_SIGNATURE = re.compile(
    r"[ \t]*+(?:\((?P<paren>)[ \t]*+|[–—-][ \t]++)" + _NAME_WORDS + r"[ \t]*+"
    r"(?:,[^\n.!?:„“\"»«()]{0,100})?[ \t]*+(?(paren)\))[ \t]*+[.;]?[ \t]*+"
)
# who speaks for someone else: "der Sprecher der Ministerin X" is not X
# before the first person named after a speech verb: the speaker was someone else, unknown
_NOT_SUBJECT = re.compile(
    r",|\s[–—-]\s|\b(?:der|die)\s+(?:[a-zäöüß][\w-]*\s+)*[A-ZÄÖÜ][\w-]*\s+(?:von|vom|des|der)\s"
)
_AGENT = re.compile(r"(?:presse|medien)?(?:sprecher|referent|büroleiter|berater|mitarbeiter)")
_GENITIVE_GAP = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöü][\w-]*\s+)?")
_NAME_GAP = re.compile(r"[ \t]+(?:(?:Dr|Prof)\.[ \t]*)*")
# a heading line that says whose words follow
_STATEMENT_HEAD = re.compile(
    r"[ \t#*]*(?:Statement|Zitat|O-Ton|Stimme|Stimmen|Kommentar|Stellungnahme|Grußwort)\b"
)
# the subject right before a frame's speech verb, opening its clause: a noun phrase (``und der
# Arbeitgeber sagt``) or an indefinite pronoun (``wenn man … fragt``)
_NOUN_SUBJECT = r"(?i:der|die|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+$"
_CLAUSE_SUBJECT = re.compile(
    rf"(?:\b(?:und|oder|aber|wenn|als|dann|dass|weil|ob)\s+|[,;–—]\s*)(?:{_NOUN_SUBJECT})"
)
_FRAME_SUBJECT = re.compile(rf"\s*(?:{_NOUN_SUBJECT})")
_SOMEONE = re.compile(
    r"\s*+(?:(?:und|oder|aber|wenn|als|dann|dass|weil|ob)\s+){0,2}(?:man|jemand|niemand)\b"
)
_AGE = re.compile(r"\b(?:der|die)\s+\d{1,3}-$", re.I)
_INDEFINITE = {"ein", "eine", "einer", "einem", "eines"}
_FALLBACK_NAME = re.compile(
    r"\s*(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?(?:(?:Dr|Prof)\.\s+)*"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüßç]+(?:-[A-ZÄÖÜ][a-zäöüßç]+)?\s+[A-ZÄÖÜ][a-zäöüßçı]+(?:-[A-ZÄÖÜ]\w+)?)"
    r"(?=\s*(?:[,.;:!?]|$|\s+[a-zäöü(\d]))"
)


# How sure an attribution is: the frame's weight times the way the speaker was found in it.
# ``„…“, sagte Landrat X`` and ``X: „…“`` name the speaker next to the quote; a pronoun, a role
# noun, a lead-in paragraph or an earlier quote's speaker is a step further from it.
AFTER_FRAME, LOOSE_FRAME, COLON_FRAME = 1.0, 0.9, 0.95
SENTENCE_BEFORE, LEAD_IN, FOLLOW_ON, POSSESSIVE_FRAME = 0.8, 0.7, 0.9, 0.7
NAMED, BY_ROLE, ONLY_PERSON, FALLBACK_NAME = 1.0, 0.85, 0.75, 0.85
PRONOUN_FITS, PRONOUN_UNSURE, AUTHOR_LINE = 0.8, 0.65, 0.9
# another person the pronoun fits, named in the same sentence: below MIN_CONFIDENCE on purpose
PRONOUN_AMBIGUOUS = 0.5
# a first name of unknown gender among several persons named: a guess, below MIN_CONFIDENCE
PRONOUN_GUESS = 0.55
PRONOUN_REACH = 400  # characters outside quotes: a person named further back is a guess
_UNFIT = {"er": "f", "sie": "m", "sein": "f", "seine": "f", "ihr": "m", "ihre": "m"}
SPEAKER_LINE = 15  # words: a line over a quote naming one person and a role, no sentence
SHORT_FRAME = 4  # words: a colon frame this short may leave its speaker to the text before
LONG_FRAME = 12  # words: a colon frame this long without a speech verb may name several persons
FAR = 80  # a speaker named more than this many characters into the frame counts less
FAR_FACTOR = 0.9


@dataclass
class _Mention:
    """A person, role noun or pronoun found in the (masked) body."""

    pos: int
    end: int
    person: str | None = None
    role: str | None = None
    pronoun: bool = False
    indefinite: bool = False
    stands_for: str | None = None  # the pronoun an age noun stands for: "der 45-Jährige" -> er


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """Return the key a text word is compared with names by (lowercase words stay as they are)."""
    return _key(word) if word[0].isupper() or "?" in word else word


@lru_cache(maxsize=1 << 16)
def _cue(word: str) -> int:
    """Tell whether a text word is a role noun (``Staatssekretärin``), a pronoun, or neither."""
    if word[0].isupper() and _ROLE_END.search(word.lower()):
        return _ROLE_CUE
    return _PRONOUN_CUE if word in _PRONOUN or word in ("Er", "Sie") else 0


def _opens_sentence(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence: text start, or after a stop, colon or quote mark."""
    head = text[max(0, pos - 20) : pos].rstrip()
    return not head or head[-1] in '.!?:;\n“”"»«„'


def _reported_frame(text: str, lo: int, hi: int) -> int | None:
    """Return where the last ``, sagte`` of ``text[lo:hi]`` ends (a speech verb after a comma)."""
    last = None
    for m in _REPORTED.finditer(text, lo, hi):
        last = m.end()
    return last


def _sure(speaker: str | None, confidence: float) -> float:
    """Return the confidence of an attribution, 0 when it names nobody."""
    return confidence if speaker else 0.0


def _fits(person: str | None, gender: str | None) -> bool:
    """Tell whether a person's first name does not contradict a gender (None: any)."""
    return person is not None and (gender is None or gender_of(person) in (None, gender))


def _same(keys: list[str], name: list[str]) -> bool:
    """Tell whether text word keys spell a name, ``?`` standing for a lost letter."""
    return len(keys) == len(name) and all(keys_match(a, b) for a, b in zip(keys, name, strict=True))


def _stem(key: str) -> str:
    """Fold a role noun's gender and adjective endings: Ministerin/Minister, Vorsitzender/-e."""
    return re.sub(r"(?<=[dt]e)[rns]$", "", re.sub(r"(?:innen|in)$", "", key))


class Context:
    """Persons, roles and their mentions in one release, and the speaker rules that use them."""

    def __init__(self, body: str, masked: str, entities: Entities) -> None:
        self.body, self.masked, self.last = body, masked, None
        # the last quote kept: span, speaker, confidence (``quotes`` sets it)
        self.previous: tuple[Span, str | None, float] | None = None
        self._stops: list[int] | None = None  # where _SENT_END matches in masked
        self._next_good: list[int] = []
        self._bounds: list[tuple[int, int]] | None = None  # where _BOUNDARY matches in masked
        self._bound_ends: list[int] = []
        self._prev_good: list[int] = []
        self._positions: list[int] = []
        self.roles = {p: r for p, r in entities.roles.items() if r}
        # a role noun nobody else can fill: the one person of the release
        self._only = entities.persons[0] if len(entities.persons) == 1 else None
        names = [(p, [k for w in WORD.findall(p) if (k := _key(w))]) for p in entities.persons]
        names = [(p, toks) for p, toks in names if toks]
        fuzzy = any("?" in k for _, toks in names for k in toks)
        ends = {pt[0] for _, pt in names} | {pt[-1] for _, pt in names}
        self.mentions: list[_Mention] = []
        matches = list(WORD.finditer(masked))
        words = list(map(re.Match.group, matches))
        keys = list(map(_word_key, words))
        cues = list(map(_cue, words))
        for i, m in enumerate(matches):  # "Wenn Sie sagen: „…“": "Sie" inside a sentence is "you"
            if words[i] == "Sie" and not _opens_sentence(masked, m.start()):
                cues[i] = 0
        # "der 45-Jährige": a pronoun of known gender (most texts hold none: no word loop then)
        ages = "Jährige" in masked
        for i in (i for i, w in enumerate(words) if w.startswith("Jährige")) if ages else ():
            if _AGE.search(masked, max(0, matches[i].start() - 12), matches[i].start()):
                cues[i] = _PRONOUN_CUE
        # most words are none of a name's ends, a role noun or a pronoun: pass them over at once
        look = [
            i for i, (k, c) in enumerate(zip(keys, cues, strict=True)) if c or k in ends or "?" in k
        ]
        skip_until = -1
        for i in range(len(words)) if fuzzy else look:
            pos, end = matches[i].span()
            if pos < skip_until:
                continue
            word, key = words[i], keys[i]
            if fuzzy or "?" in key or key in ends:
                window = keys[i : i + 5]
                full = [(p, pt) for p, pt in names if _same(window[: len(pt)], pt)]
                sur = [p for p, pt in names if word[0].isupper() and _same([key], pt[-1:])]
                if full or sur:
                    p = full[0][0] if full else self._latest(sur, pos)
                    skip_until = matches[i + len(full[0][1]) - 1].end() if full else end
                    self.mentions.append(_Mention(pos, skip_until, person=p))
                    continue
            if cues[i] == _ROLE_CUE:
                before = keys[i - 1] if i else ""
                self.mentions.append(
                    _Mention(pos, end, role=word, indefinite=before in _INDEFINITE)
                )
            elif cues[i] == _PRONOUN_CUE:
                age = words[i].startswith("Jährige")
                stands_for = (
                    {"der": "er", "die": "sie"}.get(keys[i - 1] if i else "") if age else None
                )
                if not age or stands_for:
                    self.mentions.append(_Mention(pos, end, pronoun=True, stands_for=stands_for))

    def _clause_end(self, base: int, pos: int, end: int) -> int:
        """Where the clause from ``base + pos`` ends: the first stop before ``end`` that is no
        abbreviation (checked in ``masked[base:end]``), else ``end``; stops are found once.

        Each quote of a paragraph without a stop scanned the rest of it (``„a“, so `` repeated
        took a minute); a stop's abbreviation check depends on ``base`` only within 6 chars."""
        if self._stops is None:
            self._stops = [m.start() for m in _SENT_END.finditer(self.masked)]
            good = [not _ABBREV.search(self.masked[max(0, s - 6) : s]) for s in self._stops]
            self._next_good = [len(good)] * (len(good) + 1)
            for k in range(len(good) - 1, -1, -1):
                self._next_good[k] = k if good[k] else self._next_good[k + 1]
        stops = self._stops
        k = bisect_left(stops, base + pos)
        while k < len(stops) and stops[k] < min(base + 6, end):
            if not _ABBREV.search(self.masked[base : stops[k]]):
                return stops[k]
            k += 1
        k = self._next_good[k]
        return stops[k] if k < len(stops) and stops[k] < end else end

    def _sentence_start(self, base: int, end: int) -> int:
        """Where the last sentence of ``masked[base:end]`` starts (``base`` if it has one).

        The boundaries of the text are found once (the former search of the paragraph before
        every quote was quadratic); as for stops, the abbreviation check depends on ``base``
        only within 6 chars, and a boundary counts only if a character follows it before ``end``.
        """
        if self._bounds is None:
            found = [(m.start(), m.end()) for m in _BOUNDARY.finditer(self.masked)]
            self._bounds = found
            self._bound_ends = [e for _, e in found]
            last, self._prev_good = -1, []
            for s, _ in found:
                good = self.masked[s] != ":" and not _ABBREV.search(self.masked[max(0, s - 6) : s])
                last = len(self._prev_good) if good else last
                self._prev_good.append(last)
        k = bisect_left(self._bound_ends, end) - 1  # the last boundary followed by a char
        if k < 0:
            return base
        j = self._prev_good[k]
        if j >= 0 and self._bounds[j][0] >= base + 6:
            return self._bounds[j][1]
        while k >= 0 and self._bounds[k][0] >= base:
            s, e = self._bounds[k]
            if self.masked[s] != ":" and not _ABBREV.search(self.masked[max(base, s - 6) : s]):
                return e
            k -= 1
        return base

    def _latest(self, persons: list[str], pos: int) -> str:
        """Pick, among persons sharing a surname, the one last named in full before ``pos``."""
        for m in reversed(self.mentions):
            if m.pos < pos and m.person in persons:
                return m.person
        return persons[0]

    def attribute(
        self,
        span: Span,
        before: str,
        after: str,
        text: str,
        prev: tuple[Span, str | None, float] | None,
    ) -> tuple[str | None, str | None, bool, float]:
        """Return speaker, role, whether an after/colon frame attributes the quote, and how
        sure the speaker is (0 to 1; 0 without a speaker)."""
        para = span.open_at - len(before)
        loose = None
        if span.close_at is not None:
            m = AFTER.match(after)
            comma = m is not None
            if m is None and self.body[: span.close_at].rstrip()[-1:] in ("!", "?", ","):
                m = AFTER_BARE.match(after)
            if m is None and NOUN_PHRASE_END.search(before[-40:]) is None:
                # "„…“ sagt X" without a comma; not "in seiner „…“ beschrieb er": a quote
                # inside a noun phrase is a title, the verb after it the sentence's own
                after = loose = self._line_after(span)
                m = _AFTER_VERB.match(after)
            if m:
                frame = AFTER_FRAME if after is not loose else LOOSE_FRAME
                if not _SENT_END.search(after, m.end()):
                    after = self._wrapped_after(span, after)  # "„…“, so\nMatthias Kirschner"
                    frame = LOOSE_FRAME
                lo = span.close_at + 1 + m.end()
                hi = self._clause_end(span.close_at + 1, m.end(), span.close_at + 1 + len(after))
                if not comma and self._opens_next(hi):
                    # "der „Stiftung X“ betonte Y: „…“": the frame is the next quote's
                    return None, None, False, 0.0
                speaker, role, _, sure = self.resolve(lo, hi, span.open_at)
                found = self._mentions(lo, hi)
                if found and _NOT_SUBJECT.search(self.masked, lo, found[0].pos):
                    speaker = None  # "sagt X, Nachfolger von Y", "sagt die Tochter von Y"
                if speaker is None and not any(m.indefinite or m.pronoun for m in found):
                    speaker = self._fallback(lo, hi)
                    role = next((m.role for m in found if m.role), None) if speaker else None
                    sure = FALLBACK_NAME
                return speaker, role, True, _sure(speaker, frame * sure)
            author = self._author_line(span)
            if author is not None:
                return author, self.roles.get(author), True, AUTHOR_LINE
        head, base = before.rstrip(), para
        possessive = _POSSESSIVE.search(head[-40:])
        if possessive:  # "Sein Appell: „…“": the person the pronoun refers to
            person = self.nearest(
                para + before.rfind(possessive.group("p")), possessive["p"].lower()
            )
            return person, self.roles.get(person or ""), True, _sure(person, POSSESSIVE_FRAME)
        if not head and para > 1:
            base_end = len(self.masked[: para - 1].rstrip())
            base = self.masked.rfind("\n", 0, base_end) + 1
            head = self.masked[base:base_end]
        lo, hi = self._sentence_start(base, base + len(head) - 1), base + len(head) - 1
        colon = head.endswith(":")
        if colon:
            start = whole = self._inner_clause(self._frame_start(lo, hi, prev), hi)
            verb = _FRAME_VERB.search(self.masked, start, hi)
            if verb is not None and self._headline_part(start, hi):
                verb = None  # "Klub spricht X das Vertrauen aus – Nachfolger Y:": Y's part
            if verb is None:  # "Preis für X – Preisträger Y: „…“": who speaks follows the dash
                if self._unclear_frame(start, hi):
                    return None, None, True, 0.0
                dash = _LAST_DASH.search(self.masked, start, hi)
                start = dash.end() if dash else start
            elif self._unnamed_subject(start, hi):
                return None, None, True, 0.0
            speaker, role, named, sure = self.resolve(
                start, hi, span.open_at, verb.end() if verb else None
            )
            if named or verb:
                return speaker, role, True, _sure(speaker, COLON_FRAME * sure)
            # an unnamed frame (``Ihr Fazit:``) before a sentence: a quote, speaker from earlier;
            # a longer clause naming nobody known has a speaker of its own (``Dagegen wehrt sich
            # nun Y, und zwar so:``, ``X – der Erfinder von Y – twittert:``): left null
            colon = text[-1:] in ".!?"
            if len(WORD.findall(self.masked, whole, hi)) > SHORT_FRAME:
                return None, None, colon, 0.0
        head = (self.masked[para:lo] if colon else before).rstrip().rstrip("“”\"»«‘’'")
        if not head and not colon and para > 1:
            # a quote opening a paragraph: the lead-in or the speaker of the paragraph before
            speaker = self._lead_in(para)
            if speaker:
                return speaker, self.roles.get(speaker), False, LEAD_IN
            earlier = self.previous
            if earlier is not None and earlier[1] and self._quote_paragraph(para, earlier[0]):
                # a statement over several paragraphs, each in its own marks
                return earlier[1], self.roles.get(earlier[1]), False, FOLLOW_ON * earlier[2]
        if head[-1:] in (".", "!", "?"):
            lo = self._sentence_start(para, para + len(head) - 1)
            # "Das freue sie, sagte die Ministerin. „…“": who reports the sentence before
            frame = _reported_frame(self.masked, lo, para + len(head))
            speaker, role, _, sure = self.resolve(lo, para + len(head), span.open_at, frame)
            if speaker:
                return speaker, role, colon, SENTENCE_BEFORE * sure
        if prev is not None and prev[1] is not None:
            gap_lo = prev[0].close_at if prev[0].close_at is not None else prev[0].end
            if all(self._is(m, prev[1]) for m in self._mentions(gap_lo, span.open_at)):
                return prev[1], self.roles.get(prev[1]), colon, FOLLOW_ON * prev[2]
        return None, None, colon, 0.0

    def _author_line(self, span: Span) -> str | None:
        """Return the person of a signature line under a block quote (``– X, Sprecherin für …``).

        The quote ends its line; the next line names a person first and holds nothing but a
        role (no sentence, no colon, no quote); a quote on the line after it would make the
        name a speaker line for that quote instead."""
        line_end = self.body.find("\n", span.close_at)
        rest = self.masked[span.close_at + 1 : line_end if line_end >= 0 else len(self.masked)]
        same = _SIGNATURE.fullmatch(rest)  # "„…“ (X, Vorsitzende)", "„…“ – X"
        if same:
            return self._person_in(span.close_at + 1, same)
        if line_end < 0 or rest.strip(" \t.,;"):
            return None
        text = self.masked[line_end + 1 : line_end + 400]
        start = len(text) - len(text.lstrip("\n"))
        end = text.find("\n", start)
        line = _AUTHOR_LINE.fullmatch(text, start, end if end >= 0 else len(text))
        if line is None or (end >= 0 and text[end:].lstrip()[:1] in tuple('„“"»«')):
            return None
        return self._person_in(line_end + 1, line)

    def _person_in(self, at: int, match: re.Match) -> str | None:
        """Return the person the ``name`` group of a match at offset ``at`` names, if any."""
        found = self._mentions(at + match.start("name"), at + match.end("name"))
        return found[0].person if found and found[0].person else None

    def _opens_next(self, at: int) -> bool:
        """Tell whether a colon at ``at`` is followed by an opening quotation mark."""
        if self.masked[at : at + 1] != ":":
            return False
        return self.masked[at + 1 : at + 12].lstrip()[:1] in tuple('„“"»«')

    def _headline_part(self, lo: int, hi: int) -> bool:
        """Tell whether a colon frame ends in a headline part after a dash without a speech verb
        of its own (``… spricht X das Vertrauen aus – Als Nachfolger gehandelter Y:``); a dash
        pair around an aside (``warnt – ich zitiere –:``) is no such part."""
        dash = _LAST_DASH.search(self.masked, lo, hi)
        if dash is None:
            return False
        part = self.masked[dash.end() : hi]
        return _HEADLINE_PART.fullmatch(part) is not None and _FRAME_VERB.search(part) is None

    def _inner_clause(self, start: int, hi: int) -> int:
        """Where a colon frame starts after a colon inside its sentence, when the clause after
        it holds a speech verb or names someone (``Kollege X –: Wir können …, und sie sagen:``)."""
        inner = self.masked.rfind(": ", start, hi)
        if inner < 0:
            return start
        after = inner + 2
        if _FRAME_VERB.search(self.masked, after, hi) or self._mentions(after, hi):
            return after
        return start

    def _unclear_frame(self, lo: int, hi: int) -> bool:
        """Tell a long colon frame without a speech verb whose first person does not open it as
        its subject: whose words follow is not clear (``Die Sage inspirierte X und Y, obwohl Z
        … aufgeräumt hatte, …:``, ``Nach der Rede von X sangen alle auch die Passage:``; but
        ``Präsident X dankte Y für …:`` and ``… mit einem Zitat von X schließen:``)."""
        if len(WORD.findall(self.masked, lo, hi)) <= LONG_FRAME:
            return False
        found = [m for m in self._mentions(lo, hi) if m.person or m.role]
        if not found:
            return False
        if any(_WORDS_OF.search(self.masked, lo, m.pos) for m in found if m.person):
            return False
        opener = _ROLE_GAP.fullmatch(self.masked, lo, found[0].pos)
        return opener is None or _SUBORDINATOR.match(self.masked, lo) is not None

    def _unnamed_subject(self, lo: int, hi: int) -> bool:
        """Tell whether the last speech verb of a colon frame has a subject of its own that names
        nobody known: ``…, und der Arbeitgeber sagt:``, ``wenn man … fragt:``."""
        verb = next(reversed(list(_FRAME_VERB.finditer(self.masked, lo, hi))), None)
        if verb is None:
            return False
        at = verb.start()
        clause = max(lo, *(self.masked.rfind(c, lo, at) + 1 for c in ",;–—"))
        if _SOMEONE.match(self.masked, clause, at):
            return not self._mentions(clause, at)
        subject = _CLAUSE_SUBJECT.search(self.masked, lo, at) or _FRAME_SUBJECT.match(
            self.masked, lo, at
        )
        return subject is not None and not self._mentions(subject.start(), at)

    def _frame_start(self, lo: int, hi: int, prev: tuple[Span, str | None, float] | None) -> int:
        """Where a colon frame starts: not before the end of the previous quote of the paragraph
        (``Bauer: „…“, Stürmerin Hoff: „…“`` names Hoff for the second)."""
        if prev is not None and prev[0].close_at is not None and lo <= prev[0].close_at < hi:
            return prev[0].close_at + 1
        return lo

    def _wrapped_after(self, span: Span, after: str) -> str:
        """Continue an after-frame over hard line breaks until its sentence ends (200 chars)."""
        start = span.close_at + 1
        text = self.masked[start : start + 200]
        stop = _SENT_END.search(text, len(after))
        quote = text.find("„", len(after))
        ends = [e for e in (stop.end() if stop else -1, quote) if e >= 0]
        return text[: min(ends)] if ends else after

    def _line_after(self, span: Span) -> str:
        """Return the masked text after the closing mark to the end of the next non-empty line."""
        end = self.body.find("\n", span.close_at + 2)
        return self.masked[span.close_at + 1 : end if end >= 0 else len(self.body)]

    def _lead_in(self, para: int) -> str | None:
        """Return the one person named in the last sentence of the paragraph before ``para``."""
        end = len(self.masked[: para - 1].rstrip())
        start = self.masked.rfind("\n", 0, end) + 1
        text = self.masked[start:end].rstrip("“”\"»«‘’' ")
        head = _STATEMENT_HEAD.match(text)  # "Statement von X, Vorsitzende" over the quote
        if head or len(WORD.findall(text)) <= SPEAKER_LINE and _AUTHOR_LINE.fullmatch(text):
            lo = start  # or a speaker line over the quote: "Dr. Anna Berg, Geschäftsführerin"
        elif not text or text[-1] not in ".!?):":
            return None
        else:
            lo = self._sentence_start(start, start + len(text) - 1)
        found = [m for m in self._mentions(lo, end) if m.person and not self._credited(m)]
        if len({m.person for m in found}) != 1:
            return None
        # the person opens the sentence or a speech verb says what they do; not an object
        # ("Die Stadt dankt X für seine Arbeit.")
        if head or text[-1] in "):" or _FRAME_VERB.search(self.masked, lo, end):
            return found[0].person
        opener = self._mentions(lo, end)[0]
        return found[0].person if _ROLE_GAP.fullmatch(self.masked, lo, opener.pos) else None

    def _quote_paragraph(self, para: int, quote: Span) -> bool:
        """Tell whether the paragraph before ``para`` holds nothing but ``quote``."""
        end = len(self.masked[: para - 1].rstrip())
        start = self.masked.rfind("\n", 0, end) + 1
        return quote.open_at >= start and _ONLY_QUOTE.fullmatch(self.masked, start, end) is not None

    def _is(self, mention: _Mention, person: str) -> bool:
        """Tell whether a mention can only mean ``person`` (or nobody in particular)."""
        if mention.role and not mention.indefinite:
            named = self._named(mention) or self._by_role(mention.role, mention.pos)
            return named in (person, None)
        return mention.person in (person, None)

    def _named(self, role: _Mention) -> str | None:
        """Return the person named right after a role noun (``Leiterin des Amtes, Dr. X``)."""
        if self._agent_of_named(role):
            return None
        end = role.end
        for nxt in self.mentions[self.mentions.index(role) + 1 :]:
            if nxt.pos - end > 60 or not _ROLE_GAP.fullmatch(self.masked, end, nxt.pos):
                return None
            if nxt.person or not nxt.role:
                return nxt.person
            end = nxt.end
        return None

    def _agent_of_named(self, role: _Mention) -> bool:
        """Tell whether a role speaks for a person named after it: ``Sprecher der Ministerin X``
        (a comma would make X the spokesperson: ``Sprecher der Ministerin, X``)."""
        if not _AGENT.match(role.role.lower()):
            return False
        k = self.mentions.index(role)
        nxt = self.mentions[k + 1 : k + 3]
        return (
            len(nxt) == 2
            and nxt[0].role is not None
            and nxt[1].person is not None
            and _GENITIVE_GAP.fullmatch(self.masked, role.end, nxt[0].pos) is not None
            and _NAME_GAP.fullmatch(self.masked, nxt[0].end, nxt[1].pos) is not None
        )

    def _mentions(self, lo: int, hi: int) -> list[_Mention]:
        """Return the mentions between two offsets."""
        if len(self._positions) != len(self.mentions):  # mentions are in text order
            self._positions = [m.pos for m in self.mentions]
        at = self._positions
        return self.mentions[bisect_left(at, lo) : bisect_left(at, hi)]

    def resolve(
        self, lo: int, hi: int, at: int, verb_end: int | None = None
    ) -> tuple[str | None, str | None, bool, float]:
        """Return the speaker named between two offsets, the role, whether anyone is named, and
        how sure the speaker is from the way it was named (a name, a role noun, a pronoun)."""
        found = self._mentions(lo, hi)
        if verb_end is not None:
            # an inverted frame (``Dann sagte Landrat X:``) names the speaker after the verb
            right = [m for m in found if m.pos >= verb_end]
            if right and _ARTICLE_GAP.fullmatch(self.masked, verb_end, right[0].pos):
                found = right + found
        oblique, object_only = None, False
        for n, m in enumerate(found):
            if (
                m.role
                and n + 1 < len(found)
                and _OBLIQUE.search(self.masked, max(0, m.pos - 30), m.pos)
            ):
                # "Dem neuen Präsidenten (X) wünschte der Minister": neither is the speaker
                oblique = self._named(m)
                continue
            if m.person is not None and m.person == oblique and n + 1 < len(found):
                continue
            if (
                m.person
                and _OBLIQUE_NAME.search(self.masked, max(0, m.pos - 40), m.pos)
                and not _RELATIVE.match(self.masked, m.end)
            ):
                # "erteilte dem Grafen X das Recht:": a dative or accusative is not who speaks
                # (but "mit dem Kanzler X, der gesagt hat:" is)
                object_only = True
                continue
            far = FAR_FACTOR if m.pos - lo > FAR else 1.0
            if m.person:
                return m.person, self.roles.get(m.person), True, NAMED * far
            if m.pronoun:
                person, sure = self._pronoun(m)
                return person, self.roles.get(person or ""), True, sure * far
            if m.indefinite:
                return None, None, True, 0.0
            if self._agent_of_named(m):
                return None, None, True, 0.0  # "der Sprecher der Ministerin X": not X
            named = self._named(m)
            if named:
                return named, self.roles.get(named) or m.role, True, NAMED * far
            person = self._by_role(m.role or "", at, self._role_gender(m))
            sure = BY_ROLE
            if person is None:
                person, sure = self._only_after_article(m), ONLY_PERSON
            return person, (self.roles.get(person) or m.role) if person else None, True, sure * far
        return None, None, object_only, 0.0

    def _only_after_article(self, role: _Mention) -> str | None:
        """Return the one person of the release for ``der Pressesprecher`` (article, role)."""
        if _DEFINITE.search(self.masked, max(0, role.pos - 20), role.pos) and _fits(
            self._only, self._role_gender(role)
        ):
            return self._only
        return None

    def _role_gender(self, role: _Mention) -> str | None:
        """Return the gender a role noun shows: ``-in`` (``Ministerin``), or its article
        (``der Sprecher``, ``die Vorsitzende``); None when it shows none."""
        word = self.masked[role.pos : role.end].lower()
        if word.endswith(("in", "innen")):
            return "f"
        article = _ARTICLE.search(self.masked, max(0, role.pos - 20), role.pos)
        if article is None:
            return None
        if article.group().lower().startswith("der"):
            return "m"
        return "f" if word.endswith("e") else None

    def _pronoun(self, mention: _Mention) -> tuple[str | None, float]:
        """Return the person ``er``/``sie`` refers to and how sure that is: the nearest person
        it fits, less sure when the first name shows no gender and others were named, when
        that person was named far back, or when another person or role it fits came between."""
        pronoun = mention.stands_for or self.masked[mention.pos : mention.end].lower()
        last = self._antecedent(mention.pos, pronoun)
        if last is None:
            return None, 0.0
        person = last.person
        if gender_of(person) is not None:
            sure = PRONOUN_FITS
        elif {m.person for m in self._mentions(0, mention.pos) if m.person} == {person}:
            sure = PRONOUN_UNSURE
        else:
            sure = PRONOUN_GUESS  # "Müller und Bauer kamen. Er sagte:" with unknown genders
        if len(self.masked[last.end : mention.pos].replace("_", "")) > PRONOUN_REACH:
            sure = min(sure, PRONOUN_AMBIGUOUS)  # named far back: someone unknown may be meant
        if self._rival(last, mention.pos, pronoun):
            sure = PRONOUN_AMBIGUOUS
        return person, sure

    def _antecedent(self, at: int, pronoun: str) -> _Mention | None:
        """Return the last mention before ``at`` of a person whose first name fits the pronoun."""
        for m in reversed(self._mentions(0, at)):
            if m.person and gender_of(m.person) != _UNFIT.get(pronoun) and not self._credited(m):
                return m
        return None

    def nearest(self, at: int, pronoun: str) -> str | None:
        """Return the person named last before ``at`` whose first name fits ``er``/``sie``."""
        last = self._antecedent(at, pronoun)
        return last.person if last else None

    def _rival(self, last: _Mention, at: int, pronoun: str) -> bool:
        """Tell whether another person the pronoun fits is named in the sentence that names
        the person last before ``at`` (``Otte dankte Bauer. Er sagte …``: either of them), or a
        role noun it fits that is somebody else (``Der Sprecher sah X an. Er fragte: …``)."""
        unfit = _UNFIT.get(pronoun)
        person = last.person
        lo = self._sentence_start(max(0, last.pos - 400), last.pos)
        for m in self._mentions(lo, at):
            if self._credited(m):
                continue
            if m.person not in (None, person) and gender_of(m.person) != unfit:
                return True
            if m.role and not m.indefinite:
                gender = self._role_gender(m)
                if gender is None or gender == unfit:
                    continue
                if (self._named(m) or self._by_role(m.role, m.pos, gender)) != person:
                    return True
        return False

    def _credited(self, mention: _Mention) -> bool:
        """Tell whether a person is named in a photo credit."""
        if _CREDIT.search(self.masked, max(0, mention.pos - 20), mention.pos):
            return True
        line = self.masked.rfind("\n", 0, mention.pos) + 1  # "Foto: Stiftung X/Anna Berg"
        return mention.pos - line < 80 and _CREDIT_LINE.match(self.masked, line) is not None

    def _by_role(self, word: str, at: int, gender: str | None = None) -> str | None:
        """Resolve a role noun (``die Staatssekretärin``) to a person of the release whose first
        name does not contradict the gender the role shows."""
        key = _key(word)
        stem = _stem(key)
        exact, loose = [], []
        for person, role in self.roles.items():
            for t in (_key(w) for w in WORD.findall(role)):
                if len(t) >= 4 and t == key:
                    exact.append(person)
                elif len(t) >= 4 and (_stem(t).endswith(stem) or stem.endswith(_stem(t))):
                    loose.append(person)
        found = [p for p in dict.fromkeys(exact or loose) if _fits(p, gender)]
        if not found:
            found = [p for p in self._role_in_text(stem) if _fits(p, gender)]
        if not found:
            return None
        return self._latest(found, at) if len(found) > 1 else found[0]

    def _role_in_text(self, stem: str) -> list[str]:
        """Find persons the text itself gives this role (``Staatssekretärin Zülfiye Kaykin``)."""
        found = []
        for k, m in enumerate(self.mentions):
            if m.role is None or m.indefinite:
                continue
            other = _stem(_key(m.role))
            if not (other.endswith(stem) or stem.endswith(other)):
                continue
            prv = self.mentions[k - 1] if k else None
            if named := self._named(m):
                found.append(named)
            elif prv and prv.person and re.fullmatch(r"\s*,\s*", self.masked[prv.end : m.pos]):
                found.append(prv.person)
        return list(dict.fromkeys(found))

    def _fallback(self, lo: int, hi: int) -> str | None:
        """Take a full name written right after the verb when ``entities`` lacks the person."""
        m = _FALLBACK_NAME.match(self.body, lo, hi)
        return m.group("name") if m and is_first_name(m.group("name").split()[0]) else None
