"""Markdown, raw HTML and tracking residue in release text, removed in time linear in its length.

The rules are those of plain regular expressions (kept in ``tests/test_hostile_input.py`` as the
former patterns, which the property tests compare with). Where such a pattern scanned from every
candidate start to a closing character that was not there (50 KB of ``[``, `` **a`` repeated,
``www.`` repeated), it is replaced here by a scanner that finds each closing character once, or
by a possessive pattern with the check in a function.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import partial

Substitute = Callable[[str], str]


class _Next:
    """The first position at or after ``x`` of one of some characters, for ``x`` that only grow."""

    def __init__(self, text: str, chars: str) -> None:
        self.text = text
        self.pattern = re.compile(f"[{re.escape(chars)}]")
        self.start = self.found = -1

    def __call__(self, x: int) -> int:
        """Return the position, or ``len(text)`` when there is none."""
        if not self.start <= x <= self.found:
            m = self.pattern.search(self.text, x)
            self.start, self.found = x, m.start() if m else len(self.text)
        return self.found


def _brackets(
    text: str, opener: re.Pattern[str], nonempty: bool, tail: Callable, replace: Callable
) -> str:
    """Replace ``OPENER [^\\]\\n]* ] TAIL`` (the text up to the first ``]`` of the line).

    Every opener before the same ``]`` shares its tail: when the tail fails there, the scan
    goes on after that ``]`` instead of from the next opener. ``tail(q)`` returns where the
    match ends, given the ``]`` at ``q``, or None; ``replace(inner, start, end)`` the new text.
    """
    close = _Next(text, "]\n")
    out: list[str] = []
    pos = i = 0
    while m := opener.search(text, i):
        p = m.end()
        q = close(p)
        if q == len(text) or text[q] == "\n":
            i = q + 1
            continue
        end = tail(q) if q > p or not nonempty else None
        if end is None:
            i = q + 1 if q > p else p
            continue
        out += (text[pos : m.start()], replace(text[p:q], m.start(), end))
        pos = i = end
    return "".join(out) + text[pos:] if out else text


def _paired_tail(text: str, pairs: dict[str, str]) -> Callable[[int], int | None]:
    """A tail ``](…)`` or ``][…]``: an opening character right after ``]`` closed on its line."""
    nexts = {opening: _Next(text, closing + "\n") for opening, closing in pairs.items()}

    def tail(q: int) -> int | None:
        opening = text[q + 1 : q + 2]
        if opening not in nexts:
            return None
        end = nexts[opening](q + 2)
        return end + 1 if end < len(text) and text[end] == pairs[opening] else None

    return tail


def drop_images(text: str) -> str:
    """``![alt](url)`` -> nothing (the former ``(?<!\\\\)!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)``)."""
    tail = _paired_tail(text, {"(": ")"})
    return _brackets(text, _IMAGE, False, tail, lambda inner, start, end: "")


def unlink(text: str) -> str:
    """``[text](url)`` and ``[text][ref]`` -> ``text``."""
    tail = _paired_tail(text, {"(": ")", "[": "]"})
    return _brackets(text, _LINK, True, tail, lambda inner, start, end: inner)


_IMAGE = re.compile(r"(?<!\\)!\[")
_LINK = re.compile(r"(?<!\\)\[")
_URL_START = r"(?:https?://|www\.)"
_URL_RUN = re.compile(rf"{_URL_START}[^\s()<>\]]*+")
_COUNTER = re.compile(r"pmcounter|counter\.(?:cfm|php|aspx?|cgi)|/counter/")
_PREFIX = re.compile(_URL_START)


def _is_counter(url: str) -> bool:
    """Tell whether a URL (from its ``http(s)://`` or ``www.``) is a hit counter."""
    return _COUNTER.search(url, _PREFIX.match(url).end()) is not None


def drop_counters(text: str) -> str:
    """Hit counter URLs (pressrelations' pmcounter and the like) -> nothing.

    A counter URL runs to the end of its run of URL characters, so the run is taken whole
    (possessive) and checked for a counter word after its start; a later ``www.`` in the same
    run could only see less of it."""
    text = _brackets(text, _BANG_LINK, False, partial(_counter_link, text), _nothing)
    return _URL_RUN.sub(lambda m: "" if _is_counter(m[0]) else m[0], text)


_BANG_LINK = re.compile(r"!?\[")
_LINK_URL = re.compile(rf"\]\(\s*+({_URL_START}[^\s()<>\]]*+)\s*+\)")


def _counter_link(text: str, q: int) -> int | None:
    """A tail ``](counter-url)``: where it ends, or None."""
    m = _LINK_URL.match(text, q)
    return m.end() if m and _is_counter(m[1]) else None


def _nothing(inner: str, start: int, end: int) -> str:
    return ""


_PIXEL_OPEN = re.compile(r"<img\b", re.I)
_PIXEL_SIZE = re.compile(r"\b(?:width|height)\s*+=\s*+[\"']?1(?=[\"'\s/>])", re.I)


def drop_pixels(text: str) -> str:
    """``<img … width=1 …>`` tracking pixels -> nothing (up to the first ``>``).

    Every ``<img`` before the same ``>`` looks for the size in a part of one stretch: the last
    size in that stretch is found once."""
    close = _Next(text, ">")
    last: dict[int, int] = {}  # a ">" -> where the last size before it starts (-1: none)
    out: list[str] = []
    pos = i = 0
    while m := _PIXEL_OPEN.search(text, i):
        gt = close(m.end())
        if gt == len(text):
            break
        if gt not in last:
            sizes = list(_PIXEL_SIZE.finditer(text, m.end(), gt + 1))
            last[gt] = sizes[-1].start() if sizes else -1
        if last[gt] < m.end():
            i = m.start() + 1
            continue
        out.append(text[pos : m.start()])
        pos = i = gt + 1
    return "".join(out) + text[pos:] if out else text


_BLOCK_OPEN = re.compile(r"<(script|style|noscript)\b", re.I)


def drop_blocks(text: str) -> str:
    """``<script>…</script>`` (and style, noscript) -> nothing, across lines.

    The first closing tag after an opening one ends it; once a tag has no closing tag left,
    no later opening tag of it is looked at again."""
    closed: dict[str, re.Pattern[str] | None] = {}
    out: list[str] = []
    pos = i = 0
    while m := _BLOCK_OPEN.search(text, i):
        tag = m[1].lower()
        if tag not in closed:
            closed[tag] = re.compile(rf"</{tag}\s*+>", re.I)
        end = closed[tag].search(text, m.end()) if closed[tag] else None
        if end is None:
            closed[tag] = None
            i = m.start() + 1
            continue
        out.append(text[pos : m.start()])
        pos = i = end.end()
    return "".join(out) + text[pos:] if out else text


_AUTOLINK = re.compile(r"<(?:mailto:)?+([^<>\s]++)>")


def unwrap_autolinks(text: str) -> str:
    """``<https://…>`` and ``<name@host>`` -> the address (``mailto:`` dropped)."""
    return _AUTOLINK.sub(_autolink, text)


_WEB = re.compile(r"(?:https?|ftp)://.")


def _autolink(m: re.Match[str]) -> str:
    """The address, as ``<(?:mailto:)?([^<>\\s]+@[^<>\\s]+|(?:https?|ftp)://[^<>\\s]+)>`` read."""
    whole = m[0][1:-1]
    for inner in (m[1], whole) if len(m[1]) < len(whole) else (whole,):
        if "@" in inner[1:-1] or _WEB.match(inner):
            return inner
    return m[0]


_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*))?$", re.M)


