"""An article's text as HTML paragraphs with its quotes and speakers marked.

Every piece of article text goes through ``markupsafe.escape``; the only markup is
what this module writes. Quotes are marked in their speaker's colour (a class
``speaker-N``, N the speaker's place among the article's speakers), the words
naming the speaker in each attribution likewise. Marks nest (a quote inside a
quote); a span that crosses another one's edge is left unmarked rather than
breaking the nesting, and spans crossing a paragraph break are cut there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from parley.records import Article, Quote

PALETTE_SIZE = 8
"""Colours in the style sheet (``.speaker-0`` … ``.speaker-7``); later speakers reuse them."""


@dataclass(slots=True)
class Span:
    start: int
    end: int
    tag: str
    attributes: dict[str, str]
    children: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    html: Markup
    heading: str | None = None


def speaker_colours(article: Article) -> dict[str, int]:
    """Each speaker's colour number, in the order the speakers are first quoted."""
    colours: dict[str, int] = {}
    for quote in sorted(article.quotes, key=lambda q: q.start):
        key = speaker_key(quote)
        if key is not None and key not in colours:
            colours[key] = len(colours) % PALETTE_SIZE
    return colours


def speaker_key(quote: Quote) -> str | None:
    return quote.speaker_id or quote.speaker


def _spans(article: Article, colours: dict[str, int]) -> list[Span]:
    length = len(article.text)
    spans = []
    for quote in article.quotes:
        key = speaker_key(quote)
        colour = f"speaker-{colours[key]}" if key is not None else "speaker-none"
        if 0 <= quote.start < quote.end <= length:
            spans.append(
                Span(quote.start, quote.end, "mark", {
                    "class": f"quote {colour}", "data-quote": quote.id,
                    "aria-describedby": f"tip-{quote.id}",
                })
            )  # fmt: skip
        start, end = quote.speaker_start, quote.speaker_end
        if start is not None and end is not None and 0 <= start < end <= length:
            spans.append(
                Span(start, end, "span", {"class": f"speaker-ref {colour}", "data-quote": quote.id})
            )
    return spans


def _nest(spans: list[Span]) -> list[Span]:
    """The spans as a forest by containment; a span crossing an open one's end is dropped."""
    roots: list[Span] = []
    stack: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            continue
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots


def _render(text: str, lo: int, hi: int, spans: list[Span], seen: set[str]) -> str:
    """``text[lo:hi]`` escaped, with the parts of ``spans`` inside it marked up."""
    out: list[str] = []
    position = lo
    for span in spans:
        start, end = max(span.start, lo), min(span.end, hi)
        if start >= end:
            continue
        out.append(str(escape(text[position:start])))
        attributes = dict(span.attributes)
        quote = attributes.get("data-quote", "")
        # Only the first piece of a quote is its anchor and its stop for the Tab key.
        if span.tag == "mark" and quote not in seen:
            seen.add(quote)
            attributes["id"] = f"q-{quote}"
            attributes["tabindex"] = "0"
        rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())
        inner = _render(text, start, end, span.children, seen)
        out.append(f"<{span.tag} {rendered}>{inner}</{span.tag}>")
        position = end
    out.append(str(escape(text[position:hi])))
    return "".join(out)


def paragraphs(article: Article, colours: dict[str, int] | None = None) -> list[Paragraph]:
    """The article's paragraphs as safe HTML, quotes and speakers marked, headings attached."""
    colours = speaker_colours(article) if colours is None else colours
    forest = _nest(_spans(article, colours))
    headings = {s.start: s.heading for s in article.sections}
    result = []
    seen: set[str] = set()
    position = 0
    for part in article.text.split("\n\n"):
        start, end = position, position + len(part)
        position = end + 2
        if not part.strip():
            continue
        html = Markup(_render(article.text, start, end, forest, seen))
        result.append(Paragraph(start=start, html=html, heading=headings.get(start)))
    return result


def mention_chain(article: Article, entity_id: str | None) -> list[str]:
    """The words by which the article refers to an entity, in order of appearance."""
    if entity_id is None:
        return []
    for entity in article.entities:
        if entity.id == entity_id:
            return [
                article.text[s:e] for s, e in entity.mentions if 0 <= s < e <= len(article.text)
            ]
    return []
