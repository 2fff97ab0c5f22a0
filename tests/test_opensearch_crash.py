"""A rebuild into OpenSearch killed with SIGKILL in the middle: the alias keeps serving.

The real command runs in a subprocess against the session's local node; it is killed once its
new physical index exists and before the alias moves. The old index must answer as before, and
the next run must delete the unfinished index and move the alias.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sample_releases import release_text  # tools/ is on pytest's pythonpath

from indexer.opensearch import searching, writing

ROOT = Path(__file__).resolve().parents[1]
CLI = "from indexer.cli import main; main()"
ALIAS = "crash"
RELEASES = 200
HANG_GUARD = 300.0  # seconds: a guard against a hang, not a timing assertion

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses SIGKILL")


def _corpus(path: Path, versions: int = 0) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for n in range(RELEASES):
        (path / f"pm-{n:05d}.txt").write_text(release_text(n, versions), "utf-8")
    return path


def _unaliased(client) -> set[str]:
    found = client.indices.get(index=f"{ALIAS}-*", ignore_unavailable=True, allow_no_indices=True)
    live = (
        set(client.indices.get_alias(name=ALIAS))
        if client.indices.exists_alias(name=ALIAS)
        else set()
    )
    return set(found) - live


def test_a_killed_rebuild_leaves_the_old_index_serving(
    opensearch_node, opensearch_client, tmp_path
):
    client = opensearch_client
    corpus = _corpus(tmp_path / "corpus")
    first = writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=client)
    assert first.documents == RELEASES
    serving = set(client.indices.get_alias(name=ALIAS))
    before = searching.search(client, ALIAS, "", limit=100)
    env = {**os.environ, "PRESSESUCHE_OPENSEARCH": opensearch_node.url}
    env["PRESSESUCHE_OPENSEARCH_INDEX"] = ALIAS
    command = [sys.executable, "-c", CLI, "index", "--corpus", str(corpus), "--rebuild", "--json"]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + HANG_GUARD
    while not _unaliased(client) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    killed = process.poll() is None and bool(_unaliased(client))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if not killed:
        pytest.skip("Der Lauf war fertig, bevor er abgebrochen werden konnte.")
    unfinished = _unaliased(client)
    assert unfinished and set(client.indices.get_alias(name=ALIAS)) == serving
    after = searching.search(client, ALIAS, "", limit=100)
    assert after.total == before.total == RELEASES
    assert [h.id for h in after.hits] == [h.id for h in before.hits]

    again = writing.index_corpus(corpus, opensearch_node.url, ALIAS, client=client, rebuild=True)
    assert again.documents == RELEASES
    # the unfinished index is gone; the replaced one stays until the next run begins
    assert _unaliased(client) == serving
    assert not any(client.indices.exists(index=name) for name in unfinished)
    assert searching.search(client, ALIAS, "", limit=100).total == RELEASES
