"""Person rules for releases of any sender (synthetic sentences)."""

from __future__ import annotations

import pytest

from indexer.extraction.entities import extract_entities
from indexer.model import CleanDocument


def persons(body: str, footer: str = "") -> list[str]:
    return extract_entities(CleanDocument("", body, footer)).persons


FOUND = [
    ("capitals-before-colon", "JULIA SCHMIDT: „Ein guter Tag für uns.“", ["Julia Schmidt"]),
    ("capitals-hyphen", "Kontakt: HANS-PETER MÜLLER (Pressestelle)", ["Hans-Peter Müller"]),
    ("surname-ending-ss", "Ehrendoktor Günter Grass Preisträger", ["Günter Grass"]),
    ("genitive-before-noun", "Angela Merkels Politik war umstritten.", ["Angela Merkel"]),
    ("noun-after-name", "Hier gab Anna Weber Antwort auf die Frage. Weber sprach lange.", [
        "Anna Weber"]),
    ("noun-after-surname", "Ralf Kerner sprach. Danach gab Dr. Kerner Interviews und ging.", [
        "Ralf Kerner"]),
    ("nickname-kept", "Der Abgeordnete Zülfiye Kaykın sprach. Zülfiye Kayk?n betonte es.", [
        "Zülfiye Kaykın"]),
    ("role-then-city", "Dazu erklärt Max Roth, Landessprecher Berlin und Gründer.", ["Max Roth"]),
    ("role-then-brand", "„Gut so“, sagt Max Roth, Vorstand BavariaDirekt. Er lacht.", [
        "Max Roth"]),
    ("role-then-adjective", "Max Roth, Vizepräsident Schwäbischer Albverein, kam.", ["Max Roth"]),
    ("town-with-adjective", "Thomas Halder (Beisitzer, Schwäbisch Gmünd) kam.", ["Thomas Halder"]),
    ("abbreviation-before-role", "„Gut so“, sagte Parl. Staatssekretärin Anna Weber.", [
        "Anna Weber"]),
    ("abbreviation-line-break", "„Gut so“, sagte Parl.\nStaatssekretärin Anna Weber.", [
        "Anna Weber"]),
    ("party-friend", "Ulrich Lechte sprach. Parteifreund Lechte sagte nichts.", ["Ulrich Lechte"]),
    ("glued-first-name", "Vorstand MarkusSeidel sagt, es gehe voran.", ["Markus Seidel"]),
    ("particle-in-der", "Der Autor Olaf in der Beek liest vor.", ["Olaf in der Beek"]),
    ("capital-particle", "Bundespräsident Alexander Van der Bellen sagte, es sei gut.", [
        "Alexander Van der Bellen"]),
    ("von-before-full-name", "Die Rede von Toto Wolff, Teamchef des Rennstalls, war kurz.", [
        "Toto Wolff"]),
    ("surname-after-office", "Ortsvorsteherin Müller eröffnete das Fest.", ["Müller"]),
    ("speaking-after-office", "„Ein schöner Tag“, sagte Ortsvorsteher Kleinschmidt.", [
        "Kleinschmidt"]),
    ("town-adjective-before-name", "Es siegte der Cottbuser Heinrich Haussler im Sprint.", [
        "Heinrich Haussler"]),
    ("saint-then-role-name", "Der St. Galler Ständerat Eugen David lanciert die Debatte.", [
        "Eugen David"]),
    ("town-after-name", "Zwar brachte Dominik Frieser Kapfenberg in Führung, dann nicht.", [
        "Dominik Frieser"]),
    ("north-german-first-name", "Mit Hauke Schild hat die Klinik nun einen Direktor.", [
        "Hauke Schild"]),
    ("initial-inside", "Den Preis erhält „Ein Film“ von Kaveh T. Sadeghi, der kam.", [
        "Kaveh T Sadeghi"]),
    ("particle-after-previous-speaker", "Mein Vorredner Dr. de Maizière hat es gesagt.", [
        "de Maizière"]),
    ("initial-after-noun", "Das Haus B. Müller steht am Markt.", []),
    ("first-name-ending-iger", "Rüdiger Kruse (CDU/CSU):\nHerr Präsident!", ["Rüdiger Kruse"]),
    ("glued-zum", "Präsidentin Maria Krautzbergerzum Vergrößern auf das Bild klicken.", [
        "Maria Krautzberger"]),
    ("surname-ending-iger", "Es spricht Landrat Geiger, danach Pfarrer Steiger.", [
        "Geiger", "Steiger"]),
    ("first-name-in-word-list", "Mit Immanuel Kant gesprochen: Frieden ist möglich.", [
        "Immanuel Kant"]),
    ("noble-title", "Es sprach Johanna Gräfin von Westphal zur Eröffnung.", [
        "Johanna Gräfin von Westphal"]),
    ("noble-after-von", "Die Stiftung wurde von Erika Gräfin von Stolberg gegründet.", [
        "Erika Gräfin von Stolberg"]),
    ("lawyer-unknown-first", "Das sagte die Anwältin Roda Verheyen am Montag.", ["Roda Verheyen"]),
    ("candidate-role", "Es sprach Bundestagskandidat Nils Moor.", ["Nils Moor"]),
    ("genitive-merged", "Hubert Weiger tritt ab. Hubert Weigers Verdienste sind groß.", [
        "Hubert Weiger"]),
    ("hyphen-truncated", "„Gut so“, erklärt Zoo- und Parkdirektor Dr. Jens Ohm.", ["Jens Ohm"]),
    ("portfolio-word", "Geschäftsführer Politik und Kommunikation Olaf Bandt dankte.", [
        "Olaf Bandt"]),
    ("hard-wrapped", "„Das zeigt viel“, so Karsten\nGerlach, Präsident des Vereins.", [
        "Karsten Gerlach"]),
    ("two-names-before-break", "Es sprach Sigmar Gabriel\nAmtszeit ist vorbei, sagte er.", [
        "Sigmar Gabriel"]),
    ("austrian-title", "Die Laudatio hielt Mag. Eva Brunner aus Wien.", ["Eva Brunner"]),
    ("department-then-name", "Leiter Marketing Jonas Brandt sagte, es gehe voran.", [
        "Jonas Brandt"]),
    ("local-office", "Ortsvorsteher Kamp begrüßte die Gäste.", ["Kamp"]),
    ("occupation-then-name", "Der Dirigent Heiko Brandes leitet das Konzert.", ["Heiko Brandes"]),
    ("occupation-surname-speaks", "„Gut“, sagte Dirigent Brandes am Abend.", ["Brandes"]),
    ("meister-surname", "Die Kassenwartin Anna Burmeister und Tom Stewart (SPD) kamen.", [
        "Anna Burmeister", "Tom Stewart"]),
    ("unit-after-name", "Kontakt: Karin Wiebusch, Leiterin Pressestelle", ["Karin Wiebusch"]),
    ("surname-like-unit", "Es sprachen Jörg Dienst und Sprecherin Anna Team.", [
        "Jörg Dienst", "Anna Team"]),
    ("von-before-first-name", "Im Herbst erscheint ein Roman von Petra Lenz über die Stadt.", [
        "Petra Lenz"]),
    ("von-particle-kept", "Die Stiftung ehrt Ursula von der Lohe und Lars von Brakel.", [
        "Ursula von der Lohe", "Lars von Brakel"]),
    ("unknown-first-name-framed", "Neu im Vorstand ist Tiyan Morsal. „Ich freue mich“, sagte "
        "Morsal.", ["Tiyan Morsal"]),
    ("word-before-framed-surname", "Laut Morsal kam der Regen. „Gut“, sagte Morsal.", [
        "Morsal"]),
    ("town-that-is-a-surname", "Es sprach Bürgermeister Hagen am Abend.", ["Hagen"]),
    ("company-after-name", "Autor Paul Fink von Fink Consulting. „Gut“, so Fink Consulting.", [
        "Paul Fink"]),
    # session 12: roles of sport and church, joined articles, nobility before a particle
    ("sport-role", "Stürmer Kowalczyk: „Wir gewinnen.“ Dann kam der Bus.", ["Kowalczyk"]),
    ("church-role", "Wie Kardinal Marx betonte, sei es gut.", ["Marx"]),
    ("hyphen-role", "Das sagte IHS-Mann Kuhlmann der Zeitung.", ["Kuhlmann"]),
    ("joined-article", "Der Präsident Bashar al-Assad sprach.", ["Bashar al-Assad"]),
    ("joined-article-three", "Er traf Präsident Abu Bakr al-Baghdadi nie.", [
        "Abu Bakr al-Baghdadi"]),
    ("noble-then-particle", "Am Ende legte Oberst Claus Schenk Graf von Stauffenberg die Bombe.", [
        "Claus Schenk Graf von Stauffenberg"]),
    ("rank-role", "Der Kommandeur, Generalmajor Jens Arlt, sagte, es sei gut.", ["Jens Arlt"]),
    ("age-and-minute-kept", "Heidi Klum (37) kam, das Tor schoss Max Roth (75.).", [
        "Heidi Klum", "Max Roth"]),
    ("life-dates-kept", "Die Rede von Helmut Schmidt (1918–2015) war gut.", ["Helmut Schmidt"]),
    ("surname-in-s-kept", "„Gut so“, sagte Peters am Montag.", ["Peters"]),
    ("plural-role-names-kept", "Den Bericht, den die Kollegen Roth und Dr. Wolf vorlegten, las er.",
        ["Roth", "Wolf"]),
    ("speech-verb-after-adverb-kept", "„Gut“, sagte dann Pfister. Zuvor erklärte Pfister, es gehe.",
        ["Pfister"]),
    ("known-organisation-name-after-title", "Dazu sprach Professor Bosch von der Universität.", [
        "Bosch"]),
    ("player-of-place-name", "Das Tor schoss Enner Valencia (57.) nach der Pause.", [
        "Enner Valencia"]),
    ("answer-word-after-name", "Dazu sagten damals Max Roth Nein und Anna Weber Ja.", [
        "Max Roth", "Anna Weber"]),
    ("hyphen-spieler-role", "Der Defensive-Line-Spieler Schaffer wechselt.", ["Schaffer"]),
    ("double-surname-kept", "Frau Klein-Schmeink und Herr Schäfer-Gümbel sagten es.", [
        "Klein-Schmeink", "Schäfer-Gümbel"]),
    ("double-surname-of-words", "Es zeichnete Oberstaatsanwältin Fink-Adler.", [
        "Fink-Adler"]),
    ("surname-kinship-word-kept", "Ein Konzert mit Anne-Sophie Mutter wird übertragen.", [
        "Anne-Sophie Mutter"]),
]  # fmt: skip

