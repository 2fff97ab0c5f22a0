"""Turning raw measurements into the results JSON (statistics, ratios, goals) and Markdown."""

from __future__ import annotations

from statistics import median

from bench import rounds
from bench.measure import latency, overlap
from bench.queries import KINDS, TYPING, TYPING_KINDS, BenchQuery, read_queries

# The goals of issue 6, as (label, key in "ratios"/"values", limit).
GOALS = (
    ("rebuild ≤ 1.3 × stock Whoosh", "build_vs_stock", 1.3),
    ("API p95 ≤ 2 × stock in-process p95 (plain search)", "http_p95_vs_stock_plain_p95", 2.0),
    ("API p95 < 100 ms", "http_p95_ms", 100.0),
    ("server process < 500 MB", "server_rss_mb", 500.0),
    ("incremental update of 1 % < 60 s", "incremental_s", 60.0),
)


def _queries(block: dict | None, queries: list[BenchQuery], kinds=KINDS) -> dict:
    if not block or "warm_ms" not in block:
        return {"error": (block or {}).get("error", "not measured")}
    n = len(queries)
    warm = block["warm_ms"]
    per_query = [median(warm[i::n]) for i in range(n)] if warm else []
    by_kind = {}
    for kind in kinds:
        picked = [ms for j, ms in enumerate(warm) if queries[j % n].kind == kind]
        if picked:
            by_kind[kind] = latency(picked)
    slowest = sorted(range(len(per_query)), key=per_query.__getitem__, reverse=True)[:5]
    answers = block.get("answers", [])
    return {
        "warm": latency(warm),
        "cold": latency(block.get("cold_ms", [])),
        "by_kind": by_kind,
        "per_query_ms": [round(ms, 2) for ms in per_query],
        "slowest": [{"query": queries[i].line(), "ms": round(per_query[i], 2)} for i in slowest],
        "totals": [a.get("total") for a in answers],
        "zero_hits": sum(1 for a in answers if a.get("total") == 0),
        "errors": block.get("errors", [])[:5] + [a["error"] for a in answers if "error" in a][:5],
        "_answers": answers,
    }


def _build(block: dict) -> dict:
    if "error" in block:
        return {"error": block["error"]}
    memory = block.get("memory", {})
    seconds = block.get("seconds") or block.get("wall_s")
    docs = block.get("documents") or 0
    # The polled sum over the process tree counts pages shared by forked workers twice; the
    # process's own high-water mark misses its workers: report the larger of the two.
    peak = max(memory.get(k) or 0 for k in ("peak_rss_mb", "tree_peak_rss_mb"))
    keep = ("documents", "added", "updated", "removed", "unchanged", "skipped", "skipped_examples")
    keep += ("rebuilt",)
    return {
        **{k: block[k] for k in keep if k in block},
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 1) if seconds else None,
        "peak_rss_mb": peak,
        "memory": memory,
    }


def _ours(raw: dict, queries: list[BenchQuery]) -> dict:
    if "error" in raw:
        return {"error": raw["error"]}
    out: dict = {"layout": raw.get("layout"), "build": _build(raw["build"])}
    if raw.get("warning"):
        out["warning"] = raw["warning"]
    if "error" in raw["build"]:
        return out
    out["index_mb"] = raw.get("index_mb")
    if "query" in raw:
        query = raw["query"]
        out["query"] = _queries(query.get("page") if "error" not in query else query, queries)
        out["query"].update(open_s=query.get("open_s"), memory=query.get("memory"))
    if "http" in raw:
        out["http"] = _queries(raw["http"], queries)
        out["http"].update(memory=raw["http"].get("memory"), status=raw["http"].get("status"))
    if "http_typing" in raw and TYPING.is_file():
        out["http_typing"] = _queries(raw["http_typing"], read_queries(TYPING), TYPING_KINDS)
        out["http_typing"].update(status=raw["http_typing"].get("status"))
        out["http_typing"].pop("_answers", None)
    for key in ("concurrent", "concurrent_single", "concurrent_workers"):
        if key in raw:
            out[key] = raw[key]
    out["noop"] = _build(raw["noop"]) if "noop" in raw else None
    out["update"] = raw.get("update")
    out["incremental"] = _build(raw["incremental"]) if "incremental" in raw else None
    return out


