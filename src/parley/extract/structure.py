"""Blocks of an article (paragraphs and headings) to its text and sections.

Both extractors, HTML and plain text, end here so that ``Article.text`` has one
shape: body paragraphs joined by blank lines, with headings kept aside as
``Section`` records that point at the paragraph they introduce.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parley.records import Section

# Scripts written without spaces between words: each character counts as a word.
_UNSPACED = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f"
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")

HEAD = "head"
PARAGRAPH = "p"


def assemble(blocks: Iterable[tuple[str, str]]) -> tuple[str, tuple[Section, ...]]:
    """``(kind, text)`` blocks in reading order → (text, sections).

    A heading with no paragraph after it (the end of the article) is dropped:
    it introduces nothing.
    """
    paragraphs: list[str] = []
    sections: list[Section] = []
    offset = 0
    pending: list[str] = []
    for kind, text in blocks:
        if kind == HEAD:
            pending.append(text)
            continue
        for heading in pending:
            sections.append(Section(heading=heading, start=offset))
        pending = []
        paragraphs.append(text)
        offset += len(text) + 2
    return "\n\n".join(paragraphs), tuple(sections)


def word_count(text: str) -> int:
    """Words in ``text``; in Chinese, Japanese, Korean and Thai, characters.

    Splitting on spaces would count a whole Japanese paragraph as one word and
    reject a real article as too short.
    """
    return len(_WORD.findall(text))
