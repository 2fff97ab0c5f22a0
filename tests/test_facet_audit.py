"""The facet audit's counts (tools/facet_audit.py): persons shown twice, odd organisations."""

from __future__ import annotations

from collections import Counter

from facet_audit import duplicates, link_counts, odd_org  # tools/ is on pytest's pythonpath

from indexer.engine.stored import PersonLinks


def test_persons_shown_twice_are_counted_by_kind():
    values = Counter(
        {
            "Alexander Gauland": 6,
            "Eberhardt Alexander Gauland": 9,  # a variant
            "Merkel": 3,  # beside the one full name of her surname
            "Angela Merkel": 40,
            "Heil": 2,  # beside two full names
            "Hubertus Heil": 5,
            "Mechthild Heil": 1,
            "Weidel": 4,  # no full name: a value of its own
        }
    )
    found = duplicates(values)
    assert found["variants"] == [("Alexander Gauland", "Eberhardt Alexander Gauland")]
    assert found["bare_one"] == [("Merkel", "Angela Merkel")]
    assert found["bare_many"] == [("Heil", "Hubertus Heil", "Mechthild Heil")]


def test_bare_surnames_of_several_persons_are_counted_by_what_linking_did():
    rows = [
        PersonLinks("h", "d", ("Hubertus Heil",)),
        PersonLinks("m", "d", ("Mechthild Heil",)),
        PersonLinks("a", "d", ("Heil",), (), {}, {"Heil": "Hubertus Heil"}),
        PersonLinks("b", "d", ("Heil",), (), {}, {"Heil": ""}),
        PersonLinks("c", "d", ("Heil", "Weidel")),
    ]
    counts = link_counts({row.id: row for row in rows})
    assert counts == {"linked": 1, "left out": 1, "kept": 1}


def test_organisation_values_of_a_shape_no_name_has():
    odd = ["Ihrer Partei", "Schule zum Beispiel", "bundestag", "diese Regierung"]
    names = ["Die Linke", "Deutscher Bundestag", "IG Metall", "Bundesministerium der Finanzen"]
    assert [odd_org(v) for v in odd] == [True] * 4
    assert [odd_org(v) for v in names] == [False] * 4


def test_the_silver_check_decides_full_names_as_bare_surnames():
    from facet_audit import silver

    rows = [
        PersonLinks("h1", "d", ("Hubertus Heil",), (), {}, {}, "BMAS"),
        PersonLinks("h2", "d", ("Hubertus Heil",), (), {}, {}, "BMAS"),
        PersonLinks("h3", "d", ("Hubertus Heil",), (), {}, {}, "BMAS"),
        PersonLinks("m1", "d", ("Mechthild Heil",), (), {}, {}, "CDU", {"Mechthild Heil": ("f",)}),
        PersonLinks("m2", "d", ("Mechthild Heil",), (), {}, {}, "Zeitung"),
        PersonLinks("a1", "d", ("Anna Weidel",)),
    ]
    # h1-h3: the sender's person (two other releases of BMAS name him); m1: "Frau Heil";
    # m2: nothing to go by; Anna Weidel: no other person of her surname
    assert silver({row.id: row for row in rows}) == {"right": 4, "left out": 1}