NOT_FOUND = [
    ("adjective-then-role", "Danach war er des Bischofs Ständiger Stellvertreter."),
    ("capitals-headline", "WIR SIND DA\nDie Stadt feiert."),
    ("storm-name", "Die Schäden des Orkans Sabine sind groß."),
    ("institution", "Er studierte am Kenyon College in Ohio."),
    ("company", "Die Firma Rose Bikes wächst."),
    ("town-hall", "Die Feier im Rathaus Lichtenberg beginnt."),
    ("street", "Der Treffpunkt ist am Wilhelm Busch Weg 3."),
    ("month", "Ende Oktober beginnt die Saison."),
    ("month-line-then-weekday", "Pressestelle\n22. April\nDienstag, 22. April 2025, 3 Uhr."),
    ("role-then-department", "Ab Mai ist er Leiter Vertrieb, sie wird Geschäftsführerin Technik."),
    ("role-then-field", "Es kamen der Vorstand Personal und die Referentin Presse."),
    ("role-then-region", "Der Bereichsleiter Logistik Süd stellte die Zahlen vor."),
    ("company-partners", "Die Beratung übernahm der Unternehmensberater Kramer Partners."),
    ("company-english", "„Wir wachsen“, sagt Geschäftsführer Blue Harbour Solutions."),
    ("band-brothers", "Den Abend gestaltet Zauberkünstler Lindner Brothers im Park."),
    ("street-abbreviated", "Sie finden uns in der Otto Lilienthal Str. 12 in Musterstadt."),
    ("street-ring-damm", "Anfahrt: Kaiser Otto Ring 4, hinter dem Gustav Heinemann Damm."),
    ("stadium", "Das Endspiel findet im Gottfried Fuchs Stadion statt."),
    ("town-after-role", "Der Bürgermeister Bad Sommerfelds kam und mit ihm Gäste."),
    ("saint-abbreviated", "Es predigte der Pfarrer St. Martin sprach danach."),
    ("club-after-role", "Er ist Trainer Eintracht Musterstadt und froh darüber."),
    ("occupation-then-noun", "Der Musiker Respekt zollte ihm, der Weltmeister Norwegen auch."),
    ("publisher-then-company", "Laut Herausgeber Ravenfield wurden 3 Millionen verkauft."),
    ("role-then-country", "Es sprachen der Präsident Portugals und Außenminister Ungarn."),
    ("role-then-city", "Als Gast kam auch Oberbürgermeister Bielefeld."),
    ("role-then-unit", "Zuständig ist der Leiter Bürgerbüro, vertreten durch Chefin Presseteam."),
    ("family", "Es gratulierte Familie Lohmeier, die Ehepaar Runge eingeladen hatte."),
    # session 11: places, saints, English words, ordinals and folded first names
    ("district-after-office", "Zur Eröffnung sprach Ortsvorsteher Brackwede ein Grußwort."),
    ("district-after-office-f", "Bezirksbürgermeisterin Spandau lud alle Vereine ein."),
    ("town-after-role-listed", "Der Empfang beim Landrat Coesfeld war gut besucht."),
    ("district-shaped-after-office", "Ortsvorsteher Unterlindenbach begrüßte die Gäste."),
    ("country-genitive", "Der Außenminister Ghanas traf die Delegation."),
    ("city-two-words", "Die Reise führte nach Rio de Janeiro, dann nach Buenos Aires."),
    ("town-adjective", "Er war Physiker und Frankfurter Stadtverordneter, Leiter des Bundes."),
    ("saint-church", "Das Konzert in der Kirche St. Johann Baptist, sagte man, war voll."),
    ("english-title", "Sie spielte in „My Blueberry Nights“ und „The Dark Side“, sagte sie."),
    ("english-school", "Er besuchte, sagte er, die Matthew Humberstone School."),
    ("ordinal-heading", 'Das Programm beginnt. Erster Akt: "Die Ankunft" im Saal.'),
    ("count-noun", "Zehntausende Schriftsteller, Wissenschaftler und Künstler flohen."),
    ("compass-genitive", "Der Osten Berlins, sagte man, wurde wieder aufgebaut."),
    ("umlaut-word-folded", "Die Ära endete, sagte man, und die Länder Ungarn und Polen auch."),
    ("declined-adjective", "Danach war er bis zuletzt des Bischofs Ständiger Vertreter im Amt."),
    ("declined-adjective-2", "Dazu erklärte Langjährige Weggefährtin Ruth, es sei gut."),
    ("declined-adjective-al", "An Bord gilt die Internationale Notruffrequenz (121,5 MHz)."),
    ("radio-station", "Das Gesuch reichte der Sender Swiss Music Radio (100 % Rock) ein."),
    ("possessive", "Er sieht gesund aus. – Mein Vater antwortete: Er ist krank."),
    ("role-noun-after-role", "Mein Dank gilt den Kollegen Mitberichterstatter im Ausschuss."),
    ("region-genitive", "Der Umweltminister Ostdeutschlands sprach zuerst."),
    ("sentence-start-word", "Solange Nutzer nichts melden, bleibt alles. Mir fällt nichts ein."),
    # session 12: counts, units, shares in brackets, participles, genitive nouns, clubs, known
    # organisations, speech verbs used as adjectives
    ("time-unit", "Ab 9 Uhr Weltzeit (10 Uhr MEZ) gilt die Sperre."),
    ("share-in-brackets", "Im Vergleich zu den Händlern Kaufland (25 Prozent) lag man vorn."),
    ("colour-card", "Nach einer Gelben Karte (54.) musste er gehen."),
    ("participle-adverb", "Abschließend betonte sie, es sei gut."),
    ("participle-adverb-es", "Der Verband fordert Entsprechendes."),
    ("club-and-place", "Gegen Werder Bremen (3:1) gewann das Team."),
    ("compound-before-place", "Auch die Platzierung von Österreichs WM-Gegnern Peru (12.) stieg."),
    ("genitive-noun", "Bei der Premiere des Musicals Globetrotter (2004 im Theater) sang sie."),
    ("known-organisation", "Das berichtete Europol am Montag."),
    ("known-organisation-speaking", "„Der Absatz sinkt“, berichtete Interpol. Es sei so."),
    ("verb-as-adjective", "Dazu wächst die versicherte Ackerfläche weiter."),
    ("plural-noun-after-verb", "Der Minister forderte Verhandlungen über den Pakt."),
    ("plural-noun-after-number", "Es gab 300 bestätigte Infektionen im Land."),
    ("plural-portfolio", "Die Leiterin Kooperationen stellte sich vor."),
    ("kinship-after-title", "Wie der Herr Vater schon sagte, ist es gut."),
    ("kind-of-place", "In der Provinz Kandahar erklärte der Gouverneur den Notstand."),
    ("in-der-common-noun", "Dann stand Anna in der Nacht auf, sagte er."),
    ("english-adjective-slogan", "Statt „German Angst“ brauchen wir Mut, sagte er."),
    (
        "role-in-genitive-plural",
        "Zudem besuchen 40 Prozent aller Grundschüler Klassen mit Förderbedarf.",
    ),
    ("verb-as-adjective-adverb", "Es sind gesetzlich versicherte Patienten, sagte er."),
    ("weekday-after-particle", "Nach Angaben der Zeitung Dawn vom Samstag, sagte er, stieg sie."),
]


@pytest.mark.parametrize(("body", "expected"), [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_persons_of_real_release_shapes(body, expected):
    assert persons(body) == expected


@pytest.mark.parametrize("body", [n[1] for n in NOT_FOUND], ids=[n[0] for n in NOT_FOUND])
def test_names_that_are_no_persons(body):
    assert persons(body) == []


def test_contact_block_persons_are_read():
    footer = "Pressekontakt:\nStadtwerke Musterstadt GmbH\nSandra Kühn\nTelefon 0123 4567"
    assert persons("Die Bauarbeiten beginnen im Herbst.", footer) == ["Sandra Kühn"]
