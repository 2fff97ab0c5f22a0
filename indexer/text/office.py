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
# a word broken at a line end: "Integrations-" + "rat"; not "Bundes- und Landesebene"
# "Bundes- und Landesebene": a conjunction after the hyphen means the word was cut on purpose
_GOES_ON = r"(?!(?:und|oder|bzw|sowie|noch|als|wie|bis)\b)[a-zäöüß]"
_BROKEN = re.compile(rf"(\w)-\n(?={_GOES_ON})")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:Seite|S\.|Page)\s*)?\d{1,4}(?:\s*(?:von|/|of)\s*\d{1,4})?[\s\-–—]*$", re.I
)
_DIGITS = re.compile(r"\d+")
EDGE_LINES = 3  # running headers and footers sit among the first and last lines of a page
_CONTINUES = re.compile(_GOES_ON)
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
    pages = [_page_lines(page.extract_text() or "") for page in reader.pages]
    if not any(pages):
        raise OfficeError("PDF ohne Textebene (gescanntes Bild?): Texterkennung (OCR) nötig")
    lines = [line for page in drop_running_lines(pages) for line in page]
    title = _clean_title((reader.metadata or {}).get("/Title"))
    return OfficeText(unwrap(lines), title)


def _page_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the lines that repeat at the top or bottom of most pages."""

    def edges(lines: list[str]) -> set[int]:
        count = len(lines)
        return set(range(min(EDGE_LINES, count))) | set(range(max(0, count - EDGE_LINES), count))

    def shape(line: str) -> str:  # "Seite 2 von 5" and "Seite 3 von 5" repeat as one shape
        return _DIGITS.sub("#", line.casefold())

    seen = Counter(shape(p[i]) for p in pages for i in {shape(p[i]): i for i in edges(p)}.values())
    running = {s for s, n in seen.items() if len(pages) >= 2 and n * 2 > len(pages) and n >= 2}
    kept = []
    for lines in pages:
        at_edge = edges(lines)
        kept.append(
            [
                line
                for i, line in enumerate(lines)
                if not (i in at_edge and (shape(line) in running or _PAGE_NUMBER.match(line)))
            ]
        )
    return kept


def join_lines(before: str, after: str) -> str:
    """Join two wrapped lines of one paragraph, mending a word hyphenated at the break."""
    if len(before) > 1 and before.endswith("-") and before[-2].isalnum():
        if _CONTINUES.match(after):
            return before[:-1] + after  # "Integrations-" + "rat"
        if after[:1].isupper() or after[:1].isdigit():
            return before + after  # "Nordrhein-" + "Westfalen" keeps its hyphen
    return f"{before} {after}"


def unwrap(lines: list[str]) -> str:
    """Rejoin wrapped lines into paragraphs: a line as wide as most goes on in the next one;
    a shorter line (a heading, a paragraph's last line, an address) ends its paragraph."""
    if not lines:
        return ""
    width = statistics.quantiles([len(x) for x in lines], n=5)[-1] if len(lines) > 1 else 0
    paragraphs: list[str] = []
    last = ""  # the last printed line of the paragraph being built
    for line in lines:
        wide = len(last) >= 0.8 * width and not _HEADINGISH.match(last)
        if paragraphs and last and (wide or _CUT.search(last)):
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
