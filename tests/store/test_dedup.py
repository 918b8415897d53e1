"""MinHash signatures and LSH band keys for wire copies."""

from __future__ import annotations

import numpy as np

from parley.store import dedup

STORY = " ".join(f"word{n}" for n in range(200))


def test_signature_of_short_text_is_none() -> None:
    assert dedup.signature("too short to shingle") is None


def test_signature_is_deterministic() -> None:
    assert np.array_equal(dedup.signature(STORY), dedup.signature(STORY))  # type: ignore[arg-type]


def test_signature_ignores_case_and_punctuation() -> None:
    assert np.array_equal(dedup.signature(STORY), dedup.signature(STORY.upper().replace(" ", ", ")))  # type: ignore[arg-type]


def test_similarity_of_trimmed_copy_is_above_threshold() -> None:
    copy = " ".join(STORY.split()[:170]) + " reporting by the desk"
    similarity = dedup.similarity(dedup.signature(STORY), dedup.signature(copy))  # type: ignore[arg-type]
    assert similarity >= dedup.THRESHOLD


def test_similarity_of_different_texts_is_low() -> None:
    other = " ".join(f"term{n}" for n in range(200))
    assert dedup.similarity(dedup.signature(STORY), dedup.signature(other)) < 0.1  # type: ignore[arg-type]


def test_band_keys_one_per_band() -> None:
    keys = dedup.band_keys(dedup.signature(STORY))  # type: ignore[arg-type]
    assert [band for band, _ in keys] == list(range(dedup.BANDS))


def test_copies_share_a_band_key() -> None:
    copy = STORY + " With reporting by AP."
    left = set(dedup.band_keys(dedup.signature(STORY)))  # type: ignore[arg-type]
    right = set(dedup.band_keys(dedup.signature(copy)))  # type: ignore[arg-type]
    assert left & right
