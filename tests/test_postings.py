"""Postings computed directly are those of Whoosh's ``field.index``, byte for byte."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from conftest import SEEDS, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import LowercaseFilter, StandardAnalyzer, SubstitutionFilter
from whoosh.fields import TEXT

from indexer.analysis.analyzers import (
    GermanAnalyzer,
    GermanTokenizer,
    _stages,
    exact_analyzer,
    german_analyzer,
)
from indexer.build.pipeline import pre_analyse
from indexer.build.release import prepare
from indexer.engine import postings as postings_module
from indexer.engine.postings import field_postings, joined_postings, span_postings
from indexer.engine.schema import build_schema
from indexer.text.corpus import SourceRecord

DATA = Path(__file__).resolve().parent / "data"
CORPORA = SHARED / "corpora"
SCHEMA = build_schema()
FIELDS = {name: field for name, field in SCHEMA.items() if isinstance(field, TEXT)}
# our analyzers with the formats and boosts the schema does not (yet) combine them with
OTHER_FIELDS = {
    "german_frequency": TEXT(analyzer=german_analyzer(), phrase=False),
    "german_boosted": TEXT(analyzer=german_analyzer(), chars=True, field_boost=2.5),
    "exact_positions": TEXT(analyzer=exact_analyzer(), field_boost=0.3),
    "exact_chars": TEXT(analyzer=exact_analyzer(), chars=True),
}
ALL_FIELDS = FIELDS | OTHER_FIELDS


def assert_same_postings(text: str, fields: dict[str, TEXT] = ALL_FIELDS) -> None:
    """``field_postings`` returns what ``field.index`` yields, floats as floats."""
    for name, field in fields.items():
        want = list(field.index(text))
        got = field_postings(field, text)
        assert got == want, name
        assert repr(got) == repr(want), name


def test_the_schema_has_the_text_fields_the_pipeline_analyses():
    assert {"title", "body", "exact", "boilerplate", "quote"} <= FIELDS.keys()


EDGE_CASES = [
    ("", "empty"),
    ("   \n\t ", "blank"),
    ("der die das und oder mit für fuer daß dass", "only-stopwords"),
    ("Die Stadt und der Kreis", "leading-stopword"),
    ("E-Mail e-mail EMAIL E-Mail-Adresse", "e-mail"),
    ("Die Corona-Pandemie und die Coronapandemie", "corona-pandemie"),
    ("Teilhabe- und Integrationsangebote", "suspended-hyphen"),
    ("Bürger*innen Bürger:innen Bürger_innen Bürger·innen BürgerInnen Bürger/-innen", "gender"),
    ("Mitarbeiter:innen, Mitarbeiter(innen) und Ärzt*innen-Verband", "gender-compound"),
    ("Kolleg*in Kolleg/in Student*innenrat", "gender-singular"),
    ("am 2024-03-14 um 10-12 Uhr, 3-fach, A-1, B 1", "digits"),
    ("Kaykın Kaykin Zülfiye Ünal Şahin Øre", "turkish-nordic"),
    ("Deutschland's Regierung’s O’Brien l'été Rock ʼn’ Roll", "apostrophes"),
    ("Cafe\u0301 Mu\u0308nchen Ko\u0308ln-Su\u0308d", "combining-accents"),
    ("Integrations\u00administerium Ver\u00adwal\u00adtung Teil\u00ad-Habe", "soft-hyphen"),
    ("Vor‐Ort Nord‑Süd ‐ – — Ost-West-Achse - - --", "hyphen-variants"),
    ("Donaudampfschifffahrtsgesellschaftskapitänsmütze " * 3, "long-compound"),
    ("Ab" * 600 + " " + "x" * 3000 + "-" + "y" * 100, "very-long-words"),
    ("Integrationsministerium Integrationsministerium-Integrationsministerium", "repeats"),
    ("_ __init__ snake_case *innen :in /-innen (innen)", "marks-without-word"),
    ("Öffnung der Verwaltung; Öffnung – Verwaltung!\n\nÖffnung", "phrase-gaps"),
    ("Straße STRASSE Strasse Maßnahme Massnahme Ärzte AERZTE", "spellings"),
    ("CO2-Steuer 5G-Netz G7-Gipfel COVID-19-Pandemie", "digit-compounds"),
    ("Die Landesvorsitzende und der Gründerinnenpreis", "repeated-compound-parts"),
]


@pytest.mark.parametrize("text", [t for t, _ in EDGE_CASES], ids=[i for _, i in EDGE_CASES])
def test_edge_cases_give_the_postings_of_whoosh(text):
    assert_same_postings(text)


def _test_data_texts() -> list[str]:
    """Titles, bodies, boilerplates and quotes of the test data, and the seed releases."""
    texts = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for path in sorted(DATA.glob("*/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            texts += [record.get(key) or "" for key in ("title", "body", "boilerplate")]
            texts += [quote["text"] for quote in record.get("quotes", [])]
    return [text for text in texts if text]


def test_test_data_gives_the_postings_of_whoosh():
    texts = _test_data_texts()
    assert len(texts) > 100
    for text in texts:
        assert_same_postings(text)


def _shared_texts() -> list[str]:
    """A few hundred real German texts: speeches and news of ../shared/corpora, when there."""
    texts = []
    speeches = CORPORA / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    if speeches.is_file():
        with gzip.open(speeches, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(150), fh, strict=False)]
    government = CORPORA / "bundesregierung_speeches_barbaresi" / "speeches.jsonl"
    if government.is_file():
        with government.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(100), fh, strict=False)]
    news = CORPORA / "10kgnad_test" / "test.csv"
    if news.is_file():
        with news.open(encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh, delimiter=";", quotechar="'")
            texts += [text for _, (_, text) in zip(range(100), rows, strict=False)]
    return texts


def test_real_texts_give_the_postings_of_whoosh():
    texts = _shared_texts()
    if not texts:
        pytest.skip(f"{CORPORA} is not available")
    for text in texts:
        assert_same_postings(text, FIELDS)
    for text in texts[::10]:
        assert_same_postings(text, OTHER_FIELDS)


PIECES = [
    *"aäbcdefghiIjklmnoöpqrsßtuüvwxyzAÄBCDEFGHIJKLMNOÖPQRSTUÜVWXYZıİ0123456789",
    *" \n.,;:!?\"„“()[]/*·∗_-‐‑–'’ʼ&§",
    "\u0301",
    "\u0308",
    "\u00ad",
    "innen",
    "Innen",
    "in",
    "der",
    "und",
    "für",
    "Bürger",
    "Mitarbeiter",
    "Corona",
    "Pandemie",
    "Mail",
    "Integrations",
    "ministerium",
    "Teilhabe",
    "Kaykın",
    "2024",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_text_gives_the_postings_of_whoosh(text):
    assert_same_postings(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode_gives_the_postings_of_whoosh(text):
    assert_same_postings(text)


COMPOUND = "Die Bürger-Beteiligung im Integrationsministerium"
# (analyzer, the standard one it varies): postings of its own, so they show which path ran
OTHER_ANALYZERS = [
    (GermanAnalyzer(*_stages()[:-1]), german_analyzer(), "german-without-dedupe"),
    (GermanAnalyzer(*_stages(), SubstitutionFilter("e", "3")), german_analyzer(), "german-plus"),
    (GermanTokenizer(r"\w+") | LowercaseFilter(), exact_analyzer(), "exact-with-other-regex"),
    (exact_analyzer() | SubstitutionFilter("e", "3"), exact_analyzer(), "exact-plus"),
    (StandardAnalyzer(), german_analyzer(), "whoosh-standard"),
]


@pytest.mark.parametrize(
    ("analyzer", "standard"),
    [(a, s) for a, s, _ in OTHER_ANALYZERS],
    ids=[i for *_, i in OTHER_ANALYZERS],
)
@pytest.mark.parametrize("chars", [False, True], ids=["positions", "chars"])
def test_other_analyzers_take_whooshs_path(analyzer, standard, chars):
    field = TEXT(analyzer=analyzer, chars=chars)
    postings = field_postings(field, COMPOUND)
    assert postings == list(field.index(COMPOUND))
    assert postings != field_postings(TEXT(analyzer=standard, chars=chars), COMPOUND)


def test_a_field_type_with_its_own_index_takes_its_path():
    class Signed(TEXT):
        def index(self, value, **kwargs):
            return super().index(f"{value} Pressestelle", **kwargs)

    field = Signed(analyzer=exact_analyzer(), phrase=False)
    postings = field_postings(field, "Bürger*innen")
    assert postings == list(field.index("Bürger*innen"))
    assert [term for term, *_ in postings] == ["bürger*innen".encode(), b"pressestelle"]


# ---- postings taken from the matches of a text already analysed --------------------------------

QUOTE_FIELDS = {name: FIELDS[name] for name in ("quote", "body", "exact")} | OTHER_FIELDS


def assert_same_span_postings(text: str, start: int, end: int) -> None:
    """``span_postings`` returns what ``field.index`` yields for the span alone."""
    for name, field in QUOTE_FIELDS.items():
        want = list(field.index(text[start:end]))
        got = span_postings(field, text, start, end)
        assert repr(got) == repr(want), (name, text[start:end])


SPANS = [
    ("Er sagte: „Wir fördern Bürger*innen.“ Dann ging er.", "Wir", "innen."),
    ("„Bürger/in“", "Bürger", "in"),  # ends where the lookahead sees a quote mark
    ("Bürger/inX", "Bürger", "in"),  # the lookahead sees a letter: analysed alone
    ("Integrationsministerium", "Integrations", "ministerium"),  # cuts a word at the start
    ("Integrationsministerium", "Integ", "Integrations"),  # cuts a word at the end
    ("E-Mail-Adresse und Corona-Pandemie", "Mail", "Pandemie"),  # starts inside a compound
    ("E-Mail-Adresse und Corona-Pandemie", "E", "Corona"),  # ends inside a compound
    ("der die das Teilhabe- und Integrationsangebote", "der", "angebote"),
    ("Wort  ", "Wort", "  "),
    ("", "", ""),
]


@pytest.mark.parametrize(("text", "first", "last"), SPANS)
def test_a_span_gives_the_postings_of_the_span_alone(text, first, last):
    start = text.index(first)
    end = text.rindex(last) + len(last) if last else start
    assert_same_span_postings(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.data())
def test_any_span_gives_the_postings_of_the_span_alone(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert_same_span_postings(text, start, end)


def test_a_clean_span_is_taken_from_the_texts_matches(monkeypatch):
    text = "Die Ministerin sagte: „Wir fördern das Integrationsministerium.“ Dann ging sie."
    start, end = text.index("Wir"), text.index("“")
    want = field_postings(FIELDS["quote"], text[start:end])
    field_postings(FIELDS["quote"], text)  # the body's own analysis comes first

    def analysed_alone(*args):
        raise AssertionError("the span was analysed alone")

    monkeypatch.setattr(postings_module, "field_postings", analysed_alone)
    assert span_postings(FIELDS["quote"], text, start, end) == want
    with pytest.raises(AssertionError, match="alone"):  # a span that cuts a word cannot be
        span_postings(FIELDS["quote"], text, start + 1, end)


JOINS = [
    (("Titel der Meldung", "Der Text der Meldung."), "\n"),
    (("", "Nur ein Text"), "\n"),
    (("Nur ein Titel", ""), "\n"),
    (("Bürger/", "innen fördern"), "\n"),
    (("Bürger*", "in"), " \t"),
    (("Corona-", "Pandemie"), "\n"),
    (("Corona", "Pandemie"), "-"),  # a hyphen joins words: analysed joined
    (("Integrations", "ministerium"), ""),  # nothing between: one word
    (("a", "b", "c d", "Öffnung"), "\n\n"),
]


@pytest.mark.parametrize(("texts", "sep"), JOINS)
def test_joined_texts_give_the_postings_of_the_joined_text(texts, sep):
    for name, field in ALL_FIELDS.items():
        want = list(field.index(sep.join(texts)))
        assert repr(joined_postings(field, texts, sep)) == repr(want), name


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), max_size=4),
    st.sampled_from(["\n", " ", "\n\n", "", "-", "/"]),
)
def test_any_joined_texts_give_the_postings_of_the_joined_text(texts, sep):
    for name, field in ALL_FIELDS.items():
        want = list(field.index(sep.join(texts)))
        assert repr(joined_postings(field, texts, sep)) == repr(want), name


def _releases() -> list:
    """The seed releases and real speeches (when ../shared is there), prepared for the index."""
    texts = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))] + _shared_texts()
    records = [SourceRecord(str(n), f"{n}.txt", "test", "txt", t) for n, t in enumerate(texts)]
    return [prepare(record) for record in records]


def test_pre_analysed_releases_have_the_postings_of_whoosh():
    releases = [pre_analyse(release) for release in _releases()]
    assert sum(len(r.quotes) for r in releases) >= (10 if _shared_texts() else 5)
    for release in releases:
        title = "" if release.title_from_text else release.title  # a first line is body text
        texts = {
            "title": title,
            "body": release.body,
            "exact": f"{title}\n{release.body}" if title else release.body,
            "boilerplate": release.boilerplate,
        }
        for name, text in texts.items():
            want = list(FIELDS[name].index(text)) if text else None
            got = release.analysed[name].items if name in release.analysed else None
            assert repr(got) == repr(want), (release.id, name)
        for quote, analysed in zip(release.quotes, release.analysed_quotes, strict=True):
            assert repr(analysed.items) == repr(list(FIELDS["quote"].index(quote["text"])))


@pytest.mark.parametrize("texts", [(), ("Die Bürger-Beteiligung", "im Integrationsministerium")])
def test_joined_texts_of_another_analyzer_take_whooshs_path(texts):
    field = TEXT(analyzer=StandardAnalyzer(), phrase=False)
    assert joined_postings(field, texts) == list(field.index("\n".join(texts)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_a_text_is_scanned_as_by_the_token_pattern(text):
    """A text without combining accents or soft hyphens is scanned with a plain letter class."""
    import re

    from indexer.analysis.analyzers import TOKEN_PATTERN

    full = re.compile(TOKEN_PATTERN)
    scan = postings_module._scan(full, text)
    assert scan.raws == [m[0] for m in full.finditer(text)]
    assert scan.starts == [m.start() for m in full.finditer(text)]


def test_a_fields_analyzer_is_compared_with_ours_once(monkeypatch):
    """Comparing analyzers compares every stage's settings (the stopword set too): a field's
    analyzer is compared once, not at every text, and an analyzer changed into another object
    is compared anew."""
    from whoosh.analysis import CompositeAnalyzer

    compared = []
    equal = CompositeAnalyzer.__eq__
    monkeypatch.setattr(
        CompositeAnalyzer, "__eq__", lambda a, b: (compared.append(1), equal(a, b))[1]
    )
    schema = build_schema()
    body, exact = schema["body"], schema["exact"]
    for n in range(20):
        text = f"Die Bürgerinnen der Stadt {n} wählen den Gemeinderat."
        assert field_postings(body, text) == list(TEXT.index(body, text))
        field_postings(exact, text)
        span_postings(body, text, 4, 15)
        joined_postings(exact, ["Titel", text])
    assert len(compared) <= 3  # body: German; exact: not German, then exact
    other = build_schema()["body"]  # equal, another object
    compared.clear()
    field_postings(other, "Die Bürgerinnen")
    assert compared


WORD_FIELDS = [
    name
    for name, field in build_schema().items()
    if field.indexed and not isinstance(field, TEXT) and postings_module.word_postings(field, "x")
]


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.text(max_size=30), min_size=1, max_size=4), sep=st.sampled_from("\x1f,"))
def test_id_and_facet_fields_give_the_postings_of_whoosh(values, sep):
    """ID fields (the value is the term) and the facets (values split at SEP) are indexed
    without Whoosh's generators: the same terms, frequencies, weights and values, in order."""
    schema = build_schema()
    value = sep.join(values)
    for name in WORD_FIELDS:
        field = schema[name]
        try:
            expected = list(field.index(value))
        except UnicodeEncodeError:  # a lone surrogate: Whoosh fails, and so do we
            with pytest.raises(UnicodeEncodeError):
                postings_module.word_postings(field, value)
            continue
        assert postings_module.word_postings(field, value) == expected


