"""``python -m bench.run --sizes 10000,100000``: build, update and query our index, stock Whoosh
and tantivy on the same corpora and queries in one run, and write the results table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from bench import OUT, corpora, measure, report, rounds, shared_dir
from bench.queries import QUERIES, TYPING, read_queries

ENGINES = ("ours", "stock", "tantivy", "opensearch")  # opensearch: when a node can run
BENCH_DIR = Path(__file__).resolve().parent


def say(message: str) -> None:
    """Progress on stderr, with the time of day."""
    print(f"[{dt.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def snapshot_code(target: Path, rev: str | None) -> None:
    """Copy ``indexer/`` and ``webapp/`` (the working tree, or git revision ``rev``) and
    ``bench/`` to ``target``: the children import from there, whatever happens to the tree."""
    target.mkdir(parents=True, exist_ok=True)

    def ignore(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if n == "__pycache__" or (folder == str(BENCH_DIR) and n == "out")]

    packages = ["bench"] if rev else ["bench", "indexer", "webapp"]
    for name in packages:
        shutil.copytree(measure.REPO / name, target / name, ignore=ignore, dirs_exist_ok=True)
    if rev:
        archive = subprocess.run(
            ["git", "archive", rev, "indexer", "webapp"],
            capture_output=True,
            check=True,
            cwd=measure.REPO,
        )
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)


def ours_available() -> str | None:
    """None when our pipeline imports, else the error that stops it."""
    probe = "import indexer.build.indexing, indexer.search.searcher"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=measure.CODE
    )
    return None if done.returncode == 0 else done.stderr.strip().splitlines()[-1]


def reused(engine: str, size: int, args, folder: str) -> tuple[dict, Path, str] | None:
    """The figures and the index (in ``folder``) of ``engine`` from an earlier ``--keep`` run
    named by ``--reuse``, and that run's stamp; or None."""
    for stamp in args.reuse:
        work = args.out / "runs" / stamp / str(size)
        raw = work / "raw.json"
        if not raw.is_file():
            continue
        prior = json.loads(raw.read_text()).get(engine)
        root = work / folder
        if prior and "error" not in prior.get("build", {}) and root.is_dir():
            return prior, root, stamp
    return None


def query_index(engine: str, size: int, root: Path, work: Path, args, where: str = "") -> dict:
    """The queries in process (ours as result pages; the baselines plain and as pages) and,
    for ours, over HTTP."""
    logs = work / "logs"
    modes = "page" if engine == "ours" else "plain,page"
    say(f"{size} {engine}: {args.rounds} rounds of queries in process ({modes}){where}")
    out = {
        "query": measure.run_task(
            ["query", engine, root, args.queries, "--rounds", args.rounds, "--modes", modes],
            logs / f"query-{engine}.log",
        )
    }
    if engine == "ours":
        say(f"{size} ours: {args.rounds} rounds of queries over HTTP")
        queries = read_queries(args.queries)
        out["http"] = measure.http_queries(root, queries, args.rounds, logs / "serve.log")
        if TYPING.is_file():
            say(f"{size} ours: {args.rounds} rounds of typos, hyphens, fuzzy and prefixes")
            typing = read_queries(TYPING)
            log = logs / "serve-typing.log"
            out["http_typing"] = measure.http_queries(root, typing, args.rounds, log)
        # the server as ``make run`` starts it (one worker process per core) and, beside it in
        # the same run, a single process
        for workers in dict.fromkeys((args.workers, 1)):
            key = "concurrent" if workers == args.workers else "concurrent_single"
            say(f"{size} ours: 1 and {args.clients} concurrent clients, {workers} process(es)")
            out[key] = measure.concurrent_queries(
                root, queries, (1, args.clients), 2, logs / f"serve-{workers}.log", workers
            )
        out["concurrent_workers"] = args.workers
    return out


def query_reused(engine: str, size: int, work: Path, args, folder: str) -> dict | None:
    """Query an index kept by an earlier run again, keeping its build figures."""
    found = reused(engine, size, args, folder)
    if found is None:
        return None
    out, root = dict(found[0]), found[1]
    out["reused_from"] = found[2]
    out.update(query_index(engine, size, root, work, args, f" on the index of {root.parent}"))
    return out


