"""Person linking on OpenSearch: the embedded build's relink over the new index (issue 20).

The releases of ``tests/test_person_linking.py`` (variants of a full name, bare surnames, a
surname two persons share, a role that tells them apart) go into a real local node in both
orders; the person values, their counts, the person filter and the person pages must be the
embedded index's.
"""

from __future__ import annotations

from collections import Counter

import pytest
from test_person_linking import MECHTHILD, RELEASES, build, write

from indexer.opensearch import searching, writing
from indexer.opensearch.engine import OpenSearchEngine
from indexer.search.query import Filters

TEXTS = [*RELEASES, MECHTHILD, "Berlin. Staatssekretär Heil sagte am Mittwoch, es gehe voran."]


def remote_values(client, alias: str) -> dict[str, int]:
    body = {"size": 1000, "query": {"term": {"kind": "release"}}, "_source": ["persons"]}
    found = client.search(index=alias, body=body)["hits"]["hits"]
    return dict(Counter(name for hit in found for name in hit["_source"].get("persons", [])))


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_person_values_are_the_embedded_index_values(
    opensearch_node, opensearch_client, tmp_path, order
):
    texts = TEXTS if order == "forward" else TEXTS[::-1]
    embedded = build(tmp_path, "embedded", texts)
    write(tmp_path / "os" / "corpus", texts)
    alias = f"relink-{order}"
    writing.index_corpus(tmp_path / "os" / "corpus", "", alias, client=opensearch_client)
    assert (
        remote_values(opensearch_client, alias)
        == embedded
        == {
            "Hubertus Heil": 2,
            "Mechthild Heil": 1,
            # "Heil" not guessed between Hubertus and Mechthild Heil: no value of its own
            "Alexander Gauland": 3,
        }
    )
    found = searching.search(
        opensearch_client, alias, "", filters=Filters(persons=["Hubertus Heil"])
    )
    assert found.total == 2
    page = OpenSearchEngine(opensearch_node.url, alias, opensearch_client).person_page("Gauland")
    assert page.name == "Alexander Gauland" and page.documents == 3


def test_relinking_can_be_turned_off_there_too(opensearch_client, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_RELINK", "0")
    embedded = build(tmp_path, "embedded", RELEASES)
    write(tmp_path / "os" / "corpus", RELEASES)
    writing.index_corpus(tmp_path / "os" / "corpus", "", "unlinked", client=opensearch_client)
    assert remote_values(opensearch_client, "unlinked") == embedded
    assert embedded != {"Hubertus Heil": 2, "Alexander Gauland": 3}