def _baseline(raw: dict, queries: list[BenchQuery]) -> dict:
    out: dict = {"build": _build(raw["build"])}
    if "error" in raw["build"]:
        return out
    out["index_mb"] = raw.get("index_mb")
    query = raw.get("query", {})
    for mode in ("plain", "page"):
        out[mode] = _queries(query.get(mode) if "error" not in query else query, queries)
    out.update(open_s=query.get("open_s"), memory=query.get("memory"))
    return out


def _opensearch(raw: dict, queries: list[BenchQuery]) -> dict:
    """The OpenSearch backend: its build, our search function in process and our API on it."""
    out: dict = {"build": _build(raw["build"]), "node": raw.get("node"), "url": raw.get("url")}
    if "error" in raw["build"]:
        return out
    out["index_mb"] = raw.get("index_mb")
    query = raw.get("query", {})
    out["query"] = _queries(query.get("page") if "error" not in query else query, queries)
    out["query"].update(memory=query.get("memory"))
    if "http" in raw:
        out["http"] = _queries(raw["http"], queries)
        out["http"].update(memory=raw["http"].get("memory"), status=raw["http"].get("status"))
    return out


def _get(data: dict, *path):
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _ratio(a, b) -> float | None:
    numbers = isinstance(a, int | float) and isinstance(b, int | float)
    return round(a / b, 2) if numbers and b else None


def summarise(raw: dict, queries: list[BenchQuery]) -> dict:
    """Statistics, overlaps, ratios and goal checks of one corpus size."""
    out: dict = {"size": raw["size"], "corpus": raw["corpus"], "wall_s": raw.get("wall_s")}
    out["reused"] = {
        engine: raw[engine]["reused_from"]
        for engine in ("ours", "stock", "tantivy")
        if isinstance(raw.get(engine), dict) and raw[engine].get("reused_from")
    }
    if "ours" in raw:
        out["ours"] = _ours(raw["ours"], queries)
        out["ours_layouts"] = [_ours(r, queries) for r in raw.get("ours_layouts", [])]
    for engine in ("stock", "tantivy"):
        if engine in raw:
            out[engine] = _baseline(raw[engine], queries)
    if "opensearch" in raw:
        out["opensearch"] = _opensearch(raw["opensearch"], queries)
    answers = {
        "ours": _get(out, "ours", "query", "_answers"),
        "stock": _get(out, "stock", "page", "_answers"),
        "tantivy": _get(out, "tantivy", "page", "_answers"),
        "opensearch": _get(out, "opensearch", "query", "_answers"),
    }
    pairs = (("ours", "stock"), ("ours", "tantivy"), ("stock", "tantivy"), ("ours", "opensearch"))
    out["top10_overlap"] = {
        f"{a}~{b}": overlap(answers[a], answers[b]) for a, b in pairs if answers[a] and answers[b]
    }
    if answers["ours"] and answers["opensearch"]:  # the same totals: the same hits found
        same = [
            a.get("total") == b.get("total")
            for a, b in zip(*map(answers.get, ("ours", "opensearch")), strict=False)
        ]
        out["opensearch_same_totals"] = [sum(same), len(same)]
    if answers["ours"] and answers["stock"]:
        # A sanity check: a pipeline that finds nothing is fast for the wrong reason.
        out["ours_zero_where_stock_found"] = [
            q.line()
            for q, a, b in zip(queries, answers["ours"], answers["stock"], strict=False)
            if a.get("total") == 0 and (b.get("total") or 0) > 0
        ]
    for name in ("ours", "opensearch"):
        for block in (_get(out, name, "query"), _get(out, name, "http")):
            if block:
                block.pop("_answers", None)
    for engine in ("stock", "tantivy"):
        for mode in ("plain", "page"):
            (_get(out, engine, mode) or {}).pop("_answers", None)
    ours_build = _get(out, "ours", "build", "seconds")
    http_p95 = _get(out, "ours", "http", "warm", "p95")
    build_vs_stock = _ratio(ours_build, _get(out, "stock", "build", "seconds"))
    if raw.get("build_rounds"):  # the median of the pairs built in turns
        out["build_rounds"] = rounds.summarise(raw["build_rounds"])
        build_vs_stock = _get(out, "build_rounds", "ratio", "median") or build_vs_stock
    values = {
        "build_vs_stock": build_vs_stock,
        "build_vs_tantivy": _ratio(ours_build, _get(out, "tantivy", "build", "seconds")),
        "p95_vs_stock_page": _ratio(
            _get(out, "ours", "query", "warm", "p95"), _get(out, "stock", "page", "warm", "p95")
        ),
        "p95_vs_tantivy_page": _ratio(
            _get(out, "ours", "query", "warm", "p95"), _get(out, "tantivy", "page", "warm", "p95")
        ),
        "http_p95_vs_stock_plain_p95": _ratio(http_p95, _get(out, "stock", "plain", "warm", "p95")),
        "index_vs_stock": _ratio(_get(out, "ours", "index_mb"), _get(out, "stock", "index_mb")),
        "index_vs_tantivy": _ratio(_get(out, "ours", "index_mb"), _get(out, "tantivy", "index_mb")),
        "http_p95_ms": http_p95,
        "server_rss_mb": _get(out, "ours", "http", "memory", "peak_rss_mb"),
        "incremental_s": _get(out, "ours", "incremental", "seconds"),
        "opensearch_build_vs_ours": _ratio(_get(out, "opensearch", "build", "seconds"), ours_build),
        "opensearch_http_p95_vs_ours": _ratio(
            _get(out, "opensearch", "http", "warm", "p95"), http_p95
        ),
    }
    out["ratios"] = values
    out["goals"] = [
        {
            "goal": label,
            "value": values.get(key),
            "limit": limit,
            "met": None if values.get(key) is None else values[key] <= limit,
        }
        for label, key, limit in GOALS
    ]
    return out


