"""One snapshot per request on OpenSearch: every search of a request reads one physical index,
even when a rebuild moves the alias in between (issue 20). Against the session's real node."""

from __future__ import annotations

import threading

from conftest import copy_seeds

from indexer.opensearch import writing
from indexer.opensearch.engine import OpenSearchEngine

ALIAS = "snap"


def test_a_snapshot_reads_one_index_through_a_rebuild(opensearch_node, opensearch_client, tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=opensearch_client)
    engine = OpenSearchEngine(opensearch_node.url, ALIAS, client=opensearch_client)
    old = engine.search("", limit=100)
    old_persons = engine.facet_values("person").to_json()
    assert old.total == 5
    with engine.snapshot():
        first = engine.search("", limit=2, page=1)
        removed = sorted(corpus.glob("*.txt"))[:2]
        for path in removed:  # the changed corpus: two releases fewer
            path.unlink()
        client = opensearch_client  # a rebuild: a plain ``index`` would update in place
        writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=client, rebuild=True)
        later = engine.search("", limit=2, page=2)  # the snapshot's later pages: the old index
        assert later.total == old.total == first.total
        assert [h.id for h in first.hits + later.hits] == [h.id for h in old.hits[:4]]
        assert engine.facet_values("person").to_json() == old_persons
        assert engine.get_release(old.hits[0].id) is not None
        seen = {}  # a request of another thread (a new request) reads the new index
        other = threading.Thread(target=lambda: seen.update(new=engine.search("", limit=100)))
        other.start()
        other.join()
        assert seen["new"].total == 3
    assert engine.search("", limit=100).total == 3  # after the request: the new index
    replaced = set(opensearch_client.indices.get(index=f"{ALIAS}-*")) - set(
        opensearch_client.indices.get_alias(name=ALIAS)
    )
    assert len(replaced) == 1  # kept until the next rebuild begins
    writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=opensearch_client)
    assert not any(opensearch_client.indices.exists(index=name) for name in replaced)
