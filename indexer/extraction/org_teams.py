"""North American sports teams: ``die Dallas Mavericks``, ``den Toronto Maple Leafs``.

German news follows its players in the NBA, NHL, NFL and MLB, whose teams are named by their
city (or state) and a plural (``Mavericks``, ``Maple Leafs``, ``Red Sox``) or one of a few
singulars (``Heat``, ``Jazz``, ``Magic``). The cities are the teams' home markets, from general
knowledge; a city followed by a plural of no German word is the team.
"""

from __future__ import annotations

from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import frequency

_CITIES = frozenset(
    ("Boston", "Chicago", "Los Angeles", "New York", "San Antonio", "Dallas", "Houston", "Miami",
     "Detroit", "Philadelphia", "Toronto", "Denver", "Phoenix", "Seattle", "Atlanta", "Cleveland",
     "Milwaukee", "Minnesota", "Utah", "Orlando", "Memphis", "Portland", "Sacramento",
     "Golden State", "Oklahoma City", "Indiana", "Washington", "Brooklyn", "New Orleans",
     "Charlotte", "Tampa Bay", "Pittsburgh", "Baltimore", "Kansas City", "St. Louis",
     "San Francisco", "San Diego", "San Jose", "Las Vegas", "Vegas", "Buffalo", "Green Bay",
     "Cincinnati", "Montreal", "Montréal", "Ottawa", "Calgary", "Edmonton", "Vancouver",
     "Winnipeg", "Anaheim", "Colorado", "Arizona", "Carolina", "Nashville", "Columbus",
     "New Jersey", "Florida", "Jacksonville", "Tennessee", "Oakland", "New England")
)  # fmt: skip
_FIRST_WORDS = frozenset(c.split()[0] for c in _CITIES)
_SINGULARS = frozenset(
    ("Heat", "Jazz", "Magic", "Thunder", "Wild", "Lightning", "Avalanche", "Kraken", "Sox",
     "Fire", "Galaxy")
)  # fmt: skip


def team_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a team: a home city and one or two capitalised words, the last a plural of no
    German word (``Mavericks``, ``Maple Leafs``) or a team's singular (``Heat``)."""
    texts, starts, ends = tk.texts, tk.starts, tk.ends
    found = []
    for i in tk.where(_FIRST_WORDS):
        j = next((j for j in (i + 3, i + 2, i + 1) if " ".join(texts[i:j]) in _CITIES), 0)
        if not j:
            continue
        for k in (j + 2, j + 1):  # the longest team name first
            if (
                k > len(texts)
                or not all(tk.capital[j:k])
                or any(tk.kinds[x] != "w" for x in range(j, k))
            ):
                continue
            if any(starts[x] in blocked for x in range(i, k)):
                break
            if _team_tail(texts[j:k]):
                found.append(OrgMention(tk.text[starts[i] : ends[k - 1]], starts[i], ends[k - 1]))
                break
    return found


def city_team(words: list[str]) -> bool:
    """Tell whether ``words`` are a home city and a team's name after it (``San Antonio
    Spurs``, ``Boston Red Sox``): the same test as ``team_names``, for words the person rules
    would otherwise read as a name (``Antonio Spurs``, ``Red Sox``)."""
    for n in (3, 2, 1):
        rest = words[n:]
        if 1 <= len(rest) <= 2 and " ".join(words[:n]) in _CITIES:
            return _team_tail(rest)
    return False


def _team_tail(words: list[str]) -> bool:
    """Tell the one or two words after a home city that name its team: the last a team word,
    a first of two no common German word (``Maple Leafs``, ``Red Sox``)."""
    return _team_word(words[-1]) and (len(words) == 1 or frequency(words[0].lower()) < 50)


# plurals that make a town's name: "Colorado Springs", "Cedar Rapids"
_TOWN_PLURALS = frozenset(("Springs", "Falls", "Heights", "Hills", "Rapids", "Lakes", "Woods"))


def _team_word(word: str) -> bool:
    if word in _SINGULARS:
        return True
    if word in _TOWN_PLURALS:
        return False
    return (
        len(word) > 3 and word.endswith("s") and word[1:].islower() and frequency(word.lower()) == 0
    )
