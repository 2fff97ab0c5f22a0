"""Schemathesis against the served OpenAPI description: no generated request is a server error.

The app is called in process through its WSGI interface (no network), over the seed index.
Examples are bounded per operation and derandomised, so every run sends the same requests.
(schemathesis' lazy ``from_fixture`` loader fails on pytest 9, so each operation's strategy is
run by Hypothesis directly.)
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from webapp import ENGINE, create_app
from webapp.openapi import spec

MAX_EXAMPLES = 50
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
OPERATIONS = sorted(spec()["paths"])
SENT: Counter[tuple[str, GenerationMode]] = Counter()
STATUSES: Counter[int] = Counter()


@pytest.fixture(scope="module")
def api_schema(seed_index):
    app = create_app({"TESTING": True, "INDEX_DIR": str(seed_index)})
    yield schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    app.extensions[ENGINE].close()
    print(f"\nschemathesis: {sum(SENT.values())} requests, statuses {dict(STATUSES)}")


@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda m: m.value)
@pytest.mark.parametrize("path", OPERATIONS)
def test_no_generated_request_is_a_server_error(api_schema, path, mode):
    """Valid requests (positive) and requests that break the description (negative)."""
    operation = api_schema[path]["GET"]

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        response = case.call_and_validate(checks=CHECKS)
        SENT[path, mode] += 1
        STATUSES[response.status_code] += 1

    try:
        run()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE
        pytest.skip("nothing in this operation's description can be broken")
    assert SENT[path, mode] > 0
