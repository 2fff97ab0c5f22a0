"""The segment writer that reads field lengths once writes the same files as Whoosh's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_seeds
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from indexer import writer as writer_module
from indexer.corpus import scan
from indexer.documents import to_records
from indexer.pipeline import prepare_files
from indexer.schema import build_schema
from indexer.writer import Writer


def _build(releases, folder: Path, writer_class, limitmb=128) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = writer_class(ix, compound=False, limitmb=limitmb)
    for release in releases:
        for record in to_records(release, "digest"):
            writer.add_document(**record)
    writer.commit()
    ix.close()
    # segment names are random: compare the files by what follows the name
    return {
        path.name.split(".", 1)[1]: path.read_bytes()
        for path in folder.iterdir()
        if path.name.startswith("MAIN_") and "." in path.name
    }


@pytest.mark.parametrize("limitmb", [128, 0.05], ids=["in-memory", "sorted-runs"])
def test_writer_writes_the_same_segment_files_as_whoosh(tmp_path, limitmb, monkeypatch):
    """Also when the pool is sorted in runs on disk (a pool of 50 KB: several runs, chunks
    smaller than a run)."""
    monkeypatch.setattr(writer_module, "CHUNK", 100)
    runs = []
    monkeypatch.setattr(
        writer_module._Pool,
        "_add_run",
        lambda pool, path: (runs.append(path), pool.runs.append(path)),
    )
    corpus = copy_seeds(tmp_path / "corpus")
    files, _ = scan(corpus)
    releases = [r for item in prepare_files(files, 10**7) for r in item.releases]
    assert len(releases) == 5
    ours = _build(releases, tmp_path / "ours", Writer, limitmb)
    assert (len(runs) > 5) == (limitmb < 1)
    stock = _build(releases, tmp_path / "stock", SegmentWriter, limitmb)
    assert ours.pop("dls")  # the doc lists, written beside Whoosh's files
    assert ours.keys() == stock.keys()
    assert any(name.endswith("pst") for name in ours)  # the postings, with their length stats
    assert ours == stock
