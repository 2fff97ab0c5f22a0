"""Crafted input that made the indexer's regular expressions backtrack for minutes (issue 21).

Each file of the issue's list is made here (synthetic strings) and run through the stage that hung
and through the whole per-release pipeline. A SIGALRM guard of a generous number of seconds only
stops a hang; the tests assert no timings.
"""

from __future__ import annotations

import re
import signal
from collections import Counter
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_repair import _former_best_fill

from indexer.build.release import prepare
from indexer.extraction import attribution, date_forms, dates, quote_marks, speech_frames
from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities
from indexer.text import markup, repair, structure
from indexer.text.corpus import SourceRecord

GUARD_SECONDS = 60  # a hang guard, far above what any case takes now


class Hang(Exception):
    """The guard fired: the stage did not finish."""


@contextmanager
def guard(seconds: int = GUARD_SECONDS):
    """Fail instead of hanging when the block runs for more than ``seconds``."""

    def fire(signum, frame):
        raise Hang(f"nach {seconds} s nicht fertig")

    old = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _letters(number: int) -> str:
    """A distinct word of lowercase letters for each number (abcd, abce, …)."""
    word = ""
    for _ in range(4):
        number, rest = divmod(number, 26)
        word = chr(ord("a") + rest) + word
    return "wort" + word


def _prose(line: str) -> str:
    """A release around one crafted line: a title, a sentence, the line."""
    return f"Titel der Mitteilung\n\nDie Stadt teilt heute Folgendes mit.\n\n{line}\n"


# (name, crafted text) as the issue lists them; the text goes through the whole pipeline
CRAFTED = [
    ("holed-question-marks", _prose("Das ist a?" + "aaaa?" * 12 + "aaaa1")),
    ("street-hyphens", _prose("Die Stadt teilt mit.\n\nWort" + "-" * 150)),
    ("dateline-hyphens", "A" + "-a" * 400 + "!\n\nEin Text über die Stadt."),
    ("hyphen-chain", _prose("-".join(["ab"] * 3000))),
    ("brackets", _prose("[" * 50_000)),
    ("bold-runs", _prose(" **a" * 25_000)),
    ("emphasis-runs", _prose(" _a" * 33_000)),
    ("tracker-www", _prose("www." * 25_000 + " counter")),
    ("quote-so-frames", _prose("„a“, so " * 12_500)),
    ("open-quotes", _prose("„Wort " * 16_000)),
    # more of the same kinds, found while fixing the above
    ("link-tails", _prose("[a](" * 25_000)),
    ("image-opens", _prose("![" * 25_000 + "]")),
    ("pixel-opens", _prose("<img " * 20_000)),
    ("script-opens", _prose("<script>" * 12_000)),
    ("autolink-ats", _prose("<" + "a@" * 50_000)),
    ("heading-blanks", "# a" + " \t" * 25_000 + "b\n\nText."),
    ("attribute-values", _prose('x="a" ' * 25 + "!\n>")),
    ("quotes-no-frame", _prose("„a“ " * 12_500)),
    ("holes-many-words", _prose(" ".join(f"{_letters(i)}?e" for i in range(10_000)))),
]


@pytest.mark.parametrize("text", [t for _, t in CRAFTED], ids=[n for n, _ in CRAFTED])
def test_crafted_file_is_prepared(text):
    record = SourceRecord("crafted", "crafted.txt", "crafted.txt", "txt", text.encode())
    with guard():
        release = prepare(record)
    assert release.title


# ---- the markup steps against the former patterns -----------------------------------------

