"""A statement's heading names its speaker (``heading_speakers``), own texts."""

from __future__ import annotations

from indexer.extraction.entities import extract_entities
from indexer.extraction.quotes import extract_quotes
from indexer.model import CleanDocument

STATEMENT = (
    "Erklärung von Landrätin Birte Ohlsen zur Schließung der Kreisklinik\n\n"
    "„Die Entscheidung des Trägers bedauere ich sehr. Wir werden alles tun, damit die "
    "Versorgung der Menschen im Kreis gesichert bleibt.“\n\n"
    "Pressestelle des Kreises\n"
)


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(body, extract_entities(CleanDocument("", body)))]


def test_heading_names_the_speaker() -> None:
    assert speakers(STATEMENT) == ["Birte Ohlsen"]


def test_text_between_heading_and_quote_keeps_it_unattributed() -> None:
    body = STATEMENT.replace("\n\n„Die", "\n\nDer Kreis teilt mit:\n„Die", 1)
    assert speakers(body) == [None]
