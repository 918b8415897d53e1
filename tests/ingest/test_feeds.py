"""RSS/Atom feeds and URL lists served from a real server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.config import Config
from parley.ingest.feeds import feed_entries, read_feed, read_url_list
from parley.ingest.fetch import Fetcher
from parley.records import Document, Rejection
from webserver import LoopbackServer, Reply

CONFIG = Config(fetch_timeout=0.5, fetch_retries=0, fetch_delay=0.0)
PAGES = {f"/story/{n}": f"<html><body><p>Story {n}.</p></body></html>".encode() for n in (1, 2)}


def rss(server: LoopbackServer, *links: str) -> bytes:
    items = "".join(f"<item><title>Story</title><link>{link}</link></item>" for link in links)
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{server.url('/')}</link>{items}</channel></rss>"
    ).encode()


def atom(server: LoopbackServer, *links: str) -> bytes:
    entries = "".join(
        f'<entry><title>Story</title><id>{link}</id><link href="{link}"/></entry>' for link in links
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Wire</title><id>{server.url('/')}</id>{entries}</feed>"
    ).encode()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer({path: Reply(body=body) for path, body in PAGES.items()}) as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(CONFIG) as running:
        yield running


def _contents(results: list[Document | Rejection]) -> list[bytes | str]:
    return [r.content for r in results if isinstance(r, Document)]


@pytest.mark.parametrize("kind", [rss, atom])
def test_read_feed_fetches_every_entry(
    server: LoopbackServer, fetcher: Fetcher, kind: object
) -> None:
    links = [server.url(path) for path in PAGES]
    server.routes["/feed"] = [Reply(body=kind(server, *links), content_type="application/xml")]  # type: ignore[operator]
    results = list(read_feed(server.url("/feed"), fetcher))
    assert _contents(results) == list(PAGES.values())


def test_read_feed_entries_keep_their_urls(server: LoopbackServer, fetcher: Fetcher) -> None:
    links = [server.url(path) for path in PAGES]
    server.routes["/feed"] = [Reply(body=rss(server, *links), content_type="application/rss+xml")]
    assert [d.url for d in read_feed(server.url("/feed"), fetcher)] == links


def test_read_feed_from_saved_file(
    server: LoopbackServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(rss(server, server.url("/story/1")))
    assert _contents(list(read_feed(str(path), fetcher))) == [PAGES["/story/1"]]


def test_read_feed_that_is_not_xml_is_rejected(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/feed"] = [Reply(body=b"<<<< this is { not a feed", content_type="text/plain")]
    (result,) = read_feed(server.url("/feed"), fetcher)
    assert isinstance(result, Rejection)
    assert (result.source, result.reason) == (server.url("/feed"), "bad_feed")
    assert result.message.startswith(f"{server.url('/feed')} is not an RSS or Atom feed")


def test_read_feed_unreachable_feed_is_rejected(server: LoopbackServer, fetcher: Fetcher) -> None:
    (result,) = read_feed(server.url("/no-feed"), fetcher)
    assert isinstance(result, Rejection) and result.reason == "http_error"


def test_read_feed_bad_entry_is_rejected_and_others_fetched(
    server: LoopbackServer, fetcher: Fetcher
) -> None:
    body = rss(server, "ftp://files.example/story", server.url("/story/2"))
    server.routes["/feed"] = [Reply(body=body, content_type="application/rss+xml")]
    results = list(read_feed(server.url("/feed"), fetcher))
    assert [getattr(r, "reason", "page") for r in results] == ["bad_scheme", "page"]


def test_read_url_list_fetches_each_line(
    server: LoopbackServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        f"# morning wire\n{server.url('/story/1')}\n\n  {server.url('/story/2')}  \n", "utf-8"
    )
    assert _contents(list(read_url_list(str(path), fetcher))) == list(PAGES.values())


def test_read_url_list_reports_bad_lines_by_number(
    server: LoopbackServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(f"not a url\nfile:///etc/passwd\n{server.url('/story/1')}\n", "utf-8")
    results = list(read_url_list(str(path), fetcher))
    assert [(r.source, r.reason) for r in results if isinstance(r, Rejection)] == [
        (f"{path}:1", "bad_record"),
        ("file:///etc/passwd", "bad_scheme"),
    ]
    assert _contents(results) == [PAGES["/story/1"]]


def test_read_url_list_missing_file_is_rejected(fetcher: Fetcher, tmp_path: Path) -> None:
    (result,) = read_url_list(str(tmp_path / "none.txt"), fetcher)
    assert isinstance(result, Rejection) and result.reason == "missing"


def test_read_feed_relative_links_resolve_against_the_feed(
    server: LoopbackServer, fetcher: Fetcher
) -> None:
    server.routes["/news/feed"] = [
        Reply(body=rss(server, "/story/1", "../story/2"), content_type="application/rss+xml")
    ]
    results = list(read_feed(server.url("/news/feed"), fetcher))
    assert _contents(results) == list(PAGES.values())


@settings(max_examples=100, deadline=None)
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_feed_entries_never_raise_on_bad_bytes(content: bytes) -> None:
    # Links that parse out of noise must not be fetched: a fetcher that refuses everything.
    with Fetcher(Config(fetch_timeout=0.05, fetch_retries=0, fetch_delay=0.0)) as fetcher:
        fetcher.fetch = lambda url, **_: Rejection(source=url, reason="x", message="x")  # type: ignore[method-assign]
        results = list(feed_entries(content, "noise.rss", fetcher))
    assert all(isinstance(r, Document | Rejection) for r in results)
