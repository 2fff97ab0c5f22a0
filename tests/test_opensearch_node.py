"""The OpenSearch export of the seeds loads into a real local OpenSearch 2.19 node and is found.

The node comes from ``tools/opensearch_node.py`` (Maven Central artefacts, Java 17); without Java,
javac, Maven or opensearch-py these tests skip with the reason (CI sets
``PRESSESUCHE_OPENSEARCH_REQUIRED`` and fails instead).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.exports import opensearch
from indexer.search.searcher import Engine, search


@pytest.fixture(scope="module")
def client(opensearch_client):
    return opensearch_client


@pytest.fixture(scope="module")
def exported(seed_index: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "export"
    result = CliRunner().invoke(
        main,
        ["export", "--format", "opensearch", "--out", str(out), "--index", str(seed_index)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def loaded(client, exported: Path, opensearch_node) -> str:
    """Load the export as its README says: word lists into config/, PUT the mapping, the bulks."""
    name = "export-seeds"
    shutil.copytree(
        exported / opensearch.ANALYSIS,
        opensearch_node.home / "config" / opensearch.ANALYSIS,
        dirs_exist_ok=True,
    )
    mapping = json.loads((exported / opensearch.MAPPING).read_text("utf-8"))
    client.indices.create(index=name, body=mapping)
    for path in sorted(exported.glob(opensearch.BULK_GLOB)):
        body = path.read_bytes().replace(b'"_index":"pressesuche"', f'"_index":"{name}"'.encode())
        response = client.bulk(body=body)
        errors = [item for item in response["items"] if "error" in item["index"]]
        assert not response["errors"], errors[:3]
    client.indices.refresh(index=name)
    return name


def _ids(response: dict) -> list[str]:
    return [hit["_id"] for hit in response["hits"]["hits"]]


def test_node_answers_as_opensearch_219(client):
    info = client.info()
    assert info["version"]["distribution"] == "opensearch"
    assert info["version"]["number"].startswith("2.19.")


def test_every_exported_record_is_in_the_node(client, loaded, seed_index):
    engine = Engine(seed_index)
    try:
        with engine.reading() as searcher:
            stored = searcher.doc_count()
    finally:
        engine.close()
    assert client.count(index=loaded)["count"] == stored
    releases = client.count(index=loaded, body={"query": {"term": {"kind": "release"}}})
    assert releases["count"] == 5


def test_the_example_query_finds_the_releases_the_embedded_engine_finds(client, loaded, seed_index):
    response = client.search(index=loaded, body=opensearch.example_query())
    engine = Engine(seed_index)
    try:
        ours = search(engine, "Migrantinnen Düsseldorf", limit=10)
    finally:
        engine.close()
    assert sorted(_ids(response)) == sorted(hit.id for hit in ours.hits)
    assert _ids(response)[0] == "004_2bd094ce7e921f38.txt"
    persons = {b["key"] for b in response["aggregations"]["person"]["buckets"]}
    assert "Zülfiye Kaykin" in persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bürger*innen", ["burg"]),
        ("BürgerInnen", ["burg"]),
        ("Kaykın", ["kaykin"]),
        ("Straße", ["strass"]),
    ],
    ids=["gender-star", "gender-camel", "dotless-i", "eszett"],
)
def test_the_exported_analyzer_folds_and_stems_in_the_node(client, loaded, text, expected):
    body = {"analyzer": opensearch.GERMAN_SEARCH, "text": text}
    tokens = client.indices.analyze(index=loaded, body=body)["tokens"]
    assert [t["token"] for t in tokens] == expected


def test_quotes_are_records_of_their_own_with_their_release(client, loaded):
    body = {"query": {"bool": {"filter": [{"term": {"kind": "quote"}}]}}, "size": 100}
    hits = client.search(index=loaded, body=body)["hits"]["hits"]
    assert hits
    assert all(hit["_source"]["doc_id"] in hit["_id"] for hit in hits)
