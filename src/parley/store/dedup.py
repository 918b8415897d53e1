"""Near-duplicate articles (wire copies): MinHash signatures and LSH band keys.

The same agency story republished by many outlets differs only in a headline, a
lead, a trimmed last paragraph. Each article's text becomes a set of word
5-grams; datasketch's ``MinHash`` summarises it in 128 numbers whose agreement
estimates the Jaccard similarity of two sets. ``MinHashLSH`` chooses how to cut
a signature into bands for the threshold; the band keys go into the database
(``article_bands``) rather than datasketch's in-memory index, so the index
survives between runs and costs no memory however large the corpus. This
module computes; the store writes and looks up.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.5
"""Estimated Jaccard similarity of 5-gram sets at and above which two articles are copies."""
NUM_PERM = 128
SHINGLE = 5
_SEED = 1

_PARAMS = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS: int = _PARAMS.b
ROWS: int = _PARAMS.r
_WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of ``text``'s word 5-grams; None when it has fewer words."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - 4)}
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch(list(shingles))
    # datasketch keeps 32-bit hash values in a uint64 array; the store keeps them as UINTEGER.
    return minhash.hashvalues.astype(np.uint32)


def band_keys(values: np.ndarray) -> list[tuple[int, int]]:
    """(band, key) for each LSH band: articles sharing any key are candidate copies."""
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(
                    values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8
                ).digest(),
                "big",
            ),
        )
        for band in range(BANDS)
    ]


def similarity(left: np.ndarray, right: Sequence[int] | np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts the signatures were made from."""
    return float(np.mean(left == np.asarray(right, dtype=np.uint32)))
