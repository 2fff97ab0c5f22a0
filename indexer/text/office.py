"""PDF, DOCX and ODT releases as plain text: reading order, joined hyphenation, no page furniture.

Each reader returns an ``OfficeText`` (the text and a title, if the document names one); a file
that cannot give text (a scan without a text layer, a password, a broken file) raises
``OfficeError`` with a German reason, which the build names in its report.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import zipfile
from collections import Counter
from dataclasses import dataclass
from xml.etree import ElementTree

from indexer.text.repair import UndecodableError

FORMATS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt"}
# "Bundes- und Landesebene": a conjunction after the hyphen means the word was cut on purpose;
# "Bernhard-" + "von-Lindenau-Platz": a hyphen chain goes on, so the break was at a real hyphen
_CONJUNCTION = r"(?:und|oder|bzw|sowie|noch|als|wie|bis)\b"
_CHAIN_ON = r"[^\s-]*-"
_GOES_ON = rf"(?!{_CONJUNCTION})(?!{_CHAIN_ON})(?=[^\W\d_A-ZÄÖÜ])"
_BROKEN = re.compile(rf"([^\W\d_])-\n{_GOES_ON}")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:Seite|S\.|Page)\s*)?\d{1,4}(?:\s*(?:von|/|of)\s*\d{1,4})?[\s\-–—]*$", re.I
)
_DIGITS = re.compile(r"\d+")
EDGE_LINES = 3  # running headers and footers sit among the first and last lines of a page
_CONTINUES = re.compile(_GOES_ON)
_KEPT_APART = re.compile(_CONJUNCTION)
_CUT = re.compile(r"[^\W\d_]-$")  # a line ending in a hyphenated word goes on in the next
_HEADINGISH = re.compile(r"^(?:Pressemitteilung|Presseinformation|Pressekontakt|Kontakt)\b")


class OfficeError(UndecodableError):
    """A PDF, DOCX or ODT file that gives no text; the message says why, in German."""


@dataclass(frozen=True)
class OfficeText:
    """The text of a document file and its title, if the document names one."""

    text: str
    title: str | None = None


def read_office(data: bytes, fmt: str) -> OfficeText:
    """Return the text of a PDF, DOCX or ODT file; raise ``OfficeError`` if it gives none."""
    reader = {"pdf": read_pdf, "docx": read_docx, "odt": read_odt}[fmt]
    try:
        found = reader(data)
    except OfficeError:
        raise
    except Exception as exc:  # the parsers raise many kinds; any of them means a broken file
        raise OfficeError(
            f"{fmt.upper()}-Datei beschädigt oder nicht lesbar ({_short(exc)})"
        ) from exc
    if not found.text.strip():
        raise OfficeError(f"{fmt.upper()}-Datei ohne Text")
    return found


def _short(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:150]


def join_hyphenated(text: str) -> str:
    """Join words hyphenated across a line break when the next part goes on in lower case."""
    return _BROKEN.sub(r"\1", text)


def _clean_title(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


# ---- PDF -------------------------------------------------------------------------------------


def read_pdf(data: bytes) -> OfficeText:
    """Read the text layer of a PDF page by page, without running headers, footers, numbers."""
    from pypdf import PdfReader  # imported here: only builds that meet a PDF pay for it

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not our report
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:  # many press PDFs are "encrypted" only against editing: the empty password opens them
            opened = reader.decrypt("")
        except Exception as exc:
            raise OfficeError(f"verschlüsselte PDF-Datei, nicht zu öffnen ({_short(exc)})") from exc
        if not opened:
            raise OfficeError("verschlüsselte PDF-Datei: nur mit Kennwort lesbar")
    pages = [_page_lines(page) for page in reader.pages]
    if not any(pages):
        raise OfficeError("PDF ohne Textebene (gescanntes Bild?): Texterkennung (OCR) nötig")
    keep = running_mask([[text for text, _ in page] for page in pages])
    placed = [
        [line for line, wanted in zip(page, kept, strict=True) if wanted]
        for page, kept in zip(pages, keep, strict=True)
    ]
    steps = [[_step(a, b) for a, b in zip(page, page[1:], strict=False)] for page in placed]
    # the line spacing inside paragraphs: the step seen most often in the document (a page of
    # one-line paragraphs has only wide steps, so a page's own median would miss them)
    seen = Counter(round(x * 2) / 2 for page in steps for x in page if x)
    usual = min(seen, key=lambda x: (-seen[x], x)) if seen else 0
    lines: list[str] = []
    starts: set[int] = set()  # the lines after a wider gap than the usual line spacing
    for page, gaps in zip(placed, steps, strict=True):
        for number, (text, _) in enumerate(page):
            if number and usual and (gaps[number - 1] or 0) > PARAGRAPH_GAP * usual:
                starts.add(len(lines))
            lines.append(text)
    title = _clean_title((reader.metadata or {}).get("/Title"))
    return OfficeText(unwrap(lines, starts), title)


PARAGRAPH_GAP = 1.4  # a line this many usual line spacings below the last starts a paragraph
Placed = tuple[str, float | None]  # a line of a page and its height on the page, if known


def _page_lines(page) -> list[Placed]:
    """Return a page's lines in the text layer's reading order, each with its height."""
    chunks: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size) -> None:  # where pypdf puts each run of text
        chunks.append((text, tm[5] * cm[3] + cm[5]))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(chunk for chunk, _ in chunks) != text:  # the heights cannot be matched up
        chunks = [(text, None)]
    lines: list[list] = [["", None]]
    for chunk, height in chunks:
        for number, part in enumerate(chunk.split("\n")):
            if number:
                lines.append(["", None])
            if part.strip() and lines[-1][1] is None:
                lines[-1][1] = height
            lines[-1][0] += part
    return [(" ".join(line.split()), height) for line, height in lines if line.strip()]


def _step(above: Placed, below: Placed) -> float | None:
    """How far below the line ``above`` the next line sits, when both heights are known."""
    if above[1] is None or below[1] is None or above[1] <= below[1]:
        return None
    return above[1] - below[1]


def running_mask(pages: list[list[str]]) -> list[list[bool]]:
    """Mark the lines to keep: not page numbers, nor lines that repeat at the top or bottom of
    most pages."""

    def edges(lines: list[str]) -> set[int]:
        count = len(lines)
        return set(range(min(EDGE_LINES, count))) | set(range(max(0, count - EDGE_LINES), count))

    def shape(line: str) -> str:  # "Seite 2 von 5" and "Seite 3 von 5" repeat as one shape
        return _DIGITS.sub("#", line.casefold())

    seen = Counter(shape(p[i]) for p in pages for i in {shape(p[i]): i for i in edges(p)}.values())
    running = {s for s, n in seen.items() if len(pages) >= 2 and n * 2 > len(pages) and n >= 2}
    return [
        [
            not (i in edges(lines) and (shape(line) in running or _PAGE_NUMBER.match(line)))
            for i, line in enumerate(lines)
        ]
        for lines in pages
    ]


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the lines that repeat at the top or bottom of most pages."""
    return [
        [line for line, kept in zip(lines, mask, strict=True) if kept]
        for lines, mask in zip(pages, running_mask(pages), strict=True)
    ]