def _ms(stats: dict | None) -> str:
    if not stats or "p50" not in stats:
        return "–"
    return f"{stats['p50']:.1f} / {stats['p95']:.1f} / {stats['p99']:.1f}"


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _rows(size: dict) -> list[str]:
    rows = []
    ours = size.get("ours") or {}
    if "error" in ours:
        rows.append(f"| ours | {ours['error'][:120]} | | | | | | |")
    elif ours:
        b = ours["build"]
        name = f"ours ({ours.get('layout')})"
        rows.append(
            f"| {name} | {_num(b.get('seconds'))} | {_num(b.get('docs_per_s'))}"
            f" | {_num(b.get('peak_rss_mb'), 0)} | {_num(ours.get('index_mb'))}"
            f" | {_ms(_get(ours, 'query', 'warm'))} | {_ms(_get(ours, 'http', 'warm'))}"
            f" | {_num(_get(ours, 'http', 'memory', 'peak_rss_mb'), 0)} (server) |"
        )
    names = {"stock": "stock Whoosh", "tantivy": "tantivy"}
    for engine, name in names.items():
        data = size.get(engine)
        if not data:
            continue
        b = data["build"]
        if "error" in b:
            rows.append(f"| {name} | {b['error'][:120]} | | | | | | |")
            continue
        rss = _num(_get(data, "memory", "peak_rss_mb"), 0)
        rows.append(
            f"| {name} (page) | {_num(b.get('seconds'))} | {_num(b.get('docs_per_s'))}"
            f" | {_num(b.get('peak_rss_mb'), 0)} | {_num(data.get('index_mb'))}"
            f" | {_ms(_get(data, 'page', 'warm'))} | – | {rss} (in-process) |"
        )
        rows.append(f"| {name} (plain) | | | | | {_ms(_get(data, 'plain', 'warm'))} | – | |")
    remote = size.get("opensearch")
    if remote and "error" in remote["build"]:
        rows.append(f"| OpenSearch | {remote['build']['error'][:120]} | | | | | | |")
    elif remote:
        b, node = remote["build"], remote.get("node") or {}
        rows.append(
            f"| OpenSearch (node) | {_num(b.get('seconds'))} | {_num(b.get('docs_per_s'))}"
            f" | {_num(b.get('peak_rss_mb'), 0)} | {_num(remote.get('index_mb'))}"
            f" | {_ms(_get(remote, 'query', 'warm'))} | {_ms(_get(remote, 'http', 'warm'))}"
            f" | {_num(_get(remote, 'http', 'memory', 'peak_rss_mb'), 0)} (server)"
            f" + {_num(node.get('rss_mb_searched'), 0)} (node) |"
        )
    return rows


