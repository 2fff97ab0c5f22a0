"""A linear-chain CRF that computes token marginals with numpy, from weights CRFsuite learned.

CRFsuite (python-crfsuite) trains the model; ``make model`` exports its weights to an ``.npz``
file (attribute names, one weight row per attribute, the transition matrix), so tagging needs only
numpy. Tagging is cheap because the features of ``ner_features`` split into parts that depend on one
word each: the word's own features, and what it tells as the neighbour at -2, -1, +1 or +2. Each
part is summed into one score row per distinct word and offset, cached, and the score of a token is
five cached rows added. The forward-backward pass runs over all sentences of a text at once.
"""

from __future__ import annotations

import io
import zipfile

import numpy as np

from indexer.extraction.ner_features import context_features, offsets, word_features

_PAD, _END = "<s>", "</s>"
# states are at most 1 and transitions e**-10 .. e**10: eight steps stay far inside float64
RESCALE = 8
MAX_ROWS = 200_000  # cached words; 5 x 7 float32 scores each: at most ~37 MB with the slack


class LinearCRF:
    """Token marginals of a first-order CRF (the model CRFsuite's ``crf1d`` trains)."""

    def __init__(
        self,
        labels: list[str],
        attributes: list[str],
        weights: np.ndarray,
        transitions: np.ndarray,
    ) -> None:
        self.labels = list(labels)
        self.index = {a: i for i, a in enumerate(attributes)}
        width = len(self.labels)
        self.weights = np.vstack([weights.astype(np.float64), np.zeros((1, width))])
        self.log_transitions = transitions
        self.transitions = np.exp(transitions.astype(np.float64))
        self._missing = len(attributes)
        # the neighbours the model was trained with: as far as its attributes reach (``-3w=…``)
        window = 1
        while any(a.startswith(f"-{window + 1}w=") for a in attributes):
            window += 1
        self.window, self.offsets = window, offsets(window)
        for name in ("bias", "first", "firstcap", "last"):
            setattr(self, f"_{name}", self._score((name,)))
        # word -> row of self._table: the word's own score and its scores as each neighbour
        self._ids = {_PAD: 0, _END: 1}
        self._table = np.zeros((1024, len(self.offsets), width), dtype=np.float32)
        self._table[0] = self._parts(_PAD)
        self._table[1] = self._parts(_END)
        self._spread = self._spread_attributes()
        # "-1w|w=der|bund": the word before and the word, each lowercased word of a pair by a
        # number, a pair by a key of the two numbers; a table row knows its word's number
        pairs = [
            (tuple(a[6:].split("|", 1)), i)
            for a, i in self.index.items()
            if a.startswith("-1w|w=") and a.count("|") == 2
        ]
        self._pair_words = {w: n for n, w in enumerate(sorted({w for p, _ in pairs for w in p}))}
        size, number = len(self._pair_words), self._pair_words
        keys = np.array([number[a] * size + number[b] for (a, b), _ in pairs], dtype=np.int64)
        order = np.argsort(keys)
        self._pair_keys = keys[order]
        self._pair_weights = self.weights[np.array([i for _, i in pairs], dtype=np.int64)[order]]
        self._pair_word = np.full(len(self._table), -1, dtype=np.int64)  # -1: in no pair

    @classmethod
    def load(cls, data: bytes) -> LinearCRF:
        """Read a model written by ``save``."""
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return cls(
                [str(x) for x in npz["labels"]],
                [str(x) for x in npz["attributes"]],
                npz["weights"],
                npz["transitions"],
            )

    @classmethod
    def from_crfsuite(cls, path: str) -> LinearCRF:
        """Read the weights of a CRFsuite model file (needs python-crfsuite)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        labels = tagger.labels()
        at = {label: i for i, label in enumerate(labels)}
        attributes = sorted({a for (a, _), w in info.state_features.items() if w})
        row = {a: i for i, a in enumerate(attributes)}
        weights = np.zeros((len(attributes), len(labels)))
        for (attr, label), w in info.state_features.items():
            if w:
                weights[row[attr], at[label]] = w
        transitions = np.zeros((len(labels), len(labels)))
        for (source, target), w in info.transitions.items():
            transitions[at[source], at[target]] = w
        tagger.close()
        return cls(labels, attributes, weights, transitions)

    def to_bytes(self) -> bytes:
        """Return the model as ``.npz`` bytes (float32 weights)."""
        attributes = sorted(self.index, key=self.index.get)
        return self.save(self.labels, attributes, self.weights[:-1], self.log_transitions)

    @staticmethod
    def save(
        labels: list[str], attributes: list[str], weights: np.ndarray, transitions: np.ndarray
    ) -> bytes:
        """Return the ``.npz`` bytes of a model (weights as float32), the same for the same model.

        Written entry by entry with a fixed date: ``np.savez`` stamps the time of writing.
        """
        arrays = {
            "labels": np.array(labels),
            "attributes": np.array(attributes),
            "weights": weights.astype(np.float32),
            "transitions": transitions.astype(np.float32),
        }
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as npz:
            for name, array in arrays.items():
                entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                with npz.open(entry, "w") as fh:
                    np.lib.format.write_array(fh, array, allow_pickle=False)
        return out.getvalue()

    def _score(self, features) -> np.ndarray:
        index, missing = self.index, self._missing
        rows = [index.get(f, missing) for f in features]
        return self.weights[rows].sum(axis=0)

    def _spread_attributes(self) -> dict[str, tuple[list[int], list[int]]]:
        """Return, for each feature of a word itself (``w=bund``), the parts of a word's table
        block it scores in (0: the word itself; 1 ..: as each neighbour) and the weight row of
        each: its own row, and the rows of the same feature at a neighbour (``-1w=bund``).

        A neighbour's features (``context_features``) are the word's own features of a few kinds
        with the offset in front, so one look-up per own feature finds every part it scores in;
        an offset feature the model holds is one the word has itself (``test_crf``).
        """
        # the offsets "-2" .. "+2" (one digit: a window under 10); no own feature starts with - +
        prefixes = {o: p for p, (o, _) in enumerate(self.offsets) if o}
        spread: dict[str, tuple[list[int], list[int]]] = {}
        for attribute, row in self.index.items():
            part = prefixes.get(attribute[:2], 0) if attribute[:1] in "+-" else 0
            if part:
                if attribute.startswith("-1w|w="):
                    continue  # the pair of words: scored per token (``emissions``)
                attribute = attribute[2:]
            parts, rows = spread.setdefault(attribute, ([], []))
            parts.append(part)
            rows.append(row)
        return spread

    def _add(self, words: list[str]) -> None:
        """Compute the score parts of new ``words`` at once and give each a table row."""
        if len(self._ids) + len(words) > MAX_ROWS:
            self._ids = {_PAD: 0, _END: 1}  # a bound on memory over a long build
        spread, width = self._spread, len(self.offsets)
        cells: list[int] = []
        rows: list[int] = []
        for n, word in enumerate(words):
            at = n * width
            for feature in word_features(word):
                found = spread.get(feature)
                if found is not None:
                    cells += [at + p for p in found[0]]
                    rows += found[1]
        sums = np.zeros((len(words) * width, len(self.labels)))
        np.add.at(sums, cells, self.weights[rows])
        first = len(self._ids)
        while first + len(words) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._pair_word = np.concatenate([self._pair_word, np.full_like(self._pair_word, -1)])
        self._table[first : first + len(words)] = sums.reshape(len(words), width, -1)
        number = self._pair_words
        self._pair_word[first : first + len(words)] = [number.get(w.lower(), -1) for w in words]
        for i, word in enumerate(words, start=first):
            self._ids[word] = i

    def _parts(self, word: str) -> np.ndarray:
        own = self._score(word_features(word))
        others = (self._score(context_features(word, o)) for o, _ in self.offsets[1:])
        return np.array([own, *others])

    def emissions(self, sentences: list[list[str]]) -> np.ndarray:
        """Return the state scores (tokens x labels) of the sentences' tokens, one after another."""
        ids = self._ids
        new = list(dict.fromkeys(w for words in sentences for w in words if w not in ids))
        if new:
            self._add(new)
        get = self._ids.get
        w = self.window
        padded = [0] * w
        for words in sentences:
            padded += map(get, words)
            padded += [1] * w + [0] * w
        rows = np.array(padded[:-w])
        inside = np.flatnonzero(rows > 1)
        table = self._table
        scores = table[rows[inside], 0] + self._bias
        for part, (_, shift) in enumerate(self.offsets[1:], start=1):
            scores += table[rows[inside + shift], part]
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        starts = np.cumsum(lengths) - lengths
        scores[starts] += self._first
        capital = [
            i for i, words in zip(starts.tolist(), sentences, strict=True) if words[0][:1].isupper()
        ]
        scores[capital] += self._firstcap
        scores[(starts + lengths - 1)[lengths > 1]] += self._last
        # the pair of a token and the one before it: both in some pair (padding is in none)
        number = self._pair_word[rows]
        before, word = number[inside - 1], number[inside]
        both = np.flatnonzero((before >= 0) & (word >= 0))
        if both.size:
            keys = before[both] * len(self._pair_words) + word[both]
            at = np.minimum(np.searchsorted(self._pair_keys, keys), len(self._pair_keys) - 1)
            hit = self._pair_keys[at] == keys
            scores[both[hit]] += self._pair_weights[at[hit]]
        return scores

    def marginals(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Return for each sentence the marginal probability of each label at each token.

        Both passes run as one: forward over the sentences aligned at their starts, backward over
        them reversed (aligned at their ends), so neither needs a mask: what the padding holds is
        never read; one numpy step per position serves both.
        """
        if not sentences:
            return []
        lengths = np.array([len(s) for s in sentences])
        count, width, longest = len(sentences), len(self.labels), int(lengths.max())
        flat = self.emissions(sentences)
        flat = np.exp(flat - flat.max(axis=1, keepdims=True))  # per token: the scale cancels out
        column = np.arange(longest)[None, :]
        left = column < lengths[:, None]
        right = column >= longest - lengths[:, None]
        # the backward pass is a forward one over the reversed sentences, transitions transposed
        states = np.ones((2, count, longest, width))
        states[0][left] = flat
        ends = np.ones((count, longest, width))
        ends[right] = flat
        states[1] = ends[:, ::-1]
        trans = np.stack([self.transitions, self.transitions.T])
        run = np.empty_like(states)
        run[:, :, 0] = states[:, :, 0]
        # positions are rescaled every RESCALE steps only: the marginals are normalised at the end
        for t in range(1, longest):
            np.multiply(run[:, :, t - 1] @ trans, states[:, :, t], out=run[:, :, t])
            if t % RESCALE == 0:
                run[:, :, t] /= run[:, :, t].sum(axis=2, keepdims=True)
        # the backward run holds state x beta; beta is what the next token passes back
        beta = np.ones((count, longest, width))
        beta[:, 1:] = run[1, :, :-1] @ trans[1]
        joint = run[0][left] * beta[:, ::-1][right]
        joint /= joint.sum(axis=1, keepdims=True)
        return np.split(joint, np.cumsum(lengths)[:-1])
