"""Searching inside a facet: every value, narrowed by the start of any of its words (folded),
counted over what the search finds; through the JSON API and the page ``/facetten/<facet>``."""

from __future__ import annotations

import json

import pytest

from indexer.build.indexing import index_corpus
from indexer.search.facets import FACET_CAP
from webapp import ENGINE, create_app

SURNAMES = [
    "Abendroth", "Brenneke", "Castorf", "Dreesen", "Ebeling", "Fahrenholz", "Gerstner",
    "Hollmann", "Imhoff", "Jankowski", "Kettler", "Lindemann", "Mertens", "Nolting",
    "Oberdorf", "Pfeiffer", "Quandt", "Rasmussen", "Sattler", "Tiedemann", "Uhlig", "Vogler",
    "Wendland", "Zimmermann", "Öztürk",
]  # fmt: skip


def record(n: int, surname: str) -> dict:
    year = 2010 + n % 3
    return {
        "id": f"m{n}",
        "title": f"Mitteilung {n}",
        "date": f"{year}-03-{n % 28 + 1:02d}",
        "text": f"Düsseldorf. Ministerin Karla {surname} sagte: „Wir fördern die Vielfalt "
        f"in Nordrhein-Westfalen.“ Das Land unterstützt die Arbeit {n}.",
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    base = tmp_path_factory.mktemp("facetvalues")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = [json.dumps(record(n, s), ensure_ascii=False) for n, s in enumerate(SURNAMES)]
    (corpus / "viele.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index_corpus(corpus, base / "index")
    app = create_app({"TESTING": True, "INDEX_DIR": str(base / "index")})
    yield app.test_client()
    app.extensions[ENGINE].close()


def names(got) -> list[str]:
    assert got.status_code == 200, got.get_data(as_text=True)
    return [v["value"] for v in got.get_json()["values"]]


def test_all_values_beyond_the_sidebar_cap(client):
    shown = client.get("/api/search").get_json()["facets"]["person"]
    assert len(shown) == FACET_CAP  # the sidebar stops at 20
    got = client.get("/api/facets/person?limit=1000")
    data = got.get_json()
    assert data["facet"] == "person" and data["total"] == len(SURNAMES)
    assert len(names(got)) == len(SURNAMES)
    assert all(set(v) >= {"value", "count"} and v["count"] == 1 for v in data["values"])
    assert len(names(client.get("/api/facets/person?limit=5"))) == 5


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("oz", ["Karla Öztürk"]),  # folded: Ö = O
        ("ÖZT", ["Karla Öztürk"]),
        ("tied", ["Karla Tiedemann"]),  # any word, not only the first
        ("karla t", ["Karla Tiedemann"]),  # the start of the whole value
        ("xyz", []),
    ],
)
def test_prefix_is_folded_and_matches_any_word(client, prefix, expected):
    assert names(client.get("/api/facets/person", query_string={"prefix": prefix})) == expected


def test_search_filters_apply(client):
    in_2011 = names(client.get("/api/facets/person?year=2011&limit=1000"))
    assert 0 < len(in_2011) < len(SURNAMES)
    assert names(client.get("/api/facets/year?person=Karla Brenneke")) == ["2011"]
    assert names(client.get("/api/facets/person?q=Arbeit 3&prefix=dre")) == ["Karla Dreesen"]
    dated = names(client.get("/api/facets/person?from=2012-01-01&to=2012-12-31&limit=1000"))
    assert set(dated) < set(names(client.get("/api/facets/person?limit=1000")))
    # a facet's own selection does not narrow its list; the value says it is selected
    chosen = client.get("/api/facets/person?person=Karla Uhlig&limit=1000").get_json()
    assert chosen["total"] == len(SURNAMES)
    assert [v["value"] for v in chosen["values"] if v["selected"]] == ["Karla Uhlig"]
    assert names(client.get("/api/facets/organisation?prefix=westf")) == []


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/facets/person?limit=1001", 400),
        ("/api/facets/person?limit=viele", 400),
        ("/api/facets/person?limit=0", 400),
        ("/api/facets/person?year=zwanzig", 400),
        ("/api/facets/unbekannt", 404),
    ],
)
def test_bad_requests_answer_in_german_json(client, url, status):
    got = client.get(url)
    assert got.status_code == status
    assert got.get_json()["status"] == status and got.get_json()["error"]


def test_the_search_page_links_a_searchable_list(client):
    page = client.get("/?year=2011").get_data(as_text=True)
    assert 'href="/facetten/person?year=2011"' in page
    listing = client.get("/facetten/person?year=2011&prefix=bren")
    assert listing.status_code == 200 and listing.mimetype == "text/html"
    text = listing.get_data(as_text=True)
    assert '<input type="hidden" name="year" value="2011">' in text
    assert 'name="prefix"' in text and 'value="bren"' in text
    assert "Karla Brenneke" in text and "Karla Dreesen" not in text
    assert "/?person=Karla+Brenneke&amp;year=2011" in text  # a click filters the search
    assert client.get("/facetten/ort").status_code == 404
    assert "<html" in client.get("/facetten/person?limit=-3").get_data(as_text=True).lower()


def test_speakers_of_the_quote_search(app):
    seed = app.test_client()
    assert names(seed.get("/api/facets/speaker?prefix=kay")) == ["Zülfiye Kaykin"]
    in_2024 = seed.get("/api/facets/speaker?prefix=kay&from=2024-01-01&to=2024-12-31")
    assert names(in_2024) == []  # the date range of the quote search applies
    every = names(seed.get("/api/facets/speaker?limit=1000"))
    quotes = seed.get("/api/quotes?limit=100").get_json()["facets"]["speaker"]
    assert set(every) == {v["value"] for v in quotes}
    page = seed.get("/zitate?from=2012-01-01").get_data(as_text=True)
    assert 'href="/facetten/speaker?from=2012-01-01"' in page
    listing = seed.get("/facetten/speaker?prefix=kay&from=2012-01-01").get_data(as_text=True)
    assert "/zitate?speaker=Z%C3%BClfiye+Kaykin&amp;from=2012-01-01" in listing
