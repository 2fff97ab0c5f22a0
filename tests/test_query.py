"""Queries as people type them: hyphenated words, question marks, question words, relaxed AND,
spelling suggestions and bounded fuzzy terms, on a real index of the seed releases."""

from __future__ import annotations

import json
import random
import re

import pytest
from click.testing import CliRunner
from conftest import SHARED
from test_search import KAYKIN, S000, S001, S002
from whoosh import query as q

from bench.queries import typo
from indexer.build.indexing import index_corpus
from indexer.cli import main
from indexer.engine import schema as f
from indexer.engine.matches import match
from indexer.search import searcher as searcher_module
from indexer.search import spelling, vocabulary
from indexer.search.query import BoundedFuzzy, bound_expansions, parse_query
from indexer.search.searcher import RELEASES, SCORED_FIELDS, Engine, restrict, search


def ids(engine, text: str) -> set[str]:
    return {h.id for h in search(engine, text, limit=100).hits}


def parsed(engine, text: str) -> q.Query:
    return parse_query(text, engine.searcher().schema).query


def kinds(node: q.Query) -> set[str]:
    found = {type(node).__name__}
    for child in node.children():
        found |= kinds(child)
    return found


def body_terms(node: q.Query) -> set:
    return {text for fieldname, text in node.iter_all_terms() if fieldname == f.BODY}


# -- how a query is read ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "joined"),
    [
        ("Nordrhein-Westfalen", ["nordrhein", "westfal"], "nordrheinwestfal"),
        ("SPD-Fraktion", ["spd", "fraktion"], "spdfraktion"),
        ("Corona-Pandemie", ["corona", "pandemi"], "coronapandemi"),
        ("E-Mail-Adresse", ["e", "mail", "adress"], "emailadress"),
        ("AFC-Championship-Spiel", ["afc", "championship", "spiel"], "afcchampionshipspiel"),
        ("A-Museum", ["a", "museum"], "amuseum"),
        ("COVID-19", ["covid", "19"], None),  # the index joins no numbers
    ],
    ids=["land", "fraktion", "pandemie", "three-parts", "english", "one-letter", "number"],
)
def test_hyphenated_word_is_its_parts_as_a_phrase_or_joined(engine, text, phrase, joined):
    node = parsed(engine, text)
    assert not kinds(node) & {"AndNot", "Not"}
    phrases = [leaf for leaf in node.leaves() if isinstance(leaf, q.Phrase)]
    assert any(p.fieldname == f.BODY and p.words == phrase for p in phrases)
    terms = {leaf.text for leaf in node.leaves() if isinstance(leaf, q.Term)}
    assert (joined in terms) if joined else not terms & {"covid19"}


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("Kaykin?", "Kaykin"),
        ("Wer ist Kaykin?", "Wer ist Kaykin"),
        ("? Kaykin ?", "Kaykin"),
        ("Kaykin -Wellhausen", "Kaykin NICHT Wellhausen"),
        ("Kaykin +Wellhausen", "Kaykin UND Wellhausen"),
        ("(-Wellhausen Kaykin)", "(Kaykin NICHT Wellhausen)"),
        ("Kaykin - Wellhausen", "Kaykin Wellhausen"),  # a lone dash is punctuation
    ],
    ids=["trailing-qmark", "question", "lone-qmarks", "minus", "plus", "minus-in-group", "dash"],
)
def test_operators_only_at_the_start_of_a_word(engine, text, same_as):
    assert ids(engine, text) == ids(engine, same_as)
    if "-" not in text and "+" not in text:
        assert parsed(engine, text) == parsed(engine, same_as)


def test_question_mark_inside_a_word_is_a_wildcard(engine):
    assert "Wildcard" in kinds(parsed(engine, "Kayk?n"))
    assert ids(engine, "Kayk?n") == KAYKIN
    assert "Prefix" in kinds(parsed(engine, "Migrant*"))


@pytest.mark.parametrize(
    "text",
    ["Sant'Elia", "'Sant'Elia", "Sant'Elia'", "dell'Arte di Sant'Elia", "Sant’Elia",
     "A-Museum", "A-", "-A", "a-b-c-d-e", "Nordrhein-", "-Nordrhein-Westfalen", "x-*",
     "Corona-Pand*", "E-Mail-Adresse?", "-", "+", "--", "- -", "?", "???", "Kaykin~?"],
)  # fmt: skip
def test_apostrophes_and_one_letter_parts_never_fail(engine, text):
    result = search(engine, text)
    assert result.total >= 0
    assert not any("teilweise" in note for note in result.notes), result.notes


