"""A noun after a head that is the object of its clause names no body."""

from __future__ import annotations

import pytest

from tests.org_checks import org_spans


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition will auf die Regierung Druck ausüben.",
        "Er schlief, während die Polizei Munition sicherstellte.",
        "Die Zusage muss im Parlament Bestand haben.",
        "Die Politik muss mit der Gesellschaft Schritt halten und handeln.",
        "Ich habe in der Schule Englisch gelernt.",
    ],
    ids=["pressure", "finite-verb", "two-verbs", "and", "participle"],
)
def test_a_noun_before_the_closing_verb_is_no_name(text):
    assert org_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie die Gewerkschaft Cockpit mitteilte, fallen Flüge aus.",
         [("Gewerkschaft Cockpit", "Gewerkschaft Cockpit")]),
        ("Es ruckelt, weil die Vereinigung Cockpit streikt.",
         [("Vereinigung Cockpit", "Vereinigung Cockpit")]),
        ("Die Stadt will die Verkehrsgesellschaft Nordlicht auflösen.",
         [("Verkehrsgesellschaft Nordlicht", "Verkehrsgesellschaft Nordlicht")]),
        ("Man darf das nicht der Regierung Merkel überlassen.",
         [("Regierung Merkel", "Regierung Merkel")]),
        ("Am Montag hat das Landgericht Kiel entschieden.",
         [("Landgericht Kiel", "Landgericht Kiel")]),
        ("Die Kammer des Landgerichts Kiel tagt.", [("Landgericht Kiel", "Landgerichts Kiel")]),
    ],
    ids=["announcing-verb", "head-taking-a-name", "company", "surname", "town", "genitive"],
)  # fmt: skip
def test_a_name_before_a_verb_stays(text, expected):
    assert org_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Sturm hat der Bund Zuschüsse für die Dächer bewilligt.", []),
        ("Im Frühjahr ließ die Regierung Kundgebungen von Studenten auflösen.", []),
        ("Wir dürfen der Europäischen Union Schaden nicht einfach hinnehmen.",
         [("Europäische Union", "Europäischen Union")]),
        ("Seit Jahren gewährt die Nordmärkische Förderbank Darlehen für Dorfläden.",
         [("Nordmärkische Förderbank", "Nordmärkische Förderbank")]),
        ("Vor der Kapelle und der Kirche Polizisten aufzustellen, kostet Geld.", []),
    ],
    ids=["plural-before-participle", "plural-before-von", "after-a-curated-name",
         "adjective-name", "plural-before-infinitive"],
)  # fmt: skip
def test_a_dictionary_noun_after_a_head_ends_the_name(text, expected):
    assert org_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Feuerwehr Lindenhütten rückte mit zwei Wagen aus.",
         [("Feuerwehr Lindenhütten", "Feuerwehr Lindenhütten")]),
        ("Sie forscht an der Universität Texas und lehrt dort.",
         [("Universität Texas", "Universität Texas")]),
        ("Er promovierte an der Universität Kalifornien in Davis.",
         [("Universität Kalifornien", "Universität Kalifornien")]),
        ("Das Klinikum Nord bleibt geöffnet.", [("Klinikum Nord", "Klinikum Nord")]),
        ("Die Gemeinde liegt am Fluss. Die Polizei Schwanenfeld meldet, dass in Schwanenfeld "
         "alles ruhig blieb.", [("Polizei Schwanenfeld", "Polizei Schwanenfeld")]),
        ("Bilder aus dem Museum Ludwig werden gezeigt.", [("Museum Ludwig", "Museum Ludwig")]),
        ("Rat gibt es beim Kompetenzzentrum Gartenbau.",
         [("Kompetenzzentrum Gartenbau", "Kompetenzzentrum Gartenbau")]),
        ("Der Präsident der Tierärztekammer Nordrhein von Amts wegen schweigt.",
         [("Tierärztekammer Nordrhein", "Tierärztekammer Nordrhein")]),
    ],
    ids=["fire-brigade", "english-place", "land-in-ien", "compass", "town-named-elsewhere",
         "given-name", "centre-of-a-field", "land-in-rhein"],
)  # fmt: skip
def test_a_place_or_name_after_a_head_stays(text, expected):
    assert org_spans(text) == expected
