"""Hand-written releases for the version tests: one release in three versions, two police
reports from one template, and short notices (written for the tests, not from a corpus)."""

from __future__ import annotations

SCHOOL = (
    "Die Stadt Musterhausen lädt am 14. März 2024 zur Bürgerversammlung über den Neubau der "
    "Grundschule am Lindenplatz ein. Oberbürgermeisterin Anna Beispiel wird die Pläne des "
    "Architekturbüros vorstellen und Fragen der Eltern beantworten. Der Neubau soll 24 "
    "Klassenräume, eine Mensa und eine Sporthalle umfassen und im Sommer 2026 bezogen werden. "
    "Die Kosten werden auf 38 Millionen Euro geschätzt, davon trägt das Land rund die Hälfte. "
    "Während der Bauzeit werden die Kinder in Containern auf dem Gelände des ehemaligen "
    "Bauhofs unterrichtet. Die Versammlung beginnt um 18 Uhr in der Aula des Gymnasiums, der "
    "Eintritt ist frei. Anmeldungen sind nicht erforderlich."
)
# the same release re-sent: the date corrected
SCHOOL_DATE = SCHOOL.replace("14. März 2024", "15. März 2024")
# re-sent again: one sentence changed
SCHOOL_SENTENCE = SCHOOL_DATE.replace(
    "Die Kosten werden auf 38 Millionen Euro geschätzt, davon trägt das Land rund die Hälfte.",
    "Nach der jüngsten Schätzung kostet der Bau 41 Millionen Euro, das Land fördert ihn mit "
    "18 Millionen.",
)

POLICE = (
    "{town} – Einbruch in {what}. In der Nacht zum {day} sind unbekannte Täter in {what} in "
    "der {street} eingebrochen. {how} {loot} {damage} Die Kriminalpolizei hat die "
    "Ermittlungen aufgenommen. Zeugen, die verdächtige Beobachtungen gemacht haben, werden "
    "gebeten, sich unter der Telefonnummer 0621 174-4444 beim Kriminaldauerdienst zu melden."
)
# (town, what, day, street, how, loot, damage): the parts a report fills into the template
FILLS = [
    (
        "Musterhausen-Nord", "eine Bäckerei", "Dienstag", "Hauptstraße",
        "Sie hebelten die Hintertür mit einem Werkzeug auf und durchsuchten den Verkaufsraum.",
        "Aus der Kasse stahlen sie rund 400 Euro Wechselgeld und mehrere Stangen Zigaretten.",
        "Den Schaden an der Tür schätzt die Polizei auf etwa 1.500 Euro.",
    ),
    (
        "Musterhausen-Süd", "ein Einfamilienhaus", "Freitag", "Ahornallee",
        "Über ein gekipptes Fenster im Erdgeschoss gelangten sie in das Wohnzimmer.",
        "Sie nahmen Schmuck, zwei Laptops und eine Spielekonsole an sich.",
        "Die Bewohner waren im Urlaub, ein Nachbar bemerkte am Morgen das offene Fenster.",
    ),
]  # fmt: skip
PARTS = ("town", "what", "day", "street", "how", "loot", "damage")
POLICE_A, POLICE_B = (POLICE.format(**dict(zip(PARTS, fill, strict=True))) for fill in FILLS)
NOTICE = "Das Bürgerbüro Musterhausen ist am {day} geschlossen."
