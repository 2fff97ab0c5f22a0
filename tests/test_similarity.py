"""The MinHash signature's arithmetic: the remainder without division equals numpy's ``%``."""

import zlib

import numpy as np

from indexer.text import similarity


def _plain_signature(text: str) -> bytes:
    """The signature as first written: numpy's 64-bit ``%`` (the format of stored signatures)."""
    found = similarity.shingles(text)
    if len(found) < similarity.MIN_SHINGLES:
        return b""
    base = np.fromiter((zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in found), np.uint64)
    p = similarity._PRIME
    hashed = ((base % p)[:, None] * similarity._A[None, :] + similarity._B[None, :]) % p
    return hashed.min(axis=0).astype("<u4").tobytes()


def test_remainder_equals_division_at_the_edges_and_at_random():
    p = int(similarity._PRIME)
    edges = [0, 1, 4, 5, p - 1, p, p + 1, 2**32 - 1, 2**32, p * p - 1, p * p + p - 1, 2**64 - 1]
    rng = np.random.default_rng(7)
    values = np.concatenate(
        [np.array(edges, np.uint64), rng.integers(0, 2**64 - 1, 100_000, np.uint64, True)]
    )
    assert (similarity._mod(values.copy()) == values % similarity._PRIME).all()


def test_signature_equals_the_plain_formula():
    rng = np.random.default_rng(3)
    vocabulary = ["Bund", "Land", "Straße", "über", "Zoë", "x\udcff", "Polizei", "sagte", "und"]
    for _ in range(50):
        text = " ".join(rng.choice(vocabulary, int(rng.integers(0, 400))))
        assert similarity.signature(text) == _plain_signature(text)


def test_shingles_are_runs_of_three_words():
    assert similarity.shingles("a b c d c") == {"a b c", "b c d", "c d c"}
    assert similarity.shingles("a b") == set()
