"""Hostile queries: every one is answered, bounded before it runs, with a German note.

Whoosh expands ``*``, ``*a*`` or ``[a TO z]`` over the whole vocabulary and its parser blows up
on some inputs; the core counts expansions before searching (``MAX_EXPANSIONS`` per pattern,
``MAX_CLAUSES`` per query), cuts long input (``MAX_QUERY_CHARS``) and deep nesting
(``MAX_NESTING``) and bounds the page (``MAX_PAGE`` × ``MAX_LIMIT``). These tests assert on
those counts and on the notes, never on timings.
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED, copy_seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape
from whoosh import query as wq

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.search import query as query_module
from indexer.search.query import (
    NOTE_CLAUSES,
    NOTE_EVERYTHING,
    NOTE_EVERYTHING_ALL,
    NOTE_EXPANSION,
    NOTE_TOO_LONG,
    bound_expansions,
    parse_query,
    query_words,
)
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE, MAX_WINDOW, Engine, search
from webapp import ENGINE, create_app

VOCABULARY = 3000
WORDS_PER_RECORD = 300
NEWS = SHARED / "corpora" / "10kgnad_test" / "test.csv"
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


def german_words(n: int) -> list[str]:
    """Distinct real German words from the shared news corpus, else made-up German-ish words."""
    words: dict[str, str] = {}
    if NEWS.is_file():
        with NEWS.open(encoding="utf-8", newline="") as fh:
            for _, text in csv.reader(fh, delimiter=";", quotechar="'"):
                for word in _WORD.findall(text):
                    words.setdefault(word.lower(), word)
                if len(words) >= n:
                    break
    rng = random.Random(7)
    syllables = re.findall(r"\w+", "ver ge be un an aus ein bau land haus schaft ung keit rat")
    syllables += re.findall(r"\w+", "wirt markt über tür schön groß straße müll zeit heit amt")
    while len(words) < n:  # without ../shared the vocabulary is generated, as large
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        words.setdefault(word, word.capitalize())
    return list(words.values())[:n]


@pytest.fixture(scope="module")
def vocab_index(tmp_path_factory) -> Path:
    """The seed releases plus ~3,000 distinct German words in JSONL records: a real vocabulary."""
    base = tmp_path_factory.mktemp("vocab")
    corpus = copy_seeds(base / "corpus")
    words = german_words(VOCABULARY)
    with (corpus / "wortlisten.jsonl").open("w", encoding="utf-8") as fh:
        for start in range(0, len(words), WORDS_PER_RECORD):
            text = " ".join(words[start : start + WORDS_PER_RECORD]) + "."
            record = {"id": f"wortliste-{start}", "title": f"Wortliste {start}", "text": text}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    root = base / "index"
    report = index_corpus(corpus, root)
    assert report.documents == 5 + VOCABULARY // WORDS_PER_RECORD
    return root


@pytest.fixture(scope="module")
def vocab_engine(vocab_index):
    engine = Engine(vocab_index)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def client(vocab_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(vocab_index)})
    yield app.test_client()
    app.extensions[ENGINE].close()


def nodes(node: wq.Query):
    yield node
    for child in node.children():
        yield from nodes(child)


def assert_bounded(engine: Engine, text: str):
    """The query actually run holds no match-all part and stays within the counted limits."""
    searcher = engine.searcher()
    reader = searcher.reader()
    bounded = bound_expansions(parse_query(text, searcher.schema), reader)
    for node in nodes(bounded.query):
        assert not (isinstance(node, wq.Every) and node.fieldname), node
        if isinstance(node, wq.MultiTerm):
            assert sum(1 for _ in node._btexts(reader)) <= query_module.MAX_EXPANSIONS, node
    assert query_words(bounded.query, reader) <= query_module.MAX_CLAUSES
    return bounded


def test_the_vocabulary_is_larger_than_one_expansion(vocab_engine):
    reader = vocab_engine.searcher().reader()
    assert len(list(reader.field_terms("body"))) > 2 * query_module.MAX_EXPANSIONS


def _prefixes() -> str:
    return " OR ".join(f"{letter}*" for letter in "abdefghiklmnoprstuvwz")


def _or_words() -> str:
    return " OR ".join(german_words(1000))


CASES = [
    ("*", [NOTE_EVERYTHING_ALL]),
    ("*a*", [NOTE_EXPANSION.format(term="*a*", n=1024)]),
    ("?*", [NOTE_EXPANSION.format(term="?*", n=1024)]),
    ("a*", []),
    ("[a TO z]", [NOTE_EXPANSION.format(term="[a TO z]", n=1024)]),
    ("title:[a TO z]", []),
    ("Kay~", []),
    ("Kaykin~3", []),
    ("* Kaykin", [NOTE_EVERYTHING]),
    ("titel:* Kaykin", [NOTE_EVERYTHING]),
    ("(" * 5000 + "Kaykin" + ")" * 5000, [NOTE_TOO_LONG.format(n=500), "teilweise"]),
    ("Kaykin " + "(" * 5000, [NOTE_TOO_LONG.format(n=500), "teilweise"]),
    ("Kaykin " * 1430, [NOTE_TOO_LONG.format(n=500)]),
    (_or_words(), [NOTE_TOO_LONG.format(n=500)]),
    (_prefixes(), ["würde zusammen mehr als 1024 Wörter"]),
    ("Kaykin ANDNOT x" + " ANDNOT x" * 60, []),
    ("Kaykin ANDMAYBE x" + " ANDMAYBE x" * 60, []),
    ("NOT " * 125 + "Kaykin", [NOTE_TOO_LONG.format(n=500)]),
]
IDS = [
    "star", "infix", "any-char", "prefix", "range", "field-range", "tilde", "fuzzy-3",
    "star-and-word", "field-star-and-word", "5000-parens", "unclosed-parens", "10000-chars",
    "1000-or-words", "many-prefixes", "andnot-chain", "andmaybe-chain", "not-chain",
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected_notes"), CASES, ids=IDS)
def test_hostile_query_in_the_core(vocab_engine, text, expected_notes):
    bounded = assert_bounded(vocab_engine, text)
    result = search(vocab_engine, text, limit=MAX_LIMIT)
    assert 0 <= len(result.hits) <= min(result.total, MAX_LIMIT)
    json.dumps(result.to_json())
    for expected in expected_notes:
        assert any(expected in note for note in result.notes), (expected, result.notes)
    assert result.notes[: len(bounded.notes)] == bounded.notes
    relaxed = result.notes[len(bounded.notes) :]  # the cut last word may be in no release
    assert all(
        "Keine Mitteilung enthält alle" in note for note in relaxed
    ) and result.relaxed == bool(relaxed)
    if not expected_notes:
        assert not any("zu viele" in note or "ignoriert" in note for note in result.notes)


@pytest.mark.parametrize(("text", "expected_notes"), CASES, ids=IDS)
def test_hostile_query_on_the_command_line(vocab_index, text, expected_notes):
    run = CliRunner().invoke(main, ["search", "--index", str(vocab_index), "--json", "--", text])
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
    data = json.loads(run.stdout)
    assert data["total"] >= len(data["hits"])
    for expected in expected_notes:
        assert expected in run.stderr and "Hinweis:" in run.stderr


@pytest.mark.parametrize(("text", "expected_notes"), CASES, ids=IDS)
def test_hostile_query_in_the_api_and_page(client, text, expected_notes):
    got = client.get("/api/search", query_string={"q": text})
    assert got.status_code == 200
    data = got.get_json()
    assert list(data) == ["query", "total", "hits", "facets", "suggestion", "relaxed", "partial"]
    page = client.get("/", query_string={"q": text})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for expected in expected_notes:
        assert str(escape(expected)) in html


def test_star_lists_everything_and_star_with_words_searches_the_words(vocab_engine):
    everything = search(vocab_engine, "").total
    assert search(vocab_engine, "*").total == everything
    assert search(vocab_engine, "title:*").total == everything
    kaykin = {h.id for h in search(vocab_engine, "Kaykin", limit=100).hits}
    assert {h.id for h in search(vocab_engine, "* Kaykin", limit=100).hits} == kaykin
    # Whoosh alone turns `title:* title:Kaykin` into `title:*`, losing the word
    assert search(vocab_engine, "titel:* titel:Kaykin").total < everything


def test_a_refused_pattern_leaves_the_rest_of_the_query(vocab_engine):
    result = search(vocab_engine, "Kaykin *a*", limit=100)
    assert {h.id for h in result.hits} == {h.id for h in search(vocab_engine, "Kaykin").hits}
    assert result.notes == [NOTE_EXPANSION.format(term="*a*", n=1024)]


def test_patterns_within_the_limits_are_kept_whole(vocab_engine):
    reader = vocab_engine.searcher().reader()
    bounded = assert_bounded(vocab_engine, "a*")
    fields = {n.fieldname for n in nodes(bounded.query) if isinstance(n, wq.Prefix)}
    assert fields == {"title", "body", "exact"}
    assert 100 < query_words(bounded.query, reader) <= query_module.MAX_CLAUSES


def test_the_clause_limit_drops_later_patterns_and_keeps_the_first(vocab_engine):
    bounded = assert_bounded(vocab_engine, _prefixes())
    kept = {n.text for n in nodes(bounded.query) if isinstance(n, wq.Prefix)}
    assert "a" in kept and len(kept) < 21
    dropped = [n for n in bounded.notes if n.startswith(NOTE_CLAUSES.split("{")[0])]
    assert len(dropped) == 21 - len(kept)


def test_page_one_billion(vocab_engine, vocab_index, client):
    result = search(vocab_engine, "Kaykin", page=10**9, limit=10**9)
    # the result window: no page reaches past the 10,000th hit
    assert (result.page, result.limit) == (MAX_WINDOW // MAX_LIMIT, MAX_LIMIT)
    assert result.hits == []
    assert search(vocab_engine, "Kaykin", page=10**9, limit=10).page == MAX_PAGE
    assert result.total == 4
    got = client.get("/api/search", query_string={"q": "Kaykin", "page": 10**9})
    assert got.status_code == 400
    assert got.get_json() == {
        "error": f"Die Seitenzahl muss eine ganze Zahl zwischen 1 und {MAX_PAGE} sein.",
        "status": 400,
    }
    assert client.get("/", query_string={"q": "Kaykin", "page": 10**9}).status_code == 400
    args = ["search", "Kaykin", "--index", str(vocab_index), "--page", str(10**9)]
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 1 and "Traceback" not in run.output and "1000" in run.output  # a value


# --- fuzzing the parser and the search ---------------------------------------------------------

FUZZ_SETTINGS = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

WORDS = ["Kaykin", "Kaykın", "Düsseldorf", "Migrant", "Bürger*innen", "Öffnung", "straße", "Ü",
         "ß", "ı", "a", "Z", "2012", "0211", "AND", "OR", "NOT", "UND", "ODER", "NICHT",
         "ANDNOT", "ANDMAYBE", "REQUIRE", "TO", "Mitarbeiter:innen", "e.V.", "z.B."]  # fmt: skip
SYNTAX = ['"', "'", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^", "^3", "+", "-", ":",
          "\\", "/", "!", "&&", "||", "<", ">", "=", ",", ";", "\x00", "\u200b", "\n"]  # fmt: skip
FIELDS = ["title:", "titel:", "text:", "kontakt:", "person:", "org:", "jahr:", "datum:",
          "unbekannt:", "*:", "id:", "kind:", "Tel:"]  # fmt: skip

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(SYNTAX),
    st.tuples(st.sampled_from(FIELDS), st.sampled_from(WORDS + SYNTAX)).map("".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["*", "?", "*a*", "~", "^2"])).map("".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(lambda p: f"[{p[0]} TO {p[1]}]"),
    st.text(alphabet="aäoöuüßAÄÖÜzZ*?", min_size=1, max_size=6),
)
separator = st.sampled_from(["", " ", " ", "  ", "\t"])
grammar_queries = st.lists(st.tuples(token, separator), max_size=25).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)


@pytest.fixture(scope="module")
def small_limits():
    """Lower limits on the seed index, so refusals happen often while fuzzing."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(query_module, "MAX_EXPANSIONS", 8)
        patch.setattr(query_module, "MAX_CLAUSES", 24)
        yield


@pytest.fixture(scope="module")
def seed_engine(seed_index, small_limits):
    engine = Engine(seed_index)
    yield engine
    engine.close()


def check_any_query(engine: Engine, text: str) -> None:
    parsed = parse_query(text, engine.searcher().schema)
    assert isinstance(parsed.query, wq.Query) and all(isinstance(n, str) for n in parsed.notes)
    assert_bounded(engine, text)
    result = search(engine, text, limit=5)
    assert 0 <= len(result.hits) <= min(result.total, 5)
    data = json.loads(json.dumps(result.to_json()))
    assert data["query"] == text
    assert all(isinstance(n, str) and n for n in result.notes)


@FUZZ_SETTINGS
@given(text=st.text(max_size=200))
def test_fuzz_any_text(seed_engine, text):
    check_any_query(seed_engine, text)


@FUZZ_SETTINGS
@given(text=grammar_queries)
def test_fuzz_query_grammar(seed_engine, text):
    check_any_query(seed_engine, text)
