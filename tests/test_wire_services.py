"""Wire services are no facet values; names that open with a word of one are (own sentences)."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities, is_wire_service
from indexer.model import CleanDocument

SERVICES = ["ots", "dpa", "dpa-AFX", "Reuters", "news aktuell", "News Aktuell GmbH"]
NAMES = ["News Corp", "Aktuell Verlag GmbH", "Polizei Hamburg"]


@pytest.mark.parametrize("name", SERVICES)
def test_services(name: str) -> None:
    assert is_wire_service(name)


@pytest.mark.parametrize("name", NAMES)
def test_names_opened_by_a_word_of_a_service(name: str) -> None:
    assert not is_wire_service(name)


def test_a_medium_named_news_is_an_organisation() -> None:
    text = "Der Medienkonzern News Corp übernahm die Zeitung. Die Aktuell Verlag GmbH widersprach."
    orgs = extract_entities(CleanDocument("", text)).organisations
    assert "News Corp" in orgs and "Aktuell Verlag GmbH" in orgs


def test_the_distributor_of_a_footer_stays_out() -> None:
    footer = "Original-Content von: Polizei Quellbrück, übermittelt durch news aktuell"
    text = f"Der Einsatz dauerte zwei Stunden.\n\n{footer}"
    orgs = extract_entities(CleanDocument("", text)).organisations
    assert orgs == ["Polizei Quellbrück"]
