"""Direct quotes in a release body: find them, tell them from titles, attribute them by rule.

Rules, in the order they are tried for each quoted span:

1. Marks: „…“ „…" "…" »…« «…» “…” are double quotes; ‚…‘ ,…‘ '…' ›…‹ are single quotes.
   Quotes nested in a quote belong to it. A top-level quote still open at a paragraph end runs
   on when the next paragraph opens with a quote mark (German convention), else it ends there
   (lost closing mark). An opening mark after a sentence end inside an open quote closes it.
2. Titles are not quotes: a quote right after a naming noun (Initiative, Vereinbarung, Motto,
   Titel, Projekt, Workshops, Verein, …) or after ``sogenannte``/``namens``, the next items of
   such a list, and a quote followed by ``heißt``/``lautet`` (but not ``heißt es``).
3. Attribution: a speech verb or ``so`` after the closing mark (``“, sagte Landrat X``); else a
   frame ending in a colon before the opening mark (``Minister X: „…“``, ``X betonte …: „…“``,
   also at the end of the previous paragraph); else the previous sentence of the same paragraph
   when it names a person (``Auch deshalb erhofft sich die Staatssekretärin … . „…“``); else the
   speaker of the previous quote in the same paragraph when nobody else is named in between.
4. A quote without rule 3's after/colon attribution is kept only if it starts a sentence and reads
   like one (three words or more with a finite verb or a personal pronoun), or it
   continues an interrupted quote (``„…“, sagte X, „…“``). Single quotes need rule 3's
   after/colon attribution. A kept quote whose speaker no rule finds has speaker None.
5. Speakers: a person of ``entities.persons`` named in full or by surname; a role noun
   (``die Staatssekretärin``) resolved through ``entities.roles`` or the release text;
   ``er``/``sie`` to the previous speaker; a full name after the verb (first name known) when
   ``entities`` lacks it. ``ein Sprecher`` stays None. Role: ``entities.roles``, else the noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.model import Entities, Quote
from indexer.names import is_first_name, keys_match, name_key

_CLOSERS = {
    "„": '“”"',
    "“": '”"',
    '"': '"“”',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    ",": "‘’'",
    "'": "'’‘",
    "›": "‹",
    "‹": "›",
}
_DOUBLE = '„“"»«'
_MARK = re.compile(r"[„“”\"»«‚‘’'›‹]|(?<=\s),(?=[^\W\d_])")
_OPEN_AFTER = " \t\n([{/–—-:"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENT_END = re.compile(r"[.!?;:](?=[\s\"“”»«‘’_]|$)")
_BOUNDARY = re.compile(r"[.!?:][\"“”»«‘’']?\s+(?=\S)")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|Dipl|Ing|St|Nr|bzw|ca|vgl|med|jur|rer|nat|phil|Abs|Art|Co|Mio|Mrd|sog|Hr|Fr"
    r"|e\.\s?V|z\.\s?B|u\.\s?a|v\.\s?l|d\.\s?h)|\b[A-ZÄÖÜ]|\d)$"
)
_STEMS = (
    r"sag|beton|erklär|ergänz|füg|mein|bekräftig|stell|freu|lob|kritisier|warn|mahn|forder|fass"
    r"|resümier|berichte|erläuter|versicher|appellier|bilanzier|kommentier|äußer|begründe|frag"
    r"|antworte|entgegne|erwider|teil|kündig|bestätig|mach|erinner|schilder|erzähl|bemerk"
    r"|beteuer|behaupte|klag|beklag|zitier|schwärm|räum"
)
_VERB = (
    rf"(?:{_STEMS})(?:t|te|ten|en)|unterstrich|unterstreicht|hob|hebt|gab|gibt|rief|ruft|schrieb"
    r"|schreibt|sprach|spricht|rät|riet|verwies|verweist|hieß|heißt|ließ|lässt|versprach"
    r"|verspricht|widersprach|widerspricht|gesagt|ausgesagt|behaupten|zeigte?\s+sich"
)
_SUBJECT = r"\s+(?:er|sie|es|man|der|die|[A-ZÄÖÜ])"
_AFTER = re.compile(rf"\s*[,–—-]\s*(?:(?:so|wie|{_VERB})\b|[a-zäöü]\w+te?(?={_SUBJECT}))")
_AFTER_BARE = re.compile(rf"\s*(?:(?:so|{_VERB})\b|[a-zäöü]\w*(?={_SUBJECT}))")
_FRAME_VERB = re.compile(rf"\b(?:{_VERB})\b", re.I)
_TITLE_NOUN = re.compile(
    r"(?:initiative|vereinbarung|motto|titel|projekt|programm|workshop|verein|aktion|kampagne"
    r"|slogan|leitwort|stichwort|schlagwort|leitspruch|leitmotiv|losung|thema|netzwerk|bündnis"
    r"|tarif|produkt|marke|app|portal|plattform|ausstellung|katalog|buch|studie|bericht|preis"
    r"|wettbewerb|festival|reihe|veranstaltung|konferenz|tagung|kongress|forum|seminar|kurs"
    r"|konzept|strategie|leitbild|papier|studiengang|modell|name|begriff|broschüre|leitfaden"
    r"|film|serie|sendung|podcast|magazin|zeitschrift|zeitung|haus|zentrum|kita|fonds|siegel"
    r"|label|auszeichnung|kommission|gruppe|sturmtief|tief|album|lied|stück)"
    r"(?:s|es|e|en|n)?"
)
_TITLE_CUE = re.compile(r"\b(?:sogenannt\w*|so\s+genannt\w*|namens|genannt|titels?)$", re.I)
_TITLE_COLON = re.compile(
    rf"\b(?=[A-ZÄÖÜ])(?i:\w*{_TITLE_NOUN.pattern})\b[^.!?:]*\b(?:lautet|lautete|heißt|hieß)\s*:\s*$"
)
_TITLE_AFTER = re.compile(
    r"[\s,]*(?:so\s+)?(?:heißt|hieß|lautet|lautete|nennt\s+sich)\b(?!\s+es\b)"
)
_LIST_GAP = re.compile(r"[\s,]*(?:(?:und|sowie|oder|bzw\.)\s*)?")
_SPEECHY = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können"
    r"|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte"
    r"|wollten|darf|dürfen|möchte|möchten|gibt|gab|geht|bin|bist|seid|sei|seien|wäre|wären"
    r"|würde|würden|habe|ich|wir|uns|unser\w*|mein\w*|mir|mich|euch|ihr|sie|du|dich|dir)\b",
    re.I,
)
_ROLE = re.compile(
    r"(?:minister|staatssekretär|landrat|landrät|bürgermeister|vorsitzende|präsident|sprecher"
    r"|direktor|leiter|geschäftsführer|dezernent|beigeordnete|senator|beauftragte|chef|rektor"
    r"|vorstand|vorständ|kämmerer|kanzler|abgeordnete|referent|koordinator|schirmherr|trainer"
    r"|pfarrer|kommissar|anwalt|anwält|richter|intendant|dekan|professor|kurator|bischof"
    r"|brandmeister|kommandant|superintendent|gründer|inhaber)(?:in|innen|r|s|en)?"
)
_key = lru_cache(maxsize=1 << 16)(name_key)
_ROLE_END = re.compile(_ROLE.pattern + "$")
_TITLE_END = re.compile(_TITLE_NOUN.pattern + "$")
_PRONOUN = {"er", "sie"}
_ROLE_GAP = re.compile(
    r"(?:[\s,.]|\b(?:des|der|die|den|dem|für|von|vom|im|am|in|und|zugleich)\b|[A-ZÄÖÜ][\w.-]*)*"
)
_ARTICLE_GAP = re.compile(r"[\s,]*(?:(?:der|die|den|dem)\s+)?")
_INDEFINITE = {"ein", "eine", "einer", "einem", "eines"}
_FALLBACK_NAME = re.compile(
    r"\s*(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?(?:(?:Dr|Prof)\.\s+)*"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüßç]+(?:-[A-ZÄÖÜ][a-zäöüßç]+)?\s+[A-ZÄÖÜ][a-zäöüßçı]+(?:-[A-ZÄÖÜ]\w+)?)"
    r"(?=\s*(?:[,.;:!?]|$|\s+[a-zäöü(\d]))"
)


@dataclass
class _Span:
    """A top-level quoted span: text offsets, the opening mark and where the marks sit."""

    start: int
    end: int
    mark: str
    open_at: int
    close_at: int | None


@dataclass
class _Mention:
    """A person, role noun or pronoun found in the (masked) body."""

    pos: int
    end: int
    person: str | None = None
    role: str | None = None
    pronoun: bool = False
    indefinite: bool = False


def extract_quotes(body: str, entities: Entities) -> list[Quote]:
    """Return the direct quotes of ``body`` with speaker and role, in text order."""
    spans = _find_spans(body)
    masked = _mask(body, spans)
    ctx = _Context(body, masked, entities)
    quotes: list[Quote] = []
    last_title_end = -1
    prev: tuple[_Span, str | None] | None = None
    for span in spans:
        para = body.rfind("\n", 0, span.open_at) + 1
        before = masked[para : span.open_at]
        after = ""
        if span.close_at is not None:
            end = body.find("\n", span.close_at)
            after = masked[span.close_at + 1 : end if end >= 0 else len(body)]
        text = body[span.start : span.end]
        gap_from_title = masked[last_title_end : span.open_at] if last_title_end >= 0 else None
        if _is_title(before, after, gap_from_title):
            last_title_end = (span.close_at or span.end) + 1
            continue
        same_para = prev is not None and prev[0].open_at >= para
        speaker, role, explicit = ctx.attribute(
            span, before, after, text, prev if same_para else None
        )
        speechlike = _starts_sentence(before) and _speechy(text) or _interrupted(prev, span, masked)
        if not explicit and (span.mark not in _DOUBLE or not speechlike):
            continue
        quotes.append(Quote(text, speaker, span.start, span.end, role))
        prev = (span, speaker)
        ctx.last = speaker or ctx.last
    return quotes


def _find_spans(body: str) -> list[_Span]:
    """Scan the marks paragraph by paragraph and return the top-level quoted spans."""
    spans: list[_Span] = []
    pending: _Span | None = None
    pos = 0
    for line in body.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        stack: list[tuple[str, int]] = []
        skip = -1
        if pending is not None:
            first = start + len(line) - len(line.lstrip())
            if body[first] in _DOUBLE:
                stack, skip = [(pending.mark, pending.open_at)], first
            else:
                spans.append(pending)
            pending = None
        for m in _MARK.finditer(body, start, start + len(line)):
            i, ch = m.start(), m.group()
            if i == skip:
                continue
            prev_ch = body[i - 1] if i > start else " "
            closes = [k for k, (op, _) in enumerate(stack) if ch in _CLOSERS[op]]
            if closes and (ch in "“”‘" or not prev_ch.isspace()):
                k = closes[-1]
                op, at = stack[k]
                del stack[k:]
                if k == 0:
                    spans.append(_trim(body, op, at, i, i))
                continue
            if not _can_open(ch, prev_ch, body[i + 1 : i + 3] or " "):
                continue
            if stack and ch in _DOUBLE and stack[0][0] in _DOUBLE and _after_sentence(body, i):
                spans.append(_trim(body, stack[0][0], stack[0][1], i, None))
                stack = []
            if ch in _DOUBLE and not any(op in _DOUBLE for op, _ in stack):
                stack = []  # single marks left open were apostrophes, not quotes
            stack.append((ch, i))
        if stack and stack[0][0] in _DOUBLE:
            pending = _trim(body, stack[0][0], stack[0][1], start + len(line.rstrip()), None)
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


def _can_open(ch: str, prev_ch: str, ahead: str) -> bool:
    """Tell whether a mark in this context can open a quote (``ahead``: the next two chars)."""
    next_ch = ahead[0]
    if ch in "„‚,":
        return True
    if ch in "”‘’":
        return False
    if ch == "'":
        return prev_ch in _OPEN_AFTER and next_ch.isalpha() and not re.match(r"[sn]\b", ahead)
    return prev_ch in _OPEN_AFTER and not next_ch.isspace()


def _after_sentence(body: str, i: int) -> bool:
    """Tell whether the text before position ``i`` ends a sentence."""
    head = body[max(0, i - 3) : i].rstrip()
    return bool(head) and head[-1] in ".!?"


def _trim(body: str, mark: str, open_at: int, end: int, close_at: int | None) -> _Span:
    """Make a span of the text between the marks, without surrounding blanks or a final comma."""
    start = open_at + 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
        end -= 1
    return _Span(start, end, mark, open_at, close_at)


def _mask(body: str, spans: list[_Span]) -> str:
    """Blank the quoted text (keeping a final stop) so names inside quotes are not speakers."""
    chars = list(body)
    for s in spans:
        last = s.end - 1 if body[s.end - 1] in ".!?" else s.end
        for i in range(s.start, last):
            if not chars[i].isspace() or chars[i] == " ":
                chars[i] = "_"
    return "".join(chars)


def _is_title(before: str, after: str, gap_from_title: str | None) -> bool:
    """Tell a title, slogan or name in quotation marks from a quote."""
    if gap_from_title is not None and _LIST_GAP.fullmatch(gap_from_title):
        return True
    words = _WORD.findall(before[-60:])
    if words:
        last = words[-1]
        if last[0].isupper() and _TITLE_END.search(last.lower()) and before.rstrip().endswith(last):
            return True
        if _TITLE_CUE.search(before.rstrip()) or _TITLE_COLON.search(before[-160:]):
            return True
    return bool(_TITLE_AFTER.match(after))


def _starts_sentence(before: str) -> bool:
    """Tell whether a quote opens a sentence (paragraph start, after a stop, colon or quote)."""
    head = before.rstrip()
    return not head or head[-1] in '.!?:“”"»«_' or head.endswith(("–", "—"))


def _speechy(text: str) -> bool:
    """Tell whether a quoted text reads like a sentence someone said."""
    return len(text.split()) >= 3 and bool(_SPEECHY.search(text))


def _interrupted(prev: tuple[_Span, str | None] | None, span: _Span, masked: str) -> bool:
    """Tell whether ``span`` continues the previous quote after a speech frame (``, sagte X,``)."""
    if prev is None or prev[0].close_at is None:
        return False
    gap = masked[prev[0].close_at + 1 : span.open_at]
    return (
        "\n" not in gap
        and bool(_AFTER.match(gap) or _AFTER_BARE.match(gap))
        and gap.rstrip()[-1:] in (",", ";", ":")
    )


def _same(keys: list[str], name: list[str]) -> bool:
    """Tell whether text word keys spell a name, ``?`` standing for a lost letter."""
    return len(keys) == len(name) and all(keys_match(a, b) for a, b in zip(keys, name, strict=True))


def _stem(key: str) -> str:
    """Fold a role noun's gender and adjective endings: Ministerin/Minister, Vorsitzender/-e."""
    return re.sub(r"(?<=[dt]e)[rns]$", "", re.sub(r"(?:innen|in)$", "", key))


