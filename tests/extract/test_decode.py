import codecs

import pytest

from parley.extract.decode import declared_encoding, decode, sniff_binary
from parley.records import Rejection

RUSSIAN = "Кремль заявил, что посол вернётся в Москву для консультаций на этой неделе."


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip-compressed data"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive (or an Office document)"),
        (b"\x00\x01\x02\x03" * 50, "binary data (it contains NUL bytes)"),
    ],
)
def test_sniff_binary_names_the_format(content, name):
    assert sniff_binary(content) == name


def test_decode_rejects_binary_with_reason():
    result = decode(b"%PDF-1.7 rest", "report.pdf")
    assert isinstance(result, Rejection)
    assert (result.reason, result.message) == (
        "binary",
        "report.pdf is a PDF document, not an HTML page or text.",
    )


@pytest.mark.parametrize("content", [b"", b"  \n\t  "])
def test_decode_rejects_empty(content):
    result = decode(content, "empty.txt")
    assert isinstance(result, Rejection) and result.reason == "empty"


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_decode_follows_byte_order_mark(codec):
    assert decode(RUSSIAN.encode(codec), "x") == RUSSIAN


def test_decode_uses_declared_charset():
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"), "x")


def test_decode_detects_undeclared_cp1251():
    text = " ".join([RUSSIAN] * 5)
    assert decode(text.encode("cp1251"), "x") == text


def test_decode_ignores_a_declaration_the_bytes_contradict():
    page = f'<meta charset="ascii"><p>{RUSSIAN}</p>'
    assert RUSSIAN in decode(page.encode("utf-8"), "x")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
            codecs.lookup("latin-1").name,
        ),
        (b'<?xml version="1.0" encoding="windows-1251"?>', "cp1251"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_encoding_reads_meta_and_prolog(head, expected):
    assert declared_encoding(head) == expected
