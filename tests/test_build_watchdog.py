"""A worker process stuck in C code, deaf to its own timer, is ended and replaced by the index run.

The release that hangs is made by a ``sitecustomize`` module on the ``PYTHONPATH`` of a real
``pressesuche index`` process (and so of its worker processes): preparing a release whose text
holds the marker masks ``SIGALRM`` and sleeps inside C, so the per-release timer
(``PRESSESUCHE_DOC_SECONDS``) never fires there. Only the main process can end that worker.
Without its watchdog the run hangs; a generous limit on the whole command is the hang guard, no
timing is asserted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.engine import store

MARKER = "HÄNGT IN C"
HOOK = f"""
import signal
import time

import indexer.build.release as release

_prepare = release.prepare


def prepare(record):
    data = record.data if isinstance(record.data, str) else record.data.decode("utf-8", "replace")
    if {MARKER!r} in data:
        signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGALRM}})
        time.sleep(900)  # in C, with the worker's timer signal held back
    return _prepare(record)


release.prepare = prepare
"""
GUARD = 240  # seconds for one index command: only a hang reaches it
# releases read before and after the one that hangs, in files of ten: the decisions on earlier
# files reach the worker (and are written) before it hangs
BEFORE, AFTER = 400, 100


def _lines(start: int, count: int) -> str:
    rows = (
        {
            "id": f"m{n}",
            "title": f"Meldung {n} der Stadtverwaltung",
            "text": f"Die Stadt meldet unter Nummer {n} eine neue Regelung für Bezirk {n % 17}.",
        }
        for n in range(start, start + count)
    )
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _index(corpus: Path, root: Path, hook: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": str(hook),
        "PRESSESUCHE_WORKERS": "2",
        "PRESSESUCHE_DOC_SECONDS": "4",
        "PRESSESUCHE_RELINK": "0",
    }
    command = [sys.executable, "-m", "indexer.cli", "index", "--corpus", str(corpus)]
    command += ["--index", str(root), "--json"]
    run = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = run.communicate(timeout=GUARD)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the index run hung on the release stuck in C")
    assert run.returncode == 0, err.decode()
    return json.loads(out)


@pytest.fixture
def hook(tmp_path: Path) -> Path:
    folder = tmp_path / "hook"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(HOOK, "utf-8")
    return folder


def test_a_worker_stuck_in_c_is_ended_and_the_run_goes_on(tmp_path, hook):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for start in range(0, BEFORE + AFTER, 10):
        name = f"{'a' if start < BEFORE else 'c'}{start:04}.jsonl"
        (corpus / name).write_text(_lines(start, 10), "utf-8")
    stuck = corpus / "b.txt"
    stuck.write_text(f"Eine Mitteilung, die hängt\n\nDieser Text {MARKER} bleibt stehen.\n")
    root = tmp_path / "index"

    first = _index(corpus, root, hook)
    # nothing else is lost: what the ended worker held or had written is prepared again
    assert first["documents"] == BEFORE + AFTER
    [skip] = first["skipped"]
    assert skip["path"] == "b.txt"
    assert skip["reason"].startswith("Zeitlimit überschritten")
    assert "Arbeitsprozess" in skip["reason"]
    live = store.live_path(root)
    assert "b.txt" in store.read_meta(live)["timed_out"]
    assert not [p.name for p in live.iterdir() if p.name.endswith(".tmp")]

    # the next run does not try the unchanged file again
    again = _index(corpus, root, hook)
    assert again["documents"] == BEFORE + AFTER
    [skip] = again["skipped"]
    assert skip["path"] == "b.txt"
    assert "nicht erneut versucht" in skip["reason"]

    # once the file changes it is tried again
    stuck.write_text("Eine Mitteilung, die nicht mehr hängt\n\nDer Text ist jetzt harmlos.\n")
    changed = _index(corpus, root, hook)
    assert changed["documents"] == BEFORE + AFTER + 1
    assert changed["skipped"] == []
