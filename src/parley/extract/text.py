"""Already-scraped plain text to Article.

No library cleans scraped news text (trafilatura returns nothing on raw text;
jusText and boilerpy3 drop the headline and byline and keep captions: see
shared/research/extraction.md), so this is ours. The order matters:

1. Lines: normalise whitespace; join hard-wrapped lines back into paragraphs.
2. Classify each line with ``parley.extract.furniture``: furniture, caption or
   banner marker (which also claims the short line after it), byline, dateline,
   wire credit, prose (a sentence), or other.
3. Header first: the headline, bylines and the dateline sit above the first
   paragraph. Reading them before anything else keeps a byline from being
   mistaken for furniture (and gives authors and the date).
4. Body: from the first prose line after the header to the last prose line
   that is not the publisher's self-description. Inside it, furniture and
   captions go; credit lines become credits; short lines without final
   punctuation become section headings; every other line stays.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from parley.extract import furniture
from parley.extract.language import detect_language
from parley.extract.structure import HEAD, PARAGRAPH, assemble
from parley.records import Article, Rejection

FURNITURE = "furniture"
BYLINE = "byline"
DATELINE = "dateline"
CREDIT = "credit"
PROSE = "prose"
OTHER = "other"

_MAX_CAPTION_WORDS = 40
_MAX_HEADING_WORDS = 12
_MAX_TITLE_WORDS = 30
_GAPS = re.compile(r"\t+| {2,}")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    kind: str


def extract_text(
    text: str,
    *,
    source: str,
    url: str | None = None,
    published: dt.date | None = None,
    min_words: int = 20,
) -> Article | Rejection:
    """The article in scraped ``text``, or a Rejection when there is none."""
    lines = classify(paragraph_lines(text))
    if not any(line.kind == PROSE for line in lines):
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has no line of running prose; it does not look like an article.",
        )
    title_at, header_end = _header(lines)
    authors: list[str] = []
    credits: list[str] = []
    dates: list[dt.date] = []
    for line in lines[:header_end]:
        _collect_meta(line, authors, credits, dates)
    start = (
        next(i for i in range(header_end, len(lines)) if lines[i].kind == PROSE)
        if any(line.kind == PROSE for line in lines[header_end:])
        else header_end
    )
    end = _body_end(lines)
    blocks: list[tuple[str, str]] = []
    for line in lines[start : end + 1]:
        if line.kind in (BYLINE, DATELINE, CREDIT):
            _collect_meta(line, authors, credits, dates)
        elif line.kind == OTHER and _is_heading(line.text):
            blocks.append((HEAD, line.text))
        elif line.kind != FURNITURE:
            blocks.append((PARAGRAPH, line.text))
    for line in lines[end + 1 :]:
        if line.kind == CREDIT:
            _collect_meta(line, authors, credits, dates)
    body, sections = assemble(blocks)
    word_count = len(body.split())
    if word_count < min_words:
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has {word_count} words of article text; at least {min_words} "
            "are needed.",
        )
    return Article(
        text=body,
        url=url,
        title=lines[title_at].text if title_at is not None else None,
        published=published or (dates[0] if dates else None),
        authors=tuple(dict.fromkeys(authors)),
        credits=tuple(dict.fromkeys(credits)),
        language=detect_language(body),
        sections=sections,
        source=source,
    )


def paragraph_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines; hard-wrapped paragraphs rejoined.

    One line per paragraph is how scraped text usually comes. A block of long
    lines that mostly end mid-sentence was wrapped at a fixed width instead, and
    its lines are joined.
    """
    blocks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", _menu_separators(raw)).strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    lines: list[str] = []
    for block in blocks:
        lines.extend([" ".join(block)] if _is_wrapped(block) else block)
    return lines


