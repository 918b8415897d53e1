"""A real HTTP server on loopback for fetch, feed and URL-list tests (never the internet).

Routes map a path to a ``Reply`` or to a list of replies served in turn (the
last one repeats), so a test can script a server that fails twice and then
answers. Every request is logged with its headers and time. The server runs in
a daemon thread and stops when the ``with`` block ends.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (to provoke a client timeout)."""
    declare_length: bool = True
    """Send Content-Length; without it the body ends when the connection closes."""


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


class LoopbackServer:
    def __init__(self, routes: dict[str, Reply | list[Reply]] | None = None):
        self.routes: dict[str, list[Reply]] = {
            path: list(reply) if isinstance(reply, list) else [reply]
            for path, reply in (routes or {}).items()
        }
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next_reply(self, path: str) -> Reply:
        with self._lock:
            replies = self.routes.get(path)
            if not replies:
                return Reply(body=b"not found", status=404, content_type="text/plain")
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                server.requests.append(
                    Request(path=self.path, headers=dict(self.headers), at=time.monotonic())
                )
                reply = server._next_reply(self.path)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    if reply.declare_length:
                        self.send_header("Content-Length", str(len(reply.body)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing to answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        return Handler
