"""Canonical person names: folding to a key, first names, merging the spellings of a person.

A person is identified by ``name_key``: case, diacritics, ``ı``/``i``, ``ß``/``ss`` and titles are
folded away, and a ``?`` left by a lost character matches any one letter. The name shown for a
person is the majority spelling among its mentions; on a tie the spelling with more diacritics wins
(``Kaykın`` over ``Kaykin``), and a spelling with ``?`` is shown only when there is no other.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from indexer.analysis.folding import fold_name as fold

# PARTICLES, STOPWORDS, word_set, Token and tokenize are re-exported from where they lived once
from indexer.extraction.foreign_names import ROMANIZED, foreign_first_names
from indexer.extraction.lexicon import CASED_TITLES, NOT_FIRST, NOT_FIRST_ANYWHERE, TITLES
from indexer.extraction.lexicon import PARTICLES as PARTICLES
from indexer.extraction.lexicon import STOPWORDS as STOPWORDS
from indexer.extraction.lexicon import word_set as word_set
from indexer.extraction.name_variants import bare_surname, join_given_prefixes
from indexer.extraction.tokens import Token as Token
from indexer.extraction.tokens import tokenize as tokenize
from indexer.text.wordlist import frequencies

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[?'’](?=[^\W\d_])|-(?=[^\W\d_?]))*\??")


def is_title(word: str, key: str | None = None) -> bool:
    """Tell a title (``Dr``, ``Mag``) by its folded ``key`` (``fold(word)`` when not given), or
    one of ``CASED_TITLES`` as spelled (``DDr``, not the ``DDR``)."""
    return (fold(word) if key is None else key) in TITLES or word in CASED_TITLES


def name_tokens(name: str) -> list[str]:
    """Split ``name`` into its words, without titles (``Dr. Anna Weber`` -> ``Anna``, ``Weber``)."""
    return [t for t in _TOKEN.findall(name) if not is_title(t)]


def name_key(name: str) -> str:
    """Fold ``name`` to the key that identifies a person (``KAYKIN``, ``Kaykın`` -> ``kaykin``)."""
    return " ".join(fold(t) for t in name_tokens(name))


def keys_match(a: str, b: str) -> bool:
    """Tell whether two keys are equal, a ``?`` in either standing for one lost letter."""
    if a == b:
        return True
    if len(a) != len(b) or ("?" not in a and "?" not in b):
        return False
    return all(x == y or "?" in (x, y) for x, y in zip(a, b, strict=True))


def surname_key(name: str) -> str:
    """Return the key of the last word of ``name``, the part a surname-only mention repeats."""
    words = name_tokens(name)
    return fold(words[-1]) if words else ""


# English given names that are German words too, in the news daily ("Bill Gates", "Mark
# Zuckerberg", "Will Smith", "Fidel Castro"): Faker's English lists drop them as words;
# ``given_words`` keeps them from opening "zehn Mark Strafe"
WORD_FIRST_NAMES = word_set(
    "bill billy bob phil matt mark will liz cathy marilyn shirley dolly fidel kiefer "
    "jude golda bette herb brett harvey connor bart gus"
)
# given names common in Germany that Faker's lists lack: North German and Frisian, Turkish,
# Kurdish and Persian ones (general knowledge; a name that is a German word is left out), and
# the English ones above
MORE_FIRST_NAMES = (
    word_set(
        "hauke momme ocke broder hilke ubbo eike tjark fiete keno okke tamme tomke finja lasse "
        "levke talea kerem tarkan helin cansu dilek ebru arash dariush omid navid parisa shirin "
        "roda rojda berivan baran rojin tarek frerk wübbo wilko focko onno remmer hergen jelto "
        "rainald hinnerk okko enak"
    )
    | WORD_FIRST_NAMES
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Return the first names of Faker's person providers (MIT), German lists trusted most."""
    return _first_names()[0]


def faker_names(attr: str, locales: Iterable[str] | None = None) -> list[tuple[str, list]]:
    """Return ``(locale, names)`` for the list ``attr`` (``first_names``, ``last_names`` …) of
    each of Faker's person providers (MIT) that has one: all locales, or ``locales``; none
    without Faker (extraction still works from roles, appositions and captions)."""
    try:
        import faker.providers.person as people
    except ImportError:
        return []
    if locales is None:
        locales = [module.name for module in pkgutil.iter_modules(people.__path__)]
    found = []
    for locale in locales:
        provider = importlib.import_module(f"{people.__name__}.{locale}").Provider
        names = getattr(provider, attr, None)
        if names and not isinstance(names, property):
            found.append((locale, names))
    return found


FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the folded first names, and the first names as spelled (lowercase)."""
    lists = [found for attr in FIRST_NAME_LISTS for found in faker_names(attr)]
    if not lists:
        return frozenset(), frozenset()
    common = frequencies()
    found: set[str] = set()
    spelled: set[str] = set()
    for locale, names in lists:
        german = locale.startswith("de")
        for name in names:
            low = name.lower()
            if not name[:1].isupper() or not all(c.isalpha() or c == "-" for c in name):
                continue
            key = fold(name)
            # a foreign name that is a German word too ("Halle", "Will") must be a German
            # name ("Östen" and "París" fold to German words: NOT_FIRST_ANYWHERE)
            if key in NOT_FIRST or (not german and low in common):
                continue
            found.add(key)
            spelled.add(low)
    found.update(fold(name) for name in MORE_FIRST_NAMES)
    spelled.update(MORE_FIRST_NAMES)
    romanized = faker_names(*ROMANIZED)
    for name in foreign_first_names(lists, romanized):  # "Jewgeni", "Panagiotis", "Takumi"
        if fold(name) not in NOT_FIRST and name.lower() not in common:
            found.add(fold(name))
            spelled.add(name.lower())
    return frozenset(found - NOT_FIRST_ANYWHERE), frozenset(spelled)


@lru_cache(maxsize=1)
def _gendered() -> tuple[frozenset[str], frozenset[str]]:
    """Return the male and the female first names of Faker's German-language providers."""
    male: set[str] = set()
    female: set[str] = set()
    for into, attr in ((male, "first_names_male"), (female, "first_names_female")):
        for locale, names in faker_names(attr):
            if locale.startswith("de"):
                into.update(fold(n) for n in names)
    return frozenset(male - female), frozenset(female - male)


def load_tables() -> None:
    """Build the tables of first names now (``tables.load``; later calls cost nothing)."""
    first_names()
    _first_names()
    _gendered()


def gender_of(name: str) -> str | None:
    """Return ``m`` or ``f`` when the first name of ``name`` has one gender only, else None."""
    words = name_tokens(name)
    if len(words) < 2:
        return None
    first = fold(words[0]).split("-")[0]
    male, female = _gendered()
    return "m" if first in male else "f" if first in female else None


@lru_cache(maxsize=131072)
def is_first_name(word: str) -> bool:
    """Tell whether ``word`` is a known first name (``Hans-Jürgen``: every part must be one).

    A German word with an umlaut or ``ß`` is no first name because its folded form is one
    (``Ära`` is not ``Ara``, ``Länder`` not ``Lander``)."""
    names, spelled = _first_names()
    parts = fold(word).split("-")
    if not (all(p in names for p in parts) and bool(parts[0])):
        return False
    low = word.lower()
    return low.isascii() or low in spelled or low not in frequencies()


def _display_rank(spelling: str) -> tuple[int, int, int]:
    """Order spellings for display: no ``?`` first, then more diacritics, then title case."""
    marks = sum(1 for c in spelling if not c.isascii())
    return ("?" not in spelling, marks, spelling[:1].isupper())


def best_spelling(spellings: Counter[str]) -> str:
    """Pick the spelling to show: the majority without ``?``; a tie goes to more diacritics."""
    clean = Counter({s: n for s, n in spellings.items() if "?" not in s}) or spellings
    return max(clean, key=lambda s: (clean[s], *_display_rank(s)))


@dataclass
class Person:
    """One person of a release: display name, role, and the spellings seen for each word."""

    name: str
    role: str | None
    mentions: int


@dataclass
class _Group:
    key: str
    first: Counter[str]
    last: Counter[str]
    roles: Counter[str]
    order: int
    mentions: int = 0