def unhead(text: str) -> str:
    """``## Heading ##`` -> ``Heading``: the text without a closing run of ``#`` and blanks."""
    return _HEADING.sub(_heading, text)


def _heading(m: re.Match[str]) -> str:
    content = (m[1] or "").rstrip(" \t")
    bare = content.rstrip("#")
    if bare != content and bare[-1:] in (" ", "\t"):  # a closing run needs a blank before it
        return bare.rstrip(" \t")
    return content


def _emphasis(text: str, opener: re.Pattern[str], closer: re.Pattern[str], width: int) -> str:
    """Replace ``OPEN text CLOSE`` by the text: each opener takes the first closer on its line.

    Where a closer may stand does not depend on the opener, so they are listed once and each
    opener looks its closer up (the former lazy ``(.+?)`` scanned the line from every opener)."""
    closers: dict[str, list[int]] = {}
    for m in closer.finditer(text):
        closers.setdefault(m[1], []).append(m.start())
    if not closers:
        return text
    line_end = _Next(text, "\n")
    out: list[str] = []
    pos = i = 0
    while m := opener.search(text, i):
        p = m.start()
        at = closers.get(m[1], [])
        k = bisect_left(at, p + width + 1)
        if k == len(at) or at[k] > line_end(p):
            i = p + 1
            continue
        out += (text[pos:p], text[p + width : at[k]])
        pos = i = at[k] + width
    return "".join(out) + text[pos:] if out else text


