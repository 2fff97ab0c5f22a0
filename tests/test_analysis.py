"""German analysis: each stage alone, then the composed analyzers in a real Whoosh index."""

from __future__ import annotations

import gzip
import json
import pickle

import pytest
from conftest import SEEDS, SHARED
from whoosh import index
from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, Token
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.query import Term

from indexer.analysis.analyzers import (
    CompoundFilter,
    DedupeFilter,
    FoldFilter,
    GenderFilter,
    GermanStopFilter,
    GermanTokenizer,
    StemFilter,
    analyze,
    exact_analyzer,
    german_analyzer,
)


def run(stage, text: str, mode: str = "query", lower: bool = False) -> list[str]:
    """Return the token texts of ``text`` after the tokenizer (and lowercasing) and ``stage``."""
    tokens = GermanTokenizer()(text, positions=True, chars=True, mode=mode)
    if lower:
        tokens = LowercaseFilter()(tokens)
    return [t.text for t in (stage(tokens) if stage else tokens)]


TOKENS = [
    ("Bürger*innen", ["Bürger*innen"], "gender-star"),
    ("Mitarbeiter:innen", ["Mitarbeiter:innen"], "gender-colon"),
    ("Kolleg_innen", ["Kolleg_innen"], "gender-underscore"),
    ("BürgerInnen", ["BürgerInnen"], "binnen-I"),
    ("Bürger/-innen und Bürger/innen", ["Bürger/-innen", "und", "Bürger/innen"], "gender-slash"),
    ("Bürger(innen)", ["Bürger(innen)"], "gender-parentheses"),
    ("Bürger*innenbeteiligung", ["Bürger*innenbeteiligung"], "gender-star-compound"),
    ("Bürger*info", ["Bürger", "info"], "star-is-no-gender"),
    ("Wort* oder Frage? *", ["Wort", "oder", "Frage"], "wildcards-dropped"),
    ("2012 G20 CO₂", ["2012", "G20", "CO₂"], "digits"),
    ("am 01.02.2012", ["am", "01", "02", "2012"], "dotted-date"),
    ("NRW-Integrationsministerium", ["NRW", "Integrationsministerium"], "hyphen-parts"),
    ("Best-Practice-Beispielen", ["Best", "Practice", "Beispielen"], "hyphen-three-parts"),
    ("Landes- und Kommunalpolitik", ["Landes", "und", "Kommunalpolitik"], "dangling-hyphen"),
    ("geht's zu O’Neill", ["geht's", "zu", "O’Neill"], "apostrophe-inside"),
    ("Hans' Buch", ["Hans", "Buch"], "apostrophe-trailing"),
    ("foo_bar", ["foo", "bar"], "underscore-splits"),
    ("Du\u0308sseldorf", ["Düsseldorf"], "decomposed-umlaut"),
    ("Integrations\u00administerium", ["Integrationsministerium"], "soft-hyphen"),
]


@pytest.mark.parametrize(("text", "expected"), [c[:2] for c in TOKENS], ids=[c[2] for c in TOKENS])
def test_tokenizer(text, expected):
    assert run(None, text) == expected


INDEX_TOKENS = [
    (
        "NRW-Integrationsministerium",
        ["NRW", "Integrationsministerium", "NRWintegrationsministerium"],
    ),
    ("E-Mail", ["E", "Mail", "Email"]),
    ("2019-2020", ["2019", "2020"]),
]


@pytest.mark.parametrize(("text", "expected"), INDEX_TOKENS, ids=["acronym", "e-mail", "years"])
def test_tokenizer_joins_hyphen_compounds_when_indexing(text, expected):
    assert run(None, text, mode="index") == expected


def test_hyphen_parts_take_positions_and_their_own_characters():
    tokens = GermanTokenizer()("Das NRW-Ministerium lobt", positions=True, chars=True, mode="index")
    got = [(t.text, t.pos, t.startchar, t.endchar) for t in tokens]
    assert got == [
        ("Das", 0, 0, 3),
        ("NRW", 1, 4, 7),
        ("Ministerium", 2, 8, 19),
        ("NRWministerium", 2, 4, 19),
        ("lobt", 3, 20, 24),
    ]


