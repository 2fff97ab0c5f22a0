"""Worker processes start warm: the forkserver they are forked from has loaded, once, what
preparing a release loads on first use (``indexer.build.warm``), so no worker loads it again."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_warm_module_prepares_a_release_once():
    """What the forkserver does: after the import the sample release has been prepared and the
    tables it needs (the first names) are loaded; a worker forked from it finds them."""
    code = (
        "from indexer.build import pipeline\n"
        "from indexer.extraction import names\n"
        "assert not pipeline._warmed and names._first_names.cache_info().currsize == 0\n"
        "import indexer.build.warm\n"
        "assert pipeline._warmed and names._first_names.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_the_workers_forkserver_preloads_the_warm_module(tmp_path):
    """Real workers in a fresh process: the forkserver they start is told to import
    ``indexer.build.warm`` before it forks them (the standard library keeps the list)."""
    code = (
        "import multiprocessing.forkserver as fs, sys\n"
        "from pathlib import Path\n"
        "from indexer.build.pipeline import running\n"
        "root = Path(sys.argv[1])\n"
        "with running(2, root) as workers:\n"
        "    assert all(slot.process.is_alive() for slot in workers.slots)\n"
        "    assert fs._forkserver._preload_modules == ['indexer.build.warm']\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, timeout=300)