def _node(size: dict) -> list[str]:
    remote = size.get("opensearch") or {}
    node = remote.get("node")
    if not node:
        return []
    same = size.get("opensearch_same_totals") or [0, 0]
    r = size.get("ratios", {})
    return [
        "",
        f"OpenSearch: a local 2.19 node ({node.get('heap')} heap) ready after"
        f" {_num(node.get('start_s'))} s; node RSS {_num(node.get('rss_mb_empty'), 0)} MB empty,"
        f" {_num(node.get('rss_mb_built'), 0)} MB built, {_num(node.get('rss_mb_searched'), 0)}"
        f" MB after the queries. Build {_num(r.get('opensearch_build_vs_ours'), 2)} × ours,"
        f" API p95 {_num(r.get('opensearch_http_p95_vs_ours'), 2)} × ours; the same total for"
        f" {same[0]} of {same[1]} queries.",
    ]


def markdown(results: dict) -> str:
    """The results as Markdown: one section per corpus size."""
    env = results["environment"]
    lines = [
        "# Benchmark results",
        "",
        f"Run {results['started']}–{results['finished']}, commit {env.get('commit')}"
        f" (+{env.get('uncommitted_files', 0)} uncommitted files in indexer/, webapp/), "
        f"Python {env.get('python')}, whoosh-reloaded {env.get('whoosh')}, tantivy "
        f"{env.get('tantivy')}, {env.get('cpus')} CPUs. {results['queries']} queries × "
        f"{results['rounds']} rounds; latencies are of the warm rounds (first round left out).",
        "Latencies in ms as p50 / p95 / p99. *page* = top 10 with snippets and person/year facets;"
        " *plain* = top 10 only. Generated by `make bench`; see bench/README.md.",
    ]
    if env.get("reused"):
        lines.append(
            f"`--reuse {','.join(env['reused'])}`: an engine whose index such a run kept was not "
            f"built again; the code measured searched that index, and its build, size and update "
            f"figures are the earlier run's (each size names them)."
        )
    for size in results["sizes"]:
        corpus = size["corpus"]
        lines += [
            "",
            f"## {size['size']:,} documents ({corpus.get('files')} files, "
            f"{_num(corpus.get('megabytes'))} MB of JSONL)",
            "",
        ]
        if size.get("reused"):
            named = ", ".join(f"{e} (run {stamp})" for e, stamp in size["reused"].items())
            lines += [f"Not built in this run, only searched: {named}.", ""]
        lines += [
            "| engine | build s | docs/s | build peak RSS MB | index MB | in-process ms"
            " | HTTP API ms | search RSS MB |",
            "|---|---|---|---|---|---|---|---|",
            *_rows(size),
        ]
        r = size.get("ratios", {})
        lines += [
            "",
            "| ratio | build time | in-process p95 (page) | index size |",
            "|---|---|---|---|",
            f"| ours / stock Whoosh | {_num(r.get('build_vs_stock'), 2)}"
            f" | {_num(r.get('p95_vs_stock_page'), 2)} | {_num(r.get('index_vs_stock'), 2)} |",
            f"| ours / tantivy | {_num(r.get('build_vs_tantivy'), 2)}"
            f" | {_num(r.get('p95_vs_tantivy_page'), 2)} | {_num(r.get('index_vs_tantivy'), 2)} |",
        ]
        lines += rounds.markdown(size.get("build_rounds"))
        lines += _node(size) + _incremental(size) + _goals(size) + _kinds(size) + _typing(size)
        for run in [size.get("ours") or {}, *(size.get("ours_layouts") or [])]:
            if run.get("warning"):
                lines += ["", f"**Warning ({run.get('layout')}):** {run['warning']}."]
        missed = size.get("ours_zero_where_stock_found") or []
        if missed:
            lines += [
                "",
                f"Ours finds nothing where stock Whoosh finds something for {len(missed)}"
                " queries: " + "; ".join(f"`{m}`" for m in missed[:8]),
            ]
        overlap_text = ", ".join(f"{k} {v:.0%}" for k, v in size.get("top10_overlap", {}).items())
        if overlap_text:
            lines += ["", f"Top-10 overlap: {overlap_text}."]
        slow = _get(size, "ours", "query", "slowest") or []
        if slow:
            lines += [
                "",
                "Slowest queries (ours, in process, median ms): "
                + "; ".join(f"`{s['query']}` {s['ms']:.0f}" for s in slow),
            ]
    return "\n".join(lines) + "\n"