def test_word_postings_cover_the_id_and_facet_fields_only():
    schema = build_schema()
    assert {"id", "path", "date", "persons", "organisation_keys", "speaker"} <= set(WORD_FIELDS)
    assert not {"title", "body", "exact", "quote"} & set(WORD_FIELDS)
    for name in ("body", "exact"):
        assert postings_module.word_postings(schema[name], "Wort") is None
    assert postings_module.word_postings(TEXT(analyzer=StandardAnalyzer()), "Wort") is None


def test_position_values_are_encoded_without_whooshs_loop(monkeypatch):
    """The values of Positions and Characters postings are the bytes Whoosh's ``encode`` makes,
    built without calling it once per term (a term seen once, twice, and at a hyphen compound's
    parts, whose entries are not shared)."""
    from whoosh.formats import Characters, Positions

    text = "Die Corona-Pandemie traf die Stadt. Die Stadt und die Corona-Pandemie: Stadtrat."
    schema = build_schema()
    fields = [schema[name] for name in ("title", "body", "quote")]
    want = [list(TEXT.index(field, text)) for field in fields]

    def refused(self, poslist):
        raise AssertionError("Whoosh's encode called")

    monkeypatch.setattr(Positions, "encode", refused)
    monkeypatch.setattr(Characters, "encode", refused)
    postings_module._TOKENS[True, True].cache_clear()  # the hyphen compounds analysed anew
    assert [field_postings(field, text) for field in fields] == want


