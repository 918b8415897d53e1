"""Language identification of clean text with py3langid (its model ships in the wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the guess is weak."""
    sample = text[:5000]
    if len(sample.split()) < 3:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= 0.5 else None
