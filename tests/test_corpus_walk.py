"""The corpus walk reports every problem, keeps what it cannot read, and stays in the corpus.

A sub-folder that cannot be listed used to be dropped in silence, and its releases removed from
the index; a link to a file outside the corpus was read and published. Root reads folders
without permission, so the unreadable folder is made real for a child process that runs the
command without the capabilities that let root pass (``setpriv``), or by a path too long to list.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_seeds

from indexer.build.indexing import index_corpus
from indexer.cli import main

SECRET = "Geheime Notiz\n\nDieser Text liegt außerhalb des Korpus und darf nicht erscheinen.\n"


def _index(corpus: Path, root: Path, *extra: str, env: dict | None = None) -> dict:
    args = ["index", "--corpus", str(corpus), "--index", str(root), "--json", *extra]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the corpus with a text file in it."""
    folder = tmp_path / "draußen"
    folder.mkdir()
    (folder / "notiz.txt").write_text(SECRET, "utf-8")
    return folder


def test_links_out_of_the_corpus_are_skipped_with_a_reason(corpus, outside, tmp_path):
    (corpus / "notiz.txt").symlink_to(outside / "notiz.txt")
    (corpus / "extern").symlink_to(outside, target_is_directory=True)
    (corpus / "innen.txt").symlink_to(corpus / sorted(os.listdir(corpus))[0])
    report = _index(corpus, tmp_path / "index")
    assert report["documents"] == 5
    reasons = {s["path"]: s["reason"] for s in report["skipped"]}
    assert reasons["notiz.txt"].startswith("Verweis auf eine Datei außerhalb des Korpusordners")
    assert reasons["extern/"].startswith("Verweis auf einen Ordner außerhalb des Korpusordners")
    assert "--follow-links" in reasons["notiz.txt"]
    assert reasons["innen.txt"].startswith("Duplikat von")  # a link inside is read as before
    found = CliRunner().invoke(main, ["search", "Geheime", "--index", str(tmp_path / "index")])
    assert "notiz" not in found.output


@pytest.mark.parametrize("how", ["option", "environment"])
def test_links_out_are_followed_when_allowed(corpus, outside, tmp_path, how):
    (corpus / "notiz.txt").symlink_to(outside / "notiz.txt")
    (corpus / "extern").symlink_to(outside, target_is_directory=True)
    (corpus / "schleife").symlink_to(corpus, target_is_directory=True)  # walked once only
    extra = ("--follow-links",) if how == "option" else ()
    env = {"PRESSESUCHE_FOLLOW_LINKS": "1"} if how == "environment" else None
    report = _index(corpus, tmp_path / "index", *extra, env=env)
    assert report["documents"] == 6  # the note once; the copy through the folder is a duplicate
    assert [s["reason"][:12] for s in report["skipped"]] == ["Duplikat von"]


def _without_root_powers() -> list[str]:
    """A command prefix that takes root's right to read any folder (empty when not root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is missing: root would read the folder")
    caps = "-dac_override,-dac_read_search"
    prefix = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode()[:200]}")
    return prefix


def _index_as_user(corpus: Path, root: Path, *extra: str) -> dict:
    command = [*_without_root_powers(), sys.executable, "-m", "indexer.cli", "index"]
    command += ["--corpus", str(corpus), "--index", str(root), "--json", *extra]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_an_unreadable_folder_keeps_its_releases_and_is_named(tmp_path, rebuild):
    corpus = tmp_path / "corpus"
    seeds = sorted(copy_seeds(corpus / "unten").iterdir())
    shutil.move(seeds[0], corpus / seeds[0].name)  # one seed stays readable at the top
    root = tmp_path / "index"
    assert _index(corpus, root)["documents"] == 5
    (corpus / "unten").chmod(0)
    try:
        report = _index_as_user(corpus, root, *(["--rebuild"] if rebuild else []))
    finally:
        (corpus / "unten").chmod(0o755)
    assert report["documents"] == 5
    assert report["removed"] == 0
    [skip] = report["skipped"]
    assert skip["path"] == "unten/"
    assert skip["reason"].startswith("Ordner nicht lesbar: keine Leserechte")
    assert _index(corpus, root)["documents"] == 5  # readable again: nothing to redo


def test_a_folder_too_deep_to_list_is_named(tmp_path):
    corpus = copy_seeds(tmp_path / "corpus")
    fd = os.open(corpus, os.O_RDONLY)
    try:
        for _ in range(4200 // 200):  # deeper than PATH_MAX: listing it by path fails
            os.mkdir("d" * 200, dir_fd=fd)
            child = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
    finally:
        os.close(fd)
    report = index_corpus(corpus, tmp_path / "index")
    assert report.documents == 5
    reasons = {s.reason for s in report.skipped}
    assert reasons == {"Ordner nicht lesbar: Name zu lang"}
    assert all(s.path.endswith("/") for s in report.skipped)
