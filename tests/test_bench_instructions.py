"""``python -m bench.instructions`` counts a rebuild's instructions, phase by phase (callgrind)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PHASES = ("prepare", "relink", "analyse-add", "close-segment", "count-swap", "rebuild")
RELEASES = [
    (
        "Stadtwerke Auenfeld senken die Preise",
        "Auenfeld, 3. März 2025 – Die Stadtwerke Auenfeld senken zum 1. April ihre Strompreise. "
        "„Wir geben die niedrigeren Einkaufspreise weiter“, sagte Geschäftsführerin Marta "
        "Lindqvist.\n\nPressekontakt:\nStadtwerke Auenfeld, Pressestelle",
    ),
    (
        "Neue Buslinie zum Klinikum",
        "Auenfeld, 5. März 2025 – Ab Montag fährt die Linie 12 alle zwanzig Minuten zum "
        "Klinikum. Bürgermeister Tobias Renner eröffnete die Haltestelle am Markt.",
    ),
]


def _callgrind_ready() -> bool:
    if not (shutil.which("valgrind") and shutil.which("callgrind_annotate") and shutil.which("cc")):
        return False
    include = subprocess.run(["cc", "-E", "-"], input="#include <valgrind/callgrind.h>\n",
                             capture_output=True, text=True)  # fmt: skip
    return include.returncode == 0


@pytest.mark.skipif(not _callgrind_ready(), reason="valgrind, its headers or cc missing")
def test_instructions_prints_a_positive_count_per_phase(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        json.dumps({"id": f"r{i}", "title": title, "date": "2025-03-0" + str(i + 3), "text": text})
        for i, (title, text) in enumerate(RELEASES)
    ]
    (corpus / "releases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "bench.instructions", "--phases", "--top", "0", "--label", "t"]
        + ["--corpus", str(corpus), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[1],
    )
    assert run.returncode == 0, run.stderr[-2000:]
    counts = dict(re.findall(r"^  (\S+) .* ([\d,]+)$", run.stdout, re.M))
    for phase in PHASES:
        assert int(counts[phase].replace(",", "")) > 0, (phase, run.stdout)
    total = re.search(r"^t: ([\d.]+) G instructions", run.stdout, re.M)
    assert total and float(total[1]) > 0
