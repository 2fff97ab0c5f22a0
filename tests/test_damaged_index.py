"""A damaged index, a full disk, an unwritable folder: German lines and 503s, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.engine import store
from indexer.search.searcher import Engine
from tests.conftest import ROOT
from webapp import ENGINE, create_app

DAMAGED = ["*.pst", "*.trm", "*._stored.col"]
ROUTES = ["/", "/?q=Kaykin", "/api/search?q=Bahr", "/zitate?q=Vielfalt", "/api/quotes",
          "/export.csv", "/export.json", "/feed.atom", "/dokument/000_4bf18ec25455da8e.txt",
          "/api/documents/000_4bf18ec25455da8e.txt", "/zitate.csv"]  # fmt: skip


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_german_line(result, *words: str) -> None:
    """Exit 1 with one line of German (click's ``Error:`` prefix), no traceback."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0]


@pytest.fixture
def built(corpus, tmp_path) -> Path:
    index = tmp_path / "index"
    assert run("index", "--corpus", str(corpus), "--index", str(index)).exit_code == 0
    return index


def cut(index: Path, pattern: str, *, keep_size: bool = False) -> Path:
    """Damage one segment file: cut to half, or (same size) its last three quarters zeroed."""
    target = sorted((index / store.CURRENT).glob(pattern), key=lambda p: -p.stat().st_size)[0]
    data = target.read_bytes()
    if keep_size:
        target.write_bytes(data[: len(data) // 4] + bytes(len(data) - len(data) // 4))
    else:
        target.write_bytes(data[: len(data) // 2])
    return target


@pytest.mark.parametrize("pattern", DAMAGED)
def test_a_cut_segment_file_is_named_by_every_command_and_repaired_by_index(built, corpus, pattern):
    name = cut(built, pattern).name
    for args in (["search", "Kaykin"], ["search"], ["show", "000_4bf18ec25455da8e.txt"],
                 ["quotes", "Vielfalt"], ["quotes", "--format", "csv"]):  # fmt: skip
        one_german_line(run(*args, "--index", str(built)), "beschädigt", name, "pressesuche index")
    with pytest.raises(store.IndexDamaged):
        Engine(built).warm()
    result = run("index", "--corpus", str(corpus), "--index", str(built))
    assert result.exit_code == 0 and result.exception is None
    assert "beschädigt" in result.stderr and "neu aufgebaut" in result.stderr
    assert "5 Dokumente" in result.stdout
    data = json.loads(run("search", "Kaykin", "--index", str(built), "--json").stdout)
    assert data["total"] == 4


# Whoosh leaves the files of a segment it failed to open to the garbage collector
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("pattern", ["*.trm", "*._stored.col"])
def test_the_site_answers_503_with_the_repair_for_a_damaged_index(built, corpus, pattern):
    running = create_app({"TESTING": True, "INDEX_DIR": str(built)})
    client = running.test_client()
    try:
        assert client.get("/?q=Kaykin").status_code == 200
        cut(built, pattern, keep_size=True)  # the running server: same sizes, other bytes
        statuses = {route: client.get(route).status_code for route in ROUTES}
        assert set(statuses.values()) <= {200, 404, 503}, statuses
        assert 503 in statuses.values()
        restarted = create_app({"TESTING": True, "INDEX_DIR": str(built)})
        with pytest.raises(store.IndexDamaged):
            restarted.extensions[ENGINE].warm()
        fresh = restarted.test_client()
        for route in ROUTES:
            got = fresh.get(route)
            assert got.status_code == 503, route
            assert "beschädigt" in got.get_data(as_text=True)
            assert "pressesuche index" in got.get_data(as_text=True)
            assert got.headers["Retry-After"]
        assert fresh.get("/api/search").get_json()["status"] == 503
        restarted.extensions[ENGINE].close()
        result = run("index", "--corpus", str(corpus), "--index", str(built))
        assert "wurde verändert" in result.stderr and result.exit_code == 0
        assert client.get("/?q=Kaykin").status_code == 200  # the same server, repaired
    finally:
        running.extensions[ENGINE].close()


def test_serve_starts_on_a_damaged_index_with_a_warning(built):
    cut(built, "*.trm")
    with socket.socket() as busy:  # the port is taken: serve stops right after the warning
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = run("serve", "--index", str(built), "--port", port)
    assert "Achtung" in result.stderr and "pressesuche index" in result.stderr
    assert result.exit_code == 1 and "lauschen" in result.output
    assert "Traceback" not in result.output


def test_an_index_folder_that_cannot_be_made_is_one_line(corpus, tmp_path):
    blocker = tmp_path / "eine-datei"
    blocker.write_text("kein Ordner", "utf-8")
    result = run("index", "--corpus", str(corpus), "--index", str(blocker / "index"))
    one_german_line(result, "nicht beschreibbar", str(blocker / "index"))
    for command in ("search", "quotes"):
        one_german_line(run(command, "x", "--index", str(blocker / "index")), "Kein Index")


def index_with_file_limit(corpus: Path, index: Path, limit: int, *extra: str):
    """Run ``pressesuche index`` in a process that may write no file larger than ``limit``
    bytes: the kernel's own full-disk error (EFBIG) on the first larger write."""

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PRESSESUCHE_WORKERS": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "indexer.cli", "index", "--corpus", str(corpus)]
    return subprocess.run(
        [*command, "--index", str(index), *extra],
        cwd=ROOT, env=env, preexec_fn=small_files, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def listing(index: Path) -> dict[str, list[str]]:
    return {
        str(path.relative_to(index)): sorted(os.listdir(path))
        for path in [index, *(index / store.GENERATIONS).iterdir()]
    }


@pytest.mark.parametrize("extra", [[], ["--rebuild"]], ids=["update", "rebuild"])
def test_a_full_disk_is_one_line_and_leaves_no_partial_files(built, corpus, extra):
    before = listing(built)
    records = [
        {"id": f"gross-{n}", "title": f"Mitteilung {n}", "date": "2024-01-02",
         "text": f"Bericht {n} über Wärmepumpen, Radwege, Schulbau und Vielfalt. " * 40}
        for n in range(300)
    ]  # fmt: skip
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    (corpus / "gross.jsonl").write_text(lines + "\n", "utf-8")
    done = index_with_file_limit(corpus, built, 200_000, *extra)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Kein Platz" in lines[0], done.stderr
    assert listing(built) == before  # no partial segment, no half-built generation
    data = json.loads(run("search", "", "--index", str(built), "--json").stdout)
    assert data["total"] == 5  # the index as it was
    assert run("index", "--corpus", str(corpus), "--index", str(built)).exit_code == 0
    assert json.loads(run("search", "", "--index", str(built), "--json").stdout)["total"] == 305
