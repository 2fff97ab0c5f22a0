"""Speaker and date rules of session 22 (sentences of our own; each rule with a case it must
leave alone)."""

from __future__ import annotations

import pytest

from indexer.build.release import prepare
from indexer.text.corpus import SourceRecord

Q = "„Die neue Brücke verbindet zwei Ufer und zwei Generationen.“"
Q2 = "„Wir freuen uns schon sehr auf die Eröffnung im kommenden Sommer.“"


def released(text: str) -> tuple[list[str], list[str | None]]:
    """The persons and the quotes' speakers of a release run through the whole pipeline."""
    record = SourceRecord("t", "t.txt", "dev", "txt", text, {"title": "Neue Brücke für Tal"})
    release = prepare(record)
    return release.persons, [q["speaker"] for q in release.quotes]


# an academic title of Austria (or a second doctorate) between the frame and the name: the name
# speaks, the title is no person of its own
TITLED = [
    ("mag-after-so", f"Die Stadt Tal baut.\n{Q[:-1]}“, so Mag. Lena Maier, Leiterin des Bauamts."),
    ("mag-a-after-verb", f"Die Stadt Tal baut.\n{Q[:-2]}“, betont Mag.a Lena Maier."),
    ("ddr-after-so", f"Die Stadt Tal baut.\n{Q[:-2]}“, so DDr. Lena Maier."),
    ("univ-prof-after-so", f"Die Stadt Tal baut.\n{Q[:-2]}“, so Univ.-Prof. Lena Maier."),
]


@pytest.mark.parametrize("text", [c[1] for c in TITLED], ids=[c[0] for c in TITLED])
def test_titled_speaker(text):
    persons, speakers = released(text)
    assert persons == ["Lena Maier"]
    assert speakers == ["Lena Maier"]


def test_title_alone_is_no_speaker():
    # a frame naming nobody but a title's abbreviation: nobody known speaks
    persons, speakers = released(f"Die Stadt Tal baut.\n{Q[:-2]}“, so DDr. am Ende.")
    assert persons == []
    assert speakers == [None]