def test_a_frequency_field_looks_each_distinct_match_up_once(monkeypatch):
    """The exact field (frequencies only) counts the matches first: a word that occurs three
    times is looked up once, and the postings stay Whoosh's, in order of first occurrence."""
    field = build_schema()["exact"]
    text = "Haus haus Haus und Hof, Hof und Haus; Garten."
    want = list(TEXT.index(field, text))
    looked_up = []
    token = postings_module._TOKENS[False, False]
    monkeypatch.setitem(
        postings_module._TOKENS, (False, False), lambda raw: (looked_up.append(raw), token(raw))[1]
    )
    assert field_postings(field, text) == want
    assert sorted(looked_up) == sorted({"Haus", "haus", "und", "Hof", "Garten"})


@pytest.mark.parametrize("value", [0, 1, 255, 256, 65535, 65536, 2**31 - 1, 2**31, 10**12])
def test_one_position_is_encoded_as_whoosh_encodes_it(value):
    """A term that occurs once (most terms of a text): its value joined from the opcodes
    pickle writes, the bytes of Whoosh's ``encode`` at every size of number."""
    from whoosh.formats import Characters, Positions

    assert postings_module._encode_positions([value]) == Positions().encode([value])
    for start, end in ((0, 0), (value, value + 3), (5, 5 + value)):
        got = postings_module._encode_characters([(value, start, end)])
        assert got == Characters().encode([(value, start, end)])
