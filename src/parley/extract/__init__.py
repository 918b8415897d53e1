"""Extract stage: ``Document`` → ``Article`` (or a ``Rejection`` with its reason).

Reads the document's bytes or text, refuses what is empty, binary, too large or
undecodable, then hands HTML to trafilatura (``html.py``) and scraped plain text
to parley's own line-based cleaner (``text.py``). Adds title, publication date,
authors, wire credits, language, body paragraphs and section headings.
"""

from __future__ import annotations

import dataclasses

from parley.config import Config
from parley.extract.decode import decode
from parley.extract.html import extract_html
from parley.extract.text import extract_text
from parley.records import Article, Document, Rejection

__all__ = ["extract", "extract_html", "extract_text", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    """Markup in the first kilobytes: a doctype or one of the tags every page has."""
    head = text[:4096].lower()
    return any(tag in head for tag in ("<!doctype html", "<html", "<body", "<head", "<p>", "<div"))


def extract(document: Document, config: Config | None = None) -> Article | Rejection:
    """The article in ``document``; a Rejection (never an exception) when there is none.

    Both carry the document's own id when it has one.
    """
    result = _extract(document, config or Config())
    if isinstance(result, Rejection):
        return dataclasses.replace(result, id=document.id)
    return dataclasses.replace(
        result, id=document.id or result.sha1, fetched_at=document.fetched_at
    )


def _extract(document: Document, config: Config) -> Article | Rejection:
    content = document.content
    size = len(content.encode("utf-8", "ignore")) if isinstance(content, str) else len(content)
    if size > config.max_bytes:
        return Rejection(
            source=document.source,
            reason="too_large",
            message=f"{document.source} is {size:,} bytes; the limit is {config.max_bytes:,} "
            "(raise it with --max-bytes).",
        )
    text = decode(content, document.source) if isinstance(content, bytes) else content
    if isinstance(text, Rejection):
        return text
    if not text.strip():
        return Rejection(
            source=document.source, reason="empty", message=f"{document.source} is empty."
        )
    is_html = document.content_type == "text/html" or (
        document.content_type != "text/plain" and looks_like_html(text)
    )
    extractor = extract_html if is_html else extract_text
    result = extractor(
        text,
        source=document.source,
        url=document.url,
        published=document.published,
        min_words=config.min_words,
    )
    if isinstance(result, Article) and len(result.text) > config.max_chars:
        return Rejection(
            source=document.source,
            reason="too_large",
            message=f"{document.source} has {len(result.text):,} characters of article text; "
            f"the limit is {config.max_chars:,}.",
        )
    return result
