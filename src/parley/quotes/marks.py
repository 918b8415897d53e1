"""Quotation marks paired into quoted spans, robustly.

News mixes straight, curly and guillemet marks, leaves marks unbalanced, and
runs a quote over several paragraphs by opening each paragraph again without
closing the one before. The scanner works paragraph by paragraph (a paragraph
is a line), so an unbalanced mark never swallows the rest of the article:

- a double mark opens (“ « „, or " before a word) and the matching kind closes
  (” », or " after a word); marks inside an open quote are its nested quotes,
  counted so that “… “hell” …” closes at its own mark, and typographic marks inside a
  straight quote (pasted text) are nested in it too;
- a quote still open at the end of its paragraph runs to the paragraph's end
  when the next paragraph opens with a mark (the multi-paragraph convention)
  or when the quote opened the paragraph; otherwise its opening mark is taken
  for a stray one and dropped;
- two apostrophes ('') count as a straight double mark (a wire and NYT style);
- single curly marks (‘ … ’) quote only outside double quotes, and only when
  the closing ’ is not an apostrophe inside a word.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
_DOUBLE = OPENERS | CLOSERS | {STRAIGHT}


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted stretch: character offsets including its marks."""

    start: int
    end: int
    continues: bool = False
    """The quote goes on in the next paragraph (no closing mark here)."""


def between_marks(text: str | None, limit: int = 0) -> str:
    """A quote for display between curly marks, without doubling the marks it already has.

    A direct quote's text carries its own marks (``"We will not back down,"``); shown
    as is inside added ones it would read ``“"We will …,"”``. ``limit`` shortens the
    words to at most that many characters, at a word boundary, with an ellipsis.
    """
    body = (text or "").strip()
    if len(body) > 1 and body[0] in _DOUBLE and body[-1] in _DOUBLE:
        body = body[1:-1].strip()
    if limit and len(body) > limit:
        body = body[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{body}”"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _opens(text: str, i: int, start: int, width: int = 1) -> bool:
    """Whether the straight mark at ``i`` opens: after a space or a bracket, before a word."""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _opens_paragraph(text: str, span: tuple[int, int]) -> bool:
    head = text[span[0] : span[1]].lstrip()
    return bool(head) and (head[0] in OPENERS or head[0] == STRAIGHT)


def scan(text: str) -> list[Quoted]:
    """Every top-level quoted stretch of ``text``, in order; never raises."""
    found: list[Quoted] = []
    paragraphs = _paragraphs(text)
    for number, (start, end) in enumerate(paragraphs):
        opened: int | None = None
        single: int | None = None
        last_close: int | None = None
        depth = 0
        i = start
        while i < end:
            ch = text[i]
            width = 1
            if ch == "'" and text.startswith("''", i):
                ch, width = STRAIGHT, 2  # two apostrophes: a double mark in some wire styles
            if (
                opened is None
                and ch in CLOSERS
                and text[start:i].strip() == ""
                and i + 1 < end
                and text[i + 1].isalnum()
            ):
                opened, single, depth, last_close = i, None, 1, None  # ”Fortunately, … as opener
            elif opened is not None and ch == "“" and text[opened] == "„":
                found.append(Quoted(opened, i + 1))  # „low-high“ quotes
                opened = None
            elif (
                opened is not None
                and ch in OPENERS
                and text[opened] == STRAIGHT
                and STRAIGHT in text[i:end]
            ):
                # "… isn't about “Equal Justice” anymore …": typographic marks quoting
                # inside a straight quote that closes later in the paragraph
                depth += 1
            elif opened is not None and ch in OPENERS and text[opened] != ch:
                # an opening mark of another style: the first was stray
                opened, depth, last_close = i, 1, None
            elif opened is not None and ch in OPENERS:
                depth += 1  # “… what he calls “hell” …”: a quote inside the quote
            elif opened is not None and ch in CLOSERS and depth > 1:
                depth -= 1
                last_close = i
            elif opened is None and ch in _DOUBLE:
                if ch in OPENERS or (ch == STRAIGHT and _opens(text, i, start, width)):
                    opened, single, depth, last_close = i, None, 1, None
            elif (
                opened is not None
                and ch == STRAIGHT
                and text[opened] in OPENERS
                and (_opens(text, i, start, width) or "”" in text[i:end] or "»" in text[i:end])
            ):
                pass  # a straight mark inside a typographic quote ends it only as a last resort
            elif opened is not None and (
                ch in CLOSERS or (ch == STRAIGHT and not _opens(text, i, start, width))
            ):
                found.append(Quoted(opened, i + width))
                opened = None
            elif opened is None and ch == "‘" and (i == start or not text[i - 1].isalnum()):
                single = i
            elif (
                opened is None
                and single is not None
                and ch == "’"
                and (i + 1 >= end or not text[i + 1].isalnum())
                and i - single > 1
            ):
                found.append(Quoted(single, i + 1))
                single = None
            i += width
        if opened is not None:
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            continues = following is not None and _opens_paragraph(text, following)
            if continues or text[start:opened].strip() == "":
                found.append(Quoted(opened, end, continues=continues))
            elif last_close is not None and last_close > opened:
                # an inner quote left open: close at the last mark
                found.append(Quoted(opened, last_close + 1))
    return found
