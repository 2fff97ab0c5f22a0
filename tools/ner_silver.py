"""The tagger's silver sentences: Bundestag speeches labelled by the project's rules.

The speeches are official records in the public domain (§ 5 UrhG), so weights learned from them
may ship. Labels: the persons and organisations the rules find (persons P .99 on the tune part of
pressemitteilungen_dev), and every later bare mention of the surname of a full name the rules
found in the same speech (``Hurrelmann hat …`` after ``Klaus Hurrelmann``).

Which labelled sentences are kept (``pick``): ``all`` keeps every one, in the order of the
speeches. Of the 6,000 sentences that gives, 4,176 hold no person, and a few parliamentary bodies
fill them (``Bundesregierung`` 653 times, ``AfD`` 395, ``FDP`` 253, ``SPD`` 246; 5,329
organisation labels against 2,008 person labels). ``diverse`` keeps a sentence with a person, and
a sentence without one only while one of its organisations has been labelled fewer than
``ORG_REPEATS`` times: more persons and more distinct names (4,758 sentences: the share of
speeches runs out first; 3,525 person and 2,807 organisation labels).

Measured in session 21. The silver sentences are 6,000 of 31,063 training sentences (fold 1 of
GermEval's tune half out, the held-out test corpora out), 24 % of the person labels and 39 % of
the organisation labels. Read by hand (40 sentences and 70 more labels drawn by seed): persons 42 of
42 right; organisations 76 of 79 (wrong: ``CDU-Wüste``, ``FDP-Antrags``, a cut ``Europäischen
Rat``); what they miss is places (silver has no LOC: ``Syrien``, ``Türkei`` are O, about one a
sentence in five) and generic bodies (``Wirtschaftsministerium``). Between the trees of sessions
19 and 20 the silver sentences differ by 9 organisation labels (all right) and 14 of 6,000
sentences, so the retrained model's loss after session 20 (blind PER .722 -> .718) is the
training's noise, not the silver's. ``diverse`` on fold 1 of 3 (model / ``both`` tp fp fn
against ``all``): fold PER 77 21 37 / 98 5 16 against 80 22 34 / 97 5 17, model ORG 36 39 46
against 38 37 44; SmartData test model ORG false positives 87 -> 101; Europeana SBB model ORG
false positives 189 -> 219 and ``both`` PER 387 110 -> 389 116: the repeated parliamentary
sentences also teach where no organisation stands. ``all`` stays. Without silver (``--silver
0``, fold 1 only, a lead for later): the model loses organisations everywhere (fold tp 38 -> 34,
Europeana tp 108 -> 95 with false positives 189 -> 205) and Europeana persons, but ``both``'s
persons gain a little on all three (fold 97 5 17 -> 98 5 16, SmartData 80 33 17 -> 81 35 16,
Europeana 387 110 243 -> 395 108 235): a tagger that learned the rules' persons adds less to them.
On the persons19 sentences (news and Wikipedia, fold 1's model, ``both`` tp fp fn) it is the other
way: ``all`` 64 8 22, ``diverse`` 64 7 22, none 63 10 23 — each setting moves a few names.

Places as ``LOC`` (``--silver-places``, session 22, fold 1 of 3): of 839 place labels in the
first 1,500 sentences about 2.5 % are wrong (``Löhne``, ``Mitte``, ``Essen`` as nouns, ``York``
of ``New York``). The model's persons moved a few names either way (fold tp fp fn 79 20 35 ->
82 20 32, SmartData test 80 37 17 -> 78 37 19, Europeana SBB 374 168 256 -> 374 165 256) and
``both``'s persons not at all (fold 99 5 15, SmartData 80 33 17, Europeana 387 112 243 in
both); its organisations gained on the fold (56 17 26 -> 57 16 25) and lost on Europeana (108
122 128 -> 107 125 129). Not taken.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter

from ner_lexicons import shared_dir

SILVER_SHARE = 8  # one speech in 8 (by the SHA-1 of its id) gives silver sentences
SILVER_SENTENCES = 6000
ORG_REPEATS = 3  # ``diverse``: sentences without a person kept per organisation name
PICKS = ("all", "diverse")


def labelled_speech(text: str, places: bool = False) -> list[tuple[list[str], list[str]]]:
    """Return the sentences of one speech that hold a person or an organisation, each as words
    and BIO tags.

    With ``places`` (a trial), a capitalised word that no name covers and ``is_place`` knows is
    also ``LOC`` (``Syrien``, ``Thüringens``), as the annotated corpora label it; the sentences
    kept are the same.
    """
    from indexer.extraction.ner import find_mentions
    from indexer.extraction.ner_features import sentences
    from indexer.extraction.places import is_place
    from indexer.extraction.tokens import split_tokens

    persons, orgs = find_mentions(text, "rules")
    tokens = split_tokens(text)
    tags = ["O"] * len(tokens.texts)
    surnames = {m.name.split()[-1] for m in persons if " " in m.name}
    spans = [(m.start, m.end, "PER") for m in persons] + [(m.start, m.end, "ORG") for m in orgs]
    spans += [
        (tokens.starts[i], tokens.ends[i], "PER")
        for i, word in enumerate(tokens.texts)
        if word in surnames
    ]
    for a, b, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        inside = [i for i, x in enumerate(tokens.starts) if a <= x < b]
        if not inside or any(tags[i] != "O" for i in inside):
            continue
        for j, i in enumerate(inside):
            tags[i] = ("B-" if j == 0 else "I-") + kind
    if places:
        for i, word in enumerate(tokens.texts):
            if tags[i] == "O" and word[:1].isupper() and is_place(word):
                tags[i] = "B-LOC"
    out = []
    for a, k in sentences(tokens):
        words = [w for w in tokens.texts[a:k] if w != "\n"]
        if len(words) == k - a and any(t not in ("O", "B-LOC") for t in tags[a:k]):
            out.append((words, tags[a:k]))
    return out


def names(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """Return the labelled names of a sentence as ``(kind, words joined by spaces)``."""
    found: list[tuple[str, list[str]]] = []
    for word, tag in zip(words, tags, strict=True):
        if tag.startswith("B-"):
            found.append((tag[2:], [word]))
        elif tag.startswith("I-") and found:
            found[-1][1].append(word)
    return [(kind, " ".join(parts)) for kind, parts in found]


class Picker:
    """Decide sentence by sentence, in order, whether a silver sentence is kept (``pick``)."""

    def __init__(self, pick: str = "all") -> None:
        if pick not in PICKS:
            raise ValueError(f"unknown silver pick {pick!r} (one of {', '.join(PICKS)})")
        self.pick = pick
        self.seen: Counter[tuple[str, str]] = Counter()

    def keep(self, words: list[str], tags: list[str]) -> bool:
        if self.pick == "all":
            return True
        labelled = names(words, tags)
        kept = any(kind == "PER" for kind, _ in labelled) or any(
            self.seen[name] < ORG_REPEATS for name in labelled
        )
        if kept:
            self.seen.update(labelled)
        return kept


def silver_bundestag(
    limit: int = SILVER_SENTENCES, pick: str = "all", places: bool = False
) -> list[tuple[list[str], list[str]]]:
    """Return the first ``limit`` kept sentences of one speech in ``SILVER_SHARE``, by id.

    Only sentences with a label are kept (``labelled_speech``), and of those the ones ``pick``
    keeps (``Picker``).
    """
    picker = Picker(pick)
    path = shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: r["id"])
    data: list[tuple[list[str], list[str]]] = []
    for row in rows:
        if int(hashlib.sha1(row["id"].encode()).hexdigest(), 16) % SILVER_SHARE:
            continue
        data += [pair for pair in labelled_speech(row["text"], places) if picker.keep(*pair)]
        if len(data) >= limit:
            break
    return data[:limit]
