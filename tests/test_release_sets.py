"""Scoring another annotated set of releases with its own parts (``release_sets``), own texts."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.release_sets import evaluate_set, load_set, main, part_of

TEXT = (
    "Neue Kreisbibliothek eröffnet\n\n"
    "Landrätin Petra Vollmers eröffnete am Montag die neue Kreisbibliothek. „Lesen verbindet "
    "die Generationen, und unsere Bibliothek ist für alle offen“, sagte Vollmers.\n\n"
    "Der Förderverein Kreisbibliothek Ostheide spendete 500 Bücher."
)

QUOTE = "Lesen verbindet die Generationen, und unsere Bibliothek ist für alle offen"


def release(ident: str, part: str, persons: list[str]) -> dict:
    gold = {
        "date": None,
        "date_in_text": "unknown",
        "persons": persons,
        "persons_optional": [],
        "organisations": [["Förderverein Kreisbibliothek Ostheide"]],
        "organisations_optional": [],
        "quotes": [{"text": QUOTE, "speaker": "Petra Vollmers"}],
        "quote_fragments": [],
    }
    return {"id": ident, "split": part, "sender_type": "district", "text": TEXT, "gold": gold}


def write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_parts_are_the_rows_own_split(tmp_path: Path) -> None:
    rows = load_set(
        write(tmp_path, [release("a", "tune", ["Petra Vollmers"]), release("b", "check", [])])
    )
    assert [part_of(r) for r in rows] == ["tune", "check"]
    results = evaluate_set(rows)
    assert results["tune"].persons.tp == 1 and results["tune"].right_speaker == 1
    assert results["check"].persons.fp == 1  # a person the gold does not list
    assert results["all"].releases == 2 and "check · municipal" in results


def test_errors_only_of_the_tune_part(tmp_path: Path) -> None:
    errors: list[str] = []
    rows = [release("a", "tune", ["Anna Quell"]), release("b", "check", ["Anna Quell"])]
    evaluate_set(rows, errors)
    assert errors and all(e.startswith("a ") for e in errors)


def test_command_prints_the_table(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, [release("a", "tune", ["Petra Vollmers"])])
    assert main([str(path), "--errors"]) == 0
    assert "tune" in capsys.readouterr().out
    assert main([]) == 2
