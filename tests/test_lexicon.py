"""A field's terms read from the term-index files at once are Whoosh's lexicon of the field."""

from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import fields
from whoosh import index as whoosh_index

from indexer.engine.lexicon import field_terms
from indexer.engine.writer import Writer
from indexer.search import vocabulary


def _words(rng: random.Random, count: int) -> str:
    letters = "abcdeöüäßzéİ"
    return " ".join(
        "".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(count)
    )


@pytest.mark.parametrize("segments", [1, 3])
def test_field_terms_are_whooshs_lexicon(tmp_path, segments):
    """Per field, over one segment or several (a term in more than one of them once), with a
    deleted document's terms (the lexicon keeps them), a field one segment lacks, and fields
    numbered before and after the one read."""
    rng = random.Random(segments)
    schema = fields.Schema(
        a=fields.TEXT(), b=fields.KEYWORD(), c=fields.ID(stored=True), d=fields.TEXT()
    )
    ix = whoosh_index.create_in(str(tmp_path), schema)
    for n in range(segments):
        writer = Writer(ix)
        for k in range(60):
            doc = {"a": _words(rng, 20), "b": _words(rng, 3), "c": f"{n}-{k}"}
            if n != 1:
                doc["d"] = _words(rng, 5)
            writer.add_document(**doc)
        writer.commit(merge=False)
    with ix.writer() as writer:
        writer.delete_by_term("c", "0-3")
        writer.mergetype = None
    with ix.reader() as reader:
        assert len(list(reader.leaf_readers())) == segments
        for name in ("a", "b", "c", "d", "e"):
            expected = list(reader.lexicon(name)) if name in reader.schema else []
            assert field_terms(reader, name) == expected
        assert field_terms(reader, "a")
    ix.close()


def test_the_vocabulary_file_reads_as_written(tmp_path):
    """The tables are written at zlib's fastest level: the same arrays read back."""
    words = sorted({_words(random.Random(n), 1) for n in range(3000)})
    built = {"exact": vocabulary.Vocabulary.build(words)}
    (tmp_path / "g").mkdir()
    path = vocabulary.write(tmp_path / "g", 4, built)
    with np.load(path) as data:
        assert data["format"].tolist() == [vocabulary.FORMAT, 4]
        blob = data["exact.words"].tobytes().decode("utf-8")
    assert blob.split("\n") == words
    table = vocabulary.load(tmp_path / "g", 4)["exact"]
    assert table.near("abcd", 2) == built["exact"].near("abcd", 2)
