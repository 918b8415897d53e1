"""Every way in gives the same corpus: a directory, a WARC.gz, a feed, a URL list and a JSONL file.

The same three pages go in by each path, each into its own database; the
articles, entities, quotes and events that come out must be identical. The feed
and the URL list are served from a real HTTP server on loopback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from parley.config import Config
from parley.ingest import IngestSummary, ingest
from parley.store import Store
from warcs import write_warc
from webserver import LoopbackServer, Reply

EXAMPLES = resources.files("parley.data").joinpath("examples")
NAMES = (
    "wikinews-2019-09-rouhani-persian-gulf.html",
    "wikinews-2019-09-trump-ousts-bolton.html",
    "wikinews-2020-01-cairo-summit-turkey-libya.html",
)
PAGES = {name: EXAMPLES.joinpath(name).read_bytes() for name in NAMES}
CONFIG = Config(fetch_timeout=5.0, fetch_retries=0, fetch_delay=0.0)
PATHS = ("directory", "warc", "feed", "urls", "jsonl")


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    routes: dict[str, Reply | list[Reply]] = {f"/news/{n}": Reply(body=b) for n, b in PAGES.items()}
    with LoopbackServer(routes) as running:
        items = "".join(
            f"<item><title>{n}</title><link>{running.url('/news/' + n)}</link></item>"
            for n in NAMES
        )
        running.routes["/feed.xml"] = [
            Reply(
                body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                f"{items}</channel></rss>".encode(),
                content_type="application/rss+xml",
            )
        ]
        yield running


def _ingest(root: Path, path: str, server: LoopbackServer) -> tuple[IngestSummary, Path]:
    folder = root / path
    folder.mkdir()
    urls = [f"https://news.example/{n}" for n in NAMES]
    options: dict[str, Any] = {}
    if path == "directory":
        for name, body in PAGES.items():
            (folder / name).write_bytes(body)
        inputs = [str(folder)]
    elif path == "warc":
        inputs = [str(write_warc(folder / "crawl.warc.gz", zip(urls, PAGES.values(), strict=True)))]
    elif path == "feed":
        inputs, options = [], {"feeds": [server.url("/feed.xml")]}
    elif path == "urls":
        listing = folder / "urls.txt"
        listing.write_text("".join(server.url(f"/news/{n}") + "\n" for n in NAMES), "utf-8")
        inputs, options = [], {"url_lists": [str(listing)]}
    else:
        lines = [
            json.dumps({"url": url, "html": body.decode("utf-8")})
            for url, body in zip(urls, PAGES.values(), strict=True)
        ]
        (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        inputs = [str(folder / "batch.jsonl")]
    db_path = folder / "parley.duckdb"
    with Store(db_path) as store:
        return ingest(inputs, store, config=CONFIG, **options), db_path


@pytest.fixture(scope="module")
def corpora(
    tmp_path_factory: pytest.TempPathFactory, server: LoopbackServer
) -> dict[str, tuple[IngestSummary, Path]]:
    root = tmp_path_factory.mktemp("paths")
    return {path: _ingest(root, path, server) for path in PATHS}


def _content(db_path: Path) -> list[dict[str, Any]]:
    """Each stored article without where it came from (URL, source, fetch time, input id)."""
    with Store(db_path, read_only=True) as store:
        articles = [store.get_article(key) for key in store.article_keys()]
    records = []
    for article in articles:
        assert article is not None
        record = article.to_dict()
        for key in ("id", "url", "source", "fetched_at"):
            record.pop(key)
        records.append(record)
    return sorted(records, key=lambda r: r["sha1"])


@pytest.mark.parametrize("path", PATHS)
def test_ingest_path_stores_every_page(
    corpora: dict[str, tuple[IngestSummary, Path]], path: str
) -> None:
    summary, _ = corpora[path]
    assert (summary.stored, summary.rejections) == (len(PAGES), ())


@pytest.mark.parametrize("path", [p for p in PATHS if p != "directory"])
def test_ingest_path_gives_same_articles_quotes_and_events_as_directory(
    corpora: dict[str, tuple[IngestSummary, Path]], path: str
) -> None:
    assert _content(corpora[path][1]) == _content(corpora["directory"][1])


def test_ingest_paths_articles_have_entities(
    corpora: dict[str, tuple[IngestSummary, Path]],
) -> None:
    assert all(record["entities"] for record in _content(corpora["directory"][1]))


@pytest.mark.parametrize("path", ["warc", "feed", "urls", "jsonl"])
def test_ingest_path_keeps_urls(corpora: dict[str, tuple[IngestSummary, Path]], path: str) -> None:
    with Store(corpora[path][1], read_only=True) as store:
        urls = store.db.execute("SELECT url FROM sightings ORDER BY url").fetchall()
    assert len(urls) == len(PAGES) and all(url and url.endswith(".html") for (url,) in urls)


@pytest.mark.parametrize("path", ["warc", "feed", "urls"])
def test_ingest_path_keeps_fetch_date(
    corpora: dict[str, tuple[IngestSummary, Path]], path: str
) -> None:
    with Store(corpora[path][1], read_only=True) as store:
        dates = store.db.execute("SELECT fetched_at FROM articles").fetchall()
    assert all(date is not None for (date,) in dates)


@pytest.mark.parametrize("path", PATHS)
def test_ingest_path_again_adds_nothing(
    corpora: dict[str, tuple[IngestSummary, Path]], path: str, server: LoopbackServer
) -> None:
    _, db_path = corpora[path]
    tables = ("articles", "sightings", "entities", "mentions", "quotes", "events")
    with Store(db_path, read_only=True) as store:
        before = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables]
    summary = _reingest(db_path, path, server)
    with Store(db_path, read_only=True) as store:
        after = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables]
    assert (summary.stored, after) == (0, before)


def _reingest(db_path: Path, path: str, server: LoopbackServer) -> IngestSummary:
    folder = db_path.parent
    options: dict[str, Any] = {}
    if path == "directory":
        inputs = [str(p) for p in sorted(folder.glob("*.html"))]
    elif path == "warc":
        inputs = [str(folder / "crawl.warc.gz")]
    elif path == "feed":
        inputs, options = [], {"feeds": [server.url("/feed.xml")]}
    elif path == "urls":
        inputs, options = [], {"url_lists": [str(folder / "urls.txt")]}
    else:
        inputs = [str(folder / "batch.jsonl")]
    with Store(db_path) as store:
        return ingest(inputs, store, config=CONFIG, **options)
