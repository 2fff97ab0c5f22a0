"""The layers stay apart: the web app speaks to the core, not to Whoosh; the read path (search,
pages, exports) does not load the build, the repair code or the extraction rules."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools/import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRAPH = _tool()
WRITE_SIDE = GRAPH.WRITE_SIDE  # the build, reading and repairing files, extraction rules


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


@pytest.mark.parametrize(
    "path", sorted((ROOT / "webapp").rglob("*.py")), ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_the_web_app_imports_nothing_from_whoosh(path):
    assert not {m for m in _imports(path) if m == "whoosh" or m.startswith("whoosh.")}


def test_no_web_module_holds_a_whoosh_name():
    import webapp
    import webapp.views  # noqa: F401  (the blueprint pulls in every web module)

    for name, module in list(sys.modules.items()):
        if name != "webapp" and not name.startswith("webapp."):
            continue
        for attr, value in vars(module).items():
            origin = getattr(value, "__module__", None) or getattr(value, "__name__", "")
            if not isinstance(origin, str):
                continue
            assert not origin.startswith("whoosh"), f"{name}.{attr} comes from {origin}"
    assert webapp.create_app


def _loaded(statement: str) -> list[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize(
    "statement",
    [
        "import indexer.search.searcher",
        "import indexer.search.quotes",
        "import indexer.cli",
        "import webapp.views",
    ],
)
def test_the_read_path_does_not_import_the_write_path(statement):
    loaded = _loaded(statement)
    assert "indexer.search.searcher" in loaded or "indexer.search" in loaded
    assert [m for m in loaded if m.startswith(WRITE_SIDE)] == []


def test_the_search_command_runs_without_the_write_path(seed_index):
    code = (
        "import json, sys; from indexer.cli import main\n"
        "try:\n"
        f"    main(['search', 'Kaykin', '--index', {str(seed_index)!r}, '--json'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["total"] == 4
    loaded = json.loads(out.stderr.strip().splitlines()[-1])
    assert [m for m in loaded if m.startswith(WRITE_SIDE)] == []


@pytest.mark.parametrize("entry", GRAPH.READ_ENTRIES)
def test_the_import_graph_finds_no_way_from_read_to_write(entry):
    loaded = GRAPH.reach(GRAPH.edges(ROOT), entry, eager_only=True)
    assert entry in loaded
    assert sorted(m for m in loaded if m.startswith(WRITE_SIDE)) == []


# Whoosh's internal modules and private names: only the engine may use them (issue 16), so that
# a change of Whoosh touches one sub-package, which checks the version it was written against.
WHOOSH_INTERNAL = ("whoosh.codec", "whoosh.filedb", "whoosh.util", "whoosh.system", "whoosh.compat")
PRIVATE_USE = re.compile(r"\.(_btexts|_lenfield|_DEF_INDEX_NAME|_perdoc|_codec|_segment)\b")


@pytest.mark.parametrize(
    "path",
    [p for p in sorted((ROOT / "indexer").rglob("*.py")) if "engine" not in p.parts],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_only_the_engine_touches_whoosh_internals(path):
    assert not [m for m in _imports(path) if m.startswith(WHOOSH_INTERNAL)]
    assert not PRIVATE_USE.findall(path.read_text("utf-8"))


def test_the_engine_refuses_another_whoosh_version():
    from indexer.engine import WHOOSH_VERSION, WhooshVersionError, check_whoosh_version

    check_whoosh_version(WHOOSH_VERSION)
    with pytest.raises(WhooshVersionError, match="pressesuche braucht whoosh-reloaded==2.7.5"):
        check_whoosh_version("2.7.4")
    with pytest.raises(WhooshVersionError, match="kein Paket"):
        check_whoosh_version("")
