"""The segment writer that reads field lengths once writes the same files as Whoosh's own."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_seeds
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from indexer.corpus import scan
from indexer.documents import to_records
from indexer.pipeline import prepare_files
from indexer.schema import build_schema
from indexer.writer import Writer


def _build(releases, folder: Path, writer_class) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = writer_class(ix, compound=False)
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


def test_writer_writes_the_same_segment_files_as_whoosh(tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    files, _ = scan(corpus)
    releases = [r for item in prepare_files(files, 10**7) for r in item.releases]
    assert len(releases) == 5
    ours = _build(releases, tmp_path / "ours", Writer)
    stock = _build(releases, tmp_path / "stock", SegmentWriter)
    assert ours.pop("dls")  # the doc lists, written beside Whoosh's files
    assert ours.keys() == stock.keys()
    assert any(name.endswith("pst") for name in ours)  # the postings, with their length stats
    assert ours == stock
