"""Fetching only from the public internet, for URLs that someone else chose.

When the HTTP server fetches a URL a client sent, the client must not be able to
make it read the server's own files or reach services that only the server can
(loopback, a private network, link-local cloud metadata addresses). The scheme is
checked by ``Fetcher``; this transport checks every address a host name resolves to,
for the first request and after every redirect, and refuses unless all are global.

A host that resolves differently between this check and the connection (DNS
rebinding) is not caught; the server runs on loopback by default and fetching is
off unless ``--allow-fetch``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

import httpx

from parley.config import Config
from parley.ingest.fetch import SCHEMES, Fetcher

Resolver = Callable[[str], list[str]]


def resolve(host: str) -> list[str]:
    """Every IP address ``host`` resolves to (a literal address: itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise httpx.InvalidURL(f"the host {host} cannot be resolved ({exc})") from exc
    return sorted({str(info[4][0]) for info in infos})


def refusal(url: str, resolver: Resolver = resolve) -> str | None:
    """Why ``url`` must not be fetched for a client, or None when it may be."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        return f"{url!r} is not a valid URL ({exc})."
    if parsed.scheme not in SCHEMES:
        return f"{url!r} is not an http or https URL; the server fetches only those."
    if not parsed.host:
        return f"{url!r} names no host."
    try:
        addresses = resolver(parsed.host)
    except httpx.InvalidURL as exc:
        return f"{url!r} cannot be fetched: {exc}."
    for address in addresses:
        if not ipaddress.ip_address(address).is_global:
            return (
                f"{url!r} resolves to {address}, a loopback, private or reserved address; "
                "the server fetches only public addresses."
            )
    return None


class PublicTransport(httpx.HTTPTransport):
    """An HTTP transport that refuses requests to non-public addresses (redirects too)."""

    def __init__(self, resolver: Resolver = resolve, **kwargs: object):
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._resolver = resolver

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reason = refusal(str(request.url), self._resolver)
        if reason:
            # InvalidURL is reported by Fetcher as a rejection and never retried.
            raise httpx.InvalidURL(reason)
        return super().handle_request(request)


def public_fetcher(config: Config | None = None, resolver: Resolver = resolve) -> Fetcher:
    """A ``Fetcher`` that reaches only public internet addresses."""
    fetcher = Fetcher(config)
    fetcher.client.close()
    fetcher.client = httpx.Client(
        timeout=httpx.Timeout(fetcher.config.fetch_timeout),
        headers={"User-Agent": fetcher.config.user_agent},
        follow_redirects=True,
        max_redirects=5,
        transport=PublicTransport(resolver),
    )
    return fetcher
