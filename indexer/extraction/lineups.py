"""Players of a team's line-up: ``Salzburg: Walke – Lainer, Miranda, Caleta-Car, Ulmer (16.
Schwegler) – …``.

Sports reports and club releases list a team after its name and a colon by surnames alone,
the lines of the formation parted by dashes, players by commas, substitutes in brackets with
the minute (``Ulmer (16. Schwegler)``, ``Prietl (66.)``). No sentence frame holds there, but the
shape does: after a colon at least five lone capitalised words, each followed by a comma, a dash
or a bracket with a number, and at least one dash between two of them (a list of sugars that
ends ``…, Laktose – das sind …`` is none). Each word is a player's
surname unless it is a place or a common German word (``Pink`` stays out).
"""

from __future__ import annotations

from indexer.extraction.person_mention import PersonMention
from indexer.extraction.person_text import PersonText
from indexer.extraction.places import is_place
from indexer.text.wordlist import frequency, is_word

_SEPARATORS = frozenset((",", "–", "-"))
_DASHES = frozenset(("–", "-"))
MIN_PLAYERS = 5
_COMMON = 200  # a word this frequent in German text is no player's surname here ("Pink")
_BRACKET = 8  # tokens inside a substitute's bracket at most: "( 16 . Schwegler )"


def _bracket(t: PersonText, j: int) -> tuple[list[int], int] | None:
    """Return the name words inside a substitute's bracket opening at ``j`` and the index after
    it (``(16. Schwegler)``, ``(66.)``), or None when no number is inside."""
    words, n = t.words, len(t.words)
    k = j + 1
    while k < n and words[k] != ")" and k - j < _BRACKET:
        k += 1
    if k >= n or words[k] != ")" or not any(w.isdigit() for w in words[j + 1 : k]):
        return None
    return [q for q in range(j + 1, k) if t.name[q]], k + 1


def _initial(t: PersonText, j: int) -> bool:
    """Tell an initial at ``j`` before a name word (``M. Brandner``, ``Ch. Leitgeb``)."""
    word = t.words[j]
    return (
        len(word) <= 2
        and word[:1].isupper()
        and word.isalpha()
        and t.word(j + 1) == "."
        and j + 2 < len(t.words)
        and t.name[j + 2]
    )


def _run(t: PersonText, j: int) -> tuple[list[tuple[int, int]], int]:
    """Read a line-up from ``j`` (after the colon): the players' spans and the dashes."""
    words, n = t.words, len(t.words)
    names: list[tuple[int, int]] = []
    dashes = 0
    while j < n:
        start = j
        if _initial(t, j):
            j += 2
        if not t.name[j] or (j + 1 < n and t.name[j + 1]):
            break
        names.append((start, j + 1))
        j += 1
        if j < n and words[j] == "(" and (inside := _bracket(t, j)):
            names += [(q, q + 1) for q in inside[0]]
            j = inside[1]
        if j >= n or words[j] not in _SEPARATORS:
            break
        before_name = j + 1 < n and (t.name[j + 1] or _initial(t, j + 1))
        dashes += words[j] in _DASHES and before_name  # not "Laktose – das"
        j += 1
    return names, dashes


def _player(word: str) -> bool:
    """Tell a player's surname: three letters at least, no place, no common German word."""
    common = is_word(word.lower()) and frequency(word) > _COMMON
    return len(word) >= 3 and not is_place(word) and not common


def opens_lineup(t: PersonText, j: int) -> bool:
    """Tell whether a line-up starts at ``j`` (after a team's name and colon)."""
    names, dashes = _run(t, j)
    return len(names) >= MIN_PLAYERS and bool(dashes)


def lineup_names(t: PersonText, found: list[PersonMention]) -> list[PersonMention]:
    """Return the surnames of the line-ups in ``t`` that ``found`` does not cover yet."""
    covered = [(m.start, m.end) for m in found]
    extra = []
    for i, word in enumerate(t.words):
        if word != ":":
            continue
        if not opens_lineup(t, i + 1):
            continue
        names, _ = _run(t, i + 1)
        for a, k in names:
            start, end = t.starts[a], t.ends[k - 1]
            if _player(t.words[k - 1]) and not any(x < end and start < y for x, y in covered):
                shown = " ".join(t.text[start:end].split())
                extra.append(PersonMention(shown, start, end, None, k == a + 1))
    return extra
