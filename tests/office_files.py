"""Real small PDF, DOCX and ODT files made in code, for the tests of reading them."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def _name(value: str) -> NameObject:
    return NameObject(value)


def pdf_bytes(pages: list[list[str]], title: str | None = None, password: str = "") -> bytes:
    """Write a PDF whose pages show the given lines top to bottom in Helvetica (WinAnsi); an
    empty line leaves a gap."""
    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        font = DictionaryObject(
            {
                _name("/Type"): _name("/Font"),
                _name("/Subtype"): _name("/Type1"),
                _name("/BaseFont"): _name("/Helvetica"),
                _name("/Encoding"): _name("/WinAnsiEncoding"),
            }
        )
        fonts = DictionaryObject({_name("/F1"): font})
        page[_name("/Resources")] = DictionaryObject({_name("/Font"): fonts})
        ops = []
        for number, line in enumerate(lines):
            if not line:  # an empty line is a gap, as between paragraphs
                continue
            text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 10 Tf 50 {800 - 14 * number} Td ({text}) Tj ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page.replace_contents(stream)
    if title:
        writer.add_metadata({"/Title": title})
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(title: str | None, heading: str, paragraphs: list[str]) -> bytes:
    """Write a DOCX with a running header, a heading and body paragraphs."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.sections[0].header.paragraphs[0].text = "Kopfzeile: Stadt Musterstadt"
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odt_bytes(title: str | None, heading: str, paragraphs: list[str]) -> bytes:
    """Write a minimal ODT: mimetype, content.xml with a heading and paragraphs, meta.xml."""
    body = f'<text:h text:outline-level="1">{escape(heading)}</text:h>' + "".join(
        f"<text:p>{escape(p).replace('  ', ' <text:s/>')}</text:p>" for p in paragraphs
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    meta_title = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS}>'
        f"<office:meta>{meta_title}</office:meta></office:document-meta>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", content)
        odt.writestr("meta.xml", meta)
    return out.getvalue()