def ours_corpus(size: int, layout: str, work: Path, args) -> Path:
    """Our corpus of a size and layout, as a copy (the update rewrites some of its files)."""
    corpus = work / f"corpus-{layout}"
    if not corpus.is_dir():
        corpora.link_copy(corpora.corpus_dir(size, layout, args.seed, args.out), corpus)
    return corpus


def build(engine: str, corpus: Path, root: Path, log: Path, size: int) -> dict:
    """A full rebuild of ``engine`` in a child process, with progress on stderr."""
    say(f"{size} {engine}: full rebuild into {root.name}")
    out = measure.run_task(["build", engine, corpus, root], log)
    if "error" in out:
        say(f"  failed: {out['error'][:300]}")
    else:
        say(f"  {out.get('seconds') or out.get('wall_s')} s, CPU {out.get('cpu_s')} s")
    return out


def run_ours(
    size: int, layout: str, work: Path, args, with_queries: bool, built: dict | None = None
) -> dict:
    """Full rebuild (unless ``built`` says how it went), queries in process and over HTTP,
    no-op and 1 % incremental updates."""
    reuse = args.reuse and with_queries
    if reuse and (out := query_reused("ours", size, work, args, f"ours-{layout}")):
        return out
    corpus = ours_corpus(size, layout, work, args)
    root = work / f"ours-{layout}"
    logs = work / "logs"
    out: dict = {"layout": layout}
    if built is None:
        built = build("ours", corpus, root, logs / f"build-{layout}.log", size)
    out["build"] = built
    if "error" in out["build"]:
        return out
    out["index_mb"] = measure.du_mb(measure.live_generation(root))
    if with_queries:
        out.update(query_index("ours", size, root, work, args))
    say(f"{size} ours/{layout}: incremental run without changes")
    out["noop"] = measure.run_task(
        ["build", "ours", corpus, root, "--incremental"], logs / f"noop-{layout}.log"
    )
    out["update"] = corpora.apply_update(corpus, layout, args.update_fraction, args.seed)
    say(f"{size} ours/{layout}: incremental update of {out['update']['changed_documents']} docs")
    out["incremental"] = measure.run_task(
        ["build", "ours", corpus, root, "--incremental"], logs / f"update-{layout}.log"
    )
    say(f"  {out['incremental'].get('seconds')} s")
    if out["noop"].get("rebuilt") or out["incremental"].get("rebuilt"):
        out["warning"] = "the schema changed during the run: an incremental run rebuilt the index"
        say(f"  WARNING: {out['warning']}")
    return out


def run_baseline(engine: str, size: int, work: Path, args, built: dict | None = None) -> dict:
    """Build a baseline from the JSONL corpus (unless ``built`` says how it went), then query it
    plain and as a result page."""
    if args.reuse and (out := query_reused(engine, size, work, args, engine)):
        return out
    corpus = corpora.corpus_dir(size, "jsonl", args.seed, args.out)
    root = work / engine
    out = {
        "build": built or build(engine, corpus, root, work / "logs" / f"build-{engine}.log", size)
    }
    if "error" in out["build"]:
        return out
    out["index_mb"] = measure.du_mb(root)
    out.update(query_index(engine, size, root, work, args))
    return out


def _opensearch_node(work: Path, args):
    """The cluster to measure: ``--opensearch-url`` (or ``PRESSESUCHE_OPENSEARCH``) as it is,
    else a local node started for the run (``tools/opensearch_node.py``); None and the reason
    when neither is possible."""
    url = args.opensearch_url or os.environ.get("PRESSESUCHE_OPENSEARCH")
    if url:
        return url, None, None
    sys.path.insert(0, str(measure.REPO / "tools"))  # its launcher and the built classpath
    import opensearch_node as launcher

    if reason := launcher.missing_tools():
        return None, None, reason
    try:
        node = launcher.start(work / "opensearch-node", launcher.free_port(), heap=args.heap)
    except launcher.NodeError as exc:
        return None, None, str(exc)
    return node.url, node, None


