"""Mentions the person rules found that the whole text, or the word itself, shows to be no person.

A frame names a firm as it names a person (``Quorvanta meldet …``, ``von Zelvorix``); the
text often says elsewhere what the word is: before a legal form (``Quorvanta AG``) or after a
word for a company (``die Firma Zelvorix``). A firm's coined name shows it by its parts
(``Solarwett``, ``Grabpoint``, ``Biofrontena``), and a street, square or hotel by the noun
before it (``Piazza Giuseppe Verdi``, ``Hotel Frau Berta``). A lone word that names a place
(``Rußland``) is no surname either. Each test is a plain test on words; ``drop_false`` applies
them to the mentions of ``persons.extract_persons``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import compress
from operator import itemgetter

from indexer.extraction.firm_subjects import firm_subject
from indexer.extraction.kind_predicates import defined_as_kind, described_as_kind
from indexer.extraction.lexicon import LEGAL, word_set
from indexer.extraction.names import fold, is_first_name
from indexer.extraction.person_mention import PersonMention
from indexer.extraction.places import any_surnames, is_place
from indexer.extraction.realms import after_realm

# words before a firm's name ("die Firma Zelvorix", "der Konzern Brenvaro"), and compounds ending
# in one ("Chemiekonzern", "Autohersteller", "EnBW-Tochter"); no trade a person has
# ("Kunsthändler X"), no "Mutter"/"Tochter" alone ("seiner Mutter Brambrina")
_FIRM_KINDS = word_set(
    "firma unternehmen konzern hersteller anbieter airline fluggesellschaft billigflieger "
    "autobauer versandhändler onlinehändler zulieferer investmentmanager vermögensverwalter "
    "brauerei reederei softwarehaus start-up startup konzerntochter -tochter konzernmutter "
    "-mutter marke label"
)
_FIRM_BEFORE = re.compile(f"(?:{'|'.join(map(re.escape, sorted(_FIRM_KINDS)))})$", re.IGNORECASE)
_TOKEN = re.compile(r"[\w&-]+")
# what ``firm_words`` looks for first, in the lowercased text: a word for a company anywhere, or
# a legal form as a whole token (the literal first: the scan skips to it in C); most texts have
# neither and skip the tokens
_LEGAL_TOKENS = tuple(
    re.compile(rf"{re.escape(w)}(?![\w&-])(?<![\w&-]{re.escape(w)})") for w in sorted(LEGAL)
)
# letters that the case-blind ``_FIRM_BEFORE`` reads as letters of its words, unlike ``lower()``
# ("ı" as "i", "ſ" as "s"), and "İ", which lowers to two letters: then the tokens are read
CASE_FOLDS = ("\u0130", "\u0131", "\u017f")
# a firm's name joined to a noun of its business ("Zervanta-Deutschlandchef", "Zervanta-Aktie");
# no "-Chef", "-Sprecher", "-Mitarbeiter", which persons take too ("Merkel-Sprecher")
_FIRM_COMPOUND = re.compile(
    r"([A-ZÄÖÜ][\w&]+) ?- ?(?:Aktien?|Aktionäre|Tochter|Konzern|Konzernchef|Gruppe|Vorstand|"
    r"Vorstandschef|Vorstandsvorsitzende[rn]?|Geschäftsführer|Geschäftsführung|Deutschlandchef|"
    r"Europachef|Firmenchef|Werke?|Filialen?|Kunden|Gründer|Zentrale|Übernahme)\b"
)


def firm_words(text: str) -> set[str]:
    """Return the folded capitalised words ``text`` shows as a firm's name: before a legal form
    (``Quorvanta AG``, ``Brenvaro GmbH``), after a word for a company (``Firma Zelvorix``) or
    joined to a noun of its business (``Zervanta-Vorstand``)."""
    found = {fold(m.group(1)) for m in _FIRM_COMPOUND.finditer(text)}
    if not _may_name_firms(text):
        return found  # no legal form, no word for a company
    tokens = _TOKEN.findall(text)
    for i in compress(range(len(tokens)), map(str.isupper, map(itemgetter(0), tokens))):
        word = tokens[i]  # the capitalised ones, picked in C
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        if after in LEGAL or (before[:1].isupper() and _FIRM_BEFORE.search(before)):
            found.add(fold(word))
    return found


def _may_name_firms(text: str) -> bool:
    """Tell whether ``text`` holds a cue of ``firm_words``: a legal form as a whole token
    (``AG``) or a word for a company (``Firma``, ``Autohersteller``), in any case."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in CASE_FOLDS):
        return True  # lower() and the case-blind search may disagree: read the tokens
    return any(w in low for w in _FIRM_KINDS) or any(p.search(low) for p in _LEGAL_TOKENS)


