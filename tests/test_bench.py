"""The benchmark builds realistic releases deterministically and runs end to end (no timings)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from bench import shared_dir

SHARED = shared_dir()
SPEECHES = SHARED / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
DATELINE = re.compile(r"Berlin, \d{1,2}\. [A-ZÄ][a-zä]+ \d{4} – ")
ATTRIBUTION = re.compile(r"“, (?:sagte|erklärte|betonte|kritisierte|unterstrich|so) |betonte: „")

pytestmark = pytest.mark.skipif(not SPEECHES.is_file(), reason="../shared is not available")


@pytest.fixture(autouse=True)
def shared_env(monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(SHARED))


@pytest.fixture(scope="module")
def corpora():
    from bench import corpora

    return corpora


def test_the_same_records_come_out_on_every_run(corpora):
    first = corpora.build_records(50)
    assert first == corpora.build_records(50)
    assert len({r["id"] for r in first}) == 50
    speeches = corpora.load_speeches()
    new = corpora.synthetic_records(speeches, 20_000, 5, corpora.SEED)
    assert new == corpora.synthetic_records(speeches, 20_000, 5, corpora.SEED)
    assert [r["id"] for r in new] == [f"PM{n:06d}" for n in range(20_000, 20_005)]


def test_records_look_like_press_releases(corpora):
    records = corpora.build_records(50)
    speeches = corpora.load_speeches()
    records += corpora.synthetic_records(speeches, 20_000, 20, corpora.SEED)
    for record in records:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        assert record["title"] and record["speaker"]
        assert "Pressekontakt:" in record["text"] and "Telefon: 030 227-" in record["text"]
    plain = [r["text"] for r in records if DATELINE.search(r["text"])]
    assert len(plain) >= 0.8 * len(records)  # the rest is garbled on purpose (mojibake)
    assert sum(bool(ATTRIBUTION.search(t)) for t in plain) >= 0.8 * len(plain)
    assert all("„" in t for t in plain)


def test_recombined_releases_have_realistic_lengths(corpora):
    speeches = corpora.load_speeches()
    lengths = sorted(len(r["text"]) for r in corpora.synthetic_records(speeches, 0, 40, 1))
    assert 1_000 < lengths[len(lengths) // 2] < 15_000


def test_an_update_rewrites_releases_without_touching_the_cache(corpora, tmp_path):
    records = corpora.build_records(300)
    source = tmp_path / "cache"
    corpora.write_corpus(records, source, "jsonl")
    before = {p: p.read_bytes() for p in source.rglob("*.jsonl")}
    work = corpora.link_copy(source, tmp_path / "work")
    change = corpora.apply_update(work, "jsonl", fraction=0.01)
    assert change == {"documents": 300, "changed_documents": 100, "changed_files": 1}
    assert before == {p: p.read_bytes() for p in source.rglob("*.jsonl")}
    titles = [r["title"] for r in corpora.corpus_records(work)]
    assert sum(t.endswith("(korrigierte Fassung)") for t in titles) == 100


def test_hotspots_are_read_from_collapsed_stacks(tmp_path):
    from bench.profile import hotspots

    stacks = tmp_path / "stacks.txt"
    stacks.write_text(
        "process 1;<module> (runpy.py:1);index (indexer/indexing.py:10);stem (x.py:3) 30\n"
        "process 1;<module> (runpy.py:1);index (indexer/indexing.py:10) 10\n"
    )
    report = hotspots(stacks)
    assert report["samples"] == 40
    assert report["own"][0] == ("stem (x.py)", 75.0)
    assert ("index (indexer/indexing.py)", 100.0) in report["total"]


def tiny_queries(folder: Path) -> Path:
    """Four bench queries of four kinds in ``folder``/queries.txt."""
    from bench.queries import BenchQuery, write_queries

    queries = folder / "queries.txt"
    write_queries(
        [
            BenchQuery("word", "Bundesregierung"),
            BenchQuery("phrase", '"in Deutschland"'),
            BenchQuery("year", "Jahr", years=("2019",)),
            BenchQuery("browse", "", years=("2019",)),
        ],
        queries,
    )
    return queries


def test_the_harness_runs_end_to_end_on_a_tiny_corpus(tmp_path):
    pytest.importorskip("indexer.build.indexing")
    from bench import run
    from bench.queries import TYPING, read_queries

    queries = tiny_queries(tmp_path)
    engines = ["ours", "stock"]
    if importlib.util.find_spec("tantivy"):
        engines.append("tantivy")
    out = tmp_path / "out"
    argv = ["--sizes", "50", "--rounds", "2", "--queries", str(queries), "--out", str(out)]
    argv += ["--workers", "2", "--build-rounds", "2"]
    results = run.main([*argv, "--engines", ",".join(engines), "--no-publish", "--keep"])
    size = results["sizes"][0]
    assert size["ours"]["build"]["documents"] == 50
    assert size["ours"]["incremental"]["updated"] >= 1
    assert size["ours"]["query"]["warm"]["n"] == 4
    assert size["ours"]["http"]["status"] == {"200": 8}
    # what people type (queries_typing.txt) and 4 concurrent clients, ours over HTTP
    assert set(size["ours"]["http_typing"]["by_kind"]) == {"typo", "hyphen", "fuzzy", "prefix"}
    assert size["ours"]["http_typing"]["status"] == {"200": 2 * len(read_queries(TYPING))}
    assert size["ours"]["concurrent"]["4"] == size["ours"]["concurrent"]["4"] | {"failed": 0}
    assert size["ours"]["concurrent"]["4"]["requests"] == 4 * 2 * 4
    # … by two worker processes, and by one process beside them
    assert size["ours"]["concurrent_workers"] == 2
    assert sum(size["ours"]["concurrent"]["4"]["per_worker"]) == 4 * 2 * 4
    assert len(size["ours"]["concurrent_single"]["4"]["per_worker"]) == 1
    for engine in engines[1:]:
        assert size[engine]["build"]["documents"] == 50
        assert size[engine]["page"]["warm"]["n"] == 4
    # ours and stock rebuilt in turns: two pairs, every build with its CPU seconds
    pairs = size["build_rounds"]["pairs"]
    assert len(pairs) == 2
    starts = [p[f"{e}_started"] for p in pairs for e in ("ours", "stock")]
    assert starts == sorted(starts)
    assert all(p["ours_cpu_s"] > 0 and p["stock_cpu_s"] > 0 for p in pairs)
    assert pairs[0]["ours_s"] == pytest.approx(size["ours"]["build"]["seconds"], abs=0.01)
    assert size["ratios"]["build_vs_stock"] == size["build_rounds"]["ratio"]["median"]
    assert not (out / "runs" / results["started"] / "50" / "rounds").exists()
    written = json.loads(next(out.glob("results-*.json")).read_text())
    assert written["sizes"][0]["size"] == 50
    markdown = next(out.glob("results-*.md")).read_text()
    assert "| ours (jsonl) |" in markdown
    assert (
        "What people type" in markdown
        and "Throughput over HTTP (2 worker processes): 1 client(s)" in markdown
    )
    assert "Throughput over HTTP (1 process): 1 client(s)" in markdown
    assert markdown.count("\n| 1 | ") == 1 and "\n| 2 | " in markdown  # the rebuild rounds
    assert "median of 2 pairs built in turns" in markdown

    # --reuse: the kept indexes are queried again by the current code, their builds not redone
    again = run.main(
        [*argv, "--engines", "ours,stock", "--no-publish", "--reuse", results["started"]]
    )
    reused = again["sizes"][0]
    assert reused["reused"] == {"ours": results["started"], "stock": results["started"]}
    assert size["reused"] == {}
    assert reused["ours"]["build"] == size["ours"]["build"]
    assert reused["ours"]["query"]["warm"]["n"] == 4
    assert reused["ours"]["http"]["status"] == {"200": 8}
    assert reused["stock"]["page"]["warm"]["n"] == 4
    assert not list((out / "runs" / again["started"] / "50").glob("ours-*"))
    text = (out / f"results-{again['started']}.md").read_text()
    assert f"`--reuse {results['started']}`" in text
    assert f"only searched: ours (run {results['started']}), stock (run" in text


def test_rebuild_rounds_alternate_and_keep_only_the_first_pair(tmp_path):
    from bench import rounds

    order = []

    def builder(name, seconds):
        def build(root):
            root.mkdir(parents=True)
            order.append((name, root.name))
            return {"seconds": seconds.pop(0), "cpu_s": 2.0 if name == "ours" else 1.0}

        return build

    roots = (tmp_path / "ours", tmp_path / "stock")
    ours, stock = builder("ours", [12.0, 13.0, 11.0]), builder("stock", [10.0, 10.0, 10.0])
    pairs = rounds.alternate(ours, stock, roots, tmp_path / "scratch", 3)
    assert order == [
        ("ours", "ours"), ("stock", "stock"), ("ours", "ours-1"), ("stock", "stock-1"),
        ("ours", "ours-2"), ("stock", "stock-2"),
    ]  # fmt: skip
    assert roots[0].is_dir() and roots[1].is_dir()
    assert not list((tmp_path / "scratch").iterdir())
    summary = rounds.summarise(pairs)
    assert [p["ratio"] for p in summary["pairs"]] == [1.2, 1.3, 1.1]
    assert summary["ratio"] == {"median": 1.2, "min": 1.1, "max": 1.3}
    assert summary["cpu_ratio"]["median"] == 2.0
    table = "\n".join(rounds.markdown(summary))
    assert "| 2 | 13.0 | 10.0 | 1.30 | 2.0 | 1.0 | 2.00 |" in table
    assert "wall time 1.20 × (pairs 1.10–1.30)" in table


def test_the_cpu_of_a_build_counts_its_waited_for_children():
    import subprocess
    import sys

    from bench.tasks import tree_cpu_s

    before = tree_cpu_s()
    subprocess.run([sys.executable, "-c", "sum(range(30_000_000))"], check=True)
    assert tree_cpu_s() - before > 0.2


def test_instruction_counts_are_read_from_callgrind_output(tmp_path):
    """``bench.instructions`` reads each dump's name and total from callgrind's output."""
    from bench import instructions

    out = tmp_path / "callgrind.out.2"
    out.write_text(
        "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\n"
        "desc: Trigger: Client Request: close-segment\nevents: Ir\nsummary: 0\n"
        "fn=(1) main\n0 5\ntotals: 3311704733\n"
    )
    assert instructions._trigger(out) == "close-segment"
    assert instructions.total(out) == 3311704733