# -- real hits --------------------------------------------------------------------------------

MINI = [
    {"id": "m1", "title": "Ausstellung in Sant'Elia", "date": "2024-03-01",
     "text": "Das Museum in Sant'Elia zeigt ab Montag Werke aus der Sammlung."},
    {"id": "m2", "title": "Neues A-Museum eröffnet", "date": "2024-03-02",
     "text": "Das A-Museum der Stadt öffnet am Samstag. Fragen bitte an die E-Mail-Adresse."},
    {"id": "m3", "title": "SPD-Fraktion zur Corona-Pandemie", "date": "2024-03-03",
     "text": "Die SPD-Fraktion fordert nach der Corona-Pandemie mehr Geld für Schulen."},
    {"id": "m4", "title": "Bilanz der Coronapandemie", "date": "2024-03-04",
     "text": "Die Fraktion der SPD zieht Bilanz der Coronapandemie. Die Emailadresse steht unten."},
]  # fmt: skip


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    """An index of four short releases with hyphenated words and an apostrophe."""
    base = tmp_path_factory.mktemp("mini")
    (base / "corpus").mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in MINI]
    (base / "corpus" / "mini.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_corpus(base / "corpus", base / "index")
    engine = Engine(base / "index")
    yield engine
    engine.close()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sant'Elia", {"m1"}),
        ("Sant’Elia", {"m1"}),
        ("Museum Sant'Elia?", {"m1"}),
        ("A-Museum", {"m2"}),
        ("SPD-Fraktion", {"m3"}),  # m4 has "Fraktion der SPD": not the compound
        ("Corona-Pandemie", {"m3", "m4"}),  # and the joined spelling
        ("Coronapandemie", {"m3", "m4"}),
        ("E-Mail-Adresse", {"m2", "m4"}),
        ("Corona-Pandemie ODER Sant'Elia", {"m1", "m3", "m4"}),
        ("Wann gab es die Corona-Pandemie?", {"m3", "m4"}),
    ],
    ids=["apostrophe", "typographic", "question", "one-letter", "acronym", "joined",
         "joined-typed", "three-parts", "or", "question-words"],
)  # fmt: skip
def test_typed_words_find_their_releases(mini, text, found):
    result = search(mini, text)
    assert {h.id for h in result.hits} == found
    assert not result.relaxed and not result.notes


@pytest.mark.parametrize(
    ("hyphenated", "spaced"),
    [
        ("Nordrhein-Westfalen", "Nordrhein Westfalen"),
        ("NRW-Landesverwaltung", "NRW Landesverwaltung"),
        ("Best-Practice-Beispielen", '"Best Practice Beispielen"'),
        ("text:Nordrhein-Westfalen", 'text:"Nordrhein Westfalen"'),
    ],
    ids=["land", "acronym", "three-parts", "field"],
)
def test_hyphenated_word_finds_what_its_spaced_form_finds(engine, hyphenated, spaced):
    found = ids(engine, spaced)
    assert found
    assert ids(engine, hyphenated) >= found


def test_nordrhein_westfalen_finds_every_release_of_the_land(engine):
    assert ids(engine, "Nordrhein-Westfalen") == ids(engine, "Nordrhein Westfalen")
    assert len(ids(engine, "Nordrhein-Westfalen")) >= 4  # AND NOT found 0 of them


def test_hyphenated_word_inside_an_or_query(engine):
    either = ids(engine, "Hüllhorst ODER Nordrhein-Westfalen")
    assert either == ids(engine, "Hüllhorst") | ids(engine, "Nordrhein-Westfalen")


def test_question_words_are_not_required(engine):
    assert ids(engine, "Wer ist Kaykin?") == KAYKIN
    assert ids(engine, "wann wurde die Partnervereinbarung unterzeichnet") >= {S000}
    node = parsed(engine, "wer Kaykin")
    assert isinstance(node, q.AndMaybe)  # the question word still ranks
    assert "wer" in body_terms(node.b) and "kaykin" in body_terms(node.a)
    assert ids(engine, '"wer Kaykin"') == set()  # in a phrase it counts


