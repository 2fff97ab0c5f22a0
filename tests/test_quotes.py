"""Quote extraction: marks, titles that are not quotes, attribution rules, offsets, gold targets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.quotes import (
    GOLD_DIR,
    gold_entities,
    load_gold,
    release_document,
    score_gold,
    score_redewiedergabe,
    score_release,
    shared_dir,
)
from indexer.extraction.quotes import extract_quotes
from indexer.model import Entities, Quote

KAYKIN = "Zülfiye Kaykin"
PEOPLE = Entities(
    persons=[KAYKIN, "Friedel Heuwinkel", "Guntram Schneider", "Cord Wellhausen", "Sören Link"],
    roles={
        KAYKIN: "Staatssekretärin für Integration",
        "Friedel Heuwinkel": "Landrat",
        "Guntram Schneider": "Integrationsminister",
        "Cord Wellhausen": "Landesvorsitzender",
    },
)


def quotes(body: str, entities: Entities = PEOPLE) -> list[tuple[str, str | None]]:
    """Return (text, speaker) pairs, checking the offsets on the way."""
    found = extract_quotes(body, entities)
    for q in found:
        assert body[q.start : q.end] == q.text
    return [(q.text, q.speaker) for q in found]


MARKS = [
    ("„Wir sind stolz auf unsere Verwaltung“, sagte Landrat Heuwinkel.", "low-high"),
    ('"Wir sind stolz auf unsere Verwaltung", sagte Landrat Heuwinkel.', "ascii"),
    ("»Wir sind stolz auf unsere Verwaltung«, sagte Landrat Heuwinkel.", "guillemets-in"),
    ("«Wir sind stolz auf unsere Verwaltung», sagte Landrat Heuwinkel.", "guillemets-out"),
    ("„Wir sind stolz auf unsere Verwaltung”, sagte Landrat Heuwinkel.", "low-right"),
    ('„Wir sind stolz auf unsere Verwaltung", sagte Landrat Heuwinkel.', "low-ascii"),
    ("‚Wir sind stolz auf unsere Verwaltung‘, sagte Landrat Heuwinkel.", "single"),
    ("'Wir sind stolz auf unsere Verwaltung', sagte Landrat Heuwinkel.", "single-ascii"),
]


@pytest.mark.parametrize("body", [b for b, _ in MARKS], ids=[i for _, i in MARKS])
def test_every_quotation_mark_style(body):
    assert quotes(body) == [("Wir sind stolz auf unsere Verwaltung", "Friedel Heuwinkel")]


ATTRIBUTION = [
    (
        "„Die Öffnung ist ein Muss“, sagte Landrat Heuwinkel.",
        "Friedel Heuwinkel",
        "sagte-role-name",
    ),
    ("„Die Öffnung ist ein Muss“, betonte Staatssekretärin Kaykin.", KAYKIN, "betonte-surname"),
    ("„Die Öffnung ist ein Muss“, erklärte Heuwinkel am Montag.", "Friedel Heuwinkel", "erklärte"),
    ("„Die Öffnung ist ein Muss“, so Wellhausen.", "Cord Wellhausen", "so-surname"),
    ("„Die Öffnung ist ein Muss“ – so der Landesvorsitzende.", "Cord Wellhausen", "so-role"),
    ("Minister Schneider: „Die Öffnung ist ein Muss.“", "Guntram Schneider", "colon"),
    (
        "Zülfiye Kaykin, Staatssekretärin und zugleich Schirmherrin der aktiven Partnerschaften: "
        "„Die Öffnung ist ein Muss.“",
        KAYKIN,
        "colon-apposition",
    ),
    (
        "Oberbürgermeister Sören Link betonte bei der Unterzeichnung, es gebe großen Zuspruch: "
        "„Die Öffnung ist ein Muss.“",
        "Sören Link",
        "verb-then-colon",
    ),
    (
        "Bei der Eröffnung der Ausstellung von Minister Schneider sagte Landrat Heuwinkel: "
        "„Die Öffnung ist ein Muss.“",
        "Friedel Heuwinkel",
        "inverted-colon",
    ),
    (
        "Auch deshalb erhofft sich die Staatssekretärin einen regen Austausch der Partner "
        "untereinander. „Die Öffnung ist ein Muss.“",
        KAYKIN,
        "previous-sentence-role",
    ),
    ("„Die Öffnung ist ein Muss“, betonte die Staatssekretärin.", KAYKIN, "role-only"),
    ("„Die Öffnung ist ein Muss“, wie Minister Schneider betonte.", "Guntram Schneider", "wie"),
    ("„Ist die Öffnung ein Muss?“ fragte Landrat Heuwinkel.", "Friedel Heuwinkel", "question"),
    ("„Die Öffnung ist ein Muss“, sagte Staatssekretärin Kaykın.", KAYKIN, "dotless-i"),
    (
        "Landrat Heuwinkel sagte dazu:\n„Die Öffnung ist ein Muss.“",
        "Friedel Heuwinkel",
        "colon-line",
    ),
]


@pytest.mark.parametrize(
    "body, speaker", [a[:2] for a in ATTRIBUTION], ids=[a[2] for a in ATTRIBUTION]
)
def test_attribution_rules(body, speaker):
    assert [s for _, s in quotes(body)] == [speaker]


CONTINUATION = [
    (
        "„Wir sind stolz“, sagte Landrat Heuwinkel. „Wir gehen voran und bilden aus.“",
        ["Friedel Heuwinkel", "Friedel Heuwinkel"],
        "next-sentence",
    ),
    (
        "„Wir sind stolz“, sagte Landrat Heuwinkel, „und wir gehen weiter voran.“",
        ["Friedel Heuwinkel", "Friedel Heuwinkel"],
        "interrupted",
    ),
    (
        "„Wir sind stolz“, sagte Landrat Heuwinkel. „Das freut uns sehr“, fügte er hinzu.",
        ["Friedel Heuwinkel", "Friedel Heuwinkel"],
        "pronoun",
    ),
    (
        "„Wir sind stolz“, sagte Landrat Heuwinkel. Minister Schneider widersprach. "
        "„Das ist noch lange nicht genug.“",
        ["Friedel Heuwinkel", "Guntram Schneider"],
        "other-speaker-intervenes",
    ),
    (
        "„Wir sind stolz“, sagte Landrat Heuwinkel.\n„Das ist noch lange nicht genug.“",
        ["Friedel Heuwinkel", "Friedel Heuwinkel"],
        "follow-on-paragraph",
    ),
]


@pytest.mark.parametrize(
    "body, speakers", [c[:2] for c in CONTINUATION], ids=[c[2] for c in CONTINUATION]
)
def test_continuation_quotes_keep_the_speaker_within_a_paragraph(body, speakers):
    assert [s for _, s in quotes(body)] == speakers


SPANS = [
    (
        "Zülfiye Kaykin, Staatssekretärin: „Wir wollen ermutigen. Wir können nicht verzichten.\n"
        "Als erste Kommune schloss sich heute die Stadt Duisburg an.",
        "Wir wollen ermutigen. Wir können nicht verzichten.",
        "missing-close-at-paragraph-end",
    ),
    (
        "„Wir haben viel erreicht. Die Zahlen sprechen für sich.\n"
        "„Dennoch bleibt viel zu tun“, sagte Landrat Heuwinkel.",
        "Wir haben viel erreicht. Die Zahlen sprechen für sich.\n„Dennoch bleibt viel zu tun",
        "two-paragraphs",
    ),
    (
        'Minister Schneider: "Wir haben jeden Posten geprüft.\n'
        '"Das war mühsam.\n"Aber es war notwendig."',
        'Wir haben jeden Posten geprüft.\n"Das war mühsam.\n"Aber es war notwendig.',
        "three-paragraphs-ascii",
    ),
    (
        "Integrationsstaatssekretär Lorenz Bahr: „Etwa der Verein ,MITTeinander e. V.‘ hilft "
        "uns sehr.“",
        "Etwa der Verein ,MITTeinander e. V.‘ hilft uns sehr.",
        "nested-single-quote",
    ),
    (
        "Landrat Heuwinkel: „Wir schaffen das. „Bundesweit sind wir vorn“, erklärte Heuwinkel.",
        "Wir schaffen das.",
        "new-quote-closes-unclosed",
    ),
]


@pytest.mark.parametrize("body, text", [s[:2] for s in SPANS], ids=[s[2] for s in SPANS])
def test_quote_spans(body, text):
    assert quotes(body)[0][0] == text


NOT_QUOTES = [
    "Kaykin hat die Partnervereinbarung „Vielfalt verbindet. Interkulturelle Öffnung als "
    "Erfolgsfaktor“ unterzeichnet.",
    'Ziel der Landesinitiative "Mehr Migrantinnen und Migranten in den Öffentlichen Dienst" ist '
    "es, mehr Menschen einzustellen.",
    "In den drei Workshops „Interkultur – Chancen für die Kultur“, „Interkulturelle "
    "Jugendarbeit“ und „OpenCities: Strategien für eine offene Stadt“ ging es um Integration.",
    "Die Stadt hatte unter dem Motto „Fünf Jahre Integrationskonzept – Erfolge, Potenziale“ "
    "geladen.",
    "Mit der Gründung des Vereins ,MITTeinander in Hüllhorst e. V.‘ kommt die Öffnung voran.",
    "Die sogenannte „Landarztquote“ zeigt erste Wirkung.",
    "Das Elefantenkalb hat den Namen „Lotte“ erhalten.",
    "„Sicher ankommen“ heißt die Aktion der Verkehrswacht.",
    "Die Kampagne „Wir sind NRW – und ihr seid dabei!“ startet am Montag.",
    "Der Verein hilft dort, wo es „brennt“, und sammelt Spenden.",
    "Der Stadt geht's gut, und Grass' Romane stehen im Regal.",
    "Das Motto der Demonstration lautet: „Wir haben es satt! Der Agrarindustrie die Stirn bieten!“",
]


@pytest.mark.parametrize("body", NOT_QUOTES, ids=lambda b: b.split("„")[0].split('"')[0][:28])
def test_titles_slogans_and_names_are_not_quotes(body):
    assert quotes(body) == []


UNNAMED = [
    ("„Die Halle stand bereits in Vollbrand“, sagte ein Sprecher der Feuerwehr.", "indefinite"),
    ("„Für die Bevölkerung bestand keine Gefahr“, hieß es in einer Mitteilung.", "hiess-es"),
    ("Die Anrufer behaupten etwa: „Ihr Geld ist bei Ihnen nicht mehr sicher.“", "anonymous"),
    ("„Die Lage ist ernst“, sagte der Sprecher.", "role-nobody-has"),
    ("Der Bericht liegt vor. „Wir müssen jetzt handeln.“", "no-speaker-nearby"),
]


@pytest.mark.parametrize("body", [u[0] for u in UNNAMED], ids=[u[1] for u in UNNAMED])
def test_quotes_without_an_identifiable_speaker_keep_speaker_none(body):
    found = quotes(body)
    assert len(found) == 1
    assert found[0][1] is None


ROLES = [
    ("„Das ist gut“, sagte Landrat Heuwinkel.", PEOPLE, "Landrat", "from-entities"),
    (
        "„Das ist gut“, sagte Polizeisprecher Markus Rehberg.",
        Entities(persons=["Markus Rehberg"]),
        "Polizeisprecher",
        "from-attribution",
    ),
    ("„Das ist gut“, sagte Markus Rehberg.", Entities(persons=["Markus Rehberg"]), None, "none"),
]


@pytest.mark.parametrize("body, entities, role", [r[:3] for r in ROLES], ids=[r[3] for r in ROLES])
def test_role_comes_from_entities_or_the_attribution(body, entities, role):
    assert extract_quotes(body, entities)[0].role == role


def test_full_name_is_taken_when_entities_lack_the_person():
    body = "„Wir bauen weiter aus“, sagte Konzernchef Morten Wierod in Ladenburg."
    assert quotes(body, Entities()) == [("Wir bauen weiter aus", "Morten Wierod")]


BODY = "„Wir gehen voran und bilden aus“, sagte Landrat Heuwinkel."
GOLD = [{"text": "Wir gehen voran und bilden aus", "speaker": "Friedel Heuwinkel"}]
SCORING = [
    (Quote("Wir gehen voran und bilden aus", "Friedel Heuwinkel", 1, 31), (1, 1, 0), "exact"),
    (Quote("gehen voran und bilden aus", "Friedel Heuwinkel", 5, 31), (1, 1, 0), "86-percent"),
    (Quote("Wir gehen voran und bilden aus", "friedel HEUWINKEL", 1, 31), (1, 1, 0), "name-key"),
    (Quote("Wir gehen voran und bilden aus", None, 1, 31), (1, 0, 0), "wrong-speaker"),
    (Quote("Wir gehen voran", "Friedel Heuwinkel", 1, 16), (0, 0, 1), "half-is-false"),
]


@pytest.mark.parametrize("predicted, counts", [s[:2] for s in SCORING], ids=[s[2] for s in SCORING])
def test_scoring_matches_on_80_percent_of_the_gold_text(predicted, counts):
    score = score_release(BODY, GOLD, [predicted])
    assert (score.found, score.right_speaker, score.false) == counts


@pytest.mark.parametrize("part", ["releases", "heldout"])
def test_gold_offsets_point_into_the_body(part):
    for record in load_gold(GOLD_DIR / f"{part}.jsonl"):
        doc = release_document(record)
        for q in extract_quotes(doc.body, gold_entities(record, doc)):
            assert doc.body[q.start : q.end] == q.text, record["id"]


def test_held_in_gold_meets_the_targets():
    score = score_gold(load_gold(GOLD_DIR / "releases.jsonl"))
    assert score.gold >= 50
    assert score.found_rate >= 0.95, score.errors
    assert score.speaker_rate >= 0.95, score.errors
    assert score.false_rate <= 0.05, score.errors


def test_shared_corpora_are_optional(monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path / "missing"))
    assert shared_dir() is None


def test_redewiedergabe_direct_speech_recall_does_not_regress():
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared corpora not available")
    result = score_redewiedergabe(shared / "corpora" / "redewiedergabe_nonfiction_dev")
    assert result["gold"] > 250
    assert result["found"] / result["gold"] >= 0.5


def _mask_char_by_char(body, spans):
    """``mask`` as it was: each span's characters replaced in a list of all of them."""
    import re

    chars = list(body)
    for s in spans:
        last = s.end - 1 if body[s.end - 1] in ".!?" else s.end
        chars[s.start : last] = re.sub(r"\S| ", "_", body[s.start : last])
    return "".join(chars)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_masking_blanks_what_char_by_char_blanking_does(data):
    """Also for spans out of order or inside one another, with any blanks."""
    from indexer.extraction.quote_marks import Span, mask

    body = data.draw(st.text(alphabet=st.sampled_from([*"ab .!?\n\t\xa0\u3000„“"]), min_size=1))
    bounds = st.tuples(st.integers(0, len(body) - 1), st.integers(1, len(body)))
    spans = [
        Span(start, max(start + 1, end), "„", start, None)
        for start, end in data.draw(st.lists(bounds, max_size=4))
    ]
    assert mask(body, spans) == _mask_char_by_char(body, spans)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab1 \n,.„“”\"»«‚‘’'›‹_"])))
def test_quotation_marks_found_as_by_the_plain_pattern(text):
    import re

    from indexer.extraction.quote_marks import _MARK

    plain = re.compile(r"[„“”\"»«‚‘’'›‹]|(?<=\s),(?=[^\W\d_])")
    assert [m.span() for m in _MARK.finditer(text)] == [m.span() for m in plain.finditer(text)]
