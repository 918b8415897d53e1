"""Fetching pages over HTTP(S) → ``Document`` records, politely and within limits.

One ``httpx.Client`` per ingest run (connections reused), with:

- a timeout for connecting and for each read (``Config.fetch_timeout``);
- a size cap: the body is streamed and dropped past ``Config.max_bytes``;
- retries with exponential back-off after timeouts, dropped connections, 429 and
  5xx answers, honouring a short ``Retry-After``;
- a User-Agent naming parley;
- per-host politeness: at least ``Config.fetch_delay`` seconds between two
  requests to the same host;
- refusal of any scheme but http and https (``file:``, ``ftp:``, ``javascript:``),
  also after a redirect.

Every failure is a ``Rejection`` naming the URL and the reason, never an exception.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from parley.config import Config
from parley.records import Document, Rejection

SCHEMES = ("http", "https")
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 30.0
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(value: str) -> bool:
    """Whether ``value`` names a resource by a URL scheme (``https://…``, ``ftp://…``)."""
    scheme, separator, _ = value.partition("://")
    return bool(separator) and scheme.isascii() and scheme.replace("+", "").isalnum()


class Fetcher:
    """Fetches URLs one at a time with the limits of ``config``; reuse it for a whole run."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.config = config or Config()
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.config.fetch_timeout),
            headers={"User-Agent": self.config.user_agent},
            follow_redirects=True,
            max_redirects=5,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, *, published: dt.date | None = None) -> Document | Rejection:
        """The page at ``url`` as a Document, or a Rejection saying why not."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in SCHEMES:
            return Rejection(
                source=url,
                reason="bad_scheme",
                message=f"{url} is not an http or https URL; parley fetches only those.",
            )
        tries = self.config.fetch_retries + 1
        for attempt in range(tries):
            self._wait_for_host(url)
            result, retry_after = self._get(url, published, tries)
            if retry_after is None or attempt + 1 == tries:
                return result
            self._sleep(max(retry_after, self.config.fetch_backoff * 2**attempt))
        raise AssertionError("unreachable: the last try returns")

    def _get(
        self, url: str, published: dt.date | None, tries: int
    ) -> tuple[Document | Rejection, float | None]:
        """One try: its outcome, and the seconds a retry should wait (None: do not retry).

        Messages of retryable failures say how many tries were made, since they are
        reported only once the last one failed too.
        """
        try:
            with self.client.stream("GET", url) as response:
                status = f"HTTP {response.status_code} {response.reason_phrase}"
                if response.status_code in _RETRY_STATUSES:
                    message = f"{url} answered {status}, {tries} time(s)."
                    return _rejection(url, "http_error", message), _retry_after(response)
                if response.status_code != 200:
                    return _rejection(url, "http_error", f"{url} answered {status}."), None
                return self._document(url, response, published), None
        except httpx.TimeoutException:
            message = (
                f"{url} did not answer within {self.config.fetch_timeout:g} s, {tries} time(s)."
            )
            return _rejection(url, "timeout", message), 0.0
        except httpx.UnsupportedProtocol:
            message = f"{url} redirected to a URL that is not http or https; not followed."
            return _rejection(url, "bad_scheme", message), None
        except (httpx.TooManyRedirects, httpx.InvalidURL) as exc:
            return _rejection(url, "fetch_failed", f"{url} could not be fetched: {exc}."), None
        except httpx.TransportError as exc:
            message = f"{url} could not be fetched ({type(exc).__name__}: {exc}), {tries} time(s)."
            return _rejection(url, "fetch_failed", message), 0.0
        except httpx.HTTPError as exc:  # a body that does not decode, and the like: no retry
            message = f"{url} could not be fetched ({type(exc).__name__}: {exc})."
            return _rejection(url, "fetch_failed", message), None

    def _document(
        self, url: str, response: httpx.Response, published: dt.date | None
    ) -> Document | Rejection:
        limit = self.config.max_bytes
        declared = response.headers.get("Content-Length", "")
        too_large = Rejection(
            source=url,
            reason="too_large",
            message=f"{url} is larger than {limit:,} bytes (raise the limit with --max-bytes).",
        )
        if declared.isdigit() and int(declared) > limit:
            return too_large
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                return too_large
            chunks.append(chunk)
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        content_type = (
            "text/html"
            if media_type in _HTML_TYPES
            else "text/plain"
            if media_type == "text/plain"
            else "auto"
        )
        return Document(
            source=url,
            content=b"".join(chunks),
            content_type=content_type,
            url=str(response.url),
            published=published,
            fetched_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.config.fetch_delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()


def _rejection(url: str, reason: str, message: str) -> Rejection:
    return Rejection(source=url, reason=reason, message=message)


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return min(float(value), _MAX_RETRY_AFTER)
    except ValueError:
        return 0.0
