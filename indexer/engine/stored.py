"""The stored fields of an index record read back as a plain ``Release`` (the inverse of
``build.release.to_records``), for the search, the pages and the exports."""

from __future__ import annotations

from indexer.engine import schema as f
from indexer.model import Release


def from_stored(stored: dict) -> Release:
    """Rebuild a release from the stored fields of an index hit."""

    def split(value: str | None) -> list[str]:
        return [v for v in (value or "").split(f.SEP) if v]

    return Release(
        id=stored[f.ID],
        path=stored[f.PATH],
        source=stored.get(f.SOURCE, ""),
        title=stored.get(f.TITLE, ""),
        title_from_text=bool(stored.get(f.TITLE_FROM_TEXT)),
        body=stored.get(f.BODY, ""),
        boilerplate=stored.get(f.BOILERPLATE, ""),
        date=stored.get(f.DATE) or None,
        persons=split(stored.get(f.PERSONS)),
        organisations=split(stored.get(f.ORGANISATIONS)),
        quotes=list(stored.get(f.QUOTES) or []),
        url=stored.get(f.URL),
        origin=stored.get(f.ORIGIN),
        content_hash=stored.get(f.CONTENT_HASH, ""),
        first_indexed=stored.get(f.FIRST_INDEXED),
    )
