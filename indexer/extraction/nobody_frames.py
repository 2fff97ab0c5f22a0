"""Frames in which nobody named speaks: a speech leaves such a quote without a speaker.

Speeches put words into mouths that are nobody's in particular, and the rules then gave the
quote to the person named nearest. Read in 10kGNAD, government speeches, Redewiedergabe and 3,000
Bundestag speeches (all four such frames among ~290 attributed quotes had a wrong speaker):

- someone supposed as the subject of the frame: ``wie jemand, der … sagt:``;
- an impersonal passive without its agent: ``wenn gesagt wird:``, ``wird immer behauptet:``;
- an imperative to the one addressed: ``Frau X, lesen Sie im Gesetz nach:`` (X is told
  to read the quote, not said to have said it);
- a frame after the quote in the subjunctive: ``„…“, würde meine Nachbarin sagen``;
- a supposition with ``man`` or a counterfactual: ``wo man sagen könnte:``, ``man kann nicht
  … und sagen:``, ``Hätte die Kollegin X gesagt:`` (3 of 3 attributed in 4,000 more
  Bundestag speeches were wrong, the other 24 such quotes were already null);
- the one addressed (``Sie``) as the frame's subject while the person the rules found is named
  in it as someone else: ``wenn Frau X von … spricht, rufen Sie sofort:``, ``Als Sie auf die
  Rede von X eingingen und fragten:`` (``addressed_says``; ``Wenn Sie sagen, Frau X:`` and
  ``Frau X, Sie haben gesagt:`` and ``sagen Sie wie X:`` still give X).
"""

from __future__ import annotations

import re

_SAY = (
    r"(?:sag|frag|ruf|mein|erklär|behaupt|fordert?|antwort|schreib|wiederhol|betont?)\w*"
    r"|gesagt|gefragt|gerufen|gemeint|erklärt|behauptet|gefordert|geantwortet|geschrieben"
)
# the clause of a colon frame: after its last stop, colon, semicolon or dash
_CLAUSE = re.compile(r"[^.!?;:–—]*:\s*$")
_SOMEONE = re.compile(
    rf"\b(?:jemand|irgendjemand|irgendwer|niemand|(?:einer|eine),\s+(?:der|die))\b.*\b(?:{_SAY})\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\b(?:(?:gesagt|gefragt|behauptet|erklärt|gefordert|gerufen|geschrieben)\s+"
    r"(?:wird|wurde|werden|wurden|worden)|(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,3}?"
    r"(?:gesagt|gefragt|behauptet|gefordert|gerufen))\s*:\s*$",
    re.IGNORECASE,
)
# a supposition with "man" or a counterfactual: "wo man sagen könnte:", "man kann nicht … und
# sagen:", "Hätte die Kollegin X gesagt:" (she did not)
_MODAL = r"(?:könnte|könnten|würde|würden|müsste|sollte|kann|muss|darf|will|soll)"
_SUPPOSED = re.compile(
    rf"(?:\b(?:hätte|hätten)\b[^,]*\bgesagt|\bman\b.*\b(?:sagen|fragen)\s+{_MODAL}"
    rf"|\b{_MODAL}\s+man\b.*\b(?:sagen|fragen)|\bman\b.*\b{_MODAL}\b.*\b(?:sagen|fragen))"
    r"\s*:\s*$",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bvon\s+(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ]")
_TOLD_TO = re.compile(
    r"\s*(?:Herr|Frau)\s+[^,]{1,40},\s*(?:schlagen|lesen|schauen|sehen|gucken|hören|nehmen)"
    r"\s+Sie\b"
)
_SUBJUNCTIVE_AFTER = re.compile(r"^\s*[,–—-]?\s*(?:würden?|würdest)\b", re.IGNORECASE)


def nobody_says(before: str, after: str) -> bool:
    """Tell a quote whose frame (``before`` up to its opening mark, ``after`` from its closing
    mark, the paragraph's masked text) has nobody named speak."""
    if _SUBJUNCTIVE_AFTER.match(after):
        return True  # "„…“, würde meine Nachbarin sagen"
    clause = _CLAUSE.search(before[-300:])
    if clause is None:
        return False
    frame = clause.group()
    return bool(
        _SOMEONE.search(frame)
        or _SUPPOSED.search(frame)
        or _PASSIVE.search(frame)
        and not _AGENT.search(frame)
        or _TOLD_TO.match(frame)
    )


# the one addressed as the frame's subject: "Sie" after a word of its sentence ("rufen Sie
# sofort:", "Als Sie auf die Rede von X eingingen und fragten:"), not "Sie" opening one
_ADDRESSED = re.compile(r"(?<=[\w,])\s+Sie\b(?!\s+(?:mich|mir|uns)\b)")  # not "Lassen Sie mich"
_NAME_WORDS = r"(?:[A-ZÄÖÜ][\w'’-]*\s+)*"
_VOCATIVE = r"(?:^|,)\s*(?:(?:Herr|Frau|Kollege|Kollegin|Dr\.|Prof\.)\s+)+(?:[A-ZÄÖÜ][\w'’-]*\s+)*"


def addressed_says(before: str, speaker: str) -> bool:
    """Tell a colon frame whose subject is the one addressed (``Sie``) while ``speaker`` is named
    in it only as someone else (``wenn Frau X von … spricht, rufen Sie sofort:``); ``Wenn Sie
    sagen, Herr X:`` and ``Frau X, Sie haben gesagt:`` address X, who speaks."""
    clause = _CLAUSE.search(before[-300:])
    # "Sie" in the frame's last part ("Halten Sie es mit X, der gesagt hat:": X speaks)
    if clause is None or not _ADDRESSED.search(clause.group().rsplit(",", 1)[-1]):
        return False
    frame = clause.group()
    surname = re.escape(speaker.split()[-1])
    if not re.search(rf"\b{surname}\b", frame):
        return False
    # "Wenn Sie sagen, Herr X:" addresses X; "sagen Sie wie X:" says what X said
    return not (
        re.search(rf"{_VOCATIVE}{surname}\s*[,:]", frame)
        or re.search(
            rf"\bwie\s+(?:(?:Herr|Frau|Kollege|Kollegin)\s+)?{_NAME_WORDS}{surname}\b", frame
        )
    )
