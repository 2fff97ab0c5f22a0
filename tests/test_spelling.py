"""Did you mean, through the CLI and the HTTP API: a mistyped first letter is corrected, the
vocabulary file is written by ``pressesuche index`` and used by the searcher pool (no table is
built at search time), an update refreshes it, an index without it still gets suggestions."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import copy_seeds

from indexer.cli import main
from indexer.engine import store
from indexer.search import vocabulary
from webapp import ENGINE, create_app


def run_index(corpus, root) -> dict:
    done = CliRunner().invoke(
        main, ["index", "--corpus", str(corpus), "--index", str(root), "--json"]
    )
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)


def cli_search(root, text: str) -> dict:
    done = CliRunner().invoke(main, ["search", text, "--index", str(root), "--json"])
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)


def api_search(root, *texts: str) -> list[dict]:
    """Each query through /api/search of one app (one searcher pool) over ``root``."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(root)})
    try:
        client = app.test_client()
        found = []
        for text in texts:
            response = client.get("/api/search", query_string={"q": text})
            assert response.status_code == 200
            found.append(response.get_json())
        return found
    finally:
        app.extensions[ENGINE].close()


def files(root) -> list[str]:
    folder = store.live_path(root) / vocabulary.FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def built(tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    root = tmp_path / "index"
    run_index(corpus, root)
    return corpus, root


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Nitegration", "Integration"),  # first two letters swapped
        ("Ntegration", "Integration"),  # first letter dropped
        ("Vüsseldorf", "Düsseldorf"),  # wrong first letter
        ("Kolkshochschulen", "Volkshochschulen"),
        ("nitegration vüsseldorf", "integration düsseldorf"),  # per word, as typed
    ],
    ids=["swapped", "dropped", "wrong", "wrong-long", "two-words"],
)
def test_a_mistyped_first_letter_gets_a_suggestion(seed_index, client, typed, suggested):
    assert cli_search(seed_index, typed)["suggestion"] == suggested
    data = client.get("/api/search", query_string={"q": typed}).get_json()
    assert data["total"] == 0 and data["suggestion"] == suggested


def test_fuzzy_terms_keep_their_first_letter(seed_index):
    assert cli_search(seed_index, "Integratio~1")["total"] > 0
    assert cli_search(seed_index, "Ntegration~1")["total"] == 0  # one edit, but the first letter


def test_pressesuche_index_writes_the_vocabulary_file_and_searches_use_it(built):
    _, root = built
    commit = store.commit_number(store.live_path(root))
    assert files(root) == [f"commit-{commit}.npz"]
    assert store.damage(store.live_path(root), thorough=True) is None
    before = vocabulary.LAZY_BUILDS[0]
    found = api_search(root, "Nitegration", "Integratoin", "Kaykn~", "Verwaltung~2", "Volks*")
    assert [d["suggestion"] for d in found[:2]] == ["Integration", "Integration"]
    assert all(d["total"] for d in found[2:])
    assert vocabulary.LAZY_BUILDS[0] == before  # no table was built at search time


def test_an_update_refreshes_the_vocabulary_file(built):
    corpus, root = built
    old = files(root)
    (corpus / "neu.txt").write_text(
        "Erntebilanz\n\nDie Zuckerrübenernte im Rheinland fiel in diesem Jahr reichlich aus.\n",
        encoding="utf-8",
    )
    report = run_index(corpus, root)
    assert report["added"] == 1
    now = files(root)
    assert len(now) == 1 and now != old
    before = vocabulary.LAZY_BUILDS[0]
    (found,) = api_search(root, "Zuckerrübenertne")
    assert found["suggestion"] == "Zuckerrübenernte"
    assert vocabulary.LAZY_BUILDS[0] == before


def test_an_index_without_the_file_still_suggests_and_the_next_run_writes_it(built):
    corpus, root = built
    shutil.rmtree(store.live_path(root) / vocabulary.FOLDER)  # as an older version left it
    before = vocabulary.LAZY_BUILDS[0]
    (found,) = api_search(root, "Nitegration")
    assert found["suggestion"] == "Integration"
    assert vocabulary.LAZY_BUILDS[0] > before  # built from the lexicon, as before
    report = run_index(corpus, root)  # nothing changed in the corpus
    assert report["added"] == 0 and len(files(root)) == 1


def test_a_damaged_vocabulary_file_is_rebuilt_and_never_fails_a_search(built):
    corpus, root = built
    (path,) = (store.live_path(root) / vocabulary.FOLDER).iterdir()
    path.write_bytes(b"PK\x03\x04 kaputt")
    (found,) = api_search(root, "Nitegration")
    assert found["suggestion"] == "Integration"  # the lazy tables answered
    run_index(corpus, root)
    assert vocabulary.load(store.live_path(root), store.commit_number(store.live_path(root)))


def test_the_typo_set_of_the_benchmark_is_readable():
    from bench.spelling import read_typos

    rows = read_typos()
    assert len(rows) >= 40 and all(typed != meant for _, typed, meant in rows)
    kinds = {kind for kind, _, _ in rows}
    assert {"swap", "drop", "double", "first", "umlaut"} <= kinds


def test_a_file_written_after_the_server_opened_the_commit_is_taken_up(built):
    corpus, root = built
    shutil.rmtree(store.live_path(root) / vocabulary.FOLDER)  # between a commit and its file
    app = create_app({"TESTING": True, "INDEX_DIR": str(root)})
    try:
        client = app.test_client()
        first = client.get("/api/search", query_string={"q": "Nitegration"}).get_json()
        assert first["suggestion"] == "Integration"
        run_index(corpus, root)  # nothing to index: writes the file of the same commit
        before = vocabulary.LAZY_BUILDS[0]
        assert client.get("/api/search", query_string={"q": "Kaykn~"}).get_json()["total"] > 0
        again = client.get("/api/search", query_string={"q": "Vntegration"}).get_json()
        assert again["suggestion"] == "Integration"
        assert vocabulary.LAZY_BUILDS[0] == before
    finally:
        app.extensions[ENGINE].close()
