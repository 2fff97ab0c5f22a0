"""Generated German releases and requests for load and crash tests (tools/stress.py,
tests/test_crash.py)."""

from __future__ import annotations

import random
import re

TOPICS = re.findall(
    r"\w+",
    "Rathaus Verkehr Schule Kita Haushalt Klimaschutz Radweg Baustelle Straßenbahn Feuerwehr "
    "Bibliothek Museum Sportplatz Förderung Integration Wohnungsbau Gewerbe Umwelt Energie Park "
    "Senioren Jugend Kultur Festival Markt Sanierung Brücke Bahnhof Gesundheit Digitalisierung",
)
# what the load of the stress tool and of the crash test asks the server, in turn
REQUESTS = (
    "/api/search?q=Rathaus",
    "/api/search?q=Kaykin&sort=date",
    "/?q=Ausschuss",
    "/api/search?year=2012",
    "/api/suggest?q=Ka",
    "/api/search?q=Br%C3%BCcke+OR+Park",
    "/api/search?q=Stra%C3%9Fe*",
    "/api/quotes?q=freuen",
)
NAMES = ("Anna Schmidt", "Jürgen Müller", "Zülfiye Kaykin", "Petra Weiß", "Ömer Yılmaz")


def release_text(n: int, version: int = 0) -> str:
    """A short, unique German release; ``version`` changes its text."""
    rng = random.Random(n * 1000 + version)
    w = [rng.choice(TOPICS) for _ in range(9)]
    return (
        f"{w[0]} und {w[1]}: Mitteilung Nummer {n} in Fassung {version}\n\n"
        f"Düsseldorf, {rng.randint(1, 28)}. März 20{rng.randint(10, 24)}. Die Stadt berät über "
        f"{w[2]}, {w[3]} und {w[4]}. Der Ausschuss für {w[5]} tagt am Montag im Rathaus. "
        f"„Wir freuen uns über die {w[6]}“, sagte {rng.choice(NAMES)}, Leiterin des Amtes für "
        f"{w[7]}. Weitere Termine zu {w[8]} folgen.\n\n"
        "Pressekontakt: Stadt Düsseldorf, Marktplatz 1, 40213 Düsseldorf, Tel. 0211 89-0\n"
    )
