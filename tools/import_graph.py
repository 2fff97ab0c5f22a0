"""Print the module import graph of pressesuche and whether the read path reaches the write path.

    python tools/import_graph.py [--root DIR]          # the graph: counts, package edges, reach
    python tools/import_graph.py --walk [--root DIR]   # a seed corpus through the build, profiled

The graph is read from the source (``ast``): an edge is an import of one of our modules by
another, at the top of a module (loaded with it) or inside a function (loaded when that runs,
e.g. the CLI's commands). ``--walk`` indexes the seed releases in ``corpus/`` in one process with
``sys.setprofile`` and counts the modules the build enters and the calls that cross modules.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

PACKAGES = ("indexer", "webapp", "evaluation")
# The write path: the build, reading and repairing files, extraction beyond the name keys.
WRITE_SIDE = (
    "ftfy",
    "indexer.build",
    "indexer.text.repair",
    "indexer.text.structure",
    "indexer.text.corpus",
    "indexer.extraction.entities",
    "indexer.extraction.persons",
    "indexer.extraction.person_text",
    "indexer.extraction.organisations",
    "indexer.extraction.org_heads",
    "indexer.extraction.dates",
    "indexer.extraction.quotes",
    "indexer.extraction.quote_marks",
    "indexer.extraction.attribution",
    "indexer.extraction.mentions",
    "indexer.extraction.speech_frames",
    "indexer.extraction.referents",
    "indexer.extraction.colon_frames",
    "indexer.extraction.signatures",
    "indexer.extraction.org_frames",
    "indexer.documents",  # the flat layout before c1d315c
    "indexer.repair",
    "indexer.entities",
)
# The layers from the bottom: a call from a lower layer into a higher one climbs back up.
LAYERS = ("indexer.config", "indexer.model", "indexer.text", "indexer.analysis",
          "indexer.extraction", "indexer.engine", "indexer.search", "indexer.build")  # fmt: skip
READ_ENTRIES = ("indexer.search.searcher", "indexer.search.quotes", "indexer.cli", "webapp.views")


def modules(root: Path) -> dict[str, Path]:
    """Our modules by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _target(name: str, known: dict[str, Path]) -> str | None:
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def edges(root: Path) -> dict[tuple[str, str], bool]:
    """Import edges between our modules; True when the import runs when the module loads."""
    known = modules(root)
    found: dict[tuple[str, str], bool] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text("utf-8"))
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level:
                continue
            for target in targets:
                if target.split(".")[0] == "ftfy":
                    found.setdefault((name, "ftfy"), False)
                    found[(name, "ftfy")] |= id(node) in top
                    continue
                module = _target(target, known)
                if module and module != name:
                    eager = id(node) in top or _guarded_top(tree, node)
                    found[(name, module)] = found.get((name, module), False) or eager
    return found


def _guarded_top(tree: ast.Module, node: ast.AST) -> bool:
    """An import under a top-level ``if``/``try`` still runs when the module loads."""
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test):
            continue  # for the type checker only: never runs
        if isinstance(stmt, ast.If | ast.Try) and any(n is node for n in ast.walk(stmt)):
            return True
    return False


def reach(graph: dict[tuple[str, str], bool], start: str, eager_only: bool) -> set[str]:
    """The modules loaded with ``start`` (parents of a package count as loaded too)."""
    out: dict[str, set[str]] = {}
    for (a, b), eager in graph.items():
        if eager or not eager_only:
            out.setdefault(a, set()).add(b)
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(out.get(name, ()))
        parent = name.rpartition(".")[0]
        if parent:
            todo.append(parent)
    return seen


def _group(name: str) -> str:
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "indexer" and len(parts) > 2 else parts[0]


def layer(name: str) -> int:
    """The place of a module among ``LAYERS`` (-1 outside them)."""
    return next((n for n, p in enumerate(LAYERS) if name == p or name.startswith(p + ".")), -1)