def run_opensearch(size: int, work: Path, args) -> dict:
    """Build the JSONL corpus into a cluster, query it through our search function in process
    and through our API (``serve`` on the cluster); the node's start time and memory."""
    corpus = corpora.corpus_dir(size, "jsonl", args.seed, args.out)
    logs = work / "logs"
    url, node, reason = _opensearch_node(work, args)
    if url is None:
        say(f"{size} opensearch: no node ({reason}); skipped")
        return {"build": {"error": f"no OpenSearch node: {reason}"}}
    out: dict = {"url": url}
    if node is not None:
        out["node"] = {"start_s": round(node.start_seconds, 1), "heap": args.heap}
        out["node"]["rss_mb_empty"] = node.rss_mb()
        say(f"{size} opensearch: local node ready after {node.start_seconds:.1f} s")
    previous = os.environ.get("PRESSESUCHE_OPENSEARCH")
    os.environ["PRESSESUCHE_OPENSEARCH"] = url
    alias = f"bench-{size}"
    try:
        say(f"{size} opensearch: full rebuild")
        out["build"] = measure.run_task(
            ["build", "opensearch", corpus, alias], logs / "build-opensearch.log"
        )
        if "error" in out["build"]:
            say(f"  failed: {out['build']['error'][:300]}")
            return out
        say(f"  {out['build'].get('seconds', 0):.1f} s")
        out["index_mb"] = _cluster_mb(url, alias)
        if node is not None:
            out["node"]["rss_mb_built"] = node.rss_mb()
        say(f"{size} opensearch: {args.rounds} rounds of queries in process")
        out["query"] = measure.run_task(
            ["query", "opensearch", alias, args.queries, "--rounds", args.rounds],
            logs / "query-opensearch.log",
        )
        say(f"{size} opensearch: {args.rounds} rounds of queries over HTTP")
        out["http"] = measure.http_queries(
            work / "no-index", read_queries(args.queries), args.rounds,
            logs / "serve-opensearch.log", ("--opensearch", url, "--alias", alias),
        )  # fmt: skip
        if node is not None:
            out["node"]["rss_mb_searched"] = node.rss_mb()
    finally:
        if previous is None:
            os.environ.pop("PRESSESUCHE_OPENSEARCH", None)
        else:
            os.environ["PRESSESUCHE_OPENSEARCH"] = previous
        if node is not None:
            import opensearch_node as launcher

            launcher.stop(node.home)
    return out


def _cluster_mb(url: str, alias: str) -> float | None:
    """The primary store size of the index behind ``alias``, in MB."""
    from indexer.opensearch import connect

    try:
        client = connect(url)
        stats = client.indices.stats(index=alias, metric="store")
        return round(stats["_all"]["primaries"]["store"]["size_in_bytes"] / 2**20, 1)
    except Exception:  # the size is a figure of the report, not a reason to stop
        return None


def run_size(size: int, args, work: Path) -> dict:
    """Everything measured for one corpus size."""
    source = corpora.corpus_dir(size, "jsonl", args.seed, args.out)
    info = json.loads((source / ".complete.json").read_text())
    info["megabytes"] = measure.du_mb(source)
    result: dict = {"size": size, "corpus": info}
    built = build_rounds(size, args, work) if not args.reuse else {}
    if built:
        result["build_rounds"] = built.pop("rounds")
    for engine in args.engines:
        started = time.perf_counter()
        if engine == "ours":
            problem = ours_available()
            if problem:
                say(f"{size} ours: pipeline not importable ({problem}); skipped")
                result["ours"] = {"error": f"pipeline not importable: {problem}"}
                continue
            runs = [
                run_ours(size, layout, work, args, n == 0, built.get("ours") if n == 0 else None)
                for n, layout in enumerate(args.layouts)
            ]
            result["ours"] = runs[0]
            result["ours_layouts"] = runs[1:]
        elif engine == "opensearch":
            result["opensearch"] = run_opensearch(size, work, args)
        else:
            result[engine] = run_baseline(engine, size, work, args, built.get(engine))
        result.setdefault("wall_s", {})[engine] = round(time.perf_counter() - started, 1)
    return result


