"""The tagger's sentences: the split visits only the tokens that may end one, and agrees with
the plain token-by-token definition."""

from __future__ import annotations

import random

import pytest

from indexer.extraction import ner_features
from indexer.extraction.ner_features import running_text, sentences
from indexer.extraction.tokens import Tokens


def _by_token(tokens: Tokens, longest: int) -> list[tuple[int, int]]:
    """The split by its definition: each token in turn."""
    texts, kinds, capital = tokens.texts, tokens.kinds, tokens.capital
    found, a, n = [], 0, len(texts)
    for i in range(n):
        if kinds[i] == "n":
            if i > a:
                found.append((a, i))
            a = i + 1
        elif i + 1 - a >= longest or (
            texts[i] in ".!?"
            and (i + 1 == n or capital[i + 1] or kinds[i + 1] == "n")
            and not (i and ner_features._abbreviation(texts[i - 1]))
        ):
            found.append((a, i + 1))
            a = i + 1
    if a < n:
        found.append((a, n))
    return found


PIECES = ["Der", "Rat", "tagte", "Dr", ".", "H", ".", "Müller", "kam", "!", "?", "\n", "2024", ","]


@pytest.mark.parametrize("longest", [3, 4, 7, 120])
def test_sentences_agree_with_the_token_by_token_split(monkeypatch, longest):
    monkeypatch.setattr(ner_features, "MAX_SENTENCE", longest)
    rng = random.Random(longest)
    for _ in range(300):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        tokens = Tokens(text)
        assert sentences(tokens) == _by_token(tokens, longest), text


def test_a_long_run_without_a_stop_is_cut_and_a_text_of_four_sentences_runs():
    tokens = Tokens(" ".join(["Wort"] * 250))
    assert sentences(tokens) == [(0, 120), (120, 240), (240, 250)]
    assert running_text(Tokens("Eins. Zwei. Drei. Vier."))
    assert not running_text(Tokens("Eins. Zwei. Drei."))
