"""Speaker rules of session 16 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause"],
    roles={"Anna Berg": "Landrätin"},
)
SAID = "Kassel – Der Bau der Brücke verzögert sich. „Wir schaffen den Termin im Mai nicht“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    found = extract_quotes(body, entities)
    for q in found:
        assert body[q.start : q.end] == q.text
    return [q.speaker for q in found]


CITED = [
    # a paper, a report, a magazine cites the person after it
    ("the-paper-cites", f"{SAID}, zitiert die Zeitung Anna Berg.", ["Anna Berg"]),
    ("a-compound-paper", f"{SAID}, zitiert die Lokalzeitung Anna Berg.", ["Anna Berg"]),
    ("a-named-paper", f"{SAID}, zitiert die Kasseler Allgemeine Anna Berg.", ["Anna Berg"]),
    ("a-magazine", f"{SAID}, zitiert der Spiegel Anna Berg.", ["Anna Berg"]),
    ("the-paper-cites-a-role", f"{SAID}, zitiert die Zeitung die Landrätin.", ["Anna Berg"]),
    # a person or a role that cites is the subject: whom they cite follows
    ("a-role-and-name-cite", f"{SAID}, zitiert die Landrätin Anna Berg den Bauleiter.", [None]),
    ("a-bare-role-and-name", f"{SAID}, zitiert Landrätin Anna Berg den Bauleiter.", [None]),
    (
        "a-role-cites-a-named-person",
        f"{SAID}, zitiert die Landrätin Anna Berg ihren Bauleiter Peter Krause.",
        ["Peter Krause"],
    ),
    ("a-person-cites", f"{SAID}, zitierte Anna Berg den Bauleiter.", [None]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CITED], ids=[c[0] for c in CITED])
def test_who_is_cited_after_the_quote(body, expected):
    assert speakers(body) == expected