def group_persons(mentions: Iterable) -> list[Person]:
    """Merge mentions (objects with ``name``, ``role``, ``surname_only``) into persons."""
    mentions = list(mentions)
    groups: list[_Group] = []
    full = [m for m in mentions if not getattr(m, "surname_only", False)]
    short = [m for m in mentions if getattr(m, "surname_only", False)]
    for order, m in enumerate(full):
        words = name_tokens(m.name)
        if len(words) < 2:
            short.append(m)
            continue
        key = name_key(m.name)
        group = next((g for g in groups if keys_match(g.key, key)), None)
        if group is None:
            group = _Group(key, Counter(), Counter(), Counter(), order)
            groups.append(group)
        group.first[" ".join(words[:-1])] += 1
        group.last[words[-1]] += 1
        _count(group, m)
    for m in short:
        words = name_tokens(m.name)
        if not words:
            continue
        skey = fold(words[-1])
        hits = [g for g in groups if keys_match(g.key.split(" ")[-1], skey)]
        if not hits and (bare := [g for g in groups if bare_surname(g.key.split(" ")[-1]) == skey]):
            _count(bare[0], m)  # "Assad" beside "Baschar al-Assad": the spelling stays the full one
            continue
        if not hits:
            hits = [g for g in groups if not g.first and keys_match(g.key, name_key(m.name))]
        if hits:
            group = hits[0]
        else:
            group = _Group(
                name_key(m.name), Counter(), Counter(), Counter(), len(full) + len(groups)
            )
            groups.append(group)
        group.last[" ".join(words)] += 1
        _count(group, m)
    groups = join_given_prefixes(groups, is_first_name)  # "Maria Giulia" is Maria Giulia Sergio
    persons = []
    for g in sorted(groups, key=lambda g: g.order):
        last = best_spelling(g.last)
        name = f"{best_spelling(g.first)} {last}" if g.first else last
        role = g.roles.most_common(1)[0][0] if g.roles else None
        persons.append(Person(name, role, g.mentions))
    return persons


def drop_genitives(persons: list[Person]) -> list[Person]:
    """Drop ``Hubert Weigers`` (``Hubert Weigers Verdienste``) when ``Hubert Weiger`` is there."""
    keys = {name_key(p.name) for p in persons}
    return [p for p in persons if not (p.name.endswith("s") and name_key(p.name)[:-1] in keys)]


def _count(group: _Group, mention) -> None:
    group.mentions += 1
    role = getattr(mention, "role", None)
    if role:
        group.roles[role] += 1


def canonicalise(mentions: Iterable) -> list[str]:
    """Return the deduplicated display names of a release, surname-only mentions linked."""
    return [p.name for p in group_persons(mentions)]


# words before a surname that are no given names: "von der Leyen", "Graf Lambsdorff" are bare
NOT_GIVEN = PARTICLES | word_set("graf gräfin freiherr freifrau baron")


# short forms of given names that public persons go by (Andi Scheuer is Andreas Scheuer); only
# unmistakable ones: a short form of two names (Alex: Alexander, Alexandra) is left out
NICKNAMES = {
    "andi": "andreas", "oli": "oliver", "toni": "anton", "uli": "ulrich", "sepp": "josef",
    "jupp": "josef", "steffi": "stefanie", "conny": "cornelia", "gabi": "gabriele",
    "moni": "monika", "rudi": "rudolf", "manni": "manfred", "basti": "sebastian",
    "tobi": "tobias", "flo": "florian", "wolfi": "wolfgang", "hansi": "hans", "kalle": "karl",
}  # fmt: skip


def name_parts(name: str) -> tuple[str, frozenset[str]]:
    """Return the folded surname of ``name`` and its given names (particles and titles left out,
    short forms as the full given name: ``Andi`` -> ``andreas``)."""
    words = [fold(w) for w in name_tokens(name)]
    if not words:
        return "", frozenset()
    return words[-1], frozenset(NICKNAMES.get(w, w) for w in words[:-1] if w not in NOT_GIVEN)


def surname_roles(mentions: Iterable) -> dict[str, list[str]]:
    """Map each folded surname to the folded roles mentions give it (``Minister Heil`` and
    ``Bundesarbeitsminister Hubertus Heil``: ``heil`` -> ``bundesarbeitsminister``, ``minister``).
    """
    found: dict[str, set[str]] = {}
    for mention in mentions:
        role = getattr(mention, "role", None)
        if role:
            found.setdefault(name_parts(mention.name)[0], set()).add(fold(role))
    return {surname: sorted(roles) for surname, roles in sorted(found.items())}


def _variant_families(given: Mapping[str, frozenset[str]], weight: Mapping[str, int]) -> dict:
    """Map each key of one surname to the key shown for its person.

    Two keys are one person when the given names of one are a subset of the other's
    (``alexander gauland`` in ``eberhardt alexander gauland``); a key whose given names fit two
    persons that do not fit each other (``michael link`` in ``michael georg link`` and ``michael
    peter link``) stays alone. A person is shown by its most frequent key, then its shortest.
    """
    parent = {key: key for key in given}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for key, names in given.items():
        wider = [k for k, g in given.items() if k != key and names <= g]
        tops = {given[k] for k in wider if not any(given[k] < given[j] for j in wider)}
        if len(tops) == 1:
            for other in wider:
                parent[root(other)] = root(key)
    members: dict[str, list[str]] = {}
    for key in given:
        members.setdefault(root(key), []).append(key)
    shown = {}
    for keys in members.values():
        best = max(keys, key=lambda k: (weight.get(k, 0), -len(k), k))
        shown.update((key, best) for key in keys)
    return shown


