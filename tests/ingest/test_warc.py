"""WARC archives built in the test: HTML responses only, URL and fetch date kept, damage reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.ingest.warc import read_warc
from parley.records import Document, Rejection
from warcs import write_warc

PAGES = [
    ("https://news.example/a", b"<html><body><p>First story.</p></body></html>"),
    ("https://news.example/b", b"<html><body><p>Second story.</p></body></html>"),
]


@pytest.fixture(params=["pages.warc", "pages.warc.gz"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return write_warc(tmp_path / request.param, PAGES)


def _documents(path: Path, **options: object) -> list[Document]:
    return [d for d in read_warc(path, **options) if isinstance(d, Document)]  # type: ignore[arg-type]


def test_read_warc_yields_html_responses_only(archive: Path) -> None:
    assert [d.content for d in _documents(archive)] == [html for _, html in PAGES]


def test_read_warc_keeps_target_uri(archive: Path) -> None:
    assert [d.url for d in _documents(archive)] == [url for url, _ in PAGES]


def test_read_warc_keeps_fetch_date(archive: Path) -> None:
    assert {d.fetched_at for d in _documents(archive)} == {dt.datetime(2021, 3, 19, 10, 0)}


def test_read_warc_marks_documents_as_html(archive: Path) -> None:
    assert {d.content_type for d in _documents(archive)} == {"text/html"}


def test_read_warc_source_names_file_and_offset(archive: Path) -> None:
    sources = [d.source for d in _documents(archive)]
    assert all(s.startswith(f"{archive}@") for s in sources) and len(set(sources)) == 2


def test_read_warc_applies_published_override(archive: Path) -> None:
    documents = _documents(archive, published=dt.date(2021, 3, 20))
    assert {d.published for d in documents} == {dt.date(2021, 3, 20)}


def test_read_warc_oversized_record_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    big = ("https://news.example/big", b"<html>" + b"x" * 2000 + b"</html>")
    path = write_warc(tmp_path / "mixed.warc.gz", [big, *PAGES])
    results = list(read_warc(path, max_bytes=1000))
    assert [type(r).__name__ for r in results] == ["Rejection", "Document", "Document"]
    assert results[0].reason == "too_large"  # type: ignore[union-attr]


# Cut inside the last record's gzip trailer, payload, HTTP headers and WARC headers.
@pytest.mark.parametrize("cut", [20, 80, 150, 280])
def test_read_warc_truncated_archive_keeps_pages_before_the_damage(
    tmp_path: Path, cut: int
) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", PAGES * 3, extra=False)
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(whole.read_bytes()[:-cut])
    *documents, last = list(read_warc(truncated))
    assert documents and all(isinstance(d, Document) for d in documents)
    assert isinstance(last, Rejection)
    assert last.source.startswith(str(truncated)) and last.reason == "unreadable"
    assert "the pages before it were kept" in last.message


def test_read_warc_file_that_is_not_an_archive_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(b"these are my notes, not a web archive\n")
    (result,) = read_warc(path)
    assert isinstance(result, Rejection)
    assert result.message == f"{path} holds no WARC records; is it a web archive?"


def test_read_warc_missing_file_is_rejected(tmp_path: Path) -> None:
    (result,) = read_warc(tmp_path / "gone.warc.gz")
    assert isinstance(result, Rejection) and result.reason == "unreadable"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(noise=st.binary(max_size=400), cut=st.integers(0, 2000))
def test_read_warc_never_raises_on_damaged_bytes(tmp_path: Path, noise: bytes, cut: int) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", PAGES, extra=False).read_bytes()
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(whole[:cut] + noise + whole[cut:])
    results = list(read_warc(damaged))
    assert all(isinstance(r, Document | Rejection) for r in results)
