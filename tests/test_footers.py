"""Contact blocks that repeat across releases are read once, with the finders' own result."""

from __future__ import annotations

from indexer.extraction.entities import extract_entities
from indexer.extraction.footers import footer_organisations, footer_persons
from indexer.extraction.organisations import find_organisations
from indexer.extraction.persons import extract_persons
from indexer.model import CleanDocument

BLOCK = (
    "Pressekontakt:\nKreisverwaltung Vulkaneifel, Pressestelle\nAnsprechpartnerin: Jana Wiesel\n"
    "Telefon 06592 933-0"
)


def _release(body: str) -> CleanDocument:
    return CleanDocument(title="Neue Radwege", body=body, boilerplate=BLOCK)


def test_a_repeated_block_is_read_once_with_the_finders_result():
    footer_persons.cache_clear()
    footer_organisations.cache_clear()
    first = extract_entities(_release("Der Kreis baut 40 Kilometer Radwege."))
    second = extract_entities(_release("Landrat Uwe Berg eröffnet den Radweg."))
    assert footer_persons.cache_info().hits == 1 and footer_organisations.cache_info().hits == 1
    assert list(footer_persons(BLOCK)) == extract_persons(BLOCK)
    assert list(footer_organisations(BLOCK)) == find_organisations(BLOCK)
    assert "Jana Wiesel" in first.persons and "Jana Wiesel" in second.persons
    assert "Uwe Berg" in second.persons and "Uwe Berg" not in first.persons
