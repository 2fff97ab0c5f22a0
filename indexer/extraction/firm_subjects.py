"""A lone name opening a sentence whose predicate is a firm's business: a firm, no surname.

Business news names a firm by its name alone at a sentence's start, where a surname stands too
(``Quorvanta erhält eine Meilensteinzahlung``, ``Zelvorix kauft drei Werften``, ``Brenvaro
schließt ein starkes Geschäftsjahr ab``). The frames of ``lone_names`` (a sentence
opened before a verb in the singular) and the tagger take it for a person. What the sentence
says of it decides: its predicate holds a noun of a firm's accounts, deals or sites
(``Geschäftsjahr``, ``Übernahmeangebot``, ``Standorten``, ``Konzerntochter``), which a person
named by the surname alone is rarely said to have. The same holds after a finite verb that is
no verb of speech, when the sentence names such a noun (``Im Quartal hatte Quorvanta …``);
customers there are a minister's too. A role before that noun keeps the person (``Valdrin
wird Geschäftsführer der Tochtergesellschaft``), and so does a given name (a minister who approves
a merger: ``Gabriel billigt die Fusion``).
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import SPEECH_VERBS, word_set
from indexer.extraction.lone_words import singular_verb
from indexer.extraction.names import is_first_name
from indexer.extraction.role_words import is_role

# nouns of a firm's accounts, deals and sites; whole words, or the last part of a
# compound (``Konzernumsatz``, ``Quartalszahlen``); no "Gewinn" (``Titelgewinn``), "Werk"
# (an artist's), "Tochter" alone (kinship), "Bilanz" (``zieht Bilanz``), "Sortiment", and no
# shares, shareholders or dividends: investors and chief executives have them too
BUSINESS_NOUNS = word_set(
    "umsatz umsätze umsatzes umsatzplus umsatzrückgang nettogewinn reingewinn quartalsgewinn "
    "jahresgewinn betriebsgewinn vorsteuergewinn geschäftsjahr geschäftsjahres geschäftsjahrs "
    "quartal quartals quartalszahlen geschäftszahlen jahreszahlen zwischenergebnis "
    "jahresergebnis konzernergebnis halbjahreszahlen jahresabschluss "
    "kunden neukunden kundinnen "
    "börsengang börsenwert marktanteil marktanteile marktanteilen übernahmeangebot "
    "kaufangebot übernahmeofferte meilensteinzahlung lizenzvertrag lizenzverträge "
    "insolvenz insolvenzantrag insolvenzverfahren squeeze-out tochtergesellschaft "
    "tochtergesellschaften tochterfirma tochterunternehmen niederlassung niederlassungen "
    "filiale filialen standort standorte standorten produktionsstandort werften "
    "produktportfolio expansionskurs geschäftsbereich geschäftsbereiche "
    "sparte sparten großauftrag milliardenauftrag auftragseingang kapitalerhöhung"
)
# the last parts of compounds that name the same (``Konzerntochter``, ``RWE-Tochter``); no
# "zahlen" (``Zulassungszahlen``), "ergebnis" (``Verhandlungsergebnis``), "gewinn" (``Zugewinn``)
_TAILS = word_set("tochter umsatz umsätze gruppe") | BUSINESS_NOUNS
# the first parts of such compounds that make them no firm's noun (``Privatinsolvenz``, a
# country's ``Wirtschaftsstandort``)
_NOT_FIRST = re.compile(r"(?:privat|wirtschafts|wissenschafts|hochschul|forschungs)", re.I)
_CUSTOMERS = ("kunden", "kundinnen")
_WORD = re.compile(r"[\w-]+")
_SENTENCE_END = re.compile(r"[.!?:;](?=\s|$)|\n")  # a colon opens a quote or a list
_OPENING = "„“\"'‚‘»«([ "  # marks that may stand before a sentence's first word


def business_noun(word: str) -> bool:
    """Tell a noun of a firm's business (``Geschäftsjahr``, ``Konzerntochter``, ``Toyota-Gruppe``),
    no person's or country's (``Privatinsolvenz``, ``Wirtschaftsstandort``)."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low in BUSINESS_NOUNS:
        return True
    for tail in _TAILS:
        if low.endswith(tail) and len(low) > len(tail) + 2:
            head = low[: -len(tail)]
            if tail in ("gruppe", "tochter") and not head.endswith("-"):
                continue  # "Toyota-Gruppe", "RWE-Tochter"; not "Arbeitsgruppe", "Enkeltochter"
            return not _NOT_FIRST.match(head)
    return False


def opens_sentence(text: str, start: int) -> bool:
    """Tell whether ``start`` opens a sentence or a line, or follows a heading's colon (opening
    marks and spaces may stand between)."""
    i = start
    while i and text[i - 1] in _OPENING:  # steps back over the marks, not over the whole text
        i -= 1
    return not i or text[i - 1] in ".!?:\n"


def firm_subject(text: str, start: int, end: int) -> bool:
    """Tell a lone word at ``start:end`` that opens a sentence before a lowercase verb whose
    predicate names a firm's business (``Quorvanta erhält eine Meilensteinzahlung``), with no
    role noun before that noun, or that follows a finite verb, no verb of speech, in a
    sentence naming such a noun and no role (``Im Quartal hatte Quorvanta …``); never a given
    name."""
    word = text[start:end]
    if " " in word or is_first_name(word):
        return False
    stop = _SENTENCE_END.search(text, end)
    rest = _WORD.findall(text[end : stop.start() if stop else len(text)])
    if opens_sentence(text, start):
        if not rest or not rest[0].islower():
            return False
        for w in rest[1:]:
            if is_role(w):
                return False  # "… wird Geschäftsführer der Tochtergesellschaft": a person's post
            if business_noun(w):
                return True
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?:;\n") + 1
    before = _WORD.findall(text[opening:start])
    verb = before[-1] if before else ""
    if not (verb.islower() and singular_verb(verb)) or verb in SPEECH_VERBS:
        return False  # "sagte Croft": a speaker
    words = before + rest  # no customers here: a minister serves them ("will Oettinger")
    firm = any(business_noun(w) and not w.lower().endswith(_CUSTOMERS) for w in words)
    return firm and not any(map(is_role, words))
