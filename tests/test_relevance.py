"""The relevance benchmark (``make relevance``): its metrics on hand-computed tables, its
query forms and split, and one run end to end on a tiny slice of the shared corpora."""

from __future__ import annotations

import importlib.util
import math
from collections import Counter

import pytest

from bench.relevance import (
    Answer,
    german_tokens,
    ndcg_at,
    percentile,
    query_text,
    recall_at,
    reciprocal_rank,
    report,
    run,
    summarise,
)
from bench.relevance_data import JudgedQuery, keywords_of, load, part_of, press_queries, words_of

RANKED = ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("relevant", "r1", "r10", "rr", "ndcg"),
    [
        ({"a"}, 1.0, 1.0, 1.0, 1.0),
        ({"c"}, 0.0, 1.0, 1 / 3, 1 / math.log2(4)),
        # b at 2 and d at 4 found, x not: DCG 1/log2(3) + 1/log2(5), ideal 1 + 1/log2(3) + 1/2
        ({"b", "d", "x"}, 0.0, 2 / 3, 0.5, (0.63093 + 0.43068) / (1 + 0.63093 + 0.5)),
        ({"x"}, 0.0, 0.0, 0.0, 0.0),
        ({"a", "b"}, 1.0, 1.0, 1.0, 1.0),
    ],
    ids=["first", "third", "two-of-three", "missed", "both-on-top"],
)
def test_metrics_on_hand_computed_rankings(relevant, r1, r10, rr, ndcg):
    assert recall_at(RANKED, relevant, 1) == pytest.approx(r1)
    assert recall_at(RANKED, relevant, 10) == pytest.approx(r10)
    assert reciprocal_rank(RANKED, relevant) == pytest.approx(rr)
    assert ndcg_at(RANKED, relevant) == pytest.approx(ndcg, abs=1e-4)


def test_metrics_stop_at_k():
    ranked = [str(n) for n in range(20)]
    assert reciprocal_rank(ranked, {"10"}) == 0.0  # rank 11 is outside MRR@10
    assert reciprocal_rank(ranked, {"9"}) == pytest.approx(0.1)
    assert recall_at(ranked, {str(n) for n in range(15)}, 10) == 1.0  # over min(|rel|, k)


def test_summary_of_a_table():
    query = JudgedQuery("q", "xquad", "question", "tune", "t", (), (), frozenset({"b"}))
    rows = [
        (query, Answer(["a", "b"], 2, 0.002)),  # rank 2
        (query, Answer(["b"], 1, 0.004)),  # rank 1
        (query, Answer([], 0, 0.001)),  # nothing found
        (query, Answer(["c"], 1, 0.003)),  # missed
    ]
    m = summarise(rows)
    assert m["queries"] == 4
    assert m["mrr"] == pytest.approx((0.5 + 1 + 0 + 0) / 4)
    assert m["r1"] == pytest.approx(0.25)
    assert m["r10"] == pytest.approx(0.5)
    assert m["zero"] == pytest.approx(0.25)
    assert m["ndcg"] == pytest.approx((1 / math.log2(3) + 1) / 4)
    assert (m["p50_ms"], m["p95_ms"]) == pytest.approx((2.0, 4.0))


def test_percentile_is_nearest_rank():
    values = list(range(1, 11))
    assert (percentile(values, 0.5), percentile(values, 0.95), percentile([], 0.5)) == (5, 10, 0)


def test_query_forms_use_plain_words():
    df = Counter({"punkte": 50, "verteidigung": 20, "panthers": 3, "ab": 900})
    text = "Wie viele Punkte gab die Verteidigung der Panthers ab?"
    query = JudgedQuery(
        "q", "xquad", "question", "tune", text, words_of(text), keywords_of(text, df)
    )
    assert query_text(query, "typed") == text
    assert query_text(query, "or").startswith("Wie OR viele OR Punkte")
    assert query_text(query, "and") == "Punkte Verteidigung Panthers"
    # hyphenated words are split, operator words left out of the plain forms
    assert words_of("SPD-Fraktion AND Nordrhein-Westfalen") == (
        "SPD", "Fraktion", "Nordrhein", "Westfalen"
    )  # fmt: skip
    assert keywords_of("Wer war es?", df) == ()  # fewer than two keywords: no ANDed form


def test_bm25s_reads_no_operator_words():
    import Stemmer

    stemmer = Stemmer.Stemmer("german")
    assert german_tokens("Punkte OR Panthers", stemmer, query=True) == ["punkt", "panth"]
    assert german_tokens("Punkte OR Panthers", stemmer) == ["punkt", "or", "panth"]  # a text


def test_split_is_fixed():
    # the tune/report halves must never drift: these were recorded when the split was made
    assert [part_of(k) for k in ("xq-00-00", "xq-00-01", "Michael Stübgen")] == [
        "report", "tune", "report"
    ]  # fmt: skip


def test_press_queries_come_from_the_annotations():
    releases = [
        {
            "id": "r1",
            "title": "Verkehrs-Konzept für Musterstadt",
            "text": "Bürgermeisterin Erika Muster stellt das Verkehrs-Konzept vor. Die Stadtwerke "
            "Musterstadt helfen. „Wir sind bereit“, sagt Erika Muster.\n\nKontakt: Max Presse",
            "gold": {
                "persons": ["Erika Muster", "Max Presse"],
                "organisations": [["Stadtwerke Musterstadt", "SWM"]],
                "quotes": [{"speaker": "Erika Muster"}],
            },
        },
        {
            "id": "r2",
            "title": "Neues Bad",
            "text": "Erika Muster eröffnet das Bad. Kein Wort zum Verkehr.",
            "gold": {"persons": ["Erika Muster"], "organisations": [], "quotes": []},
        },
    ]
    queries = {q.typed: q for q in press_queries(releases, Counter())}
    assert queries["Erika Muster"].relevant == {"pm-r1", "pm-r2"}
    assert queries["Muster Verkehrs-Konzept"].relevant == {"pm-r1"}
    assert queries["Muster Verkehrs-Konzept"].keywords == ("Muster", "Verkehrs", "Konzept")
    assert queries["Verkehrs-Konzept"].kind == "compound"
    assert "Max Presse" not in queries  # named only in the contact block at the end


def test_benchmark_runs_on_a_tiny_slice(shared, tmp_path):
    bench = load(shared, distractors=60, limit=6)
    assert {q.source for q in bench.queries} == {"xquad", "press"}
    engines = ["pressesuche", "stock"]
    engines += [e for e in ("bm25s", "tantivy") if importlib.util.find_spec(e)]
    results = run(bench, engines, workdir=tmp_path)
    for name in engines:
        cells = results["engines"][name]["metrics"]
        assert len(cells) == 12  # 2 sources x 2 parts x 3 forms
        assert all(0.0 <= m["mrr"] <= 1.0 and 0.0 <= m["zero"] <= 1.0 for m in cells.values())
    # ORed words over a few dozen passages: the baselines find the question's paragraph
    assert results["engines"]["stock"]["metrics"]["xquad/report/or"]["r10"] > 0.5
    assert "| pressesuche | typed |" in report(results)
