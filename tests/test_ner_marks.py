"""The rules' mentions as tagger features (``ner_marks``): numpy agrees with CRFsuite."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.extraction.crf import LinearCRF
from indexer.extraction.ner_features import sentence_features
from indexer.extraction.ner_marks import mark_features, token_marks


def test_marks_follow_the_rules_spans_and_name_the_neighbours():
    # "Heute sagte Anna Weber beim VDI ." by the tokens' start offsets
    starts = [0, 6, 12, 17, 23, 28, 32]
    marks = token_marks(starts, [(12, 22, "PER"), (28, 31, "ORG"), (17, 22, "ORG")])
    assert marks == ["", "", "B-PER", "I-PER", "", "B-ORG", ""]  # an overlapping span is left
    assert mark_features(marks, 2) == ("rule=B-PER", "+1rule=PER")
    assert mark_features(marks, 4) == ("-1rule=PER", "+1rule=ORG")
    assert mark_features(marks, 0) == ()


def test_numpy_marginals_with_marks_equal_crfsuite_ones(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    train = [
        (["Heute", "sagte", "Anna", "Weber", "etwas"], ["O", "O", "B-PER", "I-PER", "O"]),
        (["Die", "Firma", "Quantix", "meldete", "es"], ["O", "O", "B-ORG", "O", "O"]),
        (["Weber", "kam", "zur", "Stadt", "Köln"], ["B-PER", "O", "O", "O", "B-LOC"]),
    ]
    marks = [["", "", "B-PER", "I-PER", ""], ["", "", "B-PER", "", ""], None]
    trainer = pycrfsuite.Trainer(verbose=False)
    for (words, tags), m in zip(train, marks, strict=True):
        trainer.append(sentence_features(words, 2, m), tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30})
    path = str(tmp_path / "tiny.crfsuite")
    trainer.train(path)
    crf = LinearCRF.load(LinearCRF.from_crfsuite(path).to_bytes())
    reference = pycrfsuite.Tagger()
    reference.open(path)
    sentences = [["Heute", "kam", "Quantix", "."], ["Anna", "Weber", "sagte", "es"]]
    unseen = [["", "", "B-PER", ""], ["B-ORG", "I-ORG", "", ""]]
    for words, m, probs in zip(sentences, unseen, crf.marginals(sentences, unseen), strict=True):
        reference.set(sentence_features(words, 2, m))
        want = np.array([[reference.marginal(y, i) for y in crf.labels] for i in range(len(words))])
        assert np.allclose(probs, want, atol=1e-5)
