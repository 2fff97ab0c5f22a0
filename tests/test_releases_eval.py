"""The scoring of real annotated releases: matching rules, the fixed split, the whole set."""

from __future__ import annotations

import json

import pytest

from evaluation import releases


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Anna Weber", "Dr. Anna Weber", True),
        ("Weber", "Anna Weber", True),
        ("Anna Müller-Weber", "Anna Mueller-Weber", False),
        ("Jörg Groß", "Jorg Gross", True),
        ("Anna Weber", "Berta Weber", False),
        ("Anna Maria Weber", "Anna Weber", True),
        ("Weber", "Webers", False),
    ],
    ids=[
        "title",
        "surname-only",
        "ue-not-folded",
        "diacritics-sz",
        "other-first",
        "middle",
        "diff",
    ],
)
def test_persons_match_by_the_readme_rule(predicted, gold, same):
    assert releases.persons_match(predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Deutsche Presse-Agentur", "dpa", True),
        ("DAAD", "Deutscher Akademischer Austauschdienst", False),
        ("Stadtwerke Musterstadt GmbH", "Stadtwerke Musterstadt", True),
        ("Stadt Musterstadt", "Stadtwerke Musterstadt", False),
        ("Universität Musterstadt", "Universitaet Musterstadt", False),
    ],
    ids=["acronym-long", "initials-only", "jaccard", "different", "no-ue-folding"],
)
def test_organisations_match_by_jaccard_or_initials(predicted, gold, same):
    assert releases.orgs_match(predicted, gold) is same


def test_one_to_one_ignores_second_names_and_optional_ones():
    errors: list[str] = []
    counts = releases.match_one_to_one(
        [["Anna Weber"], ["Weber"], ["Karl Kunz"], ["Otto Nein"]],
        [["Anna Weber"], ["Eva Fehlt"]],
        ["Karl Kunz"],
        releases.persons_match,
        errors,
        "x",
    )
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert errors == ["x FP Otto Nein", "x FN Eva Fehlt"]


def test_split_is_fixed_by_the_id():
    ids = [f"release_{i}" for i in range(1000)]
    tune = [i for i in ids if releases.split_of(i) == "tune"]
    assert releases.split_of("a_sta_karlsruhe_geiselnahme") == releases.split_of(
        "a_sta_karlsruhe_geiselnahme"
    )
    assert 0.55 < len(tune) / len(ids) < 0.65


@pytest.mark.parametrize(
    ("sender_type", "group"),
    [
        ("state ministry", "government"),
        ("political party (state branch)", "politics"),
        ("public utility (Stadtwerke), PresseBox wire", "business"),
        ("police", "police/justice"),
        ("trade union", "civil society"),
    ],
)
def test_sender_types_fall_into_groups(sender_type, group):
    assert releases.sender_group(sender_type) == group


def test_a_synthetic_release_is_scored_field_by_field(tmp_path):
    text = (
        "Musterstadt, 3. März 2025 – Die Stadtwerke Musterstadt GmbH bauen ein Netz.\n\n"
        "„Wir freuen uns auf den Bau“, sagte Geschäftsführerin Anna Weber."
    )
    row = {
        "id": "synthetic",
        "sender_type": "company",
        "title": "Neues Netz",
        "text": text,
        "gold": {
            "date": "2025-03-03",
            "date_in_text": "stated",
            "persons": ["Anna Weber"],
            "persons_optional": [],
            "organisations": [["Stadtwerke Musterstadt GmbH", "Stadtwerke Musterstadt"]],
            "organisations_optional": [],
            "quotes": [{"text": "Wir freuen uns auf den Bau", "speaker": "Anna Weber"}],
            "quote_fragments": [],
        },
    }
    path = tmp_path / "releases.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    results = releases.evaluate(releases.load(path))
    r = results["all"]
    assert (r.persons.tp, r.persons.fp, r.organisations.tp, r.organisations.fp) == (1, 0, 1, 0)
    assert (r.dates_right, r.found, r.right_speaker, r.wrong_speaker) == (1, 1, 1, 0)
    assert set(results) == {"all", releases.split_of("synthetic"),
                            f"{releases.split_of('synthetic')} · business"}  # fmt: skip


def test_the_shared_releases_are_scored_per_split_and_sender(shared):
    rows = releases.load(shared / "corpora" / "pressemitteilungen_dev" / "releases.jsonl")
    if not rows:
        pytest.skip("pressemitteilungen_dev is not there")
    results = releases.evaluate(rows)
    assert results["tune"].releases + results["report"].releases == len(rows)
    assert results["all"].quotes >= 200
    table = releases.format_results(results)
    assert "tune · government" in table and "report" in table


def test_errors_are_listed_for_the_tune_split_only(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "corpora" / "pressemitteilungen_dev"
    folder.mkdir(parents=True)
    rows = []
    for rid in ("synthetic_0", "synthetic_1", "synthetic_2", "synthetic_3"):
        rows.append(
            {
                "id": rid,
                "sender_type": "city",
                "title": "Titel",
                "text": "Die Stadt baut.",
                "gold": {
                    "date": None,
                    "date_in_text": "no",
                    "persons": [f"Fehlt {rid.title()}"],
                    "organisations": [],
                    "organisations_optional": [],
                    "quotes": [],
                },
            }
        )
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    (folder / "releases.jsonl").write_text(text + "\n", encoding="utf-8")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    releases.main(errors=True)
    out = capsys.readouterr().out
    for r in rows:
        listed = f"{r['id']} per FN" in out
        assert listed is (releases.split_of(r["id"]) == "tune")
    assert {releases.split_of(r["id"]) for r in rows} == {"tune", "report"}


def test_confidence_tradeoff_counts_what_each_threshold_leaves_null():
    result = releases.Result(quotes=5, found=4)
    # (confidence, speaker right, gold speaker null)
    result.attributions = [
        (1.0, True, False),
        (0.7, False, False),
        (0.5, False, True),
        (None, True, True),
    ]
    rows = releases.tradeoff(result)
    assert rows == [(0.0, 2, 2), (0.5, 2, 2), (0.7, 3, 1), (1.0, 3, 0)]
    assert "3/5" in releases.format_tradeoff(result)
