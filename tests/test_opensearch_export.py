"""``pressesuche export --format opensearch``: mapping, bulk files, word lists of a real index."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from whoosh import query as q

from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.engine import schema as f
from indexer.engine import store
from indexer.exports import opensearch
from indexer.text.wordlist import is_word

BUILT_IN = {
    "tokenizer": {"standard"},
    "char_filter": set(),
    "filter": {"lowercase", "asciifolding"},
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DELETED = "004_2bd094ce7e921f38.txt"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(
            main, ["export", "--format", "opensearch", *args], catch_exceptions=False
        )

    return invoke


@pytest.fixture
def exported(run, seed_index, tmp_path) -> Path:
    out = tmp_path / "export"
    result = run("--out", str(out), "--index", str(seed_index))
    assert result.exit_code == 0, result.output
    return out


def _mapping(out: Path) -> dict:
    return json.loads((out / opensearch.MAPPING).read_text("utf-8"))


def _pairs(out: Path) -> list[tuple[dict, dict]]:
    """Read every bulk file: newline-terminated NDJSON of action lines, each with its source."""
    pairs = []
    for path in sorted(out.glob(opensearch.BULK_GLOB)):
        text = path.read_text("utf-8")
        assert text.endswith("\n")
        lines = [json.loads(line) for line in text.splitlines()]
        assert len(lines) % 2 == 0, path.name
        for action, source in zip(lines[::2], lines[1::2], strict=True):
            assert list(action) == ["index"] and "index" not in source
            pairs.append((action["index"], source))
    return pairs


def _counts(root: Path) -> dict[str, int]:
    with store.open_live(root).searcher() as searcher:
        return {
            kind: len(list(searcher.docs_for_query(q.Term(f.KIND, kind))))
            for kind in (f.RELEASE_KIND, f.QUOTE_KIND)
        }


def test_every_analyzer_uses_defined_parts_and_reads_the_word_lists(exported):
    mapping = _mapping(exported)
    analysis = mapping["settings"]["analysis"]
    assert set(analysis["analyzer"]) == {
        opensearch.GERMAN, opensearch.GERMAN_SEARCH, opensearch.EXACT,
    }  # fmt: skip
    for analyzer in analysis["analyzer"].values():
        assert analyzer["tokenizer"] in BUILT_IN["tokenizer"] | set(analysis.get("tokenizer", {}))
        for kind in ("char_filter", "filter"):
            for name in analyzer.get(kind, []):
                assert name in BUILT_IN[kind] | set(analysis[kind]), (kind, name)
    by_type = {spec["type"]: spec for spec in analysis["filter"].values()}
    assert by_type["snowball"]["language"] == "German2"
    assert by_type["unique"]["only_on_same_position"] is True
    stops = by_type["stop"]["stopwords"]
    assert {"und", "der", "für", "fuer", "dass", "daß"} <= set(stops)
    assert not {"nicht", "kein", "gegen", "ohne"} & set(stops)
    for key in ("word_list_path", "synonyms_path"):
        spec = next(s for s in analysis["filter"].values() if key in s)
        assert (exported / spec[key]).is_file(), spec[key]
    # compounds are split when indexing only, as pressesuche does
    german = analysis["analyzer"][opensearch.GERMAN]["filter"]
    search = analysis["analyzer"][opensearch.GERMAN_SEARCH]["filter"]
    assert "pressesuche_compounds" in german and "pressesuche_compounds" not in search
    assert analysis["analyzer"][opensearch.EXACT]["filter"] == ["lowercase"]
    assert "boost" not in json.dumps(mapping)  # boosts go into queries


def test_text_fields_have_an_exact_sub_field_and_facets_are_keywords(exported):
    mappings = _mapping(exported)["mappings"]
    assert mappings["dynamic"] == "strict"
    props = mappings["properties"]
    for name in (f.TITLE, f.BODY):
        assert props[name]["analyzer"] == opensearch.GERMAN
        assert props[name]["fields"]["exact"]["analyzer"] == opensearch.EXACT
    for name in (f.ID, f.KIND, f.PERSONS, f.ORGANISATIONS, f.SPEAKER, f.YEAR, f.DOC_ID):
        assert props[name]["type"] == "keyword"
    for name in (f.PERSON_KEYS, f.ORGANISATION_KEYS, f.SPEAKER_KEY):
        assert props[name]["type"] == "keyword"
    assert props[f.DATE]["type"] == "date"


def test_word_list_holds_known_compound_parts(exported):
    words = (exported / opensearch.ANALYSIS / opensearch.COMPOUNDS).read_text("utf-8").split("\n")
    assert words[-1] == "" and words[:-1] == sorted(set(words[:-1]))
    assert {"integration", "minister", "verwaltung"} <= set(words)  # Integrationsministerium, …
    assert all(w.islower() and len(w) >= 4 and is_word(w) for w in words[:-1])
    rules = (exported / opensearch.ANALYSIS / opensearch.GENDER).read_text("utf-8").splitlines()
    assert "migrantinnen => migrant" in rules and "staatssekretärin => staatssekretär" in rules


def test_bulk_has_one_source_per_live_record(exported, seed_index):
    pairs = _pairs(exported)
    ids = [action["_id"] for action, _ in pairs]
    assert len(ids) == len(set(ids))
    assert all(action["_index"] == opensearch.INDEX_NAME for action, _ in pairs)
    assert all(source[f.ID] == action["_id"] for action, source in pairs)
    kinds = [source[f.KIND] for _, source in pairs]
    counts = _counts(seed_index)
    assert counts[f.RELEASE_KIND] == kinds.count(f.RELEASE_KIND) == 5
    assert counts[f.QUOTE_KIND] == kinds.count(f.QUOTE_KIND) > 0
    releases = {s[f.ID] for _, s in pairs if s[f.KIND] == f.RELEASE_KIND}
    assert all(s[f.DOC_ID] in releases for _, s in pairs if s[f.KIND] == f.QUOTE_KIND)


def test_every_source_field_is_mapped_with_a_matching_type(exported):
    props = _mapping(exported)["mappings"]["properties"]
    seen = set()
    for _, source in _pairs(exported):
        for name, value in source.items():
            seen.add(name)
            kind = props[name]["type"]  # KeyError: a field the strict mapping would refuse
            if name in opensearch.LISTS:
                assert isinstance(value, list) and value
                assert all(isinstance(v, str) and v and f.SEP not in v for v in value)
            elif kind in ("keyword", "text"):
                assert isinstance(value, str) and value
            elif kind == "date":
                assert ISO_DATE.match(value)
            elif kind == "integer":
                assert isinstance(value, int)
            elif kind == "float":
                assert isinstance(value, float) and 0 < value <= 1
            else:
                pytest.fail(f"{name}: unexpected type {kind}")
    assert {f.DATE, opensearch.DATE_TEXT, f.PERSONS, f.QUOTE, opensearch.START} <= seen
    assert f.CONFIDENCE in seen  # a quote with a speaker carries how sure it is


@pytest.mark.parametrize(
    ("stored", "date", "date_text"),
    [
        ("2012-11-28", "2012-11-28", None),
        ("--01-27", None, "--01-27"),
        ("2012", None, "2012"),
        ("2012-02-30", None, "2012-02-30"),
        ("", None, None),
    ],
    ids=["iso", "no-year", "year-only", "impossible", "none"],
)
def test_dates_are_iso_or_kept_as_text(stored, date, date_text):
    source = opensearch.to_source({f.ID: "x", f.KIND: f.RELEASE_KIND, f.DATE: stored})
    assert source.get(f.DATE) == date and source.get(opensearch.DATE_TEXT) == date_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bürger*innen", "Bürger"),
        ("Bürger:innen", "Bürger"),
        ("Bürger_innen", "Bürger"),
        ("Bürger·innen", "Bürger"),
        ("Kolleg*in", "Kolleg"),
        ("Bürger/-innen", "Bürger"),
        ("Bürger(innen)", "Bürger"),
        ("BürgerInnen", "Bürger"),
        ("LehrerIn", "Lehrer"),
        ("Bürger*innenbeteiligung", "Bürgerbeteiligung"),
        ("Termin", "Termin"),
        ("Innenminister", "Innenminister"),
        ("Stadt:Info", "Stadt:Info"),
        ("Bürgerinnen", "Bürgerinnen"),  # the synonym list maps these
    ],
)
def test_gender_char_filters(text, expected):
    # the patterns use no construct that Java and Python read differently
    for pattern in (opensearch.GENDER_MARKS, opensearch.GENDER_CAMEL):
        text = re.sub(pattern, "", text)
    assert text == expected


def test_tiny_size_limit_splits_into_several_files(run, seed_index, tmp_path, exported):
    out = tmp_path / "klein"
    limit = 0.004  # 4,000 bytes: several releases are larger than that
    assert run("--out", str(out), "--index", str(seed_index), "--max-mb", str(limit)).exit_code == 0
    files = sorted(out.glob(opensearch.BULK_GLOB))
    assert len(files) > 2
    assert [p.name for p in files] == [f"bulk-{n:04d}.ndjson" for n in range(1, len(files) + 1)]
    for path in files:
        lines = path.read_bytes().count(b"\n")
        assert path.stat().st_size <= limit * opensearch.MB or lines == 2, path.name
    assert _pairs(out) == _pairs(exported)


def test_export_reads_the_live_index_not_the_corpus(run, corpus, tmp_path):
    root = tmp_path / "index"
    index_corpus(corpus, root)
    (corpus / DELETED).unlink()
    index_corpus(corpus, root)  # an incremental update: the release is deleted in place
    (corpus / "000_4bf18ec25455da8e.txt").unlink()  # not indexed again: still exported
    out = tmp_path / "export"
    result = run("--out", str(out), "--index", str(root), "--name", "presse-2024")
    assert result.exit_code == 0 and "4 Pressemitteilungen" in result.output
    pairs = _pairs(out)
    assert {a["_index"] for a, _ in pairs} == {"presse-2024"}
    assert not [s for _, s in pairs if DELETED in (s[f.ID], s.get(f.DOC_ID))]
    assert sum(s[f.KIND] == f.RELEASE_KIND for _, s in pairs) == _counts(root)[f.RELEASE_KIND]
    readme = (out / opensearch.README).read_text("utf-8")
    assert "PUT" in readme and "/_bulk" in readme and "presse-2024" in readme


def test_missing_index_is_a_message(run, tmp_path):
    out = tmp_path / "export"
    result = run("--out", str(out), "--index", str(tmp_path / "leer"))
    assert result.exit_code == 1 and "pressesuche index" in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_non_empty_folder_is_kept_unless_forced(run, seed_index, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    (out / "notiz.txt").write_text("meins")
    (out / "bulk-0007.ndjson").write_text("alt\n")
    result = run("--out", str(out), "--index", str(seed_index))
    assert result.exit_code == 1 and "nicht leer" in result.output and "--force" in result.output
    assert "Traceback" not in result.output and not (out / opensearch.MAPPING).exists()
    assert run("--out", str(out), "--index", str(seed_index), "--force").exit_code == 0
    assert (out / "notiz.txt").read_text() == "meins"  # only an earlier export is replaced
    assert not (out / "bulk-0007.ndjson").exists() and (out / "bulk-0001.ndjson").is_file()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [(["--max-mb", "0"], 2, "--max-mb"), (["--name", "Presse Archiv"], 1, "Indexname")],
    ids=["zero-size", "bad-name"],
)
def test_bad_options_are_messages(run, seed_index, tmp_path, args, code, message):
    result = run("--out", str(tmp_path / "export"), "--index", str(seed_index), *args)
    assert result.exit_code == code and message in result.output
    assert "Traceback" not in result.output


def test_out_must_be_a_folder(run, seed_index, tmp_path):
    out = tmp_path / "export.json"
    out.write_text("{}")
    result = run("--out", str(out), "--index", str(seed_index))
    assert result.exit_code == 1 and "kein Ordner" in result.output
    assert out.read_text() == "{}"