_TRACKER = (  # the former patterns, as they were before the linear scanners
    r"(?:https?://|www\.)[^\s()<>\]]*?"
    r"(?:pmcounter|counter\.(?:cfm|php|aspx?|cgi)|/counter/)[^\s()<>\]]*"
)
FORMER_TRACKING = (
    (re.compile(rf"!?\[[^\]\n]*\]\(\s*{_TRACKER}\s*\)"), ""),
    (re.compile(_TRACKER), ""),
    (re.compile(r"<img\b[^>]*\b(?:width|height)\s*=\s*[\"']?1(?=[\"'\s/>])[^>]*>", re.I), ""),
    (
        re.compile(r"^[ \t]*(?:[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+)[ \t]*)+/?>[ \t]*$", re.M),
        "",
    ),
)
FORMER_MARKDOWN = (
    (re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S), ""),
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M), ""),
    (re.compile(r"(?<!\\)!\[[^\]\n]*\]\([^)\n]*\)"), ""),
    (re.compile(r"(?<!\\)\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])"), r"\1"),
    (re.compile(r"<(?:mailto:)?([^<>\s]+@[^<>\s]+|(?:https?|ftp)://[^<>\s]+)>"), r"\1"),
    (re.compile(r"<br\s*/?>", re.I), "\n"),
    (re.compile(r"</?(?:a|b|i|u|em|strong|span|font|small|sup|sub|div|p|img)\b[^<>]*>", re.I), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),
    (re.compile(r"(?<![\w*\\])(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_\\])\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"\\+([\\`*_{}\[\]()#+\-.!|<>~])"), r"\1"),
)
# pieces of markdown, HTML and tracking links that the steps look at, and plain words
_PIECES = [
    *"[]()!*_#<>`\\@:/.=\"' \t\n-",
    "a", "Wort", "1", "**", "__", "www.", "https://", "counter.php", "pmcounter", "/counter/",
    "<img ", "width=1", 'height="1"', "<script>", "</script>", "<Style>", "</style >", "mailto:",
    "x@y.de", "ftp://", "<br/>", "<b>", "</span>", "## ", "===", "---", "> ", "`code`",
]  # fmt: skip
_MARKUPISH = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _former(steps, text: str) -> str:
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    return text


@settings(max_examples=400, deadline=None)
@given(_MARKUPISH)
def test_markdown_steps_equal_the_former_patterns(text):
    for (_, new), (pattern, replacement) in zip(markup.MARKDOWN, FORMER_MARKDOWN, strict=True):
        assert new(text) == pattern.sub(replacement, text), pattern.pattern


@settings(max_examples=400, deadline=None)
@given(_MARKUPISH)
def test_tracking_steps_equal_the_former_patterns(text):
    counters, pixels, _ = (substitute for _, substitute in markup.TRACKING)
    assert counters(text) == _former(FORMER_TRACKING[:2], text)
    assert pixels(text) == _former(FORMER_TRACKING[2:3], text)


_ATTRIBUTE = st.sampled_from(
    ['width="1"', "height='1'", 'alt="ein Bild"', "src=x.png", "border=0", 'style="a:b"']
)
_ATTRIBUTE_LINE = st.builds(
    lambda blank, attributes, end, rest: blank + " ".join(attributes) + end + rest,
    st.sampled_from(["", " ", "\t "]),
    st.lists(_ATTRIBUTE, min_size=1, max_size=8),
    st.sampled_from([">", "/>", " />", "", " >x"]),
    st.sampled_from(["", " ", "\nText"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ATTRIBUTE_LINE, min_size=1, max_size=4).map("\n".join))
def test_attribute_residue_lines_go_as_before(text):
    """Each attribute is now taken atomically; lines of real attributes go as before.

    (Only garbage differs: ``height="1"<b>`` was read as one unquoted value ``"1"<b``.)"""
    _, _, attributes = (substitute for _, substitute in markup.TRACKING)
    assert attributes(text) == _former(FORMER_TRACKING[3:], text)


# ---- the other rewritten patterns and scanners against the former ones ------------------------

_SENT_END = re.compile(r"[.!?;:](?=[\s\"“”»«‘’_]|$)")
_BOUNDARY = re.compile(r"[.!?:][\"“”»«‘’']?\s+(?=\S)")
_ABBREV = speech_frames._ABBREV


def _former_clause_end(text: str, pos: int) -> int:
    for m in _SENT_END.finditer(text, pos):
        if not _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            return m.start()
    return len(text)


def _former_sentence_start(text: str) -> int:
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] != ":" and not _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            start = m.end()
    return start


_PROSE = st.lists(
    st.sampled_from([*".!?;:“”»«‘’'_ \n", "Dr", "Prof", "z.", "B", "e.V", "ca", "3", " Wort", "A"]),
    max_size=60,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PROSE, st.data())
def test_clause_end_and_sentence_start_as_before(masked, data):
    ctx = attribution.Context(masked, masked, Entities())
    ends = [i for i, ch in enumerate(masked) if ch == "\n"] + [len(masked)]
    for _ in range(5):
        base = data.draw(st.integers(0, len(masked)))
        end = data.draw(st.integers(base, len(masked)))
        assert ctx._sentence_start(base, end) == base + _former_sentence_start(masked[base:end])
        # a clause ends at the latest with its paragraph
        end = data.draw(st.sampled_from([e for e in ends if e >= base]))
        pos = data.draw(st.integers(0, end - base))
        part = masked[base:end]
        assert ctx._clause_end(base, pos, end) == base + _former_clause_end(part, pos)


FORMER_PATTERNS = [  # (new, former) of the possessive rewrites
    (
        structure._STREET,
        r"^[A-ZÄÖÜ][\w.'-]*(?:[ -][\w.'-]+){0,4}\s+\d{1,4}\s?[a-z]?(?:\s?[-–]\s?\d{1,4})?$",
    ),
    (
        structure._LABEL,
        r"^(?:Presse(?:mitteilung|information|meldung)|Medieninformation)\b"
        r"(?:\W*(?:Nr|vom)?\W*\d.*)?$",
    ),
    (
        dates._DATELINE,
        r"^\s*(?:[A-ZÄÖÜ][\w.-]*(?:[ /-][A-ZÄÖÜ(][\w.)-]*){0,3})\s*(?:\([^)\n]{1,30}\)\s*)?"
        rf"(?:,|\s[–—-])\s*{dates._DATE}\s*(?:[–—:.,-]|$)",
    ),
    (
        dates._LINE,
        r"^\s*(?:(?:Stand|Datum|Veröffentlicht(?: am)?|Erstellt am|Pressemitteilung vom|vom)"
        rf"\s*:?\s*)?{dates._DATE}\s*(?:Uhr|\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?|[|–—-].*)?\s*$",
    ),
    (
        dates._TODAY,
        rf"\b(?:heute|am heutigen {date_forms.WEEKDAY}|an diesem {date_forms.WEEKDAY})"
        rf"\s*(?:\(\s*|,\s*(?:dem|den)?\s*){dates._DATE}",
    ),
    (repair._HOLED, r"(?<![\w?])(?:[^\W\d_]*\?[^\W\d_]+)+(?![\w?])"),
]
_LINEISH = st.lists(
    st.sampled_from(
        [*" -/.,()'–:|?1", "A", "b", "Ä", "Köln", "Bad", "12", "2024", "12.", " März", "den ",
         "heute", "Stand", "Nr", "vom", "Presse", "Pressemitteilung", "Uhr", "10:30", "Str.", "5a"]
    ),
    max_size=25,
).map("".join)  # fmt: skip


@pytest.mark.parametrize(
    ("new", "former"), FORMER_PATTERNS, ids=lambda p: getattr(p, "pattern", p)[:20]
)
@settings(max_examples=400, deadline=None)
@given(text=_LINEISH)
def test_possessive_patterns_match_as_before(new, former, text):
    old = re.compile(former, new.flags)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert bool(new.match(text)) == bool(old.match(text))


# ---- every stage finishes on repetitions of what the patterns look for -------------------------

_UNIT = st.lists(
    st.sampled_from([*"-?[]()*_!<>„“”\"»«‚‘’',.:;#=@/\\` \n", "a", "Wort", "www.", "so", "1"]),
    min_size=1,
    max_size=4,
).map("".join)


def _stages(text: str) -> None:
    """Run the text through each stage of preparing a release (and the whole of it)."""
    for fmt in ("txt", "md"):
        repair.strip_markup(text, fmt)
    repaired = repair.tidy_whitespace(repair.restore_lost_chars(repair.join_soft_hyphens(text)))
    doc = structure.split_document(repaired or "Titel")
    dates.extract_date(doc.title, doc.body)
    spans = quote_marks.find_spans(text)
    quote_marks.mask(text, spans)
    extract_quotes(text, Entities(persons=["Anna Beispiel"], roles={"Anna Beispiel": "Ministerin"}))
    prepare(SourceRecord("r", "r.txt", "r.txt", "txt", text.encode()))


@settings(max_examples=30, deadline=None)
@given(unit=_UNIT, times=st.integers(2_000, 20_000), around=st.sampled_from(["", "A", "Wort\n"]))
def test_every_stage_finishes_on_repetitions(unit, times, around):
    text = around + unit * (times // len(unit)) + around
    with guard():
        _stages(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text("abä", min_size=1, max_size=4), max_size=30),
    st.lists(st.text("abä?", min_size=1, max_size=4).filter(lambda w: "?" in w), max_size=10),
)
def test_holed_words_are_filled_as_before(words, holed_words):
    """Shapes and lengths find the same words as comparing with every word, in the same order."""
    vocabulary = repair._Vocabulary(words)
    for holed in holed_words:
        assert repair._best_fill(holed, vocabulary) == _former_best_fill(holed, Counter(words))
