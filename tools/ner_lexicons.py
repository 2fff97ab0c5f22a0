"""Build the word lists the tagger's features read (``make model``'s first step).

``build_trigrams`` writes the letter trigram log-ratios of first names and surnames against
German words (``name_trigrams.json.gz``), ``build_clusters`` the coarse and fine word clusters of
the Bundestag speeches (``word_clusters.json.gz``): spherical k-means over an SVD of the PPMI
counts of each word's left and right neighbours, numpy only, seeded, the same bytes every run.
Split out of ``train_ner`` (which calls both before it trains).
"""

from __future__ import annotations

import gzip
import json
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.extraction.tokens import _TOKEN  # noqa: E402

# word clusters: the most frequent words of the speeches seen at least CLUSTER_MIN_COUNT times,
# described by their left and right neighbours among the CLUSTER_CONTEXT most frequent tokens
CLUSTER_VOCABULARY, CLUSTER_MIN_COUNT, CLUSTER_CONTEXT, CLUSTER_DIMENSIONS = 60000, 5, 1000, 100
CLUSTER_SIZES = (64, 512)  # coarse and fine k-means clusters
# annotated corpora (CC BY 4.0, CC0) whose words join the speeches' in the cluster text, their
# tags unread; the held-out test files (``evaluation.ner_heldout``) and Europeana's 17th-century
# part are left out, so the held-out corpora stay unseen. A trial, not the default (session 20;
# three folds of GermEval's tune half added up, fold models trained without the held-out corpora
# and scoring them too; F1 model / `both`): 49,119 words, GermEval's person tokens with a cluster
# 31 -> 35 %, but the training corpora's persons 21-38 -> 34-47 %, so the model learns that a
# name has a cluster and trusts an unknown one less: PER folds .721 -> .699 / .900 -> .888,
# SmartData test .758 -> .738 / .759 -> .766, Europeana SBB .635 -> .627 / .689 -> .688; ORG
# folds .494 -> .502 / .728 -> .724, SmartData .650 -> .636 / .655 -> .652. The projection of
# session 13's trial was not the cause. 1,024 fine clusters for capitalised words (speeches only)
# neither: PER folds .721 -> .720 / .900 -> .897, SmartData model .758 -> .747, ORG lower on all.
CLUSTER_CORPORA = (
    "smartdata/converted/smartdata_v1_rest_retokenized.conll",
    "smartdata/converted/smartdata_v3_dev.conll",
    "mobie/converted/mobie_train.conll",
    "mobie/converted/mobie_dev.conll",
    "mobie/converted/mobie_test.conll",
    "europeana_de/cleaned/enp_DE.lft.clean.conll",
    "sturm_edition/converted/sturm_train.conll",
    "sturm_edition/converted/sturm_dev.conll",
)


def shared_dir() -> Path:
    """Return the shared folder: ``$PRESSESUCHE_SHARED``, or ``shared`` beside the checkout."""
    return Path(os.environ.get("PRESSESUCHE_SHARED") or ROOT.parent / "shared")


def build_trigrams(path: Path, min_count: int = 3) -> int:
    """Write the trigram log-ratios of first names and surnames against German words."""
    from indexer.extraction.names import first_names
    from indexer.extraction.ner_features import surnames, trigrams
    from indexer.text.wordlist import frequencies

    names = sorted(first_names() | surnames())
    taken = set(names)
    words = sorted(
        w for w, n in frequencies().items() if n >= 50 and w.isalpha() and w not in taken
    )
    counts = [Counter(g for x in group for g in trigrams(x)) for group in (names, words)]
    totals = [sum(c.values()) for c in counts]
    vocab = len(counts[0].keys() | counts[1].keys())
    weights = {}
    for gram in sorted(counts[0].keys() | counts[1].keys()):
        a, b = counts[0][gram], counts[1][gram]
        if a + b >= min_count:
            ratio = math.log((a + 1) / (totals[0] + vocab)) - math.log(
                (b + 1) / (totals[1] + vocab)
            )
            weights[gram] = round(ratio, 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(weights, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))  # same bytes every run
    return len(weights)


def speech_tokens() -> list[list[str]]:
    """Return the tokens of every Bundestag speech and interjection (numbers as ``<d>``)."""
    path = shared_dir() / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for text in [row["text"], *(row.get("interjections") or [])]:
                docs.append(
                    [
                        "\n" if m.lastgroup == "n" else "<d>" if m.lastgroup == "d" else m.group()
                        for m in _TOKEN.finditer(text)
                    ]
                )
    return docs


