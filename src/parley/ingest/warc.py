"""WARC and WARC.gz archives (Common Crawl News) → ``Document`` records, streamed.

warcio reads one record at a time from the open file (gzip members included),
so memory stays flat whatever the archive's size. Only HTML pages are taken:
``response`` records with HTTP status 200 and an HTML content type, and
``resource`` records of HTML. Each keeps the original URL (``WARC-Target-URI``)
and the fetch date (``WARC-Date``). A truncated or corrupt archive ends with a
``Rejection`` naming the file and the byte offset reached; the documents read
before it stand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from parley.records import Document, Rejection

SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def read_warc(
    path: Path, *, published: dt.date | None = None, max_bytes: int = 20_000_000
) -> Iterator[Document | Rejection]:
    """Each HTML page in the archive as a Document; unreadable parts as Rejections."""
    offset = end = 0
    records_read = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                records_read += record.format.startswith("warc")
                result = (
                    _page(record, path, published, max_bytes) if _is_html_page(record) else None
                )
                # Asked only now: warcio finds the offset by reading the record to its end.
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                if _cut_short(record):
                    yield Rejection(
                        source=f"{path}@{offset}",
                        reason="unreadable",
                        message=f"{path} ends inside the record at byte {offset:,}: the archive "
                        "is truncated; the pages before it were kept.",
                    )
                    return
                if isinstance(result, Rejection):
                    yield Rejection(
                        source=f"{path}@{offset}",
                        reason=result.reason,
                        message=f"The record at byte {offset:,} of {result.message}",
                    )
                elif result is not None:
                    yield replace(result, source=f"{path}@{offset}")
        if not records_read:
            yield Rejection(
                source=str(path),
                reason="unreadable",
                message=f"{path} holds no WARC records; is it a web archive?",
            )
        elif end < size:
            # warcio ends quietly on a record whose gzip member or headers are cut short,
            # dropping it: bytes left after the last whole record are the sign.
            yield Rejection(
                source=str(path),
                reason="unreadable",
                message=f"{path} is truncated or damaged after byte {end:,} of {size:,}; "
                "the pages before it were kept.",
            )
    except Exception as exc:  # noqa: BLE001
        # A truncated or corrupt archive surfaces from warcio as anything from zlib.error
        # and EOFError to an AttributeError on a half-read header; each ends this file only.
        reason = " ".join(str(exc).split()) or type(exc).__name__
        yield Rejection(
            source=str(path),
            reason="unreadable",
            message=f"{path} could not be read after byte {end:,} "
            f"({type(exc).__name__}: {reason}); the pages before it were kept.",
        )


def _page(
    record: ArcWarcRecord, path: Path, published: dt.date | None, max_bytes: int
) -> Document | Rejection:
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejection(
            source=str(path),
            reason="too_large",
            message=f"{path} holds more than {max_bytes:,} bytes "
            "(raise the limit with --max-bytes).",
        )
    return Document(
        source=str(path),
        content=payload,
        content_type="text/html",
        url=_target_uri(record),
        published=published,
        fetched_at=_warc_date(record),
    )


def _cut_short(record: ArcWarcRecord) -> bool:
    """A record warcio read to its end that still lacks bytes its header promised.

    warcio hands over a record cut short by the end of the file as if it were whole;
    a missing Content-Length (which every WARC record has) or its length-limited
    reader still expecting bytes tells them apart.
    """
    if record.format.startswith("warc") and not record.rec_headers.get_header("Content-Length"):
        return True
    remaining = getattr(record.raw_stream, "limit", None)
    return not isinstance(remaining, int) or remaining > 0


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return False
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return "html" in content_type.lower()


def _target_uri(record: ArcWarcRecord) -> str | None:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    # Some writers (and WARC 1.0's grammar) wrap the URI in angle brackets.
    return uri.strip().strip("<>") if uri else None


def _warc_date(record: ArcWarcRecord) -> dt.datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    # Stored as naive UTC, like every timestamp in the database.
    return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
