"""A contact label glued to a name in a flattened block (``given_runs.label_tail``)."""

from __future__ import annotations

from indexer.extraction.persons import extract_persons

FLAT = (
    "Rückfragen bitte an: Stadtwerke Lindau Pressestelle Merle Dohrmann, "
    "Jonas Kreutzfeld Telefon: 08382 704-110 Fax: 08382 704-119"
)


def test_label_before_colon_leaves_the_name() -> None:
    assert [m.name for m in extract_persons(FLAT)] == ["Merle Dohrmann", "Jonas Kreutzfeld"]