def join_lines(before: str, after: str) -> str:
    """Join two wrapped lines of one paragraph, mending a word hyphenated at the break."""
    if len(before) > 1 and before.endswith("-") and before[-2].isalnum():
        if _CONTINUES.match(after) and after[0].islower():
            return before[:-1] + after  # "Integrations-" + "rat"
        if after[:1].isalnum() and not _KEPT_APART.match(after):
            return before + after  # "Nordrhein-" + "Westfalen" keeps its hyphen
    return f"{before} {after}"


def unwrap(lines: list[str], starts: set[int] | frozenset[int] = frozenset()) -> str:
    """Rejoin wrapped lines into paragraphs: a line as wide as most goes on in the next one;
    a shorter line (a heading, a paragraph's last line, an address) ends its paragraph, and so
    does the line before each of ``starts`` (the lines set off by a wider gap)."""
    if not lines:
        return ""
    width = statistics.quantiles([len(x) for x in lines], n=5)[-1] if len(lines) > 1 else 0
    paragraphs: list[str] = []
    last = ""  # the last printed line of the paragraph being built
    for number, line in enumerate(lines):
        wide = len(last) >= 0.8 * width and not _HEADINGISH.match(last)
        if paragraphs and last and number not in starts and (wide or _CUT.search(last)):
            paragraphs[-1] = join_lines(paragraphs[-1], line)
        else:
            paragraphs.append(line)
        last = line
    return "\n".join(paragraphs)


# ---- DOCX ------------------------------------------------------------------------------------

_HEADING_STYLES = ("title", "titel", "heading", "überschrift")


def read_docx(data: bytes) -> OfficeText:
    """Read the paragraphs and table cells of a DOCX body in order (headers and footers are
    separate parts of the file and stay out)."""
    import docx  # imported here: only builds that meet a DOCX pay for it
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    lines, heading = [], None
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())
                if cells:
                    lines.append(" | ".join(cells))
            continue
        text = block.text.strip()
        style = (block.style.name if block.style is not None else "").casefold()
        if text and heading is None and style.startswith(_HEADING_STYLES):
            heading = text
        lines.append(text)
    title = _clean_title(document.core_properties.title) or _clean_title(heading)
    return OfficeText(join_hyphenated("\n".join(lines)), title)


# ---- ODT -------------------------------------------------------------------------------------

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_BLOCKS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_SKIPPED = {f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes"}
MAX_XML_BYTES = 50_000_000  # content.xml unpacked: a zip bomb stops here


def read_odt(data: bytes) -> OfficeText:
    """Read the paragraphs and headings of an ODT body in order (page styles stay out)."""
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        names = set(odt.namelist())
        if "content.xml" not in names:
            raise OfficeError("ODT-Datei ohne content.xml: beschädigt oder kein Textdokument")
        body = ElementTree.fromstring(_member(odt, "content.xml"))
        meta = ElementTree.fromstring(_member(odt, "meta.xml")) if "meta.xml" in names else None
    lines, heading = [], None
    for element in _blocks(body):
        text = " ".join(_odt_text(element).split(" ")).strip()
        if text and heading is None and element.tag == f"{{{_TEXT}}}h":
            heading = text
        lines.append(text)
    title = meta.find(f".//{{{_DC}}}title") if meta is not None else None
    found = _clean_title(title.text if title is not None else None) or _clean_title(heading)
    return OfficeText(join_hyphenated("\n".join(lines)), found)


def _member(odt: zipfile.ZipFile, name: str) -> bytes:
    if odt.getinfo(name).file_size > MAX_XML_BYTES:
        raise OfficeError(f"ODT-Datei: {name} entpackt größer als {MAX_XML_BYTES} Bytes")
    return odt.read(name)


def _blocks(element):
    """Yield the outermost paragraphs and headings under ``element`` in document order."""
    for child in element:
        if child.tag in _BLOCKS:
            yield child
        elif child.tag not in _SKIPPED:
            yield from _blocks(child)


def _odt_text(element) -> str:
    """Return a paragraph's text with ODF's space, tab and line-break elements spelled out."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
        elif tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED:
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
