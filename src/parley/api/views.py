"""Server-rendered pages: home, search, an article, a person or actor, a dyad.

Each view asks the library (``parley.store.queries``, ``parley.store.browse``,
``Store.get_article``) and hands plain values to a Jinja template; templates
escape everything they print, and article text reaches them only as the escaped
markup of ``highlight.paragraphs``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from parley.api import charts, highlight
from parley.api.app import HERE, ApiError, server_of
from parley.quotes.marks import between_marks
from parley.store import browse
from parley.store import queries as q

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
PAGE_SIZE = 20


def _link(url: str | None) -> str | None:
    """A URL safe to link to (http or https), else None: ``javascript:`` stays text."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


def _dyad_url(first: str, second: str) -> str:
    return "/dyad?" + urlencode({"a": first, "b": second})


templates.env.globals.update(link=_link, dyad_url=_dyad_url)
templates.env.filters["urlencode_query"] = urlencode
templates.env.filters["quoted"] = between_marks


def _page(request: Request, template: str, code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=code)


def error_page(request: Request, status: int, message: str) -> Response:
    return _page(request, "error.html", status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with server_of(request).use() as store:
        totals = store.totals()
        recent = browse.articles(store, limit=10).records()
        quoted = browse.most_quoted(store, limit=10).records()
        dyads = browse.active_dyads(store, limit=10).records()
    return _page(request, "home.html", totals=totals, recent=recent, quoted=quoted, dyads=dyads)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, q_: Annotated[str, Query(alias="q", max_length=200)] = ""
) -> HTMLResponse:
    words = q_.strip()
    found: dict[str, list[dict[str, Any]]] = {"entities": [], "quotes": [], "articles": []}
    if words:
        with server_of(request).use() as store:
            found["entities"] = browse.entities(store, text=words, limit=PAGE_SIZE).records()
            found["quotes"] = q.quotes(store, text=words, limit=PAGE_SIZE).records()
            found["articles"] = browse.articles(store, text=words, limit=PAGE_SIZE).records()
    return _page(
        request, "search.html", query=words, entities=found["entities"],
        quotes=found["quotes"], articles=found["articles"],
    )  # fmt: skip


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    offset = (page - 1) * PAGE_SIZE
    with server_of(request).use() as store:
        rows = browse.articles(store, limit=PAGE_SIZE + 1, offset=offset).records()
    return _page(
        request, "articles.html", articles=rows[:PAGE_SIZE], page=page,
        more=len(rows) > PAGE_SIZE,
    )  # fmt: skip


@router.get("/articles/{key:path}", response_class=HTMLResponse)
def article(request: Request, key: str) -> HTMLResponse:
    with server_of(request).use() as store:
        found = store.get_article(key)
    if found is None:
        raise ApiError(404, "not_found", f"No article has the id or sha1 {key!r}.")
    colours = highlight.speaker_colours(found)
    quotes: list[dict[str, Any]] = []
    for quote in sorted(found.quotes, key=lambda x: x.start):
        key_ = highlight.speaker_key(quote)
        quotes.append({
            "quote": quote,
            "colour": f"speaker-{colours[key_]}" if key_ is not None else "speaker-none",
            "chain": highlight.mention_chain(found, quote.speaker_id),
        })  # fmt: skip
    speakers: dict[str, dict[str, Any]] = {}
    for item in quotes:
        speaker = item["quote"].speaker
        if speaker:
            speakers.setdefault(speaker, {"colour": item["colour"], "count": 0})["count"] += 1
    return _page(
        request, "article.html", article=found, paragraphs=highlight.paragraphs(found, colours),
        quotes=quotes, speakers=speakers, strip=charts.timeline_strip(found.events),
        events=sorted(found.events, key=lambda v: (v.date or "", v.id)),
    )  # fmt: skip


@router.get("/people/{name:path}", response_class=HTMLResponse)
def person(request: Request, name: str, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    """An entity's page; an actor known only from events (a country, a group) gets one too."""
    offset = (page - 1) * PAGE_SIZE
    with server_of(request).use() as store:
        profile = q.profile(store, name, limit=10)
        canonical = profile.name if profile else name
        said = q.quotes(store, speaker=canonical, limit=PAGE_SIZE + 1, offset=offset).records()
        did = q.events(store, source=canonical, limit=50).records()
        done_to = q.events(store, target=canonical, limit=50).records()
    if profile is None:
        if not (did or done_to):
            raise ApiError(
                404, "not_found", f"No person, organisation or country named {name!r} is stored."
            )
        profile = q.Profile(name=name, types=(), aliases=(), roles=(), countries=())
    return _page(
        request, "person.html", profile=profile, said=said[:PAGE_SIZE], page=page,
        more=len(said) > PAGE_SIZE, did=did, done_to=done_to,
    )  # fmt: skip


@router.get("/dyad", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=200)],
    b: Annotated[str, Query(min_length=1, max_length=200)],
    type: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI reads, never mutates it)
) -> HTMLResponse:
    with server_of(request).use() as store:
        rows = q.timeline(store, a, b, by="week").records()
        listed = browse.dyad_events(store, a, b, types=tuple(type), limit=200).records()
    forward = f"{a} → {b}"
    types = sorted({str(r["type"]) for r in rows})
    weeks = charts.weekly(rows, forward, type)
    return _page(
        request, "dyad.html", a=a, b=b, types=types, chosen=set(type),
        chart=charts.dyad_chart(weeks, (a, b)), weeks=weeks, events=listed,
        directions=(forward, f"{b} → {a}"),
    )  # fmt: skip