def test_a_field_given_keeps_a_question_word_required(engine):
    assert isinstance(parsed(engine, "titel:wann Kaykin"), q.And)


# -- relaxed AND: the releases with most of the words, and said so -------------------------------


def test_relaxed_answer_has_the_releases_with_most_words(engine):
    strict = search(engine, "Kaykin Volkshochschulen Duisburg Hüllhorst Wellhausen")
    assert strict.relaxed
    assert "alle 5 Suchbegriffe" in strict.notes[-1] and "mindestens 3" in strict.notes[-1]
    assert strict.total and all(h.id in KAYKIN for h in strict.hits)


def test_relaxed_falls_back_to_any_word(engine):
    result = search(engine, "Kaykin Bundestagswahl")
    assert result.relaxed and "einen oder mehrere" in result.notes[-1]
    assert {h.id for h in result.hits} == KAYKIN


def test_no_relaxing_when_all_words_are_found_or_one_word_is_missing(engine):
    assert not search(engine, "Kaykin Volkshochschulen").relaxed
    missing = search(engine, "Bundestagswahl")
    assert not missing.relaxed and missing.total == 0
    assert not search(engine, "Kaykin -Kaykin").relaxed  # nothing to relax


def test_relaxed_is_said_on_the_page_in_the_json_and_in_the_cli(client, seed_index):
    text = "Kaykin Bundestagswahl"
    page = client.get("/", query_string={"q": text}).get_data(as_text=True)
    assert 'class="notice relaxed"' in page and "Keine Mitteilung enthält alle" in page
    assert client.get("/api/search", query_string={"q": text}).get_json()["relaxed"] is True
    assert client.get("/api/search", query_string={"q": "Kaykin"}).get_json()["relaxed"] is False
    result = CliRunner().invoke(main, ["search", text, "--index", str(seed_index), "--json"])
    assert json.loads(result.stdout)["relaxed"] is True
    assert "Hinweis: Keine Mitteilung enthält alle" in result.stderr
    shown = CliRunner().invoke(main, ["search", text, "--index", str(seed_index)])
    assert "Keine Mitteilung enthält alle" in shown.stderr and "4 Treffer" in shown.stdout


# -- spelling suggestions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Integratoin", "Integration"),
        ("integratoin", "integration"),
        ("INTEGRATOIN", "INTEGRATION"),
        ("Kaykni Volkshochshulen", "Kaykin Volkshochschulen"),
        ("Volkshochshulen -Kaykin", "Volkshochschulen -Kaykin"),
        ('"Interkulturele Öffnung"', '"Interkulturelle Öffnung"'),
    ],
    ids=["capitalised", "lower", "upper", "two-words", "operator-kept", "phrase"],
)
def test_suggestion_per_word_in_the_users_capitalisation(engine, typed, suggested):
    result = search(engine, typed)
    assert result.suggestion == suggested


def test_no_suggestion_for_known_words_long_words_or_patterns(engine):
    reader = engine.searcher().reader()
    assert spelling.suggest(reader, "Kaykin Integration") is None
    assert spelling.suggest(reader, "a" * 500) is None
    assert spelling.suggest(reader, "Integratoin*") is None
    assert spelling.suggest(reader, "Integratoin~2") is None
    assert spelling.suggest(reader, "Integratoin", budget=0.0) is None  # out of time: stops


# -- bounded work -----------------------------------------------------------------------------


@pytest.fixture
def compared(monkeypatch):
    """Count the vocabulary words that lookups compare."""
    counts = []
    real = vocabulary.process.extract

    def counting(word, choices, **kwargs):
        counts.append(len(choices))
        return real(word, choices, **kwargs)

    monkeypatch.setattr(vocabulary.process, "extract", counting)
    return counts


def test_fuzzy_is_at_most_two_edits_with_a_fixed_prefix(engine):
    result = search(engine, "Verwaltung~3")
    assert any("höchstens 2 Änderungen" in note for note in result.notes)
    fuzzy = [leaf for leaf in parsed(engine, "Verwaltung~3").leaves()]
    assert fuzzy and all(isinstance(leaf, BoundedFuzzy) for leaf in fuzzy)
    assert all(leaf.maxdist == 2 and leaf.prefixlength == 1 for leaf in fuzzy)
    assert {S001, S002} <= {h.id for h in result.hits}
    assert ids(engine, "Kaykn~") == KAYKIN


