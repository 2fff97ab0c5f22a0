"""Bad corpus files: each is repaired and indexed or skipped with a reason, and the run goes on.

One corpus holds every case of the table below; one index run reads them all. Then the second
half: after a good first index, corrupting the files and running again loses nothing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from indexer.build.indexing import index_corpus
from indexer.engine import store
from indexer.search.searcher import Engine, get_release, search
from indexer.text.corpus import relative_name

CAP = 64 * 1024  # PRESSESUCHE_MAX_DOC_BYTES for these runs
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01\x02"


def release(word: str, title: str = "Pressemitteilung") -> str:
    """A short German release whose body holds the marker ``word``."""
    return (
        f"{title} zum Thema {word}\n\n"
        f"Düsseldorf, 3. März 2021. Die Stadt informiert über {word} und die nächsten Schritte. "
        "Bürgerinnen und Bürger können sich ab Montag im Rathaus beraten lassen.\n"
    )


def jsonl(*lines: bytes | str | dict) -> bytes:
    out = []
    for line in lines:
        if isinstance(line, dict):
            line = json.dumps(line, ensure_ascii=False)
        out.append(line.encode("utf-8") if isinstance(line, str) else line)
    return b"\n".join(out) + b"\n"


HTML = (
    "<!doctype html><html><head><title>Schulbau</title>"
    "<style>.zierleiste { color: red } /* Stilwortgeheim */</style>"
    "<script>var skriptwortgeheim = 'Skriptwortgeheim';</script></head>"
    "<body><h1>Neubau der Gesamtschule</h1><p>Die Stadt beginnt mit dem Schulneubau "
    "an der Ringstraße. Die Arbeiten dauern bis 2023.</p>"
    "<script>document.write('Nachgeladenwortgeheim')</script></body></html>"
)


@dataclass(frozen=True)
class Case:
    """One bad input: a path (str or bytes) below the corpus and what must come of it."""

    id: str
    name: str | bytes
    make: object  # bytes to write, or a callable(path) that creates it
    finds: tuple[str, ...] = ()  # words a search finds (the file was indexed)
    absent: tuple[str, ...] = ()  # words a search must not find
    skipped: str | None = None  # a reason in the report must contain this
    skip_path: str | None = None  # the reported path, when not the file's own


def _symlink_to_nowhere(path: Path) -> None:
    path.symlink_to(path.parent / "gibt-es-nicht.txt")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder_named_like_a_file(path: Path) -> None:
    path.mkdir()
    (path / "innen.txt").write_text(release("Ordnerinhaltswort"), "utf-8")


RANDOM = bytes(random.Random(3).randrange(256) for _ in range(4000)) + b"\x00\x00\x00"
ORIGINAL = release("Zwillingsmitteilung").encode("utf-8")
LONG_NAME = "lang-" + "ä" * 100 + "x" * 20 + ".txt"  # 245 bytes: near the 255-byte limit

CASES = [
    Case("empty", "leer.txt", b"", skipped="leere Datei"),
    Case("whitespace-only", "nur-leerraum.txt", b" \n\t\r\n  \n", skipped="leere Datei"),
    Case("png", "bild.txt", PNG + b"\x00" * 64, skipped="PNG"),
    Case("pdf", "bericht.md", PDF, skipped="PDF"),
    Case("random-bytes", "zufall.txt", RANDOM, skipped="Binärdaten"),
    Case("oversized", "riesig.txt", release("Übergrößenwort").encode() * 400, skipped="zu groß"),
    Case("cp1252", "cp1252.txt", release("Straßenfestgrüße „Köln“ – 5 €").encode("cp1252"),
         finds=("Straßenfestgrüße", "Köln")),
    Case("latin-1", "latin1.txt", release("Müllabfuhrgebühr").encode("latin-1"),
         finds=("Müllabfuhrgebühr",)),
    Case("utf-16-le-bom", "utf16le.txt", b"\xff\xfe" + release("Bärenzwinger").encode("utf-16-le"),
         finds=("Bärenzwinger",)),
    Case("utf-16-be-bom", "utf16be.txt", b"\xfe\xff" + release("Öltankprüfung").encode("utf-16-be"),
         finds=("Öltankprüfung",)),
    Case("utf-8-bom", "utf8bom.txt", b"\xef\xbb\xbf" + release("Übergangswohnheim").encode(),
         finds=("Übergangswohnheim",)),
    Case("html-script-style", "seite.html", HTML.encode(), finds=("Schulneubau", "Ringstraße"),
         absent=("Skriptwortgeheim", "skriptwortgeheim", "Stilwortgeheim", "zierleiste",
                 "Nachgeladenwortgeheim")),
    Case("duplicate-original", "a-original.txt", ORIGINAL, finds=("Zwillingsmitteilung",)),
    Case("duplicate-copy", "b-kopie.txt", ORIGINAL, skipped="Duplikat von a-original.txt"),
    Case("name-with-spaces", "mit leer zeichen.txt", release("Leerzeichenname").encode(),
         finds=("Leerzeichenname",)),
    Case("name-with-umlauts", "Übersicht äöü ß.txt", release("Umlautname").encode(),
         finds=("Umlautname",)),
    Case("name-with-newline", "zeilen\numbruch.txt", release("Zeilenumbruchname").encode(),
         finds=("Zeilenumbruchname",)),
    Case("very-long-name", LONG_NAME, release("Langername").encode(), finds=("Langername",)),
    Case("undecodable-name", b"caf\xe9-\xff.txt", release("Bytesname").encode(),
         finds=("Bytesname",)),
    Case("dangling-symlink", "verwaist.txt", _symlink_to_nowhere, skipped="Datei fehlt"),
    Case("fifo", "rohr.txt", _fifo, skipped="keine gewöhnliche Datei"),
    Case("folder-named-like-a-file", "ordner.txt", _folder_named_like_a_file,
         finds=("Ordnerinhaltswort",)),
    Case("jsonl-not-json", "nicht-json.jsonl",
         jsonl({"text": release("Jsonvorher")}, "{kein json", {"text": release("Jsonnachher")}),
         finds=("Jsonvorher", "Jsonnachher"), skipped="kein gültiges JSON",
         skip_path="nicht-json.jsonl:2"),
    Case("jsonl-array-line", "array.jsonl", jsonl("[1, 2]", {"text": release("Arraynachbar")}),
         finds=("Arraynachbar",), skipped="kein JSON-Objekt", skip_path="array.jsonl:1"),
    Case("jsonl-string-line", "zeichenkette.jsonl", jsonl('"str"', {"text": release("Strnachbar")}),
         finds=("Strnachbar",), skipped="kein JSON-Objekt", skip_path="zeichenkette.jsonl:1"),
    Case("jsonl-text-not-string", "zahl.jsonl",
         jsonl({"text": 5}, {"text": ["a"]}, {"text": release("Zahlnachbar")}),
         finds=("Zahlnachbar",), skipped="kein Text", skip_path="zahl.jsonl:2"),
    Case("jsonl-10-mb-line", "riesenzeile.jsonl",
         jsonl({"text": "Riesenzeilenwort " * 700_000}, {"text": release("Kleinezeile")}),
         finds=("Kleinezeile",), absent=("Riesenzeilenwort",), skipped="zu groß",
         skip_path="riesenzeile.jsonl:1"),
    Case("jsonl-invalid-utf8", "kaputt.jsonl",
         jsonl(b'{"text": "Kaputtwort \xff\xfe"}', {"text": release("Heilwort")}),
         finds=("Heilwort",), absent=("Kaputtwort",), skipped="kein UTF-8",
         skip_path="kaputt.jsonl:1"),
    Case("jsonl-deep-nesting", "tief.jsonl", jsonl("[" * 60_000, {"text": release("Flachwort")}),
         finds=("Flachwort",), skipped="zu tief verschachtelt", skip_path="tief.jsonl:1"),
    Case("jsonl-odd-fields", "felder.jsonl",
         jsonl({"text": release("Feldwort") + "\x00\x1f\x07", "id": {"a": [1]}, "date": [2012],
                "title": 7, "url": None}, "NaN", "9" * 5000),
         finds=("Feldwort",), skipped="kein JSON-Objekt", skip_path="felder.jsonl:2"),
]  # fmt: skip


def _write(corpus: Path, case: Case) -> None:
    if isinstance(case.name, bytes):
        path = os.path.join(os.fsencode(corpus), case.name)
        with open(path, "wb") as fh:
            fh.write(case.make)
        return
    path = corpus / case.name
    if callable(case.make):
        case.make(path)
    else:
        path.write_bytes(case.make)


def _relpath(corpus: Path, case: Case) -> str:
    name = os.fsdecode(case.name) if isinstance(case.name, bytes) else case.name
    return relative_name(corpus / name, corpus)


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory):
    """Every case in one corpus, indexed once with a small document cap."""
    base = tmp_path_factory.mktemp("bad")
    corpus = base / "corpus"
    corpus.mkdir()
    for case in CASES:
        _write(corpus, case)
    root = base / "index"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRESSESUCHE_MAX_DOC_BYTES", str(CAP))
        report = index_corpus(corpus, root)
    engine = Engine(root)
    yield corpus, report, engine
    engine.close()


def test_the_run_goes_on_and_reports_every_bad_file(bad_corpus):
    corpus, report, engine = bad_corpus
    finding = [c for c in CASES if c.finds]
    # one release per readable file; one per word found in a JSONL file (one word a line)
    jsonl_file = [c for c in finding if str(c.name).endswith(".jsonl")]
    assert report.documents == len(finding) - len(jsonl_file) + sum(
        len(c.finds) for c in jsonl_file
    )
    assert report.documents == search(engine, "").total
    for skip in report.skipped:
        assert skip.reason and "Traceback" not in skip.reason


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_file(bad_corpus, case):
    corpus, report, engine = bad_corpus
    reasons = {}
    for skip in report.skipped:
        reasons.setdefault(skip.path, []).append(skip.reason)
    if case.skipped:
        path = case.skip_path or _relpath(corpus, case)
        assert any(case.skipped in r for r in reasons.get(path, [])), (path, reasons)
    elif not case.finds:
        assert _relpath(corpus, case) not in reasons
    for word in case.finds:
        hits = search(engine, word).hits
        assert hits, word
        if not str(case.name).endswith(".jsonl"):
            assert {h.path for h in hits} >= {_relpath(corpus, case)} or case.id.startswith(
                "folder"
            )
    for word in case.absent:
        assert search(engine, word).total == 0, word


def test_html_script_and_style_are_not_in_the_stored_text(bad_corpus):
    _, _, engine = bad_corpus
    page = get_release(engine, "seite.html")
    assert page.title == "Neubau der Gesamtschule"
    assert "geheim" not in page.body + page.boilerplate


def test_a_byte_order_mark_never_reaches_the_title(bad_corpus):
    _, _, engine = bad_corpus
    for doc_id in ("utf8bom.txt", "utf16le.txt", "utf16be.txt"):
        assert get_release(engine, doc_id).title.startswith("Pressemitteilung"), doc_id


def test_odd_names_can_be_shown_by_id_and_path(bad_corpus):
    corpus, _, engine = bad_corpus
    for case in CASES:
        if case.id.endswith("name"):
            path = _relpath(corpus, case)
            found = get_release(engine, path)
            assert found is not None and get_release(engine, found.id).path == path


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_a_file_without_read_permission_is_skipped(corpus, tmp_path):
    (corpus / "gesperrt.txt").write_text(release("Gesperrtwort"), "utf-8")
    (corpus / "gesperrt.txt").chmod(0)
    report = index_corpus(corpus, tmp_path / "index")
    assert report.documents == 5
    assert [s.reason for s in report.skipped] == ["nicht lesbar: keine Leserechte"]


# --- nothing already indexed is lost ----------------------------------------------------------


def _all_ids(engine: Engine) -> set[str]:
    return {h.id for h in search(engine, "", limit=100).hits}


@pytest.fixture
def good_index(corpus, tmp_path, monkeypatch):
    """Seeds plus a cp1252 file, a JSONL file of three releases and one to grow too large."""
    monkeypatch.setenv("PRESSESUCHE_MAX_DOC_BYTES", str(CAP))
    (corpus / "cp1252.txt").write_bytes(release("Straßenbahnhaltestelle").encode("cp1252"))
    (corpus / "wächst.txt").write_text(release("Wachstumswort"), "utf-8")
    (corpus / "serie.jsonl").write_bytes(
        jsonl(*({"id": f"s{n}", "text": release(f"Serienwort{n}")} for n in range(3)))
    )
    root = tmp_path / "index"
    report = index_corpus(corpus, root)
    assert report.documents == 10 and not report.skipped
    engine = Engine(root)
    yield corpus, root, engine, _all_ids(engine)
    engine.close()


def test_corrupted_files_keep_their_documents(good_index):
    corpus, root, engine, before = good_index
    seeds = sorted(p.name for p in corpus.glob("0*.txt"))
    (corpus / seeds[0]).write_bytes(PNG + b"\x00" * 100)  # now binary
    (corpus / seeds[1]).write_bytes(b"")  # now empty
    (corpus / seeds[2]).unlink()
    _symlink_to_nowhere(corpus / seeds[2])  # now a dangling link
    (corpus / seeds[3]).unlink()
    _fifo(corpus / seeds[3])  # now a pipe
    (corpus / "cp1252.txt").write_bytes(RANDOM)  # now random bytes
    (corpus / "wächst.txt").write_text(release("Wachstumswort") * 2000, "utf-8")  # now too large
    (corpus / "serie.jsonl").write_bytes(  # line 2 broken, one line added
        jsonl(
            {"id": "s0", "text": release("Serienwort0")},
            '{"id": "s1", "text": "abgeschnit',
            {"id": "s2", "text": release("Serienwort2")},
            {"id": "s3", "text": release("Serienwort3")},
        )
    )
    for run in range(2):  # and a second run changes nothing
        report = index_corpus(corpus, root)
        assert report.documents == 11, run
        assert _all_ids(engine) == before | {"s3"}, run
        assert report.removed == 0, run
        kept = [s for s in report.skipped if "bisherige Fassung" in s.reason]
        assert {s.path for s in kept} == {*seeds[:4], "cp1252.txt", "wächst.txt", "serie.jsonl:2"}
    for word in ("Straßenbahnhaltestelle", "Wachstumswort", "Serienwort1", "Serienwort3"):
        assert search(engine, word).total == 1, word


def test_repaired_files_replace_the_kept_versions(good_index):
    corpus, root, engine, before = good_index
    (corpus / "serie.jsonl").write_bytes(jsonl('{"id": "s1", "text": "abgeschnit'))
    index_corpus(corpus, root)
    assert _all_ids(engine) == before
    (corpus / "serie.jsonl").write_bytes(jsonl({"id": "s1", "text": release("Neufassung")}))
    report = index_corpus(corpus, root)
    assert report.documents == 8 and report.removed == 2 and not report.skipped
    assert search(engine, "Serienwort1").total == 0 and search(engine, "Neufassung").total == 1
    assert index_corpus(corpus, root).unchanged == 8


def test_a_deleted_file_is_still_removed(good_index):
    corpus, root, engine, before = good_index
    (corpus / "cp1252.txt").unlink()
    report = index_corpus(corpus, root)
    assert report.removed == 1 and report.documents == 9


def test_a_file_changed_twice_is_not_read_again_on_the_next_run(corpus, tmp_path):
    # Whoosh keeps the terms of deleted documents: the manifest must not see the old digests.
    root = tmp_path / "index"
    index_corpus(corpus, root)
    seed = sorted(corpus.glob("*.txt"))[0]
    for n in range(4):
        seed.write_text(seed.read_text("utf-8") + f"\nNachtrag {n}.\n", "utf-8")
        assert index_corpus(corpus, root).updated == 1
        again = index_corpus(corpus, root)
        assert (again.updated, again.unchanged) == (0, 5), n


def test_a_rebuild_keeps_what_it_cannot_read_now(good_index):
    corpus, root, engine, before = good_index
    total = search(engine, "").total
    (corpus / "cp1252.txt").write_bytes(b"")
    live = store.live_path(root)
    report = index_corpus(corpus, root, rebuild=True)
    assert report.rebuilt and store.live_path(root) != live
    assert [s.path for s in report.skipped] == ["cp1252.txt"]
    assert (report.documents, report.unchanged) == (total, 1)  # kept from the old generation
    assert search(engine, "Straßenbahnhaltestelle").total == 1
    (corpus / "cp1252.txt").unlink()  # deleting the file does remove it
    assert index_corpus(corpus, root, rebuild=True).documents == total - 1
    shutil.rmtree(corpus)
    corpus.mkdir()
    with pytest.raises(store.StoreError):
        index_corpus(corpus / "fehlt", root)
    assert search(engine, "").total == total - 1


def test_an_open_engine_never_sees_a_replaced_release_twice(corpus, tmp_path):
    # Whoosh's Searcher.refresh() kept the old deletions of a reused segment: the release
    # replaced by an incremental update was found twice until the server restarted.
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    seed = sorted(corpus.glob("*.txt"))[0]
    ids = [h.id for h in search(engine, "", limit=100).hits]
    title, rest = seed.read_text("utf-8").split("\n", 1)
    for n in range(3):
        seed.write_text(f"{title}\n\nDas Nachtragswort{n} ist neu.\n{rest}", "utf-8")
        index_corpus(corpus, root)
        assert sorted(h.id for h in search(engine, "", limit=100).hits) == sorted(ids), n
        assert search(engine, f"Nachtragswort{n}").total == 1
    engine.close()