GENDER = [
    ("Bürger*innen", "Bürger"),
    ("Bürger:innen", "Bürger"),
    ("Bürger_innen", "Bürger"),
    ("BürgerInnen", "Bürger"),
    ("Bürger/-innen", "Bürger"),
    ("Bürger(innen)", "Bürger"),
    ("Bürger*in", "Bürger"),
    ("Bürgerinnen", "Bürger"),
    ("Mitarbeiter:innen", "Mitarbeiter"),
    ("Mitarbeiterinnen", "Mitarbeiter"),
    ("Migrantinnen", "Migrant"),
    ("Migrantin", "Migrant"),
    ("MIGRANTINNEN", "MIGRANT"),
    ("Staatssekretärin", "Staatssekretär"),
    ("Integrationsministerin", "Integrationsminister"),
    ("Ministerin", "Minister"),
    ("Kolleginnen", "Kollege"),
    ("Ärztinnen", "Ärzte"),
    ("Jüdin", "Jude"),
    ("Zuwanderin", "Zuwanderer"),
    ("Bürger*innenbeteiligung", "Bürgerbeteiligung"),
    ("BürgerInnenbeteiligung", "Bürgerbeteiligung"),
]
NOT_GENDER = "Berlin Termin Medizin Benzin Disziplin Magazin Kaykin Innen innen Maschinen Terminen "
NOT_GENDER += "Cousin Robin LinkedIn Darin Beginnen Gewinnen Binnen Verein allein"


@pytest.mark.parametrize(("word", "expected"), GENDER, ids=[w for w, _ in GENDER])
def test_gender_filter_finds_the_base(word, expected):
    assert run(GenderFilter(), word) == [expected]


@pytest.mark.parametrize("word", NOT_GENDER.split())
def test_gender_filter_leaves_words_where_in_is_no_suffix(word):
    assert run(GenderFilter(), word) == [word]


SAME_TERMS = [
    ("Migrantinnen", "Migranten"),
    ("Migrantin", "Migrant"),
    ("Kolleginnen", "Kollegen"),
    ("Ärztinnen", "Ärzte"),
    ("Ärztin", "Arzt"),
    ("Bürger*innen", "Bürger"),
    ("Mitarbeiter:innen", "Mitarbeitern"),
    ("Staatssekretärin", "Staatssekretär"),
    ("Ministerinnen", "Minister"),
    ("Düsseldorf", "Duesseldorf"),
    ("Düsseldorf", "Dusseldorf"),
    ("Kaykın", "Kaykin"),
    ("İstanbul", "Istanbul"),
    ("Straße", "Strasse"),
    ("Europäern", "Europäer"),
    ("Cafés", "Cafes"),
]


@pytest.mark.parametrize(("a", "b"), SAME_TERMS, ids=[f"{a}={b}" for a, b in SAME_TERMS])
def test_spellings_and_gender_forms_meet_after_analysis(a, b):
    for mode in ("index", "query"):
        assert analyze(a, mode) == analyze(b, mode)


COMPOUNDS = [
    ("Integrationsministerium", ["Ministerium", "Integration"]),
    ("Landesinitiative", ["Initiative", "Landes"]),
    ("Partnerschaftsvereinbarung", ["Vereinbarung", "Partnerschaft"]),
    ("Volkshochschulen", ["Hochschulen", "Schulen", "Hoch", "Volks"]),
    (
        "Landesgesundheitsministerium",
        ["Gesundheitsministerium", "Ministerium", "Gesundheit", "Landes"],
    ),
    ("Schulministerin", ["Ministerin", "Schule"]),
]


@pytest.mark.parametrize(("word", "parts"), COMPOUNDS, ids=[w for w, _ in COMPOUNDS])
def test_compound_filter_adds_parts_when_indexing(word, parts):
    assert run(CompoundFilter(), word, mode="index") == [word, *parts]
    assert run(CompoundFilter(), word, mode="query") == [word]


KEEP_WHOLE = "Kaykin Wellhausen Heuwinkel Düsseldorf Duisburg Hüllhorst Leidemann Schneider "
KEEP_WHOLE += "Steinmeier Wiesbaden Deutschland Karlsruhe Zusammenarbeit Gegenteil Mitarbeiter "
KEEP_WHOLE += "Unternehmen integrationsministerium NRWINTEGRATION"


@pytest.mark.parametrize("word", KEEP_WHOLE.split())
def test_compound_filter_keeps_names_places_and_non_compounds_whole(word):
    assert run(CompoundFilter(), word, mode="index") == [word]


def test_compound_parts_share_the_position_of_the_compound():
    tokens = german_analyzer()("Das Integrationsministerium lobt", positions=True, mode="index")
    assert [(t.text, t.pos) for t in tokens] == [  # "Das" was position 0
        ("integrationsministerium", 1),
        ("ministerium", 1),
        ("integration", 1),
        ("lobt", 2),
    ]