@pytest.mark.parametrize(
    "text",
    ["a" * 500, "Bundestag~5", "Verwaltung~3", "Bundestagsabgeordneterinnenversammlung~6",
     "Integratoin", "Bundestagsabgeordneterinnenversammlung"],
)  # fmt: skip
def test_a_lookup_compares_only_words_of_its_first_letter_and_length(engine, compared, text):
    reader = engine.searcher().reader()
    sizes = {
        name: sum(v.size for v in vocabulary.vocabularies(reader, name)) for name in f.TEXT_FIELDS
    }
    compared.clear()
    search(engine, text)
    assert sum(compared) <= 3 * max(sizes.values()) // 4  # never the whole vocabulary
    if len(text) > vocabulary.MAX_WORD:
        assert compared == []


def test_a_lookup_over_the_bound_is_refused_before_comparing(engine, compared, monkeypatch):
    monkeypatch.setattr(vocabulary, "MAX_COMPARED", 0)
    compared.clear()
    result = search(engine, "Verwaltung~2")
    assert compared == [] and result.total == 0
    assert vocabulary.near(engine.searcher().reader(), f.EXACT, "verwaltung", 2) == []


def test_a_search_out_of_time_answers_what_it_has_with_a_note(engine, monkeypatch):
    monkeypatch.setattr(searcher_module, "EXTRAS_SHARE", 0.0)
    result = search(engine, "Kaykin Bundestagswahl")
    assert not result.relaxed and result.total == 0 and result.suggestion is None
    assert any("Zeitbudget" in note for note in result.notes)
    assert search(engine, "Kaykin").total == len(KAYKIN)  # what is found in time is answered


# -- outside data: the real press releases of ../shared --------------------------------------

PRESS = "corpora/pressemitteilungen_dev/releases.jsonl"
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?![\w-])")


@pytest.fixture(scope="module")
def press(tmp_path_factory):
    """An index of the 150 annotated real press releases (skipped without ../shared)."""
    source = SHARED / PRESS
    if not source.is_file():
        pytest.skip("../shared is not available")
    base = tmp_path_factory.mktemp("press")
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({k: r[k] for k in ("id", "title", "text")}) for r in records]
    (base / "corpus").mkdir()
    (base / "corpus" / "releases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_corpus(base / "corpus", base / "index")
    engine = Engine(base / "index")
    yield engine
    engine.close()


def all_matches(engine, text: str) -> set[int]:
    searcher = engine.searcher()
    parsed = bound_expansions(parse_query(text, searcher.schema), searcher.reader())
    return match(searcher, restrict(parsed, RELEASES, None), SCORED_FIELDS).docs


def test_every_hyphenated_word_of_real_releases_finds_its_phrase(press):
    words = set()
    for stored in press.searcher().reader().all_stored_fields():
        words.update(_HYPHENATED.findall(stored.get(f.BODY) or ""))
    assert len(words) > 100
    missed = [w for w in sorted(words) if not all_matches(press, w) >= all_matches(press, f'"{w}"')]
    assert missed == []
    found_none = [w for w in sorted(words) if not all_matches(press, w)]
    assert found_none == []  # AND NOT found none for most of them


def test_typos_of_real_words_get_a_suggestion(press):
    reader = press.searcher().reader()
    rng = random.Random(3)
    words = sorted(
        b.decode()
        for b, info in reader.iter_field(f.EXACT)
        if info.doc_frequency() >= 2 and len(b) >= 6 and b.decode().isalpha()
    )
    pairs = []
    for word in rng.sample(words, 200):
        wrong = typo(word, rng)
        if not reader.doc_frequency(f.EXACT, wrong):
            pairs.append((wrong.capitalize(), word.capitalize()))
    got = [spelling.suggest(reader, wrong) for wrong, _ in pairs]
    some = sum(s is not None for s in got) / len(pairs)
    right = sum(s == meant for s, (_, meant) in zip(got, pairs, strict=True)) / len(pairs)
    assert some >= 0.9 and right >= 0.8, (some, right)
