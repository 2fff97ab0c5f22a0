"""The served OpenAPI description: valid, and true of the app that serves it."""

from __future__ import annotations

import re

import pytest

from indexer.search.searcher import search


@pytest.fixture
def spec(client):
    got = client.get("/api/openapi.json")
    assert got.status_code == 200
    return got.get_json()


def example_url(path: str, engine) -> str:
    """Fill a documented path with a value that exists in the seed index."""
    path = path.replace("/persons/{name}", "/persons/Kaykin")  # a surname finds the person
    path = path.replace("/organisations/{name}", "/organisations/MAIS")  # an acronym
    path = path.replace("/facets/{name}", "/facets/person")
    return path.replace("{id}", search(engine, "", limit=1).hits[0].id)


def test_the_description_is_valid_openapi(spec):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(spec)


def test_the_description_has_the_expected_structure(spec):
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] and spec["info"]["version"]
    schemas = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        assert path.startswith("/")
        operation = item["get"]
        assert operation["summary"]
        assert "200" in operation["responses"]
        for response in operation["responses"].values():
            assert response["description"]
            for media in response.get("content", {}).values():
                ref = media.get("schema", {}).get("$ref")
                if ref:
                    assert ref.rsplit("/", 1)[-1] in schemas
        for param in operation["parameters"]:
            assert param["in"] in {"query", "path"} and "schema" in param


def test_every_documented_path_is_a_route(app, spec):
    def param(found: re.Match) -> str:
        return "{name}" if found[1] == "name" else "{id}"

    rules = {re.sub(r"<(?:\w+:)?(\w+)>", param, rule.rule) for rule in app.url_map.iter_rules()}
    for path in spec["paths"]:
        assert path in rules, path


def test_every_documented_path_answers_with_a_documented_status(client, spec, engine):
    for path, item in spec["paths"].items():
        got = client.get(example_url(path, engine))
        documented = item["get"]["responses"]
        assert str(got.status_code) in documented, path
        assert got.status_code == 200, path
        media = documented[str(got.status_code)].get("content", {})
        if media:
            assert got.mimetype in media, path


def test_documented_error_codes_are_answered(client, spec):
    for path, item in spec["paths"].items():
        if "400" in item["get"]["responses"] and "page" in {
            p["name"] for p in item["get"]["parameters"]
        }:
            assert client.get(path, query_string={"page": "0"}).status_code == 400, path
    assert client.get("/api/documents/nix").status_code == 404


def test_responses_match_their_schemas(client, spec, engine):
    jsonschema = pytest.importorskip("jsonschema")
    components = spec["components"]

    def check(path: str, url: str, status: str = "200") -> None:
        got = client.get(url)
        assert str(got.status_code) == status, url
        schema = spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]
        wrapped = {**schema["schema"], "components": components}
        jsonschema.validate(got.get_json(), wrapped, cls=jsonschema.Draft202012Validator)

    check("/api/search", "/api/search?q=Kaykin")
    check("/api/search", "/api/search?page=0", "400")
    check("/api/documents/{id}", example_url("/api/documents/{id}", engine))
    check("/api/documents/{id}", "/api/documents/nix", "404")
    check("/api/suggest", "/api/suggest?q=kay")
    check("/export.json", "/export.json?year=2012")
    check("/api/quotes", "/api/quotes?q=Vielfalt", "200")
