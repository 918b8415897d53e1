"""HTML page to Article with trafilatura.

trafilatura (``favor_precision``) finds the main content and the metadata
(title, date, authors). We walk the XML body it returns rather than its flat
text so that subheadings become ``Section`` records instead of body sentences,
and list items stay separate paragraphs. The article's own date (htmldate)
is only a guess from the page; a caller's ``published`` overrides it.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import Any

from trafilatura import bare_extraction

from parley.extract.furniture import split_credits
from parley.extract.language import detect_language
from parley.extract.structure import assemble, word_count
from parley.records import Article, Rejection

_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_RETRY_BELOW_WORDS = 50
"""A precision-mode body shorter than this is retried in balanced mode."""
_PUNCTUATION = re.compile(r"[.!?…:;,。！？؟।、，؛،]")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\band\b|&)\s*")


def extract_html(
    html: str,
    *,
    source: str,
    url: str | None = None,
    published: dt.date | None = None,
    min_words: int = 20,
) -> Article | Rejection:
    """The article in ``html``, or a Rejection when the page holds none."""
    try:
        result = _trafilatura(html, url, favor_precision=True)
        precise_words = word_count(result.text or "") if result is not None else 0
        if precise_words < _RETRY_BELOW_WORDS:
            # Precision mode sometimes prunes the whole story and keeps a notice;
            # balanced mode then finds it. Keep whichever body is longer.
            balanced = _trafilatura(html, url, favor_precision=False)
            if balanced is not None and word_count(balanced.text or "") > precise_words:
                result = balanced
    except Exception as exc:  # lxml raises many types on broken markup
        return Rejection(
            source=source,
            reason="unreadable",
            message=f"{source} could not be parsed as HTML ({type(exc).__name__}: {exc}).",
        )
    if result is None or result.body is None:
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has no article text that parley could find.",
        )
    title = _clean(result.title)
    blocks = _blocks(result.body, title)
    paragraphs, credits = split_credits([text for kind, text in blocks if kind == "p"])
    kept = set(paragraphs)
    text, sections = assemble([(k, t) for k, t in blocks if k == "head" or t in kept])
    words = word_count(text)
    if words < min_words:
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has {words} words of article text; at least {min_words} are needed.",
        )
    if not _PUNCTUATION.search(text):
        # A page of links (a menu, a section index) that trafilatura kept as the body;
        # even a calendar or a list of results has a colon or a comma somewhere.
        return Rejection(
            source=source,
            reason="not_article",
            message=f"{source} has no punctuation in its text (a page of links or navigation).",
        )
    return Article(
        text=text,
        url=url or _clean(getattr(result, "url", None)),
        title=title,
        published=published or _date(result.date),
        authors=_authors(result.author),
        credits=credits,
        language=_language(html) or detect_language(text),
        sections=sections,
        source=source,
    )


def _trafilatura(html: str, url: str | None, *, favor_precision: bool) -> Any:
    with warnings.catch_warnings():
        # trafilatura/htmldate warn on odd markup; an odd page is not an error here.
        warnings.simplefilter("ignore")
        return bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=favor_precision,
            include_comments=False,
            include_tables=True,
        )


def _blocks(body: Any, title: str | None) -> list[tuple[str, str]]:
    """The body as ("head", heading) and ("p", paragraph) blocks in reading order."""
    blocks: list[tuple[str, str]] = []
    for element in body:
        if element.tag == "head":
            heading = _clean(" ".join(element.itertext()))
            if heading and heading != title:
                blocks.append(("head", heading))
            continue
        items = element if element.tag == "list" else [element]
        for item in items:
            paragraph = _clean(" ".join(item.itertext()))
            if paragraph:
                blocks.append(("p", paragraph))
    return blocks


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    names = (name.strip(" ,") for name in _AUTHOR_SPLIT.split(value))
    return tuple(dict.fromkeys(name for name in names if name))


def _language(html: str) -> str | None:
    match = _LANG.search(html[:4096])
    return match.group(1).lower() if match else None
