"""Dressing a Bundestag speech as a press release: title, dateline, quotes, contact footer."""

from __future__ import annotations

import codecs
import hashlib
import random
import re
import textwrap

MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
PARTY_ORGS = {
    "CDU/CSU": ("CDU/CSU-Fraktion im Deutschen Bundestag", "cducsu.de"),
    "SPD": ("SPD-Fraktion im Bundestag", "spdfraktion.de"),
    "AfD": ("AfD-Fraktion im Deutschen Bundestag", "afdbundestag.de"),
    "FDP": ("FDP-Fraktion im Deutschen Bundestag", "fdpbt.de"),
    "DIE LINKE": ("Fraktion DIE LINKE. im Bundestag", "linksfraktion.de"),
    "BÜNDNIS 90/DIE GRÜNEN": ("Bundestagsfraktion Bündnis 90/Die Grünen", "gruene-bundestag.de"),
}
PARTY_SHORT = {"BÜNDNIS 90/DIE GRÜNEN": "Grüne", "DIE LINKE": "Die Linke"}
BUNDESTAG = ("Deutscher Bundestag", "bundestag.de", "Platz der Republik 1", "11011 Berlin")
GOVERNMENT = ("Presse- und Informationsamt der Bundesregierung", "bundesregierung.de")
GOV_ADDRESS = ("Dorotheenstraße 84", "10117 Berlin")

_SALUTE = re.compile(
    r"Präsident|Damen und Herren|Kolleg|Zuschauer|Zuhörer|Gäste|Besucher|Vielen Dank|Danke"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])")
_PARTY = re.compile(
    r"Fraktion(?:en)?(?: der)? (?:CDU/CSU|SPD|AfD|FDP|DIE LINKE\.?|BÜNDNIS 90/DIE GRÜNEN)"
    r"(?:(?:,| und| sowie) (?:der )?(?:CDU/CSU|SPD|AfD|FDP|DIE LINKE\.?|BÜNDNIS 90/DIE GRÜNEN))*"
)
_LAW_NAME = re.compile(r"\(([A-ZÄÖÜ][\w-]*gesetz[\w-]*)\)")
_BILL = re.compile(r"Entwurfs eines (?:\w+ )?Gesetzes\b(.+?)(?: – |$)")
_TAIL_WORDS = set(
    [
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "und",
        "für",
        "von",
        "zur",
        "zum",
        "im",
        "in",
        "mit",
        "eines",
        "einer",
        "am",
        "an",
        "auf",
    ]
)
_CLOSING = re.compile(r"^(?:Vielen|Herzlichen|Schönen|Recht herzlichen) Dank|^Danke")
_AGENDA_NOISE = re.compile(r"^(?:\d+\s*\.?\s*)?(?:[a-z]\)\s*)?[–-]?\s*")
_AGENDA_CUT = re.compile(r"\s(?:Drucksachen?|Überweisungsvorschlag|Beschlussempfehlung)\b")
QUOTE_VERBS = ("sagte", "erklärte", "betonte", "sagte", "kritisierte", "unterstrich")


def german_date(iso: str) -> str:
    """Write an ISO date the German way: ``2018-01-17`` -> ``17. Januar 2018``."""
    year, month, day = iso.split("-")
    return f"{int(day)}. {MONTHS[int(month) - 1]} {year}"


def strip_salutation(paragraphs: list[str]) -> list[str]:
    """Drop the ``Herr Präsident! Meine Damen und Herren!`` opening a release would not have."""
    out = list(paragraphs)
    while out:
        sentences = _SENTENCE.split(out[0])
        while sentences and len(sentences[0]) < 160 and _SALUTE.search(sentences[0]):
            sentences.pop(0)
        if sentences:
            out[0] = " ".join(sentences)
            break
        out.pop(0)
    while out and len(out[-1]) < 80 and _CLOSING.search(out[-1]):
        out.pop()
    return out


def topic(top_title: str) -> str:
    """Extract the subject of an agenda item: the law's name or the motion's title."""
    text = _AGENDA_NOISE.sub("", top_title.replace("\u00ad", "").strip())
    text = _AGENDA_CUT.split(text, maxsplit=1)[0]
    law = _LAW_NAME.search(text)
    if law:
        return law.group(1)
    bill = _BILL.search(text)
    if bill:
        return shorten("Gesetz" + bill.group(1), 90)
    parties = list(_PARTY.finditer(text))
    if parties and len(text) - parties[-1].end() > 12:
        text = text[parties[-1].end() :]
    return shorten(text.strip(" –-"), 90)