class PersonRegistry:
    """Persons known across releases: variants of a full name merged, bare surnames linked.

    The result depends on the set of names added (and how often), never on their order.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._spellings: dict[str, Counter[str]] = {}
        self._by_surname: dict[str, dict[str, frozenset[str]]] = {}
        self._shown: dict[str, str] | None = None
        self.add(names)

    def add(self, names: Iterable[str], count: int = 1) -> None:
        """Record full names (a given name and a surname) seen ``count`` times each."""
        for name in names:
            surname, given = name_parts(name)
            if not given:
                continue
            key = name_key(name)
            self._spellings.setdefault(key, Counter())[name] += count
            self._by_surname.setdefault(surname, {})[key] = given
            self._shown = None

    def _family(self, key: str) -> str:
        if self._shown is None:
            weight = {k: sum(c.values()) for k, c in self._spellings.items()}
            self._shown = {}
            for given in self._by_surname.values():
                self._shown.update(_variant_families(given, weight))
        return self._shown.get(key, key)

    def display(self, key: str) -> str | None:
        """Return the spelling shown for a person key, the majority across releases."""
        key = self._genitive_of(key) or key
        spellings = self._spellings.get(self._family(key))
        return best_spelling(spellings) if spellings else None

    def persons_of(self, name: str) -> dict[str, set[str]]:
        """Return the known persons a bare surname may mean: display name -> their spellings."""
        found: dict[str, set[str]] = {}
        for key in self._fitting(name):
            found.setdefault(self.display(key) or key, set()).update(self._spellings[key])
        return found

    def _fitting(self, name: str) -> list[str]:
        """The known keys ``name`` may be: given names within each other, particles alike
        (``von Storch`` is Beatrix von Storch, not Ilse Storch)."""
        surname, given = name_parts(name)
        words = [fold(w) for w in name_tokens(name)[:-1]]
        particles = {w for w in words if w in NOT_GIVEN}
        return [
            key
            for key, names in self._by_surname.get(surname, {}).items()
            if (names <= given or given <= names) and particles <= set(key.split(" ")[:-1])
        ]

    def _genitive_of(self, key: str) -> str | None:
        """Return the key ``key`` is the genitive of (``angela merkels`` -> ``angela merkel``)
        when that person is known at least as often; None otherwise."""
        if not key.endswith("s") or key.endswith("ss"):
            return None
        base = key[:-1]
        spellings, mine = self._spellings.get(base), self._spellings.get(key)
        if not spellings or sum(spellings.values()) < sum(mine.values() if mine else ()):
            return None
        return base

    def resolve(self, name: str) -> str:
        """Return the known display name for ``name``; ``name`` when unknown or ambiguous.

        A full name takes its person's name (``Eberhardt Alexander Gauland`` -> ``Alexander
        Gauland`` when that is the more frequent); a bare surname (``Gauland``, ``von der
        Leyen``) the one known person of that surname, and stays as it is beside several.
        """
        surname, given = name_parts(name)
        known = self._by_surname.get(surname, {})
        if given and name_key(name) in known:
            return self.display(name_key(name)) or name
        fits = {self._family(k) for k in self._fitting(name)}
        if not fits and not given and surname.endswith("s") and not surname.endswith("ss"):
            # a bare genitive nobody bears as a surname: "Wankas" is Johanna Wanka's
            fits = {self._family(k) for k in self._fitting(name.rstrip()[:-1])}
        return (self.display(fits.pop()) or name) if len(fits) == 1 else name


def merge_across(known: Mapping[str, str] | PersonRegistry, names: Iterable[str]) -> list[str]:
    """Map the persons of a release onto persons known from others (``key -> display``).

    A full name takes the display spelling known for its key; a surname-only name takes the one
    known person with that surname, and stays as it is when none or several are known.
    """
    registry = known if isinstance(known, PersonRegistry) else PersonRegistry(known.values())
    resolved: list[str] = []
    for name in names:
        shown = registry.resolve(name)
        if shown not in resolved:
            resolved.append(shown)
    return resolved
