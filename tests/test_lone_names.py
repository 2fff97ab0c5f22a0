"""Single surnames the sentence alone frames as a person (``lone_names``), synthetic sentences."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.extraction.lone_names import framed
from indexer.extraction.person_text import PersonText
from indexer.model import CleanDocument


def lone(text: str) -> list[str]:
    t = PersonText(text)
    return [t.text[t.starts[a] : t.ends[k - 1]] for a, k in framed(t)]


FRAMED = [
    ("subject-then-verb", "Zellhofer war seit 1990 im Vorstand tätig.", ["Zellhofer"]),
    ("subject-then-t-verb", "Brambrink plädierte im Mai für eine Reform.", ["Brambrink"]),
    ("subject-strong-past", "Quandtmeyer schied im Halbfinale aus.", ["Quandtmeyer"]),
    ("after-conjunction", "Doch Okonkwo wurde nicht gewählt.", ["Okonkwo"]),
    ("after-auxiliary", "Zuvor hatte Wieczorek aber keine Zeit.", ["Wieczorek"]),
    ("genitive", "Viele warteten auf Kowalczyks Entscheidung.", ["Kowalczyks"]),
    ("genitive-sentence-start", "Brambrinks Stil gilt als nüchtern.", ["Brambrinks"]),
    ("kinship-first-name", "Auf ihren Sohn Tobias muss sie verzichten.", ["Tobias"]),
    ("kinship-unknown", "Da hilft ihm seine Tante Zilka weiter.", ["Zilka"]),
    ("first-name-then-verb", "Lucy gefällt die Idee nicht.", ["Lucy"]),
    ("initial-before", "Zusammen mit H. Dietzmeyer schrieb er es.", ["H. Dietzmeyer"]),
    (
        "unknown-pair-after-verb",
        "Nun hat Volkrad Kessbauer und ich gewonnen.",
        ["Volkrad Kessbauer"],
    ),
    ("pair-opens-sentence", "Rabiye Kurnaz wird es bestätigen.", ["Rabiye Kurnaz"]),
]

NOT_FRAMED = [
    ("plural-verb", "Taser seien eine angemessene Antwort.", []),
    ("compound-noun", "Computerdaten gingen verloren.", []),
    ("plural-of-word", "Inschriften tragen ihren Namen.", []),
    ("glued-article", "Dashaben wir lange geplant.", []),
    ("german-word", "Schwimmen ist gesund.", []),
    ("place", "Hamburg war lange eine Hansestadt.", []),
    ("genitive-after-article", "Auf der Seite des offiziellen Fanclubs Ungeachtet der Kritik.", []),
    ("genitive-of-place", "Portugals Liga hat gewählt.", []),
    ("genitive-inside-name", "Die Dow Jones Indexes sind bekannt.", []),
    ("genitive-before-firm-word", "Erschienen im Franzis Verlag, München.", []),
    ("latin-nominative", "Dass Petrus Ende Juli gute Laune hat.", []),
    ("not-a-verb-after", "Staphylokokkus aureus ist ein Keim.", []),
    ("hyphenated", "Pressta-Eisele beschäftigt 80 Mitarbeiter.", []),
    ("acronym", "BMWK hat es bestätigt.", []),
    ("quoted-title", 'Er schrieb " Gloomcookie ist da " als Titel.', []),
    ("letter-ends-sentence", "Siehe Anlage B. Wiegmannek war dort.", []),
    ("pair-with-german-word", "Dann kam Große Dietzmeyer hinzu.", []),
    ("town-shaped", "Mit der Unterschrift tritt Kleinhüllhorst dem Bund bei.", []),
    ("ordinal-before", "Fast jeder vierte Lippener habe einen Pass.", []),
    ("lost-letter", "„Ich wollte es“, sagte Demirta?.", []),
    ("town-named-elsewhere", "Schneider besucht Lemgau\n\nEr besuchte die Stadt Lemgau.", []),
]

# verbs, occupations, English words, places and firms named elsewhere, noun endings
MORE = [
    ("te-verb-before", "Im Krieg diente Oberhuemer als Arzt.", ["Oberhuemer"]),
    ("present-verb-before", "Seit Mai schreibt Vlasenko die Texte allein.", ["Vlasenko"]),
    ("adjective-before", "Die geplante Sanierung kommt; die bekannte Zwalinski kam.", []),
    ("long-compound", "Dazu zählt Pumpenwärterhäuschen am Platz.", []),
    ("adjective-in-te", "Das war eine so gute Wendelrede heute.", []),
    ("past-in-te", "Im Mai erreichte Goslavic das Finale.", ["Goslavic"]),
    ("five-letter-tail", "Sie fordern: Agrarwende ist nötig.", []),
    ("compound-occupation", "Dass sich Fußball-Experte Wiesmayr einlässt.", ["Wiesmayr"]),
    (
        "occupation-declined",
        "Die Bilder des Surrealisten Quendrich hängen hier.",
        ["Quendrich"],
    ),
    ("occupation-then-noun", "Der Maler Gewalt gegen Kinder.", []),
    ("occupation-then-place", "Der Rapper Hamburg liebt.", []),
    ("english-object", "Der Hersteller kündigt Event an.", []),
    ("english-plural", "Der Sender bringt Shows für Kinder.", []),
    ("english-surname-stays", "Danach sagte Davies nichts mehr.", ["Davies"]),
    (
        "english-word-after-first",
        "Dann hat Theaster Gates und ich gelacht.",
        ["Theaster Gates"],
    ),
    ("verb-sich", "Danach distanzierte sich Moeinzadeh von dem Ergebnis.", ["Moeinzadeh"]),
    ("comma-clause", "Sie spekulierten, Berluscavi wolle zurücktreten.", ["Berluscavi"]),
    ("comma-then-is", "Die Firma, Quantexa ist neu, wächst.", []),
    ("place-elsewhere", "Wir wohnen in Grödnitz. Grödnitz hat einen neuen Platz.", []),
    ("firm-elsewhere", "Die Firma Vestrup baut Anlagen. Vestrup liefert im Mai.", []),
    ("legal-form-elsewhere", "Die Vestrup GmbH wächst. Vestrup beschäftigt 80 Leute.", []),
    (
        "genitive-after-in-is-no-place",
        "Zschirnke sagte nichts. In Zschirnkes Wohnung fand man nichts.",
        ["Zschirnke", "Zschirnkes"],
    ),
    ("plural-verb-before", "Das alles sind Incentives, wie man sagt.", []),
    ("conjunction-in-t", "Wir handeln, damit Warlords keine Macht haben.", []),
    ("singular-verb-before", "Gemeint ist Sarrazinek, der Autor.", ["Sarrazinek"]),
    ("suffix-erei", "Das ist Flickschusterei, sagte sie.", []),
    ("suffix-tag", "Heute ist Weltdiabetestag, und alle kommen.", []),
    ("suffix-tum-name", "Danach floh Dostum in die Türkei.", ["Dostum"]),
]


# session 14: subordinate clauses, genitives after their noun, honorifics, ages, name runs
CLAUSES = [
    ("dass-subject", "Man hofft, dass Wendroczek den Titel holt.", ["Wendroczek"]),
    ("dass-subject-preposition", "Er sagte, dass Quellowski in Bonn lebte.", ["Quellowski"]),
    ("weil-sich-subject", "Er blieb, weil sich Tarvinsky weigerte.", ["Tarvinsky"]),
    ("als-sich-subject", "Als sich Orvadis weigerte, ging er.", ["Orvadis"]),
    ("da-subject-noun", "Da Obuyemi Mitglied war, half er.", ["Obuyemi"]),
    ("comma-t-verb", "Er fragt nach, Kwiatlon weicht aus.", ["Kwiatlon"]),
    ("adverb-after-verb", "Große Fragen erwartet auch Zellhofer dort.", ["Zellhofer"]),
    ("adverb-strong-past", "Die Chance vergab aber Brambrink per Kopf.", ["Brambrink"]),
    ("year-before-verb", "1930 brachte Orvadis ein Kind zur Welt.", ["Orvadis"]),
    ("noun-genitive", "Viele rechneten mit einem Sieg Kowalczyks, der kam.", ["Kowalczyks"]),
    ("noun-genitive-verb", "Sie folgten den Spuren Brambrinks sehr genau.", ["Brambrinks"]),
    (
        "genitive-adjective",
        "Aus Sorge um Wendroczeks gesundheitliche Lage floh er.",
        ["Wendroczeks"],
    ),
    ("honorific-mr", "Hat Mr. Quellmoor das vergessen?", ["Quellmoor"]),
    ("honorific-in-name", "Die Sängerin Lady Zirkonia tritt auf.", ["Lady Zirkonia"]),
    ("aged-first-name", "Die 17-jährige Carola ist Kandidatin.", ["Carola"]),
    ("occupation-first-name", "Die Bilder des Surrealisten Max hängen hier.", ["Max"]),
    ("occupation-run", "Der Rapper Alpo Gunnarz ist dabei.", ["Alpo Gunnarz"]),
    (
        "occupation-three-words",
        "Sie schlug die Kontrahentin Hagor Shmuelfeld Finar.",
        ["Hagor Shmuelfeld Finar"],
    ),
    (
        "kinship-inside-run",
        "Er vertrieb 1035 Knutsons Halbbruder Sven aus Norwegen.",
        ["Knutsons", "Sven"],
    ),
]

# a German word that is a famous name after an occupation with its article; a source
WORLDLY = [
    ("occupation-famous-name", "Sie lasen, was der Genosse Stalin schrieb.", ["Stalin"]),
    ("adjective-occupation-name", "Der berühmte Maler Luther kam.", ["Luther"]),
    ("source-zufolge", "Das hat sie Hoellwarth zufolge gesagt.", ["Hoellwarth"]),
    ("no-article-before-occupation", "Dagegen gaben General Motors nach.", []),
    ("common-word-after-occupation", "Sie sah, wie der Maler Gewalt erlebte.", []),
    ("newspaper-zufolge", "Der Zeitung Haaretzia zufolge kam er.", []),
    ("apposition-known-as", "Grissmayr, bekannt als Gourmet, kochte.", ["Grissmayr"]),
    ("apposition-article", "Piandorek, ein Sprecher, beklagt sich.", ["Piandorek"]),
    ("apposition-not-first", "Nach Piandorek, ein Ort im Süden, fuhr er.", []),
    ("preposition-after-name", "Dort wird Gudenzik von Christandl verklagt.", ["Gudenzik"]),
]

# a main clause after ", und"; a first name the word list holds at its floor; a speaker
MAIN_CLAUSES = [
    ("comma-und-subject", "Der Vater starb, und Orvadis wurde Erbe.", ["Orvadis"]),
    ("first-name-in-word-list", "Im Mai brachte Mathilde ein Kind zur Welt.", ["Mathilde"]),
    ("first-name-subject", "Gregor wurde dort erzogen.", ["Gregor"]),
    ("common-first-name-word", "Ernst ist die Lage.", []),
    ("speaker-surname-word", "Das sei ein Fehler, sagte Schuster.", ["Schuster"]),
    ("speaker-before-lowercase", "Das sei gut, sagt Müller am Montag.", ["Müller"]),
    ("speaker-place", "Das sei gut, erklärte London.", []),
    ("speaker-organisation", "Das sei gut, berichtete Interpol.", []),
]

NOT_CLAUSES = [
    ("als-predicate", "Sie trat als Literatin auf.", []),
    ("als-role", "Als Landesrat sagen ihm alle nichts nach.", []),
    ("was-betrifft", "Was Südarabien betrifft, arbeiten wir mit.", []),
    ("comma-participle", "Er kam, Zellmoor gesagt.", []),
    ("genitive-after-object", "Dort waren zwei Menschen Senfgas ausgesetzt.", []),
    ("genitive-after-place", "Sie haben im Irak Senfgas eingesetzt.", []),
    ("work-name", "Es folgt die Serie Narcoz mit vielen Folgen.", []),
    ("firm-name", "Die Kanzlei Freshfelds ist beauftragt.", []),
    ("monastery-name", "Er trat in das Kloster Andechz ein.", []),
    ("noun-in-nis", "Sie hieß die „Große Wurmtrocknis“ im Harz.", []),
    ("latin-plural", "Es gibt die Ordnung Clostridiales (Gattung).", []),
    ("aged-nationality", "Sie kennen die 20-jährige Bosnierin schon.", []),
    ("this-years", "Beim diesjährigen Eurobestia Festival kam er.", []),
    ("aged-occupation", "Der 19-jährige Rapper hat gesungen.", []),
    ("english-run", "Es gilt die GNU General Public License weiter.", []),
    ("particle-after", "Dann warnt auch Suzan le Jeunot davor.", []),
    ("pronoun-after-genitive", "Wir handeln, damit Warlords keine Macht haben.", []),
]


@pytest.mark.parametrize(("case", "text", "want"), CLAUSES + NOT_CLAUSES + WORLDLY + MAIN_CLAUSES)
def test_clause_and_genitive_frames(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want, case


@pytest.mark.parametrize(("case", "text", "want"), FRAMED + NOT_FRAMED + MORE)
def test_lone_surname_frames(case: str, text: str, want: list[str]) -> None:
    assert lone(text) == want, case


def test_framed_surname_is_a_person_without_genitive_s() -> None:
    body = "Der Verein hat gewählt. Kowalczyks Entscheidung fiel knapp. Zellhofer war zufrieden."
    persons = extract_entities(CleanDocument("", body)).persons
    assert "Kowalczyk" in persons
    assert "Zellhofer" in persons


def test_full_name_absorbs_framed_surname() -> None:
    body = "Landrätin Gudrun Zellhofer eröffnete das Fest. Zellhofer war zufrieden."
    assert extract_entities(CleanDocument("", body)).persons == ["Gudrun Zellhofer"]


def test_curated_alias_stays_an_organisation() -> None:
    assert lone("Mit dem Remis blieb Chelsea ungeschlagen.") == []


def test_running_text_takes_no_lone_surname() -> None:
    """A release introduces its persons: in more than three sentences a frame alone names none."""
    short = "Der Verein hat gewählt. Zellhofer war zufrieden."
    running = (
        "Der Verein hat gewählt. Die Sitzung dauerte lange. Es gab viele Fragen. "
        "Am Ende stand das Ergebnis fest. Zellhofer war zufrieden."
    )
    assert extract_entities(CleanDocument("", short)).persons == ["Zellhofer"]
    assert extract_entities(CleanDocument("", running)).persons == []
