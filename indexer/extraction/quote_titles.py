"""Titles, names and catchwords in quotation marks, told from quotes (rule 2 of ``quotes``).

A quote right after a naming noun (``Initiative``, ``Motto``, ``Buch``) or ``sogenannte``, the
next items of such a list, a quote followed by ``heißt``/``lautet`` (not ``heißt es``, not
``lautet das Fazit von X``), a work and its maker (``„…“ von X``, ``„…“, Roman von X``), a
title as the subject of its sentence (``„…“ erscheint im Mai``) or after a colon frame naming a
work, and a short catchword after an article are not quotes.
"""

from __future__ import annotations

import re

from indexer.extraction.speech_frames import _FRAME_VERB, AFTER, NOUN_PHRASE_END, SAYING, WORD

_TITLE_NOUN = re.compile(
    r"(?:initiative|vereinbarung|motto|titel|projekt|programm|workshop|verein|aktion|kampagne"
    r"|slogan|leitwort|stichwort|schlagwort|leitspruch|leitmotiv|losung|thema|netzwerk|bündnis"
    r"|tarif|produkt|marke|app|portal|plattform|ausstellung|katalog|buch|studie|bericht|preis"
    r"|wettbewerb|festival|reihe|veranstaltung|konferenz|tagung|kongress|forum|seminar|kurs"
    r"|konzept|strategie|leitbild|papier|studiengang|modell|name|begriff|broschüre|leitfaden"
    r"|film|serie|sendung|podcast|magazin|zeitschrift|zeitung|haus|zentrum|kita|fonds|siegel"
    r"|label|auszeichnung|kommission|gruppe|sturmtief|tief|album|lied|stück|inschrift|aufschrift"
    r"|überschrift|schlagzeile|hashtag|parole)"
    r"(?:s|es|e|en|n)?"
)
# a motto after a colon: "unter dem Motto: „…“", "ganz nach dem Motto: „…“" (nobody's words)
_MOTTO_COLON = re.compile(
    r"\b(?:unter|nach|mit|getreu)\s+(?:dem|diesem|einem|ihrem|seinem|unserem)\s+"
    r"(?:[a-zäöüß]+\s+)?(?:Motto|Leitwort|Slogan|Leitspruch|Devise|Losung|Parole)\s*:\s*$"
)
_TITLE_CUE = re.compile(r"\b(?:sogenannt\w*|so\s+genannt\w*|namens|genannt|titels?)$", re.I)
_TITLE_COLON = re.compile(
    rf"\b(?=[A-ZÄÖÜ])(?i:\w*{_TITLE_NOUN.pattern})\b[^.!?:]*\b(?:lautet|lautete|heißt|hieß)\s*:\s*$"
)
_TITLE_AFTER = re.compile(
    r"[\s,]*(?:so\s+)?(?:heißt|hieß|lautet|lautete|nennt\s+sich)\b(?!\s+es\b)"
    rf"(?!\s+(?:das|die|der|sein\w*|ihr\w*)\s+(?:[a-zäöüß]+\s+)?{SAYING}\b)"
)
# a work and its maker: "„Ein Augenblick Freiheit“ von Arash T. Riahi", "„Faust“ (1808) von …"
_BY_AUTHOR = re.compile(
    r"[ \t]*+(?:\(\d{4}\)[ \t]*+)?(?:von|by|nach)[ \t]++(?:Dr\.[ \t]*+)?[A-ZÄÖÜ]"
)
# a work, its kind and its maker: "„Aus dem Kriege zurück“, dramatisches Gedicht von X", "„Die
# goldene Tochter“, (Erstaufführung.) Operette in drei Akten von X"
_WORK_BY = re.compile(
    r"[ \t]*+,?[ \t]*+(?:\([^()\n]{0,30}\)[ \t]*+)?(?:[a-zäöüß]+[ \t]++)?"
    r"(?:Operette|Oper|Singspiel|Gedicht|Roman|Drama|Schauspiel|Lustspiel|Komödie|Tragödie"
    r"|Novelle|Erzählung|Film|Spielfilm|Dokumentarfilm|Kurzfilm|Lied|Song|Album|Buch|Stück"
    r"|Theaterstück|Musical|Ballett|Hörspiel|Gemälde|Bild|Skulptur|Installation)\b"
    r"[^.!?„“\"»«\n]{0,60}?\b(?:von|by)[ \t]++[A-ZÄÖÜ]"
)
# a title as the subject of the sentence it opens: "„Wir sind mehr“ soll junge Menschen
# erreichen", "„Die Stadt und ihre Kinder“ erscheint im Mai"; not reported speech ("„…“ soll
# X gesagt haben")
_TITLE_SUBJECT = re.compile(
    r"[ \t]++(?:(?:soll|sollen)(?![^.!?;:„“\"»«]{0,80}\b\w+t\s+haben\b)"
    r"|steht|stand|erscheint|erschien|läuft|lief|startet|startete|gilt|galt"
    r"|beginnt|begann|umfasst|umfasste|bietet|bot|thematisiert|thematisierte|feiert|feierte"
    r"|(?:richtet|richtete|wendet|wandte)\s+sich)\b"
)
_LIST_GAP = re.compile(r"[\s,]*(?:(?:und|sowie|oder|bzw\.)\s*)?")
_SPEECHY = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können"
    r"|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte"
    r"|wollten|darf|dürfen|möchte|möchten|gibt|gab|geht|bin|bist|seid|sei|seien|wäre|wären"
    r"|würde|würden|habe|ich|wir|uns|unser\w*|mein\w*|mir|mich|euch|ihr|sie|du|dich|dir)\b",
    re.I,
)
_TITLE_END = re.compile(_TITLE_NOUN.pattern + "$")


