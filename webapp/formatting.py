"""Template filters: German dates and text that is safe inside XML."""

from __future__ import annotations

import re

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def datum(date: str | None) -> str:
    """Show an ISO date the German way; ``--MM-DD`` has no known year."""
    if not date:
        return "ohne Datum"
    if date.startswith("--") and len(date) == 7:
        return f"{date[5:7]}.{date[2:4]}. (Jahr unbekannt)"
    if len(date) == 10 and date[4] == "-" and date[7] == "-":
        return f"{date[8:10]}.{date[5:7]}.{date[0:4]}"
    return date


def xmltext(text: str | None) -> str:
    """Drop the characters XML 1.0 does not allow (the template escapes the rest)."""
    return _XML_INVALID.sub("", text or "")
