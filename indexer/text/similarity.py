"""Near-identical texts: MinHash signatures over word shingles, computed once per release.

Two releases are versions of one release when the Jaccard similarity of their sets of
``SHINGLE``-word shingles reaches ``THRESHOLD`` (the choice and its measurement: README,
"Fassungen"). The signature is ``HASHES`` minimum hash values of 32 bits; the share of equal
values estimates the Jaccard similarity (standard error about 0.06 at 0.6), good enough to
pick the pairs worth measuring exactly (``search.versions``).
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE = 3
HASHES = 64
THRESHOLD = 0.6
# Texts with fewer shingles are never versions of anything: one changed word in a ten-word
# text is another text (a short notice, a date line), and a few shingles estimate badly.
MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")
# h(x) = (a x + b) mod p, the largest prime below 2**32: a x + b stays below 2**64
_PRIME = np.uint64(4_294_967_291)
_RANDOM = np.random.default_rng(19)  # fixed: signatures of every index must compare
_A = _RANDOM.integers(1, int(_PRIME), HASHES, dtype=np.uint64)
_B = _RANDOM.integers(0, int(_PRIME), HASHES, dtype=np.uint64)
_LOW = np.uint64(0xFFFF_FFFF)
_HIGH = np.uint64(32)
_TWO = np.uint64(2)  # 2**32 = 5 (mod p): a remainder from shifts and masks, not a division
SIGNATURE_BYTES = HASHES * 4


def words(text: str) -> list[str]:
    """The words of a text in lower case, punctuation and layout left out."""
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The distinct runs of ``size`` consecutive words."""
    found = words(text)
    return set(map(" ".join, zip(*(found[i:] for i in range(size)), strict=False)))


def jaccard(a: set, b: set) -> float:
    """The exact Jaccard similarity of two sets (0 for two empty ones)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def signature(text: str) -> bytes:
    """The MinHash signature of a text's shingles; empty when it has fewer than MIN_SHINGLES."""
    # the shingles as UTF-8 bytes, joined from the words encoded at once (a word holds no line
    # break): the same distinct shingles as ``shingles``, without a string for each first
    found = words(text)
    encoded = "\n".join(found).encode("utf-8", "surrogatepass").split(b"\n")
    runs = set(map(b" ".join, zip(encoded, encoded[1:], encoded[2:], strict=False)))
    if len(runs) < MIN_SHINGLES:
        return b""
    base = np.fromiter(map(zlib.crc32, runs), np.uint64, len(runs))
    np.minimum(base, base - _PRIME, out=base)  # below p (a value below p wraps, so stays)
    hashed = base[:, None] * _A  # (a x + b) mod p, as ``_mod`` computes it
    hashed += _B
    return _mod(hashed).min(axis=0).astype("<u4").tobytes()


def _mod(y: np.ndarray) -> np.ndarray:
    """``y % _PRIME`` for uint64 values, in place: numpy's 64-bit division took half the time
    of a signature. With y = h 2**32 + l, y = 5 h + l (mod p); twice brings y below 2**32 + 30.
    5 h is h + 4 h (a shift and an add run on several values at once; a 64-bit multiply not)."""
    high = np.empty_like(y)
    for _ in range(2):
        np.right_shift(y, _HIGH, out=high)
        y &= _LOW
        y += high
        high <<= _TWO
        y += high
    np.subtract(y, _PRIME, out=high)
    np.minimum(y, high, out=y)  # y - p for y >= p; below p, y - p wraps above y
    return y


def similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity that two signatures estimate (0 when either is empty)."""
    if len(a) != SIGNATURE_BYTES or len(b) != SIGNATURE_BYTES:
        return 0.0
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))