def _incremental(size: dict) -> list[str]:
    runs = [size.get("ours") or {}] + (size.get("ours_layouts") or [])
    rows = []
    for run in runs:
        inc, upd = run.get("incremental"), run.get("update")
        if not inc or not upd or "error" in inc:
            continue
        rows.append(
            f"| {run.get('layout')} | {upd['changed_documents']} in {upd['changed_files']} files"
            f" | {_num(inc.get('seconds'))} | {inc.get('updated')}"
            f" | {_num((run.get('noop') or {}).get('seconds'), 2)}"
            f" | {_num(run['build'].get('seconds'))} |"
        )
    if not rows:
        return []
    head = "| layout | changed | update s | docs re-indexed | no-op run s | full rebuild s |"
    return ["", head, "|---|---|---|---|---|---|", *rows]


def _goals(size: dict) -> list[str]:
    marks = {True: "met", False: "NOT met", None: "not measured"}
    items = [f"{g['goal']}: {_num(g['value'], 2)} ({marks[g['met']]})" for g in size["goals"]]
    return ["", "Goals of issue 6: " + "; ".join(items) + "."]


def _typing(size: dict) -> list[str]:
    """Typos, hyphenated words, fuzzy terms and prefixes (ours, HTTP), and throughput with
    concurrent clients."""
    lines = []
    block = _get(size, "ours", "http_typing") or {}
    kinds = block.get("by_kind") or {}
    if kinds:
        cells = "; ".join(
            f"{kind} p50 {_num(v.get('p50'))} / p95 {_num(v.get('p95'))} ms"
            for kind, v in kinds.items()
        )
        zero = f"zero hits {block.get('zero_hits')} of {len(block.get('totals') or [])}"
        lines += ["", f"What people type (ours, HTTP API, warm): {cells}; {zero}."]
    workers = _get(size, "ours", "concurrent_workers") or 1
    for key, label in (("concurrent", workers), ("concurrent_single", 1)):
        runs = _get(size, "ours", key) or {}
        if runs and "error" not in runs:
            processes = "1 process" if label == 1 else f"{label} worker processes"
            lines += ["", f"Throughput over HTTP ({processes}): " + _throughput(runs)]
    return lines


def _throughput(runs: dict) -> str:
    one = (runs.get("1") or {}).get("per_s")
    parts = [
        f"{clients} client(s) {_num(r.get('per_s'))}/s, p95 {_num(r['latency'].get('p95'))} ms"
        + (f", answers per process {r['per_worker']}" if len(r.get("per_worker", [])) > 1 else "")
        for clients, r in runs.items()
    ]
    most = runs[max(runs, key=int)].get("per_s")
    return "; ".join(parts) + f" ({_num(_ratio(most, one), 2)} × one client)."


def _kinds(size: dict) -> list[str]:
    columns = [
        ("ours", ("ours", "query")),
        ("ours HTTP", ("ours", "http")),
        ("stock page", ("stock", "page")),
        ("stock plain", ("stock", "plain")),
        ("tantivy page", ("tantivy", "page")),
    ]
    present = [(label, path) for label, path in columns if _get(size, *path, "by_kind")]
    if not present:
        return []
    lines = ["", "| p95 ms by kind | " + " | ".join(label for label, _ in present) + " |"]
    lines.append("|---" * (len(present) + 1) + "|")
    for kind in KINDS:
        cells = [_get(size, *path, "by_kind", kind, "p95") for _, path in present]
        if any(c is not None for c in cells):
            lines.append(f"| {kind} | " + " | ".join(_num(c) for c in cells) + " |")
    return lines
