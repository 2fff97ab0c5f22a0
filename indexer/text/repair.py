"""Repair raw releases: decode, undo mojibake, strip markup, rejoin hyphens, restore lost chars."""

from __future__ import annotations

import contextlib
import itertools
import re
import unicodedata
from collections import Counter
from functools import partial
from html.parser import HTMLParser

import charset_normalizer
import ftfy

from indexer.text import markup, wordlist


class UndecodableError(ValueError):
    """Raised when bytes are binary data (PDF, image, archive ...) rather than text."""


# UTF-32 LE first: its BOM starts with the UTF-16 LE BOM.
_BOMS = {
    "\ufeff".encode(e): e for e in ("utf-32-le", "utf-32-be", "utf-8", "utf-16-le", "utf-16-be")
}
_MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF"}
_MAGIC |= {b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip", b"\xd0\xcf\x11\xe0": "MS Office (OLE)"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# what cp1252/latin-1 German may hold: C1 (latin-1 fallback), Latin-1 letters, typography
_WESTERN = set(map(chr, [*range(0x80, 0xA0), *range(0xC0, 0x100)])) - {"×", "÷"}
_WESTERN |= set("ŒœŠšŽžŸ„“”‚‘’»«–—…€§°²³µ·•©®™\xa0\xad")
# soft hyphen, zero widths, word joiner, BOM; bidi embeddings, overrides and isolates
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_INVISIBLE |= dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_INVISIBLE |= dict.fromkeys(map(ord, "\xa0\u2007\u202f"), " ")  # non-breaking spaces
_INVISIBLE_PAIRS = [(chr(code), new or "") for code, new in _INVISIBLE.items()]


def _drop_invisible(text: str) -> str:
    """Apply ``_INVISIBLE``: one ``replace`` per character the text has (str.translate with a
    dict is slow on long texts, and a regex search for the few characters too)."""
    for char, new in _INVISIBLE_PAIRS:
        if char in text:
            text = text.replace(char, new)
    return text


_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_LINE_BREAKS = ("\r", "\u2028", "\u2029", "\x85")


def decode_bytes(data: bytes) -> str:
    """Decode a release file: BOM, strict UTF-8, bare UTF-16, cp1252/guess; refuse binary data."""
    if not data:
        return ""
    kind = next((kind for magic, kind in _MAGIC.items() if data.startswith(magic)), None)
    if kind:
        raise UndecodableError(f"Binärdatei ({kind}), kein Text")
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"))
    text = _bare_utf16(data)
    if text is not None:
        return _checked(text)
    if b"\x00" in data:
        raise UndecodableError("enthält NUL-Bytes: Binärdaten, kein Text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _checked(_legacy(data))


def _bare_utf16(data: bytes) -> str | None:
    """Decode BOM-less UTF-16, recognised by a NUL in (almost) every other byte; else None."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = (data[k::2].count(0) * 2 / len(data) for k in (0, 1))
    for encoding, nul, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nul > 0.5 and other < 0.05:
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode(encoding)
    return None


def _legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes, preferring cp1252 when it reads as Western text."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = data.decode("latin-1")
    others = [ch for ch in western if not ch.isascii()]
    letters = sum(ch.isalpha() for ch in western)
    foreign = sum(ch.isalpha() for ch in others)
    # charset_normalizer reads short German cp1252 as cp1006 or cp1250: trust it only when the
    # cp1252 reading is implausible (foreign symbols, or mostly non-ASCII letters as in Cyrillic)
    if all(ch in _WESTERN for ch in others) and foreign <= 0.5 * letters:
        return western
    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else western


def _checked(text: str) -> str:
    """Return ``text`` unless control characters show it is binary data."""
    controls = len(_CONTROL.findall(text))
    if controls > 0.05 * len(text):
        raise UndecodableError(
            f"{controls} Steuerzeichen in {len(text)} Zeichen: Binärdaten, kein Text"
        )
    return text


# Text made only of these characters has nothing for ftfy to fix (no mojibake starts with them:
# Ã, Â, â, Ð and C1 controls are left out; "&" may start an HTML entity; soft and non-breaking
# hyphens alone are no mojibake: ftfy changed none of the 1,239 benchmark texts they let in).
# ftfy is the slowest stage of the pipeline, and most releases are clean.
_CLEAN_TEXT = re.compile(
    r"[\t\n\r\x20-\x25\x27-\x7eäöüÄÖÜßẞ„“”‚‘’«»‹›–—…•·€§°²³¼½¾×éèêëáàåçíìîïñóòôøúùûÉÈÁÓÚÇŠšŽžČčĆćŁłŞşĞğİıœŒæÆ\xad\u2011]*"
)


def fix_encoding(text: str) -> str:
    """Undo mojibake (keeping „…“ ‚…‘ »…«), NFC, \\n line ends, drop invisible characters."""
    if not _CLEAN_TEXT.fullmatch(text):
        text = ftfy.fix_text(text, uncurl_quotes=False)
    text = unicodedata.normalize("NFC", text)
    if any(mark in text for mark in _LINE_BREAKS):  # most texts end their lines with \n alone
        text = _LINE_BREAK.sub("\n", text)
    return _drop_invisible(text)


_FORMATS = dict(txt="txt", text="txt", md="md", markdown="md", html="html", htm="html")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "head", "template", "svg", "iframe", "nav"})
_BLOCK_TAG = re.compile(
    r"address|article|aside|blockquote|br|dd|div|dl|dt|fig(?:caption|ure)|footer|form|header|hr"
    r"|li|main|ol|pre|section|table|td|th|tr|ul|(?P<paragraph>p|h[1-6])"
)
_SPACES = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.pre = 0
        self.at_break = True
        self.h1: list[int] = []  # where the first <h1> starts and ends in parts

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":  # an unclosed <head> ends here
            self.skipping.clear()
        if tag in _SKIP_TAGS:
            self.skipping.append(tag)
        else:
            self._block(tag)
        if tag == "pre":
            self.pre += 1
        if tag == "h1" and not self.h1 and not self.skipping:
            self.h1.append(len(self.parts))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            del self.skipping[self.skipping.index(tag) :]
        else:
            self._block(tag)
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag == "h1" and len(self.h1) == 1:
            self.h1.append(len(self.parts))

    def _block(self, tag: str) -> None:
        block = _BLOCK_TAG.fullmatch(tag)
        if block and (block["paragraph"] or not self.at_break):  # </li><li> is one line break
            self.parts.append("\n\n" if block["paragraph"] else "\n")
            self.at_break = True

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data if self.pre else _SPACES.sub(" ", data))
            self.at_break = self.at_break and not data.strip()

    def text(self) -> str:
        """Return the text with the first <h1> moved to the top, where titles are looked for."""
        start, end = (*self.h1, len(self.parts))[:2] if self.h1 else (0, 0)
        return "".join([*self.parts[start:end], "\n\n", *self.parts[:start], *self.parts[end:]])


def strip_markup(text: str, fmt: str = "txt") -> str:
    """Reduce txt/md/html to plain text lines; drop scripts, styles and tracking pixels."""
    kind = _FORMATS.get(fmt.lower().lstrip("."))
    if kind is None:
        raise ValueError(f"unknown format {fmt!r}: expected txt, md or html")
    if kind == "html":
        parser = _TextExtractor()
        parser.feed(text)
        parser.close()
        text = parser.text()
    for needle, substitute in markup.TRACKING:
        if needle in text:
            text = substitute(text)
    if kind != "html":  # .txt releases are markdown-ish too; these steps spare plain prose
        for needles, substitute in markup.MARKDOWN:
            if any(needle in text for needle in needles):
                text = substitute(text)
    return _drop_invisible(text)


# possessive letter runs (++): a hyphen or the end follows a run, never a letter it gave back
_CHAIN = re.compile(
    r"(?<![\w./@-])[^\W\d_]{2,}+(?:-(?:[ \t]*\n[ \t]*)?[^\W\d_]++)+(?![\w@]|[-.]\w)"
)
_BREAK = re.compile(r"(-(?:[ \t]*\n[ \t]*)?)")
_SUFFIXES = ("nen", "ern", "ens", "en", "er", "es", "em", "e", "n", "s")
_PARTICLE = re.compile(
    r"ab|an|auf|aus|be|bei|dar?|durch|ein|ent|er|fort|ge|gegen|her|hin|mit|nach|über|um|unter"
    r"|ver|vor|weg|wieder|zer|zu|zurück|zusammen|zwischen"
)


def _known(word: str) -> bool:
    """Tell whether ``word`` or its stem without a common inflection suffix is in the word list."""
    word = word.lower()
    return wordlist.is_word(word) or any(
        word.endswith(s) and len(word) - len(s) >= 4 and wordlist.is_word(word[: -len(s)])
        for s in _SUFFIXES
    )


def _joinable(parts: list[str], chain: int) -> bool:
    """Decide whether ``parts`` (of a hyphen chain of ``chain`` parts) are one broken word."""
    left, rest = parts[0], parts[1:]
    if left.isupper() or not all(p[0].islower() for p in rest) or not _known("".join(parts)):
        return False
    if len(parts) > 2 or not all(map(wordlist.is_word, parts)):
        return True
    # two words stay apart in a longer chain (Rund-um-die-Uhr) and when lowercase (schwarz-weiß),
    # unless the first is a particle (vor-stellen)
    return chain == 2 and not (left.islower() and not _PARTICLE.fullmatch(left))


def _join_chain(chain: str) -> str:
    """Join the longest layout-broken runs of one hyphen chain, left to right."""
    tokens = _BREAK.split(chain)
    parts, breaks, out, i = tokens[0::2], tokens[1::2], [], 0
    # a joined word longer than the word list's longest plus a suffix is never known: only runs
    # up to that length are tried, so a chain of thousands of parts costs no more than its length
    limit = wordlist.longest() + max(map(len, _SUFFIXES))
    while i < len(parts):
        last, size = i, len(parts[i])
        while last + 1 < len(parts) and size + len(parts[last + 1]) <= limit:
            last += 1
            size += len(parts[last])
        j = next((j for j in range(last, i, -1) if _joinable(parts[i : j + 1], len(parts))), i)
        out += ["".join(parts[i : j + 1]), breaks[j] if j < len(breaks) else ""]
        i = j + 1
    return "".join(out)


def join_soft_hyphens(text: str) -> str:
    """Join layout hyphens (beson-ders -> besonders, also across a line break), keep real ones.

    Parts are joined when the later parts start lowercase (so NRW-Landesverwaltung, E-Mail,
    KOMM-IN, Nordrhein-Westfalen stay), the first is no acronym, and the joined word is in the
    word list, also after stripping one suffix (-e -en -er -es -em -n -s -ern -ens -nen).
    Two parts that are both words stay apart when lowercase (schwarz-weiß, fünf-zehn; not after a
    particle: vor-stellen) and inside longer chains (Rund-um-die-Uhr-Betreuung). Suspended
    hyphens (Fach- und), URLs and e-mail addresses are never touched.
    """
    if "-" not in text:
        return text
    lines = text.split("\n")
    # A chain starts on a line with a hyphen and goes on to the next only after one: the regex
    # need only scan those lines and the line after each (27 % of the bench text). Each run of
    # them is replaced as a whole; at its edges the regex sees the text's start or end instead
    # of a line break, which its lookbehind and lookahead accept alike.
    needed = [False] * len(lines)
    for i, line in enumerate(lines):
        if "-" in line:
            needed[i] = True
            if i + 1 < len(lines):
                needed[i + 1] = True
    out, i = [], 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and needed[j] == needed[i]:
            j += 1
        run = "\n".join(lines[i:j])
        out.append(_CHAIN.sub(_join_match, run) if needed[i] else run)
        i = j
    return "\n".join(out)


def _join_match(match: re.Match[str]) -> str:
    return _join_chain(match[0])


_LETTER = r"[^\W\d_]"
_QUOTED = re.compile(rf"(?<![\w?])\?({_LETTER}[^\n?]*?\w[.!]?)\?(?!\w)")
# a run of letters with holes: (L*\?L+)+ written without nested repeats, possessive (a shorter
# match would end before a letter or a ?, which the lookahead refuses anyway)
_HOLED = re.compile(rf"(?<![\w?]){_LETTER}*+(?:\?{_LETTER}++)++(?![\w?])")
_WORD = re.compile(rf"{_LETTER}+")
_HOLE = re.compile(rf"\?{_LETTER}")  # in every match of the two above
_URL = re.compile(r"(?:https?://|www\.)\S+")
# an encoder only loses characters it cannot write, so never ASCII ones
_LOST = "äöüßéèáàâçñóôúíıšşğčćžłø"


def restore_lost_chars(text: str) -> str:
    """Replace ``?`` that stands for lost quotes (?Wir … Ort? -> „…“) or letters (Kayk?n).

    Both need a ``?`` before a letter and neither crosses a line, so only the lines that have
    one are searched (mostly one: a link with a query string)."""
    lines = text.split("\n") if _HOLE.search(text) else ()
    words: list[_Vocabulary] = []  # the document's words, counted at the first hole

    def restore(match: re.Match[str], urls: list[tuple[int, int]]) -> str:
        if any(start <= match.start() < end for start, end in urls):
            return match[0]
        if not words:  # quoting changes no word: the words of the text as it came
            words.append(_Vocabulary(_WORD.findall(text)))
        return _best_fill(match[0], words[0]) or match[0]

    for number, line in enumerate(lines):
        if _HOLE.search(line):
            line = _QUOTED.sub(_quote, line)
            urls = [m.span() for m in _URL.finditer(line)]
            lines[number] = _HOLED.sub(partial(restore, urls=urls), line)
    return "\n".join(lines) if lines else text


def _quote(match: re.Match[str]) -> str:
    """Quote ``?…?`` unless the first ``?`` is rather a lost capital (?berall … oder?)."""
    first = _WORD.match(match[1])[0]
    lost_letter = any(wordlist.is_word(c + first) for c in _LOST)
    return match[0] if lost_letter else f"„{match[1]}“"


class _Vocabulary:
    """The words of a document, counted, found by the shape of a word with holes.

    Comparing every holed word with every word of the document was quadratic (10,000 distinct
    words, each also written with a hole, took minutes): a word with one hole (the common case)
    is looked up by its shape, one with more among the words of its length."""

    LONGEST_SHAPED = 40  # longer words are compared one by one (few fit in a document)

    def __init__(self, words: list[str]) -> None:
        self.counts = Counter(words)
        self.order = {w: i for i, w in enumerate(self.counts)}
        self.by_length: dict[int, list[str]] = {}
        for word in self.counts:
            self.by_length.setdefault(len(word), []).append(word)
        self.shapes: dict[int, dict[str, list[str]]] = {}  # length -> one-hole shape -> words

    def matching(self, holed: str) -> list[str]:
        """Return the words ``holed`` may stand for, each ``?`` one letter, in document order."""
        same = self.by_length.get(len(holed), [])
        if holed.count("?") == 1 and len(holed) <= self.LONGEST_SHAPED:
            if len(holed) not in self.shapes:
                shapes: dict[str, list[str]] = {}
                for word in same:
                    for j in range(len(word)):
                        shapes.setdefault(f"{word[:j]}?{word[j + 1 :]}", []).append(word)
                self.shapes[len(holed)] = shapes
            return self.shapes[len(holed)].get(holed, [])
        pattern = re.compile(f"{_LETTER}".join(map(re.escape, holed.split("?"))))
        return [w for w in same if pattern.fullmatch(w)]


def _best_fill(holed: str, words: _Vocabulary) -> str | None:
    """Fill each ``?`` with one letter: a word of the document first, else of the word list."""
    pieces = holed.split("?")
    seen = words.matching(holed)
    if seen:
        counts, order = words.counts, words.order
        return max(seen, key=lambda w: (counts[w], wordlist.frequency(w), -order[w]))
    if len(pieces) > 3 or not pieces[0]:  # a word's first letter would need its case guessed
        return None
    fills = (
        "".join(p + c for p, c in zip(pieces, (*letters, ""), strict=True))
        for letters in itertools.product(_LOST, repeat=len(pieces) - 1)
    )
    return max(filter(wordlist.is_word, fills), key=wordlist.frequency, default=None)


_BLANKS = re.compile(r"\n{3,}")
# a run of blanks within a line (none has a line break), but a single space: nothing to replace
_INNER_SPACE = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")


def tidy_whitespace(text: str) -> str:
    """Collapse runs of spaces, trim every line, keep at most one blank line between blocks."""
    # ``in`` finds a substring far faster than the regex engine tries a class at every
    # character: most texts hold no tab, no double space and no two blank lines in a row
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _INNER_SPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return (_BLANKS.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def repair_text(text: str, fmt: str = "txt") -> str:
    """Run every repair stage on one release; idempotent."""
    text = strip_markup(fix_encoding(text), fmt)
    return tidy_whitespace(restore_lost_chars(join_soft_hyphens(text)))
