"""Did-you-mean on OpenSearch: the rules of ``indexer.search.spelling`` over the cluster's words.

The candidates of an unknown word come from OpenSearch's ``term`` suggester over the exact-
spelling terms (the same words our vocabulary table holds: lowercase, not stemmed), within the
same number of edits and with the same first letter; among them, as here, the fewest edits
(optimal string alignment, a swap is one edit) and then the most releases win.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from indexer.analysis.morphology import fold
from indexer.engine import schema as f
from indexer.opensearch.documents import TERMS
from indexer.opensearch.reader import Reader
from indexer.search import spelling

CANDIDATES = 50  # words the suggester returns per word


def correction(client, alias: str, word: str) -> str | None:
    """The index word nearest to a word the index lacks, as ``spelling.correction``."""
    low = word.lower()
    if len(low) < spelling.MIN_LETTERS or fold(low) in spelling._STOPS:
        return None
    if Reader(client, alias).doc_frequency(f.EXACT, low):
        return None
    edits = 1 if len(low) < 6 else 2
    term = {
        "field": TERMS[f.EXACT],
        "max_edits": edits,
        "prefix_length": 1,
        "min_word_length": spelling.MIN_LETTERS,
        "suggest_mode": "always",
        "string_distance": "damerau_levenshtein",
        "accuracy": 0.0,
        "max_term_freq": 1.0,
        "size": CANDIDATES,
        "max_inspections": 20,
    }
    body = {"size": 0, "suggest": {"s": {"text": low, "term": term}}}
    try:
        response = client.search(index=alias, body=body)
    except Exception:  # no suggestion is better than a failed search
        return None
    options = [o for entry in response["suggest"]["s"] for o in entry["options"]]
    found = [(OSA.distance(low, o["text"]), o["text"], o["freq"]) for o in options]
    found = [(d, w, n) for d, w, n in found if 0 < d <= edits and w[:1] == low[:1]]
    if not found:
        return None
    fewest = min(d for d, _, _ in found)
    best = max((n, w) for d, w, n in found if d == fewest)[1]
    return spelling._cased(best, word)


def suggest(client, alias: str, text: str) -> str | None:
    """The query with each unknown word corrected, or None (``spelling.suggest``)."""
    return spelling.suggest(None, text, correct=lambda word: correction(client, alias, word))
