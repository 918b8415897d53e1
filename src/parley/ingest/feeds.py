"""RSS/Atom feeds and URL lists → the pages they point to, as ``Document`` records.

A feed (a URL or a saved file) is parsed with feedparser from bytes parley has
fetched itself, so feedparser never touches the network; each entry's link is
then fetched with the run's ``Fetcher`` (its limits and politeness apply). A URL
list is a text file of one URL a line; blank lines and ``#`` comments are
skipped. A feed that is not a feed, an entry without a link and a line that is
not a URL are each a ``Rejection`` in their place, and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import feedparser

from parley.ingest.fetch import Fetcher, is_url
from parley.records import Document, Rejection

FEED_SUFFIXES = (".rss", ".atom")


def looks_like_feed(document: Document) -> bool:
    """A fetched document that is a feed rather than a page (by media type or first tag)."""
    if document.content_type == "text/html":
        return False
    content = document.content
    head = (content[:1024] if isinstance(content, bytes) else content[:1024].encode()).lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(
    location: str, fetcher: Fetcher, *, published: dt.date | None = None
) -> Iterator[Document | Rejection]:
    """The pages a feed links to; ``location`` is an http(s) URL or a file."""
    if is_url(location):
        fetched = fetcher.fetch(location)
        if isinstance(fetched, Rejection):
            yield fetched
            return
        content = fetched.content
    else:
        try:
            content = Path(location).read_bytes()
        except OSError as exc:
            yield Rejection(
                source=location, reason="missing", message=f"{location} could not be read: {exc}."
            )
            return
    raw = content.encode("utf-8") if isinstance(content, str) else content
    yield from feed_entries(raw, location, fetcher, published=published)


def feed_entries(
    content: bytes, source: str, fetcher: Fetcher, *, published: dt.date | None = None
) -> Iterator[Document | Rejection]:
    """Fetch each entry's link of the feed in ``content``."""
    # A file-like object: given a str, feedparser would treat a URL-looking value as one to
    # fetch. The feed's own URL is the base that relative entry links resolve against.
    headers = {"content-location": source} if is_url(source) else None
    try:
        parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
        problem = None
    except Exception as exc:  # noqa: BLE001 (feedparser's own failures on odd bytes)
        parsed, problem = feedparser.FeedParserDict(entries=[]), f"{type(exc).__name__}: {exc}"
    # An empty document has no `version` at all (attribute access raises): .get() it.
    if not parsed.get("entries") and (problem or parsed.get("bozo") or not parsed.get("version")):
        problem = problem or parsed.get("bozo_exception") or "no RSS or Atom elements"
        yield Rejection(
            source=source,
            reason="bad_feed",
            message=f"{source} is not an RSS or Atom feed ({problem}).",
        )
        return
    for number, entry in enumerate(parsed.get("entries", []), start=1):
        link = entry.get("link")
        if not link:
            yield Rejection(
                source=f"{source}#{number}",
                reason="bad_record",
                message=f"Entry {number} of {source} has no link to fetch.",
            )
            continue
        yield fetcher.fetch(link, published=published)


def read_url_list(
    location: str, fetcher: Fetcher, *, published: dt.date | None = None
) -> Iterator[Document | Rejection]:
    """Fetch every URL listed in the file ``location`` (``-`` for stdin is not supported)."""
    path = Path(location)
    if not path.is_file():
        yield Rejection(source=location, reason="missing", message=f"{location} does not exist.")
        return
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not is_url(url):
                yield Rejection(
                    source=f"{location}:{number}",
                    reason="bad_record",
                    message=f"{location}:{number} is not a URL: {url[:80]!r}.",
                )
                continue
            yield fetcher.fetch(url, published=published)