FOLDS = [
    ("düsseldorf", True, "dusseldorf"),
    ("duesseldorf", True, "dusseldorf"),
    ("dusseldorf", True, "dusseldorf"),
    ("straße", True, "strasse"),
    ("steuer", True, "steuer"),  # u between vowels is no umlaut (Snowball's rule)
    ("quelle", True, "quelle"),
    ("michael", True, "michal"),  # accepted collision, as in the stemmer
    ("düsseldorf", False, "düsseldorf"),
    ("duesseldorf", False, "duesseldorf"),
    ("straße", False, "straße"),
    ("kaykın", False, "kaykin"),
    ("i̇stanbul", False, "istanbul"),  # "İstanbul".lower() keeps a combining dot
    ("čapek", False, "capek"),
    ("łódź", False, "lodz"),
    ("øresund", False, "oresund"),
    ("café", False, "cafe"),
    ("o’neill", False, "oneill"),
    ("geht's", False, "gehts"),
]


@pytest.mark.parametrize(
    ("word", "umlauts", "expected"), FOLDS, ids=[f"{w}-{u}" for w, u, _ in FOLDS]
)
def test_fold_filter(word, umlauts, expected):
    assert run(FoldFilter(umlauts=umlauts), word) == [expected]


STOPS = [
    ("die interkulturelle Öffnung der Verwaltung", ["interkulturelle", "öffnung", "verwaltung"]),
    ("für fuer daß dass über ueber sowie", []),
    ("nicht kein ohne gegen", ["nicht", "kein", "ohne", "gegen"]),
    ("auf den Weg bringen", ["weg", "bringen"]),
]


@pytest.mark.parametrize(("text", "expected"), STOPS, ids=["phrase", "spellings", "kept", "weg"])
def test_stop_filter(text, expected):
    assert run(GermanStopFilter(), text, lower=True) == expected


def test_stop_filter_closes_gaps_so_phrases_with_stopwords_match():
    tokens = german_analyzer()("die Öffnung der Verwaltung", positions=True, mode="query")
    assert [(t.text, t.pos) for t in tokens] == [("offnung", 1), ("verwalt", 2)]


def test_stop_filter_marks_instead_of_removing_when_asked():
    tokens = GermanTokenizer()("die Verwaltung", positions=True, removestops=False)
    assert [(t.text, t.stopped) for t in GermanStopFilter()(tokens)] == [
        ("die", True),
        ("Verwaltung", False),
    ]


STEMS = [
    ("migranten", "migrant"),
    ("häuser", "haus"),
    ("straße", "strass"),
    ("duesseldorf", "dusseldorf"),
    ("interkulturellen", "interkulturell"),
    ("mitarbeiterinnen", "mitarbeit"),
]


@pytest.mark.parametrize(("word", "expected"), STEMS, ids=[w for w, _ in STEMS])
def test_stem_filter(word, expected):
    assert run(StemFilter(), word) == [expected]


def test_dedupe_filter_drops_repeats_at_one_position():
    stream = [("burg", 0), ("beteil", 1), ("burgerbeteil", 1), ("beteil", 1), ("beteil", 2)]
    tokens = [Token(positions=True, text=text, pos=pos) for text, pos in stream]
    assert [(t.text, t.pos) for t in DedupeFilter()(iter(tokens))] == [
        ("burg", 0),
        ("beteil", 1),
        ("burgerbeteil", 1),
        ("beteil", 2),
    ]


def test_analyzer_terms_for_hyphen_compound_with_gender_star():
    assert analyze("Bürger*innen-Beteiligung") == ["burg", "beteil", "burgerbeteil", "burg"]
    assert analyze("Bürger*innen-Beteiligung", mode="query") == ["burg", "beteil"]


def test_query_analysis_emits_no_compound_parts():
    assert analyze("Integrationsministerium", mode="query") == ["integrationsministerium"]
    assert "ministerium" in analyze("Integrationsministerium")


def test_exact_analyzer_lowercases_and_drops_stopwords_only():
    text = "Die Migrantinnen in Düsseldorf, nicht für Kaykın"
    assert analyze(text, analyzer=exact_analyzer()) == [
        "migrantinnen", "düsseldorf", "nicht", "kaykın",
    ]  # fmt: skip


@pytest.mark.parametrize("make", [german_analyzer, exact_analyzer], ids=["german", "exact"])
def test_analyzers_pickle(make):
    text = "Die NRW-Integrationsministerin traf Bürger*innen in Düsseldorf."
    copy = pickle.loads(pickle.dumps(make()))
    assert copy == make()
    assert analyze(text, analyzer=copy) == analyze(text, analyzer=make())


