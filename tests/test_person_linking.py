"""One person, one facet value across the index: the registry, and real indexes in two orders."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from indexer.build.indexing import index_corpus
from indexer.engine import schema as f
from indexer.engine import store
from indexer.engine.stored import from_stored
from indexer.extraction.names import PersonRegistry
from indexer.model import Release

KNOWN = [
    "Alexander Gauland",
    "Alexander Gauland",
    "Eberhardt Alexander Gauland",
    "Hubertus Heil",
    "Mechthild Heil",
    "Ursula von der Leyen",
    "Beatrix von Storch",
    "Ilse Storch",
    "Alexander Graf Lambsdorff",
    "Michael Georg Link",
    "Michael Peter Link",
    "Sonja Amalie Steffen",
    "Sonja Steffen",
    "Sonja Amalie Steffen",
    "Angela Merkel",
    "Angela Merkel",
    "Angela Merkels",  # "Angela Merkels Politik" in a release that names her nowhere else
    "Andreas Scheuer",
    "Andreas Scheuer",
    "Andi Scheuer",
    "Otto Hess",
    "Otto Hess",
    "Johanna Wanka",
]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Eberhardt Alexander Gauland", "Alexander Gauland"),  # a subset of given names: merged
        ("Alexander Gauland", "Alexander Gauland"),
        ("Gauland", "Alexander Gauland"),  # the one person of that surname
        ("Dr. Alexander Gauland", "Alexander Gauland"),
        ("Sonja Steffen", "Sonja Amalie Steffen"),  # the more frequent variant is shown
        ("Steffen", "Sonja Amalie Steffen"),
        ("Heil", "Heil"),  # two persons of that surname: not guessed
        ("Hubertus Heil", "Hubertus Heil"),
        ("Mechthild Heil", "Mechthild Heil"),
        ("von der Leyen", "Ursula von der Leyen"),  # particles are no given names
        ("Leyen", "Ursula von der Leyen"),
        ("von Storch", "Beatrix von Storch"),  # the particle tells them apart
        ("Storch", "Storch"),
        ("Graf Lambsdorff", "Alexander Graf Lambsdorff"),
        ("Michael Link", "Michael Link"),  # fits two persons that do not fit each other
        ("Link", "Link"),
        ("Michael Georg Link", "Michael Georg Link"),
        ("Weidel", "Weidel"),  # nobody of that surname known
        ("Anna Weidel", "Anna Weidel"),
        ("Angela Merkels", "Angela Merkel"),  # a genitive of a known person
        ("Merkels", "Angela Merkel"),
        ("Merkel", "Angela Merkel"),
        ("Otto Hess", "Otto Hess"),  # a surname ending in s is no genitive of anyone
        ("Wankas", "Johanna Wanka"),  # a bare genitive nobody bears as a surname
        ("Hess", "Otto Hess"),
        ("Andi Scheuer", "Andreas Scheuer"),  # a short form of the given name
        ("Scheuer", "Andreas Scheuer"),
    ],
)
def test_registry_links_variants_and_bare_surnames(name, shown):
    assert PersonRegistry(KNOWN).resolve(name) == shown


def test_registry_does_not_depend_on_the_order_of_names():
    names = ["Alexander Gauland", "Eberhardt Alexander Gauland", "Hubertus Heil", "Anna Heil"]
    probes = ["Gauland", "Heil", "Eberhardt Alexander Gauland", "Alexander Gauland"]
    orders = permutations(names)
    seen = {tuple(PersonRegistry(order).resolve(p) for p in probes) for order in orders}
    assert len(seen) == 1


RELEASES = [
    "Bundesarbeitsminister Hubertus Heil (SPD) stellte am Montag in Berlin den Rentenbericht vor.",
    "Berlin. Arbeitsminister Heil sagte am Dienstag, die Grundrente komme im Januar.",
    "Der Fraktionsvorsitzende Eberhardt Alexander Gauland (AfD) kritisierte am Mittwoch die "
    "Regierung scharf.",
    "Alexander Gauland (AfD) sagte am Donnerstag, die Regierung habe versagt.",
    "Berlin. Der Fraktionsvorsitzende Gauland kritisierte am Freitag die Haushaltspolitik.",
]
MECHTHILD = "Die Abgeordnete Mechthild Heil (CDU) sprach am Montag über Verbraucherschutz."


def write(corpus: Path, texts: list[str]) -> None:
    """One text file per release, their names in the order given (the order they are indexed)."""
    corpus.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts, start=1):
        (corpus / f"{n:02d}.txt").write_text(f"Mitteilung {n}\n\n{text}\n", encoding="utf-8")


def person_values(root: Path) -> dict[str, int]:
    ix = store.whoosh_index.open_dir(str(store.live_path(root)))
    try:
        with ix.searcher() as searcher:
            values: dict[str, int] = {}
            for doc in searcher.documents(kind=f.RELEASE_KIND):
                for name in from_stored(doc).persons:
                    values[name] = values.get(name, 0) + 1
            return values
    finally:
        ix.close()


def build(tmp_path: Path, name: str, texts: list[str]) -> dict[str, int]:
    write(tmp_path / name / "corpus", texts)
    root = tmp_path / name / "index"
    index_corpus(tmp_path / name / "corpus", root, rebuild=True)
    return person_values(root)


def test_index_person_values_do_not_depend_on_release_order(tmp_path):
    forward = build(tmp_path, "forward", RELEASES)
    backward = build(tmp_path, "backward", RELEASES[::-1])
    assert forward == backward
    assert forward == {"Hubertus Heil": 2, "Alexander Gauland": 3}


def test_bare_surname_of_two_persons_linked_by_role_or_left_apart(tmp_path):
    # "Arbeitsminister Heil": only Hubertus Heil is a minister; "Staatssekretär Heil": nobody is
    texts = [*RELEASES, MECHTHILD, "Berlin. Staatssekretär Heil sagte am Mittwoch, es gehe voran."]
    forward = build(tmp_path, "forward", texts)
    backward = build(tmp_path, "backward", texts[::-1])
    assert forward == backward
    assert forward == {
        "Hubertus Heil": 2,
        "Mechthild Heil": 1,
        # "Heil" not guessed between Hubertus and Mechthild Heil, and no facet value of its
        # own beside their full names (the mention stays in the text)
        "Alexander Gauland": 3,
    }


def test_update_relinks_earlier_bare_surnames_to_a_full_name_seen_later(tmp_path):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    write(corpus, RELEASES[1:])  # "Heil" and "Gauland" first, without Hubertus Heil
    index_corpus(corpus, root, rebuild=True)
    assert "Heil" in person_values(root)
    (corpus / "00.txt").write_text(f"Mitteilung 0\n\n{RELEASES[0]}\n", encoding="utf-8")
    index_corpus(corpus, root)
    assert person_values(root) == {"Hubertus Heil": 2, "Alexander Gauland": 3}


@pytest.mark.parametrize("value", ["0", "nein", " False "])
def test_relinking_can_be_turned_off_for_a_faster_build(tmp_path, monkeypatch, value):
    monkeypatch.setenv("PRESSESUCHE_RELINK", value)
    values = build(tmp_path, "unlinked", RELEASES)
    assert values != {"Hubertus Heil": 2, "Alexander Gauland": 3}  # variants stay apart
    assert "Hubertus Heil" in values


def test_relinking_is_on_unless_turned_off(monkeypatch):
    from indexer import config

    for value in ("", "1", "ja", "yes", "anything"):
        monkeypatch.setenv("PRESSESUCHE_RELINK", value)
        assert config.relink_persons()
    monkeypatch.delenv("PRESSESUCHE_RELINK")
    assert config.relink_persons()


# ---- the links kept in the index: updates agree with a rebuild, and rewrite only what changes


def linked_values(root: Path) -> tuple[dict[str, tuple], dict[str, int]]:
    """Each release's persons and speakers as indexed (by path), and every facet term of the
    persons and speakers with the number of live records that hold it."""
    ix = store.whoosh_index.open_dir(str(store.live_path(root)))
    try:
        with ix.searcher() as searcher:
            releases = {}
            for doc in searcher.documents(kind=f.RELEASE_KIND):
                release = from_stored(doc)
                speakers = tuple(q.get("speaker") for q in release.quotes)
                releases[release.path] = (tuple(release.persons), speakers)
            reader = searcher.reader()
            terms = {}
            for field in (f.PERSONS, f.SPEAKER, f.PERSON_KEYS):
                for term in reader.field_terms(field):
                    live = sum(1 for _ in reader.postings(field, term).all_ids())
                    if live:
                        terms[f"{field}:{term}"] = live
            return releases, terms
    finally:
        ix.close()


def deleted(root: Path) -> int:
    """Records written and deleted again (a release written twice leaves one behind)."""
    ix = store.whoosh_index.open_dir(str(store.live_path(root)))
    try:
        return ix.doc_count_all() - ix.doc_count()
    finally:
        ix.close()


def put(corpus: Path, name: str, text: str) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / f"{name}.txt").write_text(f"Mitteilung {name}\n\n{text}\n", encoding="utf-8")


QUOTED = [
    *RELEASES,
    MECHTHILD,
    "Berlin. Staatssekretär Heil sagte am Mittwoch, es gehe voran.",
    "Berlin. Arbeitsminister Heil sagte am Donnerstag: „Die Grundrente kommt im Januar.“",
    "Der Abgeordnete Gauland sagte am Freitag: „Wir lehnen den Haushalt ab.“",
]


@pytest.mark.parametrize(
    "order",
    [(0, 1, 2, 3, 4, 5, 6, 7, 8), (8, 7, 6, 5, 4, 3, 2, 1, 0), (5, 1, 7, 3, 8, 0, 6, 2, 4)],
    ids=["forward", "backward", "mixed"],
)
def test_updates_in_any_order_give_the_values_of_a_full_rebuild(tmp_path, order):
    rebuilt = tmp_path / "rebuilt"
    for n, text in enumerate(QUOTED):
        put(rebuilt / "corpus", f"{n:02d}", text)
    index_corpus(rebuilt / "corpus", rebuilt / "index", rebuild=True)
    expected = linked_values(rebuilt / "index")
    assert expected[0]["05.txt"][0] == ("Mechthild Heil",)
    assert expected[0]["07.txt"] == (("Hubertus Heil",), ("Hubertus Heil",))

    corpus, root = tmp_path / "corpus", tmp_path / "index"
    put(corpus, f"{order[0]:02d}", QUOTED[order[0]])
    index_corpus(corpus, root, rebuild=True)
    for n in order[1:]:  # one release at a time, each an incremental update
        put(corpus, f"{n:02d}", QUOTED[n])
        index_corpus(corpus, root)
    assert linked_values(root) == expected

    # without the minister named in full, "Arbeitsminister Heil" is not the one Heil left:
    # a minister, no Ministerin. No person value; as a speaker, "Heil" as the text names him
    (corpus / "00.txt").unlink()
    (rebuilt / "corpus" / "00.txt").unlink()
    index_corpus(corpus, root)
    index_corpus(rebuilt / "corpus", rebuilt / "index", rebuild=True)
    assert linked_values(root) == linked_values(rebuilt / "index")
    assert linked_values(root)[0]["07.txt"] == ((), ("Heil",))


def test_an_update_weighs_the_names_as_the_releases_give_them(tmp_path):
    # The person is shown by the spelling most releases give. The index once counted the
    # values it had already linked, so an update kept the spelling of the first build.
    full = "Die Abgeordnete Sonja Amalie Steffen (SPD) sagte am {} in Berlin, das Gesetz komme."
    short = "Sonja Steffen (SPD) erklärte am {} in Berlin, das Gesetz sei gut."
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    put(corpus, "01", full.format("Montag"))
    put(corpus, "02", full.format("Dienstag"))
    put(corpus, "03", short.format("Mittwoch"))
    index_corpus(corpus, root, rebuild=True)
    assert person_values(root) == {"Sonja Amalie Steffen": 3}
    put(corpus, "04", short.format("Donnerstag"))
    put(corpus, "05", short.format("Freitag"))
    index_corpus(corpus, root)
    assert person_values(root) == {"Sonja Steffen": 5}
    index_corpus(corpus, root, rebuild=True)
    assert person_values(root) == {"Sonja Steffen": 5}


def test_a_rebuild_writes_each_release_once(tmp_path):
    write(tmp_path / "corpus", QUOTED)
    report = index_corpus(tmp_path / "corpus", tmp_path / "index", rebuild=True)
    assert report.documents == len(QUOTED)
    assert deleted(tmp_path / "index") == 0  # nothing written twice to link it
    assert person_values(tmp_path / "index")["Hubertus Heil"] == 3


def test_an_update_rewrites_only_the_releases_whose_links_change(tmp_path):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    write(corpus, QUOTED[1:5])  # "Arbeitsminister Heil" before any Hubertus Heil
    index_corpus(corpus, root, rebuild=True)
    assert person_values(root)["Heil"] == 1

    put(corpus, "10", "Die Stadtwerke Kassel (Hessen) senken am Montag die Preise für Strom.")
    report = index_corpus(corpus, root)
    assert (report.added, report.relinked, deleted(root)) == (1, 0, 0)  # nothing else written

    put(corpus, "00", QUOTED[0])  # Hubertus Heil named in full: "Heil" is he
    report = index_corpus(corpus, root)
    assert (report.added, report.relinked, deleted(root)) == (1, 1, 1)
    assert person_values(root)["Hubertus Heil"] == 2


def test_linking_depends_on_the_set_of_releases_not_their_order():
    from indexer.build.relink import link_all
    from indexer.engine.stored import PersonLinks

    releases = [
        PersonLinks("a", "d", ("Hubertus Heil",), (), {"heil": ("bundesarbeitsminister",)}),
        PersonLinks("b", "d", ("Heil",), ("Heil",), {"heil": ("arbeitsminister",)}),
        PersonLinks("c", "d", ("Mechthild Heil",), (), {"heil": ("abgeordnete",)}),
        PersonLinks("d", "d", ("Heil", "Gauland"), (None, "Gauland")),
        PersonLinks("e", "d", ("Eberhardt Alexander Gauland",)),
        PersonLinks("f", "d", ("Alexander Gauland",), ("Alexander Gauland",)),
        PersonLinks("g", "d", ("Alexander Gauland",)),
    ]
    expected = {
        "b": {"Heil": "Hubertus Heil"},  # the role fits only him
        # "Heil" without a role or address: not guessed, and no facet value of its own
        "d": {"Heil": "", "Gauland": "Alexander Gauland"},
        "e": {"Eberhardt Alexander Gauland": "Alexander Gauland"},
    }
    for order in permutations(releases, 4):
        rest = [r for r in releases if r not in order]
        assert link_all({r.id: r for r in [*order, *rest]}) == expected


# ---- bare surnames of several persons: linked by their context, else no facet value


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Sehr geehrte Frau Heil, vielen Dank.", {"Heil": ("f",)}),
        ("Liebe Frau Kollegin Heil!", {"Heil": ("f",)}),
        ("Das hat Herrn Dr. Heil überrascht.", {"Heil": ("m",)}),
        ("Herr Minister Heil, Sie irren.", {"Heil": ("m",)}),
        ("Heil (SPD) sagte, es gehe voran.", {"Heil": ("party:spd",)}),
        ("Frau Heil widersprach Herrn Heil.", {}),  # both: no gender to go by
        ("Die Frau sagte heute, Heil habe recht.", {}),  # a sentence between
        ("Heil (42) wurde verletzt.", {}),  # an age is no party
        ("Der Kollege Heil von der FDP hat recht.", {"Heil": ("party:fdp",)}),
        ("Heil (Bündnis 90/Die Grünen) und", {"Heil": ("party:grune",)}),
        ("wie Frau Heil von den Grünen sagte", {"Heil": ("f", "party:grune")}),
        ("Heil (SPD-Fraktion) sagte", {"Heil": ("party:spd",)}),
        ("Heil (Fraktion Die Linke) sagte", {"Heil": ("party:linke",)}),
    ],
)
def test_cues_read_around_a_surname(text, cues):
    from indexer.extraction.link_cues import mention_cues

    assert mention_cues(text, ["Heil"]) == cues


def _links(rows):
    from indexer.engine.stored import PersonLinks

    return {row[0]: PersonLinks(*row) for row in rows}


HEILS = [  # id, digest, persons, speakers, roles, links, sender, cues
    ("h", "d", ("Hubertus Heil",), (), {"heil": ("bundesarbeitsminister",)}, {}, "BMAS"),
    ("h2", "d", ("Hubertus Heil",), (), {}, {}, "BMAS"),
    ("h3", "d", ("Hubertus Heil",), (), {}, {}, "Zeitung"),
    ("m", "d", ("Mechthild Heil",), (), {"heil": ("abgeordnete",)}, {}, "CDU", {}),
    ("m2", "d", ("Mechthild Heil",), (), {}, {}, "CDU", {"Mechthild Heil": ("party:cdu",)}),
]


@pytest.mark.parametrize(
    ("row", "linked"),
    [
        (("x", "d", ("Heil",), ("Heil",), {}, {}, "", {"Heil": ("f",)}), "Mechthild Heil"),
        (("x", "d", ("Heil",), (), {}, {}, "", {"Heil": ("m",)}), "Hubertus Heil"),
        (("x", "d", ("Heil",), (), {"heil": ("kollegin",)}), "Mechthild Heil"),
        (("x", "d", ("Heil",), (), {}, {}, "", {"Heil": ("party:cdu",)}), "Mechthild Heil"),
        (("x", "d", ("Heil",), (), {}, {}, "BMAS"), "Hubertus Heil"),  # the sender's person
        (("x", "d", ("Heil",), (), {}, {}, "Stadt Kassel"), ""),  # a sender neither names
        (("x", "d", ("Heil",), (), {}, {}, "Zeitung"), ""),  # named there once only
        # Mechthild Heil is known with another party only; of Hubertus Heil no party is known
        (("x", "d", ("Heil",), (), {}, {}, "", {"Heil": ("party:afd",)}), "Hubertus Heil"),
        (("x", "d", ("Heil",), ("Heil",)), ""),  # nothing to go by: no facet value
        (("x", "d", ("Heil",), (), {"heil": ("staatssekretar",)}), ""),  # a role nobody holds
    ],
)
def test_a_bare_surname_of_several_persons_is_linked_by_its_context(row, linked):
    from indexer.build.relink import link_all

    links = link_all(_links([*HEILS, row]))
    assert links["x"]["Heil"] == linked
    assert not {"h", "h2", "m", "m2"} & set(links)  # the full names stay as they are


def test_a_bare_surname_of_one_person_of_the_other_gender_is_no_facet_value():
    from indexer.build.relink import link_all

    one = [HEILS[0], ("x", "d", ("Heil",), (), {}, {}, "", {"Heil": ("f",)})]
    assert link_all(_links(one)) == {"x": {"Heil": ""}}  # "Frau Heil" is not Hubertus Heil
    one[1] = ("x", "d", ("Heil",), (), {}, {}, "", {"Heil": ("m",)})
    assert link_all(_links(one)) == {"x": {"Heil": "Hubertus Heil"}}


def test_context_links_do_not_depend_on_the_order_of_releases():
    from indexer.build.relink import link_all

    rows = [
        *HEILS,
        ("a", "d", ("Heil",), ("Heil",), {}, {}, "", {"Heil": ("f",)}),
        ("b", "d", ("Heil", "Gauland"), (), {}, {}, "BMAS"),
        ("c", "d", ("Heil",), (), {"heil": ("minister",)}),
        ("e", "d", ("Eberhardt Alexander Gauland",)),
        ("g", "d", ("Alexander Gauland",), (), {}, {}, "BMAS"),
    ]
    expected = link_all(_links(rows))
    assert expected["a"] == {"Heil": "Mechthild Heil"}
    assert expected["b"] == {"Heil": "Hubertus Heil", "Gauland": "Alexander Gauland"}
    assert expected["c"] == {"Heil": "Hubertus Heil"}
    for order in permutations(rows, 4):
        rest = [r for r in rows if r not in order]
        assert link_all(_links([*order, *rest])) == expected


def test_an_undecided_bare_surname_stays_in_the_text_and_as_a_speaker(tmp_path):
    from indexer.search.searcher import Engine, search

    texts = [
        "Bundesumweltministerin Svenja Schulze (SPD) stellte am Montag den Klimabericht vor.",
        "Der Abgeordnete Klaus Schulze (CDU) sprach am Dienstag über die Lausitz.",
        "„Wir machen weiter so, auch im nächsten Jahr“, sagte Schulze am Mittwoch in Berlin.",
        "Berlin. Frau Schulze sagte am Donnerstag, der Klimaschutz komme voran.",
    ]
    values = build(tmp_path, "index", texts)
    assert values == {"Svenja Schulze": 2, "Klaus Schulze": 1}  # "Frau Schulze" is Svenja
    releases, _ = linked_values(tmp_path / "index" / "index")
    assert releases["03.txt"] == ((), ("Schulze",))  # no person value, still the speaker
    engine = Engine(tmp_path / "index" / "index")
    try:
        hits = search(engine, "Mittwoch Schulze").hits
    finally:
        engine.close()
    assert [hit.path for hit in hits] == ["03.txt"]
    assert hits[0].persons == []


def test_the_cues_taken_when_a_release_is_prepared_are_those_read_back_later():
    """Preparation takes the link cues once (in the worker); what linking then reads is what
    the text of a release read back from the index gives."""
    from dataclasses import replace

    from conftest import SEEDS

    from indexer.build.release import prepare
    from indexer.engine.stored import PersonLinks
    from indexer.text.corpus import SourceRecord

    texts = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("Frau Heil sagte, Hubertus Heil (SPD) und Kollege Heil von der SPD seien da.")
    for n, text in enumerate(texts):
        release = prepare(SourceRecord(str(n), f"{n}.txt", "test", "txt", text))
        assert release.link_cues is not None and set(release.link_cues) <= set(release.persons)
        taken = PersonLinks.of(release, "d")
        assert taken == PersonLinks.of(replace(release, link_cues=None), "d")
    assert any(taken.cues.values())  # the last text gives cues


def test_the_main_process_gets_and_holds_only_what_linking_and_deciding_need():
    """A worker sends the main process a release without its texts, organisations and quotes
    (only their speakers); linking takes the same from it as from the whole release, and what
    a build holds back until linking is that and where the release is held, no release."""
    from conftest import SEEDS

    from indexer.build.indexing import _Batch, _Live
    from indexer.build.pipeline import decision_part
    from indexer.build.release import prepare
    from indexer.engine.stored import PersonLinks
    from indexer.text.corpus import SourceRecord

    batch = _Batch(writer=None, live=_Live(), workers=object(), relink_all=True)
    text = "Frau Heil sagte: „Wir kommen.“ Hubertus Heil (SPD) und Kollege Heil seien da."
    texts = [*(path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))), text]
    for n, text in enumerate(texts):
        release = prepare(SourceRecord(str(n), f"{n}.txt", "test", "txt", text))
        sent = decision_part(release, (0, n + 1))
        assert not (sent.title or sent.body or sent.boilerplate or sent.organisations)
        assert all(quote.keys() == {"speaker"} for quote in sent.quotes)
        assert PersonLinks.of(sent, "d") == PersonLinks.of(release, "d")
        assert batch.add([sent], "d") == 1
    assert batch.pending and all(held_by for _, held_by, _ in batch.pending)
    assert not any(isinstance(part, Release) for entry in batch.pending for part in entry)


def test_a_decision_gives_the_held_release_what_the_main_process_decided():
    """The record sent back to a worker carries the id, persons, speakers, first-indexed time
    and links decided on the decision part; applied to the release the worker holds, that
    release says the same, and the record survives the pickled batch it travels in."""
    import pickle

    from indexer.build.pipeline import Decision, decision_part
    from indexer.build.release import prepare
    from indexer.text.corpus import SourceRecord

    text = (
        "Stadt eröffnet Bibliothek\n\nMusterhausen, 3. Mai 2024 – Die Stadt eröffnet eine "
        "Bibliothek. „Wir freuen uns sehr auf die vielen Leserinnen und Leser“, sagte "
        "Bürgermeisterin Anna Schmidt (SPD). „Die Bibliothek ist ein Ort für alle Menschen "
        "der Stadt“, sagte Hubertus Heil.\n"
    )
    held = prepare(SourceRecord("a", "a.txt", "test", "txt", text))
    sent = decision_part(held, (0, 1))
    sent.id, sent.first_indexed = "a-2", "2026-01-01T00:00:00Z"
    sent.persons = ["Hubertus Heil"]
    sent.links = {"Heil": "Hubertus Heil"}
    sent.quotes[0]["speaker"] = None
    decided = pickle.loads(pickle.dumps(Decision.of(sent)))
    assert decided == (
        "a-2",
        ["Hubertus Heil"],
        [None, "Hubertus Heil"],
        sent.first_indexed,
        sent.links,
    )
    written = decided.apply(held)
    assert (written.id, written.persons, written.links) == ("a-2", ["Hubertus Heil"], sent.links)
    assert written.first_indexed == sent.first_indexed
    assert [q["speaker"] for q in written.quotes] == [None, "Hubertus Heil"]
    assert written.quotes[1]["text"] == "Die Bibliothek ist ein Ort für alle Menschen der Stadt"
