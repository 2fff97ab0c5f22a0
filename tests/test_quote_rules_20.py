"""Speaker rules of session 20 (sentences of our own; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from indexer.model import Entities
from tests.quote_checks import quote_speakers

PEOPLE = Entities(
    persons=["Anna Berg", "Peter Krause", "Jana Roth"],
    roles={"Anna Berg": "Landrätin", "Peter Krause": "Vorsitzender"},
)
Q = "„Die neue Brücke verbindet zwei Ufer und zwei Generationen.“"
Q2 = "„Wir freuen uns schon auf die Eröffnung im Sommer.“"


def speakers(body: str, entities: Entities = PEOPLE) -> list[str | None]:
    return quote_speakers(body, entities)


SPEAKERS = [
    # a frame broken off its quote onto the next line, opening with the comma
    (
        "comma-frame-next-line",
        "Die Stadt stellte den Plan vor.\n„Die Brücke verbindet zwei Ufer und zwei "
        "Generationen“\n, zeigte sich Berg optimistisch.\nDanach ging es weiter.",
        ["Anna Berg"],
    ),
    (
        "comma-line-without-frame",
        "Die Stadt stellte den Plan vor.\n„Die Brücke verbindet zwei Ufer und zwei "
        "Generationen“\n, dazu kommen neue Wege am Ufer.",
        [],
    ),
    # one frame between two quotes, its subject before "und" and a second speech verb
    (
        "frame-shared-by-two-quotes",
        f"Der Verein plant weiter.\n{Q} erklärt der Vorsitzende Peter Krause und ergänzt "
        f"dann: {Q2}",
        ["Peter Krause", "Peter Krause"],
    ),
    (
        "frame-shared-fuegte-hinzu",
        f"Der Verein plant weiter.\n{Q} sagte Anna Berg und fügte hinzu: {Q2}",
        ["Anna Berg", "Anna Berg"],
    ),
    # a title before the frame stays no quote of its own
    (
        "title-before-and-frame",
        f"Der Verein plant weiter.\nDie „Stiftung Brücke“ lobte Anna Berg und ergänzte: {Q2}",
        [None],
    ),
    # without "und" and a speech verb the frame is only the next quote's (the first, with no
    # frame of its own, is not kept)
    (
        "frame-of-next-quote-only",
        f"Der Verein plant weiter.\n{Q} Dazu betonte Anna Berg: {Q2}",
        ["Anna Berg"],
    ),
    (
        "frame-of-next-quote-and-object",
        f"Der Verein plant weiter.\n{Q} Das sagt Anna Berg und Jana Roth betont: {Q2}",
        [None],
    ),
    # a role noun after an age stands for the person just named, like "der 40-Jährige"
    (
        "age-and-noun",
        f"Der Verein verlängert mit Peter Krause.\nFür Krause beginnt die sechste Saison. "
        f"{Q[:-2]}“, sagt der 40-jährige Lizenzinhaber.",
        ["Peter Krause"],
    ),
    (
        "age-and-noun-wrong-gender",
        f"Der Verein verlängert mit Peter Krause.\nFür Krause beginnt die sechste Saison. "
        f"{Q[:-2]}“, sagt die 40-jährige Lizenzinhaberin.",
        [None],
    ),
    # a noun the text gives someone as a role stays that role (not the person named last)
    (
        "age-and-known-role",
        f"Der Verein verlängert mit Landrätin Anna Berg.\nIm Spiel traf Jana Roth zweimal. "
        f"{Q[:-2]}“, sagt die 50-jährige Landrätin.",
        ["Anna Berg"],
    ),
    (
        "age-noun-and-name",
        f"Der Verein verlängert mit Peter Krause.\nFür Krause beginnt die sechste Saison. "
        f"{Q[:-2]}“, sagt die 40-jährige Trainerin Jana Roth.",
        ["Jana Roth"],
    ),
    # a role noun in the genitive names the person the text gives that role
    (
        "genitive-role-before-colon",
        "Der Verband hat gewählt. Landeschef Peter Krause lobte die Helfer.\n\nTrotzdem fällt "
        f"die Bilanz des Landeschefs bei zwei Krisen ernüchternd aus: {Q2}",
        ["Peter Krause"],
    ),
    (
        "genitive-role-of-nobody",
        "Der Verband hat gewählt. Vorsitzende Jana Roth lobte die Helfer.\n\nTrotzdem fällt "
        f"die Bilanz des Landeschefs bei zwei Krisen ernüchternd aus: {Q2}",
        [None],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker(body, expected):
    assert speakers(body) == expected