def _clause_end(text: str, pos: int) -> int:
    """Return where the clause starting at ``pos`` ends (a stop that is not an abbreviation)."""
    for m in _SENT_END.finditer(text, pos):
        if not _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            return m.start()
    return len(text)


def _sentence_start(text: str) -> int:
    """Return where the last sentence of ``text`` starts."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] != ":" and not _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            start = m.end()
    return start


class _Context:
    """Persons, roles and their mentions in one release, and the speaker rules that use them."""

    def __init__(self, body: str, masked: str, entities: Entities) -> None:
        self.body, self.masked, self.last = body, masked, None
        self.roles = {p: r for p, r in entities.roles.items() if r}
        names = [(p, [k for w in _WORD.findall(p) if (k := _key(w))]) for p in entities.persons]
        names = [(p, toks) for p, toks in names if toks]
        fuzzy = any("?" in k for _, toks in names for k in toks)
        self.mentions: list[_Mention] = []
        toks = [
            (m.start(), m.end(), w, _key(w) if w[0].isupper() or "?" in w else w)
            for m in _WORD.finditer(masked)
            if (w := m.group())
        ]
        skip_until = -1
        for i, (pos, end, word, key) in enumerate(toks):
            if pos < skip_until:
                continue
            if fuzzy or "?" in key or any(key == pt[0] or key == pt[-1] for _, pt in names):
                keys = [t[3] for t in toks[i : i + 5]]
                full = [(p, pt) for p, pt in names if _same(keys[: len(pt)], pt)]
                sur = [p for p, pt in names if word[0].isupper() and _same([key], pt[-1:])]
                if full or sur:
                    p = full[0][0] if full else self._latest(sur, pos)
                    skip_until = toks[i + len(full[0][1]) - 1][1] if full else end
                    self.mentions.append(_Mention(pos, skip_until, person=p))
                    continue
            if word[0].isupper() and _ROLE_END.search(word.lower()):
                before = toks[i - 1][3] if i else ""
                self.mentions.append(
                    _Mention(pos, end, role=word, indefinite=before in _INDEFINITE)
                )
            elif word in _PRONOUN or word == "Er":
                self.mentions.append(_Mention(pos, end, pronoun=True))

    def _latest(self, persons: list[str], pos: int) -> str:
        """Pick, among persons sharing a surname, the one last named in full before ``pos``."""
        for m in reversed(self.mentions):
            if m.pos < pos and m.person in persons:
                return m.person
        return persons[0]

    def attribute(
        self, span: _Span, before: str, after: str, text: str, prev: tuple[_Span, str | None] | None
    ) -> tuple[str | None, str | None, bool]:
        """Return speaker, role and whether an after/colon frame attributes the quote."""
        para = span.open_at - len(before)
        if span.close_at is not None:
            m = _AFTER.match(after)
            if m is None and self.body[: span.close_at].rstrip()[-1:] in ("!", "?", ","):
                m = _AFTER_BARE.match(after)
            if m:
                lo = span.close_at + 1 + m.end()
                hi = span.close_at + 1 + _clause_end(after, m.end())
                speaker, role, _ = self.resolve(lo, hi, span.open_at)
                found = self._mentions(lo, hi)
                if speaker is None and not any(m.indefinite or m.pronoun for m in found):
                    speaker = self._fallback(lo, hi)
                    role = next((m.role for m in found if m.role), None) if speaker else None
                return speaker, role, True
        head, base = before.rstrip(), para
        if not head and para > 1:
            base_end = len(self.masked[: para - 1].rstrip())
            base = self.masked.rfind("\n", 0, base_end) + 1
            head = self.masked[base:base_end]
        lo, hi = base + _sentence_start(head[:-1]), base + len(head) - 1
        colon = head.endswith(":")
        if colon:
            verb = _FRAME_VERB.search(self.masked, lo, hi)
            speaker, role, named = self.resolve(lo, hi, span.open_at, verb.end() if verb else None)
            if named or verb:
                return speaker, role, True
            # an unnamed frame (``Ihr Fazit:``) before a sentence: a quote, speaker from earlier
            colon = text[-1:] in ".!?"
        head = (self.masked[para:lo] if colon else before).rstrip().rstrip("“”\"»«‘’'")
        if head[-1:] in (".", "!", "?"):
            lo = para + _sentence_start(head[:-1])
            speaker, role, _ = self.resolve(lo, para + len(head), span.open_at)
            if speaker:
                return speaker, role, colon
        if prev is not None and prev[1] is not None:
            gap_lo = prev[0].close_at if prev[0].close_at is not None else prev[0].end
            if all(self._is(m, prev[1]) for m in self._mentions(gap_lo, span.open_at)):
                return prev[1], self.roles.get(prev[1]), colon
        return None, None, colon

    def _is(self, mention: _Mention, person: str) -> bool:
        """Tell whether a mention can only mean ``person`` (or nobody in particular)."""
        if mention.role and not mention.indefinite:
            named = self._named(mention) or self._by_role(mention.role, mention.pos)
            return named in (person, None)
        return mention.person in (person, None)

    def _named(self, role: _Mention) -> str | None:
        """Return the person named right after a role noun (``Leiterin des Amtes, Dr. X``)."""
        end = role.end
        for nxt in self.mentions[self.mentions.index(role) + 1 :]:
            if nxt.pos - end > 60 or not _ROLE_GAP.fullmatch(self.masked, end, nxt.pos):
                return None
            if nxt.person or not nxt.role:
                return nxt.person
            end = nxt.end
        return None

    def _mentions(self, lo: int, hi: int) -> list[_Mention]:
        """Return the mentions between two offsets."""
        return [m for m in self.mentions if lo <= m.pos < hi]

    def resolve(
        self, lo: int, hi: int, at: int, verb_end: int | None = None
    ) -> tuple[str | None, str | None, bool]:
        """Return the speaker named between two offsets, the role, and whether anyone is named."""
        found = self._mentions(lo, hi)
        if verb_end is not None:
            # an inverted frame (``Dann sagte Landrat X:``) names the speaker after the verb
            right = [m for m in found if m.pos >= verb_end]
            if right and _ARTICLE_GAP.fullmatch(self.masked, verb_end, right[0].pos):
                found = right + found
        for m in found:
            if m.person:
                return m.person, self.roles.get(m.person), True
            if m.pronoun:
                return self.last, self.roles.get(self.last or ""), True
            if m.indefinite:
                return None, None, True
            named = self._named(m)
            if named:
                return named, self.roles.get(named) or m.role, True
            person = self._by_role(m.role or "", at)
            return person, (self.roles.get(person) or m.role) if person else None, True
        return None, None, False

    def _by_role(self, word: str, at: int) -> str | None:
        """Resolve a role noun (``die Staatssekretärin``) to a person of the release."""
        key = _key(word)
        stem = _stem(key)
        exact, loose = [], []
        for person, role in self.roles.items():
            for t in (_key(w) for w in _WORD.findall(role)):
                if len(t) >= 4 and t == key:
                    exact.append(person)
                elif len(t) >= 4 and (_stem(t).endswith(stem) or stem.endswith(_stem(t))):
                    loose.append(person)
        found = list(dict.fromkeys(exact or loose))
        if not found:
            found = self._role_in_text(stem)
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