DOCS = {
    "migranten": "Das Programm richtet sich an Migranten und Geflüchtete.",
    "ministerium": "NRW-Integrationsministerium will interkulturellen Öffnung der Verwaltung.",
    "kaykin": "Die Rede hielt Staatssekretärin Kaykın im Landtag.",
    "duesseldorf": "Die Konferenz fand in Düsseldorf statt.",
    "buerger": "Bürgerinnen und Bürger können Vorschläge einreichen.",
    "berlin": "Ein Termin in Berlin zur Medizin.",
}
QUERIES = [
    ("Migrantinnen", {"migranten"}),
    ("Ministerium", {"ministerium"}),
    ("Integrationsministerium", {"ministerium"}),
    ("NRW-Integrationsministerium", {"ministerium"}),
    ('"NRW Integrationsministerium"', {"ministerium"}),
    ('"interkulturelle Öffnung"', {"ministerium"}),
    ('"Öffnung der Verwaltung"', {"ministerium"}),
    ("Kaykın", {"kaykin"}),
    ("Kaykin", {"kaykin"}),
    ("Kayk*", {"kaykin"}),
    ("Staatssekretär", {"kaykin"}),
    ("Düsseldorf", {"duesseldorf"}),
    ("Duesseldorf", {"duesseldorf"}),
    ("Dusseldorf", {"duesseldorf"}),
    ("Bürger*innen", {"buerger"}),
    ("Bürger:innen", {"buerger"}),
    ("Innen", set()),
    ("Berlin", {"berlin"}),
]


@pytest.fixture(scope="module")
def german_index(tmp_path_factory):
    """A real Whoosh index of DOCS with the German analyzer, reopened from disk."""
    folder = tmp_path_factory.mktemp("analysis_index")
    schema = Schema(id=ID(stored=True), content=TEXT(analyzer=german_analyzer(), phrase=True))
    with index.create_in(folder, schema).writer() as writer:
        for key, text in DOCS.items():
            writer.add_document(id=key, content=text)
    ix = index.open_dir(folder)  # the analyzer now comes unpickled from the index
    yield ix
    ix.close()


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_index_search(german_index, query, expected):
    parsed = QueryParser("content", german_index.schema).parse(query)
    with german_index.searcher() as searcher:
        assert {hit["id"] for hit in searcher.search(parsed)} == expected


def test_parsed_query_holds_no_compound_parts(german_index):
    parsed = QueryParser("content", german_index.schema).parse("Integrationsministerium")
    assert parsed == Term("content", "integrationsministerium")


def _real_texts() -> list[str]:
    """The seed releases, and 100 Bundestag speeches when the shared corpora are there."""
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    path = SHARED / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= 100:
                    break
                texts.append(json.loads(line)["text"])
    return texts


CALLS = [  # (keyword arguments, how many texts)
    ({"positions": True, "chars": True, "mode": "index"}, 105),
    ({"positions": True, "chars": True, "mode": "query"}, 40),
    ({"positions": True, "mode": "query", "removestops": False}, 20),
    ({"positions": True, "mode": "index", "no_morph": True, "start_pos": 7, "boosts": True}, 20),
    ({"chars": True, "mode": "index", "keeporiginal": True, "start_char": 3}, 20),
    ({"mode": "query", "tokenize": False}, 10),
]


@pytest.mark.parametrize(("call", "count"), CALLS, ids=[str(sorted(c)) for c, _ in CALLS])
def test_fused_analyzer_gives_the_tokens_of_the_composed_stages(call, count):
    """``german_analyzer()`` runs its filters fused; the stages one by one give the same tokens."""
    fused = german_analyzer()
    composed = CompositeAnalyzer(*fused.items)
    texts = _real_texts()[:count]
    if call.get("tokenize") is False:  # the whole value is one token: try it on single words
        texts = [word for text in texts for word in text.split()[:300]]
    assert len(texts) >= 5
    for text in texts:
        want = [dict(t.__dict__) for t in composed(text, **call)]
        assert [dict(t.__dict__) for t in fused(text, **call)] == want


def test_compounds_that_share_a_head_fold_it_once(monkeypatch):
    """A word's analysis is cached per word, and the analysis of each part per lowercase part:
    the head two compounds share (and a word's capitalised and lowercase forms) is folded once.
    """
    from indexer.analysis import analyzers
    from indexer.analysis.morphology import compound_parts

    folded: list[str] = []
    real_fold = analyzers.fold

    def counting_fold(text, *args, **kwargs):
        folded.append(text)
        return real_fold(text, *args, **kwargs)

    monkeypatch.setattr(analyzers, "fold", counting_fold)
    for cache in (*analyzers._TERMS.values(), analyzers._part_term):
        cache.cache_clear()
    words = ["Landwirtschaftsministerium", "Umweltministerium", "Neue", "neue"]
    terms = [analyze(word) for word in words]
    assert terms[0][:2] == ["landwirtschaftsministerium", "ministerium"]
    assert "ministerium" in terms[1]
    assert terms[2] == terms[3]
    # each distinct lowercase word or part folded twice (for itself and as a stopword), once
    parts = {p for word in words for p in (word, *compound_parts(word))}
    assert len(folded) == 2 * len({p.lower() for p in parts})
