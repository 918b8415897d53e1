import pytest

from parley.config import Config
from parley.extract import extract, looks_like_html
from parley.records import Article, Document, Rejection

STORY = (
    "The foreign minister said on Tuesday that talks with the neighbouring country would resume next "
    "month in Geneva after a pause of almost a year, and that both sides had agreed an agenda."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<!DOCTYPE html><html>", True), ("<div>x</div>", True), ("Plain words only.", False)],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_extract_keeps_caller_id():
    article = extract(Document(source="s", content=STORY, content_type="text/plain", id="row-7"))
    assert isinstance(article, Article) and article.id == "row-7"


def test_extract_id_defaults_to_sha1():
    article = extract(Document(source="s", content=STORY, content_type="text/plain"))
    assert article.id == article.sha1


def test_extract_sniffs_html_when_type_unknown():
    article = extract(
        Document(source="s", content=f"<html><body><article><p>{STORY}</p></article></body></html>")
    )
    assert isinstance(article, Article) and "<p>" not in article.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        ("   \n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
        ("Home | News | Sport", "not_article"),
    ],
)
def test_extract_rejects_with_reason(content, reason):
    result = extract(Document(source="bad", content=content))
    assert isinstance(result, Rejection) and result.reason == reason


def test_extract_rejects_input_over_byte_budget():
    result = extract(Document(source="big", content=STORY * 10), Config(max_bytes=100))
    assert isinstance(result, Rejection) and result.reason == "too_large"
    assert "100" in result.message


def test_extract_rejects_text_over_char_budget():
    result = extract(
        Document(source="long", content=STORY, content_type="text/plain"), Config(max_chars=50)
    )
    assert isinstance(result, Rejection) and result.reason == "too_large"
