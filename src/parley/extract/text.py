"""Already-scraped plain text to Article.

No library cleans scraped news text (trafilatura returns nothing on raw text;
jusText and boilerpy3 drop the headline and byline and keep captions: see
shared/research/extraction.md), so this is ours. The order matters:

1. Lines: normalise whitespace; join hard-wrapped lines back into paragraphs.
2. Classify each line with ``parley.extract.furniture``: furniture, caption or
   banner marker (which also claims the short line after it), byline, dateline,
   wire credit, prose (a sentence), or other.
3. Body block: the run of lines with the most prose net of everything else
   (``body_span``). A whole page's text (menus, teasers of other stories,
   comments, footers) has prose in many places; the story is where it is
   densest and holds together.
4. Header: the headline, bylines and the dateline sit just above the block's
   first paragraph (a standfirst may sit between them). Reading them before
   the body keeps a byline from being mistaken for furniture (and gives
   authors and the date).
5. Body: from the first prose line after the header to the block's last prose
   line that is not the publisher's self-description. Inside it, furniture and
   captions go; credit lines become credits; short lines without final
   punctuation become section headings; every other line stays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from parley.extract import furniture
from parley.extract.language import detect_language
from parley.extract.structure import HEAD, PARAGRAPH, assemble, word_count
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
_HEADER_LINES = 20
"""How far around the body's first paragraph the header is looked for."""
# What a line that is not prose costs the body block, in words of prose. Tuned
# on the dev half of the benchmark pages (parley eval extraction --input text).
_OTHER_COST = 12.0
_FURNITURE_COST = 16.0
_CLOSING_COST = 50.0
_META_COST = 1.0
_TEASER_FACTOR = 0.5
"""A teaser's words count for this much."""
_TEASER_HEADLINE_WORDS = 4
_TEASER_RUN = 3
_GAPS = re.compile(r"\t+| {2,}")
# Scripts written without spaces between words (as in parley.extract.structure).
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]"
)
_PUNCTUATION = re.compile(r"[.,;:!?…、，。！？؟।\"“”«»()]")
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
    first, last = body_span(lines)
    title_at, header_end = _header(lines, first)
    authors: list[str] = []
    credits: list[str] = []
    dates: list[dt.date] = []
    for line in lines[:header_end]:
        _collect_meta(line, authors, credits, dates)
    start = next(
        (i for i in range(max(first, header_end), last + 1) if lines[i].kind == PROSE), first
    )
    end = last
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
    words = word_count(body)
    if words < min_words:
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has {words} words of article text; at least {min_words} are needed.",
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
            and _words(text) <= _MAX_CAPTION_WORDS
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
    if _is_list_line(text):
        return OTHER
    # A long line with no punctuation at all is a tag cloud or a drop-down of
    # categories, not a sentence.
    count = _words(text)
    if (count >= 15 and _PUNCTUATION.search(text)) or (
        count >= 5 and furniture.TERMINAL.search(text)
    ):
        return PROSE
    return OTHER


def _is_list_line(text: str) -> bool:
    """Mostly numbers or dates in a row ("October 2019 September 2019 …", an
    archive menu; a row of scores), not a sentence."""
    # Counted over split tokens, not with a regex: ``[^\s\d]*\d\S*`` rescans a long
    # run without digits from every position (quadratic on a line of 100,000 quote marks).
    tokens = text.split()
    with_digits = sum(any(c.isdecimal() for c in token) for token in tokens)
    return with_digits >= 3 and with_digits * 2 > len(tokens) >= 4


