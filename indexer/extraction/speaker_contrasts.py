"""Frame grammar that tells who speaks (session 22, from reading fresh releases of public
senders). Two guards leave a speaker null where the person found is not the one who speaks:

- A plural speech verb and the person found joined by ``und``/``sowie`` to another subject
  (``Das Team Lena Maier und Tom Berger erklärten:``, ``Tom Berger und Lena Maier
  erklärten:``): both speak, though the other was not recognised as a person; one alone is a
  guess.
- A role noun with a word of succession (``der scheidende Kommandeur``) is not the person the
  text introduces with the opposite word (``Der neue Kommandeur, Fregattenkapitän X``): a
  handover names two holders of one role.

And one frame names its speaker in the accusative: a clause opened by ``Für`` and a person
(``Für den Experten X gibt es gute Gründe, …:``, ``Für die Landrätin X steht fest:``) gives
that person's view, so the person speaks, though ``den Experten X`` looks like an object.
"""

from __future__ import annotations

import re

# the person found is the second of two subjects: "… und (Landrat) X" right before it
_AFTER_AND = re.compile(r"\b(?:und|sowie)\s+(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}$")
# or the first of two: "X und (die) Y …" right after it
_AND_AFTER = re.compile(r"[ \t]*+(?:und|sowie)\s+(?:der\s+|die\s+)?[A-ZÄÖÜ]")
# a finite verb in the plural (the past "-ten" or the present "-en"), as the frame's verb ends
_PLURAL_VERB = re.compile(r"[a-zäöüß]{2,}en$")
_NEW = r"neu|künftig|designiert|angehend|kommend|neugewählt"
_OLD = r"scheidend|ausscheidend|bisherig|ehemalig|früher|vormalig|alt|letzt"
_ENDING = r"(?:e|en|er|es|em)?"
# the word of succession right before a role noun: "der scheidende ", "Der neue "
_BEFORE_ROLE = re.compile(rf"\b(?:(?P<new>{_NEW})|(?P<old>{_OLD})){_ENDING}\s+$", re.I)
_NEW_WORD = re.compile(rf"\b(?:{_NEW}){_ENDING}\b", re.I)
_OLD_WORD = re.compile(rf"\b(?:{_OLD}){_ENDING}\b", re.I)
_STOP = re.compile(r"[.!?]\s")
# "Für den Experten ", "Für die Landrätin ": the opening before a person whose view follows
_FOR_VIEW = re.compile(r"\s*+Für\s++(?:den|die)\s++(?:[a-zäöüß]+\s++)?[A-ZÄÖÜ][\w-]*+\s++")
SUCCESSION_REACH = 50  # characters before a person's name where their own role's word stands


def one_of_two(masked: str, lo: int, pos: int, end: int, verb_end: int | None) -> bool:
    """Tell whether the person named from ``pos`` to ``end`` is joined by ``und`` to another
    subject in a frame with a plural verb."""
    if verb_end is None or not _PLURAL_VERB.search(masked, max(lo, verb_end - 20), verb_end):
        return False
    return _AFTER_AND.search(masked, lo, pos) is not None or bool(_AND_AFTER.match(masked, end))


def succession_clash(masked: str, role_pos: int, person_at: list[int]) -> bool:
    """Tell whether the role noun at ``role_pos`` carries a word of succession and the person
    resolved for it (named at ``person_at``) is introduced with the opposite one."""
    word = _BEFORE_ROLE.search(masked, max(0, role_pos - 25), role_pos)
    if word is None:
        return False
    opposite = _OLD_WORD if word.group("new") else _NEW_WORD
    for at in person_at:
        lo = max(0, at - SUCCESSION_REACH)
        stops = list(_STOP.finditer(masked, lo, at))
        lo = stops[-1].end() if stops else lo  # their own sentence only
        if opposite.search(masked, lo, at):
            return True
    return False


def view_holder(masked: str, lo: int, pos: int) -> bool:
    """Tell whether the clause from ``lo`` opens with ``Für``, an article and a noun right
    before the person at ``pos``: the person whose view the frame gives."""
    return _FOR_VIEW.fullmatch(masked, lo, pos) is not None
