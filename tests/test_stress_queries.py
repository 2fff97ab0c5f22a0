"""The hostile queries of ``make stress`` are answered, never with a 5xx (on the seed index)."""

from __future__ import annotations

import sys
from urllib.parse import unquote_plus

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from stress import HOSTILE  # noqa: E402  (tools/ is a folder of scripts)

# Fuzzy terms are left to the bound of issue 21 item 1: unbounded, "…versammlung~6" took 261 s on
# the five seed releases (measured 2026-12-06); add them here once fuzzy is bounded.
BOUNDED = [path for path in HOSTILE if "~" not in unquote_plus(path)]


@pytest.mark.parametrize("path", BOUNDED, ids=range(len(BOUNDED)))
def test_every_hostile_request_of_the_stress_run_is_answered(client, path):
    assert client.get(path).status_code < 500
