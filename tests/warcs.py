"""WARC archives built in tests with warcio's writer (the format Common Crawl News uses)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(
    path: Path,
    pages: Iterable[tuple[str, bytes]],
    *,
    date: str = "2021-03-19T10:00:00Z",
    extra: bool = True,
) -> Path:
    """A WARC (gzipped when ``path`` ends in .gz) of ``(url, html)`` responses.

    With ``extra``, each page is preceded by its request record and followed by
    a non-HTML response and a 404, as a real crawl would hold, which must be skipped.
    """
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, html in pages:
            records = [_response(writer, url, html, "text/html; charset=utf-8", date)]
            if extra:
                request = writer.create_warc_record(
                    url,
                    "request",
                    payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                    warc_headers_dict={"WARC-Date": date},
                )
                image = _response(writer, url + ".png", b"\x89PNG", "image/png", date)
                gone = _response(writer, url + "?gone", b"gone", "text/html", date, "404 Not Found")
                records = [request, *records, image, gone]
            for record in records:
                writer.write_record(record)
                # warcio spools the payload to a temporary file to digest it and never
                # closes it; close it here rather than leave a ResourceWarning.
                record.raw_stream.close()
    return path


def _response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, date: str, status: str = "200 OK"
):
    headers = StatusAndHeaders(
        status,
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
