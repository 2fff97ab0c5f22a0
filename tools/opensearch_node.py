"""A local OpenSearch 2.19 node for development and tests, built from Maven Central artefacts.

``make opensearch-start`` / ``make opensearch-stop`` call this script; the tests' session fixture
imports it. Maven resolves the server jar and the ``transport-netty4`` and ``analysis-common``
modules (``tools/opensearch/pom.xml``) into ``~/.m2``; ``javac`` compiles the launcher
``tools/opensearch/LocalNode.java``, which loads both modules as classpath plugins. The node binds
127.0.0.1 only and runs without the security plugin.

    python tools/opensearch_node.py start [--port 9200] [--home .opensearch/node]
    python tools/opensearch_node.py stop  [--home .opensearch/node]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "opensearch"
POM = SOURCES / "pom.xml"
LAUNCHER = SOURCES / "LocalNode.java"
LOG_CONFIG = SOURCES / "log4j2.properties"
BUILD = ROOT / ".opensearch"  # git-ignored: classpath, compiled launcher, the make-started node
DEFAULT_HOME = BUILD / "node"
DEFAULT_PORT = 9200
DEFAULT_HEAP = "1g"
MIN_JAVA = 17
START_TIMEOUT = 180.0  # a guard against hangs on a busy machine, not a promise
_CHILDREN: dict[int, subprocess.Popen] = {}  # nodes this process started, waited for on stop


class NodeError(Exception):
    """The node could not be prepared, started or stopped; worded for people."""


@dataclass
class RunningNode:
    """A started node: its process id, address and how long it took to answer."""

    pid: int
    url: str
    home: Path
    start_seconds: float

    def rss_mb(self) -> float | None:
        """Return the resident memory of the node's process in MB, if it still runs."""
        return rss_mb(self.pid)


def missing_tools() -> str | None:
    """Return a German reason why no node can be built here, or None when Java and Maven are."""
    found = {name: shutil.which(name) for name in ("java", "javac", "mvn")}
    java = found["java"]
    if not all(found.values()):
        absent = [name for name, path in found.items() if not path]
        return f"Kein lokaler OpenSearch-Knoten möglich: {', '.join(absent)} nicht gefunden."
    version = _java_major(java)
    if version is None or version < MIN_JAVA:
        return f"Kein lokaler OpenSearch-Knoten möglich: Java {MIN_JAVA} oder neuer nötig."
    return None


def _java_major(java: str) -> int | None:
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    found = re.search(r'version "(\d+)', out)
    return int(found.group(1)) if found else None


def classpath(build: Path = BUILD) -> str:
    """Resolve the node's classpath with Maven (downloads into ~/.m2 once) and cache it."""
    out = build / "classpath.txt"
    if not out.exists() or out.stat().st_mtime < POM.stat().st_mtime:
        build.mkdir(parents=True, exist_ok=True)
        command = ["mvn", "-q", "-B", "-f", str(POM), "dependency:build-classpath"]
        command.append(f"-Dmdep.outputFile={out}")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            tail = (done.stdout + done.stderr).strip().splitlines()[-5:]
            raise NodeError("Maven konnte OpenSearch nicht auflösen:\n" + "\n".join(tail))
    return out.read_text("utf-8").strip()


