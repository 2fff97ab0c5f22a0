"""The statistical person/organisation tagger: shipped model, tagging, modes, index facets."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from evaluation.extraction import evaluate_germeval
from evaluation.releases import match_one_to_one, orgs_match, persons_match, split_of
from indexer.build.indexing import index_corpus
from indexer.extraction import ner
from indexer.extraction.crf import LinearCRF
from indexer.extraction.entities import extract_entities
from indexer.extraction.ner_features import sentence_features, sentences
from indexer.extraction.tokens import split_tokens
from indexer.model import CleanDocument
from indexer.search.searcher import Engine, search

ROOT = Path(__file__).resolve().parents[1]
# "Laut Hurrelmann": no frame of the rules (a surname opening a sentence before its verb is one,
# see lone_names), so only the tagger finds him
HURRELMANN = (
    "Berlin. Laut Hurrelmann ist die Jugend erstaunlich optimistisch. Die dpa meldete am "
    "Abend, dass weitere Befragungen folgen."
)


def _named(spans, text, kind):
    return [text[s.start : s.end] for s in spans if s.kind == kind]


def test_model_ships_in_the_package_and_loads():
    data = ner.model_bytes()
    assert 100_000 < len(data) < 4_000_000  # a few MB at most
    assert {"B-PER", "I-PER", "B-ORG", "I-ORG", "O"} <= set(ner.tagger().labels)


def test_attribution_names_every_shipped_model_file():
    data = ROOT / "indexer" / "extraction" / "data"
    credits = (data / "ATTRIBUTION.md").read_text(encoding="utf-8")
    shipped = [p.name for p in data.iterdir() if p.name != "ATTRIBUTION.md"]
    assert "ner_crf.npz" in shipped
    assert all(f"`{name}`" in credits for name in shipped)
    assert "crfsuite`" not in credits  # the old file name
    assert "GermEval 2014 NER data" in credits  # trained on its tune half (CC BY 4.0)


def test_tagger_finds_a_bare_surname_and_an_acronym():
    spans = ner.tag(HURRELMANN)
    assert "Hurrelmann" in _named(spans, HURRELMANN, "PER")
    assert "dpa" in _named(spans, HURRELMANN, "ORG")
    assert all(0 <= s.confidence <= 1 for s in spans)


def test_rules_alone_miss_the_bare_surname_that_both_find(monkeypatch):
    doc = CleanDocument("", HURRELMANN)
    monkeypatch.setenv("PRESSESUCHE_NER", "rules")
    assert "Hurrelmann" not in extract_entities(doc).persons
    monkeypatch.setenv("PRESSESUCHE_NER", "fast")  # rules and tagger
    assert "Hurrelmann" in extract_entities(doc).persons


@pytest.mark.parametrize("how", ["both", "fast"])
def test_in_a_release_a_lone_tagger_word_is_no_person(monkeypatch, how):
    # a release names its persons in full, where the rules' frames find them; a lone word only
    # the tagger calls a person there is a team, a place or a product more often than a person
    release = (
        HURRELMANN + " Die Falcons spielten am Sonntag in Oppenweiler. Der Verein freut sich. "
        "Weitere Spiele folgen im Mai."
    )
    assert "Hurrelmann" in _named(ner.tag(release), release, "PER")  # the tagger finds it
    persons, _ = ner.find_mentions(release, how)
    assert "Hurrelmann" not in [m.name for m in persons]
    persons, _ = ner.find_mentions(HURRELMANN, how)  # a sentence or two: the tagger is heard
    assert "Hurrelmann" in [m.name for m in persons]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("rules", "rules"), ("MODEL", "model"), ("both", "both"), ("", "rules"), ("crf", "rules")],
    ids=["rules", "case", "both", "empty", "unknown"],
)
def test_mode_setting(monkeypatch, value, expected):
    monkeypatch.setenv("PRESSESUCHE_NER", value)
    assert ner.mode() == expected


@pytest.mark.parametrize("how", ["both", "fast"])
def test_both_keeps_the_rules_mentions_and_their_roles(how):
    text = (
        "Landrat Friedel Heuwinkel eröffnete die Ausstellung. "
        "Hurrelmann hat gestern gesagt, es gehe voran."
    )
    persons, _ = ner.find_mentions(text, how)
    rules, _ = ner.find_mentions(text, "rules")
    assert set(rules) <= set(persons)
    assert [m.name for m in persons] == ["Friedel Heuwinkel", "Hurrelmann"]
    assert persons[1].surname_only


def test_fast_mode_tags_only_sentences_with_an_open_name():
    text = "Der Rat hat den Haushalt beschlossen. Landrat Heuwinkel kam. Hurrelmann nicht."
    assert [ner.candidate(w) for w in ("Hurrelmann", "Haushalt", "EU", "Rat")] == [
        True,
        False,
        True,
        False,
    ]
    start = text.index("Heuwinkel")
    spans = ner.tag(text, known=[(start, start + len("Heuwinkel"))])
    assert [text[s.start : s.end] for s in spans] == ["Hurrelmann"]  # only the third sentence
    assert ner.tag("Der Rat hat den Haushalt beschlossen.", known=[]) == []


def test_fast_mode_passes_rare_german_words_that_do_not_look_like_names():
    # all three are in the German word list at its lowest frequency; only Tito looks like a name
    assert [ner.candidate(w) for w in ("Jubiläum", "Dimension", "Tito", "Khashoggi")] == [
        False,
        False,
        True,
        True,
    ]
    assert ner.tag("Das Jubiläum der Berliner Republik wurde gefeiert.", known=[]) == []


def test_tagger_spans_are_no_lone_roles_or_months():
    for word in ("Landrat", "Oktober", "Bürgermeisterin", "Polizei"):
        span = ner.Span("PER", 0, len(word), 0.99)
        assert not ner._plausible(word, span)
    assert ner._plausible("Hurrelmann", ner.Span("PER", 0, 10, 0.99))


@pytest.mark.parametrize(
    ("text", "kind", "kept"),
    [
        ("2 Liga", "PER", False),
        ("Beisitzer 2", "ORG", False),
        ("unter dem Motto „", "ORG", False),
        ("Stadt-", "ORG", False),
        ("TH", "ORG", False),
        ("Entsprechende", "ORG", False),
        ("Vestas", "ORG", True),
        ("ABO Wind", "ORG", True),
        ("LBV", "ORG", True),
    ],
)
def test_tagger_spans_are_no_numbers_cut_words_or_common_words(text, kind, kept):
    start = text.index("Motto") if "Motto" in text else 0
    end = len(text) if kind == "ORG" or " " not in text else 1
    assert ner._plausible(text, ner.Span(kind, start, end, 0.99)) is kept


def test_sentences_split_at_stops_not_after_titles():
    tokens = split_tokens("Dr. Anna Weber kam. Sie sprach.\nNeue Zeile ohne Punkt")
    words = [" ".join(tokens.texts[a:k]) for a, k in sentences(tokens)]
    assert words == ["Dr . Anna Weber kam .", "Sie sprach .", "Neue Zeile ohne Punkt"]


def test_features_name_the_neighbours_and_the_word_lists():
    feats = sentence_features(["Landrat", "Sabine", "Beine", "sagte"])
    assert "lex=role" in feats[0] and "lex=first" in feats[1]
    assert "-1lex=role" in feats[1] and "+1lex=speech" in feats[2] and "first" in feats[0]


def test_features_mark_unknown_capitalised_words_and_the_first_capital():
    feats = sentence_features(["Gestern", "traf", "Xqzvbrtić", "den", "Bürgermeister"])
    assert "oov" in feats[2] and "s2=ić" in feats[2] and "p4=xqzv" in feats[2]
    assert "+1oov" in feats[1] and "-1oov" in feats[3]
    assert "firstcap" in feats[0] and "firstcap" not in feats[2]
    assert not any(f.endswith("oov") for f in feats[0] + feats[4])  # German words
    assert "oov" not in sentence_features(["Merkel", "kam"])[0]  # a word with a cluster
    assert "firstcap" not in sentence_features(["am", "Montag"])[0]


@pytest.mark.parametrize(
    "words, i, present, absent",
    [
        (["Der", "Bundestag", "tagte"], 1, ["known"], ["knownstart", "place"]),
        (["Die", "Deutsche", "Bahn", "fährt"], 1, ["knownstart", "+1w=bahn"], ["known"]),
        (["Er", "flog", "nach", "Ghanas", "Hauptstadt"], 3, ["place"], ["known"]),
        (["Er", "flog", "nach", "Ghanas", "Hauptstadt"], 4, ["-1place"], ["place"]),
        (["Sie", "kam", "aus", "Berlin"], 2, ["+1place"], ["-1place", "place"]),
        (["Frau", "Weber", "sprach", "beim", "BVB"], 3, ["+1known"], ["known"]),
        (["der", "bundestag"], 1, [], ["known", "place"]),  # lowercase: no name
    ],
)
def test_features_tell_curated_organisations_and_places(words, i, present, absent):
    feats = sentence_features(words)[i]
    assert all(f in feats for f in present)
    assert not any(f in feats for f in absent)


def test_facet_of_a_real_index_holds_the_tagged_person(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSESUCHE_NER", "fast")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # a short note (three sentences with its title): in a longer release a lone word the tagger
    # alone calls a person is left out (test_in_a_release_a_lone_tagger_word_is_no_person)
    short = HURRELMANN.split(" Die dpa")[0]
    (corpus / "studie.txt").write_text(f"Jugendstudie vorgestellt\n\n{short}\n", "utf-8")
    root = tmp_path / "index"
    index_corpus(corpus, root)
    engine = Engine(root)
    try:
        persons = [v.value for v in search(engine, "").facets["person"]]
        assert "Hurrelmann" in persons
    finally:
        engine.close()


@pytest.mark.parametrize("window", [2, 3])
def test_numpy_marginals_equal_crfsuite_ones(tmp_path, window):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    train = [
        (["Heute", "sagte", "Anna", "Weber", "etwas", "."], ["O", "O", "B-PER", "I-PER", "O", "O"]),
        (["Die", "dpa", "meldete", "es", "."], ["O", "B-ORG", "O", "O", "O"]),
        (["Weber", "kam", "zur", "Stadt", "Köln"], ["B-PER", "O", "O", "O", "B-LOC"]),
        (["Der", "Verband", "VDI", "tagte"], ["O", "O", "B-ORG", "O"]),
    ]
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train:
        trainer.append(sentence_features(words, window), tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30})
    path = str(tmp_path / "tiny.crfsuite")
    trainer.train(path)
    crf = LinearCRF.load(LinearCRF.from_crfsuite(path).to_bytes())
    assert crf.window == window  # the model file tells how far its neighbours reach
    reference = pycrfsuite.Tagger()
    reference.open(path)
    unseen = [
        ["Weber", "meldete", "."],
        ["Anna"],
        ["Heute", "kam", "der", "VDI", "zur", "dpa", "."],
    ]
    for words, probs in zip(
        unseen + [w for w, _ in train], crf.marginals(unseen + [w for w, _ in train]), strict=True
    ):
        reference.set(sentence_features(words, window))
        want = np.array([[reference.marginal(y, i) for y in crf.labels] for i in range(len(words))])
        assert np.allclose(probs, want, atol=1e-5)


# --- training and evaluation helpers -------------------------------------------------------------


def test_training_tokens_are_split_as_at_run_time_and_trimmed():
    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    words, tags = train_ner.retokenize([("„Hamburger", "B-ORG"), ("Frauenhilfe“,", "I-ORG")])
    assert words == ["„", "Hamburger", "Frauenhilfe", "“", ","]
    assert train_ner.trim(words, tags) == ["O", "B-ORG", "I-ORG", "O", "O"]
    words = ["H", ".", "Müller", ","]
    assert train_ner.trim(words, ["B-PER", "I-PER", "I-PER", "I-PER"]) == [
        "B-PER",
        "I-PER",
        "I-PER",
        "O",
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dr. Anna Weber", "Anna Weber", True),
        ("Weber", "Anna Weber", True),
        ("Hans Weber", "Anna Weber", False),
        ("Jürgen Groß", "Juergen Gross", False),
        ("Jürgen Groß", "Jurgen Gross", True),
    ],
    ids=["title", "surname", "other-first", "ue", "folded"],
)
def test_person_matching_rule(a, b, same):
    assert persons_match(a, b) is same


def test_organisation_matching_rule_and_one_to_one():
    assert any(
        orgs_match("Deutsches Institut für Wirtschaftsforschung", g) for g in ["DIW Berlin", "DIW"]
    )
    assert orgs_match("DIW", "Deutsches Institut für Wirtschaftsforschung")
    assert not orgs_match("Stadt Bonn", "Universität Bonn")
    gold = [["Universität Bonn", "Uni Bonn"]]
    predicted = [["Universität Bonn"], ["Uni Bonn"], ["Stadt Bonn"]]
    score = match_one_to_one(predicted, gold, [], orgs_match)
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_release_split_is_fixed_by_hash():
    ids = [f"r{i}" for i in range(200)]
    tune = [i for i in ids if split_of(i) == "tune"]
    assert 100 < len(tune) < 140
    assert not set(tune) & {i for i in ids if split_of(i) == "report"}


def test_germeval_persons_better_with_the_tagger(shared):
    rules, both = evaluate_germeval(how="rules"), evaluate_germeval(how="fast")
    if rules is None:
        pytest.skip("GermEval 2014 dev is not in ../shared")
    # dev split, rules .606/.205 (PER/ORG F1), fast .652/.413 when the tagger was committed;
    # with the rules of the extraction branch: rules .603/.290, fast .65/.432; with the rules
    # that take acronyms standing alone (extract-a): rules ORG .436, fast .479; with the silver
    # sentences in training (halves tune/report): PER rules .582/.623, fast .644/.651; ORG
    # rules .406/.458, fast .476/.498; with word clusters, genitive features and swapped names
    # (halves tune/report): PER fast .694/.690, ORG fast .486/.509; with the curated lists and
    # kind rules of the orgs branch ORG rules .608/.543, fast .620/.564 (whole dev .575 -> .591):
    # the tagger adds less there; with the rules of session 12's orgs branch (market reports,
    # kinds and company words before names, English heads, declined curated names; whole dev)
    # ORG rules .627, fast .616: the tagger now costs ORG F1 beside the rules; this guards
    # against a larger loss
    assert both.scores["PER"].f1 > rules.scores["PER"].f1 + 0.03
    assert both.scores["ORG"].f1 > rules.scores["ORG"].f1 - 0.02


def test_cross_validation_folds_split_the_tune_half_and_never_read_the_blind_one(
    tmp_path, monkeypatch
):
    from evaluation.ner import GERMEVAL_TUNE, evaluate_germeval_half, in_fold, parse_fold

    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    numbers = range(1, GERMEVAL_TUNE + 1)
    folds = [[n for n in numbers if in_fold(n, (k, 3))] for k in (1, 2, 3)]
    assert sorted(sum(folds, [])) == list(numbers)  # each tune sentence in exactly one fold
    assert folds[0][0] == 1 and folds[0][-1] + 1 == folds[1][0]  # runs of the file
    assert parse_fold("2/3") == (2, 3) and parse_fold(None) is None
    with pytest.raises(ValueError):
        parse_fold("4/3")
    folder = tmp_path / "corpora" / "germeval2014"
    folder.mkdir(parents=True)
    _germeval_file(folder / "NER-de-dev.tsv", b"#\tblind 1\n1\t\xff\xfe\tB-PER\tO\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    assert len(train_ner.germeval_tune(hold_out=(1, 2))) == GERMEVAL_TUNE // 2
    report = evaluate_germeval_half("rules", "tune", (1, 2))  # the blind bytes would not decode
    assert report.documents == GERMEVAL_TUNE // 2 and "fold 1/2" in report.name


def test_a_missing_model_file_stops_with_a_message(tmp_path, capsys):
    from evaluation.ner import main

    missing = tmp_path / "nicht-da.npz"
    with pytest.raises(SystemExit) as stopped:
        main(["--model", str(missing), "--no-releases", "--germeval", "tune", "--modes", "model"])
    assert stopped.value.code == 2
    assert f"Modelldatei nicht gefunden: {missing}" in capsys.readouterr().err


def test_germeval_halves_are_fixed_by_sentence_number():
    from evaluation.ner import GERMEVAL_TUNE, germeval_half

    lines = []
    for n in range(1, GERMEVAL_TUNE + 3):
        lines += [f"#\tsource {n}", f"1\tSatz{n}\tO\tO", ""]
    tune, report = germeval_half(lines, "tune"), germeval_half(lines, "report")
    assert sum(line.startswith("#") for line in tune) == GERMEVAL_TUNE
    assert [line for line in report if line.startswith("1\t")] == [
        f"1\tSatz{GERMEVAL_TUNE + 1}\tO\tO",
        f"1\tSatz{GERMEVAL_TUNE + 2}\tO\tO",
    ]
    assert tune + report == lines == germeval_half(lines, "all")


def test_silver_sentences_label_bare_surnames_of_a_named_person(tmp_path, monkeypatch):
    import gzip
    import hashlib
    import json

    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    ids = [f"ID{i}" for i in range(100)]
    kept = [i for i in ids if not int(hashlib.sha1(i.encode()).hexdigest(), 16) % 8]
    text = (
        "Die Ministerin Anna Hurrelmann hat das Gesetz vorgelegt. Wir danken ihr. "
        "Hurrelmann hat recht, sagen wir.\nDas Wetter ist schön."
    )
    folder = tmp_path / "corpora" / "bundestag_wp19_speeches"
    folder.mkdir(parents=True)
    with gzip.open(folder / "speeches.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": i, "text": text if i == kept[0] else "Nichts."}) + "\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    data = train_ner.silver_bundestag()
    assert len(data) == 2  # sentences without a label are left out
    labelled = [(w, t) for words, tags in data for w, t in zip(words, tags, strict=True)]
    assert ("Anna", "B-PER") in labelled and ("Hurrelmann", "I-PER") in labelled
    assert ("Hurrelmann", "B-PER") in labelled  # the bare surname of the second sentence


def test_word_clusters_group_words_by_their_neighbours(tmp_path, monkeypatch):
    import gzip
    import json

    sys.path.insert(0, str(ROOT / "tools"))
    import ner_lexicons

    surnames = ["Albers", "Brinkmann", "Cordes", "Dreesen", "Eilers", "Focken"]
    nouns = ["Antrag", "Haushalt", "Bericht", "Entwurf", "Vertrag", "Plan"]
    text = " ".join(
        f"Herr {s} sagte das. Kollege {s} meinte es. Der {n} ist gut. Dieser {n} wirkt."
        for s, n in zip(surnames, nouns, strict=True)
    )
    folder = tmp_path / "corpora" / "bundestag_wp19_speeches"
    folder.mkdir(parents=True)
    with gzip.open(folder / "speeches.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ID1", "text": text, "interjections": ["(Beifall)"]}) + "\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    monkeypatch.setattr(ner_lexicons, "CLUSTER_MIN_COUNT", 1)
    monkeypatch.setattr(ner_lexicons, "CLUSTER_DIMENSIONS", 30)
    monkeypatch.setattr(ner_lexicons, "CLUSTER_SIZES", (4, 6))
    out = tmp_path / "clusters.json.gz"
    assert ner_lexicons.build_clusters(out) > 20
    first = out.read_bytes()
    assert ner_lexicons.build_clusters(out) and out.read_bytes() == first  # the same every run
    table = json.loads(gzip.decompress(first))
    for level in (0, 1):
        assert len({table[s][level] for s in surnames}) == 1
        assert len({table[n][level] for n in nouns}) == 1
    assert table["Albers"][1] != table["Antrag"][1]


def test_features_carry_the_shipped_word_clusters():
    from indexer.extraction.ner_features import clusters

    table = clusters()
    assert len(table) > 10_000  # the speeches' frequent words
    assert table["Müller"] == table["Schmidt"]  # surnames share their clusters
    assert table["Müller"][1] != table["Antrag"][1]
    feats = sentence_features(["Herr", "Müller", "sagte"])
    coarse, fine = table["Müller"]
    assert f"c={coarse}" in feats[1] and f"k={fine}" in feats[1]
    assert f"-1c={table['Herr'][0]}" in feats[1] and f"-1k={table['Müller'][1]}" in feats[2]
    assert not any(f.startswith("c=") for f in sentence_features(["Xqzvbrt"])[0])


def test_tagged_names_lose_titles_and_punctuation_at_their_edges():
    assert ner._trimmed(["Dr", ".", "Bernd", "Rödl", ")", "."], 0, 5) == (2, 3)
    assert ner._trimmed(["Prof", "Anna", "Weber"], 0, 2) == (1, 2)
    assert ner._trimmed(["Nico", "G", "."], 0, 2) == (0, 2)  # an initial keeps its stop
    assert ner._trimmed(["«", "Kaiser", "»", "."], 0, 3) == (1, 1)
    assert ner._trimmed(["Herr"], 0, 0) == (0, 0)  # a title alone is left to the filters


def test_a_role_at_the_start_of_a_tagger_person_is_no_part_of_the_name(monkeypatch):
    text = "Gestern hat Bischof Gerber die Gemeinde besucht."
    assert _named(ner.tag(text), text, "PER") == ["Gerber"]
    # in a release a lone tagger word is no person: the rules' full name stays the only one
    release = (
        "Fulda. Bischof Dr. Michael Gerber hat am Montag die Gemeinde besucht. Er sprach mit "
        "vielen Menschen. Danach feierte Bischof Gerber einen Gottesdienst. Die Kirche war voll."
    )
    monkeypatch.setenv("PRESSESUCHE_NER", "both")
    persons = extract_entities(CleanDocument("", release)).persons
    assert "Bischof Gerber" not in persons and "Michael Gerber" in persons


def test_a_sure_tagger_span_mends_the_bounds_of_a_rule_person():
    from indexer.extraction.persons import PersonMention

    def mended(text, rule, tagged, confidence=0.95):
        a = text.index(rule)
        persons = [PersonMention(rule, a, a + len(rule), "Dichter")]
        taken = [(a, a + len(rule))]
        b = text.index(tagged)
        ner._mend_bounds(text, ner.Span("PER", b, b + len(tagged), confidence), persons, taken)
        assert taken == [(persons[0].start, persons[0].end)]
        return persons[0]

    text = "Das Denkmal für Joseph Victor von Scheffel steht hier."
    person = mended(text, "Joseph Victor", "Joseph Victor von Scheffel")
    assert person.name == "Joseph Victor von Scheffel" and person.role == "Dichter"
    text = "Damals zog Judith Hermann in den Norden."
    assert mended(text, "Judith Hermann in den Norden", "Judith Hermann").name == "Judith Hermann"
    # the rule's name stays when the tagger runs on into lowercase words or cuts a capital off
    text = "Gestern sagte Anna Weber etwas."
    assert mended(text, "Anna Weber", "Anna Weber etwas").name == "Anna Weber"
    assert mended(text, "Anna Weber", "Weber").name == "Anna Weber"


def test_augmented_sentences_swap_person_names_and_keep_the_tags():
    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    person = (
        ["Gestern", "sagte", "Anna", "von", "Weber", "etwas", "."],
        ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"],
    )
    data = [person, (["Die", "dpa", "meldete"], ["O", "B-ORG", "O"])]
    out = train_ner.augment(data, 0)
    assert len(out) == 1  # only sentences with a person
    words, tags = out[0]
    assert tags == person[1]
    assert words[:2] == ["Gestern", "sagte"] and words[3] == "von" and words[5:] == ["etwas", "."]
    assert words[2] != "Anna" and words[4] != "Weber" and words[2][:1].isupper()
    assert train_ner.augment(data, 0) == out  # seeded: the same every run
    assert any(train_ner.augment(data, seed) != out for seed in range(1, 4))


def _germeval_file(path: Path, blind: bytes = b"") -> None:
    """Write a GermEval-shaped file: ``GERMEVAL_TUNE`` tune sentences, then ``blind`` bytes."""
    from evaluation.ner import GERMEVAL_TUNE

    rows = []
    for n in range(1, GERMEVAL_TUNE + 1):
        rows += [
            f"#\tsource {n}",
            "1\tMinisterin\tO\tO",
            "2\tAnna\tB-PER\tO",
            "3\tWeber\tI-PER\tO",
            "4\tvom\tO\tO",
            "5\tBundestag\tB-ORG\tO",
            "6\tdeutsche\tB-LOCderiv\tO",
            "7\tTatort\tB-OTH\tO",
            "",
        ]
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8") + blind)


def test_training_reads_exactly_the_tune_half_of_germeval_and_never_the_blind_one(
    tmp_path, monkeypatch
):
    from evaluation.ner import germeval_half, germeval_tune_lines

    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    folder = tmp_path / "corpora" / "germeval2014"
    folder.mkdir(parents=True)
    path = folder / "NER-de-dev.tsv"
    _germeval_file(path, b"#\tblind 1\n1\tGeheim\tB-PER\tO\n\n")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert germeval_tune_lines(path) == germeval_half(lines, "tune")
    # a blind half that cannot even be decoded: reading one byte of it would raise
    _germeval_file(path, b"#\tblind 1\n1\t\xff\xfe\tB-PER\tO\n")
    monkeypatch.setenv("PRESSESUCHE_SHARED", str(tmp_path))
    data = train_ner.germeval_tune()
    assert len(data) == 1100 and not any("Geheim" in words for words, _ in data)
    words, tags = data[0]
    assert words == ["Ministerin", "Anna", "Weber", "vom", "Bundestag", "deutsche", "Tatort"]
    assert tags == ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "O"]  # deriv and OTH are no names
    assert len(train_ner.load(["germeval_tune"], germeval_copies=3)) == 3300


def test_evaluation_can_tag_with_another_model_file(tmp_path):
    other = tmp_path / "other.npz"
    crf = ner.tagger()
    weights = np.zeros_like(crf.weights[:-1])  # a model that knows nothing: no names at all
    attributes = sorted(crf.index, key=crf.index.get)
    other.write_bytes(LinearCRF.save(crf.labels, attributes, weights, crf.log_transitions * 0))
    try:
        ner.use_model(other)
        assert ner.model_bytes() == other.read_bytes()
        assert ner.tag(HURRELMANN) == [] or all(s.confidence < 0.5 for s in ner.tag(HURRELMANN))
    finally:
        ner._OTHER_MODEL.clear()
        ner.tagger.cache_clear()
    assert "Hurrelmann" in _named(ner.tag(HURRELMANN), HURRELMANN, "PER")


def test_a_towns_adjective_at_the_start_of_a_tagger_person_is_no_part_of_the_name():
    text = "Im Rennen siegte der Kärntner Marco Haller vor dem Belgier."
    assert _named(ner.tag(text), text, "PER") == ["Marco Haller"]
    assert ner.no_name_part("Grazer") and ner.no_name_part("Bischof")
    assert not ner.no_name_part("Marco") and not ner.no_name_part("Schweizer-Haller")


def test_an_english_title_the_tagger_reads_as_a_person_is_none_in_both():
    text = "Die Band spielte am Abend den Song Stone Age vor vollem Haus."
    assert "Stone Age" in _named(ner.tag(text), text, "PER")  # the tagger is sure of it
    for how in ("both", "fast"):
        assert [m.name for m in ner.find_mentions(text, how)[0]] == []
    # English names stay: a known surname ends them
    assert not ner.no_person(["Tim", "Cook"]) and ner.no_person(["Point", "Break"])


def test_a_tagger_name_running_on_into_lowercase_words_is_none_in_both():
    text = "Nach dem Spiel ging die Polizei rabiat gegen die Fans vor."
    assert _named(ner.tag(text), text, "ORG") == ["Polizei rabiat"]
    assert ner.find_mentions(text, "both")[1] == []
    from indexer.extraction.ner_spans import lowercase_tail

    assert lowercase_tail(["Parlament", "lud"]) and not lowercase_tail(["Filmland", "gGmbH"])
    assert ner.no_person(["De", "facto"]) and ner.no_person(["Earl", "of", "Totnes"])
    for name in ("Joost den Haan", "Tariq bin Taimur", "Moritz v. Schwind", "Muammar al-Gaddafi"):
        assert not ner.no_person(name.split())


@pytest.mark.parametrize(
    "text, place",
    [
        ("Damit seien Puerto Rico und seine Bürger vom Gesetz ausgenommen.", "Puerto Rico"),
        ("Santa Clara – Irgendwann will er ins Finale, sagt der junge Spieler.", "Santa Clara"),
    ],
    ids=["puerto-rico", "santa-clara-dateline"],
)
def test_a_place_the_tagger_reads_as_a_person_is_none_in_both(text, place):
    assert place in _named(ner.tag(text), text, "PER")  # the tagger is sure of it
    assert place not in [m.name for m in ner.find_mentions(text, "both")[0]]


def test_place_names_and_saints_are_no_tagger_persons_but_names_stay():
    from indexer.extraction.ner_spans import place_name

    assert place_name(["Buenos", "Aires"]) and place_name(["Rio", "de", "Janeiro"])
    assert place_name(["Cerro", "Amarillo"]) and place_name(["Los", "Angeles"])
    assert not place_name(["Paris", "Hilton"]) and not place_name(["Costa", "Cordalis"])
    assert not place_name(["Rio", "Reiser"]) and not place_name(["Jordan"])
    assert ner.no_name_part("Heiligen") and ner.no_name_part("Heilige")  # des Heiligen Pankratius
    assert not ner.no_name_part("Pankratius")


def test_in_a_release_a_genitive_and_its_noun_are_no_tagger_person():
    text = (
        "Die Saison ist lang. Viele Teams kämpfen um Punkte. Doch Mortimers Enkeltochter hielt "
        "sich nicht an das Testament. Am Ende zählt nur der Sieg."
    )
    assert "Mortimers Enkeltochter" in _named(ner.tag(text), text, "PER")  # the tagger's span
    assert ner.find_mentions(text, "both")[0] == []


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Raumsonde Rosalind", "Rosalind"),
        ("Flanke Dijkstras", "Dijkstras"),
        ("Peter Hollands Kriegsdrama Nebel", "Peter Hollands"),
        ("Shirley Cramer", "Shirley Cramer"),
        ("Rose Ausländer", "Rose Ausländer"),
        ("Richard Wagner", "Richard Wagner"),
    ],
)
def test_nouns_at_the_edges_of_a_tagger_person_in_a_release_are_cut(name, kept):
    from indexer.extraction.ner_spans import running_bounds

    text = f"Gestern kam {name} an."
    a, b = running_bounds(text, 12, 12 + len(name))
    assert text[a:b] == kept


def test_a_firm_named_after_a_person_is_no_tagger_person():
    text = "Der Bericht der Berater Lowell Partners liegt vor."
    assert "Lowell Partners" in _named(ner.tag(text), text, "PER")  # the tagger is sure of it
    assert ner.find_mentions(text, "both")[0] == []
    assert ner.no_person(["Pfeiffer", "HandelsgmbH"]) and ner.no_person(["Oskar,", "Rico"])
    assert not ner.no_person(["Rose", "Ausländer"]) and not ner.no_person(["Partners"])