_BOLD_OPEN = re.compile(r"(?<![\w*\\])(\*\*|__)(?=\S)")
_BOLD_CLOSE = re.compile(r"(?<=[^\s\\])(?=(\*\*|__)(?![\w*]))")
# single * or _ never opens after a letter: Bürger*innen and snake_case stay intact
_ITALIC_OPEN = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])")
_ITALIC_CLOSE = re.compile(r"(?<=[^\s*_\\])(?=([*_])(?![\w*]))")


def _regex(pattern: str, replacement: str, flags: int = 0) -> Substitute:
    return partial(re.compile(pattern, flags).sub, replacement)


# Each step with the characters it cannot match without (most texts skip most steps).
TRACKING: tuple[tuple[str, Substitute], ...] = (
    ("counter", drop_counters),
    ("<", drop_pixels),
    (
        ">",  # attribute residue of a tag; each attribute taken atomically
        _regex(
            r"^[ \t]*+(?>[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]++)[ \t]*+)++/?>[ \t]*$", "", re.M
        ),
    ),
)
MARKDOWN: tuple[tuple[tuple[str, ...], Substitute], ...] = (
    # raw HTML in md, then link reference definitions
    (("<",), drop_blocks),
    (("[",), _regex(r"^[ \t]*+\[[^\]\n]++\]:[ \t]*+\S.*$", "", re.M)),
    (("![",), drop_images),
    (("[",), unlink),
    (("<",), unwrap_autolinks),
    (("<",), _regex(r"<br\s*+/?>", "\n", re.I)),
    (
        ("<",),
        _regex(r"</?(?:a|b|i|u|em|strong|span|font|small|sup|sub|div|p|img)\b[^<>]*+>", "", re.I),
    ),
    (("#",), unhead),
    (
        ("---", "===", "***", "___"),
        _regex(r"^[ \t]*+(?:={3,}+|-{3,}+|\*{3,}+|_{3,}+)[ \t]*$", "", re.M),
    ),
    ((">",), _regex(r"^[ \t]*(?:>[ \t]?)+", "", re.M)),
    (("**", "__"), partial(_emphasis, opener=_BOLD_OPEN, closer=_BOLD_CLOSE, width=2)),
    (("*", "_"), partial(_emphasis, opener=_ITALIC_OPEN, closer=_ITALIC_CLOSE, width=1)),
    (("`",), _regex(r"`([^`\n]+)`", r"\1")),
    (("\\",), _regex(r"\\+([\\`*_{}\[\]()#+\-.!|<>~])", r"\1")),
)
