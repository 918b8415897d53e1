"""JSON endpoints under ``/api``: each parses its parameters, calls one library function
and returns its answer. Lists come as ``{"items": [...], "limit": n, "offset": m}``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, ValidationError

from parley.api.app import ApiError, Server, server_of
from parley.ingest import ingest, jsonl_document
from parley.ingest.fetch import is_url
from parley.ingest.public import public_fetcher, refusal
from parley.pipeline import analyze
from parley.records import Article, Document, Rejection
from parley.store import browse
from parley.store import queries as q

router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items (for paging).")]
MAX_DOCUMENTS = 100
"""Documents and URLs one ``POST /api/ingest`` may carry."""


def _page(table: q.Table, limit: int, offset: int) -> dict[str, Any]:
    return {"items": table.records(), "limit": limit, "offset": offset}


@router.get("/api/stats", summary="What the database holds", tags=["database"])
def stats(request: Request) -> dict[str, Any]:
    server = server_of(request)
    with server.use() as store:
        totals = store.totals()
    return {
        "articles": totals.articles, "people": totals.people,
        "organisations": totals.organisations, "countries": totals.countries,
        "quotes": totals.quotes, "attributed_quotes": totals.attributed_quotes,
        "events": totals.events, "read_only": not server.settings.allow_ingest,
        "fetch": server.settings.allow_fetch,
    }  # fmt: skip


@router.get("/api/articles", summary="Stored articles, newest first", tags=["articles"])
def articles(
    request: Request,
    q_: Annotated[str | None, Query(alias="q", description="Words in title or text.")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = browse.articles(store, text=q_, limit=limit, offset=offset)
    return _page(table, limit, offset)


@router.get(
    "/api/articles/{key:path}", summary="One article with all its annotations", tags=["articles"]
)
def article(
    request: Request, key: Annotated[str, Path(description="The article's sha1 or input id.")]
) -> dict[str, Any]:
    with server_of(request).use() as store:
        found = store.get_article(key)
    if found is None:
        raise ApiError(404, "not_found", f"No article has the id or sha1 {key!r}.")
    return found.to_dict()


@router.get(
    "/api/quotes", summary="Who said what (the filters of `parley quotes`)", tags=["quotes"]
)
def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="Said by this name.")] = None,
    about: Annotated[str | None, Query(description="Naming this name or country code.")] = None,
    since: Annotated[dt.date | None, Query(description="Seen on or after (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Seen on or before (YYYY-MM-DD).")] = None,
    text: Annotated[str | None, Query(description="Every one of these words.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = q.quotes(
            store, speaker=speaker, about=about, since=since, until=until, text=text,
            limit=limit, offset=offset,
        )  # fmt: skip
    return _page(table, limit, offset)


@router.get("/api/entities", summary="Search people, organisations, places", tags=["entities"])
def entities(
    request: Request,
    q_: Annotated[str | None, Query(alias="q", description="Part of a name or alias.")] = None,
    type: Annotated[str | None, Query(description="PERSON, ORG, GPE or NORP.")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = browse.entities(store, text=q_, type=type, limit=limit, offset=offset)
    return _page(table, limit, offset)


@router.get("/api/entities/{name}", summary="An entity's profile (`parley who`)", tags=["entities"])
def entity(
    request: Request,
    name: Annotated[str, Path(description="A name, alias or surname.")],
    limit: Annotated[int, Query(ge=1, le=100, description="Quotes and partners listed.")] = 5,
) -> dict[str, Any]:
    with server_of(request).use() as store:
        profile = q.profile(store, name, limit=limit)
    if profile is None:
        raise ApiError(
            404, "not_found", f"No person, organisation or country named {name!r} is stored."
        )
    return profile.to_dict()


@router.get("/api/events", summary="Coded events (the filters of `parley events`)", tags=["events"])
def events(
    request: Request,
    source: Annotated[
        str | None, Query(description="A name or country code (RUS, RUSGOV).")
    ] = None,
    target: Annotated[str | None, Query(description="A name or country code.")] = None,
    type: Annotated[str | None, Query(description="A PLOVER event type, e.g. ACCUSE.")] = None,
    since: Annotated[dt.date | None, Query(description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="On or before (YYYY-MM-DD).")] = None,
    unasserted: Annotated[
        bool,
        Query(description="Also negated and hypothetical events, each with its status."),
    ] = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = q.events(
            store, source=source, target=target, type=type, since=since, until=until,
            limit=limit, offset=offset, unasserted=unasserted,
        )  # fmt: skip
    return _page(table, limit, offset)


@router.get(
    "/api/timeline", summary="A dyad's events per period (`parley timeline`)", tags=["events"]
)
def timeline(
    request: Request,
    a: Annotated[str, Query(min_length=1, description="First actor: a name or country code.")],
    b: Annotated[str, Query(min_length=1, description="Second actor.")],
    by: Annotated[Literal["day", "week", "month"], Query(description="Period.")] = "week",
) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = q.timeline(store, a, b, by=by)
    return {"a": a, "b": b, "by": by, "items": table.records()}


@router.get("/api/dyads", summary="The most active pairs of actors", tags=["events"])
def dyads(request: Request, limit: Limit = 10) -> dict[str, Any]:
    with server_of(request).use() as store:
        table = browse.active_dyads(store, limit=limit)
    return {"items": table.records(), "limit": limit}


# -- writing and analysing ----------------------------------------------------------------


class AnalyzeBody(BaseModel):
    """One article to analyse: its text or HTML (or, with --allow-fetch, a URL to fetch)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    url: str | None = None
    """The article's address; fetched only when neither text nor html is given."""
    published: dt.date | None = None
    store: bool = False
    """Also store the article (the server must run with --allow-ingest)."""