def compiled(build: Path = BUILD) -> Path:
    """Compile the launcher against the classpath (once) and return the classes folder."""
    classes = build / "classes"
    target = classes / "LocalNode.class"
    if not target.exists() or target.stat().st_mtime < LAUNCHER.stat().st_mtime:
        classes.mkdir(parents=True, exist_ok=True)
        command = ["javac", "-d", str(classes), "-cp", classpath(build), str(LAUNCHER)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise NodeError("Der Starter des Knotens ließ sich nicht übersetzen:\n" + done.stderr)
    return classes


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(
    home: Path = DEFAULT_HOME,
    port: int = DEFAULT_PORT,
    *,
    heap: str = DEFAULT_HEAP,
    build: Path = BUILD,
    timeout: float = START_TIMEOUT,
) -> RunningNode:
    """Start a node with its data in ``home`` and wait until it answers on ``port``."""
    if reason := missing_tools():
        raise NodeError(reason)
    url = f"http://127.0.0.1:{port}"
    if (pid := _running_pid(home)) is not None:
        raise NodeError(f"Ein Knoten läuft schon (Prozess {pid}, Daten in {home}).")
    if _answers(url):
        raise NodeError(f"Port {port} ist belegt: dort antwortet schon etwas ({url}).")
    java_path = f"{compiled(build)}{os.pathsep}{classpath(build)}"
    for sub in ("config", "data", "logs"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    log = home / "logs" / "node.log"
    command = [
        "java",
        f"-Xms{heap}",
        f"-Xmx{heap}",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8",
        f"-Dlog4j.configurationFile={LOG_CONFIG}",
        f"-Djava.io.tmpdir={home / 'data'}",
        "-cp",
        java_path,
        "LocalNode",
        str(home),
        str(port),
    ]
    began = time.monotonic()
    with log.open("ab") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # make's or pytest's Ctrl-C must not kill it half-way
        )  # fmt: skip
    _CHILDREN[process.pid] = process
    _pid_file(home).write_text(str(process.pid), "utf-8")
    while time.monotonic() - began < timeout:
        if process.poll() is not None:
            _CHILDREN.pop(process.pid, None)
            _pid_file(home).unlink(missing_ok=True)
            raise NodeError(f"Der Knoten hat sich beendet:\n{_tail(log)}")
        if _answers(url):
            return RunningNode(process.pid, url, home, time.monotonic() - began)
        time.sleep(0.25)
    stop(home)
    raise NodeError(f"Der Knoten antwortet nach {timeout:.0f} s nicht:\n{_tail(log)}")


def stop(home: Path = DEFAULT_HOME, timeout: float = 60.0) -> bool:
    """Stop the node of ``home`` (SIGTERM, SIGKILL after ``timeout``); False if none ran."""
    pid = _running_pid(home)
    _pid_file(home).unlink(missing_ok=True)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    if (child := _CHILDREN.pop(pid, None)) is not None:
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    return True


def rss_mb(pid: int) -> float | None:
    """Return the resident set size of process ``pid`` in MB (Linux), or None."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else None


def _pid_file(home: Path) -> Path:
    return home / "node.pid"


def _running_pid(home: Path) -> int | None:
    try:
        pid = int(_pid_file(home).read_text("utf-8").strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) and _is_node(pid) else None


def _alive(pid: int) -> bool:
    if (child := _CHILDREN.get(pid)) is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


def _is_node(pid: int) -> bool:
    """Whether ``pid`` is our launcher (a stale pid file must not make us kill a stranger)."""
    try:
        return b"LocalNode" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust the pid file


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return "version" in json.load(response)
    except (OSError, ValueError, urllib.error.URLError):
        return False


def _tail(log: Path, lines: int = 15) -> str:
    try:
        return "\n".join(log.read_text("utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(kein Protokoll)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lokaler OpenSearch-Knoten für pressesuche")
    parser.add_argument("action", choices=["prepare", "start", "stop", "status"])
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--heap", default=DEFAULT_HEAP)
    args = parser.parse_args(argv)
    try:
        if args.action == "prepare":
            if reason := missing_tools():
                raise NodeError(reason)
            compiled()
            print("OpenSearch-Knoten vorbereitet (Maven-Artefakte aufgelöst, Starter übersetzt).")
        elif args.action == "start":
            node = start(args.home, args.port, heap=args.heap)
            rss = node.rss_mb()
            print(
                f"OpenSearch 2.19 läuft auf {node.url} (Prozess {node.pid}, Daten in {node.home}); "
                f"bereit nach {node.start_seconds:.1f} s, Speicher (RSS) {rss or 0:.0f} MB."
            )
        elif args.action == "stop":
            print("Knoten beendet." if stop(args.home) else "Es lief kein Knoten.")
        else:
            pid = _running_pid(args.home)
            print(f"Knoten läuft (Prozess {pid})." if pid else "Es läuft kein Knoten.")
            return 0 if pid else 1
    except NodeError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