def speechy(text: str) -> bool:
    """Tell whether a quoted text reads like a sentence someone said."""
    return len(text.split()) >= 3 and bool(_SPEECHY.search(text))


def _is_title(before: str, after: str, gap_from_title: str | None) -> bool:
    """Tell a title, slogan or name in quotation marks from a quote."""
    if gap_from_title is not None and _LIST_GAP.fullmatch(gap_from_title):
        return True
    words = WORD.findall(before[-60:])
    if words:
        last = words[-1]
        if last[0].isupper() and _TITLE_END.search(last.lower()) and before.rstrip().endswith(last):
            return True
        # the cue ends the text: its last 200 characters hold it (a search of the whole paragraph
        # for every quote was quadratic)
        if _TITLE_CUE.search(before[-200:].rstrip()) or _TITLE_COLON.search(before[-160:]):
            return True
        if _MOTTO_COLON.search(before[-80:]):
            return True
    return bool(_TITLE_AFTER.match(after) or _BY_AUTHOR.match(after) or _WORK_BY.match(after))


# a colon frame naming a work can still announce someone's words
_WORDS_CUE = re.compile(r"\b(?:Worte|Worten|Zitat|Ausspruch)\b")
_SUBJECT_AFTER = re.compile(r"\s+(?:(?:der|die)\s+)?(?:ich|wir|er|sie|[A-ZÄÖÜ])")
# nouns that only end like a naming noun
_FALSE_TITLE = re.compile(r"(?:[Ff]raktion|[Rr]edaktion|[Rr]eaktion)(?:en)?$")


def _is_colon_title(before: str, text: str) -> bool:
    """Tell a title after a colon frame naming a work (``Anna Berg stellt ihr Buch vor: „Die
    Stadt und ihre Kinder“``) from a quote: no stop ends it and it does not read like speech."""
    head = before.rstrip()
    if not head.endswith(":") or text.rstrip()[-1:] in (".", "!", "?", "…") or speechy(text):
        return False
    clause = re.split(r"[.!?;]\s", head[-160:])[-1]
    if _WORDS_CUE.search(clause):
        return False  # "mit den Worten des Präsidenten dieses Hauses:": someone's words
    for w in WORD.finditer(clause):
        word = w.group()
        if word[0].isupper() and _TITLE_END.search(word.lower()) and not _FALSE_TITLE.search(word):
            # "im Titel des Antrags heißt es:"; not "In seinem Buch schreibt X:"
            verb = _FRAME_VERB.search(clause, w.end())
            return verb is None or not _SUBJECT_AFTER.match(clause, verb.end())
    return False


def _is_subject_title(text: str, after: str) -> bool:
    """Tell a title opening a sentence as its subject (``„Wir sind mehr“ soll …``) from a
    quote: no stop or comma closes it, and a verb a title takes follows the closing mark."""
    return text.rstrip()[-1:] not in (".", "!", "?", ",", "…") and bool(_TITLE_SUBJECT.match(after))


# a quote right after an article, a possessive or a preposition with one is part of a noun
# phrase: a name or a term ("wenn der „Spiegel“ schreibt", "im „Handelsblatt“", "seiner „Chronik“")
SHORT = 4  # words: a quote this short may be a name, a title or a catchword


def _is_term(before: str, after: str, text: str) -> bool:
    """Tell a short name, title or catchword in quotation marks from a quote: after an article,
    after a naming noun and a colon (``Stichwort: „…“``), or one word without a frame
    (``wenn jemand „Asyl“ ruft``); a short quote ending in ``!``/``?``/``.`` is said."""
    words = text.split()
    if len(words) > SHORT or text.rstrip()[-1:] in ("!", "?", "."):
        return False
    head = before.rstrip()
    if NOUN_PHRASE_END.search(head[-12:]):
        return True
    if head.endswith(":"):
        last = WORD.findall(head[-40:])
        if last and last[-1][0].isupper() and _TITLE_END.search(last[-1].lower()):
            return True
    return len(words) == 1 and not AFTER.match(after)


def is_title(before: str, after: str, text: str, marked: str, gap_from_title: str | None) -> bool:
    """Tell a title, name or catchword in quotation marks from a quote (``marked``: the text
    up to its closing mark, a stop or comma before the mark included)."""
    return (
        _is_title(before, after, gap_from_title)
        or _is_term(before, after, text)
        or _is_subject_title(marked, after)
        or _is_colon_title(before, marked)
    )
