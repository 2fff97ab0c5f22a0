"""Split a repaired release into title, body and the contact/footer boilerplate."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.model import CleanDocument
from indexer.text.fields import MAX_TITLE, shorten
from indexer.text.repair import decode_bytes, repair_text

__all__ = ["MAX_TITLE", "clean_document", "split_document"]

_FOOTER_KEYWORD = re.compile(
    r"^(?:Pressekontakt|Firmenkontakt|Medienkontakt|Kontakt|Bürgeranfragen|Pressestelle"
    r"|Ansprechpartner(?:in|innen)?|Herausgeber(?:in)?)\b(?P<rest>.*)$"
)
_FOOTER_ALWAYS = re.compile(r"^(?:V\.\s?i\.\s?S\.\s?d\.\s?P\.|Weitere Informationen finden sich\b)")
# "Über die Stadtwerke Musterstadt", "Über uns": names only, unlike "Über 90 Prozent glauben"
_ABOUT = re.compile(
    r"^Über (?:uns|(?:(?:der|die|das|den|dem|des|und|für|von|im|in|&|e\.\s?V\.|[A-ZÄÖÜ][\w.&'-]*)"
    r"(?: |(?=:?$)))+):?$"
)
_SENTENCE_END = re.compile(r"[.!?;,„“”\"»«]$")
_POSTCODE = re.compile(r"^(?:D-)?\d{5}\s+[A-ZÄÖÜ][\w .()/-]{1,40}$")
# the name's runs are possessive: a run given back could only end before a letter or hyphen,
# where no number can start (``Wort`` and 150 hyphens took 18 s to fail)
_STREET = re.compile(
    r"^[A-ZÄÖÜ][\w.'-]*+(?:[ -][\w.'-]++){0,4}\s+\d{1,4}\s?[a-z]?(?:\s?[-–]\s?\d{1,4})?$"
)
_CONTACT = re.compile(
    r"""^(?:
      (?:Deutschland|Germany|Postfach\s+[\d ]+)
    | (?:Tel|Telefon|Telefax|Fax|Mobil|Handy|E-?Mail|Mail|URL|Internet|Web|Homepage)
      (?:\.\s*:?|\s*:|\s+(?=[\d(+]))\s*.{0,100}
    | (?:https?://|www\.)\S+
    | [\w.+-]+\s*(?:@|\[at\]|\(at\))\s*[\w-]+(?:\.[\w-]+)+
    | (?:[\w-]+\.)+(?:de|com|org|net|eu|info|nrw|berlin)(?:/\S*)?
    | \(?(?:Foto|Fotos|Bild|Bildquelle|Bildnachweis|Quelle|Copyright|©)\b\s*:?.{0,150}
    )$""",
    re.X,
)
_NON_WORD = re.compile(r"\W+")
_BLANKS = re.compile(r"\n{3,}")
# a leading "Pressemitteilung Nr. 12/2024" label is not the title; it stays in the body
_LABEL = re.compile(
    r"^(?:Presse(?:mitteilung|information|meldung)|Medieninformation)\b"
    r"(?:\W*+(?:(?:Nr|vom)\W*+)?\d.*)?$",
    re.I,
)
_H1 = re.compile(r"<h1\b", re.I)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
_MARKUP = re.compile(r"^#*\s*[*_]{0,2}(?=\S)|(?<=\S)[*_]{1,2}$")


def split_document(text: str) -> CleanDocument:
    """Split repaired text into title (first line), body, and the trailing contact boilerplate."""
    lines = text.strip().split("\n")
    top = next((i for i, line in enumerate(lines[:5]) if line and not _LABEL.match(line)), 0)
    first = _MARKUP.sub("", lines[top]).strip()
    short = len(first) <= MAX_TITLE
    if short:
        title, rest = first, lines[:top] + lines[top + 1 :]
    else:
        title, rest = shorten(first), lines
    cut = _footer_start(rest)
    cut = _sender_start(rest, cut)
    body = _drop_title_repeats(rest[:cut], title)
    return CleanDocument(title, _join(body), _join(rest[cut:]), title_in_body=not short)


def _is_footer_start(line: str) -> bool:
    """Tell whether ``line`` opens a contact, about-us or imprint block."""
    if _FOOTER_ALWAYS.match(line):
        return True
    keyword = _FOOTER_KEYWORD.match(line)
    if keyword:
        rest = keyword["rest"].strip()
        return rest.startswith(":") or (len(line) <= 60 and not _SENTENCE_END.search(line))
    return len(line) <= 80 and bool(_ABOUT.match(line))


def _is_prose(line: str) -> bool:
    """Tell whether ``line`` reads like a sentence of release text rather than a heading."""
    return len(line) >= 60 or (len(line.split()) >= 4 and line[-1] in '.!?“”"')


def _footer_start(lines: list[str]) -> int:
    """Return the index of the first footer heading after a prose paragraph, else len(lines)."""
    seen_body = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if seen_body and _is_footer_start(stripped):
            return index
        seen_body = seen_body or _is_prose(stripped)  # a "Pressestelle" byline on top stays
    return len(lines)


def _is_name_line(line: str) -> bool:
    """Tell whether ``line`` could be an organisation's name heading its address."""
    return (
        0 < len(line) <= 120
        and len(line.split()) <= 15
        and not _SENTENCE_END.search(line)
        and not any(q in line for q in '„“"»')
    )


def _sender_start(lines: list[str], end: int) -> int:
    """Walk back from ``end`` over the sender's address, phone, web and photo-credit lines."""
    index, names_allowed = end, 0
    while index > 0:
        line = lines[index - 1].strip()
        if _POSTCODE.match(line) or _STREET.match(line):
            names_allowed = 2  # the organisation's name may sit directly above its address
        elif not line or _CONTACT.match(line):
            names_allowed = 0
        elif names_allowed and _is_name_line(line):
            names_allowed -= 1
        else:
            break
        index -= 1
    while index < end and not lines[index].strip():
        index += 1
    return index


def _drop_title_repeats(lines: list[str], title: str) -> list[str]:
    """Drop lines near the top of the body that merely repeat the title."""
    key = _NON_WORD.sub("", title).casefold()
    top = [i for i, line in enumerate(lines) if line.strip()][:3]
    repeats = {i for i in top if key and _NON_WORD.sub("", lines[i]).casefold() == key}
    return [line for i, line in enumerate(lines) if i not in repeats]


def _join(lines: list[str]) -> str:
    """Join lines, keeping at most one blank line between blocks."""
    text = "\n".join(line.strip() for line in lines)
    return (_BLANKS.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def clean_document(data: bytes | str, fmt: str = "txt") -> CleanDocument:
    """Decode, repair and split one release file; raise UndecodableError for binary data."""
    text = decode_bytes(bytes(data)) if isinstance(data, bytes | bytearray) else data
    doc = split_document(repair_text(text, fmt))
    return replace(doc, heading=_has_heading(text, fmt))


def _has_heading(text: str, fmt: str) -> bool:
    """Tell whether the author marked a title: an <h1> in HTML, a `#` heading on top of
    markdown or text (the repair strips both markups)."""
    if fmt.lower().lstrip(".") in ("html", "htm"):
        return bool(_H1.search(text))
    first = next((line for line in text.lstrip().split("\n", 5)[:5] if not _LABEL.match(line)), "")
    return bool(_MD_HEADING.match(first))