def shorten(text: str, width: int) -> str:
    """Cut text at a word boundary, without an ellipsis (headlines do not have one)."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    words = text[:width].rsplit(" ", 1)[0].rstrip(",;:– ").split(" ")
    while len(words) > 1 and words[-1].lower() in _TAIL_WORDS:
        words.pop()
    out = " ".join(words)
    if out.count("(") > out.count(")"):
        out = out[: out.rindex("(")]
    return out.rstrip(",;:– ")


def title_for(speech: dict, paragraphs: list[str]) -> str:
    """A headline: ``Name: subject`` from the agenda item, or the first sentence of the text."""
    subject = topic(speech.get("top_title") or "")
    last = (speech.get("last_name") or speech.get("speaker") or "").strip()
    if not subject or len(subject) <= 8:
        first = _SENTENCE.split(paragraphs[0])[0] if paragraphs else "Pressemitteilung"
        subject = shorten(first.rstrip(".!?"), 90)
    return f"{last}: {subject}" if last else subject


def _ministry(office: str) -> str:
    office = office.replace("B undes", "Bundes")
    office = re.sub(r"^Bundesminister(?:in)?\b", "Bundesministerium", office)
    if office.startswith("Bundesministerium des Auswärtigen"):
        return "Auswärtiges Amt"
    if office.startswith("Bundesministerium für besondere Aufgaben"):
        return "Bundeskanzleramt"
    return office


def organisation(speech: dict) -> tuple[str, str, str, str]:
    """The issuing office of the release: (name, domain, street, postcode and city)."""
    role, party = speech.get("role") or "", speech.get("party") or ""
    if party in PARTY_ORGS:
        name, domain = PARTY_ORGS[party]
        return name, domain, BUNDESTAG[2], BUNDESTAG[3]
    office = re.split(r"\bbei(?:m| der)\b", role)[-1].strip()
    if "Auswärtigen Amt" in role:
        office = "Auswärtiges Amt"
    if office.startswith("Bundesminister") or office == "Auswärtiges Amt":
        return _ministry(office), GOVERNMENT[1], *GOV_ADDRESS
    if office.startswith("Bundeskanzler"):
        return *GOVERNMENT, *GOV_ADDRESS
    land = re.search(r"\(([^)]+)\)", role)
    if land:
        return (
            f"Landesregierung {land.group(1)}",
            "bundesrat.de",
            "Leipziger Straße 3–4",
            "10117 Berlin",
        )
    return BUNDESTAG


def speaker_phrase(speech: dict) -> str:
    """How a release names the speaker: ``Bundesministerin Dr. Franziska Giffey``, ``X (SPD)``."""
    name = " ".join((speech.get("speaker") or "").split())
    role = (speech.get("role") or "").replace("B undes", "Bundes")
    party = speech.get("party") or ""
    if role and name not in role:
        return f"{role} {name}"
    if role:
        return role
    if party and party != "fraktionslos":
        return f"{name} ({PARTY_SHORT.get(party, party)})"
    return name


def _as_quote(paragraph: str, who: str, rng: random.Random) -> str:
    inner = paragraph.replace("„", "‚").replace("“", "‘")
    sentences = _SENTENCE.split(inner)
    if len(inner) > 600 and len(sentences) > 3:
        keep = rng.randint(1, 3)
        quoted, rest = " ".join(sentences[:keep]), " ".join(sentences[keep:])
    else:
        quoted, rest = inner, ""
    style = rng.random()
    if style < 0.2:
        text = f"{who} betonte: „{quoted}“"
    elif style < 0.4:
        text = f"„{quoted.rstrip('.')}“, so {who}."
    else:
        text = f"„{quoted.rstrip('.')}“, {rng.choice(QUOTE_VERBS)} {who}."
    return f"{text} {rest}".strip()


def footer(speech: dict) -> str:
    """The contact block: office, address, telephone, e-mail, web and a further-reading line."""
    name, domain, street, city = organisation(speech)
    number = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 90000 + 10000
    session = speech.get("sitzung") or 0
    return "\n".join(
        [
            "Pressekontakt:",
            f"Pressestelle {name}",
            street,
            city,
            f"Telefon: 030 227-{number}",
            f"Telefax: 030 227-{number + 1}",
            f"E-Mail: presse@{domain}",
            f"Internet: https://www.{domain}",
            "",
            "Weitere Informationen finden Sie im Plenarprotokoll 19/"
            f"{session}: https://www.bundestag.de/protokolle?sitzung={session}",
        ]
    )


def wrap_hard(text: str, rng: random.Random, width: int = 76) -> str:
    """Break lines like a mail client, some long words hyphenated across the break."""
    out = []
    for paragraph in text.split("\n\n"):
        lines = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        for i in range(1, len(lines)):
            head, _, tail = lines[i].partition(" ")
            if len(head) >= 10 and head.isalpha() and head.islower() and rng.random() < 0.5:
                cut = len(head) // 2
                lines[i - 1] += f" {head[:cut]}-"
                lines[i] = f"{head[cut:]} {tail}".strip()
        out.append("\n".join(line for line in lines if line))
    return "\n\n".join(out)


def _latin1_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("bench-latin1", _latin1_fallback)


def mojibake(text: str) -> str:
    """Garble text the classic way: UTF-8 bytes read as Windows-1252 (``Ã¼`` for ``ü``)."""
    return text.encode("utf-8").decode("cp1252", errors="bench-latin1")


def release_text(speech: dict, paragraphs: list[str], title: str, rng: random.Random) -> str:
    """Compose the release: title, issuer line, dateline, body with attributed quotes, footer."""
    who = speaker_phrase(speech)
    body = list(paragraphs)
    quotable = [i for i in range(1, len(body)) if len(body[i]) >= 80 and body[i][-1] in ".!?"]
    if quotable:
        for i in rng.sample(quotable, k=min(len(quotable), rng.randint(1, 3))):
            body[i] = _as_quote(body[i], who, rng)
    elif body:
        body.append(f"„{shorten(body[0], 200).rstrip('.')}“, sagte {who}.")
    dateline = f"Berlin, {german_date(speech['date'])} – "
    issuer = organisation(speech)[0]
    text = "\n\n".join([f"{issuer} teilt mit:", dateline + (body[0] if body else ""), *body[1:]])
    roll = rng.random()
    if roll < 0.15:
        text = wrap_hard(text, rng)
    text = f"{title}\n\n{text}\n\n{footer(speech)}\n"
    return mojibake(text) if 0.15 <= roll < 0.17 else text