def _words(text: str) -> float:
    """Words in ``text``; in scripts written without spaces, two characters make one."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(furniture.words(text))
    return len(furniture.words(_UNSPACED.sub(" ", text))) + unspaced / 2


def _header(lines: list[_Line], body_start: int = 0) -> tuple[int | None, int]:
    """(index of the headline, index where the header ends).

    The header is what precedes the first real paragraph (a prose line of 12+
    words) of the body block, within a few lines above it. The headline is the
    nearest headline-like line above the first byline or dateline (or above the
    first paragraph when there is neither); the header ends after the headline
    and the last byline or dateline.
    """
    first_paragraph = next(
        (
            i
            for i in range(body_start, len(lines))
            if lines[i].kind == PROSE and _words(lines[i].text) >= 12
        ),
        body_start,
    )
    top = max(0, body_start - _HEADER_LINES)
    meta = [i for i in range(top, first_paragraph) if lines[i].kind in (BYLINE, DATELINE)]
    # The headline sits right above the byline or dateline (or the first paragraph);
    # title-like lines further up are the site's name, kickers and banners.
    limit = meta[0] if meta else first_paragraph
    # A standfirst: a paragraph under the headline with the byline or dateline
    # below it, before the story's first paragraph.
    after = first_paragraph + 1
    while after < min(len(lines), first_paragraph + _HEADER_LINES) and lines[after].kind != PROSE:
        if lines[after].kind in (BYLINE, DATELINE):
            meta.append(after)
        after += 1
    title_at = next((i for i in range(limit - 1, top - 1, -1) if _is_title(lines[i])), None)
    if title_at is None and meta:
        title_at = next(
            (i for i in range(meta[-1] + 1, first_paragraph) if _is_title(lines[i])), None
        )
    header_end = max([title_at + 1 if title_at is not None else 0] + [i + 1 for i in meta])
    return title_at, header_end


def _is_title(line: _Line) -> bool:
    if line.kind not in (OTHER, PROSE):
        return False
    count = _words(line.text)
    return 3 <= count <= _MAX_TITLE_WORDS and not line.text.endswith(".")


def body_span(lines: list[_Line]) -> tuple[int, int]:
    """(first, last) index of the article's block of lines.

    The block with the most prose in it net of what is not prose: each prose
    line adds its words, each other line costs a fixed amount (furniture
    more), and the best-scoring contiguous run of lines wins (the
    maximum-subarray idea of body-text extraction). One heading or caption
    between two paragraphs costs little, so the story holds together; a menu,
    a list of headlines or a comment thread costs a line each, so prose beyond
    it (a cookie notice, teasers, comments) is cut off unless it outweighs the
    gap. The block ends at its last prose line that is not the publisher
    describing itself.
    """
    best = run = 0.0
    best_span = (0, len(lines) - 1)
    run_start = 0
    found = False
    for i, weight in enumerate(_weights(lines)):
        if run <= 0:
            if weight <= 0:
                continue
            run, run_start = weight, i
        else:
            run += weight
        if run > best:
            best, best_span, found = run, (run_start, i), True
    if not found:
        return 0, len(lines) - 1
    first, last = best_span
    while last > first and (
        lines[last].kind != PROSE or furniture.is_self_description(lines[last].text)
    ):
        last -= 1
    return first, last


def _weights(lines: list[_Line]) -> list[float]:
    """Each line's worth to the body block.

    A prose line counts its words; a short sentence ("No.") nothing; a byline
    or dateline costs a little, another line more, furniture more again, and
    a header of what follows a story (comments, related stories) most. A
    prose line that appears twice on the page (a gallery caption, a repeated
    headline) costs like any other line, and a teaser counts for less.
    """
    weights = [_weight(line) for line in lines]
    seen = Counter(line.text for line in lines)
    for i, line in enumerate(lines):
        if line.kind == FURNITURE and furniture.is_closing(line.text):
            weights[i] = -_CLOSING_COST
        elif line.kind == PROSE and seen[line.text] > 1:
            weights[i] = -_OTHER_COST
    for i in _teasers(lines):
        weights[i] *= _TEASER_FACTOR
    return weights


def _teasers(lines: list[_Line]) -> set[int]:
    """Prose lines shaped like the teasers of a list of linked stories.

    A teaser stands without running text below it, and either sits under a
    headline-like line (4+ words, no final punctuation) or is one of a run of
    3+ prose lines that each stand alone between other lines (headline,
    author, date). Furniture (a caption, a share button) is skipped when
    looking at the neighbours, so it does not split a story's paragraphs.
    """
    story = [i for i, line in enumerate(lines) if line.kind != FURNITURE]
    running = [_is_running(lines[i]) for i in story]
    alone: list[int] = []
    found: set[int] = set()
    for at, i in enumerate(story):
        if lines[i].kind != PROSE or furniture.is_self_description(lines[i].text):
            continue
        above = lines[story[at - 1]] if at > 0 else None
        prose_above = at > 0 and running[at - 1]
        prose_below = at + 1 < len(story) and running[at + 1]
        if (
            not prose_below
            and above is not None
            and above.kind == OTHER
            and _words(above.text) >= _TEASER_HEADLINE_WORDS
        ):
            found.add(i)
        if prose_above or prose_below:
            if len(alone) >= _TEASER_RUN:
                found.update(alone)
            alone = []
        else:
            alone.append(i)
    if len(alone) >= _TEASER_RUN:
        found.update(alone)
    return found


def _is_running(line: _Line) -> bool:
    """Prose, or a short sentence ("No.") that reads as part of it."""
    return line.kind == PROSE or _is_short_sentence(line)


def _is_short_sentence(line: _Line) -> bool:
    return (
        line.kind == OTHER
        and bool(furniture.TERMINAL.search(line.text))
        and not line.text.rstrip().endswith(":")
    )


def _weight(line: _Line) -> float:
    if line.kind == PROSE:
        return float(_words(line.text))
    if _is_short_sentence(line):
        return 0.0
    if line.kind == FURNITURE:
        return -_FURNITURE_COST
    if line.kind == OTHER:
        return -_OTHER_COST
    return -_META_COST


def _is_heading(text: str) -> bool:
    return _words(text) <= _MAX_HEADING_WORDS and not furniture.TERMINAL.search(text)


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
