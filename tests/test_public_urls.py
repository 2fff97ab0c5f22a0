"""Absolute addresses come from PRESSESUCHE_BASE_URL or the server, never from the Host header."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

from webapp import ENGINE, create_app

ATOM = "{http://www.w3.org/2005/Atom}"
FORGED = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}


@pytest.fixture
def make_client(seed_index):
    apps = []

    def make(**config):
        app = create_app({"TESTING": True, "INDEX_DIR": str(seed_index), **config})
        apps.append(app)
        return app.test_client()

    yield make
    for app in apps:
        app.extensions[ENGINE].close()


def absolute_urls(client) -> list[str]:
    """Every absolute address the site hands out: feed, CSV exports, quote page, OpenAPI."""
    urls = []
    feed = ET.fromstring(client.get("/feed.atom", headers=FORGED).data)
    urls += [link.get("href") for link in feed.iter(f"{ATOM}link")]
    urls += [node.text for node in feed.iter(f"{ATOM}id")]
    for route, column in (("/export.csv", "link"), ("/zitate.csv", "link")):
        text = client.get(route, headers=FORGED).get_data(as_text=True)
        urls += [row[column] for row in csv.DictReader(io.StringIO(text))]
    page = client.get("/zitate?q=Vielfalt", headers=FORGED).get_data(as_text=True)
    urls += re.findall(r'href="(https?://[^"]+)"', page)
    spec = client.get("/api/openapi.json", headers=FORGED).get_json()
    urls += [server["url"] for server in spec["servers"]]
    assert len(urls) > 10
    return urls


def test_a_forged_host_header_never_reaches_an_address(make_client):
    urls = absolute_urls(make_client())
    assert not [u for u in urls if "evil" in u]
    assert {u.split("/dokument/")[0] for u in urls if "/dokument/" in u} == {"http://localhost"}
    spec = make_client().get("/api/openapi.json", headers=FORGED).get_json()
    assert spec["servers"] == [{"url": "/"}]


def test_the_base_url_makes_every_address(make_client, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_BASE_URL", "https://presse.example/")
    urls = absolute_urls(make_client())
    assert all(
        u.startswith("https://presse.example/") or u == "https://presse.example" for u in urls
    )
    assert "https://presse.example" in urls  # the OpenAPI server