class IngestBody(BaseModel):
    """Documents to analyse and store, and (with --allow-fetch) URLs to fetch first."""

    model_config = ConfigDict(extra="forbid")
    documents: list[dict[str, Any]] = []
    """Records like a .jsonl line: ``{id?, url?, html|text, published?}``."""
    urls: list[str] = []


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes before it is all read."""
    declared = request.headers.get("content-length", "")
    too_large = ApiError(
        413, "too_large", f"The request body is larger than {limit:,} bytes, the server's limit."
    )
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _parse(request: Request, model: type[BaseModel], limit: int) -> Any:
    raw = await read_body(request, limit)
    if _media_type(request) not in ("application/json", ""):
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors()
        )
        raise ApiError(400, "bad_body", f"The body is not a valid request: {problems}.") from None


def _check_url(server: Server, url: str) -> None:
    if not server.settings.allow_fetch:
        raise ApiError(
            403, "fetch_disabled",
            "This server does not fetch URLs; send the text or HTML, or start it with "
            "--allow-fetch.",
        )  # fmt: skip
    reason = refusal(url)
    if reason:
        raise ApiError(400, "url_refused", reason)


def _analyze_body(server: Server, body: AnalyzeBody) -> Article | Rejection:
    content = body.html if body.html is not None else body.text
    if content is not None:
        return analyze(
            content, url=body.url, published=body.published, config=server.settings.config
        )
    assert body.url is not None
    with public_fetcher(server.settings.config) as fetcher:
        fetched = fetcher.fetch(body.url, published=body.published)
    if isinstance(fetched, Rejection):
        return fetched
    return analyze(
        fetched.content, url=fetched.url, published=body.published, config=server.settings.config
    )


def _store(server: Server, article: Article) -> None:
    with server.use() as store:
        store.write([article])


_ANALYZE_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeBody.model_json_schema()},
            "text/html": {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


@router.post(
    "/api/analyze",
    summary="Analyse one article; nothing is stored unless asked",
    tags=["analyze"],
    openapi_extra=_ANALYZE_SCHEMA,
    responses={201: {"description": "Analysed and stored"}, 413: {}, 422: {}},
)
async def analyze_article(request: Request) -> JSONResponse:
    """The article's JSON record (DESIGN.md). The body is JSON ``{text|html|url, published?,
    store?}``, or the page itself as ``text/html`` or ``text/plain``."""
    server = server_of(request)
    limit = server.settings.max_body
    if _media_type(request) in ("text/html", "text/plain"):
        raw = await read_body(request, limit)
        text = raw.decode("utf-8", errors="replace")
        field = "html" if _media_type(request) == "text/html" else "text"
        try:
            body = AnalyzeBody.model_validate({field: text, **dict(request.query_params)})
        except ValidationError as exc:
            raise ApiError(
                400, "bad_parameter", f"Bad query parameter: {exc.errors()[0]['msg']}."
            ) from None
    else:
        body = await _parse(request, AnalyzeBody, limit)
    if body.text is not None and body.html is not None:
        raise ApiError(400, "bad_body", "Give either text or html, not both.")
    if body.text is None and body.html is None:
        if not body.url:
            raise ApiError(400, "bad_body", "Give the article as text or html (or a url to fetch).")
        await run_in_threadpool(_check_url, server, body.url)  # resolves the host
    if body.store and not server.settings.allow_ingest:
        raise ApiError(
            403, "read_only", "This server is read-only; start it with --allow-ingest to store."
        )
    result = await run_in_threadpool(_analyze_body, server, body)
    if isinstance(result, Rejection):
        raise ApiError(422, "rejected", result.message, reason=result.reason)
    if body.store:
        await run_in_threadpool(_store, server, result)
    return JSONResponse(result.to_dict(), status_code=201 if body.store else 200)


@router.post(
    "/api/ingest",
    summary="Analyse and store documents (only with --allow-ingest)",
    tags=["analyze"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": IngestBody.model_json_schema()}},
        }
    },
)
async def ingest_documents(request: Request) -> dict[str, Any]:
    """What ``parley ingest`` reports: stored, already stored, and rejected with reasons."""
    server = server_of(request)
    if not server.settings.allow_ingest:
        raise ApiError(
            403, "read_only", "This server is read-only; start it with --allow-ingest to ingest."
        )
    body: IngestBody = await _parse(request, IngestBody, server.settings.max_body)
    if not body.documents and not body.urls:
        raise ApiError(400, "bad_body", "Give at least one of documents or urls.")
    if len(body.documents) + len(body.urls) > MAX_DOCUMENTS:
        raise ApiError(400, "bad_body", f"Send at most {MAX_DOCUMENTS} documents and urls at once.")
    for url in body.urls:
        if not is_url(url):
            raise ApiError(400, "url_refused", f"{url!r} is not an http or https URL.")
        await run_in_threadpool(_check_url, server, url)
    documents: list[Document] = []
    for number, record in enumerate(body.documents, start=1):
        document = jsonl_document(json.dumps(record), f"request:{number}")
        if isinstance(document, Rejection):
            raise ApiError(400, "bad_body", document.message)
        documents.append(document)

    def run() -> Any:
        with server.use() as store, public_fetcher(server.settings.config) as fetcher:
            return ingest(
                body.urls, store, documents=documents, config=server.settings.config,
                fetcher=fetcher,
            )  # fmt: skip

    summary = await run_in_threadpool(run)
    return {
        "run_id": summary.run_id, "read": summary.read, "stored": summary.stored,
        "duplicates": summary.duplicates, "rejected": summary.rejected,
        "rejections": [r.to_dict() for r in summary.rejections],
    }  # fmt: skip


# The issue and the README name these two at the root as well.
router.add_api_route("/analyze", analyze_article, methods=["POST"], include_in_schema=False)
router.add_api_route("/ingest", ingest_documents, methods=["POST"], include_in_schema=False)