def build_rounds(size: int, args, work: Path) -> dict:
    """Ours and stock Whoosh rebuilt in turns (``--build-rounds`` pairs): every pair's results
    (``rounds``) and the first pair's builds, whose indexes the rest of the run uses."""
    if args.build_rounds < 1 or not {"ours", "stock"} <= set(args.engines):
        return {}
    if ours_available():
        return {}  # run_size reports why ours cannot run
    layout = args.layouts[0]
    ours = ours_corpus(size, layout, work, args)
    stock = corpora.corpus_dir(size, "jsonl", args.seed, args.out)
    logs = work / "logs"

    def task(engine: str, corpus: Path):
        return lambda root: build(engine, corpus, root, logs / f"build-{root.name}.log", size)

    say(f"{size}: {args.build_rounds} rebuild rounds, ours and stock Whoosh in turns")
    pairs = rounds.alternate(
        task("ours", ours),
        task("stock", stock),
        (work / f"ours-{layout}", work / "stock"),
        work / "rounds",
        args.build_rounds,
    )
    shutil.rmtree(work / "rounds", ignore_errors=True)
    first = pairs[0] if pairs else {}
    return {"rounds": pairs, **first}


def environment() -> dict:
    """Versions and machine facts that the numbers depend on."""

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=measure.REPO)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD")
    changed = git("status", "--porcelain", "--", "indexer", "webapp").splitlines()

    return {
        "python": platform.python_version(),
        "whoosh": version("whoosh-reloaded"),
        "tantivy": version("tantivy"),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "commit": commit or None,
        "uncommitted_files": len(changed),  # indexer/ and webapp/ files differing from HEAD
    }


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark and write ``bench/out/results-<time>.{json,md}`` and the latest copy."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--sizes", default="10000", help="corpus sizes, comma-separated")
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--layouts", default="jsonl", help="jsonl and/or txt (ours only)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the queries")
    parser.add_argument(
        "--build-rounds",
        type=int,
        default=3,
        help="rebuild ours and stock Whoosh in turns this many times (0: once each, apart)",
    )
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (throughput)")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="server processes for the concurrent clients (default: one per core)",
    )
    parser.add_argument("--update-fraction", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=corpora.SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep", action="store_true", help="keep the built indexes")
    parser.add_argument("--no-publish", action="store_true", help="leave bench/results.* alone")
    parser.add_argument(
        "--reuse",
        default="",
        metavar="STAMPS",
        help="query the indexes kept (--keep) by these earlier runs instead of building",
    )
    parser.add_argument(
        "--code", metavar="REV", help="measure this git revision instead of the working tree"
    )
    parser.add_argument(
        "--opensearch-url", default="", help="measure this cluster instead of a local node"
    )
    parser.add_argument("--heap", default="512m", help="heap of the local OpenSearch node")
    args = parser.parse_args(argv)
    args.engines = [e for e in args.engines.split(",") if e]
    args.layouts = [layout for layout in args.layouts.split(",") if layout]
    args.queries = args.queries.resolve()
    args.reuse = [stamp for stamp in args.reuse.split(",") if stamp]
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    env = environment()
    measure.CODE = args.out.resolve() / "runs" / stamp / "code"
    snapshot_code(measure.CODE, args.code)
    os.environ.setdefault("PRESSESUCHE_SHARED", str(shared_dir()))
    env["measured"] = args.code or "working tree"
    env["reused"] = args.reuse
    results = {
        "started": stamp,
        "environment": env,
        "queries": len(read_queries(args.queries)),
        "rounds": args.rounds,
        "sizes": [],
    }
    for size in (int(s) for s in args.sizes.split(",") if s):
        work = args.out / "runs" / stamp / str(size)
        raw = run_size(size, args, work)
        results["sizes"].append(report.summarise(raw, read_queries(args.queries)))
        (work / "raw.json").write_text(json.dumps(raw, ensure_ascii=False))
        if not args.keep:
            for child in work.iterdir():
                if child.is_dir() and child.name != "logs":
                    shutil.rmtree(child)
    results["finished"] = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = report.markdown(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"results-{stamp}.json").write_text(json.dumps(results, indent=1) + "\n")
    (args.out / f"results-{stamp}.md").write_text(text)
    if not args.no_publish:
        (BENCH_DIR / "results.json").write_text(json.dumps(results, indent=1) + "\n")
        (BENCH_DIR / "results.md").write_text(text)
    print(text)
    return results


if __name__ == "__main__":
    main()
