"""The spelling tables: grouping by numpy sorts equals grouping by a sort of tuples, and the file
written from a sorted lexicon equals the one written from the words sorted again."""

import random

import numpy as np
import pytest

from indexer.search import vocabulary


def _grouped_by_tuples(words: list[str], at: int) -> tuple[list[str], dict]:
    """The grouping as first written: a sort of (key letter, length, index) tuples."""
    keyed = sorted((vocabulary.key(w[at]), len(w), i) for i, w in enumerate(words) if len(w) > at)
    offsets: dict = {}
    for n, (letter, length, _) in enumerate(keyed):
        start = offsets.get((letter, length), (n, n))[0]
        offsets[(letter, length)] = (start, n + 1)
    return [words[i] for *_, i in keyed], offsets


def _words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdeöüäßÄÖÜzéÉİı1"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("at", [0, 1])
def test_groups_equal_the_tuple_sort(seed, at):
    words = _words(seed, 3000)
    groups = vocabulary.Groups.build(words, at)
    expected_words, expected_offsets = _grouped_by_tuples(words, at)
    assert groups.words == expected_words
    assert list(groups.offsets.items()) == list(expected_offsets.items())
    assert [words[i] for i in groups.order.tolist()] == groups.words


def test_no_words_make_no_groups():
    groups = vocabulary.Groups.build(["a"], 1)
    assert groups.words == [] and groups.offsets == {}


def _arrays(path):
    with np.load(path) as data:
        return {name: data[name].tobytes() for name in data.files}


def test_the_file_of_a_sorted_lexicon_equals_the_file_of_its_words_sorted_again(tmp_path):
    words = sorted(set(_words(9, 4000)))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    fast = vocabulary.write(tmp_path / "a", 3, {"exact": vocabulary.Vocabulary.build(words)})
    built = vocabulary.Vocabulary.build(words)
    unknown = vocabulary.Vocabulary(built.first, built.second)  # words unknown: sorted anew
    slow = vocabulary.write(tmp_path / "b", 3, {"exact": unknown})
    assert _arrays(fast) == _arrays(slow)
    table = vocabulary.load(tmp_path / "a", 3)["exact"]
    assert sorted(table.first.words) == words
    assert table.near("abcd", 1) == vocabulary.Vocabulary.build(words).near("abcd", 1)