def report_graph(root: Path) -> None:
    known = modules(root)
    graph = edges(root)
    eager = sum(graph.values())
    counts = ", ".join(f"{p} {sum(n.split('.')[0] == p for n in known)}" for p in PACKAGES)
    print(f"modules: {len(known)} ({counts})")
    print(f"import edges: {len(graph)} ({eager} at load, {len(graph) - eager} inside functions)")
    top = [n for n, p in known.items() if p.parent == root / "indexer" and p.stem != "__init__"]
    print(f"top level of indexer/: {len(top)} modules ({', '.join(sorted(top))})")
    pairs = Counter((_group(a), _group(b)) for a, b in graph if _group(a) != _group(b))
    print("edges between packages:")
    for (a, b), n in sorted(pairs.items()):
        print(f"  {a:22} -> {b:22} {n}")
    up = sorted((a, b) for (a, b), eager in graph.items() if eager and -1 < layer(a) < layer(b))
    print(f"import edges up the layers (loaded with the module): {len(up)} {up if up else ''}")
    whoosh_users = sorted(
        n for n, p in known.items() if "whoosh" in p.read_text("utf-8") and n.startswith("webapp")
    )
    print(f"web modules mentioning whoosh: {len(whoosh_users)} {whoosh_users}")
    for entry in READ_ENTRIES:
        if entry not in known:
            continue
        loaded = reach(graph, entry, eager_only=True)
        write = sorted(m for m in loaded if m.startswith(WRITE_SIDE))
        print(
            f"read path {entry}: loads {len(loaded)} of our modules; "
            f"write path reached: {'yes' if write else 'no'} {write if write else ''}"
        )


def walk(root: Path) -> None:
    """Index the seed corpus in one process and count the modules the build walks through."""
    sys.path.insert(0, str(root))
    os.environ["PRESSESUCHE_WORKERS"] = "0"  # everything in this process, profiled
    from indexer.build import indexing  # noqa: PLC0415  (after the path is set)

    entered: Counter[str] = Counter()
    crossings: Counter[tuple[str, str]] = Counter()
    order: list[str] = []

    def module_of(frame) -> str | None:
        name = frame.f_globals.get("__name__", "")
        return name if name.startswith(("indexer", "webapp")) else None

    def profile(frame, event, arg):
        if event != "call":
            return
        callee = module_of(frame)
        if callee is None:
            return
        caller = frame.f_back
        while caller is not None and module_of(caller) is None:
            caller = caller.f_back
        source = module_of(caller) if caller is not None else None
        if source != callee:
            entered[callee] += 1
            crossings[(source or "-", callee)] += 1
            if callee not in order:
                order.append(callee)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(root / "corpus", corpus)
        sys.setprofile(profile)
        try:
            indexing.index_corpus(corpus, Path(tmp) / "index")
        finally:
            sys.setprofile(None)
    rank = {name: n for n, name in enumerate(order)}
    back = [(a, b) for a, b in crossings if a in rank and rank[b] < rank[a]]
    up = {(a, b): n for (a, b), n in crossings.items() if layer(a) < layer(b) and a != "-"}
    calls = sum(crossings.values())
    print(f"modules entered: {len(order)}")
    print(f"calls that cross modules: {calls}, over {len(crossings)} distinct module pairs")
    print(f"pairs that call back into a module entered earlier: {len(back)}")
    print(
        f"pairs that call up the layers ({' < '.join(p.split('.')[-1] for p in LAYERS)}): "
        f"{len(up)} ({sum(up.values())} calls): " + ", ".join(f"{a} > {b}" for a, b in sorted(up))
    )
    print("first entries in order: " + " > ".join(order))
    print(
        "busiest module pairs: "
        + ", ".join(f"{a} > {b} {n}" for (a, b), n in crossings.most_common(8))
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--walk", action="store_true", help="profile a build of the seeds")
    args = parser.parse_args(argv)
    if args.walk:
        walk(args.root.resolve())
    else:
        report_graph(args.root.resolve())


if __name__ == "__main__":
    main()