# the parts of firms' coined names: a word opened by one of these and a long rest, or ended
# by one of these after a stem (``Biofrontena``, ``Solarwett``, ``Quortronic``, ``Grabpoint``);
# surnames and given names of Faker's lists are never taken for one
_FIRM_OPENINGS = ("bio", "solar", "aero", "cyber", "micro", "pharma", "tele", "digi", "info")
_FIRM_ENDINGS = (
    "tronic", "tronics", "tec", "tech", "soft", "ware", "watt", "point", "cloud", "cast",
    "pharm", "pharma", "data", "logic", "matic", "labs", "force", "vision", "media",
)  # fmt: skip
_SHORTEST_REST = 4  # letters after an opening ("Bio|frontena"), before an ending ("Solar|wett")


def firm_shaped(word: str) -> bool:
    """Tell a word shaped as a firm's coined name (``Biofrontena``, ``Solarwett``), no known
    surname or given name."""
    low = word.lower()
    if not word.isalpha() or low in any_surnames() or is_first_name(word):
        return False
    opening = next((o for o in _FIRM_OPENINGS if low.startswith(o)), None)
    if opening and len(low) - len(opening) >= _SHORTEST_REST:
        return True
    ending = next((e for e in _FIRM_ENDINGS if low.endswith(e)), None)
    return ending is not None and len(low) - len(ending) >= _SHORTEST_REST - 1


# nouns of streets, squares, venues, hotels and forts before a name ("Piazza Giuseppe Verdi", "am
# Motel Anna", "im Hotel Frau Berta"); an address before the name may stand between; no "Platz"
# ("an ihrem Platz Silvia Yüsün"), no "Pension"
_VENUES = word_set(
    "piazza piazzale via viale corso largo rue avenue boulevard plaza calle avenida rua "
    "hotel hotels motel gasthof gasthaus gasthofs gasthauses café cafe restaurant villa fort"
)
_ADDRESSES = word_set("frau herr herrn fräulein")


# nouns of landscapes and places before a name ("die Felsschlucht Gorge de la Brivette", "die
# Insel Mary Rose"), and after a comma ("Kandar Sahib, die Provinzhauptstadt")
_LANDSCAPE = re.compile(
    r"(?:\w*schlucht|\w*klamm|tal|\w*gebirge|\w*insel|\w*fluss|\w*bucht|\w*wüste|\w*vulkan|"
    r"\w*gletscher|\w*wasserfall|\w*halbinsel|provinz|ortschaft|ortsteil|dorf|\w*gemeinde)"
    r"(?:s|es|e|en|n)?",
    re.IGNORECASE,
)
_PLACE_APPOSITION = re.compile(
    r"\s*,\s*(?:der|die|das|dem|den|einer?|einem)\s+(?:\w+(?:e|en|er)\s+)?"
    r"(?:\w*hauptstadt|stadt|kreisstadt|gemeinde|region|insel|provinz|ortschaft|dorf|bergdorf|"
    r"hafenstadt|grenzstadt|küstenstadt|metropole)(?![\w-])",  # not "dem Kölner Stadt-Anzeiger"
    re.IGNORECASE,
)


def names_a_place(text: str, start: int, end: int) -> bool:
    """Tell a name that a noun of a landscape or place stands before (``die Felsschlucht Gorge
    de la Brivette``) or after a comma (``Kandar Sahib, die Provinzhauptstadt``)."""
    before = text[max(0, start - 40) : start].split()
    if before and before[-1][:1].isupper() and _LANDSCAPE.fullmatch(before[-1]):
        return True
    return _PLACE_APPOSITION.match(text, end) is not None