def corpus_tokens(files: tuple[str, ...] = CLUSTER_CORPORA) -> list[list[str]]:
    """Return the words of each sentence of annotated corpus ``files`` (their first column; the
    tags are not read), split as ``speech_tokens`` splits them (numbers as ``<d>``)."""
    base = shared_dir() / "corpora" / "ner_training"
    docs: list[list[str]] = []
    for name in files:
        doc: list[str] = []
        for line in (base / name).read_text(encoding="utf-8").splitlines():
            word = line.split("\t" if "\t" in line else " ")[0].strip()
            if not word or word == "-DOCSTART-":
                if doc:
                    docs.append(doc)
                doc = []
                continue
            doc += [
                "<d>" if m.lastgroup == "d" else m.group()
                for m in _TOKEN.finditer(word)
                if m.lastgroup != "n"
            ]
        if doc:
            docs.append(doc)
    return docs


def neighbour_vectors(docs: list[list[str]]):
    """Return the vocabulary and its words' unit vectors: the SVD of PPMI neighbour counts.

    Each word is counted with the word before it and the word after it (among the
    ``CLUSTER_CONTEXT`` most frequent tokens); positive pointwise mutual information with
    context smoothing (0.75) weights the counts, and the ``CLUSTER_DIMENSIONS`` largest
    eigenvectors of ``X^T X`` project them (an SVD without the large left factor).
    """
    import numpy as np

    counts = Counter(w for doc in docs for w in doc)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab = [w for w, n in ranked[:CLUSTER_VOCABULARY] if n >= CLUSTER_MIN_COUNT and w != "\n"]
    context = [w for w, _ in ranked[:CLUSTER_CONTEXT]]
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(context)}
    ids, cids = [-1], [-1]
    for doc in docs:
        ids += [vid.get(w, -1) for w in doc] + [-1]
        cids += [cid.get(w, -1) for w in doc] + [-1]
    w_ids, c_ids = np.array(ids, dtype=np.int64), np.array(cids, dtype=np.int64)
    width = 2 * len(context)
    matrix = np.zeros((len(vocab), width))
    for words, neighbours, offset in (
        (w_ids[1:], c_ids[:-1], 0),  # the word before
        (w_ids[:-1], c_ids[1:], len(context)),  # the word after
    ):
        ok = (words >= 0) & (neighbours >= 0)
        cells = words[ok] * width + neighbours[ok] + offset
        matrix += np.bincount(cells, minlength=len(vocab) * width).reshape(len(vocab), width)
    total = matrix.sum()
    p_word = matrix.sum(1, keepdims=True) / total
    p_context = matrix.sum(0, keepdims=True) ** 0.75
    p_context /= p_context.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix / total / (p_word * p_context))
    x = np.where(matrix > 0, np.maximum(pmi, 0), 0)
    _, vectors = np.linalg.eigh(x.T @ x)
    embedded = x @ vectors[:, ::-1][:, :CLUSTER_DIMENSIONS]
    embedded /= np.linalg.norm(embedded, axis=1, keepdims=True) + 1e-12
    return vocab, embedded


def kmeans(vectors, k: int, seed: int, iterations: int = 20):
    """Return the spherical k-means cluster of each unit vector (seeded: the same every run)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    for _ in range(iterations):
        labels = np.concatenate(
            [
                np.argmax(vectors[a : a + 20000] @ centres.T, axis=1)
                for a in range(0, len(vectors), 20000)
            ]
        )
        for j in range(k):
            total = vectors[labels == j].sum(0)
            norm = np.linalg.norm(total)
            if norm:
                centres[j] = total / norm
    return labels


def build_clusters(path: Path, corpora: tuple[str, ...] = (), capitalised: int = 0) -> int:
    """Write the coarse and fine cluster of each frequent word of the Bundestag speeches.

    The speeches are official records in the public domain (§ 5 UrhG); the file holds cluster
    numbers per word, no text. Names cluster with names of their kind (surnames, first names,
    companies, countries), which tells the tagger of names its annotated corpora never had.
    Trials (``train_ner --cluster-corpora``, ``--capitalised-clusters N``): ``corpora`` adds the
    words of those annotated corpus files to the text; ``capitalised`` gives capitalised words
    that many fine clusters of their own (numbers from ``CLUSTER_SIZES[1]`` on), the other words
    ``CLUSTER_SIZES[1]``. Neither is the default: see ``train_ner``'s notes on the settings.
    """
    vocab, vectors = neighbour_vectors(speech_tokens() + corpus_tokens(corpora))
    labels = [kmeans(vectors, CLUSTER_SIZES[0], 0)]
    if capitalised:  # capitalised words get fine clusters of their own, numbered after the rest
        import numpy as np

        caps = np.array([w[:1].isupper() for w in vocab], dtype=bool)
        fine = np.zeros(len(vocab), dtype=np.int64)
        fine[~caps] = kmeans(vectors[~caps], CLUSTER_SIZES[1], 1)
        fine[caps] = CLUSTER_SIZES[1] + kmeans(vectors[caps], capitalised, 2)
        labels.append(fine)
    else:
        labels.append(kmeans(vectors, CLUSTER_SIZES[1], 1))
    table = {w: [int(labels[0][i]), int(labels[1][i])] for i, w in enumerate(vocab)}
    data = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))  # same bytes every run
    return len(table)
