"""Paths, directories, globs, stdin and ``.jsonl`` files → ``Document`` records.

Streaming: files are read one at a time and ``.jsonl`` line by line, so a
large corpus never sits in memory. What cannot be read (a missing path, a
truncated gzip, a bad JSON line) comes out as a ``Rejection`` naming the input
and the reason, in its place in the stream, and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from parley.ingest.fetch import is_url
from parley.ingest.warc import is_warc, read_warc
from parley.records import Document, Rejection

SUFFIXES = (".html", ".htm", ".txt", ".text", ".jsonl", ".warc", ".rss", ".atom")
_CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
    ".text": "text/plain",
}
_GLOB_CHARS = set("*?[")


def _suffix(path: Path) -> str:
    """The meaningful suffix: ``a.html.gz`` → ``.html``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def expand(inputs: Iterable[str]) -> Iterator[Path | str | Rejection]:
    """Each input as files to read (directories recursively, globs expanded); ``-`` and URLs as is.

    Inside a directory only known suffixes are taken; a file named explicitly is
    always read. A path that does not exist is a Rejection.
    """
    for item in inputs:
        if item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
            if not matches:
                yield Rejection(source=item, reason="missing", message=f"No file matches {item!r}.")
            yield from expand(str(m) for m in matches)
        else:
            yield Rejection(source=item, reason="missing", message=f"{item} does not exist.")


def read_documents(
    item: Path | str,
    *,
    published: dt.date | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Document | Rejection]:
    """The documents in one expanded input (a file, or ``-`` for stdin)."""
    if item == "-":
        yield Document(source="-", content=sys.stdin.buffer.read(), published=published)
        return
    path = Path(item)
    source = str(path)
    if _suffix(path) == ".jsonl":
        yield from _read_jsonl(path, published)
        return
    if is_warc(path):
        yield from read_warc(path, published=published, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes and path.suffix.lower() != ".gz":
            yield Rejection(
                source=source,
                reason="too_large",
                message=f"{source} is {size:,} bytes; the limit is {max_bytes:,} "
                "(raise it with --max-bytes).",
            )
            return
        content = _read_bytes(path, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Rejection(
            source=source, reason="unreadable", message=f"{source} could not be read: {exc}."
        )
        return
    if content is None:
        yield Rejection(
            source=source,
            reason="too_large",
            message=f"{source} decompresses to more than {max_bytes:,} bytes.",
        )
        return
    yield Document(
        source=source,
        content=content,
        content_type=_CONTENT_TYPES.get(_suffix(path), "auto"),
        published=published,
    )


def example_documents() -> list[Document]:
    """The bundled example articles (``parley/data/examples``, HTML and text) as documents,
    in file-name order: what ``parley demo`` ingests and the benchmarks run on."""
    folder = Path(str(resources.files("parley.data").joinpath("examples")))
    return [
        document
        for path in sorted(folder.iterdir())
        if path.suffix in (".html", ".txt")
        for document in read_documents(path)
        if isinstance(document, Document)
    ]


def _read_bytes(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes (gunzipped when it ends in .gz); None past ``max_bytes``."""
    if path.suffix.lower() != ".gz":
        return path.read_bytes()
    with gzip.open(path, "rb") as stream:
        content = stream.read(max_bytes + 1)
    return None if len(content) > max_bytes else content


def _read_jsonl(path: Path, published: dt.date | None) -> Iterator[Document | Rejection]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        # utf-8-sig: files saved by Windows tools start with a BOM, which json.loads refuses.
        with opener(path, "rt", encoding="utf-8-sig", errors="replace") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield jsonl_document(line, f"{path}:{number}", published)
    except (OSError, EOFError, zlib.error) as exc:
        yield Rejection(
            source=str(path),
            reason="unreadable",
            message=f"{path} could not be read to the end: {exc}.",
        )


def jsonl_document(
    line: str, source: str, published: dt.date | None = None
) -> Document | Rejection:
    """One ``{id?, url?, html|text, published?}`` line as a Document."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(
            source=source, reason="bad_record", message=f"{source} is not valid JSON ({exc})."
        )
    if not isinstance(record, dict):
        return Rejection(
            source=source, reason="bad_record", message=f"{source} is not a JSON object."
        )
    identifier = str(record["id"]) if record.get("id") is not None else None
    body = record.get("html") if record.get("html") is not None else record.get("text")
    if not isinstance(body, str):
        return Rejection(
            source=source,
            reason="bad_record",
            message=f"{source} has neither an 'html' nor a 'text' string field.",
            id=identifier,
        )
    date = published
    if date is None and record.get("published"):
        try:
            date = dt.date.fromisoformat(str(record["published"])[:10])
        except ValueError:
            return Rejection(
                source=source,
                reason="bad_record",
                message=f"{source} has published={record['published']!r}, not a YYYY-MM-DD date.",
                id=identifier,
            )
    return Document(
        source=source,
        content=body,
        content_type="text/html" if record.get("html") is not None else "text/plain",
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        id=identifier,
        published=date,
    )
