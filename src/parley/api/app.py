"""The application: one open database, the routes, security headers and error mapping.

Errors are translated here, once: a ``ParleyError`` or a bad parameter becomes a
4xx JSON body ``{"error": code, "message": sentence}`` for ``/api`` paths (an
HTML page elsewhere); anything unexpected is a 500 with no traceback in it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.config import Config
from parley.errors import ConfigError, ParleyError, QueryError, StoreError
from parley.store import Store

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).parent
MAX_BODY = 2_000_000
"""Bytes a POST body may have unless ``--max-body`` says otherwise."""

# Everything comes from this server: no inline script or style, no plugin, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_STATUS_CODES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "unprocessable",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How ``parley serve`` was started."""

    db: str
    allow_ingest: bool = False
    """Open the database for writing and accept ``POST /api/ingest`` and ``store: true``."""
    allow_fetch: bool = False
    """Fetch URLs that clients send (public addresses only)."""
    max_body: int = MAX_BODY
    config: Config = field(default_factory=Config.from_env)


class ApiError(Exception):
    """A client's mistake, with the status and stable code it is answered with."""

    def __init__(self, status: int, code: str, message: str, **extra: Any):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


class Server:
    """The open store behind the routes; one request uses it at a time.

    A DuckDB connection is not safe to share between threads, and the routes run in
    a thread pool, so every use holds the lock.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        if not settings.allow_ingest and not Path(settings.db).exists():
            raise StoreError(
                f"{settings.db} does not exist; create it with 'parley ingest', or start the "
                "server with --allow-ingest to create it."
            )
        self.store = Store(settings.db, read_only=not settings.allow_ingest)
        self._lock = threading.Lock()

    @contextmanager
    def use(self) -> Iterator[Store]:
        with self._lock:
            yield self.store

    def close(self) -> None:
        with self._lock:
            self.store.close()


def server_of(request: Request) -> Server:
    server: Server = request.app.state.server
    return server


def create_app(settings: Settings) -> FastAPI:
    """The parley web application over ``settings.db``."""
    from parley.api import routes, views

    server = Server(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        server.close()

    app = FastAPI(
        title="parley",
        summary="Who said what, to or about whom, and when: quotes and events from news.",
        version="0.1.0",
        # The interactive docs load their scripts from a CDN; the schema is at /openapi.json.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.server = server
    app.include_router(routes.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.middleware("http")(_security_headers)
    _add_error_handlers(app)
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in _HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path in ("/analyze", "/ingest", "/openapi.json")


def error_response(
    request: Request, status: int, code: str, message: str, **extra: Any
) -> Response:
    if wants_json(request):
        return JSONResponse({"error": code, "message": message, **extra}, status_code=status)
    from parley.api.views import error_page

    return error_page(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"field": ".".join(str(p) for p in e["loc"] if p not in ("query", "path", "body")),
             "problem": e["msg"]}
            for e in exc.errors()
        ]  # fmt: skip
        message = "; ".join(f"{p['field']}: {p['problem']}" for p in problems) + "."
        return error_response(request, 400, "bad_parameter", message, problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = (
            f"There is nothing at {request.url.path}."
            if exc.status_code == 404
            else f"{request.method} is not allowed on {request.url.path}."
            if exc.status_code == 405
            else str(exc.detail)
        )
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(ConfigError)
    async def bad_value(request: Request, exc: ConfigError) -> Response:
        return error_response(request, 400, "bad_parameter", str(exc))

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, "bad_query", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        LOGGER.error("store error: %s", exc)
        return error_response(request, 503, "store_unavailable", str(exc))

    @app.exception_handler(ParleyError)
    async def parley_error(request: Request, exc: ParleyError) -> Response:
        return error_response(request, 400, "bad_request", str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        LOGGER.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            request, 500, "internal", "The server failed on this request; see its log."
        )
