"""A body named by its town's adjective beside its full name is one value (``org_merge``)."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.model import CleanDocument


def _values(text: str) -> list[str]:
    return extract_entities(CleanDocument("", text)).organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Universitätsklinikum Tübingen forscht. Das Tübinger Klinikum hat 1500 Betten.",
         ["Universitätsklinikum Tübingen"]),
        ("Das Universitätsklinikum Jena wächst. Das Jenaer Uni-Klinikum baut.",
         ["Universitätsklinikum Jena"]),
        ("Die Polizei Bielefeld sucht Zeugen. Die Bielefelder Polizei bittet um Hinweise.",
         ["Polizei Bielefeld"]),
        ("Die Universität Bonn lehrt. Die Bonner Uni forscht.", ["Universität Bonn"]),
    ],
    ids=["clinic", "uni-clinic", "police", "uni"],
)  # fmt: skip
def test_the_town_adjective_form_is_an_alias_of_the_full_name(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Tübinger Klinikum hat 1500 Betten.", ["Tübinger Klinikum"]),
        ("Die Stadt München feiert. Die Münchner Polizei sichert das Fest.",
         ["Stadt München", "Münchner Polizei"]),
    ],
    ids=["alone", "other-head"],
)  # fmt: skip
def test_without_its_full_name_it_stays_a_value(text, expected):
    assert _values(text) == expected