def _menu_separators(raw: str) -> str:
    """Make menu items laid out with runs of spaces or tabs ("World  Politics  Sport")
    visible as a menu once whitespace is normalised."""
    items = [item for item in _GAPS.split(raw.strip()) if item]
    if len(items) >= 3 and all(
        len(item.split()) <= 3 and item[0].isupper() and not furniture.TERMINAL.search(item)
        for item in items
    ):
        return " | ".join(items)
    return raw


def _is_wrapped(block: list[str]) -> bool:
    if len(block) < 2 or any(len(line) > 100 for line in block):
        return False
    inner = block[:-1]
    if any(len(line) < 40 for line in inner):
        return False
    open_ended = sum(1 for line in inner if not furniture.TERMINAL.search(line))
    return open_ended * 2 >= len(inner)


def classify(texts: list[str]) -> list[_Line]:
    """Each line with its kind; a marker also claims the short line after it."""
    lines: list[_Line] = []
    claimed = False
    for text in texts:
        if (
            claimed
            and len(furniture.words(text)) <= _MAX_CAPTION_WORDS
            and not (furniture.byline_names(text) or furniture.date_in(text))
        ):
            lines.append(_Line(text, FURNITURE))
            claimed = False
            continue
        claimed = furniture.is_marker(text)
        lines.append(_Line(text, _kind(text)))
    return lines


def _kind(text: str) -> str:
    if furniture.credits_in(text) is not None:
        return CREDIT
    if furniture.is_furniture(text):
        return FURNITURE
    if furniture.byline_names(text) is not None:
        return BYLINE
    if furniture.date_in(text) is not None:
        return DATELINE
    count = len(furniture.words(text))
    if count >= 15 or (count >= 5 and furniture.TERMINAL.search(text)):
        return PROSE
    return OTHER


def _header(lines: list[_Line]) -> tuple[int | None, int]:
    """(index of the headline, index where the header ends).

    The header is what precedes the first real paragraph (a prose line of 12+
    words). The headline is the nearest headline-like line above the first
    byline or dateline (or above the first paragraph when there is neither);
    the header ends after the headline and the last byline or dateline.
    """
    first_paragraph = next(
        (i for i, line in enumerate(lines) if line.kind == PROSE and len(line.text.split()) >= 12),
        len(lines),
    )
    meta = [i for i in range(first_paragraph) if lines[i].kind in (BYLINE, DATELINE)]
    # The headline sits right above the byline or dateline (or the first paragraph);
    # title-like lines further up are the site's name, kickers and banners.
    limit = meta[0] if meta else first_paragraph
    title_at = next((i for i in range(limit - 1, -1, -1) if _is_title(lines[i])), None)
    if title_at is None and meta:
        title_at = next(
            (i for i in range(meta[-1] + 1, first_paragraph) if _is_title(lines[i])), None
        )
    header_end = max([title_at + 1 if title_at is not None else 0] + [i + 1 for i in meta])
    return title_at, header_end


def _is_title(line: _Line) -> bool:
    if line.kind not in (OTHER, PROSE):
        return False
    count = len(furniture.words(line.text))
    return 3 <= count <= _MAX_TITLE_WORDS and not line.text.endswith(".")


def _body_end(lines: list[_Line]) -> int:
    """Index of the last prose line that is not the publisher describing itself."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].kind == PROSE and not furniture.is_self_description(lines[i].text):
            return i
    return len(lines) - 1


def _is_heading(text: str) -> bool:
    return len(furniture.words(text)) <= _MAX_HEADING_WORDS and not furniture.TERMINAL.search(text)


def _collect_meta(
    line: _Line, authors: list[str], credits: list[str], dates: list[dt.date]
) -> None:
    if line.kind == BYLINE:
        names = furniture.byline_names(line.text)
        if names:
            authors.extend(names[0])
            credits.extend(names[1])
    elif line.kind == DATELINE:
        found = furniture.date_in(line.text)
        if found and found[0] is not None:
            dates.append(found[0])
    elif line.kind == CREDIT:
        credits.extend(furniture.credits_in(line.text) or ())
