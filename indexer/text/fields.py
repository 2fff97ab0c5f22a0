"""The short text fields of a release (title, url, source, date, file names): one repair for all.

Whatever the input format, a field is repaired as release text is (mojibake, NFC, invisible
characters), then made one harmless line: no control characters, no bidi overrides or isolates
(which turn a title around on screen), no lone surrogates (which no page or feed can encode),
blanks collapsed. A title is shortened as titles taken from the text are; other fields have a
length limit, over which the record is skipped with a reason.
"""

from __future__ import annotations

import re

from indexer.text.repair import fix_encoding

MAX_TITLE = 300
LIMITS = {"url": 2000, "source": 300, "date": 100}
# C0 and C1 controls, bidi embeddings/overrides (U+202A-202E) and isolates (U+2066-2069),
# surrogates (only a lone one can be in a str read from JSON)
UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean_field(value: str) -> str:
    """Repair a metadata value and make it one line without invisible or unsafe characters."""
    value = UNSAFE.sub("", " ".join(value.split()))  # line breaks and tabs become blanks first
    return " ".join(fix_encoding(value).split())


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    """Cut an over-long title at the last blank before ``limit`` and mark the cut with `` …``."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def check_fields(values: dict[str, object]) -> tuple[dict[str, str], str | None]:
    """Clean the metadata fields of a record; return them, or a German reason to skip it."""
    meta: dict[str, str] = {}
    for key, raw in values.items():
        if not raw:  # as before: a missing, empty, 0 or null field is no field
            continue
        value = clean_field(str(raw))
        if key == "title":
            value = shorten(value)
        elif len(value) > LIMITS.get(key, MAX_TITLE):
            limit = LIMITS.get(key, MAX_TITLE)
            return {}, f"Feld '{key}' zu lang: {len(value)} Zeichen (Grenze {limit})"
        if value:
            meta[key] = value
    return meta, None


def safe_name(name: str) -> str:
    """Show control characters and bidi overrides of a file name as escapes (``\\u202e``)."""
    return UNSAFE.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode(), name)
