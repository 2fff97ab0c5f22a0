"""The tagger's numpy scoring agrees with its features, however it is computed."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.extraction import ner
from indexer.extraction.crf import LinearCRF
from indexer.extraction.ner_features import (
    context_features,
    sentence_features,
    shape,
    word_features,
)

WORDS = [
    "Müller",
    "Müllers",  # a genitive: the features of the stem as well
    "Hurrelmann",
    "Kaká",  # no German word, no cluster
    "Bundestag",
    "Deutsche",  # the first word of a curated organisation
    "Ghanas",  # a place
    "sagte",
    "und",
    "DAAD",
    "McKinsey",
    "Müller-Lüdenscheidt",
    "Landes-",
    "2024",
    ",",
    "Zzyqxvorp",
]


def _reference(crf: LinearCRF, word: str) -> np.ndarray:
    """Score a word's parts feature by feature: its own, and as each neighbour."""
    parts = [word_features(word), *(context_features(word, o) for o, _ in crf.offsets[1:])]
    return np.array(
        [sum((crf.weights[crf.index[f]] for f in p if f in crf.index), np.zeros(7)) for p in parts]
    )


def test_a_words_scores_are_the_weights_of_its_own_and_its_neighbour_features():
    crf = LinearCRF.load(ner.model_bytes())  # a fresh tagger: its table starts empty
    crf.emissions([WORDS])
    for word in WORDS:
        got = crf._table[crf._ids[word]].astype(np.float64)
        assert got == pytest.approx(_reference(crf, word), abs=1e-5), word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Müller-Lüdenscheidt", "Xx-Xx"),
        ("McKinsey", "XxXx"),
        ("DAAD", "X"),
        ("2024", "d"),
        ("A320neo", "Xdx"),
        ("ǅemal", "x"),  # a titlecase letter is no capital
        ("Straße,", "Xx,"),
    ],
)
def test_word_shapes(word, expected):
    assert shape(word) == expected


def test_a_second_capital_inside_a_word_is_marked():
    assert "mixcap" in word_features("BayernLB")
    assert "mixcap" not in word_features("Bayern")
    assert "mixcap" not in word_features("BAYERN")  # all capitals: an acronym


SENTENCES = [
    ["Der", "Bundestag", "hat", "Hurrelmann", "gehört", "."],
    ["Kaká", "schoss", "."],
    ["Laut", "dpa", "sagte", "Anna", "Müller-Lüdenscheidt", "von", "der", "SPD", ",", "dass"],
    ["Ja"],
]


def test_emissions_are_the_weights_of_every_feature_of_each_token():
    crf = LinearCRF.load(ner.model_bytes())
    got = crf.emissions(SENTENCES)
    want = [
        sum((crf.weights[crf.index[f]] for f in feats if f in crf.index), np.zeros(7))
        for words in SENTENCES
        for feats in sentence_features(words, crf.window)
    ]
    assert got == pytest.approx(np.array(want), abs=1e-4)


def _brute_force_marginals(crf: LinearCRF, words: list[str]) -> np.ndarray:
    """Sum the probability of every labelling of a short sentence, label by label."""
    scores = crf.emissions([words])
    width = len(crf.labels)
    paths = np.array(np.meshgrid(*[range(width)] * len(words), indexing="ij")).reshape(
        len(words), -1
    )
    log = scores[np.arange(len(words))[:, None], paths].sum(axis=0)
    log += crf.log_transitions.astype(np.float64)[paths[:-1], paths[1:]].sum(axis=0)
    weight = np.exp(log - log.max())
    return np.array(
        [np.bincount(paths[i], weight, minlength=width) / weight.sum() for i in range(len(words))]
    )


def test_marginals_of_sentences_tagged_together_are_those_of_every_labelling():
    crf = LinearCRF.load(ner.model_bytes())
    short = [s[:5] for s in SENTENCES]  # 7 ** 5 labellings at most
    for words, got in zip(short, crf.marginals(short), strict=True):
        assert got == pytest.approx(_brute_force_marginals(crf, words), abs=1e-9)
