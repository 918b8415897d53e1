"""Fetching for clients: only public addresses, the first request and every redirect."""

from __future__ import annotations

import pytest

from parley.ingest.public import public_fetcher, refusal
from parley.records import Rejection
from webserver import LoopbackServer, Reply


def public(host: str) -> list[str]:
    return ["93.184.215.14"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "not an http or https URL"),
        ("javascript:alert(1)", "not an http or https URL"),
        ("http://127.0.0.1/", "resolves to 127.0.0.1"),
        ("http://[::1]:8000/", "resolves to ::1"),
        ("http://10.1.2.3/", "resolves to 10.1.2.3"),
        ("http://172.16.0.1/", "resolves to 172.16.0.1"),
        ("http://192.168.0.1/", "resolves to 192.168.0.1"),
        ("http://169.254.169.254/", "resolves to 169.254.169.254"),
        ("http://0.0.0.0/", "resolves to 0.0.0.0"),
        ("http://localhost:8000/", "resolves to"),
    ],
)
def test_refusal_names_why(url, words):
    reason = refusal(url)
    assert reason is not None and words in reason


def test_refusal_of_a_host_resolving_to_a_private_address():
    assert "resolves to 10.0.0.7" in refusal("https://news.example/", lambda host: ["10.0.0.7"])


def test_refusal_lets_a_public_address_through():
    assert refusal("https://news.example/story", public) is None


def test_public_fetcher_refuses_loopback_without_sending_a_request():
    with LoopbackServer({"/": Reply(b"<p>secret</p>")}) as server:
        with public_fetcher() as fetcher:
            result = fetcher.fetch(server.url("/"))
        assert server.requests == []
    assert isinstance(result, Rejection)
    assert result.reason == "fetch_failed"
    assert "loopback, private or reserved address" in result.message


def test_public_fetcher_refuses_a_redirect_to_a_private_address():
    # The first answer comes from a "public" address that redirects to the private one.
    answers = iter([["93.184.215.14"], ["127.0.0.1"]])
    with LoopbackServer({"/secret": Reply(b"<p>secret</p>")}) as server:
        routes = {"/go": Reply(status=302, headers={"Location": server.url("/secret")})}
        server.routes.update({path: [reply] for path, reply in routes.items()})
        with public_fetcher(resolver=lambda host: next(answers)) as fetcher:
            result = fetcher.fetch(server.url("/go"))
        assert [r.path for r in server.requests] == ["/go"]
    assert isinstance(result, Rejection)
    assert "resolves to 127.0.0.1" in result.message
