"""Bytes to text: refuse what is not text, then find the encoding.

Order of evidence: a byte-order mark, then a charset the document declares
(HTML ``<meta charset>`` / ``http-equiv``, XML prolog) if the bytes really decode
with it, then charset-normalizer's detection. Binary formats are recognised by
their magic numbers and by NUL bytes, so a PDF or a PNG gets a clear rejection
instead of mojibake.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from parley.records import Rejection

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def sniff_binary(content: bytes) -> str | None:
    """What binary format ``content`` is, or None when it may be text."""
    for magic, name in _MAGIC:
        if content.startswith(magic):
            return name
    head = content[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    if head.count(b"\x00") > len(head) // 100:
        return "binary data (it contains NUL bytes)"
    return None


def declared_encoding(content: bytes) -> str | None:
    """The charset the document itself declares in its first 4 KB, if a known codec."""
    match = _DECLARED.search(content[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(content: bytes, source: str) -> str | Rejection:
    """Text of ``content``, or a Rejection saying why it is not readable text."""
    if not content.strip():
        return Rejection(source=source, reason="empty", message=f"{source} is empty.")
    binary = sniff_binary(content)
    if binary:
        return Rejection(
            source=source,
            reason="binary",
            message=f"{source} is {binary}, not an HTML page or text.",
        )
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    declared = declared_encoding(content)
    if declared:
        try:
            return content.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lies; fall through to detection
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(content[:200_000]).best()
    if best is None:
        return Rejection(
            source=source,
            reason="undecodable",
            message=f"{source} is not text in any encoding parley can detect.",
        )
    return content.decode(best.encoding, errors="replace")
