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
        "Heil": 1,  # not guessed between Hubertus and Mechthild Heil
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
