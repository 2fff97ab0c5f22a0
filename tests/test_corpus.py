"""Reading the corpus: files, JSONL records, ids, and skips with reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.text.corpus import make_id, read_source, scan


def _records(corpus: Path, max_bytes: int = 5_000_000):
    files, skips = scan(corpus)
    records = []
    for src in files:
        got, skipped = read_source(src, max_bytes)
        records += got
        skips += skipped
    return records, skips


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("000_4bf18ec25455da8e.txt", "000_4bf18ec25455da8e.txt"),
        ("2024/märz/pm 1.txt", "2024_m_rz_pm_1.txt"),
        ("news.jsonl:12", "news.jsonl_12"),
        ("../etc/passwd", "etc_passwd"),
        ("///", None),
    ],
    ids=["plain", "nested-umlaut-space", "jsonl-line", "dots", "only-separators"],
)
def test_make_id_is_url_safe_and_stable(text, expected):
    doc_id = make_id(text)
    assert doc_id == (expected or doc_id)
    assert doc_id and all(c.isascii() and (c.isalnum() or c in "._-") for c in doc_id)
    assert make_id(text) == doc_id


def test_seeds_are_read_as_five_records(corpus):
    records, skips = _records(corpus)
    assert len(records) == 5 and not skips
    assert {r.fmt for r in records} == {"txt"}
    assert all(r.path == r.source == r.id for r in records)


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "Erste Meldung", "id": "pm/1", "date": "2020-01-02", "title": "T"}),
        "{kaputt",
        json.dumps({"title": "ohne Text"}),
        "",
        json.dumps({"text": "Zweite Meldung", "url": "https://example.org/2"}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines), encoding="utf-8")
    records, skips = _records(tmp_path)
    assert [r.id for r in records] == ["pm_1", "news.jsonl_5"]
    assert records[0].meta == {"title": "T", "date": "2020-01-02"}
    assert records[1].meta == {"url": "https://example.org/2"}
    assert {s.path for s in skips} == {"news.jsonl:2", "news.jsonl:3"}
    assert "JSON" in next(s.reason for s in skips if s.path == "news.jsonl:2")


def test_size_cap_applies_per_document(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    small = json.dumps({"text": "klein"})
    big = json.dumps({"text": "y" * 2000})
    (tmp_path / "many.jsonl").write_text("\n".join([small] * 30 + [big]), encoding="utf-8")
    records, skips = _records(tmp_path, max_bytes=1000)
    assert len(records) == 30  # the JSONL file is larger than the cap; its records are not
    assert {s.path for s in skips} == {"big.txt", "many.jsonl:31"}


def test_empty_and_hidden_and_foreign_files(tmp_path):
    (tmp_path / "leer.txt").write_bytes(b"  \n")
    (tmp_path / ".versteckt.txt").write_text("geheim", encoding="utf-8")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    records, skips = _records(tmp_path)
    assert not records
    assert [(s.path, s.reason) for s in skips] == [("leer.txt", "leere Datei")]


def test_unreadable_file_is_skipped_not_fatal(tmp_path):
    (tmp_path / "gut.txt").write_text("Eine Meldung", encoding="utf-8")
    (tmp_path / "weg.txt").symlink_to(tmp_path / "gibt-es-nicht.txt")  # unreadable, even for root
    records, skips = _records(tmp_path)
    assert [r.path for r in records] == ["gut.txt"]
    assert [s.path for s in skips] == ["weg.txt"]
    assert skips[0].reason.startswith("nicht lesbar")


def test_jsonl_title_is_kept_and_the_text_stays_body(tmp_path):
    from indexer.build.release import prepare

    text = "Der Landrat eröffnete heute die Brücke in Lemgo."
    lines = [
        json.dumps({"text": text, "title": "Brücke eröffnet"}),
        json.dumps({"text": f"Brücke eröffnet\n\n{text}", "title": "Brücke eröffnet"}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    records, _ = _records(tmp_path)
    for record in records:
        release = prepare(record)
        assert (release.title, release.body) == ("Brücke eröffnet", text)
