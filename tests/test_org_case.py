"""Curated names with a capital inside, written as news agencies write them."""

from __future__ import annotations

import pytest

from indexer.extraction.org_case import news_case
from tests.org_checks import org_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ebay hob am Mittwoch seine Prognose an.", [("eBay", "Ebay")]),
        ("Die Mailänder Unicredit streicht Stellen.", [("UniCredit", "Unicredit")]),
        ("Das Video stand zuerst auf Youtube.", [("YouTube", "Youtube")]),
        ("Thyssenkrupp verkauft die Sparte.", [("thyssenkrupp", "Thyssenkrupp")]),
    ],
    ids=["ebay", "unicredit", "youtube", "thyssenkrupp"],
)
def test_a_curated_name_is_found_with_one_capital(text, expected):
    assert org_spans(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("PayPal", "Paypal"),
        ("eBay", "Ebay"),
        ("KfW", None),  # three letters keep their capitals
        ("ManU", None),  # "Manu" is a given name
        ("Siemens", None),
        ("BMW", None),
    ],
    ids=["paypal", "ebay", "short", "given-name", "no-inner-capital", "acronym"],
)
def test_news_case(word, expected):
    assert news_case(word) == expected
