"""Which ``said on a day`` dates are a report's own day and which tell of an earlier one.

A release that states no dateline may still date itself by what it reports: ``…“, sagte
Staatssekretärin X am 28. November 2012 in Düsseldorf``. A speech or a letter does not: it
recalls what someone said before (``Die Ministerin sagte schon am 3. Mai 2001:``, ``Ich habe
das am 9. März gesagt``, ``Der Kanzler gab am 4. Oktober dieses Jahres …``). Of 19
dates the rules gave to 14,854 Bundestag speeches, 14 came from such recollections, while none of
the tune releases (dev and releases20) took its date from a speech verb with ``am``. So a speech
verb's date does not count in a text that addresses its listeners (``Herr Präsident!``, ``Meine
Damen und Herren``, ``Sehr geehrte …``, ``Herr Minister, Sie …``), nor in a clause spoken in the
first person, with an adverb of the past (``schon``, ``bereits``, ``damals``, ``dann``) or with
a date that names its year as past (``dieses Jahres``, ``vergangenen Jahres``).
"""

from __future__ import annotations

import re

_RECALLED = re.compile(
    r"\b(?:ich|wir|schon|bereits|damals|dann|einst|seinerzeit|zuvor|vorher|früher)\b",
    re.IGNORECASE,
)
_PAST_YEAR = re.compile(
    r"\s*(?:dieses|des\s+(?:vergangenen|letzten|vorigen)|vergangenen|letzten|vorigen)\s+Jahres\b",
    re.IGNORECASE,
)


def recalled(body: str, verb_at: int, date_start: int, date_end: int) -> bool:
    """Tell a speech verb's date that recalls an earlier day (``sagte ich doch am …``, ``sprach
    bereits am …``, ``am 17. Oktober dieses Jahres``) rather than dating the report."""
    # from the clause's start, after a quote ("„Wir …“, sagte X am …" is no first person)
    start = max(verb_at - 40, *(body.rfind(c, 0, verb_at) + 1 for c in '.!?\n„“”"»«'))
    return bool(_RECALLED.search(body, start, date_start) or _PAST_YEAR.match(body, date_end))