def after_venue(text: str, start: int) -> bool:
    """Tell whether a venue noun, perhaps with an address after it, ends the text before
    ``start`` (``auf der Piazza Giuseppe Verdi``, ``im Hotel Frau Berta``)."""
    before = [w.strip("([„\"'‚»«") for w in text[max(0, start - 40) : start].split()]
    if not before or not before[-1][:1].isupper():
        return False
    if before[-1].lower() in _VENUES:
        return True
    return len(before) >= 2 and before[-1].lower() in _ADDRESSES and before[-2].lower() in _VENUES


# abbreviated months after a day ("am 28. Febr.", "Wien, 8 Febr."), as letters and old
# newspapers date them; "Jan" and "Jun" are given names too, and a day before them decides
_MONTHS = frozenset(
    ("jan", "febr", "feb", "mrz", "apr", "jun", "jul", "aug", "sept", "sep", "okt", "oct", "nov",
     "dez", "dec")
)  # fmt: skip
_DAY_BEFORE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01]) ?\.? ?$")


def dated_month(text: str, word: str, start: int) -> bool:
    """Tell an abbreviated month after a day (``15. Febr``), no surname."""
    return (
        word.lower() in _MONTHS and _DAY_BEFORE.search(text[max(0, start - 6) : start]) is not None
    )


def _given_first(name: str) -> bool:
    """Tell a name of several words that opens with a given name (``Anna Berg``)."""
    words = name.split()
    return len(words) > 1 and is_first_name(words[0])


def _surname_keys(found: list[PersonMention]) -> tuple[set[str], set[str]]:
    """Return the keys of the surnames ``found`` names in full, and of those after a given name."""
    full = {fold(m.name.split()[-1]) for m in found if not m.surname_only and " " in m.name}
    # "Sabine Haag", "Heiko Salzwedel": a given name before the surname; not "Karl von Rumänien"
    given = {
        fold(words[-1])
        for m in found
        if not m.surname_only and len(words := m.name.split()) >= 2
        if is_first_name(words[-2]) or (len(words) == 2 and is_first_name(words[0]))
    }
    return full, given


def _false(
    text: str, m: PersonMention, full: set[str], given: set[str], firms: Callable[[], set[str]]
) -> bool:
    """Tell whether ``m`` names a firm, a street, a venue or a place, beside persons whose
    surnames in full are ``full`` (after a given name: ``given``); ``firms()`` gives the text's
    ``firm_words``, read only when needed."""
    word = m.name if m.surname_only and " " not in m.name else None
    if after_venue(text, m.start) or names_a_place(text, m.start, m.end):
        return True
    if after_realm(text, m.start, m.name):  # "das Fürstentum Capua" (realms)
        return True
    if m.role is None and not _given_first(m.name) and described_as_kind(text, m.end):
        return True  # "Morvel Ansgard, ein römisches Fort" (kind_predicates)
    if word is not None and dated_month(text, word, m.start):
        return True  # "vom 15. Febr.: hierbei schicke ich"
    if word is not None and is_place(word) and fold(word) not in given:
        return True  # "Rumänien" beside "Karl von Rumänien", "Turin" beside "Juventus Turin"
    if word is None or fold(word) in full:
        return False
    if m.role is None and (firm_shaped(word) or firm_subject(text, m.start, m.end)):
        return True  # "Solarwatt", "Forcepoint"; "Quorvanta erhält eine Meilensteinzahlung"
    if m.role is None and defined_as_kind(text, m.start, m.end):
        return True  # "Tarvenko ist die größte Handelskette" (kind_predicates)
    return fold(word) in firms()


def drop_false(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """Leave out the mentions that name a firm, a street, a venue or a place (see above); a lone
    word that names no place stays when the text names a person of that surname in full."""
    full, given = _surname_keys(found)
    firms = cache(lambda: firm_words(text))  # tokenised only if a lone word gets that far
    return [m for m in found if not _false(text, m, full, given, firms)]


def is_false(text: str, mention: PersonMention, persons: list[PersonMention]) -> bool:
    """Tell whether ``drop_false`` leaves ``mention`` out beside ``persons``, testing only it."""
    full, given = _surname_keys([*persons, mention])
    return _false(text, mention, full, given, lambda: firm_words(text))
