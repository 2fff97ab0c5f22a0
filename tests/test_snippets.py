"""Hit snippets are built without Whoosh's highlighter objects but are the same text: compared
with Whoosh's pinpoint highlighter on random matches and on the hits of a real index."""

from __future__ import annotations

import json
import random
from itertools import groupby

import pytest
from conftest import copy_seeds
from whoosh import highlight

from indexer.build.indexing import index_corpus
from indexer.engine import schema as f
from indexer.search import snippets
from indexer.search.pool import Engine
from indexer.search.query import bound_expansions, parse_query
from indexer.search.searcher import RELEASES, Budget, MarkFormatter, one_page, restrict, search

WORDS = ["Rat", "Rad", "Radweg", "Schule", "Schulen", "Bezirk", "Plan", "Bau", "Geld", "Stadt"]


def whoosh_snippet(text: str, offsets, charlimit: int = highlight.DEFAULT_CHARLIMIT) -> str:
    """Whoosh's ``Highlighter.highlight_hit`` from stored offsets (pinpoint), as the search
    page configures it: matches to tokens, the longest at each start, fragments, the best two."""
    tokens = []
    for word, chars in offsets:
        for pos, start, end in chars:
            if charlimit and end > charlimit:
                break
            tokens.append(highlight.Token(text=word, pos=pos, startchar=start, endchar=end))
    tokens.sort(key=lambda t: t.startchar)
    tokens = [
        max(group, key=lambda t: t.endchar - t.startchar)
        for _, group in groupby(tokens, lambda t: t.startchar)
    ]
    fragmenter = highlight.PinpointFragmenter(maxchars=200, surround=60, autotrim=True)
    fragments = fragmenter.fragment_matches(text, tokens)
    best = highlight.top_fragments(fragments, 2, highlight.BasicFragmentScorer(), highlight.FIRST)
    return MarkFormatter().format(best)


def random_case(rng: random.Random) -> tuple[str, list]:
    """A text of words (now and then with quotes and ampersands, sometimes past the character
    limit) and the offsets of a few of its words, some sharing a start (compounds)."""
    size = rng.choice([5, 40, 300, 6000])
    words = [rng.choice(WORDS + ["&", '"x"', "<b>", "a"]) for _ in range(size)]
    text = " ".join(words)
    starts, at = [], 0
    for word in words:
        starts.append((at, at + len(word), word))
        at += len(word) + 1
    offsets = []
    for term in rng.sample(WORDS, rng.randint(1, 4)):
        chars = []
        for pos, (start, end, word) in enumerate(starts):
            if word.startswith(term[:3]) and rng.random() < 0.7:
                end = start + len(term[:3]) if rng.random() < 0.2 else end  # a shorter part
                chars.append((pos, start, end))
        offsets.append((term.encode(), chars))
    return text, offsets


@pytest.mark.parametrize("seed", range(300))
def test_snippets_are_whooshs_on_random_matches(seed):
    text, offsets = random_case(random.Random(seed))
    assert snippets.marked(text, offsets) == whoosh_snippet(text, offsets)


def test_matches_past_the_character_limit_are_not_marked():
    text = ("Wort " * 7000) + "Radweg am Ende"
    start = text.index("Radweg")
    offsets = [(b"radweg", [(7000, start, start + 6)])]
    assert start > snippets.CHARLIMIT
    assert snippets.marked(text, offsets) == whoosh_snippet(text, offsets) == ""


@pytest.fixture(scope="module")
def snippet_engine(tmp_path_factory):
    """The seed releases and a few generated ones: long bodies past the character limit,
    matches close together and far apart, equal-scored passages."""
    corpus = copy_seeds(tmp_path_factory.mktemp("snippets") / "corpus")
    rng = random.Random(7)
    records = []
    for n in range(12):
        words = [rng.choice(WORDS) for _ in range(rng.choice([30, 400, 7000]))]
        text = " ".join(words) + "."
        records.append({"id": f"g{n}", "title": f"Meldung {n}", "date": "2024-01-01", "text": text})
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (corpus / "generiert.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index = corpus.parent / "index"
    index_corpus(corpus, index)
    engine = Engine(index)
    yield engine
    engine.close()


QUERIES = [
    "Integration",
    "Kaykin Integration",
    "Radweg",
    "Schule Bezirk",
    "Schul*",
    "Radweg~1",
    '"Schule Bezirk"',
    "Integr*",
    "Migrantinnen",
    "titel:Meldung",
]


@pytest.mark.parametrize("text", QUERIES)
def test_snippets_are_whooshs_on_real_hits(snippet_engine, text):
    got = {hit.id: hit.snippet for hit in search(snippet_engine, text, limit=100).hits}
    assert got
    with snippet_engine.reading() as searcher:
        parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
        final = restrict(parsed, RELEASES, None)
        found = Budget(3600).match(searcher, final, snippet_engine)
        expected = {}
        for hit in one_page(snippet_engine, searcher, final, found, 1, 100, by_date=False):
            body = hit.fields()[f.BODY]
            marked = hit.highlights(f.BODY, text=body, top=2)  # Whoosh's highlighter
            expected[hit.fields()[f.ID]] = marked or snippets.lead(body)
    assert got == {key: expected[key] for key in got}
