"""Versions: the same release re-sent with small edits is one hit, its newest version first;
different releases from one template stay apart. Through the CLI and the HTTP API."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.search import versions
from indexer.search.searcher import Engine, search
from indexer.text import similarity
from tests.versions_data import (
    NOTICE,
    POLICE_A,
    POLICE_B,
    SCHOOL,
    SCHOOL_DATE,
    SCHOOL_SENTENCE,
)
from webapp import ENGINE, create_app

TOWN, POLICE = "Stadt Musterhausen", "Polizeipräsidium Musterhausen"
TITLE = "Bürgerversammlung zur Grundschule"
RELEASES = [
    {"id": "schule-1", "title": TITLE, "date": "2024-03-10", "text": SCHOOL, "source": TOWN},
    {"id": "schule-2", "title": TITLE, "date": "2024-03-11", "text": SCHOOL_DATE, "source": TOWN},
    {
        "id": "schule-3",
        "title": f"{TITLE} (aktualisiert)",
        "date": "2024-03-12",
        "text": SCHOOL_SENTENCE,
        "source": TOWN,
    },
    {"id": "polizei-a", "title": "Einbruch", "date": "2024-03-05", "text": POLICE_A,
     "source": POLICE},
    {"id": "polizei-b", "title": "Einbruch", "date": "2024-03-08", "text": POLICE_B,
     "source": POLICE},
    {"id": "notiz-1", "title": "Bürgerbüro", "date": "2024-03-01",
     "text": NOTICE.format(day="Montag")},
    {"id": "notiz-2", "title": "Bürgerbüro", "date": "2024-03-02",
     "text": NOTICE.format(day="Dienstag")},
]  # fmt: skip
GROUPS = 5  # the school release in three versions, two police reports, two notices


def rule(a: str, b: str) -> bool:
    """Whether two texts are versions of one release by the rule (exact measure)."""
    sa, sb = similarity.shingles(a), similarity.shingles(b)
    small = min(len(sa), len(sb)) < similarity.MIN_SHINGLES
    return not small and similarity.jaccard(sa, sb) >= similarity.THRESHOLD


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (SCHOOL, SCHOOL, True),
        (SCHOOL, SCHOOL_DATE, True),
        (SCHOOL_DATE, SCHOOL_SENTENCE, True),
        (SCHOOL, SCHOOL.replace("Eintritt ist frei.", "Eintritt ist frei!\n\n"), True),
        (SCHOOL, SCHOOL.upper(), True),
        (POLICE_A, POLICE_B, False),
        (SCHOOL, POLICE_A, False),
        (NOTICE.format(day="Montag"), NOTICE.format(day="Montag"), False),  # too short to tell
        ("", "", False),
    ],
    ids=[
        "identical", "date-corrected", "sentence-changed", "punctuation-layout", "case",
        "police-template", "unrelated", "short-notice", "empty",
    ],
)  # fmt: skip
def test_similarity_rule_edges(a, b, same):
    assert rule(a, b) is same
    # the signatures pick every pair the rule joins (estimated share far above the cut)
    estimate = similarity.similarity(similarity.signature(a), similarity.signature(b))
    if same:
        assert estimate >= 0.5
    elif min(len(similarity.shingles(a)), len(similarity.shingles(b))) < similarity.MIN_SHINGLES:
        assert similarity.signature(a) == b"" or similarity.signature(b) == b""


def test_rule_on_real_speeches_and_news(shared):
    """Real re-sent texts of the government speeches are versions, real texts from one
    template (news stubs, Bundestag motions) are not (pairs found with the signatures)."""
    speeches = {}
    with (shared / "corpora/bundesregierung_speeches_barbaresi/speeches.jsonl").open() as lines:
        for line in lines:
            record = json.loads(line)
            speeches[record["idx"]] = record["text"]
    # the same speech re-sent: once identical, once edited, once with a header line added
    for a, b in [(263, 282), (461, 475), (288, 292), (229, 245)]:
        assert rule(speeches[a], speeches[b]), (a, b)
    # the same speech reworked for another year (Jaccard .54): another text
    assert not rule(speeches[466], speeches[487])
    with (shared / "corpora/10kgnad_test/test.csv").open() as handle:
        news = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'")]
    # two agency stubs: one sentence each and the same notice (Jaccard .45)
    assert not rule(news[51], news[63])


def build(tmp_path, releases, name="index") -> str:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in releases]
    (corpus / "mitteilungen.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    index = str(tmp_path / name)
    got = CliRunner().invoke(main, ["index", "--corpus", str(corpus), "--index", index])
    assert got.exit_code == 0, got.output
    return index


def cli_search(index: str, *args: str) -> dict:
    got = CliRunner().invoke(main, ["search", *args, "--index", index, "--json"])
    assert got.exit_code == 0, got.output
    return json.loads(got.output)


@pytest.fixture(scope="module")
def version_index(tmp_path_factory) -> str:
    return build(tmp_path_factory.mktemp("versions"), RELEASES)


def test_cli_search_shows_one_hit_per_release_newest_first(version_index):
    data = cli_search(version_index, "", "--limit", "100")
    assert data["total"] == GROUPS == len(data["hits"])
    by_id = {hit["id"]: hit for hit in data["hits"]}
    assert set(by_id) == {"schule-3", "polizei-a", "polizei-b", "notiz-1", "notiz-2"}
    assert by_id["schule-3"]["versions"] == ["schule-2", "schule-1"]
    assert by_id["polizei-a"]["versions"] == [] and by_id["notiz-1"]["versions"] == []
    # facets count the hits, as total does
    assert data["facets"]["year"] == [{"value": "2024", "count": GROUPS, "selected": False}]
    sources = {v["value"]: v["count"] for v in data["facets"]["source"]}
    assert sources == {TOWN: 1, POLICE: 2}


def test_cli_versions_of_a_query_and_all_versions(version_index):
    found = cli_search(version_index, "Grundschule")
    assert found["total"] == 1 and found["hits"][0]["id"] == "schule-3"
    # the newest version that matches: only the first two versions name the 38 millions
    older = cli_search(version_index, "38 Millionen")
    assert [h["id"] for h in older["hits"]] == ["schule-2"]
    assert older["hits"][0]["versions"] == ["schule-3", "schule-1"]
    # a query of filter fields only, ranked by Whoosh: the older versions stay out too
    assert [h["id"] for h in cli_search(version_index, "person:Beispiel")["hits"]] == ["schule-3"]
    every = cli_search(version_index, "Grundschule", "--fassungen", "alle")
    assert every["total"] == 3
    assert {h["id"] for h in every["hits"]} == {"schule-1", "schule-2", "schule-3"}
    assert cli_search(version_index, "", "--fassungen", "alle", "--limit", "100")["total"] == 7
    bad = CliRunner().invoke(main, ["search", "--index", version_index, "--fassungen", "x"])
    assert bad.exit_code == 1 and "Fassungen bitte" in bad.output


def test_cli_paging_counts_groups(version_index):
    pages = [cli_search(version_index, "", "--limit", "2", "--page", str(n)) for n in (1, 2, 3)]
    ids = [h["id"] for page in pages for h in page["hits"]]
    assert len(ids) == len(set(ids)) == GROUPS
    assert all(page["total"] == GROUPS for page in pages)


def test_cli_source_filter_and_show(version_index):
    data = cli_search(version_index, "", "--source", POLICE)
    assert data["total"] == 2 and {h["source"] for h in data["hits"]} == {POLICE}
    shown = CliRunner().invoke(main, ["show", "schule-1", "--index", version_index, "--json"])
    assert json.loads(shown.output)["versions"] == ["schule-3", "schule-2"]
    plain = CliRunner().invoke(main, ["show", "schule-3", "--index", version_index])
    assert "weitere Fassung(en): schule-2, schule-1" in plain.output


def groups(index: str) -> dict[str, list[str]]:
    engine = Engine(index)
    try:
        hits = search(engine, "", limit=100, filters=None).hits
        return {h.id: h.versions for h in hits}
    finally:
        engine.close()


def test_groups_do_not_depend_on_the_order_of_indexing(tmp_path, version_index):
    reversed_index = build(tmp_path, RELEASES[::-1], "reversed")
    assert groups(reversed_index) == groups(version_index)


def test_an_update_joins_a_new_version_to_its_release(tmp_path, version_index):
    first = [r for r in RELEASES if r["id"] != "schule-2"]
    index = build(tmp_path, first)
    assert groups(index)["schule-3"] == ["schule-1"]
    build(tmp_path, RELEASES)  # an incremental update adds the missing version
    assert groups(index) == groups(version_index)


def test_a_removed_version_leaves_its_group(tmp_path):
    index = build(tmp_path, RELEASES)
    build(tmp_path, [r for r in RELEASES if r["id"] != "schule-3"])  # update: one removed
    assert groups(index)["schule-2"] == ["schule-1"]
    assert "schule-3" not in groups(index)


def test_same_date_versions_ordered_by_id(tmp_path):
    same_day = [
        {**RELEASES[0], "id": "a-erste", "date": "2024-03-10"},
        {**RELEASES[1], "id": "b-zweite", "date": "2024-03-10"},
    ]
    assert groups(build(tmp_path, same_day)) == {"b-zweite": ["a-erste"]}


@pytest.fixture(scope="module")
def client(version_index):
    app = create_app({"TESTING": True, "INDEX_DIR": version_index})
    yield app.test_client()
    app.extensions[ENGINE].close()


def test_api_search_groups_and_all_versions(client):
    data = client.get("/api/search?q=Grundschule").get_json()
    assert data["total"] == 1 and data["hits"][0]["versions"] == ["schule-2", "schule-1"]
    every = client.get("/api/search?q=Grundschule&fassungen=alle").get_json()
    assert every["total"] == 3
    assert every["facets"]["source"] == [{"value": TOWN, "count": 3, "selected": False}]
    bad = client.get("/api/search?fassungen=einige")
    assert bad.status_code == 400 and "Fassungen bitte" in bad.get_json()["error"]


def test_api_source_facet_filter_and_values(client):
    data = client.get("/api/search", query_string={"source": TOWN}).get_json()
    assert data["total"] == 1 and data["hits"][0]["id"] == "schule-3"
    assert {"value": TOWN, "count": 1, "selected": True} in data["facets"]["source"]
    values = client.get("/api/facets/source?prefix=poli").get_json()
    assert values["facet"] == "source" and values["values"] == [
        {"value": POLICE, "count": 2, "selected": False}
    ]
    every = client.get("/api/facets/source?fassungen=alle").get_json()
    assert {v["value"]: v["count"] for v in every["values"]} == {TOWN: 3, POLICE: 2}


def test_api_document_lists_versions(client):
    data = client.get("/api/documents/schule-2").get_json()
    assert data["versions"] == ["schule-3", "schule-1"]
    assert client.get("/api/documents/polizei-a").get_json()["versions"] == []


def test_pages_show_versions_and_the_publisher_box(client):
    page = client.get("/?q=Grundschule").get_data(as_text=True)
    assert "weitere Fassungen:" in page and 'href="/dokument/schule-1"' in page
    # the other versions are named by their date, their title on hover
    assert f'href="/dokument/schule-1" title="{TITLE}">vom 10.03.2024</a>' in page
    assert "Herausgeber" in page and "fassungen=alle" in page
    every = client.get("/?q=Grundschule&fassungen=alle").get_data(as_text=True)
    assert "Fassungen: alle" in every  # the chip that goes back to the newest only
    listed = client.get("/facetten/source?prefix=poli").get_data(as_text=True)
    assert "Herausgeber" in listed and POLICE in listed and TOWN not in listed
    release = client.get("/dokument/schule-1").get_data(as_text=True)
    assert 'aria-label="Weitere Fassungen"' in release
    assert 'href="/dokument/schule-3"' in release and 'href="/dokument/schule-2"' in release


def test_csv_lists_one_row_per_release_with_its_versions(client):
    text = client.get("/export.csv").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == GROUPS
    assert {r["id"]: r["versions"] for r in rows}["schule-3"] == "schule-2; schule-1"
    assert {r["id"]: r["source"] for r in rows}["polizei-a"] == POLICE
    every = client.get("/export.csv?fassungen=alle").get_data(as_text=True)
    assert len(list(csv.DictReader(io.StringIO(every.lstrip("\ufeff"))))) == len(RELEASES)


def test_a_long_publisher_name_filters(tmp_path):
    long_name = "Landesamt für " + "sehr lange Namen und " * 12 + "Bezeichnungen"
    assert 250 < len(long_name) <= 300
    records = [{**RELEASES[3], "source": long_name}, RELEASES[4]]
    data = cli_search(build(tmp_path, records), "", "--source", long_name)
    assert [h["id"] for h in data["hits"]] == ["polizei-a"]


def test_no_publisher_box_without_publishers(app):
    client = app.test_client()  # the seed releases are plain files: no publisher
    assert client.get("/api/search").get_json()["facets"]["source"] == []
    assert "Herausgeber" not in client.get("/").get_data(as_text=True)


def test_a_crowded_band_still_joins_all_its_copies():
    """More copies of one text than a band pairs in full: each is paired with its neighbours,
    so the copies still form one connected group, with far fewer pairs than all of them."""
    rng = np.random.default_rng(7)
    table = rng.integers(0, 2**32, (500, similarity.HASHES), dtype=np.uint64).astype("<u4")
    copies = list(range(100, 100 + 3 * versions.BUCKET_PAIRS))
    table[copies] = table[copies[0]]
    pairs = versions._candidates(table)
    assert len(pairs) < len(copies) * (versions.NEIGHBOURS + 1)
    joined = {copies[0]}
    for _ in copies:
        joined |= {b for a, b in pairs if a in joined} | {a for a, b in pairs if b in joined}
    assert joined == set(copies)
