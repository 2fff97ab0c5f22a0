"""Shared fixtures: a real Whoosh index built from the seed releases in a temporary folder."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

from evaluation.extraction import shared_dir
from indexer.build.indexing import index_corpus
from indexer.search.searcher import Engine
from webapp import ENGINE, create_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
SHARED = shared_dir()


def copy_seeds(target: Path) -> Path:
    """Copy the seed releases into ``target`` and return it."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """A real index of the five seed releases, built once per test session (read-only)."""
    base = tmp_path_factory.mktemp("seeds")
    corpus = copy_seeds(base / "corpus")
    root = base / "index"
    index_corpus(corpus, root)
    return root


@pytest.fixture
def engine(seed_index: Path):
    """An engine over the shared seed index."""
    eng = Engine(seed_index)
    yield eng
    eng.close()


@pytest.fixture
def app(seed_index: Path):
    """The Flask app over the shared seed index."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(seed_index)})
    yield app
    app.extensions[ENGINE].close()


@pytest.fixture
def client(app):
    """Flask's test client for ``app``."""
    return app.test_client()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus for tests that change files."""
    return copy_seeds(tmp_path / "corpus")


@pytest.fixture
def shared() -> Path:
    """The shared corpora folder beside the project; tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def opensearch_node(tmp_path_factory):
    """A real local OpenSearch 2.19 node on a free port for the session (tools/opensearch_node.py).

    Skips with the reason when Java 17, javac, Maven or opensearch-py are missing, unless
    PRESSESUCHE_OPENSEARCH_REQUIRED is set (CI), where a missing node is a failure.
    """
    import opensearch_node as launcher

    required = bool(os.environ.get("PRESSESUCHE_OPENSEARCH_REQUIRED"))
    reason = launcher.missing_tools()
    if reason is None and importlib.util.find_spec("opensearchpy") is None:
        reason = "opensearch-py fehlt (pip install -e '.[opensearch]')."
    if reason:
        if required:
            pytest.fail(reason)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("opensearch")
    try:
        node = launcher.start(home, launcher.free_port(), heap="512m")
    except launcher.NodeError as exc:
        if required:
            pytest.fail(str(exc))
        pytest.skip(f"Lokaler OpenSearch-Knoten startet nicht: {exc}")
    yield node
    launcher.stop(home)


@pytest.fixture(scope="session")
def opensearch_client(opensearch_node):
    """The official client (opensearch-py) connected to the session's local node."""
    from opensearchpy import OpenSearch

    client = OpenSearch(opensearch_node.url, timeout=120)
    yield client
    client.close()


class BulkRecorder:
    """An OpenSearch client that records, per action (``index``, ``update``, ``delete``), the
    ids its bulk requests send, and otherwise is the client it wraps."""

    def __init__(self, client) -> None:
        self._client = client
        self.ids: dict[str, list[str]] = {}

    @property
    def sent(self) -> list[str]:
        """The ids of the records sent whole (``index`` lines)."""
        return self.ids.setdefault("index", [])

    def bulk(self, body, **options):
        for line in body:
            for action in line.keys() & {"index", "update", "delete"}:
                self.ids.setdefault(action, []).append(line[action]["_id"])
        return self._client.bulk(body=body, **options)

    def __getattr__(self, name):
        return getattr(self._client, name)
