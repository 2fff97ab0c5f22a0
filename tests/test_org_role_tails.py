"""A role between an organisation's head and a person is no part of the name
(``org_role_tails``), own sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_organisations


def orgs(text: str) -> list[str]:
    return extract_organisations(text)


CASES = [
    (
        "role-then-name",
        "Gestern sprach Hans-Sachs-Stiftung Vorsitzender Jens Olbrich über die Spenden.",
        ["Hans-Sachs-Stiftung"],
    ),
    ("kind-alone", "Das erklärte Stadtwerke Geschäftsführer Ole Brandt am Montag.", []),
    (
        "role-und-role",
        "Froh war auch Stadtwerke Aufsichtsratsvorsitzender und Bürgermeister Ole Brandt.",
        [],
    ),
    # no head before the role: a name of its own
    ("name", "Der Verein Deutscher Ingenieure lädt ein.", ["Verein Deutscher Ingenieure"]),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_role_tail(case: str, text: str, want: list[str]) -> None:
    assert orgs(text) == want, case
