"""The shared tokens of a release: words with ``?``, apostrophes and hyphens, numbers, marks."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from conftest import SEEDS, SHARED

from indexer.extraction.tokens import Token, split_tokens, tokenize

# the tokenizer as first written, one character at a time; the faster one must agree with it
REFERENCE = re.compile(
    r"(?P<w>[^\W\d_](?:[^\W\d_]|[?'’](?=[^\W\d_])|-(?=[^\W\d_?]))*"
    r"(?:-(?=\s+(?:und|oder|bzw|sowie)\b))?)|(?P<n>\n)|(?P<d>\d+)|(?P<p>[^\w\s])"
)
TRICKY = [
    "Kayk?n sagte: „Müller-Lüdenscheidt“ – Landes- und Kommunalpolitik, O’Neill's 2.000 €",
    "a_b  _c\u00a0d\n\n- ½ ² x? ?y -z Ab-\tund Ab-  oder e. V. (MAIS NRW)",
    "Demirta?. ’s 's --x x-- x-?y x?-y ẞtraße İstanbul CO₂ G20",
    "Grüße 😀 von 𝐀nna-Lena und Müller- oder 𐐀ab Ǆemal",  # beyond U+FFFF: the category class
]


def _texts() -> list[str]:
    texts = TRICKY + [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    path = SHARED / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(300), fh, strict=False)]
    return texts


def test_tokens_agree_with_the_reference_tokenizer():
    for text in _texts():
        want = [Token(m.group(), m.start(), m.end(), m.lastgroup) for m in REFERENCE.finditer(text)]
        assert list(tokenize(text)) == want


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kayk?n und Müller-Lüdenscheidt", ["Kayk?n", "und", "Müller-Lüdenscheidt"]),
        ("Landes- und Kommunalpolitik", ["Landes-", "und", "Kommunalpolitik"]),
        ("O’Neill's Rede", ["O’Neill's", "Rede"]),
    ],
    ids=["lost-letter", "dangling-hyphen", "apostrophes"],
)
def test_words(text, words):
    tokens = split_tokens(text)
    assert [w for w, k in zip(tokens.texts, tokens.kinds, strict=True) if k == "w"] == words


def test_parallel_lists_and_capitals():
    tokens = split_tokens("Dr. Anna\n12 x")
    assert tokens.texts == ["Dr", ".", "Anna", "\n", "12", "x"]
    assert tokens.kinds == ["w", "p", "w", "n", "d", "w"]
    assert tokens.starts == [0, 2, 4, 8, 9, 12]
    assert tokens.ends == [2, 3, 8, 9, 11, 13]
    assert tokens.capital == [True, False, True, False, False, False]
    assert tokens.word(-1) == tokens.word(6) == ""


@pytest.mark.parametrize(("lo", "hi"), [(0, None), (1, None), (0, -1), (1, -1), (0, 4), (2, 3)])
def test_where_finds_what_a_pass_over_the_tokens_finds(lo, hi):
    tokens = split_tokens("Der Verein und der Club: ein Verein.\nClub")
    for words in ({"Verein"}, {"Club", "und"}, {"Stiftung"}, set()):
        stop = len(tokens.texts) if hi is None else hi
        want = [i for i in range(lo, stop) if tokens.texts[i] in words]
        assert tokens.where(frozenset(words), lo, hi) == want
    assert split_tokens("").where(frozenset({"Verein"}), 0, -1) == []
