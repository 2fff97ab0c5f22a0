"""Person and organisation pages, HTML and JSON, on the seed index."""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote as _quote

import pytest

from indexer.extraction.names import name_key
from indexer.search.entity_pages import choose_person, organisation_page, person_page

KAYKIN = "Zülfiye Kaykin"
MAIS = "Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen"


def quote(text: str) -> str:
    """Quote a name the way Flask puts it into a path."""
    return _quote(text, safe="!$&'()*+,/:;=@")


KEYS = ["name", "variants", "roles", "documents", "years", "quotes", "organisations"]


def test_person_api_has_the_contract_shape_and_agrees_with_the_search(client):
    got = client.get("/api/persons/Zülfiye Kaykin")
    assert got.status_code == 200
    data = got.get_json()
    assert list(data)[: len(KEYS)] == KEYS
    assert data["name"] == KAYKIN and KAYKIN in data["variants"]
    assert "Staatssekretärin" in data["roles"]
    searched = client.get("/api/search", query_string={"person": KAYKIN}).get_json()
    assert data["documents"] == searched["total"] == 4
    quotes = client.get("/api/quotes", query_string={"speaker": KAYKIN}).get_json()
    assert data["quotes"] == quotes["total"] > 0
    assert sum(y["count"] for y in data["years"]) <= data["documents"]
    assert all(set(o) == {"value", "count"} for o in data["organisations"])
    assert data["organisations"][0] == {"value": MAIS, "count": 4}
    dates = [r["date"] for r in data["releases"] if r["date"] and r["date"][0] != "-"]
    assert dates == sorted(dates, reverse=True) and len(data["releases"]) == 4
    quote_dates = [q["date"] for q in data["quote_list"] if q["date"] and q["date"][0] != "-"]
    assert quote_dates == sorted(quote_dates, reverse=True)


@pytest.mark.parametrize(
    "spelling", ["Kaykin", "kaykın", "ZÜLFIYE KAYKIN", "Zülfiye Kaykın"], ids=str.casefold
)
def test_any_spelling_or_the_surname_finds_the_person(client, spelling):
    data = client.get(f"/api/persons/{quote(spelling)}").get_json()
    assert data["name"] == KAYKIN and data["documents"] == 4


def test_organisation_api_by_name_variant_or_acronym(client):
    full = client.get(f"/api/organisations/{quote(MAIS)}").get_json()
    assert full["name"] == MAIS and "persons" in full and "organisations" not in full
    assert {"value": KAYKIN, "count": 4} in full["persons"]
    assert (
        full["documents"]
        == client.get("/api/search", query_string={"organisation": MAIS}).get_json()["total"]
    )
    assert full["quotes"] >= 10  # the quotes in its releases
    for other in ("MAIS", "Ministerium für Arbeit, Integration und Soziales"):
        assert client.get(f"/api/organisations/{quote(other)}").get_json()["name"] == MAIS


@pytest.mark.parametrize(
    "url",
    ["/api/persons/Niemand%20Unbekannt", "/api/organisations/Gibt%20es%20nicht", "/api/persons/-"],
)
def test_unknown_names_are_json_404(client, url):
    got = client.get(url)
    assert got.status_code == 404
    data = got.get_json()
    assert set(data) == {"error", "status"} and data["status"] == 404
    assert "Index" in data["error"] or "gibt es nicht" in data["error"]


def test_unknown_name_page_is_a_german_404(client):
    got = client.get("/personen/Niemand%20Unbekannt")
    assert got.status_code == 404 and "keiner Pressemitteilung" in got.text
    got = client.get("/organisationen/" + "x" * 5000)
    assert got.status_code == 404 and "<html" in got.text


def test_person_page_lists_releases_quotes_and_links_on(client):
    page = client.get("/personen/Kaykin")
    assert page.status_code == 200
    html = page.text
    assert f"<h1>{KAYKIN}</h1>" in html and "Staatssekretärin" in html
    assert html.count('href="/dokument/') >= 4
    assert f'href="/organisationen/{quote(MAIS)}"' in html
    assert "/zitate?speaker=" in html and "/?person=" in html


def test_organisation_page_lists_its_people(client):
    html = client.get("/organisationen/MAIS").text
    assert f"<h1>{MAIS}</h1>" in html and f'href="/personen/{quote(KAYKIN)}"' in html


def test_facets_release_page_and_quote_speakers_link_to_the_pages(client, engine):
    person_link = f'href="/personen/{quote(KAYKIN)}"'
    assert person_link in client.get("/?q=Kaykin").text  # the facet value
    assert f'href="/organisationen/{quote(MAIS)}"' in client.get("/?q=Kaykin").text
    doc_id = person_page(engine, "Kaykin").releases[0].id
    release = client.get(f"/dokument/{doc_id}").text
    assert release.count(person_link) >= 2  # the person list and a quote's speaker
    assert person_link in client.get("/zitate?speaker=Kaykin").text


def test_core_pages_are_plain_data(engine):
    page = organisation_page(engine, "MAIS")
    assert page.name == MAIS and page.related_name == "persons"
    assert person_page(engine, "") is None and organisation_page(engine, "   ") is None


def test_openapi_describes_the_pages(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert "/api/persons/{name}" in paths and "/api/organisations/{name}" in paths


@pytest.mark.parametrize(
    ("asked", "chosen"),
    [
        ("Merkel", "Angela Merkel"),  # a bare surname value loses to the full name
        ("Angela Merkel", "Angela Merkel"),
        ("Schneider", "Guntram Schneider"),  # the surname named in most releases
        ("Anna Schneider", "Anna Schneider"),
        ("Solo", "Solo"),  # only ever named by the surname
        ("Niemand", None),
    ],
)
def test_choose_person(asked, chosen):
    counts = Counter(
        {"Merkel": 9, "Angela Merkel": 5, "Guntram Schneider": 3, "Anna Schneider": 1, "Solo": 2}
    )
    assert choose_person(counts, name_key(asked)) == chosen
