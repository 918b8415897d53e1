"""Fetching over HTTP against a real server on loopback: limits, retries, politeness, refusals."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from parley.config import Config
from parley.ingest.fetch import Fetcher, is_url
from parley.records import Document, Rejection
from webserver import LoopbackServer, Reply

PAGE = b"<html><body><p>Foreign ministers met in Cairo on Wednesday.</p></body></html>"
FAST = Config(fetch_timeout=0.3, fetch_retries=2, fetch_backoff=0.05, fetch_delay=0.0)


class Sleeps(list[float]):
    """Stands in for time.sleep: records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(round(seconds, 3))


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    routes: dict[str, Reply | list[Reply]] = {
        "/page": Reply(body=PAGE),
        "/text": Reply(body=b"plain words", content_type="text/plain"),
        "/missing": Reply(body=b"no", status=404),
        "/flaky": [Reply(status=503), Reply(status=503), Reply(body=PAGE)],
        "/down": Reply(status=502),
        "/busy": [Reply(status=429, headers={"Retry-After": "2"}), Reply(body=PAGE)],
        "/slow": Reply(body=PAGE, delay=1.0),
        "/big": Reply(body=b"x" * 5000),
        "/big-unannounced": Reply(body=b"x" * 5000, declare_length=False),
        "/to-file": Reply(status=302, headers={"Location": "file:///etc/passwd"}),
        "/to-page": Reply(status=301, headers={"Location": "/page"}),
        "/bad-gzip": Reply(body=b"not gzip at all", headers={"Content-Encoding": "gzip"}),
    }
    with LoopbackServer(routes) as running:
        yield running


@pytest.fixture
def fetcher(sleeps: Sleeps) -> Iterator[Fetcher]:
    with Fetcher(FAST, sleep=sleeps) as running:
        yield running


def test_fetch_returns_page_with_url_and_fetch_time(
    fetcher: Fetcher, server: LoopbackServer
) -> None:
    document = fetcher.fetch(server.url("/page"))
    assert isinstance(document, Document)
    assert (document.content, document.content_type, document.url) == (
        PAGE,
        "text/html",
        server.url("/page"),
    )
    assert document.fetched_at is not None


def test_fetch_plain_text_keeps_its_type(fetcher: Fetcher, server: LoopbackServer) -> None:
    document = fetcher.fetch(server.url("/text"))
    assert isinstance(document, Document) and document.content_type == "text/plain"


def test_fetch_sends_parley_user_agent(fetcher: Fetcher, server: LoopbackServer) -> None:
    fetcher.fetch(server.url("/page"))
    assert server.requests_to("/page")[0].headers["User-Agent"] == FAST.user_agent


def test_fetch_follows_redirect_and_keeps_final_url(
    fetcher: Fetcher, server: LoopbackServer
) -> None:
    document = fetcher.fetch(server.url("/to-page"))
    assert isinstance(document, Document) and document.url == server.url("/page")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/story.html", "file:///etc/passwd", "javascript:alert(1)"]
)
def test_fetch_refuses_other_schemes(fetcher: Fetcher, url: str) -> None:
    result = fetcher.fetch(url)
    assert isinstance(result, Rejection) and result.reason == "bad_scheme"
    assert url in result.message


def test_fetch_refuses_redirect_to_file_scheme(fetcher: Fetcher, server: LoopbackServer) -> None:
    result = fetcher.fetch(server.url("/to-file"))
    assert isinstance(result, Rejection) and result.reason == "bad_scheme"


def test_fetch_not_found_is_rejected_without_retry(
    fetcher: Fetcher, server: LoopbackServer
) -> None:
    result = fetcher.fetch(server.url("/missing"))
    assert isinstance(result, Rejection)
    assert (result.reason, result.message) == (
        "http_error",
        f"{server.url('/missing')} answered HTTP 404 Not Found.",
    )
    assert len(server.requests_to("/missing")) == 1


def test_fetch_retries_server_errors_with_backoff(
    fetcher: Fetcher, server: LoopbackServer, sleeps: Sleeps
) -> None:
    assert isinstance(fetcher.fetch(server.url("/flaky")), Document)
    assert len(server.requests_to("/flaky")) == 3
    assert sleeps == [0.05, 0.1]


def test_fetch_gives_up_after_retries(fetcher: Fetcher, server: LoopbackServer) -> None:
    result = fetcher.fetch(server.url("/down"))
    assert isinstance(result, Rejection)
    assert result.message == f"{server.url('/down')} answered HTTP 502 Bad Gateway, 3 time(s)."
    assert len(server.requests_to("/down")) == 3


def test_fetch_honours_retry_after(
    fetcher: Fetcher, server: LoopbackServer, sleeps: Sleeps
) -> None:
    assert isinstance(fetcher.fetch(server.url("/busy")), Document)
    assert sleeps == [2.0]


def test_fetch_timeout_is_rejected_and_retried(server: LoopbackServer, sleeps: Sleeps) -> None:
    config = Config(fetch_timeout=0.2, fetch_retries=1, fetch_backoff=0.0, fetch_delay=0.0)
    with Fetcher(config, sleep=sleeps) as fetcher:
        result = fetcher.fetch(server.url("/slow"))
    assert isinstance(result, Rejection)
    assert (result.reason, result.message) == (
        "timeout",
        f"{server.url('/slow')} did not answer within 0.2 s, 2 time(s).",
    )


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_fetch_caps_size(server: LoopbackServer, sleeps: Sleeps, path: str) -> None:
    config = Config(max_bytes=1000, fetch_delay=0.0)
    with Fetcher(config, sleep=sleeps) as fetcher:
        result = fetcher.fetch(server.url(path))
    assert isinstance(result, Rejection) and result.reason == "too_large"


def test_fetch_connection_refused_is_rejected(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = fetcher.fetch(f"http://127.0.0.1:{port}/story")
    assert isinstance(result, Rejection) and result.reason == "fetch_failed"


def test_fetch_waits_between_requests_to_one_host(server: LoopbackServer, sleeps: Sleeps) -> None:
    config = Config(fetch_delay=5.0)
    with Fetcher(config, sleep=sleeps, clock=lambda: 100.0) as fetcher:
        fetcher.fetch(server.url("/page"))
        fetcher.fetch(server.url("/text"))
    assert sleeps == [5.0]


def test_fetch_does_not_wait_between_hosts(server: LoopbackServer, sleeps: Sleeps) -> None:
    config = Config(fetch_delay=5.0)
    with Fetcher(config, sleep=sleeps, clock=lambda: 100.0) as fetcher:
        fetcher.fetch(server.url("/page"))
        fetcher.fetch(server.url("/text").replace("127.0.0.1", "localhost"))
    assert sleeps == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("https://example.org/a", True), ("ftp://x/y", True), ("story.html", False), ("-", False)],
)
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


def test_fetch_undecodable_body_is_rejected(fetcher: Fetcher, server: LoopbackServer) -> None:
    result = fetcher.fetch(server.url("/bad-gzip"))
    assert isinstance(result, Rejection) and result.reason == "fetch_failed"
    assert len(server.requests_to("/bad-gzip")) == 1
